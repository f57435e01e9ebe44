"""Fused Triton kernels vs the compiled plain PyTorch paths they replace, at the record shapes, on one GPU.

Cases (bf16): softcapped cross-entropy of the head's logits (98,304 rows x V, V in 1024/4096/8192, 'mean') and the
MLP (x 98,304 x 512, up 1792 x 512, down 512 x 1792, leaky-squared activation). The baseline is what the model
runs today: the plain function under torch.compile(fullgraph=True, dynamic=False). Each is timed forward only
(no_grad, as in evaluation) and forward + backward (training), median of triton.testing.do_bench (L2 flushed between
calls), with the peak memory of one forward + backward and the largest difference from the baseline. Prints one
JSON line per (case, implementation), then a table with the saving per training step (CE once per micro-batch, the
MLP once per layer). `--mlp-tiles` also times each candidate MLP tile (at most 4) and names the fastest: set it as
MLP_TILE in train_gpt_human.py.

    python bench/kernel_bench.py [--vocab 1024,4096,8192] [--rows 98304] [--cases ce,mlp] [--mlp-tiles]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import train_gpt_human as T  # noqa: E402

CAP = 30.0
NEG_SLOPE_SQ = 0.468**2  # the last layer's slope: the most negative-side signal
# Candidate (BLOCK_M, BLOCK_N, BLOCK_K, num_warps, num_stages) for --mlp-tiles; the first is the default.
MLP_TILES = ((128, 128, 64, 8, 3), (128, 256, 64, 8, 3), (256, 128, 64, 8, 3), (128, 128, 64, 4, 4))


def bench_ms(fn) -> float:
    from triton.testing import do_bench

    return float(do_bench(fn, warmup=10, rep=50, return_mode="median"))


def peak_mib(fn) -> float:
    torch.cuda.synchronize()
    torch.cuda.reset_peak_memory_stats()
    base = torch.cuda.memory_allocated()
    fn()
    torch.cuda.synchronize()
    return (torch.cuda.max_memory_allocated() - base) / 2**20


def measure(forward, inputs: list[torch.Tensor], upstream: torch.Tensor | None) -> tuple[dict, list[torch.Tensor]]:
    """Time forward (no_grad) and forward + backward of forward(*inputs); return the timings and (output, grads)."""
    leaves = [t.detach().requires_grad_(t.is_floating_point()) for t in inputs]
    floats = [t for t in leaves if t.requires_grad]

    def fwd() -> None:
        with torch.no_grad():
            forward(*leaves)

    def fwd_bwd() -> torch.Tensor:
        out = forward(*leaves)
        out.backward(upstream if upstream is not None else None)
        return out

    for t in floats:
        t.grad = None
    out = fwd_bwd().detach()  # compiles (and checks) before timing
    result = [out, *(t.grad.clone() for t in floats)]
    fwd()

    def timed_fwd_bwd() -> None:
        for t in floats:
            t.grad = None
        fwd_bwd()

    stats = {"fwd_ms": bench_ms(fwd), "fwd_bwd_ms": bench_ms(timed_fwd_bwd), "peak_mib": peak_mib(timed_fwd_bwd)}
    return stats, result


def max_rel_diff(ours: list[torch.Tensor], ref: list[torch.Tensor]) -> float:
    return max(((a.float() - b.float()).norm() / b.float().norm().clamp_min(1e-30)).item()
               for a, b in zip(ours, ref, strict=True))


def plain_mlp(x: torch.Tensor, up_w: torch.Tensor, down_w: torch.Tensor) -> torch.Tensor:
    return F.linear(T.leaky_relu_sq(F.linear(x, up_w), NEG_SLOPE_SQ), down_w)


def emit(rows: list[dict], row: dict) -> None:
    rows.append(row)
    print(json.dumps(row), flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", default="ce,mlp", help="comma-separated: ce, mlp")
    ap.add_argument("--vocab", default="1024,4096,8192", help="comma-separated vocabulary sizes for the CE case")
    ap.add_argument("--rows", type=int, default=98_304, help="tokens per micro-batch (rows of logits / of x)")
    ap.add_argument("--dim", type=int, default=512)
    ap.add_argument("--hidden", type=int, default=1792)
    ap.add_argument("--layers", type=int, default=11, help="MLPs per forward, for the per-step saving")
    ap.add_argument("--mlp-tiles", action="store_true", help=f"also time the MLP tiles {MLP_TILES[1:]}")
    args = ap.parse_args()
    if not torch.cuda.is_available() or T.triton is None:
        print("kernel_bench.py needs a CUDA GPU and triton", file=sys.stderr)
        return 2
    cases = {c.strip() for c in args.cases.split(",") if c.strip()}
    if not cases <= {"ce", "mlp"}:
        ap.error(f"--cases: unknown {sorted(cases - {'ce', 'mlp'})}")
    print(f"# {torch.cuda.get_device_name()}, torch {torch.__version__}, triton {T.triton.__version__}", flush=True)
    gen = torch.Generator(device="cuda").manual_seed(0)
    rows: list[dict] = []
    table: list[tuple[str, dict, dict, int]] = []

    if "ce" in cases:
        for V in (int(v) for v in args.vocab.split(",")):
            torch._dynamo.reset()  # one code object compiled per (V, impl, grad mode): stay under the recompile limit
            z = (torch.randn(args.rows, V, device="cuda", generator=gen) * 8).bfloat16()
            t = torch.randint(0, V, (args.rows,), device="cuda", generator=gen)
            found = {}
            for impl, fused in (("compiled", False), ("fused", True)):
                fn = torch.compile(lambda a, b, f=fused: T.softcap_cross_entropy(a, b, CAP, "mean", fused=f),
                                   fullgraph=True, dynamic=False)
                found[impl] = measure(fn, [z, t], None)
            diff = max_rel_diff(found["fused"][1], found["compiled"][1])
            for impl in found:
                emit(rows, {"case": "ce", "rows": args.rows, "vocab": V, "impl": impl, **found[impl][0],
                            "max_rel_diff_vs_compiled": diff})
            table.append((f"ce V={V}", found["compiled"][0], found["fused"][0], 1))
            del z, t, found

    if "mlp" in cases:
        torch._dynamo.reset()
        x = torch.randn(args.rows, args.dim, device="cuda", generator=gen).bfloat16()
        up_w = (torch.randn(args.hidden, args.dim, device="cuda", generator=gen) / args.dim**0.5).bfloat16()
        down_w = (torch.randn(args.dim, args.hidden, device="cuda", generator=gen) / args.hidden**0.5).bfloat16()
        upstream = torch.randn(args.rows, args.dim, device="cuda", generator=gen).bfloat16()
        compiled = measure(torch.compile(plain_mlp, fullgraph=True, dynamic=False), [x, up_w, down_w], upstream)
        emit(rows, {"case": "mlp", "shape": [args.rows, args.dim, args.hidden], "impl": "compiled", **compiled[0]})
        default = T.MLP_TILE
        best = None
        for tile in MLP_TILES if args.mlp_tiles else (default,):
            T.MLP_TILE = tile
            fused = measure(lambda a, b, c: T.fused_mlp(a, b, c, NEG_SLOPE_SQ), [x, up_w, down_w], upstream)
            diff = max_rel_diff(fused[1], compiled[1])
            emit(rows, {"case": "mlp", "shape": [args.rows, args.dim, args.hidden], "impl": "fused",
                        "tile": list(tile), **fused[0], "max_rel_diff_vs_compiled": diff})
            if best is None or fused[0]["fwd_bwd_ms"] < best[1]["fwd_bwd_ms"]:
                best = (tile, fused[0])
        T.MLP_TILE = default
        table.append((f"mlp tile={list(best[0])}", compiled[0], best[1], args.layers))

    print("\n| case | compiled fwd ms | fused fwd ms | compiled fwd+bwd ms | fused fwd+bwd ms | peak MiB c/f "
          "| fwd+bwd saved per micro-step ms |")
    print("|---|---|---|---|---|---|---|")
    for name, c, f, count in table:
        saved = count * (c["fwd_bwd_ms"] - f["fwd_bwd_ms"])
        print(f"| {name} | {c['fwd_ms']:.3f} | {f['fwd_ms']:.3f} | {c['fwd_bwd_ms']:.3f} | {f['fwd_bwd_ms']:.3f} "
              f"| {c['peak_mib']:.0f}/{f['peak_mib']:.0f} | {saved:+.2f} (x{count}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
