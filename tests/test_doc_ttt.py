"""Per-document TTT: instrumented legality (every token scored before any weight or adapter was
trained on it, documents isolated, phases where configured), equality with plain document-masked scoring at a zero
learning rate, batched = unbatched, 2 ranks = 1, and the budget guard; tiny random model on CPU."""

from __future__ import annotations

import dataclasses
import math
import operator
import re
import time

import pytest
import torch
import torch.distributed as dist
from helpers import on_two_ranks
from test_eval import CPU, TOKENIZER, one_thread, random_stream, tiny_config, tiny_model  # noqa: F401 (autouse)
from torch.nn.attention.bias import CausalBias, CausalVariant
from torch.overrides import TorchFunctionMode

import train_gpt_human as T


@pytest.fixture(scope="module")
def tables() -> T.ByteTables:
    if not TOKENIZER.is_file():
        pytest.skip(f"{TOKENIZER} missing")
    import sentencepiece as spm

    return T.build_byte_tables(spm.SentencePieceProcessor(model_file=str(TOKENIZER)), 1024)


def test_doc_ttt_lists_parse():  # the impossible values are in test_config.py's table
    assert T.Config.from_env({"TTT_PHASES": " 3, 7 ", "TTT_LORA_TARGETS": "head,q"}).phase_docs == [3, 7]
    assert T.Config.from_env({"TTT_PHASES": ""}).phase_docs == []


def doc_config(**overrides) -> T.Config:
    """Documents of 2..150 tokens against 32-token windows: short documents fit a row, long ones slide."""
    small = dict(ttt_doc_chunk_tokens=8, ttt_doc_batch=3, ttt_lora_rank=4, ttt_lora_lr=0.003,
                 ttt_lora_targets="q,k,v,o,up,down,head", ttt_phases="4,9", ttt_chunk_tokens=96, ttt_epochs=1,
                 ttt_lr=0.05, ttt_doc_cache=True)
    return tiny_config(**(small | overrides))


def doc_of(tokens: torch.Tensor):
    """Stream position -> index of its document."""
    starts, _ = T.document_spans(tokens)
    return lambda p: int(torch.searchsorted(starts, torch.tensor(p), right=True)) - 1


