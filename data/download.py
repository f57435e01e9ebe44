#!/usr/bin/env python3
"""Download the official challenge shards and tokenizer from Hugging Face (on a machine with internet).

    python data/download.py                       # sp8192: all val shards + the first 80 train shards
    python data/download.py --train-shards 1      # a quick start: val + 1 train shard
    python data/download.py --variant sp1024      # the challenge's original 1024-piece data (or sp4096)

Files land in data/datasets/fineweb10B_<variant>/ (change with --out-root); the sp1024 tokenizer goes to
data/tokenizers/, a larger vocabulary's tokenizer beside its shards (the proxy tokenizer of the same name in
data/tokenizers/ is a different model), and the shard folder gets a manifest.json with the tokenizer's sha256 so the
training script refuses any other tokenizer with these shards. Every shard's
header is checked (magic, version, token count against the file size) and the tokenizer must load in
sentencepiece; files already present that pass the check are skipped. Downloads go through the Hugging Face
cache (HF_HUB_CACHE or --cache-dir), which resumes interrupted downloads; files are then hard-linked (or copied)
into place. Without network access: build shards from your own text with data/build_shards.py.

Exit codes: 0 done, 1 a file failed verification or the Hub refused, 2 bad command line, 3 no network access.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

try:  # the shard format lives in build_shards.py beside this file (data/ is on sys.path when run as a script)
    from build_shards import HEADER_BYTES, TOKEN_DTYPE, read_shard_header
except ImportError:  # imported as data.download from the repo root
    from data.build_shards import HEADER_BYTES, TOKEN_DTYPE, read_shard_header

# ----------------------------------------------------------------------------------------------------------------------
# Remote layout: the one place to fix if the Hub repo changes. Paths are inside the *dataset* repo HF_REPO_ID and
# follow the challenge's data/cached_challenge_fineweb.py (remote root "datasets/", manifest-driven shard counts).
# ----------------------------------------------------------------------------------------------------------------------

HF_REPO_ID = "willdepueoai/parameter-golf"
# The larger vocabularies of the later records (#1218 SP4096, #1394 SP8192) were published by clarkkev in the same
# layout, with their own tokenizers; no checksum of those was published, so the manifest records the one downloaded.
VARIANT_REPO_IDS = {"sp1024": HF_REPO_ID, "sp4096": "kevclark/parameter-golf", "sp8192": "kevclark/parameter-golf"}
REMOTE = {
    "manifest": "datasets/manifest.json",  # lists every dataset with stats.files_val / stats.files_train
    "shard": "datasets/datasets/fineweb10B_{variant}/fineweb_{split}_{index:06d}.bin",
    "tokenizer": "datasets/tokenizers/fineweb_{vocab}_bpe.model",
}
LOCAL = {  # relative to --out-root
    "manifest": "datasets/manifest.json",
    "shard": "datasets/fineweb10B_{variant}/fineweb_{split}_{index:06d}.bin",
    "tokenizer": "tokenizers/fineweb_{vocab}_bpe.model",  # sp1024 (the challenge's tokenizer, also shipped here)
    "variant_tokenizer": "datasets/fineweb10B_{variant}/fineweb_{vocab}_bpe.model",  # larger vocabularies
    "shard_manifest": "datasets/fineweb10B_{variant}/manifest.json",
}
VARIANTS = {"sp1024": 1024, "sp4096": 4096, "sp8192": 8192}
DEFAULT_TRAIN_SHARDS = 80  # the challenge's default: 8B training tokens
DEFAULT_OUT_ROOT = Path(__file__).resolve().parent  # data/

OFFLINE_FIX = "build shards from your own text with data/build_shards.py"
NO_NETWORK_HINT = f"no network access to huggingface.co; {OFFLINE_FIX}"

# fetch(repo_id, remote_path) -> a local file holding that remote file (it may live inside the HF cache)
Fetch = Callable[[str, str], Path]


class DownloadError(Exception):
    """A file could not be fetched or failed verification. `exit_code` says which (see the module docstring)."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def hf_fetch(repo_id: str, remote_path: str, cache_dir: str | Path | None = None) -> Path:
    """The real fetch: `hf_hub_download` into the Hugging Face cache (it resumes partial downloads itself)."""
    from huggingface_hub import hf_hub_download
    from huggingface_hub.errors import (
        EntryNotFoundError,
        HfHubHTTPError,
        LocalEntryNotFoundError,
        RepositoryNotFoundError,
    )

    try:
        return Path(hf_hub_download(repo_id=repo_id, filename=remote_path, repo_type="dataset", cache_dir=cache_dir))
    except LocalEntryNotFoundError:  # no connection (or HF_HUB_OFFLINE=1) and not in the local cache
        raise DownloadError(f"{remote_path}: {NO_NETWORK_HINT}", exit_code=3) from None
    except RepositoryNotFoundError:
        raise DownloadError(f"dataset repo {repo_id} not found on huggingface.co (check --repo-id)") from None
    except EntryNotFoundError:
        raise DownloadError(
            f"{remote_path} is not in dataset repo {repo_id}; if the repo layout changed, fix the REMOTE table at "
            "the top of data/download.py"
        ) from None
    except HfHubHTTPError as e:
        raise DownloadError(f"{remote_path}: huggingface.co refused the download ({e})") from None


