"""One MLP layer (the model's `MLP`, layer 5), forward + backward, at the record's shape (98,304 tokens, 512 -> 1,792 ->
512, bf16): its plain path compiled (Inductor fuses the activation into one pass each way, as in the model) against
its fused path (FUSED_MLP) at each tile in --tiles. The question behind issue 15's fused MLP: does the GEMM hold
cuBLAS's pace with the activation in its epilogue, and at which tile. Prints one JSON line: ms per layer (median of
--iters), the forward's share of it, and the largest relative error of the output and gradients against the plain
path.

    python bench/mlp_bench.py [--tiles 128,256,64,8,4,3 128,128,64,4,4,3 ...] [--iters 30]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import train_gpt_human as T  # noqa: E402


def timed(fn, inputs, grad, iters: int) -> tuple[float, float, list[torch.Tensor]]:
    """Median ms of forward + backward and of the forward alone (events around each), and the last run's output and
    gradients."""
    total, forward = [], []
    for i in range(iters + 3):  # 3 untimed: compile, autotune, caches
        for t in inputs:
            t.grad = None
        start, mid, end = (torch.cuda.Event(enable_timing=True) for _ in range(3))
        torch.cuda._sleep(2_000_000)  # ~1 ms of GPU work queued first: the host's launch time falls outside the events
        start.record()
        out = fn(*inputs)
        mid.record()
        out.backward(grad)
        end.record()
        torch.cuda.synchronize()
        if i >= 3:
            total.append(start.elapsed_time(end))
            forward.append(start.elapsed_time(mid))
    return statistics.median(total), statistics.median(forward), [out.detach(), *(t.grad for t in inputs)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tiles", nargs="*", default=[",".join(map(str, T.MLP_TILE))],
                    help="BLOCK_M,BLOCK_N,BLOCK_K,warps,stages_fwd,stages_bwd (BLOCK_N: both column halves)")
    ap.add_argument("--iters", type=int, default=30)
    ap.add_argument("--tokens", type=int, default=98_304)
    args = ap.parse_args()
    cfg = T.Config()
    mlp = T.MLP(cfg, layer=5).train()  # one slope of the record's; every layer's MLP is the same code
    dim, hidden = cfg.model_dim, int(cfg.mlp_mult * cfg.model_dim)
    gen = torch.Generator(device="cuda").manual_seed(0)
    shapes = ((args.tokens, dim), (hidden, dim), (dim, hidden))
    base = [torch.randn(*s, device="cuda", generator=gen).bfloat16() * (s[1] ** -0.5 if i else 1.0)
            for i, s in enumerate(shapes)]
    grad = torch.randn(args.tokens, dim, device="cuda", generator=gen).bfloat16()
    inputs = [t.clone().requires_grad_() for t in base]
    ref_ms, ref_fwd, ref = timed(torch.compile(mlp, fullgraph=True), inputs, grad, args.iters)
    mlp.fused = True  # the module itself from here on, not the compiled copy: the kernel runs as the op it is
    result = {"device": torch.cuda.get_device_name(), "torch": torch.__version__, "plain_compiled_ms": round(ref_ms, 3),
              "plain_forward_ms": round(ref_fwd, 3), "plain_backward_ms": round(ref_ms - ref_fwd, 3), "fused": {}}
    for tile in args.tiles:
        T.MLP_TILE = tuple(int(v) for v in tile.split(","))
        try:
            ms, fwd, got = timed(mlp, inputs, grad, args.iters)
        except Exception as e:  # a tile that does not fit (shared memory, registers): say so, try the next
            result["fused"][tile] = {"error": f"{type(e).__name__}: {str(e)[:200]}"}
            print(tile, result["fused"][tile], file=sys.stderr)
            continue
        err = max(((g.float() - r.float()).norm() / r.float().norm()).item() for g, r in zip(got, ref, strict=True))
        result["fused"][tile] = {"ms": round(ms, 3), "vs_plain": round(ref_ms / ms, 3), "forward_ms": round(fwd, 3),
                                 "backward_ms": round(ms - fwd, 3), "max_rel_err": round(err, 5)}
        print(tile, result["fused"][tile], file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
