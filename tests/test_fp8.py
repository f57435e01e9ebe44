"""FP8_MATMULS: FP8Linear against a float64 reference of the same rounding, and the model switch. The CUDA tests run
only on a GPU (cuBLAS's FP8 kernels have layout rules the CPU kernel does not check)."""

import dataclasses

import pytest
import torch

import train_gpt_human as T

E4M3, E5M2 = torch.float8_e4m3fn, torch.float8_e5m2
cuda_only = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a GPU")


def rounded(x: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """x as FP8 sees it, back in float64: scaled so that its largest magnitude is dtype's largest finite value,
    rounded to dtype, scaled back."""
    scale = torch.finfo(dtype).max / x.abs().max().double()
    return (x.double() * scale).to(dtype).double() / scale


def reference(x, w, g):
    """y = x w^T, dx = g w, dw = g^T x with each operand rounded as FP8Linear rounds it, in float64."""
    xr, wr, gr = rounded(x, E4M3), rounded(w, E4M3), rounded(g, E5M2)
    return xr @ wr.T, gr @ wr, gr.T @ xr


def run_fp8(x, w, g):
    x, w = x.clone().requires_grad_(), w.clone().requires_grad_()
    y = T.fp8_linear(x, w)
    y.backward(g)
    return y, x.grad, w.grad


@pytest.mark.parametrize("magnitude", [1.0, 1e-20, 1e4])
def test_fp8_linear_matches_its_rounding_reference(magnitude):
    """Forward and both gradients equal float64 products of the FP8-rounded operands (float32 accumulation aside),
    with inputs of ordinary, tiny and large magnitude (each tensor's own scale keeps them in range); shapes with a
    leading batch dimension, as the model's."""
    gen = torch.Generator().manual_seed(0)
    x = torch.randn(2, 48, 64, generator=gen) * magnitude
    w = torch.randn(32, 64, generator=gen)
    g = torch.randn(2, 48, 32, generator=gen)
    y, dx, dw = run_fp8(x, w, g)
    y_ref, dx_ref, dw_ref = reference(x.view(-1, 64), w, g.view(-1, 32))
    for got, want in ((y.view(-1, 32), y_ref), (dx.view(-1, 64), dx_ref), (dw, dw_ref)):
        assert torch.isfinite(got).all()
        assert torch.allclose(got.double(), want, rtol=1e-4, atol=1e-5 * want.abs().max().item())
    assert y.shape == (2, 48, 32) and dx.shape == x.shape and dw.dtype == w.dtype


def test_fp8_linear_is_close_to_the_exact_product():
    """The rounding costs a few percent, not more (a wrong scale direction or a lost factor would not be close)."""
    gen = torch.Generator().manual_seed(1)
    x, w, g = torch.randn(256, 128, generator=gen), torch.randn(64, 128, generator=gen), torch.randn(256, 64,
                                                                                                     generator=gen)
    y, dx, dw = run_fp8(x, w, g)
    for got, want in ((y, x @ w.T), (dx, g @ w), (dw, g.T @ x)):
        assert (got - want).norm() / want.norm() < 0.1


def test_fp8_linear_of_zeros_is_zero():
    y, dx, dw = run_fp8(torch.zeros(16, 32), torch.randn(16, 32), torch.zeros(16, 16))
    assert not y.any() and not dx.any() and not dw.any()


def test_model_uses_fp8_only_for_the_chosen_roles_and_only_in_training(smoke_cfg):
    """FP8_MATMULS=up,down: the MLP's matmuls switch, in training only; evaluation (which Hessians, GPTQ and TTT use)
    is exactly the bf16/float32 model's, and the training loss and gradients stay close to it."""
    cfg = dataclasses.replace(smoke_cfg, fp8_matmuls="up,down")
    torch.manual_seed(0)
    model, plain = T.GPT(cfg), T.GPT(smoke_cfg)
    with torch.no_grad():  # the down-projections start at zero, which would hide the MLP
        for p in model.parameters():
            p.add_(0.02 * torch.randn_like(p))
    plain.load_state_dict(model.state_dict())
    assert {m.name.rsplit(".", 1)[-1] for m in model.matmuls() if m.fp8} == {"up", "down"}
    ids = torch.randint(0, cfg.vocab_size, (2, 64))
    model.eval(), plain.eval()
    assert torch.equal(model(ids, ids), plain(ids, ids))
    model.train(), plain.train()
    loss, ref = model(ids, ids), plain(ids, ids)
    assert loss.item() != ref.item() and abs(loss.item() - ref.item()) < 0.02 * ref.item()
    loss.backward(), ref.backward()
    got = torch.cat([p.grad.flatten() for p in model.parameters()])
    want = torch.cat([q.grad.flatten() for q in plain.parameters()])
    assert torch.isfinite(got).all() and 0 < (got - want).norm() < 0.05 * want.norm()


def test_fp8_matmuls_setting_is_checked():
    with pytest.raises(T.ConfigError, match="FP8_MATMULS"):
        T.Config.from_env({"SMOKE": "1", "FP8_MATMULS": "up,mlp"})
    assert T.Config.from_env({"SMOKE": "1", "FP8_MATMULS": "q,k,v,o,up,down"}).fp8_roles == list(T.ROLES)


@cuda_only
@pytest.mark.parametrize("magnitude", [1.0, 1e-20, 1e4])
def test_fp8_linear_on_the_gpu_matches_its_rounding_reference(magnitude):
    """The same reference on cuBLAS's FP8 kernels, bf16 activations as in training, eager and compiled."""
    gen = torch.Generator(device="cuda").manual_seed(0)
    x = (torch.randn(4, 256, 512, generator=gen, device="cuda") * magnitude).bfloat16()
    w = torch.randn(1792, 512, generator=gen, device="cuda")
    g = torch.randn(4, 256, 1792, generator=gen, device="cuda").bfloat16()
    y_ref, dx_ref, dw_ref = reference(x.view(-1, 512).float(), w, g.view(-1, 1792).float())
    for fn in (T.fp8_linear, torch.compile(T.fp8_linear, fullgraph=True)):
        xx, ww = x.clone().requires_grad_(), w.clone().requires_grad_()
        y = fn(xx, ww)
        y.backward(g)
        assert y.dtype == torch.bfloat16 and ww.grad.dtype == torch.float32
        for got, want in ((y.view(-1, 1792), y_ref), (xx.grad.view(-1, 512), dx_ref), (ww.grad, dw_ref)):
            assert torch.isfinite(got).all()
            assert torch.allclose(got.double(), want, rtol=2e-2, atol=1e-2 * want.abs().max().item())


def test_fp8_linear_traces_into_one_graph():
    """torch.compile(fullgraph=True) takes the autograd.Function whole (dynamo + AOT autograd, the CPU-checkable part
    of the GPU's compile): forward and gradients equal the eager call's bit for bit."""
    gen = torch.Generator().manual_seed(2)
    x, w = torch.randn(2, 48, 64, generator=gen), torch.randn(32, 64, generator=gen)
    g = torch.randn(2, 48, 32, generator=gen)
    compiled = torch.compile(T.fp8_linear, backend="aot_eager", fullgraph=True)
    results = []
    for fn in (T.fp8_linear, compiled):
        xx, ww = x.clone().requires_grad_(), w.clone().requires_grad_()
        y = fn(xx, ww)
        y.backward(g)
        results.append((y, xx.grad, ww.grad))
    for eager, traced in zip(*results, strict=True):
        assert torch.equal(eager, traced)


@pytest.mark.slow
def test_fp8_model_compiles_whole(smoke_cfg):
    """The training model with every block matmul in FP8 compiles as one graph (fullgraph, as build_model compiles
    it) under bf16 autocast, as on the GPU (where session 7's dtype bug failed in dynamo), and gives the eager loss."""
    cfg = dataclasses.replace(smoke_cfg, fp8_matmuls=",".join(T.ROLES))
    torch.manual_seed(0)
    model = T.GPT(cfg).train()
    ids = torch.randint(0, cfg.vocab_size, (2, 64))
    with torch.autocast("cpu", torch.bfloat16):
        loss = torch.compile(model, backend="aot_eager", fullgraph=True)(ids, ids)
        eager = model(ids, ids)
    loss.backward()
    assert torch.allclose(loss, eager, rtol=1e-3) and all(torch.isfinite(p.grad).all() for p in model.parameters())


def test_fp8_matmuls_give_autocast_dtypes(smoke_cfg):
    """Under bf16 autocast (how the GPU trains), an FP8 matmul returns what F.linear would: bf16, whatever its
    input's dtype. Session 7's GPU run found FP8Linear returning its float32 input's dtype, which broke the U-Net
    skip's lerp with every role in FP8 and ran the MLP's activation in float32 with up,down."""
    cfg = dataclasses.replace(smoke_cfg, fp8_matmuls=",".join(T.ROLES))
    torch.manual_seed(0)
    model, plain = T.GPT(cfg), T.GPT(smoke_cfg)
    plain.load_state_dict(model.state_dict())
    dtypes = {}

    def record(net):
        def hook(mod, args, out):
            dtypes[id(net), mod.name] = out.dtype
        return hook

    for net in (model, plain):
        for m in net.matmuls():
            m.register_forward_hook(record(net))
    ids = torch.randint(0, cfg.vocab_size, (2, 64))
    with torch.autocast("cpu", torch.bfloat16):
        loss = model(ids, ids)
        plain(ids, ids)
    loss.backward()
    got = {name: dt for (net, name), dt in dtypes.items() if net == id(model)}
    want = {name: dt for (net, name), dt in dtypes.items() if net == id(plain)}
    assert got == want and set(want.values()) == {torch.bfloat16} and torch.isfinite(loss)
