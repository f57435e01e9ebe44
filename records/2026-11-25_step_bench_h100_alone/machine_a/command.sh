# Machine A: one-H100 machine (device kind nvidia-h100-x1, carry [".carry"]), code of commit 5119612, one call.
# attn.txt came from the first draft of bench/attn_bench.py (same shapes, backends and timing; it printed
# "fwd+bwd N ms/layer  x11 = M ms").
# run from the repository root
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .carry/wheels/*.whl
export PYTHONPATH=/tmp/site PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,clocks.max.sm,power.limit --format=csv
python3 bench/attn_bench.py 2>&1 | tee $OUT/attn.txt
run() { name=$1; shift; echo "== $name"; timeout ${TMO:-200} env "$@" python3 bench/step_bench.py --profile > $OUT/$name.json 2> $OUT/$name.err; echo "rc $?"; tail -1 $OUT/$name.json; }
run base X=1
run cdt TORCHINDUCTOR_COORDINATE_DESCENT_TUNING=1   # rc 124: still compiling after 200 s
run cudagraphs TORCHINDUCTOR_CUDAGRAPHS=1           # cudagraphs.json did not come back (8-file limit): copied from the call's output
TMO=240 run autotune TORCHINDUCTOR_MAX_AUTOTUNE=1   # rc 124: still autotuning GEMMs after 240 s
