#!/usr/bin/env bash
# Fill .carry/ (ignored by git) with what one of our offline GPU machines needs and cannot download: the proxy corpus
# and the Python 3.12 wheels of brotli and python-minifier (bench/README.md).
# Usage: bash bench/prepare_carry.sh CORPUS_DIR   (the folder holding train.jsonl.xz and val.jsonl.xz)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:?usage: bash bench/prepare_carry.sh CORPUS_DIR}"
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
