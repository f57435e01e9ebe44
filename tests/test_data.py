import json

import numpy as np
import pytest
import torch
from helpers import run_script, tokenizer

import train_gpt_human as T

TEXTS = [
    "The quick brown fox jumps over the lazy dog.",
    "Prices rose 3.5% in 1987, the Reuters report said; analysts expected 4,000 units.",
    "Naïve café owners in Zürich sell crème brûlée for €7 — a bargain!",
    "日本語のテキストと emoji 🙂 mixed with English words.",
    "A line with \"quotes\" and a backslash \\ at the end",
]


def write_shard(path, tokens, magic=T.SHARD_MAGIC, count=None):
    header = np.zeros(256, dtype="<i4")
    header[:3] = (magic, 1, len(tokens) if count is None else count)
    path.write_bytes(header.tobytes() + np.asarray(tokens, dtype="<u2").tobytes())


@pytest.mark.parametrize("vocab", [1024, 4096, 8192])
def test_byte_tables_match_utf8_length_on_real_text(vocab):
    sp = tokenizer(vocab)
    tables = T.build_byte_tables(sp, vocab)
    stream, expected = [], 0
    for text in TEXTS:
        ids = [sp.bos_id()] + sp.encode(text)
        # bytes the tokenizer keeps (NFKC may rewrite a few characters); for these texts they are the text itself
        assert sp.decode(ids[1:]) == text
        expected += len(text.encode("utf-8"))
        stream += ids
    ids = torch.tensor(stream)
    got = int(tables.count(ids[:-1], ids[1:]).sum())
    assert got == expected  # every document starts after a BOS: no phantom space is counted for its first piece
    assert any(sp.is_byte(i) for i in stream)  # the emoji / CJK text exercises byte-fallback pieces


def test_byte_tables_on_corpus_sample(sp, root):
    tokens = T.read_shard(root / "data/sample/fineweb_val_000000.bin", 1024)[:50_000].astype(np.int64)
    tables = T.build_byte_tables(sp, 1024)
    ids = torch.from_numpy(tokens)
    got = int(tables.count(ids[:-1], ids[1:]).sum())
    docs = np.split(tokens, np.flatnonzero(tokens == sp.bos_id()))
    # decode each document after its BOS (the first may be cut at the front by the 50k slice: skip it)
    expected = sum(len(sp.decode(d[1:].tolist()).encode("utf-8")) for d in docs[1:] if len(d) > 1)
    first = docs[0]
    if len(first) > 1:
        expected += int(tables.count(torch.from_numpy(first[:-1]), torch.from_numpy(first[1:])).sum())
    assert got == expected


def test_read_shard_roundtrip(tmp_path):
    write_shard(tmp_path / "a.bin", [1, 5, 1023, 0])
    assert T.read_shard(tmp_path / "a.bin", 1024).tolist() == [1, 5, 1023, 0]


@pytest.mark.parametrize("problem, message", [
    ("truncated", "truncated or corrupt"),
    ("magic", "not a token shard"),
    ("vocab", "VOCAB_SIZE=1024"),
    ("tiny", "shorter than"),
])
def test_bad_shards_are_refused_clearly(tmp_path, problem, message):
    path = tmp_path / "fineweb_val_000000.bin"
    if problem == "truncated":
        write_shard(path, [1, 2, 3], count=10)
    elif problem == "magic":
        write_shard(path, [1, 2, 3], magic=123)
    elif problem == "vocab":
        write_shard(path, [1, 2, 4000])
    else:
        path.write_bytes(b"\0" * 10)
    with pytest.raises(T.DataError, match=message) as err:
        T.read_shard(path, 1024)
    assert str(path) in str(err.value)


def make_dataset(dirpath, train=True, val=True):
    dirpath.mkdir()
    rng = np.random.default_rng(0)
    if train:
        write_shard(dirpath / "fineweb_train_000000.bin", rng.integers(0, 1024, 5000))
    if val:
        write_shard(dirpath / "fineweb_val_000000.bin", rng.integers(0, 1024, 3000))
    return dirpath