# ----------------------------------------------------------------------------------------------------------------------
# Verification
# ----------------------------------------------------------------------------------------------------------------------


def verify_shard(path: Path) -> str:
    """A one-line description of a valid shard; raises ValueError saying what is wrong otherwise."""
    num_tokens = read_shard_header(path)
    return f"{num_tokens:,} tokens ({(HEADER_BYTES + TOKEN_DTYPE.itemsize * num_tokens) / 1e6:.1f} MB)"


def verify_tokenizer(path: Path, vocab_size: int) -> str:
    import sentencepiece as spm

    try:
        sp = spm.SentencePieceProcessor(model_file=str(path))
    except (OSError, RuntimeError) as e:
        raise ValueError(f"{path}: sentencepiece cannot load it ({e})") from None
    if sp.vocab_size() != vocab_size:
        raise ValueError(f"{path}: vocab size {sp.vocab_size()}, expected {vocab_size}")
    return f"SentencePiece model, vocab {vocab_size}"


# ----------------------------------------------------------------------------------------------------------------------
# Plan and download
# ----------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    remote: str
    local: Path
    verify: Callable[[Path], str]


def _shard_item(out_root: Path, variant: str, split: str, index: int) -> Item:
    fields = {"variant": variant, "split": split, "index": index}
    return Item(REMOTE["shard"].format(**fields), out_root / LOCAL["shard"].format(**fields), verify_shard)


def _remove_cached(path: Path) -> None:
    """Delete a bad file from the HF cache (the snapshot entry and the blob it links to) so the next run refetches."""
    target = path.resolve()
    path.unlink(missing_ok=True)
    target.unlink(missing_ok=True)


def load_manifest(fetch: Fetch, repo_id: str, out_root: Path) -> dict:
    """The repo's manifest.json: the local copy when there is one (so a finished download re-checks offline). Each
    repo's copy has its own name: the sp1024 and the larger-vocabulary repos list different datasets."""
    local = out_root / LOCAL["manifest"]
    if repo_id != HF_REPO_ID:
        local = local.with_name(f"manifest--{repo_id.replace('/', '--')}.json")
    if local.is_file():
        try:
            return json.loads(local.read_text(encoding="utf-8"))
        except ValueError:
            local.unlink()  # a damaged local copy: fetch it again
    source = fetch(repo_id, REMOTE["manifest"])
    try:
        manifest = json.loads(source.read_text(encoding="utf-8"))
    except ValueError as e:
        _remove_cached(source)
        raise DownloadError(f"downloaded {REMOTE['manifest']} is not valid JSON ({e}); removed it, run again to "
                            "re-download") from None
    local.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, local)
    return manifest


def plan(manifest: dict, variant: str, train_shards: int, out_root: Path, repo_id: str) -> list[Item]:
    """Tokenizer, every val shard, then the first `train_shards` train shards (counts from the manifest)."""
    name = f"fineweb10B_{variant}"
    entry = next((d for d in manifest.get("datasets", []) if d.get("name") == name), None)
    if entry is None:
        raise DownloadError(f"dataset {name} is not listed in {REMOTE['manifest']} of {repo_id} (check --repo-id)")
    try:
        val_files, train_files = int(entry["stats"]["files_val"]), int(entry["stats"]["files_train"])
    except (KeyError, TypeError, ValueError):
        raise DownloadError(f"{REMOTE['manifest']}: {name} has no stats.files_val / stats.files_train") from None
    if train_shards > train_files:
        raise DownloadError(f"{name} has {train_files} train shards on {repo_id}; --train-shards {train_shards} is "
                            f"too many (counts from {LOCAL['manifest']} under --out-root: delete it to refetch)")
    vocab = VARIANTS[variant]
    items = [Item(REMOTE["tokenizer"].format(vocab=vocab), out_root / tokenizer_path(variant),
                  lambda path: verify_tokenizer(path, vocab))]
    items += [_shard_item(out_root, variant, "val", i) for i in range(val_files)]
    items += [_shard_item(out_root, variant, "train", i) for i in range(train_shards)]
    return items


def tokenizer_path(variant: str) -> str:
    """Where a variant's tokenizer goes, relative to --out-root."""
    key = "tokenizer" if variant == "sp1024" else "variant_tokenizer"
    return LOCAL[key].format(vocab=VARIANTS[variant], variant=variant)


