"""Step benchmark (protocol: bench/README.md): record config, one GPU, 98,304 tokens per optimizer step (48 x 2048),
torch.compile on, bf16. Discards compile + 20 warmup steps, then times 50 steps (forward + backward + optimizer,
synchronized) and prints one JSON line: median/p90 ms, tokens/s, peak memory. Random token ids (throughput does
not depend on the text). `--profile` adds a per-category breakdown of one step's GPU time and where the GPU idles
between kernels (the longest gaps, with the kernels on either side, go to stderr).

    python bench/step_bench.py [--steps 50] [--warmup 20] [--profile] [--eager-muon]
Newton-Schulz runs first on every bank's shape, timed apart (`muon_compile_s`: its compile, inside compile + warm-up).
Environment variables override the config as in the training script (e.g. NUM_LAYERS=2 for a quick try).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import train_gpt_human as T  # noqa: E402


class RandomLoader:
    def __init__(self, cfg: T.Config, rt: T.Runtime):
        self.cfg, self.rt = cfg, rt
        self.gen = torch.Generator(device=rt.device).manual_seed(cfg.seed)

    def next_batch(self, tokens: int):
        ids = torch.randint(0, self.cfg.vocab_size, (tokens + 1,), device=self.rt.device, generator=self.gen)
        return ids[:-1].view(-1, self.cfg.train_seq_len), ids[1:].view(-1, self.cfg.train_seq_len)


# Kernel-name patterns -> category, for the profile table (first match wins).
CATEGORIES = (
    ("attention", ("flash", "fmha", "attention", "sdpa")),
    ("matmul", ("gemm", "sm90_xmma", "cutlass", "matmul", "nvjet")),
    ("comms", ("nccl",)),
    ("optimizer", ("adam", "foreach", "multi_tensor")),
    ("elementwise/fused", ("triton", "elementwise", "vectorized", "reduce", "copy", "fill")),
)


def categorize(name: str) -> str:
    low = name.lower()
    for cat, keys in CATEGORIES:
        if any(k in low for k in keys):
            return cat
    return "other"


def idle_gaps(kernels: list[tuple[float, float, str]], top: int = 8) -> dict:
    """Where the GPU waits within one step: kernels are (start_us, end_us, name), possibly overlapping. Returns the
    busy span (first start to last end), the idle time inside it, and the `top` longest gaps with the kernels on
    either side (the one that ended last before the gap, the one that starts it)."""
    kernels = sorted(kernels)
    gaps = []
    end, last = kernels[0][1], kernels[0][2]
    for start, stop, name in kernels[1:]:
        if start > end:
            gaps.append((start - end, last, name))
        if stop > end:
            end, last = stop, name
    gaps.sort(key=lambda g: -g[0])
    return {"span_ms": round((end - kernels[0][0]) / 1000, 3), "idle_ms": round(sum(g[0] for g in gaps) / 1000, 3),
            "gaps": len(gaps), "longest": [(round(g / 1000, 3), a[:60], b[:60]) for g, a, b in gaps[:top]]}


def profile_step(step_fn, rt) -> dict:
    """GPU kernel time of one step by category (kernels only: CPU-side operator events are not counted), and the
    GPU's idle time between its kernels (`idle_gaps`)."""
    from torch.autograd import DeviceType
    from torch.profiler import ProfilerActivity, profile

    with profile(activities=[ProfilerActivity.CPU, ProfilerActivity.CUDA]) as prof:
        step_fn()
        T.sync(rt)
    kernels = [e for e in prof.events() if e.device_type == DeviceType.CUDA]
    by_cat: dict[str, float] = {}
    by_name: dict[str, list] = {}
    for e in kernels:
        ms = e.device_time_total / 1000 if hasattr(e, "device_time_total") else e.cuda_time_total / 1000
        by_cat[categorize(e.name)] = by_cat.get(categorize(e.name), 0.0) + ms
        entry = by_name.setdefault(e.name[:120], [0.0, 0])
        entry[0] += ms
        entry[1] += 1
    for name, (ms, calls) in sorted(by_name.items(), key=lambda kv: -kv[1][0])[:60]:
        print(f"  {ms:8.2f} ms {calls:4d}x  {name}", file=sys.stderr)
    by_cat["total_kernel_ms"] = sum(by_cat.values())
    result = {k: round(v, 2) for k, v in sorted(by_cat.items(), key=lambda kv: -kv[1])}
    if kernels:
        idle = idle_gaps([(e.time_range.start, e.time_range.end, e.name) for e in kernels])
        for ms, before, after in idle.pop("longest"):
            print(f"  idle {ms:6.3f} ms  after {before}  before {after}", file=sys.stderr)
        result["idle"] = idle
    return result


