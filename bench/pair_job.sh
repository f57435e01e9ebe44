#!/usr/bin/env bash
# Two proxy records side by side, one per GPU, on a two-GPU machine; run by gpu_session.sh, which sets WORK
# (workflow and example: bench/README.md). RUN0 / RUN1 are proxy_record.py arguments (either may be empty);
# STEP_BENCH="ARGS" also runs the step benchmark with ARGS on GPU 0 before RUN0. The shards are built once, first.
# Records land in $WORK/records. VOCAB (default 8192) picks the tokenizer; CORPUS (default .carry) and DATA
# (default data/datasets/proxy_spVOCAB) say where the corpus and the shards are.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WORK:?set by gpu_session.sh}"
export PYTHONPATH="${PYTHONPATH:-/tmp/site}" PYTHONUNBUFFERED=1
vocab="${VOCAB:-8192}"
common=(--corpus "${CORPUS:-.carry}" --vocab "$vocab" --data "${DATA:-data/datasets/proxy_sp$vocab}" --records "$WORK/records")
python3 bench/proxy_record.py "${common[@]}" --prepare-only > "$WORK/shards.log" 2>&1 \
  || { echo "building the shards failed: $WORK/shards.log"; exit 1; }
pids=()
for gpu in 0 1; do
  var="RUN$gpu"; args="${!var:-}"
  [[ -z "$args" ]] && continue
  (
    if [[ $gpu == 0 && -n "${STEP_BENCH:-}" ]]; then
      CUDA_VISIBLE_DEVICES=0 python3 bench/step_bench.py $STEP_BENCH > "$WORK/step_bench.json" 2> "$WORK/step_bench.err"
    fi
    # shellcheck disable=SC2086  # the arguments are meant to split
    CUDA_VISIBLE_DEVICES=$gpu python3 bench/proxy_record.py "${common[@]}" $args > "$WORK/run$gpu.log" 2>&1
    rc=$?
    echo "GPU $gpu ($args): exit $rc"
    exit $rc
  ) &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit $status
