"""Quantization sweep: one trained model (a snapshot), several quantization settings, each scored the same way.

Every variant is quantized, packed under the budget, reloaded and scored (roundtrip + sliding val_bpb) by
`train_gpt_human.py`'s own code, as a LOAD_SNAPSHOT run would, at the proxy record's settings (bench/README.md).
The table compares the bpb cost of quantization at equal bytes, the way compression is tuned without paying for
training each time. All variants run in this one process: the snapshot's model is built and compiled once (a process
per variant cost ~18 s of its ~46 on the H200, session 11), so a variant may change any setting but the model's and
its data's, and not lengthen EVAL_SEQ_LEN; variables that are not settings go in the environment, for every variant.

    python bench/quant_sweep.py --snapshot /tmp/snap --variants base: noclip:QUANT_CLIP_MIN=1.0 int4:QUANT_BASE_BITS=4

`--vocab` (default 8192, as proxy_record.py's) sets VOCAB_SIZE, TOKENIZER_PATH (the proxy's tokenizer) and the default
`--data` (data/datasets/proxy_spVOCAB); `--env` settings win over all three.

A variant is NAME:KEY=VALUE,KEY=VALUE (nothing after the colon = the defaults). Prints one JSON line per variant
and a table; `--out FILE` also writes them as JSON. Exit codes: 0 done, 1 a variant failed, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proxy_record import DEFAULT_VOCAB, PROXY_ENV, ROOT, VOCABS, proxy_shards, vocab_settings  # noqa: E402

# What one process loads or decides once, so no variant may change it (besides the model's own fields, ARCH_FIELDS).
FIXED_FIELDS = ("data_path", "tokenizer_path", "val_max_tokens", "load_snapshot", "compile", "out_dir", "snapshot_dir",
                "eval_artifact", "overwrite")


def parse_variant(text: str) -> tuple[str, dict[str, str]]:
    name, _, rest = text.partition(":")
    pairs = [kv for kv in rest.split(",") if kv]
    if not name or any("=" not in kv for kv in pairs):
        raise ValueError(f"bad variant {text!r}: want NAME:KEY=VALUE,KEY=VALUE")
    return name, dict(kv.split("=", 1) for kv in pairs)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--snapshot", type=Path, required=True, help="folder holding snapshot.pt (SNAPSHOT_DIR of a run)")
    ap.add_argument("--vocab", type=int, choices=VOCABS, default=DEFAULT_VOCAB, help="the snapshot's vocabulary")
    ap.add_argument("--data", type=Path, help="shards (validation scored; default data/datasets/proxy_spVOCAB)")
    ap.add_argument("--logs", type=Path, default=Path("/tmp/quant_sweep"), help="one log per variant goes here")
    ap.add_argument("--out", type=Path, help="also write the results here as JSON")
    ap.add_argument("--env", action="extend", nargs="+", default=[], metavar="KEY=VALUE",
                    help="settings for every variant (repeatable)")
    ap.add_argument("--variants", nargs="+", required=True, metavar="NAME:KEY=VALUE,...")
    return ap


def check_variants(T, variants: list[tuple[str, dict[str, str]]]) -> list:
    """Each variant's Config, or exit naming the variant: every setting must be a Config field (a process-wide variable
    such as TORCHINDUCTOR_* would reach no one), and none may change what the one process loads once."""
    try:
        base = T.Config.from_env()
    except T.ConfigError as e:
        sys.exit(f"error: {e}")
    fields = {f.name.upper() for f in dataclasses.fields(T.Config)}
    configs = []
    for name, overrides in variants:
        if other := sorted(set(overrides) - fields):
            sys.exit(f"variant {name}: {', '.join(other)} is not a setting of train_gpt_human.py (a sweep changes "
                     "settings only; set other variables for the whole sweep in the environment)")
        try:
            cfg = T.Config.from_env({**os.environ, **overrides, "RUN_ID": name})
        except T.ConfigError as e:
            sys.exit(f"variant {name}: {e}")
        changed = [f.upper() for f in (*T.ARCH_FIELDS, *FIXED_FIELDS) if getattr(cfg, f) != getattr(base, f)]
        if max(cfg.train_seq_len, cfg.eval_seq_len) > max(base.train_seq_len, base.eval_seq_len):
            changed.append("EVAL_SEQ_LEN (longer than the model's RoPE table)")
        if changed:
            sys.exit(f"variant {name}: {', '.join(changed)} cannot change within a sweep (the model and its data are "
                     "loaded once): sweep it with --env instead")
        configs.append(cfg)
    return configs


def run_variants(common: dict[str, str], variants: list[tuple[str, dict[str, str]]], logs: Path):
    """Yield each variant's summary (the JSON a LOAD_SNAPSHOT run writes), its log in LOGS/NAME.log (stderr too).
    Every variant's settings are checked first; the shared start-up and a warm-up evaluation (the compile, so that no
    variant's time or TTT budget pays it) are logged in LOGS/sweep.txt."""
    os.chdir(ROOT)  # relative paths mean what they meant to the script
    os.environ.update({**common, "RUN_ID": "sweep"})
    sys.path.insert(0, str(ROOT))
    import torch

    import train_gpt_human as T

    configs = check_variants(T, variants)
    # fullgraph=True makes a recompile past dynamo's limit an error: allow one eval shape per variant
    limit = "recompile_limit" if hasattr(torch._dynamo.config, "recompile_limit") else "cache_size_limit"  # older name
    setattr(torch._dynamo.config, limit, max(getattr(torch._dynamo.config, limit), 2 * len(variants) + 8))
    try:
        ctx = T.prepare()
    except (T.ConfigError, T.DataError) as e:  # the data or the outputs, as the script would say them
        sys.exit(f"error: {e}")
    model, run = T.build_model(ctx.cfg, ctx.rt)
    state, hessians = T.load_snapshot(ctx.cfg.load_snapshot)
    model.load_state_dict(state)
    model.eval()
    t0 = time.perf_counter()
    T.eval_windows(run, ctx.val_tokens, ctx.tables, ctx.cfg, ctx.rt, sliding=False)
    ctx.log(f"warm-up evaluation (compile) {time.perf_counter() - t0:.1f}s")
    for (name, overrides), cfg in zip(variants, configs, strict=True):
        print(f"variant {name}: {overrides or 'defaults'} -> {logs / (name + '.log')}", flush=True)
        log_path = logs / f"{name}.log"
        log_path.unlink(missing_ok=True)
        vctx = dataclasses.replace(ctx, cfg=cfg, run_id=name, log=T.Logger(log_path, True))
        model.load_state_dict(state)  # every variant from the snapshot's weights (the last one loaded its artifact)
        if ctx.rt.cuda:
            torch.cuda.reset_peak_memory_stats(ctx.rt.device)
        head = {"run_id": name, "seed": cfg.seed, "world_size": ctx.rt.world_size, "code_bytes": len(ctx.code)}
        try:
            with open(os.devnull, "w") as null, contextlib.redirect_stdout(null), \
                    open(log_path, "a", encoding="utf-8") as err, contextlib.redirect_stderr(err):
                vctx.log(f"config {json.dumps(dataclasses.asdict(cfg), sort_keys=True)}")
                T.finish(model, run, vctx, hessians, None, head, time.perf_counter())
        except (T.ConfigError, T.DataError, T.ArtifactError, T.TrainingError) as e:
            sys.exit(f"variant {name}: {e}")
        except Exception as e:  # anything else (out of memory, a compile error): the traceback is in the log
            with open(log_path, "a", encoding="utf-8") as f:
                traceback.print_exc(file=f)
            sys.exit(f"variant {name} failed ({type(e).__name__}: {str(e)[:200]}): see {log_path}")
        yield json.loads((logs / f"{name}.json").read_text())


