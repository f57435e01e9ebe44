import sys
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
torch.set_num_threads(2)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def sp():
    import sentencepiece as spm

    return spm.SentencePieceProcessor(model_file=str(ROOT / "data/tokenizers/fineweb_1024_bpe.model"))


@pytest.fixture
def smoke_cfg():
    import train_gpt_human as T

    return T.Config.from_env({"SMOKE": "1"})
