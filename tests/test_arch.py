"""The later records' architecture options (#16): depth recurrence, parallel residuals, the sparse attention gate,
the BOS-masked SmearGate and MuonEq-R. CPU, tiny configs."""

import dataclasses

import pytest
import torch

import train_gpt_human as T

CPU = T.Runtime(0, 1, torch.device("cpu"))


def perturbed(cfg, seed=0):
    """A model with no zero or constant-initialized tensor left, so every path shows in the output."""
    torch.manual_seed(seed)
    model = T.GPT(cfg)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.05)
    return model.eval()


@pytest.fixture
def loop_cfg(smoke_cfg):
    return dataclasses.replace(smoke_cfg, loop_start=1, loop_end=2, num_loops=1)  # 0,1,2,1,2,3


def test_layer_order_of_the_record_layout(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, num_layers=11, loop_start=3, loop_end=5, num_loops=2)
    assert T.layer_order(cfg, True) == [0, 1, 2, 3, 4, 5, 3, 4, 5, 3, 4, 5, 6, 7, 8, 9, 10]
    assert T.layer_order(cfg, False) == list(range(11))
    assert T.layer_order(dataclasses.replace(cfg, num_loops=0), True) == list(range(11))


def test_looped_model_equals_the_unrolled_model_with_shared_weights(loop_cfg):
    """A 6-layer model built by hand from the looped 4-layer one (layer v gets the weights of physical layer
    order[v]; U-Net over the 6 virtual layers, extra pops reusing the last skip weight) computes the same function."""
    looped = perturbed(loop_cfg)
    order = T.layer_order(loop_cfg, True)
    slopes = ",".join(str(loop_cfg.neg_slopes[i]) for i in order)
    cfg6 = dataclasses.replace(loop_cfg, num_layers=len(order), num_loops=0, mlp_neg_slopes=slopes,
                               xsa_last_n=len(order))
    unrolled = T.GPT(cfg6).eval()
    with torch.no_grad():
        shared = {k: v for k, v in looped.state_dict().items()
                  if not k.startswith(("blocks.", "skip_")) and k not in T.BANKS}
        unrolled.load_state_dict(shared, strict=False)
        for v, i in enumerate(order):
            for dst, src in zip(unrolled.layer_weights(v), looped.layer_weights(i), strict=True):
                dst.copy_(src)
            unrolled.blocks[v].load_state_dict(looped.blocks[i].state_dict())
            unrolled.blocks[v].norm_scale = looped.blocks[i].norm_scale  # 1/sqrt(physical layer + 1)
        for j in range(len(unrolled.skip_weights)):
            unrolled.skip_weights[j] = looped.skip_weights[min(j, len(looped.skip_weights) - 1)]
            unrolled.skip_gates[j] = looped.skip_gates[min(j, len(looped.skip_gates) - 1)]
    ids = torch.randint(0, 1024, (2, 48))
    assert looped.looping
    assert torch.allclose(looped(ids), unrolled(ids), atol=1e-5, rtol=1e-5)


def test_switching_looping_changes_the_function_and_no_weight(loop_cfg):
    model = perturbed(loop_cfg)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    ids = torch.randint(0, 1024, (2, 32))
    model.looping = False
    off = model(ids)
    model.looping = True
    on = model(ids)
    assert not torch.allclose(off, on, atol=1e-4)
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
    assert T.GPT(loop_cfg).looping and not T.GPT(dataclasses.replace(loop_cfg, num_loops=0)).looping


