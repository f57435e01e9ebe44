"""The document TTT's work on a validation split, planned on the CPU: no model, no GPU.

Recomputing each chunk's prefix (TTT_DOC_CACHE=0), its time follows the row-tokens plus a fixed cost per adapter
step: on one H200 about 2.2 us per row-token and 28 ms per step of 64 rows (bench/NOTES.md, session 4). With the
cache (the default) every row is 49 tokens and the time follows the steps: ~110 ms each (session 5). Settings come
from the environment, as for the script, so a variant is priced before it costs device time:

    DATA_PATH=data/datasets/proxy_sp4096 VOCAB_SIZE=4096 python bench/ttt_plan.py
    DATA_PATH=... VOCAB_SIZE=4096 TTT_DOC_BATCH=128 TTT_DOC_CHUNK_TOKENS=96 python bench/ttt_plan.py --ranks 8
prints one JSON line: documents, batches, adapter steps and row-tokens per rank (the busiest), global SGD phases.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

import train_gpt_human as T  # noqa: E402


def plan(tokens, cfg: T.Config, ranks: int) -> dict[str, object]:
    starts, lengths = T.document_spans(tokens, cfg.bos_id)
    bounds = T.phase_bounds(len(starts), cfg)
    per_rank = []  # (adapter steps, row-tokens, batches) of each rank
    for rank in range(ranks):
        rt = T.Runtime(rank=rank, world_size=ranks, device=torch.device("cpu"))
        steps = [s for block in T.plan_doc_batches(starts, lengths, bounds, cfg, rt) for _, s in block]
        per_rank.append((sum(len(s[2]) for s in steps), sum(map(T.row_tokens, steps)), len(steps)))
    steps, row_tokens, batches = max(per_rank)
    return {"documents": len(starts), "tokens": len(tokens), "longest_document": int(lengths.max()), "ranks": ranks,
            "batches": batches, "adapter_steps": steps, "row_tokens": row_tokens, "global_sgd_phases": len(bounds) - 2}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ranks", type=int, default=1, help="GPUs sharing the documents (the record: 8)")
    args = ap.parse_args()
    cfg = T.Config.from_env()
    print(json.dumps(plan(T.load_val_tokens(cfg), cfg, args.ranks)))


if __name__ == "__main__":
    main()
