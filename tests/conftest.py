"""Fixtures shared by the test modules. The expensive inputs (a text corpus, shards built from it) are made once per
session; tests marked `slow` (subprocess runs of whole scripts) are the tier `pytest -m "not slow"` skips."""

import json
import lzma
from pathlib import Path

import pytest
import torch
from helpers import ROOT, SAMPLE_CORPUS_DOCS, run_script, sample_documents, tokenizer

import train_gpt_human as T

torch.set_num_threads(2)


# Session and module fixtures that run whole scripts: a test that uses one is in the slow tier whatever its own marks
# say.
SCRIPT_FIXTURES = ("smoke_runs", "vocab_runs", "over_budget_runs", "bench_runs")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if any(name in getattr(item, "fixturenames", ()) for name in SCRIPT_FIXTURES):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def sp():
    return tokenizer(1024)


@pytest.fixture(scope="session")
def sample_corpus(tmp_path_factory) -> Path:
    """A corpus folder as bench/proxy_record.py expects one (train.jsonl.xz, val.jsonl.xz): the text of the shipped
    sample's first SAMPLE_CORPUS_DOCS documents."""
    folder = tmp_path_factory.mktemp("corpus")
    for split, limit in SAMPLE_CORPUS_DOCS.items():
        with lzma.open(folder / f"{split}.jsonl.xz", "wt", encoding="utf-8", preset=0) as f:
            for doc in sample_documents(split, limit):
                f.write(json.dumps({"text": doc}) + "\n")
    return folder


@pytest.fixture(scope="session")
def sample_shards(tmp_path_factory, sample_corpus):
    """sample_shards(vocab) -> a folder of val + train shards of sample_corpus, built by data/build_shards.py with
    that vocabulary's tokenizer on first use and shared by every test after (read-only)."""
    built: dict[int, Path] = {}

    def get(vocab: int = 1024) -> Path:
        if vocab not in built:
            folder = tmp_path_factory.mktemp(f"sp{vocab}")
            for split in ("val", "train"):
                result = run_script("data/build_shards.py", 120, str(sample_corpus / f"{split}.jsonl.xz"), "--split",
                                    split, "--out", str(folder), "--tokenizer",
                                    f"data/tokenizers/fineweb_{vocab}_bpe.model")
                assert result.returncode == 0, result.stderr[-2000:]
            built[vocab] = folder
        return built[vocab]

    return get


@pytest.fixture
def smoke_cfg():
    return T.Config.from_env({"SMOKE": "1"})
