#!/usr/bin/env bash
# proxy record, BENCH.md §2
TRAIN_BATCH_TOKENS=98304 MICRO_BATCH_TOKENS=98304 WARMDOWN_ITERS=900 MUON_MOMENTUM_WARMUP_STEPS=600 MAX_WALLCLOCK_SECONDS=240.0 SEED=1337 DATA_PATH=/work/main/data/datasets/proxy RUN_ID=proxy_rope22081_seed1337 OUT_DIR=/tmp/gpu_session/records/2026-11-25_proxy_rope22081_seed1337/out ROPE_BASE=22081 python train_gpt.py