VARIANTS = {
    "loop": dict(loop_start=1, loop_end=2, num_loops=2),
    "lanes": dict(parallel_residual_start=1),
    "gate": dict(attn_gate=True),
    "all": dict(loop_start=1, loop_end=2, num_loops=1, parallel_residual_start=3, attn_gate=True),
    "lanes_through_loop": dict(loop_start=1, loop_end=2, num_loops=1, parallel_residual_start=1),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_variants_are_causal_and_shaped(smoke_cfg, variant):
    model = perturbed(dataclasses.replace(smoke_cfg, **VARIANTS[variant]))
    ids = torch.randint(2, 1024, (2, 40))
    base = model(ids)
    assert base.shape == (2, 40, 1024) and torch.isfinite(base).all()
    for t in (0, 13, 39):
        changed = ids.clone()
        changed[:, t] = (changed[:, t] + 7) % 1022 + 2
        out = model(changed)
        assert torch.allclose(out[:, :t], base[:, :t], atol=1e-5), t
        assert not torch.allclose(out[:, t:], base[:, t:], atol=1e-5), t


def test_two_lane_block_is_the_documented_formula(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, parallel_residual_start=0)
    model = perturbed(cfg)
    block, w = model.blocks[1], model.layer_weights(1)
    x0, lane0, lane1 = (torch.randn(2, 16, cfg.model_dim) for _ in range(3))
    rope = (model.rope_cos, model.rope_sin)
    out = block([lane0, lane1], x0, w, rope)
    mix = block.resid_mix
    a = block.attn_scale * block.attn(T.rms_norm(mix[0] * lane0 + mix[1] * x0) * block.norm_scale, *w[:4], rope)
    m = block.mlp_scale * block.mlp(T.rms_norm(lane1) * block.norm_scale, *w[4:])
    r, p = block.lane_resid, block.lane_post
    for k, lane in enumerate((lane0, lane1)):
        assert torch.allclose(out[k], r[k] * lane + p[k, 0] * a + p[k, 1] * m, atol=1e-6)
    assert torch.equal(T.GPT(cfg).blocks[0].lane_resid, torch.full((2,), 1.1))  # the record's init
    # one lane in: split into two equal lanes first
    one = block([lane0], x0, w, rope)
    two = block([lane0, lane0], x0, w, rope)
    assert all(torch.equal(x, y) for x, y in zip(one, two, strict=True))


def test_attention_gate_starts_at_half_the_output(smoke_cfg):
    """Zero-initialized like the record: sigmoid(0) = 1/2 on every head, so attention starts at half its output."""
    cfg = dataclasses.replace(smoke_cfg, attn_gate=True)
    attn = T.GPT(cfg).blocks[0].attn
    assert tuple(attn.gate_w.shape) == (cfg.num_heads, T.ATTN_GATE_WINDOW) and not attn.gate_w.any()
    plain = T.Attention(smoke_cfg, 0)
    plain.load_state_dict({k: v for k, v in attn.state_dict().items() if k != "gate_w"})
    model = T.GPT(cfg)
    x = torch.randn(2, 8, cfg.model_dim)
    w = model.layer_weights(0)
    rope = (model.rope_cos, model.rope_sin)
    half = plain(x, *w[:4], rope) * 0.5  # o is linear in y
    assert torch.allclose(attn(x, *w[:4], rope), half, atol=1e-6)


def test_new_scalars_go_to_the_adam_scalar_group(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, parallel_residual_start=2, attn_gate=True)
    names = [n for n, _ in T.GPT(cfg).named_parameters() if "lane_" in n or "gate_w" in n]
    assert len(names) == 2 * 2 + cfg.num_layers
    assert {T.optimizer_group(n) for n in names} == {"scalar"}
    T.Optimizers(T.GPT(cfg), cfg, CPU)  # asserts every parameter is in exactly one group


def test_tiny_model_with_the_options_learns(smoke_cfg):
    """A few Muon/Adam steps (MuonEq-R on) on the shipped sample lower the loss."""
    cfg = dataclasses.replace(smoke_cfg, **VARIANTS["all"], muon_row_norm_input=True, train_seq_len=64,
                              micro_batch_tokens=512, train_batch_tokens=512)
    torch.manual_seed(0)
    model = T.GPT(cfg)
    opt, loader = T.Optimizers(model, cfg, CPU), T.TrainLoader(cfg, CPU)
    losses = [T.train_step(model, opt, loader, cfg, CPU, step, 1.0).item() for step in range(8)]
    assert losses[-1] < losses[0] - 0.5, losses


def test_hessians_see_every_pass_of_a_looped_layer(loop_cfg):
    """Layer 1 runs twice per forward: its Hessian is the sum of both passes' input Gram matrices."""
    model = perturbed(loop_cfg)
    batch = torch.randint(0, 1024, (loop_cfg.micro_batch_tokens // loop_cfg.train_seq_len, loop_cfg.train_seq_len))

    class Fixed:
        def next_batch(self, _tokens):
            return batch, batch

    seen = {"blocks.1.mlp.up": [], "blocks.0.mlp.up": []}
    hooks = [m.register_forward_hook(lambda mod, args, _o: seen[mod.name].append(args[0].detach().clone()))
             for m in model.matmuls() if m.name in seen]
    cfg = dataclasses.replace(loop_cfg, gptq_calib_batches=1)
    hessians = T.collect_hessians(model, Fixed(), cfg, CPU)
    for h in hooks:
        h.remove()
    assert len(seen["blocks.1.mlp.up"]) == 2 and len(seen["blocks.0.mlp.up"]) == 1
    for name, xs in seen.items():
        expected = sum(x.reshape(-1, x.size(-1)).T @ x.reshape(-1, x.size(-1)) for x in xs) / batch.numel()
        assert torch.allclose(hessians[name], expected, rtol=1e-4, atol=1e-6), name


def test_depth_loop_turns_on_at_its_fraction_and_stays_on(loop_cfg):
    cfg = dataclasses.replace(loop_cfg, iterations=100, loop_enable_at=0.35)
    model, log = T.GPT(cfg), T.Logger(None, False)
    by_steps = T.DepthLoop(model, cfg, budget_s=0.0)
    assert not model.looping
    by_steps.update(34, 999.0, log)
    assert not model.looping
    by_steps.update(35, 0.0, log)
    assert model.looping
    by_time = T.DepthLoop(model, cfg, budget_s=100.0)
    assert not model.looping
    by_time.update(10**6, 34.9, log)
    assert not model.looping
    by_time.finish(log)  # training ended early: the model evaluated is still the looped one
    assert model.looping
    T.DepthLoop(model, dataclasses.replace(cfg, num_loops=0), 0.0).finish(log)
    assert not model.looping


def test_warm_up_compiles_both_graphs_and_rolls_back(loop_cfg):
    cfg = dataclasses.replace(loop_cfg, warmup_steps=4, train_seq_len=64, micro_batch_tokens=512,
                              train_batch_tokens=1024)
    model, _ = T.build_model(cfg, CPU)
    seen = []

    class Spy(torch.nn.Module):
        def forward(self, *args, **kwargs):
            seen.append(model.looping)
            return model(*args, **kwargs)

    opt = T.Optimizers(model, cfg, CPU)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    T.warm_up(model, Spy(), opt, cfg, CPU, T.Logger(None, False))
    accum = cfg.train_batch_tokens // cfg.micro_batch_tokens
    assert seen == [False] * 2 * accum + [True] * 2 * accum
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())


def test_bos_smear_mask(smoke_cfg):
    """The SmearGate gives a BOS position nothing from the position before it (a new document starts there);
    every other position still blends its predecessor in."""
    cfg = smoke_cfg
    model = perturbed(cfg)
    ids = torch.randint(2, 1024, (1, 12))
    ids[0, 6] = cfg.bos_id
    base = model.embed(ids, torch.float32)
    changed = ids.clone()
    changed[0, 5] = (changed[0, 5] + 3) % 1022 + 2
    out = model.embed(changed, torch.float32)
    assert torch.equal(out[0, 6], base[0, 6])  # the BOS position: unchanged
    assert not torch.allclose(out[0, 5], base[0, 5])  # the changed token itself
    # against the unmasked SmearGate: equal everywhere but at the BOS, which keeps its own embedding
    x = T.rms_norm(model.tok_emb(ids))
    unmasked = torch.lerp(x, torch.nn.functional.pad(x[:, :-1], (0, 0, 1, 0)), torch.sigmoid(model.smear_gate))
    keep = (ids != cfg.bos_id)[0]
    assert torch.equal(base[0, keep], unmasked[0, keep]) and torch.equal(base[0, 6], x[0, 6])
    plain, plain_changed = ids.clone(), changed.clone()
    plain[0, 6] = plain_changed[0, 6] = 7  # not a BOS: position 6 does see its predecessor
    assert not torch.allclose(model.embed(plain, torch.float32)[0, 6], model.embed(plain_changed, torch.float32)[0, 6])


def _angle(a, b):
    cos = (a * b).sum((-2, -1)) / (a.norm(dim=(-2, -1)) * b.norm(dim=(-2, -1)))
    return cos, (a - b).norm(dim=(-2, -1)) / a.norm(dim=(-2, -1))


def test_muoneq_r_overlap():
    """Does MuonEq-R (rows of the update normalized before Newton-Schulz) overlap with our AOL scaling before and
    row/col normalization after? Only where rows have equal norms. float32, 4 steps (measured 2026-12-01):
    iid Gaussian: cos 0.999-0.9999, relative difference 1.5-4.6 %; row norms spread over 3 decades: cos 0.84-0.99,
    rel. diff 17-57 %; rank-8 + noise: cos 0.993-0.998 (6-11 %). The smoke model's real gradients after 30 steps
    (dim 128): up bank (row norms spread ~200x) cos 0.875, rel. diff 49 %; q/o, k/v, down cos 0.985-0.993
    (11-17 %). The normalization after NS does not undo it: polar(D G) is not a rescaled polar(G)."""
    torch.manual_seed(0)
    G = torch.randn(4, 128, 256)
    scales = torch.logspace(-1.5, 1.5, 128)[torch.randperm(128)]

    def update(M, eq):
        return T.newton_schulz(M, 4, eq, torch.float32)

    cos, rel = _angle(update(G, False), update(G, True))
    assert (cos > 0.995).all() and (rel < 0.1).all()  # equal-norm rows: nearly the same update
    cos, rel = _angle(update(G * scales[:, None], False), update(G * scales[:, None], True))
    assert (cos < 0.995).all() and (rel > 0.1).all()  # rows of different norms: a different update
    # MuonEq-R makes the update invariant to row scaling of the gradient; the plain update is not
    assert torch.allclose(update(G * scales[:, None], True), update(G, True), atol=1e-4)


@pytest.mark.parametrize("env, var", [
    ({"NUM_LOOPS": "1", "LOOP_END": "4"}, "LOOP_END"),  # the smoke model has 4 layers
    ({"NUM_LOOPS": "1", "LOOP_START": "3", "LOOP_END": "2"}, "LOOP_START"),
    ({"NUM_LOOPS": "-1"}, "NUM_LOOPS"),
    ({"NUM_LOOPS": "1", "LOOP_START": "1", "LOOP_END": "2", "LOOP_ENABLE_AT": "1.0"}, "LOOP_ENABLE_AT"),
    ({"NUM_LOOPS": "1", "LOOP_START": "1", "LOOP_END": "2", "WARMUP_STEPS": "1"}, "WARMUP_STEPS"),
    ({"PARALLEL_RESIDUAL_START": "4"}, "PARALLEL_RESIDUAL_START"),
    ({"NUM_LOOPS": "1", "LOOP_START": "1", "LOOP_END": "2", "PARALLEL_RESIDUAL_START": "2"},
     "PARALLEL_RESIDUAL_START"),  # lanes would split inside the loop and have to merge on its next pass
    ({"BOS_ID": "1024"}, "BOS_ID"),
])
def test_bad_layout_settings_name_their_variable(env, var):
    with pytest.raises(T.ConfigError, match=var):
        T.Config.from_env({"SMOKE": "1", **env})


def test_looping_flag_is_one_more_traced_graph_and_no_graph_break(smoke_cfg):
    """fullgraph tracing (the GPU's torch.compile, with the eager backend here) of every option at once: no graph
    break, one graph per value of the looping flag, and flipping back reuses the first."""
    from torch._dynamo.testing import CompileCounter

    cfg = dataclasses.replace(smoke_cfg, **VARIANTS["all"])
    model = perturbed(cfg)
    counter = CompileCounter()
    torch._dynamo.reset()
    run = torch.compile(model, backend=counter, fullgraph=True, dynamic=False)
    ids = torch.randint(0, 1024, (2, 32))
    outs = {}
    for looping in (False, True, False, True):
        model.looping = looping
        outs[looping] = run(ids)
        assert torch.allclose(outs[looping], model(ids), atol=1e-5)
    assert counter.frame_count == 2
    torch._dynamo.reset()