def compile_phases(least_s: float = 0.5) -> dict[str, float]:
    """Seconds spent in each timed compile phase so far (dynamo tracing, AOT autograd, Inductor lowering, code
    generation, Triton compiles, ...), summed over graphs; issue 15's compile-time question. A private torch API:
    empty where this torch lacks it."""
    try:
        names, values = torch._dynamo.utils.compile_times(repr="csv", aggregate=True)
    except Exception:  # private API: absent or changed
        return {}
    phases = {name: round(float(v), 1) for name, v in zip(names, values, strict=True)}
    return dict(sorted(((k, v) for k, v in phases.items() if v >= least_s), key=lambda kv: -kv[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", type=int, default=50)
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--eager-muon", action="store_true", help="Newton-Schulz eager, not compiled (the A/B)")
    args = ap.parse_args()
    env = {"TRAIN_BATCH_TOKENS": "98304", "MICRO_BATCH_TOKENS": "98304", **os.environ}
    cfg = T.Config.from_env(env)
    rt = T.init_runtime()
    model, run = T.build_model(cfg, rt)
    opt = T.Optimizers(model, cfg, rt)
    if args.eager_muon:
        opt.muon.orthogonalize = T.newton_schulz
    loader = RandomLoader(cfg, rt)
    model.train()
    t0 = time.perf_counter()
    for b in opt.muon.banks:  # the step's own call: a float32 shard of the bank's shape
        opt.muon.orthogonalize(b.momentum, cfg.muon_backend_steps, cfg.muon_row_norm_input)
    T.sync(rt)
    muon_compile_s = time.perf_counter() - t0
    warmup_steps_s = []  # each warm-up step on its own: the first compiles, a later slow one is a recompile
    for i in range(args.warmup):  # QAT stays off: its graph runs only in the last few % of a training run
        t = time.perf_counter()
        T.train_step(run, opt, loader, cfg, rt, i, 1.0)
        T.sync(rt)
        warmup_steps_s.append(round(time.perf_counter() - t, 2))
    compile_warmup_s = time.perf_counter() - t0
    if rt.cuda:
        torch.cuda.reset_peak_memory_stats()
    times = []
    for i in range(args.steps):
        t = time.perf_counter()
        T.train_step(run, opt, loader, cfg, rt, args.warmup + i, 1.0)
        T.sync(rt)
        times.append(time.perf_counter() - t)
    times_ms = sorted(1000 * t for t in times)
    median = statistics.median(times_ms)
    result = {
        "device": torch.cuda.get_device_name() if rt.cuda else "cpu",
        "torch": torch.__version__, "tokens_per_step": cfg.train_batch_tokens, "steps": args.steps,
        "median_ms": round(median, 2), "p90_ms": round(times_ms[math.ceil(0.9 * (len(times_ms) - 1))], 2),
        "tokens_per_s": round(cfg.train_batch_tokens / (median / 1000)),
        "peak_memory_gb": round(T.peak_memory_gb(rt), 2), "compile_warmup_s": round(compile_warmup_s, 1),
        "warmup_steps_s": warmup_steps_s,
        "muon_compile_s": round(muon_compile_s, 1), "eager_muon": args.eager_muon,
    }
    opt_times = []  # the optimizer alone (sync, clip, Adam, Newton-Schulz on every bank), after a fwd/bwd
    for i in range(10):
        x, y = loader.next_batch(cfg.micro_batch_tokens)
        with T.autocast(rt):
            run(x, y).backward()
        T.sync(rt)
        t = time.perf_counter()
        opt.step(1.0, args.warmup + args.steps + i)
        T.sync(rt)
        opt_times.append(1000 * (time.perf_counter() - t))
    result["optimizer_ms"] = round(statistics.median(opt_times), 2)
    result["compile_s_by_phase"] = compile_phases()
    if args.profile:
        result["profile_ms"] = profile_step(lambda: T.train_step(run, opt, loader, cfg, rt, 999, 1.0), rt)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
