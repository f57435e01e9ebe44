#!/usr/bin/env bash
# proxy record (bench/README.md)
TRAIN_BATCH_TOKENS=98304 MICRO_BATCH_TOKENS=98304 WARMDOWN_ITERS=900 MUON_MOMENTUM_WARMUP_STEPS=600 TTT_PHASES=44,88,131 VOCAB_SIZE=8192 TOKENIZER_PATH=/work/main/data/tokenizers/fineweb_8192_bpe.model MAX_WALLCLOCK_SECONDS=240.0 SEED=1337 DATA_PATH=/work/main/data/datasets/proxy_sp8192 RUN_ID=sp8192_defaults_ttt_seed1337 OUT_DIR=/tmp/gpu_session/records/2026-12-02_sp8192_defaults_ttt_seed1337/out python train_gpt.py
