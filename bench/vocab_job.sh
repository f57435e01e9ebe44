#!/usr/bin/env bash
# The vocabulary A/B of one GPU session (issue 14), run detached by gpu_session.sh (which sets WORK):
#   bash bench/gpu_session.sh job vocab bench/vocab_job.sh      (carry .carry; then `collect vocab` until done)
# In order, each step's log under $WORK/records/_logs: shards for sp1024/4096/8192 (in parallel); the GPU kernel tests
# and benchmark when they exist; proxy records sp8192 (with a snapshot and an embedding-width sweep), the sp1024
# control, sp4096. Same seed, same machine, one right after the other. BUNDLE applies to the larger vocabularies.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WORK:?set by gpu_session.sh}"
export PYTHONPATH="${PYTHONPATH:-/tmp/site}" PYTHONUNBUFFERED=1
logs="$WORK/records/_logs"; mkdir -p "$logs"
bundle="${BUNDLE:-NGRAM_BUCKETS=0 VE_DIM=0}"
seed="${SEED:-1337}"
stamp() { echo "$(date +%T) $*" | tee -a "$logs/job.log"; }
root="${DATA_ROOT:-data/datasets}"  # shards go to $root/proxy_spVOCAB
extra="${EXTRA_ENV:-}"  # KEY=VALUE words added to every run (the CPU dry run of this job uses SMOKE=1 ...)
seconds="${RUN_SECONDS:-240}" sweep="${SWEEP:-emb7:EMBED_BITS=7}" corpus="${CORPUS:-.carry}"
# This job's own variables must not reach the runs: the script refuses unknown variables that look like settings.
unset DATA_ROOT EXTRA_ENV RUN_SECONDS SWEEP CORPUS SEED BUNDLE
common=(--corpus "$corpus" --records "$WORK/records" --seed "$seed" --no-fresh-eval --seconds "$seconds")
stamp "shards"
for v in 1024 4096 8192; do
  python3 bench/proxy_record.py "${common[@]}" --vocab "$v" --data "$root/proxy_sp$v" --prepare-only > "$logs/shards_$v.log" 2>&1 &
done
wait
if [[ -f bench/kernel_bench.py && -z "${SKIP_KERNELS:-}" ]]; then
  stamp "kernel tests"
  timeout 150 python3 -m pytest -m gpu -q -p no:cacheprovider tests > "$logs/gpu_tests.log" 2>&1
  stamp "kernel bench"
  timeout 180 python3 bench/kernel_bench.py > "$logs/kernel_bench.log" 2>&1
fi
tok8192=data/tokenizers/fineweb_8192_bpe.model
stamp "proxy sp8192"
# shellcheck disable=SC2086  # BUNDLE is a list of KEY=VALUE words
python3 bench/proxy_record.py "${common[@]}" --vocab 8192 --data "$root/proxy_sp8192" --name "sp8192_seed$seed" --env $bundle $extra \
  --snapshot "$WORK/snap8192" > "$logs/run_sp8192.log" 2>&1
stamp "sweep sp8192: $sweep"
# shellcheck disable=SC2086
python3 bench/quant_sweep.py --snapshot "$WORK/snap8192" --data "$root/proxy_sp8192" --logs "$logs/sweep8192" \
  --out "$logs/sweep8192.json" --env VOCAB_SIZE=8192 TOKENIZER_PATH=$tok8192 $bundle $extra \
  --variants $sweep > "$logs/sweep8192.log" 2>&1
rm -rf "$WORK/snap8192"
stamp "proxy sp1024 control"
# shellcheck disable=SC2086
python3 bench/proxy_record.py "${common[@]}" --vocab 1024 --data "$root/proxy_sp1024" --name "sp1024_control_seed$seed" ${extra:+--env $extra} \
  > "$logs/run_sp1024.log" 2>&1
stamp "proxy sp4096"
# shellcheck disable=SC2086
python3 bench/proxy_record.py "${common[@]}" --vocab 4096 --data "$root/proxy_sp4096" --name "sp4096_seed$seed" --env $bundle $extra \
  > "$logs/run_sp4096.log" 2>&1
stamp "done"
