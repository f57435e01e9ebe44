#!/usr/bin/env python3
"""Tokenize text into the challenge's `.bin` token shards (byte-compatible with the official files).

A shard is 256 little-endian int32 (`[0]=20240520` magic, `[1]=1` version, `[2]=num_tokens`, rest 0) followed by
`num_tokens` little-endian uint16 token ids. A document is `[BOS] + sp.encode(text)` (no EOS) after the official
text prep: NUL characters become spaces, then the text is stripped; documents empty after that are skipped.

    python data/build_shards.py corpus.jsonl.xz more.txt --out data/datasets/mine_sp1024
    python data/build_shards.py val.jsonl.xz --out DIR --split val        # val and train from different files:
    python data/build_shards.py train.jsonl.xz --out DIR --split train    # both runs share DIR's manifest.json

Importable: `write_shard`, `read_shard_header`, `read_shard`, `iter_documents`, `prepare_text`, `build`.
Exit codes: 0 done, 1 bad input or output state (the message names the file and line), 2 bad command line.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import io
import json
import lzma
import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import sentencepiece as spm

# ----------------------------------------------------------------------------------------------------------------------
# Shard format
# ----------------------------------------------------------------------------------------------------------------------

SHARD_MAGIC = 20240520
SHARD_VERSION = 1
HEADER_INT32 = 256
HEADER_BYTES = HEADER_INT32 * 4
TOKEN_DTYPE = np.dtype("<u2")
MAX_SHARD_TOKENS = 2**31 - 1  # header[2] is an int32

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TOKENIZER = REPO_ROOT / "data" / "tokenizers" / "fineweb_1024_bpe.model"
DEFAULT_SHARD_TOKENS = 100_000_000  # official shard size
DEFAULT_VAL_DOCS = 50_000  # official validation split: the first 50,000 documents
SPLITS = ("val", "train")
MANIFEST_NAME = "manifest.json"


class BuildError(Exception):
    """Bad input data or output state. The message names the file (and line) at fault."""


def shard_name(split: str, index: int) -> str:
    return f"fineweb_{split}_{index:06d}.bin"


def shard_header(num_tokens: int) -> bytes:
    if not 0 <= num_tokens <= MAX_SHARD_TOKENS:
        raise ValueError(f"num_tokens={num_tokens} does not fit the int32 header field")
    header = np.zeros(HEADER_INT32, dtype="<i4")
    header[0], header[1], header[2] = SHARD_MAGIC, SHARD_VERSION, num_tokens
    return header.tobytes()


def _as_uint16(tokens: np.ndarray | Sequence[int]) -> np.ndarray:
    array = np.asarray(tokens)
    if array.ndim != 1:
        raise ValueError(f"tokens must be 1-D, got shape {array.shape}")
    if array.dtype != TOKEN_DTYPE:
        if array.size and not np.issubdtype(array.dtype, np.integer):
            raise ValueError(f"tokens must be integers, got {array.dtype}")
        if array.size and (array.min() < 0 or array.max() > 0xFFFF):
            raise ValueError(f"token ids must fit uint16, got range [{array.min()}, {array.max()}]")
        array = array.astype(TOKEN_DTYPE)
    return array


def write_shard(path: str | Path, tokens: np.ndarray | Sequence[int]) -> None:
    """Write one shard atomically: a `.tmp` sibling is written, then renamed over `path`."""
    path = Path(path)
    array = _as_uint16(tokens)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(shard_header(len(array)))
            f.write(array.tobytes())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def read_shard_header(path: str | Path) -> int:
    """Return the token count of a shard after checking magic, version and that the file size matches it.

    Raises ValueError naming the file and what is wrong (e.g. a truncated download).
    """
    path = Path(path)
    size = path.stat().st_size
    with open(path, "rb") as f:
        raw = f.read(HEADER_BYTES)
    if len(raw) < HEADER_BYTES:
        raise ValueError(f"{path}: {size} bytes, shorter than the {HEADER_BYTES}-byte shard header")
    header = np.frombuffer(raw, dtype="<i4")
    if header[0] != SHARD_MAGIC:
        raise ValueError(f"{path}: bad magic {int(header[0])} (expected {SHARD_MAGIC}); not a token shard")
    if header[1] != SHARD_VERSION:
        raise ValueError(f"{path}: unsupported shard version {int(header[1])} (expected {SHARD_VERSION})")
    num_tokens = int(header[2])
    expected = HEADER_BYTES + TOKEN_DTYPE.itemsize * num_tokens
    if num_tokens < 0 or size != expected:
        raise ValueError(
            f"{path}: header says {num_tokens} tokens ({expected} bytes) but the file has {size} bytes "
            "(truncated or corrupt)"
        )
    return num_tokens


def read_shard(path: str | Path) -> np.ndarray:
    """All token ids of a shard as a uint16 array (header verified first)."""
    num_tokens = read_shard_header(path)
    return np.fromfile(path, dtype=TOKEN_DTYPE, count=num_tokens, offset=HEADER_BYTES)


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()


# ----------------------------------------------------------------------------------------------------------------------
# Input documents
# ----------------------------------------------------------------------------------------------------------------------

INPUT_FORMATS = (".jsonl", ".jsonl.gz", ".jsonl.xz", ".txt", ".txt.gz", ".txt.xz")


def prepare_text(text: str) -> str:
    """Official text prep: NUL -> space, then strip. An empty result means the document is skipped."""
    return text.replace("\x00", " ").strip()


def _input_kind(path: Path) -> tuple[str, str | None]:
    """(format, compression) from the file name."""
    name = path.name.lower()
    compression = None
    for suffix in (".gz", ".xz"):
        if name.endswith(suffix):
            compression, name = suffix[1:], name[: -len(suffix)]
    for fmt in ("jsonl", "txt"):
        if name.endswith("." + fmt):
            return fmt, compression
    raise BuildError(f"{path}: unsupported input type; expected one of {', '.join(INPUT_FORMATS)}")


def _open_binary(raw: io.BufferedReader, compression: str | None) -> io.BufferedIOBase:
    if compression == "gz":
        return gzip.GzipFile(fileobj=raw)
    return lzma.LZMAFile(raw) if compression == "xz" else raw


def _numbered_lines(path: Path, stream: io.BufferedIOBase) -> Iterator[tuple[int, str]]:
    """(line number, line) with CRLF turned into LF. Lines are decoded one by one so a UTF-8 error names its line."""
    line_no = 0
    try:
        for line_no, raw in enumerate(stream, start=1):  # noqa: B007 (line_no is read in the except clause)
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise BuildError(f"{path}:{line_no}: not valid UTF-8 (byte {e.start + 1} of the line)") from None
            yield line_no, line[:-2] + "\n" if line.endswith("\r\n") else line
    except (lzma.LZMAError, EOFError, OSError) as e:  # gzip.BadGzipFile is an OSError
        raise BuildError(f"{path}: after line {line_no}: corrupt or truncated file ({e})") from None


def _jsonl_documents(path: Path, lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    for line_no, line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise BuildError(f"{path}:{line_no}: invalid JSON ({e.msg} at column {e.colno})") from None
        if not isinstance(record, dict) or "text" not in record:
            raise BuildError(f'{path}:{line_no}: expected a JSON object with a "text" field')
        text = record["text"]
        if not isinstance(text, str):
            raise BuildError(f'{path}:{line_no}: "text" is {type(text).__name__}, expected a string')
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as e:  # a lone surrogate escape such as \ud800: JSON allows it, Unicode does not
            raise BuildError(f'{path}:{line_no}: "text" holds a lone surrogate ({text[e.start]!r} at character '
                             f"{e.start + 1}), which is not valid Unicode; fix or drop that line") from None
        yield line_no, text


def _txt_documents(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Documents are separated by one or more blank (empty or whitespace-only) lines."""
    buffer: list[str] = []
    first = 0
    for line_no, line in lines:
        if line.strip():
            if not buffer:
                first = line_no
            buffer.append(line)
        elif buffer:
            yield first, "".join(buffer)
            buffer = []
    if buffer:
        yield first, "".join(buffer)


