"""Tests for data/download.py, run against the real `hf_hub_download` in offline mode.

No network here, so each test builds a local stand-in of the Hub: a Hugging Face cache directory in the exact layout
huggingface_hub writes (refs/main -> commit, snapshots/<commit>/<path> symlinked to blobs/<sha256>), holding a small
copy of the dataset repo. With HF_HUB_OFFLINE on, hf_hub_download serves files from that cache and raises as it would
without a connection for anything missing.
"""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "data"))
import build_shards as bs  # noqa: E402
import download as dl  # noqa: E402

hf_constants = pytest.importorskip("huggingface_hub.constants")
COMMIT = "0123456789abcdef0123456789abcdef01234567"
TOKENIZER_BYTES = (REPO / "data" / "tokenizers" / "fineweb_1024_bpe.model").read_bytes()


def shard_bytes(tokens) -> bytes:
    return bs.shard_header(len(tokens)) + np.asarray(tokens, dtype="<u2").tobytes()


def remote_files(train_shards=3, val_shards=1) -> dict[str, bytes]:
    """The dataset repo's files (paths from download.REMOTE), with tiny shards of distinct content."""
    manifest = {"datasets": [{"name": "fineweb10B_sp1024", "tokenizer_name": "sp_bpe_1024",
                              "stats": {"files_val": val_shards, "files_train": train_shards}}]}
    files = {dl.REMOTE["manifest"]: json.dumps(manifest).encode(),
             dl.REMOTE["tokenizer"].format(vocab=1024): TOKENIZER_BYTES}
    for split, count in (("val", val_shards), ("train", train_shards)):
        for i in range(count):
            path = dl.REMOTE["shard"].format(variant="sp1024", split=split, index=i)
            files[path] = shard_bytes(np.arange(100 + i) % 1024)
    return files


def make_hf_cache(cache: Path, files: dict[str, bytes], repo_id: str = dl.HF_REPO_ID) -> Path:
    storage = cache / f"datasets--{repo_id.replace('/', '--')}"
    (storage / "refs").mkdir(parents=True, exist_ok=True)
    (storage / "refs" / "main").write_text(COMMIT)
    for path, data in files.items():
        blob = storage / "blobs" / hashlib.sha256(data).hexdigest()
        blob.parent.mkdir(parents=True, exist_ok=True)
        blob.write_bytes(data)
        pointer = storage / "snapshots" / COMMIT / path
        pointer.parent.mkdir(parents=True, exist_ok=True)
        pointer.symlink_to(os.path.relpath(blob, pointer.parent))
    return storage


@pytest.fixture
def offline(monkeypatch):
    monkeypatch.setattr(hf_constants, "HF_HUB_OFFLINE", True)


def run(out_root: Path, cache: Path, train_shards: int, logs: list | None = None) -> list[Path]:
    def fetch(repo_id, remote_path):
        return dl.hf_fetch(repo_id, remote_path, cache_dir=cache)

    return dl.download(out_root, "sp1024", train_shards, fetch=fetch, log=(logs.append if logs is not None else print))


def test_downloads_verified_files_into_the_local_layout(tmp_path, offline):
    files = remote_files(train_shards=3)
    make_hf_cache(tmp_path / "cache", files)
    out = tmp_path / "data"
    paths = run(out, tmp_path / "cache", train_shards=2)
    shard_dir = out / "datasets" / "fineweb10B_sp1024"
    assert paths == [out / "tokenizers" / "fineweb_1024_bpe.model", shard_dir / "fineweb_val_000000.bin",
                     shard_dir / "fineweb_train_000000.bin", shard_dir / "fineweb_train_000001.bin"]
    assert sorted(p.name for p in shard_dir.glob("*.bin")) == [
        "fineweb_train_000000.bin", "fineweb_train_000001.bin", "fineweb_val_000000.bin"]  # exactly N train shards
    assert json.loads((shard_dir / "manifest.json").read_text())["tokenizer"]["sha256"] == hashlib.sha256(
        TOKENIZER_BYTES).hexdigest()
    for path in paths[1:]:
        remote = dl.REMOTE["shard"].format(variant="sp1024", split=path.name.split("_")[1],
                                           index=int(path.stem[-6:]))
        assert path.read_bytes() == files[remote]
        assert not path.is_symlink()  # a real file, not a link into the cache
    assert paths[0].read_bytes() == TOKENIZER_BYTES
    assert json.loads((out / "datasets" / "manifest.json").read_text())["datasets"][0]["stats"]["files_train"] == 3
    assert not list(out.rglob("*.tmp"))


