import dataclasses

import pytest
import torch

import train_gpt_human as T


def tiny_model(cfg, seed=0):
    torch.manual_seed(seed)
    model = T.GPT(cfg)
    with torch.no_grad():  # zero-initialized matrices would hide most of the model from the checks
        for p in model.parameters():
            if p.abs().sum() == 0:
                p.normal_(std=0.05)
    return model.eval()


def test_model_is_causal(smoke_cfg):
    model = tiny_model(smoke_cfg)
    ids = torch.randint(0, 1024, (2, 64))
    base = model(ids)
    for t in (0, 1, 17, 63):
        changed = ids.clone()
        changed[:, t] = (changed[:, t] + 7) % 1024
        out = model(changed)
        assert torch.allclose(out[:, :t], base[:, :t], atol=1e-5), t
        assert not torch.allclose(out[:, t:], base[:, t:], atol=1e-5), t


def reference_softcap_ce(z, targets, cap, reduction):
    """Softcapped cross-entropy in float64, written out (not through F.cross_entropy)."""
    y = cap * torch.tanh(z.double() / cap)
    loss = torch.logsumexp(y, dim=-1) - y.gather(-1, targets[:, None])[:, 0]
    return loss.mean() if reduction == "mean" else loss


@pytest.mark.parametrize("reduction", ["mean", "none"])
def test_softcap_cross_entropy_matches_float64_reference(reduction):
    """The loss and dz (for a random upstream gradient) against float64. Logits at the scale of a trained head (std 8)
    with extreme rows: +-1e4 everywhere, one +-1e4 spike, +-3e38 (near the float32 max); targets hit 0 and V-1."""
    N, V, cap = 50, 300, 30.0
    g = torch.Generator().manual_seed(0)
    z = torch.randn(N, V, generator=g) * 8
    z[0], z[1], z[2, 5], z[3, -1], z[4, ::7], z[5, 0] = 1e4, -1e4, 1e4, -1e4, 3e38, -3e38
    t = torch.randint(0, V, (N,), generator=g)
    t[:6] = torch.tensor([0, V - 1, 5, V - 1, 0, 0])
    a, b = z.clone().requires_grad_(), z.double().requires_grad_()
    loss, ref = T.softcap_cross_entropy(a, t, cap, reduction), reference_softcap_ce(b, t, cap, reduction)
    assert loss.dtype == torch.float32 and loss.shape == ref.shape
    torch.testing.assert_close(loss.double(), ref.detach(), rtol=1e-5, atol=1e-4)
    upstream = torch.randn(ref.shape, generator=g, dtype=torch.float64)
    (loss * upstream.float()).sum().backward()
    (ref * upstream).sum().backward()
    torch.testing.assert_close(a.grad.double(), b.grad, rtol=0.0, atol=1e-5)

@pytest.mark.slow
def test_record_model_size_and_banks():
    cfg = T.Config.from_env({})
    model = T.GPT(cfg)
    # SPEC: ~30.7 M with #1089's vocabulary, EngramLite and value embedding; SP8192 without them: 33.06 M
    assert abs(sum(p.numel() for p in model.parameters()) - 33.06e6) < 0.01e6
    assert tuple(model.qo_bank.shape) == (22, 512, 512) and tuple(model.kv_bank.shape) == (22, 256, 512)
    assert tuple(model.up_bank.shape) == (11, 1792, 512) and tuple(model.down_bank.shape) == (11, 512, 1792)
    # mimetic init: O rows of query head h are -0.05 x the rows of its KV head's V
    D = 64
    w = dict(zip(T.ROLES, model.layer_weights(3), strict=True))
    v, o = w["v"], w["o"]
    assert torch.equal(o[5 * D:6 * D], -0.05 * v[2 * D:3 * D])  # head 5 reads KV head 5 // 2
    assert model.down_bank.abs().sum() == 0


def test_split_and_join_banks_roundtrip(smoke_cfg):
    model = tiny_model(smoke_cfg)
    flat = T.split_banks(model.state_dict(), smoke_cfg)
    assert {m.name for m in model.matmuls()} <= set(flat)
    back = T.join_banks(flat, smoke_cfg)
    state = model.state_dict()
    assert back.keys() == state.keys() and all(torch.equal(back[k], state[k]) for k in state)


