#!/usr/bin/env bash
# A proxy record across two device calls on our offline GPU machines (workflow: bench/README.md).
#   bash bench/gpu_session.sh start NAME [proxy_record args]   step benchmark + proxy record, detached; SWEEP="..."
#                                                               adds a quantization sweep of its snapshot
#   bash bench/gpu_session.sh job NAME FILE                     the bash FILE detached instead (WORK=/tmp/gpu_session)
#   bash bench/gpu_session.sh collect NAME [SECONDS]            waits, then $OUT/NAME.tgz of $WORK/records (and the
#                                                               artifacts kept by --keep-artifact, one file each)
#   bash bench/gpu_session.sh stop NAME                         ends a job started with `job`
set -uo pipefail
cd "$(dirname "$0")/.."
cmd="${1:?start or collect}"; name="${2:?record name}"; shift 2
work="${GPU_SESSION_DIR:-/tmp/gpu_session}" site="${GPU_SESSION_SITE:-/tmp/site}"  # overridable for the tests
# A call without carry (the calls after the first: bench/README.md) finds no .carry, and the wheels already installed.
if compgen -G ".carry/wheels/*.whl" > /dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-compile --target "$site" .carry/wheels/*.whl || exit 1
elif [[ ! -d "$site" ]]; then
  echo "error: no .carry/wheels here and nothing installed in $site: this machine is fresh; carry [\".carry\"]" >&2
  exit 3
fi
export PYTHONPATH="$site" PYTHONUNBUFFERED=1
wait_for_job() {  # $1: seconds at most
  local t0=$SECONDS
  while (( SECONDS - t0 < $1 )); do
    [[ -f "$work/done" ]] && return 0
    sleep 10
  done
  return 1
}
refuse_if_running() {  # a call sent while the last one's job still runs would delete its folder and share the GPU
  if [[ -f "$work/pid" && ! -f "$work/done" ]] && kill -0 "$(cat "$work/pid")" 2>/dev/null; then
    echo "error: a job is still running in $work (pid $(cat "$work/pid")): collect it first, or end it with" \
      "\`bash bench/gpu_session.sh stop NAME\`" >&2
    exit 4
  fi
}
bring_back() {  # what the job has written so far, into $OUT: also at the end of `start`/`job`, so that a machine
  # lost between calls (session 10) takes only what came after the last call with it
  cp "$work"/*.json "$work"/*.log "$work"/*.err "${OUT:-/tmp}/" 2>/dev/null
  [[ -f "$work/sweep.json" ]] && cp -r "$work/sweep.json" "$work/sweep" "${OUT:-/tmp}/"
  tar czf "${OUT:-/tmp}/$name.tgz" --exclude='*.ptz' --exclude='*.pt' -C "$work/records" .
}
case "$cmd" in
  start)
    refuse_if_running
    rm -rf "$work"; mkdir -p "$work/records"
    python3 bench/step_bench.py --profile > "$work/step_bench.json" 2> "$work/step_bench.err"
    tail -1 "$work/step_bench.json"
    job="python3 bench/proxy_record.py --corpus .carry --name $name --records $work/records $*"
    if [[ -n "${SWEEP:-}" ]]; then
      job="$job --snapshot $work/snap && python3 bench/quant_sweep.py --snapshot $work/snap --logs $work/sweep"
      job="$job --out $work/sweep.json --variants $SWEEP"
    fi
    setsid nohup bash -c "($job) > $work/record.log 2>&1; echo \$? > $work/done" < /dev/null > /dev/null 2>&1 &
    echo $! > "$work/pid"
    wait_for_job $(( 560 - SECONDS ))
    grep -v '^step [0-9]*/' "$work/record.log" | tail -15
    bring_back
    ;;
  job)
    refuse_if_running
    rm -rf "$work"; mkdir -p "$work/records"
    setsid nohup bash -c "WORK=$work bash ${1:?job file}; echo \$? > $work/done" < /dev/null > "$work/job.log" 2>&1 &
    echo $! > "$work/pid"  # the job's process group: `stop` ends it and everything it started
    wait_for_job $(( 560 - SECONDS ))
    tail -15 "$work/job.log"
    bring_back
    ;;
  collect)  # collect NAME [SECONDS]: wait up to SECONDS (default 540) for the job, then bring back what exists
    [[ -d "$work" ]] || { echo "error: no job on this machine ($work is missing): the machine that ran it was" \
      "given back between calls; start the job again" >&2; exit 3; }
    wait_for_job "${1:-540}"
    bring_back
    # Artifacts kept with --keep-artifact come back as files of their own (the device returns 8 files of <= 16 MiB):
    # store them in the ignored .artifacts/ and carry one there for `proxy_record.py --artifact` evaluations.
    find "$work/records" -name '*.ptz' -size -16777216c | head -n 5 | xargs -r cp -t "${OUT:-/tmp}/"
    tail -8 "$work/record.log" "$work/job.log" "$work/records/_logs/job.log" 2>/dev/null
    echo "exit code: $(cat "$work/done" 2>/dev/null || echo 'still running')"
    ;;
  stop)  # stop NAME: end the job's whole process group (never `pkill -f PATTERN`: the call's own shell matches)
    kill -- "-$(cat "$work/pid")" && echo "stopped" ;;
  *) echo "usage: $0 start NAME [proxy_record args] | job NAME FILE | collect NAME [SECONDS] | stop NAME" >&2; exit 2 ;;
esac
