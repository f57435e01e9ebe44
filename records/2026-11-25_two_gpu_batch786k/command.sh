#!/usr/bin/env bash
# Two H100s (device kind nvidia-h100-x2), the packed script of commit 6efa175 (train_gpt.py here), proxy shards in /tmp/d
# built by data/build_shards.py from ../shared/corpus/{val,train}.jsonl.xz with data/tokenizers/fineweb_1024_bpe.model.
TRAIN_BATCH_TOKENS=786432 MICRO_BATCH_TOKENS=98304 MAX_WALLCLOCK_SECONDS=60 WARMDOWN_ITERS=50 \
  MUON_MOMENTUM_WARMUP_STEPS=30 TRAIN_LOG_EVERY=10 DATA_PATH=/tmp/d OUT_DIR=$OUT RUN_ID=two_gpu_786k \
  torchrun --standalone --nproc_per_node=2 train_gpt.py
