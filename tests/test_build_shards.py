"""Tests for data/build_shards.py: shard format, input parsing, splits, determinism, manifest, error handling."""

import gzip
import hashlib
import json
import lzma
import multiprocessing
import struct
import sys
from pathlib import Path

import numpy as np
import pytest
import sentencepiece as spm

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "data"))
import build_shards as bs  # noqa: E402

TOKENIZER = REPO / "data" / "tokenizers" / "fineweb_1024_bpe.model"
SP = spm.SentencePieceProcessor(model_file=str(TOKENIZER))

DOCS = [
    "The quick brown fox jumps over the lazy dog.",
    "Numbers 12345 and unicode: café, naïve, 東京, emoji 🙂.",
    "  Leading and trailing whitespace is stripped.\n\n",
    "A line\nwith a newline inside and a tab\there.",
    "Reuters reported on Tuesday that shares rose 3.5 pct in early trading.",
    "Short.",
    "Another document, the seventh, to make the train split longer than one batch.",
    "Last one.",
]


def reference_tokens(texts):
    """Slow, obvious reference: [BOS] + encode(prepared text) per non-empty document."""
    out = []
    for text in texts:
        text = text.replace("\x00", " ").strip()
        if text:
            out += [SP.bos_id(), *SP.encode(text)]
    return np.array(out, dtype=np.uint16)


def write_jsonl(path, texts, opener=open):
    with opener(path, "wt", encoding="utf-8") as f:
        for text in texts:
            f.write(json.dumps({"text": text, "id": "x"}) + "\n")
    return path


def shard_files(out_dir):
    return sorted(p.name for p in Path(out_dir).iterdir() if ".bin" in p.name)


# ---------------------------------------------------------------------------------------------------------------------
# Shard format
# ---------------------------------------------------------------------------------------------------------------------


def test_write_read_round_trip(tmp_path):
    tokens = np.random.default_rng(0).integers(0, 65536, size=10_001).astype(np.uint16)
    tokens[:2] = [0, 65535]
    bs.write_shard(tmp_path / "a.bin", tokens)
    assert bs.read_shard_header(tmp_path / "a.bin") == len(tokens)
    np.testing.assert_array_equal(bs.read_shard(tmp_path / "a.bin"), tokens)
    bs.write_shard(tmp_path / "b.bin", [5, 6, 7])  # plain Python ints work too
    assert bs.read_shard(tmp_path / "b.bin").tolist() == [5, 6, 7]
    assert not list(tmp_path.glob("*.tmp"))


def test_header_bytes_exactly_as_specified(tmp_path):
    bs.write_shard(tmp_path / "s.bin", [1, 2, 1023])
    raw = (tmp_path / "s.bin").read_bytes()
    assert len(raw) == 256 * 4 + 3 * 2
    header = struct.unpack("<256i", raw[:1024])
    assert header[:3] == (20240520, 1, 3)
    assert set(header[3:]) == {0}
    assert raw[1024:] == struct.pack("<3H", 1, 2, 1023)


def test_empty_shard(tmp_path):
    bs.write_shard(tmp_path / "e.bin", np.array([], dtype=np.uint16))
    assert bs.read_shard_header(tmp_path / "e.bin") == 0
    assert bs.read_shard(tmp_path / "e.bin").size == 0


@pytest.mark.parametrize("tokens", [[-1, 2], [65536], [1.5]])
def test_write_shard_rejects_ids_outside_uint16(tmp_path, tokens):
    with pytest.raises(ValueError):
        bs.write_shard(tmp_path / "x.bin", tokens)
    assert list(tmp_path.iterdir()) == []


def test_read_shard_header_detects_damage(tmp_path):
    path = tmp_path / "s.bin"
    bs.write_shard(path, np.arange(100))
    good = path.read_bytes()
    path.write_bytes(good[:-2])  # truncated by one token
    with pytest.raises(ValueError, match=r"s\.bin.*100 tokens.*truncated"):
        bs.read_shard_header(path)
    path.write_bytes(good[:500])  # truncated inside the header
    with pytest.raises(ValueError, match="shorter than"):
        bs.read_shard_header(path)
    path.write_bytes(struct.pack("<i", 12345) + good[4:])
    with pytest.raises(ValueError, match="bad magic 12345"):
        bs.read_shard_header(path)
    path.write_bytes(good[:4] + struct.pack("<i", 2) + good[8:])
    with pytest.raises(ValueError, match="version 2"):
        bs.read_shard_header(path)


