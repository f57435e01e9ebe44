"""The fused Triton kernels against the plain PyTorch paths beside them (STYLE guideline 14).

CPU: the kernels run in Triton's interpreter (numpy) on small shapes; conftest.py turns it on (TRITON_INTERPRET=1)
before triton is first imported. GPU (`python -m pytest -m gpu`): the real kernels at the record shapes in bf16,
compiled, inside the model, and from the packed train_gpt.py."""

import dataclasses
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from torch import Tensor

import train_gpt_human as T

ROOT = Path(__file__).resolve().parents[1]
CAP = 30.0


interpreted = pytest.mark.skipif(T.triton is None or os.environ.get("TRITON_INTERPRET") != "1",
                                 reason="needs triton in interpreter mode (no GPU; see conftest.py)")


def packed_ops():
    """Import the submitted train_gpt.py as module `tg_packed`: its kernel ops live in torch.ops.pgolf_tg_packed
    (the names inside the packed script are minified; op names are strings and survive)."""
    name = "tg_packed"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "train_gpt.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return torch.ops.pgolf_tg_packed


def reference_ce(z: Tensor, targets: Tensor, cap: float, reduction: str) -> Tensor:
    """Softcapped cross-entropy in float64, written out (not through F.cross_entropy)."""
    y = cap * torch.tanh(z.double() / cap)
    loss = torch.logsumexp(y, dim=-1) - y.gather(-1, targets[:, None])[:, 0]
    return loss.mean() if reduction == "mean" else loss


def ce_inputs(N: int, V: int, dtype: torch.dtype, device: str = "cpu", seed: int = 0) -> tuple[Tensor, Tensor]:
    """Logits at the scale of a trained head (std 8) with extreme rows: +-1e4 everywhere, one +-1e4 spike, +-3e38
    (near the float32 and bf16 max); targets hit 0 and V-1."""
    g = torch.Generator(device).manual_seed(seed)
    z = torch.randn(N, V, generator=g, device=device) * 8
    z[0] = 1e4
    z[1] = -1e4
    z[2, 5] = 1e4
    z[3, -1] = -1e4
    z[4, ::7] = 3e38
    z[5, 0] = -3e38
    t = torch.randint(0, V, (N,), generator=g, device=device)
    t[:6] = torch.tensor([0, V - 1, 5, V - 1, 0, 0])
    return z.to(dtype), t


def check_ce(fn, z: Tensor, t: Tensor, reduction: str, grad_atol: float) -> None:
    """fn(z, t) (fused) against the float64 reference: the loss, and dz for a random upstream gradient."""
    a = z.detach().clone().requires_grad_()
    b = z.detach().double().requires_grad_()
    la, lb = fn(a, t), reference_ce(b, t, CAP, reduction)
    assert la.dtype == torch.float32 and la.shape == lb.shape
    torch.testing.assert_close(la.double(), lb.detach(), rtol=1e-5, atol=1e-4)
    g = torch.randn(lb.shape, generator=torch.Generator(z.device).manual_seed(1), dtype=torch.float64, device=z.device)
    (la * g.float()).sum().backward()
    (lb * g).sum().backward()
    assert a.grad.dtype == z.dtype and torch.isfinite(a.grad).all()
    torch.testing.assert_close(a.grad.double(), b.grad, rtol=0.0, atol=grad_atol)


# ---------------------------------------------------------------------------------------------------------------------
# CPU: the plain paths, the switches, and the kernels in the interpreter
# ---------------------------------------------------------------------------------------------------------------------


def test_plain_softcap_ce_is_the_reference():
    z, t = ce_inputs(50, 300, torch.float64)
    for reduction in ("mean", "none"):
        plain = T.softcap_cross_entropy(z, t, CAP, reduction)  # float32, as the model computes it
        torch.testing.assert_close(plain.double(), reference_ce(z, t, CAP, reduction), rtol=1e-5, atol=1e-4)


