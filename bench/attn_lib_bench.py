"""Attention for the record shape from a kernel library against ours (issue 15's library question): FlashAttention-4
(`flash-attn-4`, CuTe DSL, Hopper and Blackwell kernels) against what the model runs, cuDNN through SDPA with the KV
heads shared natively (the fastest SDPA backend here: bench/NOTES.md, session 3).

Candidates: cuDNN (the model's), SDPA's built-in flash kernel, flash-attn-4 called directly, and flash-attn-4 behind
SDPA's flash backend (`torch.nn.attention.activate_flash_attention_impl("FA4")`, where this torch has it): the way
the model would use it, without a second attention call site. One layer's attention on one GPU's share of a record
step, forward + backward: 48 sequences x 2048 tokens, 8 query heads, 4 KV heads, head dim 64, causal, bf16, inputs
in the model's (B, T, H, D) layout (SDPA's path includes the transposes the model makes). First a correctness check
of each against float32 attention on a small batch (output and the three gradients), then the median of `--reps`
timed calls after 3 warm-up calls. Prints one JSON line.

    python bench/attn_lib_bench.py [--batch 48] [--seq 2048] [--reps 20]
flash-attn-4 and its dependencies are not in the GPU image: bench/prepare_fa4_carry.sh says how they travel.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel


def sdpa_on(backend: SDPBackend):
    """The model's attention call, (B, T, H, D) in and out, on one SDPA backend: cuDNN is the model's; the flash
    backend runs SDPA's built-in kernel, or FA4 once `use_fa4_in_sdpa` ran."""

    def attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
        with sdpa_kernel(backend):
            y = F.scaled_dot_product_attention(q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2),
                                               is_causal=True, enable_gqa=q.size(2) != k.size(2))
        return y.transpose(1, 2)

    return attention


def short_error(e: Exception) -> str:
    """An exception as one line: its type and the first 200 characters of its message's first line."""
    return f"{type(e).__name__}: {str(e).splitlines()[0][:200] if str(e) else ''}"


def use_fa4_in_sdpa() -> str | None:
    """Route SDPA's flash backend to flash-attn-4 for the rest of the process; None, or why it cannot."""
    try:
        from torch.nn.attention import activate_flash_attention_impl
    except ImportError:
        return f"torch {torch.__version__} has no activate_flash_attention_impl"
    try:
        activate_flash_attention_impl("FA4")
    except Exception as e:  # the module is missing or refuses this GPU
        return short_error(e)
    return None


def reference(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """Causal attention in float32, written out: softmax(q k^T / sqrt(D)) v with each KV head serving its group."""
    rep = q.size(2) // k.size(2)
    qf, kf, vf = (t.float().transpose(1, 2) for t in (q, k, v))
    kf, vf = kf.repeat_interleave(rep, 1), vf.repeat_interleave(rep, 1)
    scores = qf @ kf.transpose(-1, -2) / q.size(-1) ** 0.5
    T = q.size(1)
    scores = scores.masked_fill(torch.ones(T, T, dtype=torch.bool, device=q.device).triu(1), float("-inf"))
    return (scores.softmax(-1) @ vf).transpose(1, 2)


def grads(fn, q, k, v, g) -> list[torch.Tensor]:
    q, k, v = (t.detach().clone().requires_grad_() for t in (q, k, v))
    y = fn(q, k, v)
    y.backward(g)
    return [y.detach().float(), q.grad.float(), k.grad.float(), v.grad.float()]


def max_errors(fn, shape: tuple[int, int, int, int, int]) -> list[float]:
    """Largest |fn - reference| of (output, dq, dk, dv), relative to the reference's largest magnitude."""
    B, T, H, Hkv, D = shape
    gen = torch.Generator(device="cuda").manual_seed(0)
    q, k, v = (torch.randn(B, T, h, D, device="cuda", generator=gen).bfloat16() for h in (H, Hkv, Hkv))
    g = torch.randn(B, T, H, D, device="cuda", generator=gen).bfloat16()
    want = grads(reference, q, k, v, g)
    got = grads(fn, q, k, v, g)
    return [round(((a - b).abs().max() / b.abs().max()).item(), 5) for a, b in zip(got, want, strict=True)]


def time_fwd_bwd(fn, q, k, v, g, reps: int) -> float:
    def call() -> None:
        fn(q, k, v).backward(g)

    for _ in range(3):
        call()
    torch.cuda.synchronize()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        call()
        torch.cuda.synchronize()
        times.append(1000 * (time.perf_counter() - t))
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batch", type=int, default=48)
    ap.add_argument("--seq", type=int, default=2048)
    ap.add_argument("--heads", type=int, default=8)
    ap.add_argument("--kv-heads", type=int, default=4)
    ap.add_argument("--head-dim", type=int, default=64)
    ap.add_argument("--layers", type=int, default=11, help="for the per-step total")
    ap.add_argument("--reps", type=int, default=20)
    args = ap.parse_args()
    if not torch.cuda.is_available():
        raise SystemExit("attn_lib_bench.py needs a CUDA GPU")
    sdpa_flash = sdpa_on(SDPBackend.FLASH_ATTENTION)
    candidates = {"sdpa_cudnn": sdpa_on(SDPBackend.CUDNN_ATTENTION), "sdpa_flash": sdpa_flash}
    try:
        from flash_attn.cute import flash_attn_func

        candidates["flash_attn_4"] = lambda q, k, v: flash_attn_func(q, k, v, causal=True)[0]  # (out, lse)
        candidates["sdpa_fa4"] = sdpa_flash  # after use_fa4_in_sdpa(), below: the last candidate
    except ImportError as e:
        print(f"flash-attn-4 not importable ({e}): timing SDPA alone")
    B, T, H, Hkv, D = args.batch, args.seq, args.heads, args.kv_heads, args.head_dim
    shape = dict(device="cuda", dtype=torch.bfloat16, requires_grad=True)
    q, k, v = (torch.randn(B, T, h, D, **shape) for h in (H, Hkv, Hkv))
    g = torch.randn(B, T, H, D, device="cuda", dtype=torch.bfloat16)
    out = {"device": torch.cuda.get_device_name(), "torch": torch.__version__, "shape": [B, T, H, Hkv, D]}
    for name, fn in candidates.items():
        if name == "sdpa_fa4" and (why := use_fa4_in_sdpa()) is not None:
            out[name] = {"error": why}
            continue
        try:
            errors = max_errors(fn, (2, 512, H, Hkv, D))
            ms = time_fwd_bwd(fn, q, k, v, g, args.reps)
        except Exception as e:  # a kernel that refuses the shape or the GPU is reported, not fatal
            out[name] = {"error": short_error(e)}
            continue
        out[name] = {"ms_per_layer": round(ms, 3), "ms_per_step": round(args.layers * ms, 2),
                     "max_rel_error_out_dq_dk_dv": errors}
    for name in ("sdpa_flash", "flash_attn_4", "sdpa_fa4"):  # speed-up against the model's cuDNN call
        if "ms_per_layer" in out.get(name, {}) and "ms_per_layer" in out["sdpa_cudnn"]:
            out[f"{name}_speedup"] = round(out["sdpa_cudnn"]["ms_per_layer"] / out[name]["ms_per_layer"], 3)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
