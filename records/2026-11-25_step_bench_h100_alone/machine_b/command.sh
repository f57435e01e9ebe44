# Machine B: another one-H100 machine (device kind nvidia-h100-x1, carry [".carry"]), code of commit 5119612 plus
# bench/attn_bench.py, three calls on the same warm machine (run from the repository root).
python3 bench/attn_bench.py > $OUT/attn_bench.txt
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .carry/wheels/*.whl
export PYTHONPATH=/tmp/site
python3 bench/step_bench.py --profile > step_bench_1.json 2> step_bench_1.err
python3 bench/step_bench.py > step_bench_2.json
# the CUDA-graph A/B, in the order run: graphs on, off, on
TORCHINDUCTOR_CUDAGRAPHS=1 python3 bench/step_bench.py > cudagraphs_1.json   # copied from the call's output
TORCHINDUCTOR_CUDAGRAPHS=0 python3 bench/step_bench.py > step_bench_3.json
TORCHINDUCTOR_CUDAGRAPHS=1 python3 bench/step_bench.py > cudagraphs_2.json