def test_fused_switches_are_config_fields_and_cpu_ignores_them():
    cfg = T.Config.from_env({"SMOKE": "1", "FUSED_CE": "1", "FUSED_MLP": "1"})
    assert cfg.fused_ce and cfg.fused_mlp
    rt = T.Runtime(rank=0, world_size=1, local_rank=0, device=torch.device("cpu"))
    model, run = T.build_model(cfg, rt)
    assert model.fused_ce is False and not any(b.mlp.fused for b in model.blocks) and run is model


@interpreted
@pytest.mark.parametrize("reduction", ["mean", "none"])
# Programs take 4096 logits: 16 rows of 256 (70 = 4 x 16 + 6), 4 rows of 1024 (301 = 75 x 4 + 1), and 4500 is a
# full and a partial 4096-wide block of one row.
@pytest.mark.parametrize(("N", "V", "dtype"), [(70, 256, torch.float32), (301, 1000, torch.bfloat16),
                                               (17, 4500, torch.float32)])
def test_fused_softcap_ce_matches_float64_reference(N, V, dtype, reduction):
    z, t = ce_inputs(N, V, dtype)
    # bf16 gradients carry 8 bits: |dz| <= 2 |g| with a random g of std 1, so ~2^-8 x 8 at worst.
    atol = 3e-2 if dtype == torch.bfloat16 else 1e-5
    check_ce(lambda a, b: T.softcap_cross_entropy(a, b, CAP, reduction, fused=True), z, t, reduction, atol)


@interpreted
@pytest.mark.parametrize("backend", ["eager", "aot_eager"])
def test_fused_softcap_ce_traces_under_compile_fullgraph(backend):
    z, t = ce_inputs(40, 300, torch.float32)
    fn = torch.compile(lambda a, b: T.softcap_cross_entropy(a, b, CAP, "mean", fused=True), backend=backend,
                       fullgraph=True)
    check_ce(fn, z, t, "mean", 1e-5)


def tiny_cpu_model(smoke_cfg, fused_ce: bool, fused_mlp: bool = False) -> tuple[T.Config, T.GPT]:
    """The same small model (seed 0, vocabulary 300) for the plain and the fused paths."""
    cfg = dataclasses.replace(smoke_cfg, vocab_size=300, num_layers=2, xsa_last_n=2, ve_layers="1")
    torch.manual_seed(0)
    model = T.GPT(cfg)
    with torch.no_grad():
        model.down_bank.normal_(std=0.05)  # zero-initialized: would hide the MLPs
    model.fused_ce = fused_ce
    for block in model.blocks:
        block.mlp.fused = fused_mlp
    return cfg, model


@interpreted
def test_model_with_fused_ce_equals_plain_model(smoke_cfg):
    ids, targets = torch.randint(0, 300, (1, 24)), torch.randint(0, 300, (1, 24))
    results = []
    for fused in (False, True):
        _, model = tiny_cpu_model(smoke_cfg, fused)
        loss = model(ids, targets)
        loss.backward()
        per_token = model(ids, targets, reduction="none")
        results.append((loss.detach(), per_token.detach(), [p.grad for p in model.parameters()]))
    (l0, n0, g0), (l1, n1, g1) = results
    torch.testing.assert_close(l1, l0, rtol=1e-6, atol=1e-6)
    assert n1.shape == (1, 24)
    torch.testing.assert_close(n1, n0, rtol=1e-5, atol=1e-5)
    for a, b in zip(g1, g0, strict=True):
        torch.testing.assert_close(a, b, rtol=1e-4, atol=1e-6)


@interpreted
def test_packed_script_kernels_match():
    """The packer keeps what Triton reads from the source (tl.constexpr annotations, builtins not aliased)."""
    op = packed_ops().softcap_ce
    check_ce(lambda a, b: op(a, b, CAP)[0].mean(), *ce_inputs(30, 700, torch.float32), "mean", 1e-5)