class _InputReader:
    """Yields (path, line, raw text) over all inputs in order; tracks bytes read from disk for the ETA."""

    def __init__(self, paths: Sequence[Path]):
        self.paths = list(paths)
        self.total_bytes = sum(p.stat().st_size for p in self.paths)
        self._done_bytes = 0
        self._raw: io.BufferedReader | None = None

    @property
    def bytes_read(self) -> int:
        current = self._raw.tell() if self._raw is not None and not self._raw.closed else 0
        return self._done_bytes + current

    def __iter__(self) -> Iterator[tuple[Path, int, str]]:
        for path in self.paths:
            fmt, compression = _input_kind(path)
            with open(path, "rb") as raw:
                self._raw = raw
                lines = _numbered_lines(path, _open_binary(raw, compression))
                docs = _jsonl_documents(path, lines) if fmt == "jsonl" else _txt_documents(lines)
                count, lines_in_first = 0, 0
                for line_no, doc in docs:
                    count += 1
                    lines_in_first = lines_in_first or len(doc.splitlines())
                    yield path, line_no, doc
                if fmt == "txt" and count == 1 and lines_in_first > 1:
                    print(f"build_shards: notice: {path}: {lines_in_first} lines without a blank line between them "
                          "were read as ONE document; if each line is a document, separate them with blank lines or "
                          "use .jsonl", file=sys.stderr)
            self._raw = None
            self._done_bytes += path.stat().st_size


