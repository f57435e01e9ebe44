"""Larger vocabularies (SP4096, SP8192): shards built from the same text, a smoke run, and refusals (their byte
tables: tests/test_data.py).

The shards are built (conftest.py) from the text of the shipped sp1024 sample (decoded, then re-encoded with the larger
tokenizer), so the tests need nothing beyond the repository."""

import json

import numpy as np
import pytest
import torch
from helpers import SAMPLE_CORPUS_DOCS, concurrently, run_script, sample_documents, tokenizer

import train_gpt_human as T

VOCABS = (4096, 8192)


@pytest.fixture(scope="module")
def shards(sample_shards) -> dict[int, object]:
    """vocab -> val + train shards of the same sample text (conftest.sample_corpus: val 60 documents, train 400)."""
    return {vocab: sample_shards(vocab) for vocab in (1024, *VOCABS)}


@pytest.mark.slow  # builds shards for three vocabularies
def test_every_vocabulary_counts_the_same_bytes_of_the_same_text(shards):
    """bpb divides by UTF-8 bytes of the text: the same validation text must give the same byte total whatever the
    tokenizer, or scores of different vocabularies would not be comparable."""
    totals, tokens = {}, {}
    for vocab, folder in shards.items():
        ids = torch.from_numpy(T.read_shard(folder / "fineweb_val_000000.bin", vocab).astype(np.int64))
        totals[vocab] = int(T.build_byte_tables(tokenizer(vocab), vocab).count(ids[:-1], ids[1:]).sum())
        tokens[vocab] = len(ids)
    docs = sample_documents("val", SAMPLE_CORPUS_DOCS["val"])
    assert totals[1024] == totals[4096] == totals[8192] == sum(len(d.encode("utf-8")) for d in docs)
    assert tokens[8192] < tokens[4096] < tokens[1024]  # a larger vocabulary: fewer tokens for the same text


@pytest.fixture(scope="module")
def vocab_runs(shards, tmp_path_factory) -> dict[int, tuple]:
    """vocab -> (a short smoke run at that vocabulary, its OUT_DIR): the vocabulary's path through training,
    quantization and scoring, on a quarter of SMOKE's validation tokens (scoring at 8192 pieces was most of the run).
    Every vocabulary at once (one thread each)."""
    dirs = {vocab: tmp_path_factory.mktemp(f"run{vocab}") for vocab in VOCABS}

    def run(vocab):
        return run_script("train_gpt_human.py", 600, SMOKE="1", ITERATIONS="12", WARMDOWN_ITERS="4",
                          VOCAB_SIZE=str(vocab), TOKENIZER_PATH=f"data/tokenizers/fineweb_{vocab}_bpe.model",
                          DATA_PATH=str(shards[vocab]), OUT_DIR=str(dirs[vocab]), RUN_ID="v", OMP_NUM_THREADS="1",
                          TTT_ENABLED="0", VAL_MAX_TOKENS="8192")

    results = concurrently(*[lambda vocab=vocab: run(vocab) for vocab in VOCABS])
    return {vocab: (result, dirs[vocab]) for vocab, result in zip(VOCABS, results, strict=True)}


@pytest.mark.slow
@pytest.mark.parametrize("vocab", VOCABS)
def test_smoke_run_at_a_larger_vocabulary(vocab_runs, vocab):
    result, out_dir = vocab_runs[vocab]
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert 0 < summary["sliding_val_bpb"] < 5 and summary["artifact_bytes"] < 16_000_000
    records, meta = T.unpack_artifact((out_dir / "v.ptz").read_bytes())
    assert records["head.q"].shape == (vocab, 64)  # the tied embedding, quantized by GPTQ as the head
    assert meta["quant"]["head"] == T.Config().embed_bits  # EMBED_BITS


@pytest.mark.slow
@pytest.mark.parametrize("case, message", [
    ("shards_1024", "manifest.json says the shards were built with a tokenizer"),
    ("vocab_setting", "has 8192 pieces but VOCAB_SIZE=1024"),
    ("ids_too_large", "token id"),
])
def test_mismatched_vocabulary_tokenizer_and_shards_are_refused(shards, tmp_path, case, message):
    env = {"VOCAB_SIZE": "8192", "TOKENIZER_PATH": "data/tokenizers/fineweb_8192_bpe.model",
           "DATA_PATH": str(shards[8192])}
    if case == "shards_1024":  # the 8192 tokenizer on shards built with the 1024 one
        env["DATA_PATH"] = str(shards[1024])
    elif case == "vocab_setting":
        env["VOCAB_SIZE"] = "1024"
    else:  # shards of 8192 ids read as 1024-vocabulary shards (no manifest to catch it first)
        data = tmp_path / "data"
        data.mkdir()
        for f in shards[8192].glob("*.bin"):
            (data / f.name).write_bytes(f.read_bytes())
        env = {"DATA_PATH": str(data)}
    result = run_script("train_gpt_human.py", 120, SMOKE="1", OUT_DIR=str(tmp_path / "out"), **env)
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.startswith("error: ") and message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
