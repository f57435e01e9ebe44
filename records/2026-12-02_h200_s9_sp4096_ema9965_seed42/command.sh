#!/usr/bin/env bash
# proxy record (bench/README.md)
TRAIN_BATCH_TOKENS=98304 MICRO_BATCH_TOKENS=98304 WARMDOWN_ITERS=900 MUON_MOMENTUM_WARMUP_STEPS=600 TTT_PHASES=44,88,131 VOCAB_SIZE=4096 TOKENIZER_PATH=/work/main/data/tokenizers/fineweb_4096_bpe.model MAX_WALLCLOCK_SECONDS=240.0 SEED=42 DATA_PATH=/work/main/data/datasets/proxy_sp4096 RUN_ID=sp4096_ema9965_seed42 OUT_DIR=/tmp/gpu_session/records/2026-12-02_sp4096_ema9965_seed42/out TTT_ENABLED=0 EMA_DECAY=0.9965 python train_gpt.py
