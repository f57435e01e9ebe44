# Session 12, call 4 (carry [".carry"], a fresh machine; .carry/old holds d4a073c's train_gpt_human.py and bench
# scripts: `mkdir -p .carry/old && git archive d4a073c train_gpt_human.py bench/step_bench.py bench/mlp_bench.py |
# tar -x -C .carry/old`). Run as: bash bench/queues/2026-12-02_s12_call4.sh
# Issue 15: the fused MLP with its backward in plain ops (0cadc1e) against the fused backward kernel (d4a073c), both
# at the defaults (SP8192), cold caches, the same machine; then mlp_bench of each.
set -x
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .carry/wheels/*.whl
export PYTHONPATH=/tmp/site PYTHONUNBUFFERED=1
python3 -m pytest -p no:cacheprovider -q tests/test_kernels.py -k "gpu or hopper" > "$OUT/kernel_tests.log" 2>&1
for v in new old; do
  root=.; [[ $v == old ]] && root=.carry/old
  TORCHINDUCTOR_CACHE_DIR=$(mktemp -d) TRITON_CACHE_DIR=$(mktemp -d) python3 $root/bench/step_bench.py --profile \
    > "$OUT/step_bench_$v.json" 2> "$OUT/step_bench_$v.err"
  tail -c 300 "$OUT/step_bench_$v.json"
done
python3 bench/mlp_bench.py > "$OUT/mlp_bench_new.json" 2> "$OUT/mlp_bench_new.err"
python3 .carry/old/bench/mlp_bench.py > "$OUT/mlp_bench_old.json" 2> "$OUT/mlp_bench_old.err"
cat "$OUT"/mlp_bench_*.json
