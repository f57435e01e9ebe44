# Machine C: a third one-H100 machine (device kind nvidia-h100-x1, carry [".carry"]), code of commit 5e21520 plus the
# idle-gap analysis of `step_bench.py --profile` (bench/step_bench.py: idle_gaps). 30 timed steps, not 50: the
# session's device time was nearly spent. Run from the repository root.
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .carry/wheels/*.whl
export PYTHONPATH=/tmp/site
python3 bench/step_bench.py --profile --warmup 10 --steps 30 > step_bench_idle.json 2> step_bench_idle.err
