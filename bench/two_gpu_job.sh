#!/usr/bin/env bash
# A two-GPU machine's session (run by `bench/gpu_session.sh job NAME bench/two_gpu_job.sh`, WORK set), as run on
# 2026-11-25 at f59afc4 (ROPE_BASE was 10000 then; it defaults to 22081 since):
#  1. in parallel: GPU 0 runs the step benchmark twice (Newton-Schulz compiled, then eager: the A/B), GPU 1 a proxy
#     record with the seed's NTK-rescaled RoPE base (10000 * 2^(16/14) = 22081: its 1024 "training length" at 2048);
#  2. then both GPUs: the pipeline with the record's global batch (786,432 tokens: 4 micro-batches per GPU) under
#     torchrun, 150 s of training, to prove the NCCL path and measure its step time (not a quality run).
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WORK:?set by gpu_session.sh}"
export PYTHONPATH=/tmp/site PYTHONUNBUFFERED=1
CUDA_VISIBLE_DEVICES=1 python3 bench/proxy_record.py --corpus .carry --name proxy_rope22081_seed1337 \
  --records "$WORK/records" --env ROPE_BASE=22081 > "$WORK/rope.log" 2>&1 &
rope=$!
sleep 60  # the record builds the shards first; let it finish that before the benchmark takes a GPU
CUDA_VISIBLE_DEVICES=0 python3 bench/step_bench.py --profile > "$WORK/step_bench.json" 2> "$WORK/step_bench.err"
CUDA_VISIBLE_DEVICES=0 python3 bench/step_bench.py --eager-muon > "$WORK/step_bench_eager.json" \
  2> "$WORK/step_bench_eager.err"
wait $rope; echo "rope record exit $?"
python3 bench/proxy_record.py --corpus .carry --name two_gpu_batch786k --gpus 2 --seconds 150 \
  --records "$WORK/records" --env TRAIN_BATCH_TOKENS=786432 WARMDOWN_ITERS=130 MUON_MOMENTUM_WARMUP_STEPS=90 \
  > "$WORK/two_gpu.log" 2>&1
echo "two-GPU record exit $?"