@pytest.mark.parametrize("case, message", [
    ("missing_dir", "does not exist"),
    ("no_train", "no fineweb_train_"),
    ("no_val", "no fineweb_val_"),
    ("truncated", "truncated or corrupt"),
    ("vocab", "VOCAB_SIZE"),
    ("tokenizer", "manifest.json says the shards were built with a tokenizer"),
    ("tokenizer_vocab", "has 1024 pieces but VOCAB_SIZE=4096"),
    ("no_tokenizer", "not found (TOKENIZER_PATH): python data/download.py"),
])
def test_script_fails_clearly_and_writes_nothing(root, tmp_path, case, message):
    data = tmp_path / "data"
    env = {"DATA_PATH": str(data)}
    if case == "no_train":
        make_dataset(data, train=False)
    elif case == "no_val":
        make_dataset(data, val=False)
    elif case == "truncated":
        make_dataset(data)
        shard = data / "fineweb_train_000000.bin"
        shard.write_bytes(shard.read_bytes()[:-100])
    elif case == "vocab":
        make_dataset(data)
        write_shard(data / "fineweb_val_000000.bin", [1, 2, 1500])
    elif case == "tokenizer":
        make_dataset(data)
        (data / "manifest.json").write_text(json.dumps({"tokenizer": {"sha256": "0" * 64}}))
    elif case == "tokenizer_vocab":
        make_dataset(data)
        env["VOCAB_SIZE"] = "4096"
    elif case == "no_tokenizer":
        make_dataset(data)
        env["TOKENIZER_PATH"] = str(tmp_path / "nowhere.model")
    result = run_script("train_gpt_human.py", 120, SMOKE="1", OUT_DIR=str(tmp_path / "out"), **env)
    assert result.returncode == 2, result.stderr[-2000:]
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_train_loader_splits_one_stream_across_ranks(tmp_path, smoke_cfg):
    import dataclasses

    data = tmp_path / "d"
    data.mkdir()
    write_shard(data / "fineweb_train_000000.bin", np.arange(300) % 1024)
    write_shard(data / "fineweb_train_000001.bin", (np.arange(300) + 300) % 1024)
    cfg = dataclasses.replace(smoke_cfg, data_path=str(data), train_seq_len=8)
    cpu = torch.device("cpu")
    one = T.TrainLoader(cfg, T.Runtime(0, 1, cpu))
    two = [T.TrainLoader(cfg, T.Runtime(r, 2, cpu)) for r in range(2)]
    for _ in range(20):  # crosses the shard boundary and wraps around
        x1, y1 = one.next_batch(16)
        x2, y2 = one.next_batch(16)
        (a, b), (c, d) = (loader.next_batch(16) for loader in two)
        assert torch.equal(x1, a) and torch.equal(x2, c) and torch.equal(y1, b) and torch.equal(y2, d)
        assert torch.equal(x1.flatten()[1:], y1.flatten()[:-1])


@pytest.mark.parametrize("problem, message", [
    ("truncated", "truncated or corrupt"),
    ("magic", "not a token shard"),
    ("empty", "has 0 tokens"),
])
def test_every_training_shard_is_checked_at_start_up(tmp_path, smoke_cfg, problem, message):
    """A bad later shard must stop the run before training, not when the loader reaches it (an empty one used to
    make the loader reopen shards until `Too many open files`)."""
    import dataclasses

    data = make_dataset(tmp_path / "d")
    bad = data / "fineweb_train_000001.bin"
    if problem == "truncated":
        write_shard(bad, [1, 2, 3], count=10)
    elif problem == "magic":
        write_shard(bad, [1, 2, 3], magic=123)
    else:
        write_shard(bad, [])
    cfg = dataclasses.replace(smoke_cfg, data_path=str(data))
    with pytest.raises(T.DataError, match=message) as err:
        T.TrainLoader(cfg, T.Runtime(0, 1, torch.device("cpu")))
    assert str(bad) in str(err.value)


def test_data_path_with_glob_characters(tmp_path):
    data = make_dataset(tmp_path / "we[ird]*")
    assert [p.name for p in T.shard_paths(str(data), "train")] == ["fineweb_train_000000.bin"]


@pytest.mark.parametrize("manifest", [b"not json {", b"[1, 2]", b"\xff\xfe"])
def test_a_manifest_that_is_not_a_json_object_is_refused(tmp_path, smoke_cfg, manifest):
    import dataclasses

    data = make_dataset(tmp_path / "d")
    (data / "manifest.json").write_bytes(manifest)
    with pytest.raises(T.DataError, match="manifest.json is not a shard manifest"):
        T.load_tokenizer(dataclasses.replace(smoke_cfg, data_path=str(data)))


def test_a_corrupt_tokenizer_is_refused(tmp_path, smoke_cfg):
    import dataclasses

    bad = tmp_path / "bad.model"
    bad.write_bytes(b"garbage" * 10)
    with pytest.raises(T.DataError, match="TOKENIZER_PATH") as err:
        T.load_tokenizer(dataclasses.replace(smoke_cfg, tokenizer_path=str(bad)))
    assert str(bad) in str(err.value)


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path):
    path = tmp_path / "run.ptz"
    path.write_bytes(b"good")

    def dies_mid_write(tmp):
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        T.write_atomic(path, dies_mid_write)
    assert path.read_bytes() == b"good" and [p.name for p in tmp_path.iterdir()] == ["run.ptz"]
    T.write_atomic(path, b"new")
    assert path.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["run.ptz"]
