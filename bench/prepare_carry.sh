#!/usr/bin/env bash
# Fill .carry/ (ignored by git) with what a lent GPU machine needs and cannot download: the proxy corpus and the
# Python 3.12 wheels of brotli and python-minifier (the GPU image has torch, numpy, sentencepiece, matplotlib).
# Usage: bash bench/prepare_carry.sh [CORPUS_DIR]   (default ../shared/corpus)
# Then, in the device call: carry [".carry"] and start the command with
#   python3 -m pip install -q --no-index --no-deps --target /tmp/site .carry/wheels/*.whl && export PYTHONPATH=/tmp/site
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
grep -qx '/.carry/' .git/info/exclude 2>/dev/null || echo '/.carry/' >> .git/info/exclude
mkdir -p .carry/wheels
for f in train.jsonl.xz val.jsonl.xz; do
  [ -f "$corpus/$f" ] || { echo "error: $corpus/$f not found (pass the corpus folder)" >&2; exit 1; }
  cp "$corpus/$f" .carry/
done
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 -d .carry/wheels \
  brotli==1.2.1 python-minifier==3.4.0
du -sh .carry
