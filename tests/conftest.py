import os
import sys
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
torch.set_num_threads(2)
# Without a GPU the Triton kernels run in Triton's CPU interpreter. It must be on before triton is first imported
# (triton.language's own helpers are jit functions, decorated once), so it is set here, before any test module.
if not torch.cuda.is_available() and "triton" not in sys.modules:
    os.environ.setdefault("TRITON_INTERPRET", "1")


def pytest_collection_modifyitems(config, items):
    if torch.cuda.is_available():
        return
    skip = pytest.mark.skip(reason="needs a CUDA device (run `python -m pytest -m gpu` on the GPU machine)")
    for item in items:
        if "gpu" in item.keywords:
            item.add_marker(skip)


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
