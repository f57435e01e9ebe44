"""Attention kernels for the record shape, forward + backward, per layer: which SDPA backend the step should use.

One layer of the record model on one GPU's share of a step: 48 sequences x 2048 tokens, 8 query heads, 4 KV heads,
head dim 64, causal, bf16. Each backend is timed with the KV heads shared natively (enable_gqa) and repeated to 8.
Prints one line per (backend, gqa) with the median of 10 timed calls after 3 warm-up calls.

    python bench/attn_bench.py [--batch 48] [--seq 2048] [--heads 8] [--kv-heads 4] [--head-dim 64]
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel


def time_call(fn, warmup: int = 3, reps: int = 10) -> float:
    for _ in range(warmup):
        fn()
    torch.cuda.synchronize()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
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
    ap.add_argument("--layers", type=int, default=11, help="to print the per-step total too")
    args = ap.parse_args()
    if not torch.cuda.is_available():
        raise SystemExit("attn_bench.py needs a CUDA GPU")
    shape = dict(device="cuda", dtype=torch.bfloat16, requires_grad=True)
    q = torch.randn(args.batch, args.heads, args.seq, args.head_dim, **shape)
    k = torch.randn(args.batch, args.kv_heads, args.seq, args.head_dim, **shape)
    v = torch.randn(args.batch, args.kv_heads, args.seq, args.head_dim, **shape)
    rep = args.heads // args.kv_heads

    def fwd_bwd(gqa: bool) -> None:
        kk, vv = (k, v) if gqa else (k.repeat_interleave(rep, 1), v.repeat_interleave(rep, 1))
        y = F.scaled_dot_product_attention(q, kk, vv, is_causal=True, enable_gqa=gqa)
        y.backward(torch.ones_like(y))

    print(f"{torch.cuda.get_device_name()}, torch {torch.__version__}, cuDNN {torch.backends.cudnn.version()}")
    for backend in (SDPBackend.CUDNN_ATTENTION, SDPBackend.FLASH_ATTENTION, SDPBackend.EFFICIENT_ATTENTION):
        for gqa in (True, False):
            try:
                with sdpa_kernel(backend):
                    ms = time_call(lambda: fwd_bwd(gqa))  # noqa: B023 (called inside the loop)
            except RuntimeError as e:  # a backend that does not support the shape says so and is skipped
                print(f"{backend.name:20s} gqa={gqa!s:5s}: unsupported ({str(e).splitlines()[0][:80]})")
                continue
            print(f"{backend.name:20s} gqa={gqa!s:5s}: {ms:7.3f} ms per layer, {args.layers * ms:7.2f} ms per step")


if __name__ == "__main__":
    main()