def test_soft_round_limits():
    torch.manual_seed(0)
    w = torch.randn(8, 32)
    hard = T.soft_round_quant(w, 5, torch.tensor(1e6))
    scale = w.abs().amax(-1, keepdim=True) / 15
    frac = (w / scale) - torch.floor(w / scale)
    away_from_ties = (frac - 0.5).abs() > 1e-3  # a tie's soft-round is 1/2 way: not a rounding
    ref = torch.round(w / scale).clamp(-16, 15) * scale
    assert torch.allclose(hard[away_from_ties], ref[away_from_ties], atol=1e-5)
    near_identity = T.soft_round_quant(w, 5, torch.tensor(1e-3))
    assert torch.allclose(near_identity, w, atol=1e-3)


def test_late_qat_outside_the_graph_equals_soft_rounding_inside_it(smoke_cfg):
    """LateQAT overwrites the weights with their soft-rounded values and chains the gradient afterwards: the loss and
    every gradient must equal those of a forward that soft-rounds inside autograd, and the float weights come back."""
    model = tiny_model(smoke_cfg).train()
    ids = torch.randint(0, 1024, (2, 32))
    qat = T.LateQAT(model, smoke_cfg)
    qat.alpha = 6.0
    bits = {id(p): qat.bits for p in qat.banks}
    assert len(bits) == 4  # the four banks; never the embedding/head
    params = dict(model.named_parameters())
    swapped = {n: T.soft_round_quant(p, bits[id(p)], torch.tensor(6.0)) if id(p) in bits else p
               for n, p in params.items()}
    ref_loss = torch.func.functional_call(model, swapped, (ids, ids))
    ref_grads = torch.autograd.grad(ref_loss, list(params.values()))
    before = {n: p.detach().clone() for n, p in params.items()}
    qat.begin()
    assert not torch.equal(model.qo_bank, before["qo_bank"])  # the graph sees soft-rounded weights
    loss = model(ids, ids)
    loss.backward()
    qat.end()
    assert torch.allclose(loss, ref_loss, rtol=1e-6, atol=1e-6)
    for (n, p), g in zip(params.items(), ref_grads, strict=True):
        assert torch.equal(p.detach(), before[n]), n
        assert torch.allclose(p.grad, g, rtol=1e-5, atol=1e-7), n


def test_bank_layout_table_matches_the_original_formulas(smoke_cfg):
    """The slot table (BANK_ROLES) reproduces the layout it replaced: qo = [Q.., O..], kv = [K.., V..], and the same
    init and forward, bit for bit (the formulas below are the pre-table code, kept here as the reference)."""
    cfg = dataclasses.replace(smoke_cfg, num_layers=3, xsa_last_n=3)
    L = cfg.num_layers
    torch.manual_seed(0)
    model = T.GPT(cfg)
    for i in range(L):
        old = (model.qo_bank[i], model.kv_bank[i], model.kv_bank[L + i], model.qo_bank[L + i], model.up_bank[i],
               model.down_bank[i])
        assert all(a.data_ptr() == b.data_ptr() for a, b in zip(model.layer_weights(i), old, strict=True))
        assert T.bank_slots(cfg)[f"blocks.{i}.attn.o"] == ("qo_bank", L + i)
        assert T.bank_slots(cfg)[f"blocks.{i}.attn.v"] == ("kv_bank", L + i)
    # the pre-table init, in its RNG order
    torch.manual_seed(0)
    ref = T.GPT(cfg)
    with torch.no_grad():
        torch.manual_seed(1)
        model.reset_parameters(cfg)
        torch.manual_seed(1)
        H, Hkv, D = cfg.num_heads, cfg.num_kv_heads, cfg.model_dim // cfg.num_heads
        torch.nn.init.normal_(ref.tok_emb.weight, std=cfg.tied_embed_init_std)
        for i in range(L):
            for w in (ref.qo_bank[i], ref.kv_bank[i], ref.kv_bank[L + i], ref.up_bank[i]):
                torch.nn.init.orthogonal_(w)
            ref.down_bank[i].zero_()
            v = ref.kv_bank[L + i].view(Hkv, D, -1)
            ref.qo_bank[L + i].copy_(-0.05 * v.repeat_interleave(H // Hkv, dim=0).reshape(H * D, -1))
    for (name, a), b in zip(model.state_dict().items(), ref.state_dict().values(), strict=True):
        assert torch.equal(a, b), name
    ids = torch.randint(0, 1024, (2, 16))
    assert torch.equal(model(ids), ref(ids))


