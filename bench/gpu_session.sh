#!/usr/bin/env bash
# One GPU session's measurements in two device calls (a proxy record outlasts one 10-minute call):
#   call 1 (carry [".carry"], timeout 600):  bash bench/gpu_session.sh start NAME
#       installs the carried wheels, runs the step benchmark, starts the proxy record detached in /tmp, waits ~9 min
#   call 2, immediately (the machine is given back after 30 s idle):  bash bench/gpu_session.sh collect NAME
#       waits for the record to finish and copies it to $OUT as NAME.tgz (records outside the checkout: each call
#       re-syncs the tree and would delete an untracked records/ folder in progress)
# Prepare .carry first with bench/prepare_carry.sh. Extra arguments after NAME go to proxy_record.py.
set -uo pipefail
cd "$(dirname "$0")/.."
cmd="${1:?start or collect}"; name="${2:?record name}"; shift 2
work=/tmp/gpu_session
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .carry/wheels/*.whl || exit 1
export PYTHONPATH=/tmp/site PYTHONUNBUFFERED=1
wait_for_record() {  # $1: seconds at most
  local t0=$SECONDS
  while (( SECONDS - t0 < $1 )); do
    grep -q '"record_wall_s"\|step failed\|Traceback' "$work/record.log" 2>/dev/null && return 0
    sleep 10
  done
  return 1
}
case "$cmd" in
  start)
    mkdir -p "$work/records"
    python3 bench/step_bench.py --profile > "$work/step_bench.json" 2> "$work/step_bench.err"
    tail -1 "$work/step_bench.json"
    setsid nohup python3 bench/proxy_record.py --corpus .carry --name "$name" --records "$work/records" "$@" \
      > "$work/record.log" 2>&1 < /dev/null &
    wait_for_record $(( 560 - SECONDS ))
    grep -v '^step [0-9]*/' "$work/record.log" | tail -15
    ;;
  collect)
    wait_for_record 540
    cp "$work/step_bench.json" "$work/step_bench.err" "$work/record.log" "${OUT:-/tmp}/"
    tar czf "${OUT:-/tmp}/$name.tgz" -C "$work/records" .
    tail -3 "$work/record.log"
    ;;
  *) echo "usage: $0 start|collect NAME [proxy_record args]" >&2; exit 2 ;;
esac