# ---------------------------------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------------------------------


def test_all_input_formats_give_the_same_documents(tmp_path):
    texts = ["first doc", "second doc\nhas two lines", "third ü"]
    paths = [
        write_jsonl(tmp_path / "a.jsonl", texts),
        write_jsonl(tmp_path / "a.jsonl.gz", texts, gzip.open),
        write_jsonl(tmp_path / "a.jsonl.xz", texts, lzma.open),
    ]
    (tmp_path / "a.txt").write_bytes(b"first doc\r\n\r\n\r\nsecond doc\r\nhas two lines\r\n \t \r\nthird \xc3\xbc\r\n")
    paths.append(tmp_path / "a.txt")
    for path in paths:
        got = [t.rstrip("\n") for t in bs.iter_documents([path])]
        assert got == texts, path.name


def test_documents_follow_the_given_file_order(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", ["a1", "a2"])
    b = tmp_path / "b.txt"
    b.write_text("b1\n\nb2\n")
    assert [t.strip() for t in bs.iter_documents([b, a])] == ["b1", "b2", "a1", "a2"]


def test_prepare_text_replaces_nul_and_strips():
    assert bs.prepare_text("  a\x00b \n") == "a b"
    assert bs.prepare_text("\x00\x00") == ""
    assert bs.prepare_text(" \n\t ") == ""


def test_nul_docs_strip_and_empty_docs_skipped(tmp_path):
    texts = ["  x\x00y  ", "\x00", "   ", "z"]
    out = tmp_path / "out"
    manifest = bs.build([write_jsonl(tmp_path / "in.jsonl", texts)], out, val_docs=0, workers=1)
    np.testing.assert_array_equal(bs.read_shard(out / "fineweb_train_000000.bin"), reference_tokens(["x y", "z"]))
    train = manifest["splits"]["train"]
    assert train["documents"] == 2
    assert train["build"]["empty_documents_skipped"] == 2
    assert train["text_bytes"] == len(b"x y") + len(b"z")


# ---------------------------------------------------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------------------------------------------------


def test_build_matches_reference_and_val_takes_first_docs(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl.xz", DOCS, lzma.open)
    manifest = bs.build([src], tmp_path / "out", val_docs=3, workers=1)
    assert shard_files(tmp_path / "out") == ["fineweb_train_000000.bin", "fineweb_val_000000.bin"]
    val = bs.read_shard(tmp_path / "out" / "fineweb_val_000000.bin")
    train = bs.read_shard(tmp_path / "out" / "fineweb_train_000000.bin")
    np.testing.assert_array_equal(val, reference_tokens(DOCS[:3]))
    np.testing.assert_array_equal(train, reference_tokens(DOCS[3:]))
    assert val[0] == SP.bos_id() == 1 and (val == 1).sum() == 3  # one BOS per document, no EOS
    assert (val == SP.eos_id()).sum() == 0
    splits = manifest["splits"]
    assert (splits["val"]["documents"], splits["train"]["documents"]) == (3, 5)
    assert splits["val"]["tokens"] == len(val) and splits["train"]["tokens"] == len(train)
    prepared = [bs.prepare_text(t) for t in DOCS]
    assert splits["val"]["text_bytes"] == sum(len(t.encode()) for t in prepared[:3])
    assert splits["train"]["text_bytes"] == sum(len(t.encode()) for t in prepared[3:])


def test_val_docs_zero_and_all(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    manifest = bs.build([src], tmp_path / "none", val_docs=0, workers=1)
    assert shard_files(tmp_path / "none") == ["fineweb_train_000000.bin"]
    assert manifest["splits"]["val"] | {"inputs": None, "build": None} == {
        "inputs": None, "build": None, "documents": 0, "tokens": 0, "text_bytes": 0,
        "last_document_truncated": False, "shards": []}


@pytest.mark.parametrize("case", ["val_docs_take_all", "empty_file", "only_empty_documents", "empty_train_split"])
def test_an_empty_split_is_refused_and_the_old_shards_stay(tmp_path, case):
    """An input that leaves a split with no documents used to exit 0 and delete that split's shards."""
    out = tmp_path / "out"
    bs.build([write_jsonl(tmp_path / "good.jsonl", DOCS)], out, val_docs=3, workers=1)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    options = {"val_docs": 3}
    if case == "val_docs_take_all":
        src, options = write_jsonl(tmp_path / "in.jsonl", DOCS), {"val_docs": len(DOCS)}
    elif case == "empty_file":
        src = tmp_path / "in.txt"
        src.write_text("")
    elif case == "only_empty_documents":
        src = write_jsonl(tmp_path / "in.jsonl", ["", "  ", "\x00"])
    else:
        src, options = tmp_path / "in.txt", {"split": "train"}
        src.write_text("\n\n")
    with pytest.raises(bs.BuildError, match="split would be empty.*nothing in .* was changed"):
        bs.build([src], out, workers=1, **options)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_txt_without_blank_lines_says_it_is_one_document(tmp_path, capsys):
    src = tmp_path / "lines.txt"
    src.write_text("first document\nsecond document\nthird document\n")
    manifest = bs.build([src], tmp_path / "out", val_docs=0, workers=1)
    assert manifest["splits"]["train"]["documents"] == 1
    assert "3 lines without a blank line between them were read as ONE document" in capsys.readouterr().err


def test_a_lone_surrogate_in_json_names_the_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "fine"}\n{"text": "bad \\ud800 here"}\n')
    with pytest.raises(bs.BuildError, match="in.jsonl:2: .*lone surrogate"):
        bs.build([src], tmp_path / "out", val_docs=0, workers=1)


def test_small_shards_split_the_same_stream(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    whole = bs.build([src], tmp_path / "whole", val_docs=2, workers=1)
    small = bs.build([src], tmp_path / "small", val_docs=2, shard_tokens=7, workers=1)
    for split in ("val", "train"):
        total = whole["splits"][split]["tokens"]
        shards = small["splits"][split]["shards"]
        assert [s["tokens"] for s in shards] == [7] * (total // 7) + ([total % 7] if total % 7 else [])
        assert [s["file"] for s in shards] == [f"fineweb_{split}_{i:06d}.bin" for i in range(len(shards))]
        parts = [bs.read_shard(tmp_path / "small" / s["file"]) for s in shards]
        assert all(bs.read_shard_header(tmp_path / "small" / s["file"]) == s["tokens"] for s in shards)
        unsplit = bs.read_shard(tmp_path / "whole" / f"fineweb_{split}_000000.bin")
        np.testing.assert_array_equal(np.concatenate(parts), unsplit)


def test_identical_bytes_for_one_and_two_workers(tmp_path, monkeypatch):
    monkeypatch.setattr(bs, "BATCH_MAX_DOCS", 3)  # several batches, so ordering across workers is exercised
    texts = [f"document number {i}: " + "word " * (i % 17) for i in range(200)] + DOCS
    src = write_jsonl(tmp_path / "in.jsonl", texts)
    for workers in (1, 2):
        bs.build([src], tmp_path / f"w{workers}", val_docs=50, shard_tokens=1000, workers=workers)
    names = sorted(p.name for p in (tmp_path / "w1").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "w2").iterdir())
    assert len(names) > 3
    for name in names:
        assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "w2" / name).read_bytes(), name
    stream = np.concatenate([bs.read_shard(tmp_path / "w2" / n) for n in names if n.startswith("fineweb_val")]
                            + [bs.read_shard(tmp_path / "w2" / n) for n in names if n.startswith("fineweb_train")])
    np.testing.assert_array_equal(stream, reference_tokens(texts))


def test_manifest_hashes_match_files_and_are_deterministic(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    manifest = bs.build([src], tmp_path / "out", val_docs=2, shard_tokens=20, workers=1)
    first = (tmp_path / "out" / "manifest.json").read_bytes()
    assert json.loads(first) == manifest
    assert manifest["tokenizer"]["sha256"] == hashlib.sha256(TOKENIZER.read_bytes()).hexdigest()
    assert manifest["tokenizer"]["vocab_size"] == 1024
    assert manifest["tokenizer"]["path"] == "data/tokenizers/fineweb_1024_bpe.model"
    for split in manifest["splits"].values():
        for shard in split["shards"]:
            assert hashlib.sha256((tmp_path / "out" / shard["file"]).read_bytes()).hexdigest() == shard["sha256"]
    listed = {s["file"] for split in manifest["splits"].values() for s in split["shards"]}
    assert listed == set(shard_files(tmp_path / "out"))
    bs.build([src], tmp_path / "out", val_docs=2, shard_tokens=20, workers=2)
    assert (tmp_path / "out" / "manifest.json").read_bytes() == first


@pytest.mark.parametrize("where", ["mid_document", "document_boundary", "zero"])
def test_max_train_tokens_cuts_exact_prefix(tmp_path, where):
    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    full = bs.build([src], tmp_path / "full", val_docs=2, workers=1)
    full_train = bs.read_shard(tmp_path / "full" / "fineweb_train_000000.bin")
    starts = np.flatnonzero(full_train == 1)
    cap = {"mid_document": starts[2] + 2, "document_boundary": starts[3], "zero": 0}[where]
    capped = bs.build([src], tmp_path / "cap", val_docs=2, max_train_tokens=cap, shard_tokens=9, workers=2)
    train = capped["splits"]["train"]
    got = np.concatenate([bs.read_shard(tmp_path / "cap" / s["file"]) for s in train["shards"]] + [[]])
    np.testing.assert_array_equal(got, full_train[:cap])
    assert train["tokens"] == cap
    assert train["documents"] == {"mid_document": 3, "document_boundary": 3, "zero": 0}[where]
    assert train["last_document_truncated"] == (where == "mid_document")
    for key in ("documents", "tokens", "text_bytes"):  # the cap leaves val alone
        assert capped["splits"]["val"][key] == full["splits"]["val"][key]


def test_max_docs_caps_documents(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    manifest = bs.build([src], tmp_path / "out", split="val", max_docs=4, workers=2)
    np.testing.assert_array_equal(bs.read_shard(tmp_path / "out" / "fineweb_val_000000.bin"),
                                  reference_tokens(DOCS[:4]))
    assert manifest["splits"]["val"]["documents"] == 4
    assert "train" not in manifest["splits"]


def test_separate_val_and_train_runs_share_one_manifest(tmp_path):
    val_src = write_jsonl(tmp_path / "val.jsonl", DOCS[:3])
    train_src = tmp_path / "train.txt"
    train_src.write_text("\n\n".join(DOCS[3:]) + "\n")
    out = tmp_path / "out"
    bs.build([val_src], out, split="val", workers=1)
    manifest = bs.build([train_src], out, split="train", workers=1)
    assert manifest["splits"]["val"]["inputs"][0]["path"].endswith("val.jsonl")
    assert manifest["splits"]["train"]["inputs"][0]["path"].endswith("train.txt")
    assert json.loads((out / "manifest.json").read_text()) == manifest
    np.testing.assert_array_equal(bs.read_shard(out / "fineweb_val_000000.bin"), reference_tokens(DOCS[:3]))
    np.testing.assert_array_equal(bs.read_shard(out / "fineweb_train_000000.bin"), reference_tokens(DOCS[3:]))
    # rebuilding val with fewer shards removes the stale ones and keeps train
    bs.build([val_src], out, split="val", shard_tokens=5, workers=1)
    bs.build([val_src], out, split="val", workers=1)
    assert shard_files(out) == ["fineweb_train_000000.bin", "fineweb_val_000000.bin"]
    assert json.loads((out / "manifest.json").read_text())["splits"]["train"] == manifest["splits"]["train"]


def test_refuses_to_mix_tokenizers_in_one_directory(tmp_path):
    out = tmp_path / "out"
    bs.build([write_jsonl(tmp_path / "v.jsonl", DOCS[:2])], out, split="val", workers=1)
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["tokenizer"]["sha256"] = "0" * 64
    (out / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(bs.BuildError, match="another tokenizer"):
        bs.build([write_jsonl(tmp_path / "t.jsonl", DOCS)], out, split="train", workers=1)
    assert shard_files(out) == ["fineweb_val_000000.bin"]


# ---------------------------------------------------------------------------------------------------------------------
# Bad inputs: a clear message naming file and line, and no shard left behind
# ---------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": "ok"}\n{"txt": "no text field"}\n', r"bad\.jsonl:2: .*\"text\" field"),
        ('{"text": "ok"}\n{"text": "ok"}\n{"text": broken\n', r"bad\.jsonl:3: invalid JSON"),
        ('{"text": "ok"}\n{"text": 17}\n', r"bad\.jsonl:2: \"text\" is int"),
        ('["a list"]\n', r"bad\.jsonl:1: expected a JSON object"),
    ],
)
def test_bad_jsonl_fails_naming_file_and_line(tmp_path, content, message):
    good = write_jsonl(tmp_path / "good.jsonl", DOCS * 50)  # output is written before the bad file is reached
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content)
    with pytest.raises(bs.BuildError, match=message):
        bs.build([good, bad], tmp_path / "out", val_docs=10, shard_tokens=100, workers=2)
    assert shard_files(tmp_path / "out") == []
    assert not (tmp_path / "out" / "manifest.json").exists()


def test_stopping_early_leaves_no_worker_running(tmp_path):
    """A cap reached or a bad line stops the build with batches still queued: the pool must be gone when build()
    returns or raises, with no worker left behind (a forked Pool's terminate once hung CI here)."""
    many = write_jsonl(tmp_path / "many.jsonl", DOCS * 200)
    bs.build([many], tmp_path / "capped", split="val", max_docs=5, workers=2)
    assert multiprocessing.active_children() == []
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": 17}\n')
    with pytest.raises(bs.BuildError, match="is int"):
        bs.build([many, bad], tmp_path / "out", val_docs=10, workers=2)
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_is_an_error_not_a_hang(tmp_path):
    """Workers that cannot start (here: no tokenizer at the path they are given) raise a BuildError naming the fix;
    a multiprocessing.Pool would restart them and wait for the lost batch forever."""
    batch = bs._Batch(tmp_path / "in.jsonl", lines=[1], texts=["hello"], empties_before=[0])
    with pytest.raises(bs.BuildError, match="worker process died.*--workers 1"):
        list(bs._encoded_batches(iter([batch]), str(tmp_path / "missing.model"), workers=2))
    assert multiprocessing.active_children() == []


def test_missing_bad_utf8_truncated_and_unknown_inputs(tmp_path):
    with pytest.raises(bs.BuildError, match=r"nope\.jsonl: input file not found"):
        bs.build([tmp_path / "nope.jsonl"], tmp_path / "out", workers=1)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"fine\n\n\xff\xfe broken\n")
    with pytest.raises(bs.BuildError, match=r"bad\.txt:3: not valid UTF-8"):
        bs.build([bad], tmp_path / "out", workers=1)
    cut = tmp_path / "cut.jsonl.xz"
    cut.write_bytes(write_jsonl(tmp_path / "whole.jsonl.xz", DOCS * 20, lzma.open).read_bytes()[:200])
    with pytest.raises(bs.BuildError, match=r"cut\.jsonl\.xz: after line \d+: corrupt or truncated"):
        bs.build([cut], tmp_path / "out", workers=1)
    with pytest.raises(bs.BuildError, match="unsupported input type"):
        bs.build([bad.rename(tmp_path / "bad.csv")], tmp_path / "out", workers=1)
    assert shard_files(tmp_path / "out") == []


def test_failed_rebuild_leaves_previous_output_untouched(tmp_path):
    out = tmp_path / "out"
    bs.build([write_jsonl(tmp_path / "good.jsonl", DOCS)], out, val_docs=2, workers=1)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\nnot json\n')
    with pytest.raises(bs.BuildError):
        bs.build([tmp_path / "good.jsonl", bad], out, val_docs=2, shard_tokens=3, workers=1)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_cli_exit_codes(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    assert bs.main([str(src), "--out", str(tmp_path / "out"), "--val-docs", "2", "--quiet", "--workers", "1"]) == 0
    assert "val: 2 docs" in capsys.readouterr().out
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    assert bs.main([str(bad), "--out", str(tmp_path / "out2"), "--quiet"]) == 1
    assert "bad.jsonl:1: invalid JSON" in capsys.readouterr().err
    for argv in ([str(src)], [str(src), "--out", "x", "--split", "val", "--val-docs", "3"],
                 [str(src), "--out", "x", "--shard-tokens", "0"]):
        with pytest.raises(SystemExit) as exit_info:
            bs.main(argv)
        assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        bs.main(["--help"])
    assert exit_info.value.code == 0
    assert "blank lines" in capsys.readouterr().out


# ---------------------------------------------------------------------------------------------------------------------
# The shipped sample
# ---------------------------------------------------------------------------------------------------------------------


def test_shipped_sample_is_consistent():
    sample = REPO / "data" / "sample"
    manifest = json.loads((sample / "manifest.json").read_text())
    assert manifest["tokenizer"]["sha256"] == hashlib.sha256(TOKENIZER.read_bytes()).hexdigest()
    for name in ("val", "train"):
        (shard,) = manifest["splits"][name]["shards"]
        path = sample / shard["file"]
        assert path.name == f"fineweb_{name}_000000.bin"
        assert bs.read_shard_header(path) == shard["tokens"] == manifest["splits"][name]["tokens"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == shard["sha256"]
        tokens = bs.read_shard(path)
        assert tokens[0] == 1 and tokens.max() < 1024
    assert manifest["splits"]["val"]["tokens"] > 200_000 and manifest["splits"]["train"]["tokens"] == 1_500_000
