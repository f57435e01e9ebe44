"""Evaluation: sliding-window bpb against a brute-force reference, exactly-once coverage (instrumented) and roundtrip,
on a tiny random model on CPU. The document TTT's tests are in test_doc_ttt.py."""

from __future__ import annotations

import dataclasses
import math
import sys
from pathlib import Path

import pytest
import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from helpers import on_two_ranks  # noqa: E402

import train_gpt_human as T  # noqa: E402

TOKENIZER = ROOT / "data" / "tokenizers" / "fineweb_1024_bpe.model"
CPU = T.Runtime(rank=0, world_size=1, device=torch.device("cpu"))
QUIET = T.Logger(None, enabled=False)


@pytest.fixture(autouse=True, scope="module")
def one_thread():
    """Tiny matmuls: one thread is ~10x faster than several fighting over a busy CPU."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def tiny_config(**overrides) -> T.Config:
    cfg = T.Config.from_env({"SMOKE": "1"})
    # Windows as short as 2 tokens: shorter than the document TTT's cached chunks (doc_config turns the cache on).
    small = dict(tokenizer_path=str(TOKENIZER), num_layers=2, xsa_last_n=2, eval_seq_len=32,
                 eval_stride=8, eval_batch_seqs=4, ttt_doc_cache=False)
    return dataclasses.replace(cfg, **(small | overrides))  # validated like any Config


def tiny_model(cfg: T.Config) -> T.GPT:
    """Random model with non-trivial logits: the zero-initialized matrices get noise, the tiny embedding is scaled."""
    model, _ = T.build_model(cfg, CPU)
    gen = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for name, p in model.named_parameters():
            p.add_(0.05 * torch.randn(p.shape, generator=gen))
            if name == "tok_emb.weight":
                p.mul_(3.0)
    return model.eval()


@pytest.fixture(scope="module")
def tables() -> T.ByteTables:
    if not TOKENIZER.is_file():
        pytest.skip(f"{TOKENIZER} missing")
    import sentencepiece as spm

    return T.build_byte_tables(spm.SentencePieceProcessor(model_file=str(TOKENIZER)), 1024)


def random_stream(n: int, seed: int = 1) -> torch.Tensor:
    """A validation-like stream: documents of random tokens, each starting with BOS=1."""
    gen = torch.Generator().manual_seed(seed)
    tokens = torch.randint(3, 1024, (n,), generator=gen, dtype=torch.int32)
    tokens[torch.rand(n, generator=gen) < 0.02] = 1
    tokens[0] = 1
    return tokens


def context_start(p: int, n: int, seq_len: int, stride: int) -> int:
    """Reference: windows end at targets seq_len, seq_len+stride, ... (the last at the stream's end); target p is
    scored by the first window that reaches it, whose input starts seq_len tokens before its end (or at 0)."""
    end = seq_len
    while end < p:
        end += stride
    return max(0, min(end, n - 1) - seq_len)


def brute_force(model: T.GPT, tokens: torch.Tensor, tables: T.ByteTables, seq_len: int, stride: int):
    """Token by token: one forward per target over exactly the context the sliding scheme gives it."""
    nll, n_bytes, n = 0.0, 0, len(tokens)
    ids = tokens.long()
    with torch.no_grad():
        for p in range(1, n):
            ctx = ids[context_start(p, n, seq_len, stride) : p]
            logits = model(ctx[None])[0, -1].double()
            nll -= F.log_softmax(logits, -1)[ids[p]].item()
            n_bytes += int(tables.count(ids[p - 1 : p], ids[p : p + 1]).sum())
    return nll / (n - 1), nll / math.log(2) / n_bytes


@pytest.mark.parametrize("n, stride", [(150, 8), (43, 5), (20, 8), (33, 32)])
def test_sliding_matches_brute_force(tables, n, stride):
    cfg = tiny_config(eval_stride=stride)
    model = tiny_model(cfg)
    tokens = random_stream(n)
    loss, bpb = T.eval_windows(model, tokens, tables, cfg, CPU)
    ref_loss, ref_bpb = brute_force(model, tokens, tables, cfg.eval_seq_len, stride)
    assert loss == pytest.approx(ref_loss, rel=1e-5)
    assert bpb == pytest.approx(ref_bpb, rel=1e-5)
    assert abs(loss - math.log(1024)) > 0.3  # non-trivial logits, not a uniform prediction


class Recorder:
    """Instruments gather_windows (remembers the batch's window starts) and accumulate (positions whose loss is
    recorded, with their context lengths), in call order."""

    def __init__(self, monkeypatch):
        self.events: list[tuple[str, list[int], list[int]]] = []  # (kind, positions, context lengths)
        self.starts = None
        gather, accumulate = T.gather_windows, T.accumulate

        def spy_gather(tokens, starts, lo, hi, seq_len):
            self.starts = starts.clone()
            return gather(tokens, starts, lo, hi, seq_len)

        def spy_accumulate(sums, nll, x, y, mask, tables):
            self.events.append(("score", *self.positions(mask)))
            return accumulate(sums, nll, x, y, mask, tables)

        monkeypatch.setattr(T, "gather_windows", spy_gather)
        monkeypatch.setattr(T, "accumulate", spy_accumulate)

    def positions(self, mask: torch.Tensor) -> tuple[list[int], list[int]]:
        rows, cols = mask.nonzero(as_tuple=True)
        return (self.starts[rows] + cols + 1).tolist(), (cols + 1).tolist()


class ZeroModel(nn.Module):
    """Stands in for the model where only the window bookkeeping is under test (fast)."""

    def forward(self, x, y=None, reduction="mean"):
        return torch.zeros(x.shape)


@pytest.mark.parametrize("seq_len", [1, 7, 32])
@pytest.mark.parametrize("n", [2, 3, 8, 31, 32, 33, 34, 41, 100, 257])
def test_every_target_scored_once_with_longest_context(tables, monkeypatch, seq_len, n):
    for stride in sorted({s for s in (1, 3, max(1, seq_len // 4), seq_len) if s <= seq_len}):
        cfg = tiny_config(eval_seq_len=seq_len, eval_stride=stride, eval_batch_seqs=3)
        rec = Recorder(monkeypatch)
        T.eval_windows(ZeroModel(), random_stream(n), tables, cfg, CPU)
        scored = [(p, c) for kind, ps, cs in rec.events for p, c in zip(ps, cs, strict=True)]
        assert sorted(p for p, _ in scored) == list(range(1, n)), (n, seq_len, stride)
        for p, c in scored:
            assert c == p - context_start(p, n, seq_len, stride), (n, seq_len, stride, p)
            assert c >= min(p, seq_len - stride + 1)


def test_roundtrip_equals_sliding_with_full_stride(tables):
    cfg = tiny_config(eval_stride=32)
    model = tiny_model(cfg)
    tokens = random_stream(200)
    assert (T.eval_windows(model, tokens, tables, cfg, CPU, sliding=False)
            == T.eval_windows(model, tokens, tables, cfg, CPU))
    # Independent: non-overlapping windows from 0, the tail right-aligned to the stream's end.
    ref = brute_force(model, tokens, tables, 32, 32)
    assert T.eval_windows(model, tokens, tables, cfg, CPU, sliding=False) == pytest.approx(ref, rel=1e-5)


# --- two processes (gloo) give the result of one ----------------------------------------------------------------------



def _all_evals(run, tokens, tables, cfg, rt):
    return T.eval_windows(run, tokens, tables, cfg, rt, sliding=False), T.eval_windows(run, tokens, tables, cfg, rt)


def _rank_evals(rt, tables, tokens):
    cfg = tiny_config()
    return _all_evals(tiny_model(cfg), tokens, tables, cfg, rt)


@pytest.mark.slow
def test_two_ranks_match_one(tables):
    if not dist.is_available() or not dist.is_gloo_available():
        pytest.skip("gloo unavailable")
    cfg = tiny_config()
    tokens = random_stream(450)  # uneven window counts per rank
    single = _all_evals(tiny_model(cfg), tokens, tables, cfg, CPU)
    for (rt_loss, rt_bpb), (sl_loss, sl_bpb) in on_two_ranks(_rank_evals, tables, tokens):
        assert (rt_loss, rt_bpb) == pytest.approx(single[0], rel=1e-6)
        assert (sl_loss, sl_bpb) == pytest.approx(single[1], rel=1e-6)


def test_long_evaluation_logs_progress_and_the_same_score(tables, monkeypatch):
    cfg = tiny_config(eval_stride=4, eval_batch_seqs=2)
    model = tiny_model(cfg)
    tokens = random_stream(120)
    quiet = T.eval_windows(model, tokens, tables, cfg, CPU)
    lines = []
    monkeypatch.setattr(T, "PROGRESS_EVERY_S", 0.0)  # every batch counts as "long"
    logged = T.eval_windows(model, tokens, tables, cfg, CPU, log=lines.append)
    assert logged == quiet
    progress = [line for line in lines if "of the windows" in line]
    assert len(progress) >= 3 and all(line.startswith("sliding: ") and " eta " in line for line in progress)
    fractions = [int(line.split()[1].rstrip("%")) for line in progress]
    assert fractions == sorted(fractions) and fractions[-1] == 100
    assert lines[-1].startswith("sliding: val_loss")
