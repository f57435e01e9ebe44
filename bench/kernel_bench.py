"""The fused Triton softcapped cross-entropy vs the compiled plain PyTorch path it replaces, at the record shapes,
on one GPU.

Case (bf16): the head's logits (98,304 rows x V, V in 1024/4096/8192, 'mean'). The baseline is what the model runs
without FUSED_CE: the plain function under torch.compile(fullgraph=True, dynamic=False). Each is timed forward only
(no_grad, as in evaluation) and forward + backward (training), median of triton.testing.do_bench (L2 flushed between
calls), with the peak memory of one forward + backward and the largest difference from the baseline. Prints one
JSON line per (vocabulary, implementation), then a table with the saving per micro-step.

    python bench/kernel_bench.py [--vocab 1024,4096,8192] [--rows 98304]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import train_gpt_human as T  # noqa: E402

CAP = 30.0


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


def measure(forward, inputs: list[torch.Tensor]) -> tuple[dict, list[torch.Tensor]]:
    """Time forward (no_grad) and forward + backward of forward(*inputs); return the timings and (output, grads)."""
    leaves = [t.detach().requires_grad_(t.is_floating_point()) for t in inputs]
    floats = [t for t in leaves if t.requires_grad]

    def fwd() -> None:
        with torch.no_grad():
            forward(*leaves)

    def fwd_bwd() -> torch.Tensor:
        out = forward(*leaves)
        out.backward()
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vocab", default="1024,4096,8192", help="comma-separated vocabulary sizes")
    ap.add_argument("--rows", type=int, default=98_304, help="tokens per micro-batch (rows of logits)")
    args = ap.parse_args()
    if not torch.cuda.is_available() or T.triton is None:
        print("kernel_bench.py needs a CUDA GPU and triton", file=sys.stderr)
        return 2
    print(f"# {torch.cuda.get_device_name()}, torch {torch.__version__}, triton {T.triton.__version__}", flush=True)
    gen = torch.Generator(device="cuda").manual_seed(0)
    table: list[tuple[int, dict, dict]] = []
    for V in (int(v) for v in args.vocab.split(",")):
        torch._dynamo.reset()  # one code object compiled per (V, impl, grad mode): stay under the recompile limit
        z = (torch.randn(args.rows, V, device="cuda", generator=gen) * 8).bfloat16()
        t = torch.randint(0, V, (args.rows,), device="cuda", generator=gen)
        found = {}
        for impl, fused in (("compiled", False), ("fused", True)):
            fn = torch.compile(lambda a, b, f=fused: T.softcap_cross_entropy(a, b, CAP, "mean", fused=f),
                               fullgraph=True, dynamic=False)
            found[impl] = measure(fn, [z, t])
        diff = max_rel_diff(found["fused"][1], found["compiled"][1])
        for impl in found:
            print(json.dumps({"case": "ce", "rows": args.rows, "vocab": V, "impl": impl, **found[impl][0],
                              "max_rel_diff_vs_compiled": diff}), flush=True)
        table.append((V, found["compiled"][0], found["fused"][0]))
        del z, t, found

    print("\n| vocab | compiled fwd ms | fused fwd ms | compiled fwd+bwd ms | fused fwd+bwd ms | peak MiB c/f "
          "| fwd+bwd saved per micro-step ms |")
    print("|---|---|---|---|---|---|---|")
    for V, c, f in table:
        print(f"| {V} | {c['fwd_ms']:.3f} | {f['fwd_ms']:.3f} | {c['fwd_bwd_ms']:.3f} | {f['fwd_bwd_ms']:.3f} "
              f"| {c['peak_mib']:.0f}/{f['peak_mib']:.0f} | {c['fwd_bwd_ms'] - f['fwd_bwd_ms']:+.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