def main() -> None:
    ap = parser()
    args = ap.parse_args()
    try:
        variants = [parse_variant(v) for v in args.variants]
    except ValueError as e:
        ap.error(str(e))
    if not (args.snapshot / "snapshot.pt").is_file():
        ap.error(f"{args.snapshot / 'snapshot.pt'} not found: train with SNAPSHOT_DIR set (proxy_record.py --snapshot)")
    args.logs, args.snapshot = args.logs.resolve(), args.snapshot.resolve()  # run_variants works from the root
    args.out, args.data = (p.resolve() if p else None for p in (args.out, args.data))
    args.logs.mkdir(parents=True, exist_ok=True)
    # Quantization variants are compared on roundtrip and sliding bpb: no TTT (~150 s per variant) unless --env asks.
    data = args.data or proxy_shards(args.vocab)
    common = {**PROXY_ENV, "TTT_ENABLED": "0", **vocab_settings(args.vocab),
              **dict(kv.split("=", 1) for kv in args.env), "DATA_PATH": str(data),
              "LOAD_SNAPSHOT": str(args.snapshot), "OUT_DIR": str(args.logs), "OVERWRITE": "1"}  # re-runs replace
    results = []
    for (name, overrides), s in zip(variants, run_variants(common, variants, args.logs), strict=True):
        row = {"variant": name, "settings": overrides, "pre_quant_val_bpb": s["pre_quant_val_bpb"],
               "roundtrip_val_bpb": s["roundtrip_val_bpb"], "sliding_val_bpb": s["sliding_val_bpb"],
               "quant_cost_bpb": s["roundtrip_val_bpb"] - s["pre_quant_val_bpb"], "artifact_bytes": s["artifact_bytes"],
               "base_bits": s["quant"].get("base_bits"), "bits": s["quant"].get("bits"),
               "quant_s": s["quant"]["seconds"]["total"], "variant_s": s["total_s"]}
        results.append(row)
        print(json.dumps(row), flush=True)
    print("| variant | pre-quant | roundtrip | cost | sliding | bytes | base | quant s |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['variant']} | {r['pre_quant_val_bpb']:.4f} | {r['roundtrip_val_bpb']:.4f} | "
              f"{r['quant_cost_bpb']:+.4f} | {r['sliding_val_bpb']:.4f} | {r['artifact_bytes']:,} | {r['base_bits']} | "
              f"{r['quant_s']} |")
    if args.out:
        args.out.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
