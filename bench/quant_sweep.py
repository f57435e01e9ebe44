"""Quantization sweep: one trained model (a snapshot), several quantization settings, each scored the same way.

Every variant runs `train_gpt_human.py` with LOAD_SNAPSHOT (training skipped): quantize, pack under the budget,
reload and score roundtrip + sliding val_bpb, all at the proxy record's settings (bench/README.md). The table compares
the bpb cost of quantization at equal bytes, the way compression is tuned without paying for training each time.

    python bench/quant_sweep.py --snapshot /tmp/snap --variants base: noclip:QUANT_CLIP_MIN=1.0 int4:QUANT_BASE_BITS=4

`--vocab` (default 8192, as proxy_record.py's) sets VOCAB_SIZE, TOKENIZER_PATH (the proxy's tokenizer) and the default
`--data` (data/datasets/proxy_spVOCAB); `--env` settings win over all three.

A variant is NAME:KEY=VALUE,KEY=VALUE (nothing after the colon = the defaults). Prints one JSON line per variant
and a table; `--out FILE` also writes them as JSON. Exit codes: 0 done, 1 a variant failed, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proxy_record import PROXY_ENV, ROOT, VOCABS, last_json, tokenizer_path  # noqa: E402


def parse_variant(text: str) -> tuple[str, dict[str, str]]:
    name, _, rest = text.partition(":")
    pairs = [kv for kv in rest.split(",") if kv]
    if not name or any("=" not in kv for kv in pairs):
        raise ValueError(f"bad variant {text!r}: want NAME:KEY=VALUE,KEY=VALUE")
    return name, dict(kv.split("=", 1) for kv in pairs)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--snapshot", type=Path, required=True, help="folder holding snapshot.pt (SNAPSHOT_DIR of a run)")
    ap.add_argument("--vocab", type=int, choices=VOCABS, default=8192, help="the snapshot's vocabulary")
    ap.add_argument("--data", type=Path, help="shards (validation scored; default data/datasets/proxy_spVOCAB)")
    ap.add_argument("--logs", type=Path, default=Path("/tmp/quant_sweep"), help="one log per variant goes here")
    ap.add_argument("--out", type=Path, help="also write the results here as JSON")
    ap.add_argument("--env", action="extend", nargs="+", default=[], metavar="KEY=VALUE",
                    help="settings for every variant (repeatable)")
    ap.add_argument("--variants", nargs="+", required=True, metavar="NAME:KEY=VALUE,...")
    return ap


def main() -> None:
    ap = parser()
    args = ap.parse_args()
    try:
        variants = [parse_variant(v) for v in args.variants]
    except ValueError as e:
        ap.error(str(e))
    if not (args.snapshot / "snapshot.pt").is_file():
        ap.error(f"{args.snapshot / 'snapshot.pt'} not found: train with SNAPSHOT_DIR set (proxy_record.py --snapshot)")
    args.logs.mkdir(parents=True, exist_ok=True)
    # Quantization variants are compared on roundtrip and sliding bpb: no TTT (~150 s per variant) unless --env asks.
    data = args.data or ROOT / f"data/datasets/proxy_sp{args.vocab}"
    vocab = {"VOCAB_SIZE": str(args.vocab), "TOKENIZER_PATH": str(tokenizer_path(args.vocab))}
    common = {**PROXY_ENV, "TTT_ENABLED": "0", **vocab, **dict(kv.split("=", 1) for kv in args.env),
              "DATA_PATH": str(data), "LOAD_SNAPSHOT": str(args.snapshot), "OUT_DIR": str(args.logs),
              "OVERWRITE": "1"}  # re-runs replace
    results = []
    for name, overrides in variants:
        env = {**os.environ, "PYTHONUNBUFFERED": "1", **common, **overrides, "RUN_ID": name}
        log_path = args.logs / f"{name}.log"
        print(f"variant {name}: {overrides or 'defaults'} -> {log_path}", flush=True)
        with open(log_path, "w", encoding="utf-8") as log:
            rc = subprocess.run([sys.executable, "train_gpt_human.py"], env=env, cwd=ROOT, stdout=log,
                                stderr=subprocess.STDOUT).returncode
        if rc != 0:
            sys.exit(f"variant {name} failed with exit code {rc}: see {log_path}")
        s = last_json(log_path)
        row = {"variant": name, "settings": overrides, "pre_quant_val_bpb": s["pre_quant_val_bpb"],
               "roundtrip_val_bpb": s["roundtrip_val_bpb"], "sliding_val_bpb": s["sliding_val_bpb"],
               "quant_cost_bpb": s["roundtrip_val_bpb"] - s["pre_quant_val_bpb"], "artifact_bytes": s["artifact_bytes"],
               "base_bits": s["quant"].get("base_bits"), "bits": s["quant"].get("bits"),
               "quant_s": s["quant"]["seconds"]["total"]}
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
