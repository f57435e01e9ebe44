"""Shared by several test modules: running a script as a user would (several at once), two gloo ranks, the shipped
sample."""

import datetime
import os
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import train_gpt_human as T  # noqa: E402


def run_script(script: str, timeout: float, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run a repo script with command-line `args` in a subprocess with only the environment a user's shell would bring
    plus `env`: our own variables (all upper case) from the test process must not leak into the run."""
    full = {k: v for k, v in os.environ.items() if not k.isupper() or k in ("PATH", "HOME", "PYTHONPATH")}
    full.update(env)
    return subprocess.run([sys.executable, script, *args], env=full, cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def concurrently(*calls) -> list:
    """Every call() at once, each in a thread: their results in order (an exception in one is raised here). For runs of
    the scripts, whose CPU default is one thread: two at once fill a 2-core machine, one after the other leave a core
    idle. The runs must not write the same files (their own OUT_DIR or RUN_ID each)."""
    with ThreadPoolExecutor(len(calls)) as pool:
        futures = [pool.submit(call) for call in calls]
        return [f.result() for f in futures]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def on_two_ranks(fn, *args) -> list:
    """fn(rt, *args) in two spawned processes joined by gloo (importable fn and picklable args): each rank's result."""
    import torch.multiprocessing as mp

    out = mp.get_context("spawn").Manager().dict()
    mp.spawn(_rank_worker, args=(2, free_port(), fn, args, out), nprocs=2, join=True)
    return [out[rank] for rank in range(2)]


def _rank_worker(rank: int, world_size: int, port: int, fn, args: tuple, out) -> None:
    torch.set_num_threads(1)
    # 5 minutes, not gloo's 30: a rank left waiting on its peer fails within pytest-timeout's limit
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world_size,
                            timeout=datetime.timedelta(seconds=300))
    try:
        out[rank] = fn(T.Runtime(rank=rank, world_size=world_size, device=torch.device("cpu")), *args)
    finally:
        dist.destroy_process_group()


def tokenizer(vocab: int = 1024):
    import sentencepiece as spm

    return spm.SentencePieceProcessor(model_file=str(ROOT / f"data/tokenizers/fineweb_{vocab}_bpe.model"))


SAMPLE_CORPUS_DOCS = {"val": 60, "train": 400}  # documents of conftest.sample_corpus


def sample_documents(split: str, limit: int) -> list[str]:
    """The first `limit` documents of the shipped sp1024 sample, as text."""
    sp = tokenizer(1024)
    tokens = T.read_shard(ROOT / f"data/sample/fineweb_{split}_000000.bin", 1024)
    docs = np.split(np.asarray(tokens, dtype=np.int64), np.flatnonzero(tokens == sp.bos_id()))
    return [sp.decode(d[1:].tolist()) for d in docs if len(d) > 1][:limit]