def reference_mlp(x: Tensor, up_w: Tensor, down_w: Tensor, neg_slope_sq: float) -> Tensor:
    u = x.double() @ up_w.double().T
    return (u * u * torch.where(u > 0, 1.0, neg_slope_sq)) @ down_w.double().T


def mlp_inputs(M: int, D: int, H: int, dtype: torch.dtype, device: str = "cpu", big: float = 1e3) -> tuple:
    """x at the RMS-normed scale with three huge rows (x `big`: u^2 ~ 1e6 x the usual), orthogonal-scale weights."""
    g = torch.Generator(device).manual_seed(0)
    x = torch.randn(M, D, generator=g, device=device)
    x[:3] *= big
    up_w = torch.randn(H, D, generator=g, device=device) / D**0.5
    down_w = torch.randn(D, H, generator=g, device=device) / H**0.5
    return tuple(t.to(dtype) for t in (x, up_w, down_w))


def rel_err(a: Tensor, b: Tensor) -> float:
    return ((a.double() - b.double()).norm() / b.double().norm()).item()


def mlp_errors(fn, x: Tensor, up_w: Tensor, down_w: Tensor, s2: float) -> list[float]:
    """Relative errors of fn's output and of the three gradients against the float64 reference."""
    ours = [t.detach().clone().requires_grad_() for t in (x, up_w, down_w)]
    ref = [t.detach().double().requires_grad_() for t in (x, up_w, down_w)]
    out, out_ref = fn(*ours, s2), reference_mlp(*ref, s2)
    assert out.dtype == x.dtype and out.shape == out_ref.shape
    g = torch.randn(out_ref.shape, generator=torch.Generator(x.device).manual_seed(1), dtype=torch.float64,
                    device=x.device)
    (out.double() * g).sum().backward()
    (out_ref * g).sum().backward()
    for t in ours:
        assert t.grad.dtype == x.dtype and torch.isfinite(t.grad).all()
    return [rel_err(out, out_ref), *(rel_err(a.grad, b.grad) for a, b in zip(ours, ref, strict=True))]


def plain_mlp(x: Tensor, up_w: Tensor, down_w: Tensor, s2: float) -> Tensor:
    return T.leaky_relu_sq(x @ up_w.T, s2) @ down_w.T


@interpreted
@pytest.mark.parametrize(("M", "D", "H", "dtype", "big", "tol"), [
    (100, 48, 80, torch.float32, 1e3, 1e-5),  # K = 48: a partial 64-wide K block; M, N partial 128 blocks
    # bf16's tl.dot is wrong in Triton 3.9's interpreter (1e10 off): fp16 stands in, within its range (65504)
    (130, 64, 200, torch.float16, 10.0, 5e-3),
])
def test_fused_mlp_matches_float64_reference(M, D, H, dtype, big, tol):
    errors = mlp_errors(T.fused_mlp, *mlp_inputs(M, D, H, dtype, big=big), 0.3**2)
    assert max(errors) < tol, errors


@interpreted
def test_fused_mlp_traces_under_compile_fullgraph():
    fn = torch.compile(T.fused_mlp, backend="aot_eager", fullgraph=True)
    errors = mlp_errors(fn, *mlp_inputs(40, 32, 48, torch.float32), 0.2**2)
    assert max(errors) < 1e-5, errors


@interpreted
def test_model_with_fused_kernels_equals_plain_model(smoke_cfg):
    """Training mode (the fused MLP is a training path; eval and Hessian hooks stay plain), with late QAT on."""
    ids, targets = torch.randint(0, 300, (1, 24)), torch.randint(0, 300, (1, 24))
    results = []
    for fused in (False, True):
        cfg, model = tiny_cpu_model(smoke_cfg, fused, fused)
        qat = T.LateQAT(model, cfg)
        qat.alpha, qat.active = 4.0, True
        qat.begin()
        model(ids, targets).backward()
        qat.end()
        results.append([p.grad for p in model.parameters()])
    for a, b in zip(*results, strict=True):
        torch.testing.assert_close(a, b, rtol=1e-4, atol=1e-6)


