"""The fused MLP kernel (FUSED_MLP) against the plain path: on the CPU in Triton's interpreter (float16 and float32:
the interpreter has no bfloat16), on the GPU in bfloat16 at the record's shapes."""

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest
import torch
from helpers import ROOT, T

pytestmark = pytest.mark.skipif(T.triton is None, reason="needs triton (requirements-dev.txt)")


def version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("+")[0].split(".")[:2])


# Before 3.9 Triton's interpreter turns loop bounds into Python ints in a way NumPy 2.4 refuses.
interpreter_works = T.triton is not None and (version(T.triton.__version__) >= (3, 9) or
                                              version(np.__version__) < (2, 4))
needs_interpreter = pytest.mark.skipif(not interpreter_works, reason="Triton's interpreter needs triton >= 3.9 with "
                                       "NumPy >= 2.4: pip install -U triton (CPU machines)")

SMALL_TILE = (32, 64, 32, 4, 2, 2)  # several tiles per program at the test shapes, ragged edges in M and N


def plain_mlp(x, up_w, down_w, s2):
    """MLP.forward's plain path: act(x up^T) down^T, act(u) = u^2 (u > 0) or s2 u^2."""
    u = x @ up_w.T
    return (u * u * torch.where(u > 0, 1.0, s2)) @ down_w.T


def relative_errors(dtype, M, K, N, s2, scale=1.0, seed=0):
    """Output and the three gradients of fused_mlp in `dtype` against the plain path in float32 on the same values:
    relative Frobenius errors, by name."""
    gen = torch.Generator().manual_seed(seed)
    device = "cuda" if torch.cuda.is_available() and dtype == torch.bfloat16 else "cpu"
    values = [torch.randn(*shape, generator=gen) * s for shape, s in (((M, K), scale), ((N, K), K ** -0.5),
                                                                       ((K, N), N ** -0.5))]
    fused = [v.to(device, dtype).requires_grad_() for v in values]
    exact = [v.to(device).requires_grad_() for v in values]
    out = T.fused_mlp(*fused, s2)
    grad = torch.randn(out.shape, generator=gen).to(device)
    out.backward(grad.to(dtype))
    ref = plain_mlp(*exact, s2)
    ref.backward(grad)
    pairs = [("out", out, ref)] + [(n, a.grad, b.grad) for n, a, b in zip(("dx", "dup", "ddown"), fused, exact,
                                                                             strict=True)]
    return {n: ((a.float() - b).norm() / b.norm()).item() for n, a, b in pairs}


def interpreter_checks() -> dict:
    """Run in a subprocess with TRITON_INTERPRET=1 (set before triton is imported)."""
    # The packed script's kernel (minified: its names renamed, its annotations stripped) computes what the readable
    # one does: forward and backward, bit for bit. Its ops are registered under its module name.
    spec = importlib.util.spec_from_file_location("train_gpt", ROOT / "train_gpt.py")
    sys.modules["train_gpt"] = packed = importlib.util.module_from_spec(spec)  # dataclasses look the module up
    spec.loader.exec_module(packed)
    gen = torch.Generator().manual_seed(3)
    args = [torch.randn(*s, generator=gen, dtype=torch.float16) / 4 for s in ((150, 64), (96, 64), (64, 96))]
    results = []
    for op in (torch.ops.pgolf_train_gpt_human.mlp, torch.ops.pgolf_train_gpt.mlp):
        inputs = [a.clone().requires_grad_() for a in args]
        out, _ = op(*inputs, 0.25)
        out.backward(torch.ones_like(out))
        results.append([out, *(t.grad for t in inputs)])
    out = {"packed_equal": all(torch.equal(a, b) for a, b in zip(*results, strict=True))}
    T.MLP_TILE = SMALL_TILE
    for name, dtype, s2 in (("fp16_slope", torch.float16, 0.25), ("fp16_relu2", torch.float16, 0.0),
                            ("fp32_square", torch.float32, 1.0)):
        out[name] = relative_errors(dtype, 100, 64, 96, s2)
    # The op's registrations (schema, fake tensors for torch.compile, autograd) agree with what it computes.
    x, up, down = (torch.randn(*s, dtype=torch.float16) / 4 for s in ((40, 32), (64, 32), (32, 64)))
    torch.library.opcheck(T._mlp_op, (x, up.requires_grad_(), down.requires_grad_(), 0.25))
    # In the model: the fused path only in training, and there the same loss and gradients as the plain path.
    cfg = T.Config.from_env({"SMOKE": "1"})
    model = T.GPT(cfg)
    ids = torch.randint(0, cfg.vocab_size, (2, 33), generator=torch.Generator().manual_seed(1))
    calls, real = [], T._mlp_op
    T._mlp_op = lambda *a: calls.append(1) or real(*a)
    results = []
    for fused in (False, True):
        for block in model.blocks:
            block.mlp.fused = fused
        model.zero_grad()
        loss = model(ids[:, :-1], ids[:, 1:])
        loss.backward()
        results.append((loss.item(), torch.cat([p.grad.flatten() for p in model.parameters() if p.grad is not None])))
    train_calls = len(calls)
    model.eval()
    with torch.no_grad():
        model(ids[:, :-1], ids[:, 1:])
    (plain_loss, plain_grad), (fused_loss, fused_grad) = results
    out["model"] = {"loss_diff": abs(plain_loss - fused_loss), "train_calls": train_calls,
                    "eval_calls": len(calls) - train_calls, "layers": len(model.blocks),
                    "grad_err": ((fused_grad - plain_grad).norm() / plain_grad.norm()).item()}
    return out


