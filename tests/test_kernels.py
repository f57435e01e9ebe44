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


def test_fused_switch_is_a_config_field_and_cpu_ignores_it():
    cfg = T.Config.from_env({"SMOKE": "1", "FUSED_CE": "1"})
    assert cfg.fused_ce
    rt = T.Runtime(rank=0, world_size=1, local_rank=0, device=torch.device("cpu"))
    model, run = T.build_model(cfg, rt)
    assert model.fused_ce is False and run is model


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


def tiny_cpu_model(smoke_cfg, fused_ce: bool) -> tuple[T.Config, T.GPT]:
    """The same small model (seed 0, vocabulary 300) for the plain and the fused paths."""
    cfg = dataclasses.replace(smoke_cfg, vocab_size=300, num_layers=2, xsa_last_n=2, ve_layers="1")
    torch.manual_seed(0)
    model = T.GPT(cfg)
    with torch.no_grad():
        model.down_bank.normal_(std=0.05)  # zero-initialized: would hide the MLPs
    model.fused_ce = fused_ce
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
TYPES = dict(z_ptr="*bf16", t_ptr="*i64", loss_ptr="*fp32", lse_ptr="*fp32", g_ptr="*fp32", dz_ptr="*bf16",
             cap="fp32")
CASES = {"loss_ptr": [dict(ROWS=4, BLOCK_V=1024)], "dz_ptr": [dict(ROWS=1, BLOCK_V=4096)]}
done = []
for kernel in [v for v in vars(module).values() if isinstance(v, triton.runtime.jit.JITFunction)]:
    names = kernel.fn.__code__.co_varnames[:kernel.fn.__code__.co_argcount]
    for key, consts in CASES.items():
        if key not in names:
            continue
        for const in consts:
            signature = {n: "constexpr" if n in const else TYPES.get(n, "i32") for n in names}
            attrs = {(i,): [["tt.divisibility", 16]] for i, n in enumerate(names) if n not in const and n != "cap"}
            src = ASTSource(kernel, signature, {(names.index(n),): v for n, v in const.items()}, attrs)
            compiled = triton.compile(src, target=GPUTarget("cuda", 90, 32),
                                      options=dict(num_warps=8))
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
    result = subprocess.run([sys.executable, str(script), str(ROOT / "train_gpt.py")], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "loss_ptr" in result.stdout and "dz_ptr" in result.stdout


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
def test_gpu_model_fused_ce_equals_plain(smoke_cfg):
    """The compiled bf16 model, the kernel on vs off (training mode, QAT on): same loss and gradients to bf16."""
    cfg = dataclasses.replace(smoke_cfg, compile=True)
    rt = T.Runtime(rank=0, world_size=1, local_rank=0, device=torch.device("cuda"))
    ids = torch.randint(0, cfg.vocab_size, (4, cfg.train_seq_len), device="cuda")
    targets = torch.randint(0, cfg.vocab_size, (4, cfg.train_seq_len), device="cuda")
    results = []
    for fused in (False, True):
        model, run = T.build_model(dataclasses.replace(cfg, fused_ce=fused), rt)
        assert model.fused_ce is fused
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