def test_train_shards_zero_fetches_val_and_tokenizer_only(tmp_path, offline):
    make_hf_cache(tmp_path / "cache", remote_files(train_shards=3, val_shards=2))
    paths = run(tmp_path / "data", tmp_path / "cache", train_shards=0)
    assert [p.name for p in paths] == ["fineweb_1024_bpe.model", "fineweb_val_000000.bin", "fineweb_val_000001.bin"]


def test_files_already_present_are_verified_and_skipped(tmp_path, offline):
    make_hf_cache(tmp_path / "cache", remote_files())
    out = tmp_path / "data"
    run(out, tmp_path / "cache", train_shards=2)
    # With the cache gone, any fetch would fail: success proves nothing was downloaded again.
    logs: list[str] = []
    run(out, tmp_path / "missing-cache", train_shards=2, logs=logs)
    assert sum("present, " in line for line in logs) == 4
    assert not any("downloading" in line for line in logs)


def test_damaged_local_file_is_downloaded_again(tmp_path, offline):
    files = remote_files()
    make_hf_cache(tmp_path / "cache", files)
    out = tmp_path / "data"
    run(out, tmp_path / "cache", train_shards=1)
    local = out / "datasets" / "fineweb10B_sp1024" / "fineweb_val_000000.bin"
    local.unlink()  # break the hard link before damaging, as a crash during copy would
    local.write_bytes(files[dl.REMOTE["shard"].format(variant="sp1024", split="val", index=0)][:-10])
    logs: list[str] = []
    run(out, tmp_path / "cache", train_shards=1, logs=logs)
    assert any("present but invalid" in line and "truncated" in line for line in logs)
    assert bs.read_shard_header(local) == 100


@pytest.mark.parametrize("damage", ["truncate", "bad_magic", "garbage_tokenizer"])
def test_corrupt_download_is_reported_and_not_installed(tmp_path, offline, damage):
    files = remote_files()
    val = dl.REMOTE["shard"].format(variant="sp1024", split="val", index=0)
    if damage == "truncate":
        files[val] = files[val][:-7]
        target, message = "datasets/fineweb10B_sp1024/fineweb_val_000000.bin", "truncated or corrupt"
    elif damage == "bad_magic":
        files[val] = b"\0\0\0\0" + files[val][4:]
        target, message = "datasets/fineweb10B_sp1024/fineweb_val_000000.bin", "bad magic"
    else:
        files[dl.REMOTE["tokenizer"].format(vocab=1024)] = b"not a sentencepiece model"
        target, message = "tokenizers/fineweb_1024_bpe.model", "sentencepiece cannot load"
    storage = make_hf_cache(tmp_path / "cache", files)
    out = tmp_path / "data"
    with pytest.raises(dl.DownloadError, match=message) as error:
        run(out, tmp_path / "cache", train_shards=1)
    assert error.value.exit_code == 1
    assert "run again" in str(error.value)
    assert not (out / target).exists()
    assert not list(out.rglob("*.tmp"))
    remote = dl.REMOTE["tokenizer"].format(vocab=1024) if damage == "garbage_tokenizer" else val
    assert not (storage / "snapshots" / COMMIT / remote).exists()  # dropped from the cache, so a rerun refetches


def test_offline_without_cached_file_names_the_fix(tmp_path, offline):
    files = remote_files()
    del files[dl.REMOTE["shard"].format(variant="sp1024", split="train", index=1)]
    make_hf_cache(tmp_path / "cache", files)
    with pytest.raises(dl.DownloadError) as error:
        run(tmp_path / "data", tmp_path / "cache", train_shards=2)
    assert error.value.exit_code == 3
    assert "no network access to huggingface.co" in str(error.value)
    assert "data/build_shards.py" in str(error.value)
    # everything before the missing file was installed and verified
    assert bs.read_shard_header(tmp_path / "data" / "datasets" / "fineweb10B_sp1024" / "fineweb_train_000000.bin")


