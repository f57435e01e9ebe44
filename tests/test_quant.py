"""Quantization and the artifact: GPTQ, bit allocation, pruning to budget, the container, Hessian hooks (CPU, tiny)."""

import collections
import contextlib
import dataclasses
import json
import math
import random
import struct
import zlib

import brotli
import pytest
import torch

import train_gpt_human as T

CPU = T.Runtime(0, 1, torch.device("cpu"))


def quiet(_msg: str) -> None:
    pass


def correlated_hessian(cols: int, seed: int) -> torch.Tensor:
    """H = XᵀX / n of correlated, anisotropic inputs: where GPTQ's error feedback has something to exploit."""
    g = torch.Generator().manual_seed(seed)
    mix = torch.randn(cols, cols, generator=g) * 0.3 + torch.diag(torch.rand(cols, generator=g) * 3)
    x = torch.randn(4 * cols, cols, generator=g) @ mix
    return x.T @ x / x.size(0)


def gptq_quantize(w: torch.Tensor, h: torch.Tensor, bits: int, block: int = 128) -> tuple[torch.Tensor, torch.Tensor]:
    """One matrix (R, C) with its Hessian (C, C) through the script's batched GPTQ at one width, no clipping search:
    q (int8, in [-2^(bits-1), 2^(bits-1)-1]) and row scales (fp16)."""
    w, h = w.detach().float(), h.float()
    qmax = torch.full((w.size(0), 1), 2.0 ** (bits - 1) - 1)
    s, _ = T._row_scales(w, qmax, h.diagonal()[None, :], (1.0,))
    q = T._gptq(w[None], h[None], s[None], qmax[None], block, 0.01)[0]
    return q.to(torch.int8), s.squeeze(-1).half()


