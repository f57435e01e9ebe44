#!/usr/bin/env bash
# proxy record, BENCH.md §2; the whole record (shards, training, fresh-process evals):
#   python bench/proxy_record.py --corpus <dir with ../shared/corpus/*.jsonl.xz> --name proxy_seed1337 --ttt --records /tmp/records
TRAIN_BATCH_TOKENS=98304 MICRO_BATCH_TOKENS=98304 WARMDOWN_ITERS=900 MUON_MOMENTUM_WARMUP_STEPS=600 MAX_WALLCLOCK_SECONDS=240.0 SEED=1337 DATA_PATH=data/datasets/proxy RUN_ID=proxy_seed1337 python train_gpt.py