def test_too_many_train_shards_is_refused(tmp_path, offline):
    make_hf_cache(tmp_path / "cache", remote_files(train_shards=3))
    with pytest.raises(dl.DownloadError, match="has 3 train shards"):
        run(tmp_path / "data", tmp_path / "cache", train_shards=4)


def test_cli_end_to_end_offline(tmp_path):
    make_hf_cache(tmp_path / "cache", remote_files())
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HUB_CACHE": str(tmp_path / "cache")}
    command = [sys.executable, str(REPO / "data" / "download.py"), "--variant", "sp1024", "--out-root",
               str(tmp_path / "data")]
    done = subprocess.run([*command, "--train-shards", "2"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "[4/4] datasets/fineweb10B_sp1024/fineweb_train_000001.bin: downloaded" in done.stdout
    missing = subprocess.run([*command, "--train-shards", "3"], env={**env, "HF_HUB_CACHE": str(tmp_path / "none")},
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode == 3
    assert "no network access to huggingface.co; build shards from your own text with data/build_shards.py" \
        in missing.stderr
    usage = subprocess.run([*command, "--train-shards", "-1"], env=env, capture_output=True, text=True, timeout=60)
    assert usage.returncode == 2


def test_larger_vocabulary_comes_from_its_repo_with_its_tokenizer_beside_the_shards(tmp_path, offline):
    """sp8192 is fetched from the larger-vocabulary repo; its tokenizer lands beside its shards (data/tokenizers/ holds
    the proxy model of the same name, a different one) and the shard manifest records the tokenizer's sha256."""
    import train_gpt_human as T

    tokenizer = (REPO / "data" / "tokenizers" / "fineweb_8192_bpe.model").read_bytes()
    manifest = {"datasets": [{"name": "fineweb10B_sp8192", "stats": {"files_val": 1, "files_train": 1}}]}
    files = {dl.REMOTE["manifest"]: json.dumps(manifest).encode(), dl.REMOTE["tokenizer"].format(vocab=8192): tokenizer}
    for split in ("val", "train"):
        files[dl.REMOTE["shard"].format(variant="sp8192", split=split, index=0)] = shard_bytes(np.arange(500) % 8192)
    make_hf_cache(tmp_path / "cache", files, repo_id=dl.VARIANT_REPO_IDS["sp8192"])
    make_hf_cache(tmp_path / "cache", remote_files())  # the sp1024 repo: its manifest must not be used for sp8192
    out = tmp_path / "data"
    run(out, tmp_path / "cache", train_shards=1)  # sp1024 first: its repo's manifest is cached locally
    paths = dl.download(out, "sp8192", 1, fetch=lambda r, p: dl.hf_fetch(r, p, cache_dir=tmp_path / "cache"),
                        log=lambda m: None)
    shard_dir = out / "datasets" / "fineweb10B_sp8192"
    assert paths[0] == shard_dir / "fineweb_8192_bpe.model" and paths[0].read_bytes() == tokenizer
    recorded = json.loads((shard_dir / "manifest.json").read_text())["tokenizer"]
    assert recorded["sha256"] == hashlib.sha256(tokenizer).hexdigest() and recorded["vocab_size"] == 8192
    # the training script accepts that tokenizer with these shards and refuses the 1024 one
    cfg = T.Config.from_env({"DATA_PATH": str(shard_dir), "VOCAB_SIZE": "8192", "TOKENIZER_PATH": str(paths[0])})
    assert T.load_tokenizer(cfg).vocab_size() == 8192
    wrong = T.Config.from_env({"DATA_PATH": str(shard_dir), "VOCAB_SIZE": "1024",
                               "TOKENIZER_PATH": str(REPO / "data/tokenizers/fineweb_1024_bpe.model")})
    with pytest.raises(T.DataError, match="sha256"):
        T.load_tokenizer(wrong)