def write_shard_manifest(out_root: Path, variant: str, repo_id: str) -> Path:
    """The shard folder's manifest.json, naming the tokenizer and its sha256 (the training script checks it). A
    manifest that data/build_shards.py wrote there (no "download" key) is left alone."""
    path = out_root / LOCAL["shard_manifest"].format(variant=variant)
    if path.is_file():
        try:
            if "download" not in json.loads(path.read_text(encoding="utf-8")):
                return path
        except ValueError:
            pass
    tokenizer = out_root / tokenizer_path(variant)
    manifest = {"download": {"repo_id": repo_id, "variant": variant},
                "tokenizer": {"path": tokenizer_path(variant), "vocab_size": VARIANTS[variant],
                              "sha256": hashlib.sha256(tokenizer.read_bytes()).hexdigest()}}
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def install(item: Item, fetch: Fetch, repo_id: str) -> str:
    """Fetch one file, verify it, and move it into place atomically. Returns the verification summary."""
    source = fetch(repo_id, item.remote)
    item.local.parent.mkdir(parents=True, exist_ok=True)
    tmp = item.local.with_name(item.local.name + ".tmp")
    tmp.unlink(missing_ok=True)
    try:
        try:
            os.link(source.resolve(), tmp)  # no second copy on disk when the cache is on the same filesystem
        except OSError:
            shutil.copyfile(source, tmp)
        try:
            summary = item.verify(tmp)
        except ValueError as e:
            _remove_cached(source)
            message = f"downloaded {item.remote} is corrupt: {e}; removed it, run again to re-download"
            raise DownloadError(message) from None
        os.replace(tmp, item.local)
    finally:
        tmp.unlink(missing_ok=True)
    return summary


def download(
    out_root: Path = DEFAULT_OUT_ROOT,
    variant: str = "sp8192",
    train_shards: int = DEFAULT_TRAIN_SHARDS,
    *,
    repo_id: str | None = None,
    fetch: Fetch | None = None,
    log: Callable[[str], None] = print,
) -> list[Path]:
    """Make `out_root` hold the tokenizer, all val shards and the first `train_shards` train shards, each verified.

    `fetch` defaults to `hf_fetch` (the Hugging Face cache). Returns the local paths in plan order.
    """
    if variant not in VARIANTS:
        raise DownloadError(f"unknown variant {variant!r}; expected one of {', '.join(VARIANTS)}", exit_code=2)
    if train_shards < 0:
        raise DownloadError(f"--train-shards must be >= 0, got {train_shards}", exit_code=2)
    fetch = fetch or hf_fetch
    repo_id = repo_id or VARIANT_REPO_IDS[variant]
    out_root = Path(out_root)
    log(f"reading {REMOTE['manifest']} of {repo_id} (the local copy if there is one)")
    items = plan(load_manifest(fetch, repo_id, out_root), variant, train_shards, out_root, repo_id)
    for number, item in enumerate(items, start=1):
        prefix = f"[{number}/{len(items)}] {item.local.relative_to(out_root)}:"
        if item.local.is_file():
            try:
                log(f"{prefix} present, {item.verify(item.local)}")
                continue
            except ValueError as e:
                log(f"{prefix} present but invalid ({e}); downloading again")
                item.local.unlink()
        log(f"{prefix} downloading {item.remote}")
        start = time.perf_counter()
        summary = install(item, fetch, repo_id)
        log(f"{prefix} downloaded in {time.perf_counter() - start:.1f} s, {summary}")
    log(f"tokenizer sha256 recorded in {write_shard_manifest(out_root, variant, repo_id).relative_to(out_root)}")
    return [item.local for item in items]


# ----------------------------------------------------------------------------------------------------------------------
# Command line
# ----------------------------------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="download.py",
        description=f"Download the official challenge shards and tokenizer from the Hugging Face dataset repo "
                    f"{HF_REPO_ID}, verifying every file.",
        epilog="Exit codes: 0 done, 1 a file failed verification or the Hub refused, 2 bad command line, "
               f"3 no network access. Offline? {OFFLINE_FIX}.",
    )
    parser.add_argument("--variant", choices=sorted(VARIANTS), default="sp8192",
                        help="tokenizer family (default sp8192: the training script's default)")
    parser.add_argument("--train-shards", type=int, default=DEFAULT_TRAIN_SHARDS,
                        help=f"first N train shards of 100M tokens each (default {DEFAULT_TRAIN_SHARDS}, the "
                             "challenge's default); all val shards are always fetched")
    parser.add_argument("--out-root", type=Path, default=DEFAULT_OUT_ROOT,
                        help="writes OUT_ROOT/datasets/fineweb10B_<variant>/ and OUT_ROOT/tokenizers/ "
                             "(default: this data/ directory)")
    parser.add_argument("--repo-id", default=None, help="Hugging Face dataset repo (default: "
                        + ", ".join(f"{v} from {r}" for v, r in VARIANT_REPO_IDS.items()) + ")")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="Hugging Face cache (default: HF_HUB_CACHE or ~/.cache/huggingface/hub); on the same "
                             "filesystem as --out-root, files are hard-linked instead of copied")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.train_shards < 0:
        parser.error("--train-shards must be >= 0")

    def fetch(repo_id: str, remote_path: str) -> Path:
        return hf_fetch(repo_id, remote_path, cache_dir=args.cache_dir)

    try:
        paths = download(args.out_root, args.variant, args.train_shards, repo_id=args.repo_id, fetch=fetch)
    except DownloadError as e:
        print(f"download: error: {e}", file=sys.stderr)
        return e.exit_code
    print(f"done: {len(paths)} files verified under {args.out_root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