@interpreted
def test_packed_script_mlp_kernel_matches():
    op = packed_ops().mlp
    errors = mlp_errors(lambda x, u, d, s2: op(x, u, d, s2)[0], *mlp_inputs(70, 32, 96, torch.float32), 0.1)
    assert max(errors) < 1e-5, errors


# Compiles the packed script's kernels for sm_90 with Triton's real front end (stricter than the interpreter: globals,
# constexprs, dot shapes), on a machine without a GPU. Runs in a subprocess: this process has the interpreter on.
AOT_COMPILE = """
import importlib.util, sys
import triton
from triton.backends.compiler import GPUTarget
from triton.compiler import ASTSource
spec = importlib.util.spec_from_file_location("tg_packed_aot", sys.argv[1])
module = importlib.util.module_from_spec(spec)
sys.modules["tg_packed_aot"] = module
spec.loader.exec_module(module)
bm, bn, bk, warps, stages = (int(v) for v in sys.argv[2:7])
TYPES = dict(z_ptr="*bf16", t_ptr="*i64", loss_ptr="*fp32", lse_ptr="*fp32", g_ptr="*fp32", dz_ptr="*bf16",
             a_ptr="*bf16", b_ptr="*bf16", c_ptr="*bf16", u_ptr="*bf16", cap="fp32", neg_slope_sq="fp32")
CASES = {"loss_ptr": [dict(ROWS=4, BLOCK_V=1024)], "dz_ptr": [dict(ROWS=1, BLOCK_V=4096)],
         "BACKWARD": [dict(BACKWARD=b, BLOCK_M=bm, BLOCK_N=bn, BLOCK_K=bk) for b in (False, True)]}
done = []
for kernel in [v for v in vars(module).values() if isinstance(v, triton.runtime.jit.JITFunction)]:
    names = kernel.fn.__code__.co_varnames[:kernel.fn.__code__.co_argcount]
    for key, consts in CASES.items():
        if key not in names:
            continue
        for const in consts:
            signature = {n: "constexpr" if n in const else TYPES.get(n, "i32") for n in names}
            attrs = {(i,): [["tt.divisibility", 16]] for i, n in enumerate(names) if n not in const and n != "cap"
                     and n != "neg_slope_sq"}
            src = ASTSource(kernel, signature, {(names.index(n),): v for n, v in const.items()}, attrs)
            compiled = triton.compile(src, target=GPUTarget("cuda", 90, 32),
                                      options=dict(num_warps=warps, num_stages=stages))
            done.append((key, compiled.metadata.shared))
print(sorted(done, key=str))
"""