@pytest.fixture(scope="module")
def interpreted():
    env = {**os.environ, "TRITON_INTERPRET": "1"}
    done = subprocess.run([sys.executable, __file__], env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@needs_interpreter
def test_the_packed_script_s_kernel_is_the_readable_one_s(interpreted):
    """shrink.py keeps what Triton reads in a kernel (tl.constexpr annotations, builtins unaliased): the packed op runs
    and gives the readable one's output and gradients exactly."""
    assert interpreted["packed_equal"]


@needs_interpreter
@pytest.mark.parametrize("case", ["fp16_slope", "fp16_relu2", "fp32_square"])
def test_the_fused_mlp_equals_the_plain_one_in_the_interpreter(interpreted, case):
    """Forward and the gradients of x and both weights, ragged tiles, three activation slopes: float16's precision
    (the plain reference runs in float32); float32 to float32's."""
    bound = 2e-3 if case.startswith("fp16") else 1e-5
    assert all(err < bound for err in interpreted[case].values()), interpreted[case]


@needs_interpreter
def test_the_model_takes_the_fused_path_in_training_only_and_learns_the_same(interpreted):
    """GPT's loss and every gradient with the kernel on equal the plain path's (float32, the smoke model); the kernel
    runs once per layer in training and never in evaluation (the Hessians' hooks and TTT's adapters need the plain
    Matmuls)."""
    m = interpreted["model"]
    assert m["train_calls"] == m["layers"] and m["eval_calls"] == 0
    assert m["loss_diff"] < 1e-5 and m["grad_err"] < 1e-4, m


HOPPER_SHARED_BYTES = 227 * 1024  # the most shared memory one block may use on an H100/H200


def compiled_for_hopper(backward: bool) -> dict:
    """The kernel at MLP_TILE compiled for sm_90a without a GPU, then ptxas's own report on the PTX: shared memory,
    spills, and whether wgmma instructions were serialized (warning C7515: a tile's GEMM no longer overlaps itself)."""
    from triton.backends.compiler import GPUTarget
    from triton.backends.nvidia.compiler import get_ptxas
    from triton.compiler import ASTSource

    bm, bn, bk, *_ = T.MLP_TILE
    half = f"tensordesc<bf16[{bm}, {bn // 2}]>"
    signature = {"a_desc": f"tensordesc<bf16[{bm}, {bk}]>", "b_desc": f"tensordesc<bf16[{bn}, {bk}]>",
                 "out_desc": half, "aux_desc": half, "u_desc": half, "num_tiles": "i32", "tiles_n": "i32", "K": "i32",
                 "s2": "fp32", **dict.fromkeys(("BACKWARD", "BLOCK_M", "HALF_N", "BLOCK_K", "NUM_PROGS"), "constexpr")}
    constants = {"BACKWARD": backward, "BLOCK_M": bm, "HALF_N": bn // 2, "BLOCK_K": bk, "NUM_PROGS": 132}
    kernel = T.triton.compile(ASTSource(T._mlp_gemm_kernel, signature, constants), target=GPUTarget("cuda", 90, 32),
                              options=T.mlp_launch_options(backward))
    with tempfile.TemporaryDirectory() as tmp:
        ptx = Path(tmp) / "k.ptx"
        ptx.write_text(kernel.asm["ptx"])
        report = subprocess.run([get_ptxas(90).path, "-arch=sm_90a", "-v", str(ptx), "-o", str(Path(tmp) / "k.o")],
                                capture_output=True, text=True)
    assert report.returncode == 0, report.stderr[-2000:]
    text = report.stdout + report.stderr
    return {"shared": kernel.metadata.shared, "serialized": "C7515" in text,
            "spill_bytes": sum(int(n) for n in re.findall(r"(\d+) bytes spill stores", text))}


@pytest.mark.parametrize("backward", [False, True], ids=["forward", "backward"])
def test_the_tile_compiles_for_hopper_without_spills_or_serialized_wgmma(backward):
    """MLP_TILE's performance preconditions, checked on the CPU: the kernel fits in a block's shared memory, keeps its
    accumulator in registers, and its wgmma instructions pipeline (two accumulators per tile broke the last two)."""
    try:
        info = compiled_for_hopper(backward)
    except (ImportError, AttributeError, TypeError) as e:  # an older triton's offline-compile API
        pytest.skip(f"this triton cannot compile for sm_90a offline: {e}")
    assert info["shared"] <= HOPPER_SHARED_BYTES and not info["serialized"] and info["spill_bytes"] == 0, info


@pytest.mark.skipif(not torch.cuda.is_available(), reason="the compiled kernel needs a GPU")
@pytest.mark.parametrize("scale", [1.0, 30.0])
def test_the_fused_mlp_equals_the_plain_one_on_the_gpu(scale):
    """bfloat16 at the record's shapes (4,096 tokens, 512 -> 2,048), at unit inputs and at 30x (an activation of
    ~1e4 a unit: #1169's fused MLP turned such inputs into NaN on a newer torch)."""
    errs = relative_errors(torch.bfloat16, 4096, 512, 2048, 0.25, scale=scale)
    assert all(e < 2e-2 for e in errs.values()), errs


if __name__ == "__main__":
    print(json.dumps(interpreter_checks()))