def iter_documents(paths: Sequence[str | Path]) -> Iterator[str]:
    """Raw document texts of the inputs, in order (before `prepare_text`)."""
    for _, _, text in _InputReader([Path(p) for p in paths]):
        yield text


# ----------------------------------------------------------------------------------------------------------------------
# Tokenization (runs in worker processes)
# ----------------------------------------------------------------------------------------------------------------------

BATCH_TEXT_CHARS = 1 << 20  # ~1 MB of text per task: large enough to amortize IPC, small enough to balance cores
BATCH_MAX_DOCS = 1024

_worker_sp: spm.SentencePieceProcessor | None = None


def _init_worker(model_path: str) -> None:
    global _worker_sp
    _worker_sp = spm.SentencePieceProcessor(model_file=model_path)


def encode_batch(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Encode prepared texts: (concatenated `[BOS] + ids` of every document as int32, tokens per doc, bytes per doc)."""
    sp = _worker_sp
    assert sp is not None, "call _init_worker first"
    encoded = sp.encode(texts, out_type=int, num_threads=1)  # one thread: the process pool owns the parallelism
    doc_tokens = np.fromiter((len(ids) + 1 for ids in encoded), dtype=np.int64, count=len(encoded))
    tokens = np.empty(int(doc_tokens.sum()), dtype=np.int32)
    pos = 0
    bos = sp.bos_id()
    for ids in encoded:
        tokens[pos] = bos
        tokens[pos + 1 : pos + 1 + len(ids)] = ids
        pos += len(ids) + 1
    doc_bytes = np.fromiter((len(t.encode("utf-8")) for t in texts), dtype=np.int64, count=len(texts))
    return tokens, doc_tokens, doc_bytes


@dataclass
class _Batch:
    path: Path
    lines: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    empties_before: list[int] = field(default_factory=list)  # empty documents skipped just before each text
    empties_after: int = 0  # empty documents at the very end of the input (last batch only)


def _batches(reader: _InputReader) -> Iterator[_Batch]:
    """Prepared, non-empty documents grouped into batches that never span two input files."""
    batch: _Batch | None = None
    chars = empties = 0
    for path, line_no, raw in reader:
        text = prepare_text(raw)
        if not text:
            empties += 1
            continue
        full = batch is not None and (chars >= BATCH_TEXT_CHARS or len(batch.texts) >= BATCH_MAX_DOCS)
        if batch is not None and (full or batch.path != path):
            yield batch
            batch = None
        if batch is None:
            batch, chars = _Batch(path), 0
        batch.lines.append(line_no)
        batch.texts.append(text)
        batch.empties_before.append(empties)
        chars += len(text)
        empties = 0
    if batch is None and empties:
        batch = _Batch(reader.paths[-1])
    if batch is not None:
        batch.empties_after = empties
        yield batch


def _encoded_batches(batches: Iterator[_Batch], model_path: str, workers: int) -> Iterator[tuple[_Batch, tuple]]:
    """Ordered map of encode_batch over batches. At most 4 tasks per worker are in flight, so memory stays bounded
    however large the input (an eager map would read the whole input ahead).

    The workers are spawned, not forked: a caller that holds threads (torch's, a test runner's) can fork a child that
    inherits a lock another thread held, and that child never answers. And the pool is a ProcessPoolExecutor, not
    multiprocessing.Pool: a worker that dies raises BrokenProcessPool instead of leaving its result to wait forever,
    and leaving early cancels the queued batches and lets the running ones finish instead of Pool.terminate killing
    workers mid-message. (The test suite once hung for the whole CI limit in a build that stopped at a bad line with
    a forked Pool of 2.)"""
    if workers <= 1:
        _init_worker(model_path)
        for batch in batches:
            yield batch, encode_batch(batch.texts)
        return
    spawn = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=spawn, initializer=_init_worker, initargs=(model_path,))
    try:
        pending: collections.deque = collections.deque()
        for batch in batches:
            pending.append((batch, pool.submit(encode_batch, batch.texts)))
            if len(pending) >= 4 * workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
    except BrokenProcessPool as e:
        raise BuildError(f"a tokenizer worker process died ({e}); run with --workers 1 to see the error in this "
                         "process") from None
    finally:  # also on an early exit (a cap was reached, a bad line): nothing is left running
        pool.shutdown(wait=True, cancel_futures=True)


# ----------------------------------------------------------------------------------------------------------------------
# Shard writing
# ----------------------------------------------------------------------------------------------------------------------


@dataclass
class _SplitWriter:
    """Streams one split's tokens into `.tmp` shards of `shard_tokens`; `commit` renames them into place."""

    out_dir: Path
    split: str
    shard_tokens: int
    shard_sizes: list[int] = field(default_factory=list)
    _file: io.BufferedWriter | None = None

    def tmp_path(self, index: int) -> Path:
        return self.out_dir / (shard_name(self.split, index) + ".tmp")

    def write(self, tokens: np.ndarray) -> None:
        tokens = tokens.astype(TOKEN_DTYPE, copy=False)
        pos = 0
        while pos < len(tokens):
            if self._file is None or self.shard_sizes[-1] == self.shard_tokens:
                self._finish_shard()
                self._file = open(self.tmp_path(len(self.shard_sizes)), "wb")
                self._file.write(shard_header(0))  # rewritten with the real count when the shard is finished
                self.shard_sizes.append(0)
            take = min(self.shard_tokens - self.shard_sizes[-1], len(tokens) - pos)
            self._file.write(tokens[pos : pos + take].tobytes())
            self.shard_sizes[-1] += take
            pos += take

    def _finish_shard(self) -> None:
        if self._file is not None:
            self._file.seek(0)
            self._file.write(shard_header(self.shard_sizes[-1]))
            self._file.close()
            self._file = None

    def finish(self) -> list[dict]:
        """Close the last shard and describe every shard (final file name, tokens, sha256 of the file)."""
        self._finish_shard()
        return [
            {"file": shard_name(self.split, i), "tokens": n, "sha256": sha256_file(self.tmp_path(i))}
            for i, n in enumerate(self.shard_sizes)
        ]

    def commit(self) -> None:
        """Rename the new shards into place and delete this split's old shards that the new set does not replace."""
        keep = {shard_name(self.split, i) for i in range(len(self.shard_sizes))}
        for old in self.out_dir.glob(f"fineweb_{self.split}_*.bin"):
            if old.name not in keep:
                old.unlink()
        for i in range(len(self.shard_sizes)):
            os.replace(self.tmp_path(i), self.out_dir / shard_name(self.split, i))

    def abort(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        for i in range(len(self.shard_sizes)):
            self.tmp_path(i).unlink(missing_ok=True)


# ----------------------------------------------------------------------------------------------------------------------
# Progress
# ----------------------------------------------------------------------------------------------------------------------


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class _Progress:
    """One status line on stderr: rewritten in place on a terminal, one line every 10 s in a log file."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.tty = sys.stderr.isatty()
        self.start = self.last = time.perf_counter()

    def update(self, stats: dict, fraction: float, final: bool = False) -> None:
        now = time.perf_counter()
        if not self.enabled or (not final and now - self.last < (0.5 if self.tty else 10.0)):
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        docs = sum(s.documents for s in stats.values())
        tokens = sum(s.tokens for s in stats.values())
        line = f"{docs:,} docs  {tokens:,} tokens  {docs / elapsed:,.0f} docs/s  {tokens / elapsed / 1e6:.2f} M tok/s"
        if final:
            line += f"  done in {_duration(elapsed)}"
        elif fraction > 0:
            line += f"  {100 * fraction:.1f}%  ETA {_duration(elapsed * (1 - fraction) / fraction)}"
        print(("\r\033[K" if self.tty else "") + line, end="\n" if final or not self.tty else "", file=sys.stderr,
              flush=True)


# ----------------------------------------------------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------------------------------------------------


def _display_path(path: Path) -> str:
    """Repo-relative when inside the repo, so the manifest does not depend on where the repo is checked out."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return resolved.as_posix()


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _load_tokenizer(path: Path) -> dict:
    if not path.is_file():
        raise BuildError(f"{path}: tokenizer model not found")
    try:
        sp = spm.SentencePieceProcessor(model_file=str(path))
    except (OSError, RuntimeError) as e:
        raise BuildError(f"{path}: not a SentencePiece model ({e})") from None
    if sp.vocab_size() > 1 << 16:
        raise BuildError(f"{path}: vocab size {sp.vocab_size()} does not fit uint16 token ids")
    if sp.bos_id() < 0:
        raise BuildError(f"{path}: the model has no BOS piece; documents must start with BOS")
    return {"path": _display_path(path), "sha256": sha256_file(path), "vocab_size": sp.vocab_size(),
            "bos_id": sp.bos_id()}


def _kept_splits(manifest_path: Path, splits_written: Sequence[str], tokenizer_sha256: str) -> dict:
    """Entries of an existing manifest for the splits this run does not rewrite (same tokenizer required)."""
    if set(splits_written) == set(SPLITS) or not manifest_path.is_file():
        return {}
    try:
        old = json.loads(manifest_path.read_text(encoding="utf-8"))
        old_sha = old["tokenizer"]["sha256"]
        old_splits = dict(old.get("splits", {}))
    except (ValueError, KeyError, TypeError) as e:
        raise BuildError(f"{manifest_path}: unreadable manifest ({e}); delete it or use an empty --out") from None
    if old_sha != tokenizer_sha256:
        raise BuildError(
            f"{manifest_path}: the shards there were made with another tokenizer (sha256 {old_sha[:12]}...); "
            "use an empty --out directory or rebuild both splits"
        )
    return {name: entry for name, entry in old_splits.items() if name not in splits_written}


@dataclass
class _SplitStats:
    documents: int = 0
    tokens: int = 0
    text_bytes: int = 0
    last_document_truncated: bool = False


@dataclass
class _Router:
    """Sends each encoded document to its split, applying the document and token caps."""

    split: str
    val_docs: int
    max_docs: int | None
    max_train_tokens: int | None
    writers: dict[str, _SplitWriter]
    stats: dict[str, _SplitStats]
    docs_seen: int = 0
    empty_docs_skipped: int = 0
    done: bool = False

    def add(self, batch: _Batch, tokens: np.ndarray, doc_tokens: np.ndarray, doc_bytes: np.ndarray) -> None:
        n = len(doc_tokens)
        if self.max_docs is not None and self.docs_seen + n >= self.max_docs:
            n, self.done = self.max_docs - self.docs_seen, True
        offsets = np.concatenate(([0], np.cumsum(doc_tokens[:n])))
        n_val = {"both": min(max(self.val_docs - self.docs_seen, 0), n), "val": n, "train": 0}[self.split]
        consumed = n
        for name, lo, hi in (("val", 0, n_val), ("train", n_val, n)):
            if hi <= lo:
                continue
            stat = self.stats[name]
            start, end = int(offsets[lo]), int(offsets[hi])
            cap = self.max_train_tokens if name == "train" else None
            if cap is not None and stat.tokens + end - start >= cap:
                end = start + cap - stat.tokens
                hi = lo + int(np.searchsorted(offsets[lo:hi], end, side="left"))  # documents with >= 1 token left
                stat.last_document_truncated = end < int(offsets[hi])
                consumed, self.done = hi, True
            self.writers[name].write(tokens[start:end])
            stat.documents += hi - lo
            stat.tokens += end - start
            stat.text_bytes += int(doc_bytes[lo:hi].sum())
        self.docs_seen += consumed
        self.empty_docs_skipped += sum(batch.empties_before[:consumed]) + (0 if self.done else batch.empties_after)


def build(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    *,
    tokenizer: str | Path = DEFAULT_TOKENIZER,
    split: str = "both",
    val_docs: int = DEFAULT_VAL_DOCS,
    shard_tokens: int = DEFAULT_SHARD_TOKENS,
    max_train_tokens: int | None = None,
    max_docs: int | None = None,
    workers: int | None = None,
    progress: bool = False,
) -> dict:
    """Tokenize `inputs` into shards in `out_dir`, write its manifest.json and return the manifest.

    split="both": the first `val_docs` documents go to val, the rest to train. split="val" / "train": every
    document goes to that split, and the other split's entry of an existing manifest.json is kept.
    `max_docs` caps the (non-empty) documents read; `max_train_tokens` cuts the train stream after exactly that
    many tokens (the last document is cut, as official shard boundaries cut documents).
    Nothing in `out_dir` changes unless the whole build succeeds. Raises BuildError for bad inputs.
    """
    if split not in ("both", *SPLITS):
        raise ValueError(f"split must be both, val or train, got {split!r}")
    val_docs, shard_tokens = int(val_docs), int(shard_tokens)  # also accepts numpy integers; the manifest is JSON
    max_train_tokens = None if max_train_tokens is None else int(max_train_tokens)
    max_docs = None if max_docs is None else int(max_docs)
    for name, value, low in (("val_docs", val_docs, 0), ("shard_tokens", shard_tokens, 1),
                             ("max_train_tokens", max_train_tokens, 0), ("max_docs", max_docs, 0)):
        if value is not None and value < low:
            raise ValueError(f"{name} must be >= {low}, got {value}")
    if shard_tokens > MAX_SHARD_TOKENS:
        raise ValueError(f"shard_tokens must be <= {MAX_SHARD_TOKENS} (int32 header field), got {shard_tokens}")
    paths = [Path(p) for p in inputs]
    if not paths:
        raise BuildError("no input files given")
    for path in paths:
        if not path.is_file():
            raise BuildError(f"{path}: input file not found")
        _input_kind(path)
    tokenizer = Path(tokenizer)
    tokenizer_entry = _load_tokenizer(tokenizer)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = out_dir / MANIFEST_NAME
    splits_written = SPLITS if split == "both" else (split,)
    kept_splits = _kept_splits(manifest_path, splits_written, tokenizer_entry["sha256"])
    for name in splits_written:  # leftovers of a killed run
        for stale in out_dir.glob(f"fineweb_{name}_*.bin.tmp"):
            stale.unlink()

    writers = {name: _SplitWriter(out_dir, name, shard_tokens) for name in splits_written}
    router = _Router(split, val_docs, max_docs, max_train_tokens, writers,
                     {name: _SplitStats() for name in splits_written})
    reader = _InputReader(paths)
    meter = _Progress(progress)
    vocab_size = tokenizer_entry["vocab_size"]
    encoded = _encoded_batches(_batches(reader), str(tokenizer), default_workers() if workers is None else workers)
    try:
        for batch, (tokens, doc_tokens, doc_bytes) in encoded:
            if tokens.size and (tokens.min() < 0 or tokens.max() >= vocab_size):
                first_bad = np.flatnonzero((tokens < 0) | (tokens >= vocab_size))[0]
                doc = int(np.searchsorted(np.cumsum(doc_tokens), first_bad, side="right"))
                raise BuildError(f"{batch.path}:{batch.lines[doc]}: token id outside [0, {vocab_size})")
            router.add(batch, tokens, doc_tokens, doc_bytes)
            fractions = [reader.bytes_read / max(reader.total_bytes, 1)]
            if max_docs:
                fractions.append(router.docs_seen / max_docs)
            if max_train_tokens and "train" in router.stats:
                fractions.append(router.stats["train"].tokens / max_train_tokens)
            meter.update(router.stats, min(max(fractions), 1.0))
            if router.done:
                break
        encoded.close()  # stops the worker pool now rather than at garbage collection
        for name, stat in router.stats.items():  # an empty split would replace good shards with none
            wanted = split != "both" or (val_docs > 0 if name == "val" else max_train_tokens != 0)
            if wanted and stat.documents == 0:
                cause = (f"--val-docs {val_docs} takes all {router.docs_seen}" if split == "both" and name == "train"
                         and router.docs_seen else f"the inputs hold {router.docs_seen}")
                fix = "give more input" + (" or a smaller --val-docs" if split == "both" else "")
                raise BuildError(f"the {name} split would be empty ({cause} non-empty documents); nothing in "
                                 f"{out_dir} was changed: {fix}")
        shards = {name: writer.finish() for name, writer in writers.items()}
        manifest = _manifest(tokenizer_entry, kept_splits, router, shards, paths, {
            "split": split, "val_docs": val_docs if split == "both" else None, "max_docs": max_docs,
            "max_train_tokens": max_train_tokens, "shard_tokens": shard_tokens})
        for writer in writers.values():
            writer.commit()
        tmp = manifest_path.with_name(MANIFEST_NAME + ".tmp")
        tmp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, manifest_path)
    except BaseException:
        encoded.close()
        for writer in writers.values():
            writer.abort()
        raise
    meter.update(router.stats, 1.0, final=True)
    return manifest


def _manifest(tokenizer_entry: dict, kept_splits: dict, router: _Router, shards: dict, paths: list[Path],
              options: dict) -> dict:
    """Deterministic (no timestamps): the same inputs and options give the same bytes."""
    new_splits = {
        name: {
            "inputs": [{"path": _display_path(p), "bytes": p.stat().st_size} for p in paths],
            "build": {**options, "empty_documents_skipped": router.empty_docs_skipped},
            "documents": stat.documents,
            "tokens": stat.tokens,
            "text_bytes": stat.text_bytes,
            "last_document_truncated": stat.last_document_truncated,
            "shards": shards[name],
        }
        for name, stat in router.stats.items()
    }
    merged = {**kept_splits, **new_splits}
    return {
        "format": {"magic": SHARD_MAGIC, "version": SHARD_VERSION, "header_int32": HEADER_INT32,
                   "token_dtype": "uint16 little-endian", "document": "[BOS] + sp.encode(text), no EOS",
                   "text_prep": "NUL -> space, strip, skip empty documents"},
        "tokenizer": tokenizer_entry,
        "splits": {name: merged[name] for name in SPLITS if name in merged},
    }


# ----------------------------------------------------------------------------------------------------------------------
# Command line
# ----------------------------------------------------------------------------------------------------------------------


def _non_negative(text: str) -> int:
    value = int(text.replace("_", ""))
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {value}")
    return value


def _positive(text: str) -> int:
    value = _non_negative(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be > 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build_shards.py",
        description="Tokenize text into challenge-format .bin token shards plus a manifest.json.",
        epilog=(
            "Input formats: .jsonl (one JSON object per line with a string \"text\" field) and .txt (documents "
            "separated by one or more blank lines), each optionally compressed as .gz or .xz. Documents are read "
            "in the order the files are given. Exit codes: 0 done, 1 bad input or output state, 2 bad command line."
        ),
    )
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="input files, in order")
    parser.add_argument("--out", type=Path, required=True, help="output directory for shards and manifest.json")
    parser.add_argument("--tokenizer", type=Path, default=DEFAULT_TOKENIZER,
                        help="SentencePiece .model (default: data/tokenizers/fineweb_1024_bpe.model)")
    parser.add_argument("--split", choices=("both", *SPLITS), default="both",
                        help="both: first --val-docs documents to val, the rest to train (default). val/train: all "
                             "documents to that split; an existing manifest.json keeps the other split")
    parser.add_argument("--val-docs", type=_non_negative, default=None,
                        help=f"documents for validation with --split both (default {DEFAULT_VAL_DOCS:,}, official)")
    parser.add_argument("--shard-tokens", type=_positive, default=DEFAULT_SHARD_TOKENS,
                        help=f"tokens per shard, the last one fewer (default {DEFAULT_SHARD_TOKENS:,}, official)")
    parser.add_argument("--max-train-tokens", type=_non_negative, default=None,
                        help="stop the train split after exactly this many tokens (the last document is cut)")
    parser.add_argument("--max-docs", type=_non_negative, default=None,
                        help="read at most this many (non-empty) documents")
    parser.add_argument("--workers", type=_positive, default=None,
                        help="tokenizer processes (default: all CPU cores); output does not depend on it")
    parser.add_argument("--quiet", action="store_true", help="no progress line on stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.split != "both" and args.val_docs is not None:
        parser.error("--val-docs only applies to --split both")
    if args.split == "val" and args.max_train_tokens is not None:
        parser.error("--max-train-tokens does not apply to --split val")
    if args.shard_tokens > MAX_SHARD_TOKENS:
        parser.error(f"--shard-tokens must be <= {MAX_SHARD_TOKENS}")
    try:
        manifest = build(
            args.inputs, args.out, tokenizer=args.tokenizer, split=args.split,
            val_docs=DEFAULT_VAL_DOCS if args.val_docs is None else args.val_docs,
            shard_tokens=args.shard_tokens, max_train_tokens=args.max_train_tokens, max_docs=args.max_docs,
            workers=args.workers, progress=not args.quiet,
        )
    except (BuildError, OSError) as e:
        print(f"build_shards: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("build_shards: interrupted; no shards written", file=sys.stderr)
        return 130
    for name, entry in manifest["splits"].items():
        print(f"{name}: {entry['documents']:,} docs, {entry['tokens']:,} tokens, {entry['text_bytes']:,} text bytes, "
              f"{len(entry['shards'])} shard(s)")
    print(f"wrote {args.out / MANIFEST_NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
