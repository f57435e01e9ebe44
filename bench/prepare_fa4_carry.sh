#!/usr/bin/env bash
# FlashAttention-4 for bench/attn_lib_bench.py on our offline GPU machines (issue 15's library question). Its wheels
# (flash-attn-4, the CUTLASS DSL for CUDA 13, quack-kernels and small dependencies) are ~100 MB, over the 64 MiB a
# device call carries, so they travel in two parts, each under its own ignored folder:
#   bash bench/prepare_fa4_carry.sh                  # .carry_fa4a/ and .carry_fa4b/ (needs the package index)
#   device call 1, carry [".carry_fa4a"]:  mkdir -p /tmp/fa4 && cp .carry_fa4a/* /tmp/fa4/
#   device call 2, carry [".carry_fa4b"]:  cp -r .carry_fa4b/* /tmp/fa4/ && bash bench/prepare_fa4_carry.sh --install \
#                                          && PYTHONPATH=$(cat /tmp/fa4site.path) python3 bench/attn_lib_bench.py
# (the machine keeps /tmp while it is held: make the two calls back to back). The CUTLASS DSL puts its `cutlass`
# package on sys.path from a .pth file, which Python reads only in site directories, not in a PYTHONPATH entry: the
# path written to /tmp/fa4site.path names its folder (session 8's run failed with "No module named 'cutlass'").
# Its own dependencies (libs-core, cuda-bindings, cuda-pathfinder, protobuf) travel as fallbacks, installed only
# where the GPU image lacks them, so the image's CUDA bindings win.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--install" ]]; then  # on the GPU machine: join the parts, install without touching torch
  cat /tmp/fa4/libs_cu13.part.* > /tmp/fa4/nvidia_cutlass_dsl_libs_cu13-4.8.1-cp312-cp312-manylinux_2_28_x86_64.whl
  python3 -m pip install -q --no-index --no-deps --target /tmp/fa4site /tmp/fa4/*.whl
  for m in cuda.bindings:cuda_bindings cuda.pathfinder:cuda_pathfinder google.protobuf:protobuf; do
    python3 -c "import ${m%%:*}" 2>/dev/null && continue
    python3 -m pip install -q --no-index --no-deps --target /tmp/fa4site /tmp/fa4/fallback/"${m#*:}"-*.whl
  done
  echo "/tmp/fa4site:/tmp/fa4site/nvidia_cutlass_dsl/dsl_packages" > /tmp/fa4site.path
  exit 0
fi
for d in .carry_fa4a .carry_fa4b; do
  grep -qx "/$d/" .git/info/exclude 2>/dev/null || echo "/$d/" >> .git/info/exclude
done
rm -rf .carry_fa4a .carry_fa4b /tmp/fa4_wheels && mkdir -p .carry_fa4a .carry_fa4b /tmp/fa4_wheels
python3 -m pip download -q --pre --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
  -d /tmp/fa4_wheels flash-attn-4==4.0.0b36 nvidia-cutlass-dsl==4.8.1 nvidia-cutlass-dsl-libs-base==4.8.1 \
  nvidia-cutlass-dsl-libs-cu13==4.8.1 nvidia-cutlass-dsl-libs-core==4.8.1 quack-kernels==0.6.5 \
  apache-tvm-ffi==0.1.15.post2 torch-c-dlpack-ext==0.1.5 \
  einops==0.8.1
# The DSL's dependencies that the GPU image may already have (see --install):
rm -rf /tmp/fa4_fallback && mkdir -p /tmp/fa4_fallback .carry_fa4b/fallback
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
  -d /tmp/fa4_fallback cuda-bindings==13.5.0 cuda-pathfinder==1.9.1 protobuf==6.33.1
cp /tmp/fa4_fallback/*.whl .carry_fa4b/fallback/
big=/tmp/fa4_wheels/nvidia_cutlass_dsl_libs_cu13-4.8.1-cp312-cp312-manylinux_2_28_x86_64.whl
split -b 50M -d "$big" .carry_fa4a/libs_cu13.part.
mv .carry_fa4a/libs_cu13.part.01 .carry_fa4b/
find /tmp/fa4_wheels -name '*.whl' ! -name "$(basename "$big")" -exec cp -t .carry_fa4b/ {} +
du -sh .carry_fa4a .carry_fa4b
