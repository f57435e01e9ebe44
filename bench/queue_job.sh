#!/usr/bin/env bash
# Proxy records one after another on one GPU, run detached by gpu_session.sh (which sets WORK):
#   QUEUE=FILE bash bench/gpu_session.sh job NAME bench/queue_job.sh     (then `collect NAME` until it says exit code)
# FILE: one proxy_record.py argument list per line ('#' starts a comment; quotes work as in bash; re-read before
# each run), e.g.
#   --name control_seed1337 --keep-artifact
#   --name ttt_rank16 --artifact /tmp/gpu_session/records/*_control_seed1337/out/control_seed1337.ptz --eval-env 'TTT_LORA_RANK=16'
# (a glob is expanded when its line runs, after the runs before it made the file). A line that starts with `sh: `
# runs the rest with bash instead (its log is run_N.log; write results under $WORK/records to have them collected):
#   sh: python3 bench/quant_sweep.py --snapshot /tmp/snap --data data/datasets/proxy_sp8192 --out $WORK/records/qs.json
# First the shards (VOCAB, default 8192) and a preflight that stops the job if it fails: a compiled smoke run with
# every architecture option and document TTT on (the code paths a record can reach but the CPU suite cannot compile);
# PREFLIGHT=0 skips it (PREFLIGHT=smoke, from when GPU tests ran first, is now the same as the default).
# Logs: $WORK/records/_logs (job.log has the timeline).
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WORK:?set by gpu_session.sh}"
queue="${QUEUE:?QUEUE=FILE: proxy_record.py argument lines}" vocab="${VOCAB:-8192}" preflight="${PREFLIGHT:-1}"
# The job's own variables must not reach the runs (the script refuses unknown setting-like variables).
unset QUEUE VOCAB PREFLIGHT
export PYTHONPATH="${PYTHONPATH:-/tmp/site}" PYTHONUNBUFFERED=1
logs="$WORK/records/_logs"; mkdir -p "$logs"
stamp() { echo "$(date +%T) $*" | tee -a "$logs/job.log"; }
common=(--corpus "${CORPUS:-.carry}" --vocab "$vocab" --records "$WORK/records")
if [[ -f "${CORPUS:-.carry}/train.jsonl.xz" ]]; then  # absent when only --artifact evaluations are queued
  stamp "shards sp$vocab"
  python3 bench/proxy_record.py "${common[@]}" --prepare-only > "$logs/shards.log" 2>&1 || { stamp "shards failed"; exit 1; }
fi
if [[ "$preflight" == 1 || "$preflight" == smoke ]]; then
  stamp "gpu smoke"
  SMOKE=1 COMPILE=1 ITERATIONS=40 NUM_LOOPS=1 LOOP_START=1 LOOP_END=2 PARALLEL_RESIDUAL_START=3 ATTN_GATE=1 FUSED_MLP=1 \
    MUON_ROW_NORM_INPUT=1 TTT_PHASES=4,8 OUT_DIR="$WORK/smoke" \
    timeout 400 python3 train_gpt_human.py > "$logs/gpu_smoke.log" 2>&1 || { stamp "gpu smoke failed"; exit 1; }
fi
# The queue file is read again before each run: a later device call (which re-syncs the checkout) can change the
# runs still to come. A run is the n-th non-comment line.
runs() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$queue"; }
n=0
while line="$(runs | sed -n "$((n + 1))p")" && [[ -n "$line" ]]; do
  n=$((n + 1)); stamp "run $n: $line"
  if [[ "$line" == "sh: "* ]]; then
    bash -c "${line#sh: }" > "$logs/run_$n.log" 2>&1 || stamp "run $n failed"
    continue
  fi
  eval "args=($line)"
  python3 bench/proxy_record.py "${common[@]}" "${args[@]}" > "$logs/run_$n.log" 2>&1 || stamp "run $n failed"
done
stamp "done"