@pytest.mark.skipif(torch.cuda.is_available(), reason="the GPU tests compile and run the kernels for real")
def test_packed_kernels_compile_for_sm90_without_a_gpu(tmp_path):
    pytest.importorskip("triton.backends.nvidia")
    script = tmp_path / "aot.py"
    script.write_text(AOT_COMPILE)
    env = {k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET"}
    env["TRITON_CACHE_DIR"] = str(tmp_path / "cache")
    result = subprocess.run([sys.executable, str(script), str(ROOT / "train_gpt.py"), *map(str, T.MLP_TILE)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.count("BACKWARD") == 2 and "loss_ptr" in result.stdout and "dz_ptr" in result.stdout


# ---------------------------------------------------------------------------------------------------------------------
# GPU: the real kernels at the record shapes (python -m pytest -m gpu)
# ---------------------------------------------------------------------------------------------------------------------


@pytest.mark.gpu
@pytest.mark.parametrize("reduction", ["mean", "none"])
@pytest.mark.parametrize("V", [1024, 4096, 8192])
def test_gpu_fused_softcap_ce_record_shapes(V, reduction):
    z, t = ce_inputs(98_304, V, torch.bfloat16, device="cuda")
    atol = 3e-2 if reduction == "none" else 1e-6  # 'mean': the upstream gradient is g/N
    check_ce(lambda a, b: T.softcap_cross_entropy(a, b, CAP, reduction, fused=True), z, t, reduction, atol)


@pytest.mark.gpu
def test_gpu_fused_softcap_ce_compiled_matches_compiled_plain():
    z, t = ce_inputs(8192, 1024, torch.bfloat16, device="cuda")
    outs = []
    for fused in (False, True):
        fn = torch.compile(lambda a, b, f=fused: T.softcap_cross_entropy(a, b, CAP, "mean", fused=f), fullgraph=True)
        a = z.clone().requires_grad_()
        loss = fn(a, t)
        loss.backward()
        outs.append((loss.detach(), a.grad.float()))
    torch.testing.assert_close(outs[1][0], outs[0][0], rtol=1e-5, atol=1e-5)
    torch.testing.assert_close(outs[1][1], outs[0][1], rtol=2e-2, atol=1e-7)


@pytest.mark.gpu
def test_gpu_packed_script_kernels_match():
    op = packed_ops().softcap_ce
    check_ce(lambda a, b: op(a, b, CAP)[0].mean(), *ce_inputs(4096, 8192, torch.bfloat16, device="cuda"), "mean",
             1e-6)


@pytest.mark.gpu
@pytest.mark.parametrize("scale", [1.0, 30.0])
def test_gpu_fused_mlp_record_shapes(scale):
    """bf16 at (98304, 512) x (1792, 512): no less accurate than the compiled plain path (both against float64)."""
    x, up_w, down_w = mlp_inputs(98_304, 512, 1792, torch.bfloat16, device="cuda")
    x = x * scale
    s2 = 0.468**2
    fused = mlp_errors(T.fused_mlp, x, up_w, down_w, s2)
    plain = mlp_errors(torch.compile(plain_mlp, fullgraph=True), x, up_w, down_w, s2)
    assert all(f < 1.5 * p + 1e-3 for f, p in zip(fused, plain, strict=True)), (fused, plain)
    assert max(fused) < 2e-2, fused


@pytest.mark.gpu
def test_gpu_packed_script_mlp_kernel_matches():
    op = packed_ops().mlp
    errors = mlp_errors(lambda x, u, d, s2: op(x, u, d, s2)[0], *mlp_inputs(4096, 512, 1792, torch.bfloat16,
                                                                           device="cuda"), 0.1)
    assert max(errors) < 2e-2, errors


@pytest.mark.gpu
def test_gpu_model_fused_kernels_equal_plain(smoke_cfg):
    """The compiled bf16 model, both kernels on vs off (training mode, QAT on): same loss and gradients to bf16."""
    cfg = dataclasses.replace(smoke_cfg, compile=True)
    rt = T.Runtime(rank=0, world_size=1, local_rank=0, device=torch.device("cuda"))
    ids = torch.randint(0, cfg.vocab_size, (4, cfg.train_seq_len), device="cuda")
    targets = torch.randint(0, cfg.vocab_size, (4, cfg.train_seq_len), device="cuda")
    results = []
    for fused in (False, True):
        model, run = T.build_model(dataclasses.replace(cfg, fused_ce=fused, fused_mlp=fused), rt)
        assert all(b.mlp.fused is fused for b in model.blocks)
        with torch.no_grad():
            model.down_bank.normal_(std=0.05)
        qat = T.LateQAT(model, cfg)
        qat.alpha = 4.0
        qat.begin()
        loss = run(ids, targets)
        loss.backward()
        qat.end()
        results.append((loss.detach(), torch.cat([p.grad.flatten() for p in model.parameters()])))
    torch.testing.assert_close(results[1][0], results[0][0], rtol=2e-3, atol=2e-3)
    g1, g0 = results[1][1], results[0][1]
    assert torch.isfinite(g1).all()
    assert (g1 - g0).norm() <= 3e-2 * g0.norm()