class Recorder:
    """Spies on what the evaluation does, in order: ("rows", first input, last target) of the rows gathered,
    ("score", positions, nlls) when losses are recorded and
    ("adapt" | "global", positions, rows) when a loss is back-propagated (positions whose NLL gets a nonzero
    gradient; "adapt" while LoRA adapters are active). Positions are stream indices of targets."""

    def __init__(self, monkeypatch, model: T.GPT):
        self.events: list[tuple[str, list[int], list]] = []
        self.starts = None
        gather, accumulate = T.gather_windows, T.accumulate

        def spy_gather(tokens, starts, lo, hi, seq_len):
            self.starts = starts.clone()
            self.events.append(("rows", starts[hi > 0].tolist(), (starts + hi)[hi > 0].tolist()))
            return gather(tokens, starts, lo, hi, seq_len)

        def spy_accumulate(sums, nll, x, y, mask, tables):
            rows, cols = mask.nonzero(as_tuple=True)
            self.events.append(("score", (self.starts[rows] + cols + 1).tolist(), nll[rows, cols].tolist()))
            return accumulate(sums, nll, x, y, mask, tables)

        monkeypatch.setattr(T, "gather_windows", spy_gather)
        monkeypatch.setattr(T, "accumulate", spy_accumulate)
        recorder = self

        class Spy(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.inner = model

            def forward(self, x, y=None, reduction="mean", **kw):
                out = self.inner(x, y, reduction=reduction, **kw)
                kind = "adapt" if any(m.lora is not None for m in model.matmuls()) else "global"
                if out.requires_grad:
                    starts = recorder.starts
                    out.register_hook(lambda g: recorder.trained(kind, starts, g != 0))
                return out

        self.run = Spy()

    def trained(self, kind: str, starts: torch.Tensor, mask: torch.Tensor) -> None:
        rows, cols = mask.nonzero(as_tuple=True)
        self.events.append((kind, (starts[rows] + cols + 1).tolist(), rows.tolist()))


def recorded_run(tokens: torch.Tensor, cfg: T.Config, tables) -> tuple[list, tuple[float, float]]:
    with pytest.MonkeyPatch.context() as mp:
        rec = Recorder(mp, tiny_model(cfg))
        result = T.eval_doc_ttt(rec.run, tokens, tables, cfg, CPU, time.perf_counter())
    return [e for e in rec.events if e[1]], result


@pytest.fixture(scope="module", params=[False, True], ids=["recomputed", "cached"])
def legality_run(request, tables):
    """Both ways an adapter step gets its chunk's context: recomputing the document's prefix, or TTT_DOC_CACHE."""
    tokens = random_stream(700, seed=3)
    cfg = doc_config(ttt_doc_cache=request.param)
    events, _ = recorded_run(tokens, cfg, tables)
    return tokens, cfg, events


def test_every_token_scored_once_by_weights_and_adapters_never_trained_on_it(legality_run):
    tokens, cfg, events = legality_run
    doc = doc_of(tokens)
    starts, lengths = T.document_spans(tokens)
    scored: set[int] = set()
    global_trained: set[int] = set()
    adapter_trained: dict[int, set[int]] = {}  # per document: what its adapters were trained on
    for kind, positions, extra in events:
        if kind == "rows":  # every row, scored or trained on, reads one document (its BOS at most at the start) ...
            for a, b in zip(positions, extra, strict=True):  # ... or, a cached chunk's, the token before it: before
                # a BOS, the previous document's last, which the SmearGate (masked at a BOS) takes nothing from
                assert doc(a) == doc(b) or cfg.ttt_doc_cache and a + 1 == int(starts[doc(b)])
            continue
        if kind == "score":
            assert scored.isdisjoint(positions), "a target was scored twice"
            for p in positions:  # what the weights and this document's adapters had seen when p was scored
                seen = global_trained | adapter_trained.get(doc(p), set())
                assert p not in seen and seen <= scored
            scored.update(positions)
            continue
        assert set(positions) <= scored, f"{kind}: gradient on a target whose loss was not yet recorded"
        if kind == "global":
            global_trained.update(positions)
            continue
        by_row: dict[int, set[int]] = {}
        for p, row in zip(positions, extra, strict=True):
            by_row.setdefault(row, set()).add(p)
        for row_positions in by_row.values():  # a row's loss covers one document only
            assert len({doc(p) for p in row_positions}) == 1
            adapter_trained.setdefault(doc(min(row_positions)), set()).update(row_positions)
    assert scored == set(range(len(tokens))) - set(starts.tolist()), "not every target after a BOS was scored"
    assert adapter_trained and global_trained, "the test would prove nothing without training"
    # A document's last chunk is never trained on by its adapters (and only after it was scored by the phases).
    for d, (s, n) in enumerate(zip(starts.tolist(), lengths.tolist(), strict=True)):
        if n > 1:  # a document of a BOS alone has no target
            last_chunk = set(range(s + 1 + (n - 2) // cfg.ttt_doc_chunk_tokens * cfg.ttt_doc_chunk_tokens, s + n))
            assert last_chunk and last_chunk.isdisjoint(adapter_trained.get(d, set())), d


def test_phases_train_on_the_documents_scored_at_the_configured_counts(legality_run):
    tokens, cfg, events = legality_run
    events = [e for e in events if e[0] != "rows"]
    doc = doc_of(tokens)
    _, lengths = T.document_spans(tokens)
    phases: list[tuple[set[int], set[int]]] = []  # (documents scored before a phase, documents it trained on)
    scored_docs: set[int] = set()
    i = 0
    while i < len(events):
        j = i
        while j < len(events) and events[j][0] == "global":
            j += 1
        if j > i:
            phases.append((set(scored_docs), {doc(p) for e in events[i:j] for p in e[1]}))
        elif events[i][0] == "score":
            scored_docs.update(doc(p) for p in events[i][1])
        i = max(j, i + 1)
    assert len(phases) == len(cfg.phase_docs) and len(lengths) > cfg.phase_docs[-1]
    for (before, trained), count in zip(phases, cfg.phase_docs, strict=True):
        with_targets = {d for d in range(count) if lengths[d] > 1}
        assert before == with_targets == trained


@pytest.mark.parametrize("cache", [False, True], ids=["recomputed", "cached"])
def test_later_documents_do_not_reach_earlier_ones(tables, cache):
    """Changing one document's tokens (not its length) changes no other document's NLL up to the next phase: not
    the earlier ones, not the ones batched with it. After a phase, later documents may change (legally)."""
    cfg = doc_config(ttt_doc_cache=cache)
    tokens = random_stream(700, seed=3)
    starts, lengths = T.document_spans(tokens)
    doc = doc_of(tokens)

    def nll_by_doc(stream):
        events, _ = recorded_run(stream, cfg, tables)
        out: dict[int, list[float]] = {}
        for kind, positions, nlls in events:
            if kind == "score":
                for p, v in zip(positions, nlls, strict=True):
                    out.setdefault(doc(p), []).append((p, v))
        return {d: sorted(v) for d, v in out.items()}

    base = nll_by_doc(tokens)
    for changed in (2, len(starts) - 1):  # before the first phase; in the last segment
        stream = tokens.clone()
        s, n = int(starts[changed]), int(lengths[changed])
        stream[s + 1 : s + n] = 3 + (stream[s + 1 : s + n] + 7) % 1000  # no BOS made or removed
        other = nll_by_doc(stream)
        next_phase = min([c for c in cfg.phase_docs if c > changed], default=len(starts))
        for d in range(next_phase):
            if d != changed:
                assert other[d] == base[d], (changed, d)  # bit-identical
        assert other[changed] != base[changed]


def reference_doc_scores(model: T.GPT, tokens: torch.Tensor, tables, cfg: T.Config) -> tuple[float, float]:
    """Plain document-masked scoring, token by token: each document alone, the context of a target its tokens from
    the document's BOS (for long documents, the last eval_seq_len tokens before the end of the target's chunk)."""
    W, C = cfg.eval_seq_len, cfg.ttt_doc_chunk_tokens
    starts, lengths = T.document_spans(tokens)
    nll, count, n_bytes = 0.0, 0, 0
    with torch.no_grad():
        for s, n in zip(starts.tolist(), lengths.tolist(), strict=True):
            d = tokens[s : s + n].long()
            for p in range(1, n):
                end = min(((p - 1) // C + 1) * C, n - 1)
                ctx = max(0, end - W)
                nll += model(d[None, ctx:p], d[None, ctx + 1 : p + 1], reduction="none")[0, -1].item()
                n_bytes += int(tables.count(d[p - 1 : p], d[p : p + 1]).sum())
                count += 1
    return nll / count, nll / math.log(2) / n_bytes


def float64_model(cfg: T.Config) -> T.GPT:
    """The tiny model in float64, so that differences in batch shapes stay far below the 1e-9 we compare at."""
    model = tiny_model(cfg).double()
    model.compute_dtype = torch.float64
    return model


EVERY_SWITCH = {"num_loops": 1, "parallel_residual_start": 1, "attn_gate": True}


@pytest.mark.parametrize("arch", [{}, {"num_loops": 1}, EVERY_SWITCH], ids=["plain", "looped", "every_switch"])
def test_a_cached_prefix_equals_the_recomputed_one_at_zero_learning_rates(tables, arch):
    """TTT_DOC_CACHE: with nothing learned, reading the keys and values of a document's earlier chunks from the cache
    scores every token as recomputing its prefix does (documents up to EVAL_SEQ_LEN; longer ones slide differently).
    With a looped layer, each pass through it has its own cache entries; lanes and the gate work per position."""
    cfg = doc_config(eval_seq_len=256, eval_stride=32, ttt_lora_lr=0.0, ttt_lr=0.0, ttt_doc_cache=False,
                     loop_start=1, loop_end=1, **arch)
    model = float64_model(cfg)
    tokens = random_stream(500, seed=6)
    assert int(T.document_spans(tokens)[1].max()) <= cfg.eval_seq_len
    recomputed = T.eval_doc_ttt(model, tokens, tables, cfg, CPU, time.perf_counter())
    cached = T.eval_doc_ttt(model, tokens, tables, dataclasses.replace(cfg, ttt_doc_cache=True), CPU,
                            time.perf_counter())
    assert cached == pytest.approx(recomputed, rel=1e-9)
    learned = T.eval_doc_ttt(model, tokens, tables, dataclasses.replace(cfg, ttt_doc_cache=True, ttt_lora_lr=0.003),
                             CPU, time.perf_counter())
    assert math.isfinite(learned[1]) and learned != pytest.approx(recomputed, rel=1e-9)


def test_zero_learning_rate_equals_plain_document_masked_scoring(tables):
    """Recomputing each chunk's prefix, documents longer than a window slide as sliding evaluation does. (The cache
    slides by chunks instead: it equals this on documents up to EVAL_SEQ_LEN, tested above.)"""
    cfg = doc_config(ttt_lora_lr=0.0, ttt_lr=0.0, ttt_doc_cache=False)
    model = float64_model(cfg)
    tokens = random_stream(400, seed=4)
    ttt = T.eval_doc_ttt(model, tokens, tables, cfg, CPU, time.perf_counter())
    ref = reference_doc_scores(model, tokens, tables, cfg)
    assert ttt == pytest.approx(ref, rel=1e-9)
    assert max(T.document_spans(tokens)[1]) > cfg.eval_seq_len + cfg.ttt_doc_chunk_tokens  # some documents slide


def test_batched_equals_unbatched_and_adapting_helps(tables):
    """A batch of documents is that many independent adapter sets: the score does not depend on the batch size. A
    document that repeats itself is predicted better once its adapters have trained on the first repeats."""
    cfg = doc_config(ttt_doc_batch=1, ttt_lora_lr=0.003, ttt_phases="")
    model = float64_model(cfg)
    pattern = random_stream(12, seed=7)
    pattern[pattern == 1] = 5
    tokens = torch.cat([random_stream(120, seed=6), torch.tensor([1], dtype=torch.int32), pattern.repeat(16)])
    one = T.eval_doc_ttt(model, tokens, tables, cfg, CPU, time.perf_counter())
    many = T.eval_doc_ttt(model, tokens, tables, dataclasses.replace(cfg, ttt_doc_batch=4), CPU, time.perf_counter())
    assert many == pytest.approx(one, rel=1e-9)
    frozen = T.eval_doc_ttt(model, tokens, tables, dataclasses.replace(cfg, ttt_lora_lr=0.0), CPU, time.perf_counter())
    assert one[0] < frozen[0] - 1.0  # 7.7 -> 4.5 nats


def test_adapters_reset_for_every_document(tables):
    """The same document five times, in batches of two: every copy gets the same NLLs (no adapter or optimizer state
    carries over), and different ones than without adaptation."""
    cfg = doc_config(ttt_doc_batch=2, ttt_phases="")
    doc = random_stream(60, seed=8)
    doc[doc == 1] = 5
    doc[0] = 1
    events, _ = recorded_run(doc.repeat(5), cfg, tables)
    per_copy: dict[int, list[tuple[int, float]]] = {}
    for kind, positions, nlls in events:
        if kind == "score":
            for p, v in zip(positions, nlls, strict=True):
                per_copy.setdefault(p // 60, []).append((p % 60, v))
    copies = [sorted(v) for _, v in sorted(per_copy.items())]
    assert len(copies) == 5 and all(c == pytest.approx(copies[0], rel=1e-6) for c in copies)
    frozen, _ = recorded_run(doc, dataclasses.replace(cfg, ttt_lora_lr=0.0), tables)
    assert sorted(p_v for e in frozen if e[0] == "score" for p_v in zip(e[1], e[2], strict=True)) != copies[0]


def test_budget_guard_stops_adapting_and_scores_the_rest_plainly(tables):
    cfg = doc_config(eval_seq_len=160, eval_stride=32)  # every document fits one window: plain = chunked contexts
    model = tiny_model(cfg)
    tokens = random_stream(500)
    lines: list[str] = []
    # 580 s of the budget already spent (loading, dequantization): no adaptation fits any more.
    ttt = T.eval_doc_ttt(model, tokens, tables, cfg, CPU, time.perf_counter() - 580.0, log=lines.append)
    assert any("budget guard stops adapting after 0/" in line for line in lines)
    plain = T.eval_doc_ttt(model, tokens, tables, dataclasses.replace(cfg, ttt_lora_lr=0.0, ttt_lr=0.0), CPU,
                            time.perf_counter())
    assert ttt == pytest.approx(plain, rel=1e-6)


def test_budget_guard_scales_the_estimates_by_the_time_adapting_took():
    """Batches estimated at 10 s that take 15 s: the guard lets a batch start only if 1.5x its estimate still fits
    (the warm-up's estimates ran 10-12 % short on the H200 proxy), and never scales below 1."""
    now = [0.0]
    cfg = doc_config(eval_budget_seconds=100.0, ttt_budget_margin_seconds=10.0)  # adapting must end by 90 s
    lines: list[str] = []
    no_windows = torch.zeros(3, dtype=torch.long)  # scoring the rest plainly costs nothing here
    guard = T.TTTGuard(30.0, no_windows, 0.0, -50.0, cfg, CPU, lines.append, lambda: now[0])  # 50 s already used
    started = []
    for batch in range(3):
        if not guard.fits(10.0):
            break
        started.append(batch)
        now[0] += 15.0
        guard.finished(10.0, torch.tensor([batch]))
    # at 80 s the third batch's 10 s would end at 90 s, but at x1.5 it ends at 95 s
    assert started == [0, 1]
    assert "stops adapting after 2/3 documents, 0 phases at 80.0s (next ~15.0s" in lines[-1]
    now[0] = 0.0
    fast = T.TTTGuard(30.0, no_windows, 0.0, 0.0, cfg, CPU, lines.append, lambda: now[0])
    now[0] = 1.0
    fast.finished(10.0, torch.tensor([0]))  # 1 s for a 10 s estimate: the estimates are kept, not scaled down
    assert fast.fits(89.0) and not fast.fits(89.5)


def compile_capturing(model: T.GPT, graphs: list | None = None, dynamic: bool = False
                      ) -> tuple[torch.nn.Module, list[torch.fx.GraphModule]]:
    """torch.compile as the record does (fullgraph; static shapes unless `dynamic`), with a backend that keeps each
    traced graph (in `graphs`, a new list unless given)."""
    graphs = [] if graphs is None else graphs

    def capture(gm, example_inputs):
        graphs.append(gm)
        return gm.forward

    if not graphs:
        torch._dynamo.reset()
    return torch.compile(model, backend=capture, fullgraph=True, dynamic=dynamic), graphs


def test_adapters_add_ops_only_while_active_and_compile_in_one_graph():
    """The training graph gets no extra op from the hook; with adapters active dynamo traces the batched LoRA into
    one graph (fullgraph), reused for the next batch, and backward reaches the adapters, not the frozen base."""
    cfg = doc_config()
    model = tiny_model(cfg)
    run, graphs = compile_capturing(model)
    x = random_stream(48, seed=9).long().view(3, 16)
    plain = run(x, x, reduction="none")
    lora = T.DocAdapters(model, 3, cfg, CPU.device)
    lora.reset()
    with lora.active():
        torch.nn.init.normal_(lora.b[0].detach())  # a nonzero delta in one matrix
        adapted = run(x, x, reduction="none")
        adapted.sum().backward()
    lora.reset()
    with lora.active():  # the next batch of documents: same graph, no recompilation
        run(x, x, reduction="none")
    torch._dynamo.reset()

    def matmuls(gm):
        return sum(n.op == "call_function" and n.target in (torch.matmul, operator.matmul) for n in gm.graph.nodes)

    assert len(graphs) == 2 and matmuls(graphs[0]) == 0 and matmuls(graphs[1]) == 2 * len(lora.matmuls) == 2 * 13
    assert not torch.equal(plain, adapted)
    assert all(p.grad is None for p in model.parameters()) and all(a.grad is not None for a in lora.a)
    assert lora.b[0].grad.abs().sum() > 0


def test_doc_mode_runs_in_evaluate_artifact_and_flags_an_overrun(tables, tmp_path, monkeypatch):
    cfg = doc_config(ttt_enabled=True)
    model = tiny_model(cfg)
    state = {k: v.clone() for k, v in model.state_dict().items()}
    monkeypatch.setattr(T, "load_artifact", lambda blob, cfg, source: state)
    path = tmp_path / "a.ptz"
    path.write_bytes(b"x")
    tokens = random_stream(300)
    lines: list[str] = []
    modes: list[bool] = []  # scoring sets eval mode itself (training's fused MLP and QAT must not score)
    model.register_forward_pre_hook(lambda module, args: modes.append(module.training))
    model.train()
    out = T.evaluate_artifact(model, model, path, tokens, tables, cfg, CPU, lines.append, time.perf_counter() - 700)
    assert modes and not any(modes)
    assert math.isfinite(out["ttt_val_bpb"]) and out["eval_over_budget_s"] > 99
    assert any(line.startswith("ttt_doc: val_loss") for line in lines)
    assert any("warning: evaluation (quantization included) took" in line for line in lines)
    assert all(torch.equal(v, model.state_dict()[k]) for k, v in state.items()), "weights not restored"


# --- two processes (gloo) give the result of one ----------------------------------------------------------------------


def _rank_doc_ttt(rt, tables, tokens, cache):
    cfg = doc_config(ttt_doc_cache=cache)
    return T.eval_doc_ttt(tiny_model(cfg), tokens, tables, cfg, rt, time.perf_counter())


@pytest.mark.parametrize("cache", [False, True], ids=["recomputed", "cached"])
def test_two_ranks_match_one(tables, cache):
    if not dist.is_available() or not dist.is_gloo_available():
        pytest.skip("gloo unavailable")
    cfg = doc_config(ttt_doc_cache=cache)
    tokens = random_stream(450, seed=2)  # 14 documents: uneven batches per rank, 2 phases
    single = T.eval_doc_ttt(tiny_model(cfg), tokens, tables, cfg, CPU, time.perf_counter())
    for result in on_two_ranks(_rank_doc_ttt, tables, tokens, cache):
        assert result == pytest.approx(single, rel=1e-5)
    frozen = T.eval_doc_ttt(tiny_model(cfg), tokens, tables, dataclasses.replace(cfg, ttt_lora_lr=0.0, ttt_lr=0.0),
                             CPU, time.perf_counter())
    assert single[1] != pytest.approx(frozen[1], rel=1e-4)  # TTT did change the scores



def test_the_doc_path_adds_no_graph(tables, monkeypatch):
    """Sliding evaluation compiles the scoring graph; document TTT adds none to it: its adapter steps change shape at
    almost every step and run the eager model, as its global SGD does."""
    cfg = doc_config(ttt_doc_cache=False)
    run, graphs = compile_capturing(tiny_model(cfg))
    shapes = set()
    doc_step = T.DocTTT.step

    def spy(self, plan, row_len, *rest):
        shapes.add((len(plan[0]), row_len))
        return doc_step(self, plan, row_len, *rest)

    monkeypatch.setattr(T.DocTTT, "step", spy)
    tokens = random_stream(300, seed=3)
    T.eval_windows(run, tokens, tables, cfg, CPU)
    scoring = len(graphs)
    T.eval_doc_ttt(run, tokens, tables, cfg, CPU, time.perf_counter())
    torch._dynamo.reset()
    assert scoring == 1 and len(shapes) >= 5 and len(graphs) == scoring


def test_steps_hold_only_the_documents_still_running(tables, monkeypatch):
    """Finished documents leave the batch (a lone document keeps a finished one beside it: at least two rows) and rows
    are as long as needed (rounded up to 64, at most EVAL_SEQ_LEN); the scores equal those of full-batch steps at
    full length to 1e-9 (float64)."""
    cfg = doc_config(ttt_doc_batch=4, eval_seq_len=128, eval_stride=64, ttt_phases="", ttt_doc_cache=False)
    shapes: list[tuple[int, int]] = []  # (rows, row length) of each adapter step on real documents (not warm-up)
    doc_step, doc_steps = T.DocTTT.step, T.doc_steps

    def spy(self, plan, row_len, *rest):
        if plan[2].max() > 0:
            shapes.append((len(plan[0]), row_len))
        return doc_step(self, plan, row_len, *rest)

    def full_batch(starts, lengths, cfg):
        plans, train, row_lens, live = doc_steps(starts, lengths, cfg)
        return plans, train, [cfg.eval_seq_len] * len(live), [torch.arange(cfg.ttt_doc_batch)] * len(live)

    monkeypatch.setattr(T.DocTTT, "step", spy)
    model = float64_model(cfg)
    tokens = random_stream(600, seed=5)
    result = T.eval_doc_ttt(model, tokens, tables, cfg, CPU, time.perf_counter())
    assert min(b for b, _ in shapes) == 2 and max(b for b, _ in shapes) == 4 and {n for _, n in shapes} == {64, 128}
    monkeypatch.setattr(T, "doc_steps", full_batch)
    assert result == pytest.approx(T.eval_doc_ttt(model, tokens, tables, cfg, CPU, time.perf_counter()), rel=1e-9)


def test_the_estimate_counts_only_the_rows_still_running():
    """The budget guard's estimate of a batch: a line through the warm-up's step times by row-tokens (rows x row
    length), applied to each step; documents that end early make later steps cheaper. With TTT_DOC_CACHE every row
    is one chunk, so the line runs through a step of 2 rows (mostly the fixed cost) and the full batch."""
    cfg = doc_config(ttt_doc_batch=4, eval_seq_len=128, ttt_doc_chunk_tokens=8, ttt_doc_cache=False)
    step_s = {4 * n: 0.5 + 0.01 * 4 * n for n in T.row_lengths(128)}  # 0.5 s fixed + 0.01 s per row-token
    starts = torch.tensor([0, 60, 120, 180])
    same = T.doc_batch_seconds(T.doc_steps(starts, torch.tensor([60, 60, 60, 60]), cfg), step_s)
    assert same == pytest.approx(8 * step_s[4 * 64])  # 59 targets: 8 steps, all rows, rows of 64
    two_short = T.doc_batch_seconds(T.doc_steps(starts, torch.tensor([60, 60, 20, 20]), cfg), step_s)
    assert two_short == pytest.approx(3 * step_s[4 * 64] + 5 * (0.5 + 0.01 * 2 * 64))  # 19 targets: 3 steps
    cached = dataclasses.replace(cfg, ttt_doc_cache=True)
    steps = T.doc_steps(starts, torch.tensor([60, 60, 20, 20]), cached)
    assert steps[2] == [9] * 8  # a row is the chunk after its previous token
    by_rows = {2 * 9: 0.30, 4 * 9: 0.40}  # 0.2 s fixed + 0.05 s per row
    assert T.doc_batch_seconds(steps, by_rows) == pytest.approx(3 * 0.40 + 5 * 0.30)


def test_adapter_steps_run_without_cudnn_attention(tables, monkeypatch):
    """cuDNN attention builds a graph per new shape (hundreds of ms): the adapter steps, whose shapes change at almost
    every step, exclude it."""
    backends: list[list] = []
    real = T.sdpa_kernel

    def spy(allowed):
        backends.append(list(allowed))
        return real(allowed)

    monkeypatch.setattr(T, "sdpa_kernel", spy)
    cfg = doc_config()
    T.eval_doc_ttt(tiny_model(cfg), random_stream(300, seed=2), tables, cfg, CPU, time.perf_counter())
    assert backends and all(T.SDPBackend.CUDNN_ATTENTION not in b and T.SDPBackend.FLASH_ATTENTION in b
                            for b in backends)


def test_a_cached_chunk_attends_through_a_lower_right_causal_bias(tables):
    """With TTT_DOC_CACHE a chunk's queries sit after the cached keys. As a tensor mask with the shared KV heads, SDPA
    has only its math kernel on the GPU (flash takes no tensor mask, memory-efficient no GQA); as a lower-right
    CausalBias the flash kernel runs it. Every cached call gets one, every uncached call none."""
    masks = []

    class Spy(TorchFunctionMode):  # sees each SDPA call as made, then lets it run as it would
        def __torch_function__(self, func, types, args=(), kwargs=None):
            kwargs = kwargs or {}
            if func is T.F.scaled_dot_product_attention:
                masks.append((args[0].size(-2), args[1].size(-2), kwargs.get("attn_mask")))
            return func(*args, **kwargs)

    cfg = doc_config(ttt_doc_cache=True)
    with Spy():
        T.eval_doc_ttt(tiny_model(cfg), random_stream(300, seed=2), tables, cfg, CPU, time.perf_counter())
    cached = [m for t, s, m in masks if s > t]
    assert cached and all(isinstance(m, CausalBias) and m.variant == CausalVariant.LOWER_RIGHT for m in cached)
    assert all(m is None for t, s, m in masks if s == t)


@pytest.mark.skipif(not torch.cuda.is_available(), reason="the flash kernel is the GPU's")
def test_the_cached_chunks_flash_attention_equals_the_masked_math_one_on_the_gpu():
    """The call Attention makes for a cached chunk (bf16, 8 query heads sharing 4 KV heads, a lower-right CausalBias)
    against SDPA's math kernel with the same mask written out: outputs and gradients, to bf16 precision."""
    gen = torch.Generator(device="cuda").manual_seed(0)
    T_, S = 49, 300
    shapes = {"q": (3, 8, T_, 64), "k": (3, 4, S, 64), "v": (3, 4, S, 64)}
    base = {n: torch.randn(*sh, device="cuda", generator=gen).bfloat16() for n, sh in shapes.items()}
    g = torch.randn(3, 8, T_, 64, device="cuda", generator=gen).bfloat16()
    j = torch.arange(S, device="cuda")
    outs = []
    for backends, mask in (([T.SDPBackend.FLASH_ATTENTION], T.causal_lower_right(T_, S)),
                           ([T.SDPBackend.MATH], j <= j[S - T_ :, None])):
        t = {n: x.clone().requires_grad_() for n, x in base.items()}
        with T.sdpa_kernel(backends):
            y = T.F.scaled_dot_product_attention(t["q"], t["k"], t["v"], attn_mask=mask, enable_gqa=True)
        y.backward(g)
        outs.append([y.float(), *(t[n].grad.float() for n in "qkv")])
    for got, want in zip(*outs, strict=True):
        assert (got - want).abs().max() <= 0.02 * want.abs().max()


def test_logs_its_plan_and_the_adapting_time_left(tables, monkeypatch):
    """Before adapting: documents, batches, adapter steps and phases with the warm-up's estimate; then progress lines
    whose estimate of the adapting left (the warm-up's, scaled by the time taken so far) only goes down; the score is
    the one a quiet run gets."""
    cfg = doc_config()
    tokens = random_stream(450, seed=2)
    quiet = T.eval_doc_ttt(tiny_model(cfg), tokens, tables, cfg, CPU, time.perf_counter())
    monkeypatch.setattr(T, "PROGRESS_EVERY_S", 0.0)
    lines: list[str] = []
    logged = T.eval_doc_ttt(tiny_model(cfg), tokens, tables, cfg, CPU, time.perf_counter(), log=lines.append)
    starts, lengths = T.document_spans(tokens)
    bounds = T.phase_bounds(len(starts), cfg)
    blocks = T.plan_doc_batches(starts, lengths, bounds, cfg, CPU)
    steps = sum(len(s[2]) for block in blocks for _, s in block)
    plan = re.match(rf"ttt_doc: {len(starts)} documents in (\d+) batches \(3 per rank\), (\d+) adapter steps, "
                    rf"(\d+) global SGD phases: ~(\d+)s by the warm-up", lines[0])
    assert plan and plan.groups()[:3] == (str(sum(map(len, blocks))), str(steps), str(len(bounds) - 2))
    pattern = r"~([\d.]+)s of adapting left \(the warm-up's ([\d.]+)s x ([\d.]+)\)"
    progress = [re.search(pattern, line) for line in lines]
    left, scale = [[float(m.group(k)) for m in progress if m] for k in (2, 3)]
    assert len(left) >= 3 and left == sorted(left, reverse=True) and min(scale) >= 1.0
    assert logged == quiet


def test_a_rank_without_documents_in_a_batch_adapts_nothing(tables):
    """With more ranks than documents left in a phase, a rank's share of a batch is empty (or only BOS-only
    documents): it plans no step and counts nothing."""
    cfg = doc_config()
    model = tiny_model(cfg)
    ttt = T.DocTTT(model, random_stream(100, seed=1), tables, cfg, CPU)
    for starts, lengths in ((torch.tensor([], dtype=torch.long),) * 2, (torch.tensor([5]), torch.tensor([1]))):
        steps = T.doc_steps(starts, lengths, cfg)
        assert steps[3] == []
        ttt.adapt(steps)
    assert ttt.sums.tolist() == [0.0, 0.0, 0.0]