def rtn_quantize(w: torch.Tensor, bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Round-to-nearest at the per-row scale of the rows' maxima: the baseline GPTQ is measured against."""
    w = w.detach().float()
    qmax = 2.0 ** (bits - 1) - 1
    s, _ = T._row_scales(w, qmax, torch.ones(1, w.size(-1)))
    return T._round_q(w, s, qmax).to(torch.int8), s.squeeze(-1).half()


def weighted_error(w: torch.Tensor, q: torch.Tensor, scale: torch.Tensor, h: torch.Tensor) -> float:
    d = (w - T.dequantize(q, scale)).double()
    return float(torch.einsum("ij,jk,ik->", d, h.double(), d))


@pytest.mark.parametrize("bits", [4, 5, 6, 8])
def test_gptq_beats_round_to_nearest(bits):
    w = torch.randn(48, 96, generator=torch.Generator().manual_seed(bits)) * 0.05
    h = correlated_hessian(96, seed=bits)
    q, s = gptq_quantize(w, h, bits, block=32)
    qr, sr = rtn_quantize(w, bits)
    assert weighted_error(w, q, s, h) < 0.8 * weighted_error(w, qr, sr, h)


@pytest.mark.parametrize("bits", [2, 3, 4, 5, 6, 7, 8])
def test_quantized_values_stay_in_the_bit_range(bits):
    w = torch.randn(16, 40) * torch.logspace(-3, 1, 16)[:, None]  # rows of very different magnitude
    w[3] = 0.0  # a dead row
    h = correlated_hessian(40, seed=1)
    h[7, :] = h[:, 7] = 0.0  # a dead input column
    lo, hi = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    for q, s in (gptq_quantize(w, h, bits), rtn_quantize(w, bits)):
        assert q.dtype == torch.int8 and s.dtype == torch.float16 and s.shape == (16,)
        assert lo <= int(q.min()) and int(q.max()) <= hi
        assert torch.isfinite(s).all() and (s > 0).all()
        assert (q[3] == 0).all()
        deq = T.dequantize(q, s)
        assert deq.dtype == torch.float32 and torch.equal(deq, q.float() * s.float()[:, None])
    q, _ = gptq_quantize(w, h, bits)
    assert (q[:, 7] == 0).all()  # weights of an input that is always zero are dropped


def test_clip_ratios():
    assert T.clip_ratios(1.0) == (1.0,)
    assert T.clip_ratios(0.85) == pytest.approx((1.0, 0.95, 0.9, 0.85))
    assert len(T.clip_ratios(0.5)) == 11 and T.clip_ratios(0.5)[-1] == pytest.approx(0.5)


def test_clip_search_trades_bytes_for_error():
    # Heavy-tailed rows, like trained weights: clipping lowers the error at one width but spreads the integers, so the
    # entropy (bytes) goes up; which side of that trade wins at equal bytes is measured on the GPU (bench/NOTES.md).
    w = torch.randn(256, 512, generator=torch.Generator().manual_seed(0)) ** 3

    def rate_and_error(bits: int, ratios: tuple[float, ...]) -> tuple[float, float]:
        st = T.matrix_stats(w, torch.eye(512), [bits], "g", ratios)  # H = I: every column weighs the same
        q = T._round_q(w, st.scale[bits], 2.0 ** (bits - 1) - 1)
        counts = collections.Counter(q.reshape(-1).tolist())  # the entropy estimate against a slow reference
        assert st.q_bytes[bits] == pytest.approx(-sum(c * math.log2(c / q.numel()) for c in counts.values()) / 8)
        return st.q_bytes[bits] * 8 / w.numel(), float(st.row_err[bits].sum())

    for bits in (4, 5, 6):
        (clip_rate, clip_err), (rate, err) = rate_and_error(bits, T.clip_ratios(0.5)), rate_and_error(bits, (1.0,))
        assert clip_err < err and clip_rate > rate


def test_row_scales_match_a_slow_reference():
    """Each row's scale is the fp16 value of max|row| x ratio / qmax at the ratio with the least H-weighted rounding
    error, and its error is that error."""
    g = torch.Generator().manual_seed(1)
    w, h = torch.randn(16, 64, generator=g) ** 3 * torch.rand(16, 1, generator=g), torch.rand(64, generator=g).diag()
    w[3] = 0.0  # a zero row: its scale stays positive and its integers 0
    ratios = T.clip_ratios(0.6)
    st = T.matrix_stats(w, h, [4, 6], "g", ratios)
    for b in (4, 6):
        qmax = 2 ** (b - 1) - 1
        for r in range(16):
            best = None
            for ratio in ratios:
                scale = float(torch.tensor(max(float(w[r].abs().max()) * ratio / qmax, 2.0**-24)).half())
                q = [max(-qmax - 1, min(qmax, round(float(x) / scale))) for x in w[r]]
                err = sum((q[c] * scale - float(w[r, c])) ** 2 * float(h[c, c]) for c in range(64))
                if best is None or err < best[1]:
                    best = (scale, err)
            assert float(st.scale[b][r]) == best[0] and float(st.row_err[b][r]) == pytest.approx(best[1], rel=1e-4,
                                                                                                 abs=1e-9)


def slow_shuffle(data: bytes, itemsize: int) -> bytes:
    n = len(data) // itemsize
    return bytes(data[i * itemsize + k] for k in range(itemsize) for i in range(n)) + data[n * itemsize :]


@pytest.mark.parametrize("itemsize", [1, 2, 4, 8])
@pytest.mark.parametrize("length", [0, 1, 7, 33, 1001])
def test_byte_shuffle_matches_reference_and_roundtrips(itemsize, length):
    data = random.Random(length * 10 + itemsize).randbytes(length)
    shuffled = T.byte_shuffle(data, itemsize)
    assert shuffled == slow_shuffle(data, itemsize)
    assert T.byte_shuffle(shuffled, itemsize, undo=True) == data


def odd_records() -> dict[str, torch.Tensor]:
    g = torch.Generator().manual_seed(0)
    return {
        "scalar32": torch.tensor(3.25),
        "scalar16": torch.tensor(-1.5, dtype=torch.float16),
        "vec_bf16": torch.randn(7, generator=g).bfloat16(),
        "odd_fp16": torch.randn(3, 5, 7, generator=g).half(),
        "mat_fp32": torch.randn(13, 11, generator=g),
        "int8": torch.randint(-128, 128, (9, 31), generator=g, dtype=torch.int8),
        "big_int8": torch.randint(-16, 16, (300, 1000), generator=g, dtype=torch.int8),  # spans two chunks
        "int64": torch.tensor([1, -(2**40), 7]),
        "bool": torch.tensor([[True, False, True]]),
        "empty": torch.zeros(0, 4),
        "big_fp16": torch.randn(100, 200, generator=g).half(),
    }


def test_container_roundtrips_every_dtype_and_shape():
    records = odd_records()
    with contextlib.closing(T.BrotliPool(2)) as pool:
        blob, per_record = T.pack_artifact(records, {"quant": {}}, pool)
    assert set(per_record) >= {"int8", "big_int8", "big_fp16"}
    out, meta = T.unpack_artifact(blob)
    assert meta == {"quant": {}} and list(out) != [] and set(out) == set(records)
    for k, t in records.items():
        assert out[k].dtype == t.dtype and out[k].shape == t.shape and torch.equal(out[k], t), k


def test_brotli_pool_output_is_plain_brotli_and_cached():
    chunks = [bytes(range(256)) * 50, b"", b"abc" * 1000]
    with contextlib.closing(T.BrotliPool(2)) as pool:
        first = pool.compress(chunks)
        assert pool.compress(chunks[::-1]) == first[::-1] and len(pool.cache) == 3
    assert [brotli.decompress(c) for c in first] == chunks


@pytest.fixture(scope="module")
def packed_blob():
    with contextlib.closing(T.BrotliPool(2)) as pool:
        return T.pack_artifact(odd_records(), {"quant": {}}, pool)[0]


@pytest.mark.parametrize("where", [0, 5, 9, 15, 20, 200, -1])
def test_flipped_byte_is_refused(packed_blob, where):
    bad = bytearray(packed_blob)
    bad[where] ^= 0x40
    with pytest.raises(T.ArtifactError, match="final_model.ptz: .*(magic|version|bytes|CRC32)"):
        T.unpack_artifact(bytes(bad), "final_model.ptz")


@pytest.mark.parametrize("keep", [0, 10, 30, -1])
def test_truncated_artifact_is_refused(packed_blob, keep):
    with pytest.raises(T.ArtifactError, match="truncated"):
        T.unpack_artifact(packed_blob[:keep], "final_model.ptz")


def test_quantized_values_outside_their_bits_are_refused():
    records = {"m.q": torch.tensor([[0, 20], [1, -3]], dtype=torch.int8), "m.scale": torch.ones(2).half()}
    with contextlib.closing(T.BrotliPool(1)) as pool:
        blob = T.pack_artifact(records, {"quant": {"m": 5}}, pool)[0]
    with pytest.raises(T.ArtifactError, match="outside int5"):
        T.dequantize_records(*T.unpack_artifact(blob))


def synthetic_stats(base: int, top: int) -> dict[str, T.MatrixStats]:
    stats = {}
    for layer in range(3):
        for kind, rows, sens in (("attn", 8, 4.0), ("mlp", 16, 1.0)):
            row_sens = torch.linspace(1, 2, rows, dtype=torch.float64) * sens * (layer + 1)
            stats[f"blocks.{layer}.{kind}.x"] = T.MatrixStats(
                f"blocks.{layer}.{kind}", {}, {b: row_sens * 4.0**-b for b in range(base, top + 1)},
                {b: rows * 32 * b / 8 for b in range(base, top + 1)})
    return stats


def estimated(stats, corr, bits) -> float:
    return sum(corr[n] * st.estimate(bits[n]) for n, st in stats.items())


def test_bit_allocation_fills_the_budget_most_sensitive_first():
    stats = synthetic_stats(5, 7)
    corr = dict.fromkeys(stats, 1.1)
    at_base = estimated(stats, corr, {n: torch.full((len(st.row_err[5]),), 5) for n, st in stats.items()})
    for extra in (0.0, 3.0, 100.0, 1000.0, 5000.0):
        bits = T.allocate_bits(stats, corr, at_base + extra, 5, 7)
        used = estimated(stats, corr, bits)
        assert used <= at_base + extra + 1e-9
        row_cost = 1.1 * 32 / 8  # bytes one row costs per extra bit
        assert used > at_base + extra - row_cost or all((b == 7).all() for b in bits.values())
    bits = T.allocate_bits(stats, corr, at_base + 300, 5, 7)
    assert bits["blocks.2.attn.x"].float().mean() >= bits["blocks.0.mlp.x"].float().mean()
    assert all((b == 5).all() for b in T.allocate_bits(stats, corr, at_base - 1, 5, 7).values())


class RandomLoader:
    def __init__(self, cfg, seed=0, fail_at=None):
        self.cfg, self.g, self.calls, self.fail_at = cfg, torch.Generator().manual_seed(seed), 0, fail_at

    def next_batch(self, tokens):
        self.calls += 1
        if self.calls == self.fail_at:
            raise RuntimeError("loader broke")
        x = torch.randint(0, self.cfg.vocab_size, (tokens // self.cfg.train_seq_len, self.cfg.train_seq_len),
                          generator=self.g)
        return x, x


def tiny_trained_like(cfg) -> T.GPT:
    torch.manual_seed(0)
    model = T.GPT(cfg)
    with torch.no_grad():  # zero-initialized matrices (MLP down, n-gram projection) would quantize to nothing
        for p in model.parameters():
            if p.abs().sum() == 0:
                p.normal_(std=0.05)
    return model


def no_hooks_left(model) -> bool:
    return all(not m._forward_hooks and not m._forward_pre_hooks for m in model.modules())


def test_hessians_are_the_gram_of_each_matmul_input(smoke_cfg):
    model = tiny_trained_like(smoke_cfg)
    seen = {"blocks.1.mlp.down": [], "blocks.2.attn.q": []}
    spies = [m.register_forward_hook(lambda mod, args, out: seen[mod.name].append(args[0].detach().clone()))
             for m in model.matmuls() if m.name in seen]
    hessians = T.collect_hessians(model.train(), RandomLoader(smoke_cfg), smoke_cfg, CPU)
    for spy in spies:
        spy.remove()
    assert no_hooks_left(model) and model.training
    tokens = smoke_cfg.gptq_calib_batches * smoke_cfg.micro_batch_tokens
    for name, inputs in seen.items():
        assert len(inputs) == smoke_cfg.gptq_calib_batches
        x = torch.cat([i.reshape(-1, i.size(-1)) for i in inputs]).double()
        assert x.size(0) == tokens
        torch.testing.assert_close(hessians[name].double(), x.T @ x / tokens, rtol=1e-5, atol=1e-7)
    assert set(hessians) == {m.name for m in model.matmuls()}
    assert hessians["blocks.2.attn.k"] is hessians["blocks.2.attn.q"] is hessians["blocks.2.attn.v"]
    assert hessians["blocks.2.attn.o"] is not hessians["blocks.2.attn.q"]


def test_hessian_hooks_are_removed_on_error(smoke_cfg):
    model = tiny_trained_like(smoke_cfg).train()
    with pytest.raises(RuntimeError, match="loader broke"):
        T.collect_hessians(model, RandomLoader(smoke_cfg, fail_at=2), smoke_cfg, CPU)
    assert no_hooks_left(model) and model.training


@pytest.fixture(scope="module")
def tiny():
    cfg = T.Config.from_env({"SMOKE": "1"})
    model = tiny_trained_like(cfg)
    return cfg, model, T.collect_hessians(model, RandomLoader(cfg), cfg, CPU)


def test_artifact_loads_back_bit_identical(tiny):
    cfg, model, hessians = tiny
    # an 8-bit table: at 6 (the default) this budget holds every matrix at 7 bits and cannot be filled
    cfg = dataclasses.replace(cfg, artifact_budget_bytes=170_000, embed_bits=8)
    blob, report, state = T.quantize_and_pack(model, hessians, cfg, CPU, 20_000, quiet, workers=2)
    assert 20_000 + len(blob) < cfg.artifact_budget_bytes and report["unused_bytes"] <= T.FILL_SLACK_BYTES
    assert 5 < min(report["bits"].values()) <= max(report["bits"].values()) <= 7
    groups = report["bytes"]  # by kind, adding up to the blob
    assert sum(groups.values()) == len(blob) and min(groups.values()) > 0 and groups["mlp"] > groups["attn"]
    fresh = T.GPT(cfg)
    fresh.load_state_dict(T.load_artifact(blob, cfg), strict=True)
    loaded = fresh.state_dict()
    assert loaded.keys() == state.keys()
    for k, v in state.items():
        assert loaded[k].dtype == torch.float32 and torch.equal(loaded[k], v), k
    original = model.state_dict()
    for k, v in original.items():  # it is still the model: every value within a tenth of its tensor's range
        assert float((loaded[k] - v).abs().max()) <= 0.1 * float(v.abs().max()) + 1e-6, k
    assert T.build_artifact(model, hessians, cfg, dataclasses.replace(CPU, rank=1), 20_000, quiet) == (b"", {})
    blob2, report2 = T.build_artifact(model, hessians, cfg, CPU, 20_000, quiet)
    assert blob2 == blob and report2["bits"] == report["bits"]  # deterministic


def test_a_tight_budget_narrows_the_base(tiny):
    cfg, model, hessians = tiny
    base_only = dataclasses.replace(cfg, quant_max_bits=cfg.quant_base_bits, artifact_budget_bytes=10**9)
    blob, _, _ = T.quantize_and_pack(model, hessians, base_only, CPU, 0, quiet, workers=2)
    tight = dataclasses.replace(cfg, artifact_budget_bytes=len(blob) - 2_000)  # base 5 alone no longer fits
    blob2, report = T.build_artifact(model, hessians, tight, CPU, 0, quiet)
    assert len(blob2) < tight.artifact_budget_bytes
    assert T.MIN_BASE_BITS <= report["base_bits"] < cfg.quant_base_bits


def test_a_round_over_the_budget_is_never_returned(tiny, monkeypatch):
    """The byte estimate can end a round over the limit (at base 3 on the H200 SP8192 runs it still was after four
    rounds): such a round lowers the next round's target and is never the result. Here every other pack comes out
    200 KB larger than the estimate could know (an incompressible extra record: always over this budget)."""
    cfg, model, hessians = tiny
    base_only = dataclasses.replace(cfg, quant_max_bits=cfg.quant_base_bits, artifact_budget_bytes=10**9)
    blob, _, _ = T.quantize_and_pack(model, hessians, base_only, CPU, 0, quiet, workers=2)
    tight = dataclasses.replace(cfg, artifact_budget_bytes=len(blob) + 3_000)
    real, sizes = T.pack_artifact, []

    def jittery(records, meta, pool):
        if len(sizes) % 2 == 1:
            records = records | {"pad": torch.randint(0, 256, (200_000,), dtype=torch.uint8)}
        out = real(records, meta, pool)
        sizes.append(len(out[0]))
        return out

    monkeypatch.setattr(T, "pack_artifact", jittery)
    blob2, report = T.build_artifact(model, hessians, tight, CPU, 0, quiet)  # also checks the reload, bit for bit
    assert len(blob2) < tight.artifact_budget_bytes and any(size >= tight.artifact_budget_bytes for size in sizes)
    assert report["rounds"] >= 2


def estimates_low(monkeypatch) -> None:
    """Every matrix's byte estimate 40 % low, as round 1's uncorrected estimates ran on the H200."""
    real_stats = T.matrix_stats

    def low(*args, **kwargs):
        st = real_stats(*args, **kwargs)
        st.q_bytes = {b: 0.6 * v for b, v in st.q_bytes.items()}
        return st

    monkeypatch.setattr(T, "matrix_stats", low)


def budget_left(lines: list[str]) -> list[int]:
    """The bytes each quantization round left under the budget (negative: over), from its log line, in order."""
    return [int(line.rsplit("budget left ", 1)[1].replace(",", "")) for line in lines if line.startswith("quant round")]


def test_a_first_round_far_over_the_budget_still_ends_it_full(tiny, monkeypatch):
    """Round 1's widths come from uncorrected estimates; on the H200 runs it ended ~125 KB over, and taking that
    overshoot off the next rounds' target as well as correcting the estimates left 122-127 KB of the budget unused
    (sessions 7-8). Here every estimate is 40 % low: round 1 ends far over, and the result still fills the budget to
    within FILL_SLACK_BYTES."""
    cfg, model, hessians = tiny
    estimates_low(monkeypatch)
    cfg = dataclasses.replace(cfg, artifact_budget_bytes=140_000)
    lines = []
    blob, report = T.build_artifact(model, hessians, cfg, CPU, 20_000, lines.append)
    assert budget_left(lines)[0] < -T.FILL_SLACK_BYTES  # round 1 far over, as designed
    assert 0 <= cfg.artifact_budget_bytes - 20_000 - len(blob) <= T.FILL_SLACK_BYTES and report["rounds"] >= 2


def test_one_round_over_the_budget_does_not_leave_the_rest_short(tiny, monkeypatch):
    """Round 2 comes out 40 KB larger than its (corrected) estimate could know, once (session 12's QUANT_CLIP_MIN=0.5
    run: an overshoot at one width mix). The pad is not a matrix's record, so round 3 counts it in the fixed bytes as
    well as in the margin and ends at the narrowest base, 31.6 KB short; the next rounds give the margin back, and the
    result fills the budget to within FILL_SLACK_BYTES at the configured base (before: 31,643 bytes unused, base 3)."""
    cfg, model, hessians = tiny
    cfg = dataclasses.replace(cfg, artifact_budget_bytes=140_000)
    estimates_low(monkeypatch)  # round 1 ends over (as on the GPU), so round 2 runs on corrected estimates
    clean, clean_report = T.build_artifact(model, hessians, cfg, CPU, 20_000, quiet)
    real, calls = T.pack_artifact, []

    def once_large(records, meta, pool):
        calls.append(1)
        if len(calls) == 3:  # the widths measured once, round 1, then round 2
            records = records | {"pad": torch.randint(0, 256, (40_000,), dtype=torch.uint8)}
        return real(records, meta, pool)

    monkeypatch.setattr(T, "pack_artifact", once_large)
    lines = []
    blob, report = T.build_artifact(model, hessians, cfg, CPU, 20_000, lines.append)
    assert budget_left(lines)[1] < -30_000  # round 2's overshoot happened
    assert clean_report["base_bits"] == cfg.quant_base_bits  # without the overshoot: the configured base
    assert 0 <= report["unused_bytes"] <= T.FILL_SLACK_BYTES and report["base_bits"] == cfg.quant_base_bits


def test_a_given_back_margin_that_overshoots_again_is_taken_back_once(tiny, monkeypatch):
    """Every artifact that would end in the top 20 KB of the budget comes out 40 KB larger (an overshoot that repeats
    at the same width mix): after the margin is given back once and overshoots again, the margin that fitted stays,
    instead of the rounds alternating over and under to the last one."""
    cfg, model, hessians = tiny
    cfg = dataclasses.replace(cfg, artifact_budget_bytes=140_000)
    limit = cfg.artifact_budget_bytes - 20_000 - 1  # what quantize_and_pack gives fit_to_budget
    real = T.pack_artifact

    def large_near_the_top(records, meta, pool):
        blob, sizes = real(records, meta, pool)
        if len(blob) > limit - 20_000:  # the extra bytes counted as a block matrix's, as a real overshoot would be
            blob, sizes = real(records | {"pad": torch.randint(0, 256, (40_000,), dtype=torch.uint8)}, meta, pool)
            sizes[min(k for k in sizes if k.startswith("blocks.") and k.endswith(".q"))] += sizes.pop("pad")
        return blob, sizes

    monkeypatch.setattr(T, "pack_artifact", large_near_the_top)
    lines = []
    blob, report = T.build_artifact(model, hessians, cfg, CPU, 20_000, lines.append)
    left = budget_left(lines)
    first_fit = next(i for i, b in enumerate(left) if b >= 0)
    assert sum(b < 0 for b in left[first_fit:]) <= 1, left
    assert len(blob) <= limit and report["unused_bytes"] == min(b for b in left if b >= 0) + 1  # the fullest fit


@pytest.mark.parametrize("damage", ["drop", "extra", "flip"])
def test_an_artifact_that_loads_back_wrong_is_refused(tiny, monkeypatch, damage):
    """The reload check names the tensor that came back wrong, missing or unexpected (a missing one used to escape as
    a KeyError)."""
    cfg, model, hessians = tiny
    real = T.load_artifact

    def broken(blob, cfg):
        state = dict(real(blob, cfg))
        if damage == "drop":
            del state["skip_weights"]
        elif damage == "extra":
            state["stray"] = torch.zeros(1)
        else:
            state["skip_weights"] = state["skip_weights"] + 1
        return state

    monkeypatch.setattr(T, "load_artifact", broken)
    name = "stray" if damage == "extra" else "skip_weights"
    with pytest.raises(T.ArtifactError, match=rf"does not load back.*{name}"):
        T.build_artifact(model, hessians, dataclasses.replace(cfg, artifact_budget_bytes=10**9), CPU, 20_000, quiet)


def test_over_budget_fails_loudly_and_writes_nothing(tiny, tmp_path):
    cfg, model, hessians = tiny
    cfg = dataclasses.replace(cfg, artifact_budget_bytes=60_000, out_dir=str(tmp_path))
    with pytest.raises(T.ArtifactError, match=r">= 60,000: lower EMBED_BITS"):
        T.build_artifact(model, hessians, cfg, CPU, 20_000, quiet)
    assert list(tmp_path.iterdir()) == []


def test_snapshot_roundtrip_keeps_shared_hessians(tiny, tmp_path):
    _, model, hessians = tiny
    T.save_snapshot(str(tmp_path / "snap"), model.state_dict(), hessians)
    state, loaded = T.load_snapshot(str(tmp_path / "snap"))
    assert all(torch.equal(state[k], v) for k, v in model.state_dict().items())
    assert all(torch.equal(loaded[k], h) for k, h in hessians.items())
    assert loaded["blocks.0.attn.k"] is loaded["blocks.0.attn.q"]


# --- the artifact records the architecture; forged headers are bounded ------------------------------------------------


def float_artifact(cfg, arch):
    """An unquantized artifact of a fresh smoke model whose meta records `arch`."""
    records = {k: v.float() for k, v in T.split_banks(T.GPT(cfg).state_dict(), cfg).items()}
    with contextlib.closing(T.BrotliPool(1)) as pool:
        return T.pack_artifact(records, {"quant": {}, "arch": arch}, pool)[0]


@pytest.mark.parametrize("change, var", [
    ({"num_layers": 3, "xsa_last_n": 3}, "NUM_LAYERS=4"),
    ({"xsa_last_n": 2}, "XSA_LAST_N=4"),
    ({"rope_base": 10000.0}, "ROPE_BASE=22081.0"),
])
def test_artifact_refuses_a_different_architecture(smoke_cfg, change, var):
    blob = float_artifact(smoke_cfg, smoke_cfg.arch())
    T.GPT(smoke_cfg).load_state_dict(T.load_artifact(blob, smoke_cfg), strict=True)  # the same settings load
    with pytest.raises(T.ArtifactError, match=f"final.ptz was built with {var}, but .*now: set"):
        T.load_artifact(blob, dataclasses.replace(smoke_cfg, **change), "final.ptz")


def test_artifact_of_a_removed_feature_is_refused_by_name(smoke_cfg):
    """Artifacts of earlier versions record EngramLite, value-embedding and parallel-residual-mode fields: at the value
    this version computes, they load; otherwise they are refused with the reason, not with a state-dict mismatch."""
    old = {"ngram_buckets": 0, "ve_dim": 0, "ve_layers": [], "parallel_residual_mode": "lanes"}
    blob = float_artifact(smoke_cfg, {**smoke_cfg.arch(), **old})
    T.GPT(smoke_cfg).load_state_dict(T.load_artifact(blob, smoke_cfg), strict=True)
    blob = float_artifact(smoke_cfg, {**smoke_cfg.arch(), "parallel_residual_mode": "simple"})
    with pytest.raises(T.ArtifactError, match="PARALLEL_RESIDUAL_MODE='simple', which this version no longer has"):
        T.load_artifact(blob, smoke_cfg, "final.ptz")
    blob = float_artifact(smoke_cfg, {**smoke_cfg.arch(), "ngram_buckets": 8192})
    with pytest.raises(T.ArtifactError, match="final.ptz was built with NGRAM_BUCKETS=8192, which this version no "
                                              "longer has"):
        T.load_artifact(blob, smoke_cfg, "final.ptz")


def forge(header, raw_chunks):
    """An artifact with any header and chunks, and a valid CRC (what a forger or a buggy writer could produce)."""
    compressed = [brotli.compress(c, quality=1) for c in raw_chunks]
    header = {"chunks": [len(c) for c in compressed], **header}
    head = brotli.compress(json.dumps(header).encode())
    body = head + b"".join(compressed)
    fields = T.ARTIFACT_PREFIX.pack(T.ARTIFACT_MAGIC, T.ARTIFACT_VERSION, T.ARTIFACT_PREFIX.size + len(body),
                                    len(head), 0)
    return fields[:-4] + struct.pack("<I", zlib.crc32(body, zlib.crc32(fields[:-4]))) + body


M = [["m.q", "int8", [1, 2]], ["m.scale", "float16", [1]]]


@pytest.mark.parametrize("header, chunks, message", [
    ({"meta": {"quant": {"m": 10**6}}, "tensors": M}, [b"\0\1\0\0"], "claims 1000000 bits"),
    ({"meta": {"quant": {"m": True}}, "tensors": M}, [b"\0\1\0\0"], "claims True bits"),
    ({"meta": [], "tensors": M}, [b"\0\1\0\0"], "meta object"),
    ({"meta": {"quant": {}}, "tensors": M, "chunks": [10**30]}, [b"\0\1\0\0"], "unreadable"),
    ({"meta": {"quant": {}}, "tensors": [["x", "float32", [1 << 40, 1 << 40]]]}, [b"\0"],
     "dimension outside|more than"),
])
def test_forged_headers_are_refused(header, chunks, message):
    with pytest.raises(T.ArtifactError, match=message):
        T.dequantize_records(*T.unpack_artifact(forge(header, chunks)))


def test_a_decompression_bomb_is_refused_without_inflating_it():
    import tracemalloc

    blob = forge({"meta": {"quant": {}}, "tensors": [["x", "uint8", [16]]]}, [bytes(64 << 20)])
    assert len(blob) < 100_000
    tracemalloc.start()
    try:
        with pytest.raises(T.ArtifactError, match="unreadable"):
            T.unpack_artifact(blob)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20
