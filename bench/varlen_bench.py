"""Document-masked attention for training, one layer at the record's shape (issue 15; #1530 trained with variable-length
attention: each document attends only to itself). Today every 2,048-token training row attends causally across the
documents packed into it, on cuDNN. With a mask at the documents' starts (BOS), attention's work falls to the sum of
the documents' squared lengths: 0.62 of causal on the shipped sp1024 sample (`doc_flops_fraction`), less at SP8192.

Times forward + backward (median of --iters, ms) of one attention call at 48 x 2048 tokens, 8 query / 4 key-value
heads of 64, bf16, on document boundaries read from a real training shard:
  dense     SDPA causal over the whole row (the model's path today; cuDNN on Hopper)
  flash     the same on SDPA's flash backend (FA2: the kernel varlen runs on)
  varlen    torch.nn.attention.varlen.varlen_attn, causal within each document (FA2, packed rows)
  flex      flex_attention, compiled, with a document-causal BlockMask (its build timed apart: once per step)
and checks each masked variant's output and gradients against SDPA with the explicit document mask (float32 math on
the first rows). Prints one JSON line.

    python bench/varlen_bench.py [--data data/datasets/proxy_sp8192] [--iters 30]
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from mlp_bench import timed  # noqa: E402  (median ms of forward + backward, a GPU sleep queued first)

import train_gpt_human as T  # noqa: E402


def doc_starts(rows: torch.Tensor, bos_id: int) -> torch.Tensor:
    """(B, T) token ids -> the flat positions where a segment starts: every row's start and every BOS; then B x T."""
    B, T = rows.shape
    starts = (rows.flatten() == bos_id).nonzero().flatten()
    starts = torch.cat([starts, torch.arange(0, B * T + 1, T, device=rows.device)])
    return torch.unique(starts).to(torch.int32)  # sorted: the cumulative lengths varlen_attn takes


def doc_ids(rows: torch.Tensor, bos_id: int) -> torch.Tensor:
    """(B, T) -> (B, T) the index of each position's document within its row (0 before a row's first BOS)."""
    return torch.cumsum((rows == bos_id).int(), dim=1)


def doc_flops_fraction(rows: torch.Tensor, bos_id: int) -> float:
    """Attention's work (query-key pairs) under the document-causal mask, as a fraction of causal over whole rows."""
    lengths = doc_starts(rows, bos_id).diff().double()
    T = rows.size(1)
    return float((lengths * (lengths + 1) / 2).sum() / (rows.size(0) * T * (T + 1) / 2))


def doc_causal_mask(rows: torch.Tensor, bos_id: int) -> torch.Tensor:
    """(B, 1, T, T) boolean: query i sees key j iff j <= i in the same document. The reference."""
    ids = doc_ids(rows, bos_id)
    T = rows.size(1)
    causal = torch.ones(T, T, dtype=torch.bool, device=rows.device).tril()
    return (causal & (ids[:, :, None] == ids[:, None, :]))[:, None]


def varlen_causal(q, k, v, starts: torch.Tensor, max_len: int):
    """varlen_attn on (N, H, D) packed rows; its causal switch moved between torch versions (is_causal ->
    window_size=(-1, 0))."""
    from torch.nn.attention.varlen import varlen_attn

    params = inspect.signature(varlen_attn).parameters
    kw = {"window_size": (-1, 0)} if "window_size" in params else {"is_causal": True}
    if "enable_gqa" in params:
        kw["enable_gqa"] = True
    return varlen_attn(q, k, v, starts, starts, max_len, max_len, **kw)


def variants(rows: torch.Tensor, bos_id: int, H: int, Hkv: int):
    """name -> (setup seconds or None, fn(q, k, v) on (B, T, H|Hkv, D) returning (B, T, H, D))."""
    B, T = rows.shape
    starts = doc_starts(rows, bos_id)
    max_len = int(starts.diff().max())

    def sdpa(q, k, v):
        return F.scaled_dot_product_attention(q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2),
                                              is_causal=True, enable_gqa=H != Hkv).transpose(1, 2)

    def flash(q, k, v):
        with torch.nn.attention.sdpa_kernel([torch.nn.attention.SDPBackend.FLASH_ATTENTION]):
            return sdpa(q, k, v)

    def varlen(q, k, v):
        y = varlen_causal(q.flatten(0, 1), k.flatten(0, 1), v.flatten(0, 1), starts, max_len)
        return y.view(B, T, H, -1)

    out = {"dense": sdpa, "flash": flash, "varlen": varlen}
    try:
        from torch.nn.attention.flex_attention import create_block_mask, flex_attention
    except ImportError as e:
        return out, {"flex": f"unavailable: {e}"}
    ids = doc_ids(rows, bos_id)

    def same_doc_causal(b, h, qi, ki):
        return (qi >= ki) & (ids[b, qi] == ids[b, ki])

    build = lambda: create_block_mask(same_doc_causal, B, None, T, T, device=rows.device)  # noqa: E731
    block_mask = build()
    compiled = torch.compile(flex_attention)

    def flex(q, k, v):
        y = compiled(q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2), block_mask=block_mask,
                     enable_gqa=H != Hkv)
        return y.transpose(1, 2)

    out["flex"] = flex
    return out, {"flex_block_mask": build}


def reference(rows, bos_id, inputs, grad, H, Hkv) -> list[torch.Tensor]:
    """SDPA with the explicit document mask in float32 (math): output and gradients."""
    q, k, v = (t.detach().float().requires_grad_() for t in inputs)
    y = F.scaled_dot_product_attention(q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2),
                                       attn_mask=doc_causal_mask(rows, bos_id), enable_gqa=H != Hkv).transpose(1, 2)
    y.backward(grad.float())
    return [y.detach(), q.grad, k.grad, v.grad]


def rows_from_shard(data: Path, B: int, L: int, vocab: int) -> torch.Tensor:
    path = T.shard_paths(str(data), "train")[0]
    tokens = np.asarray(T.read_shard(path, vocab)[: B * L], dtype=np.int64)
    if tokens.size < B * L:
        sys.exit(f"error: {path} holds {tokens.size} tokens, fewer than {B} x {L}")
    return torch.from_numpy(tokens).view(B, L)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("data/datasets/proxy_sp8192"))
    ap.add_argument("--vocab", type=int, default=8192)
    ap.add_argument("--iters", type=int, default=30)
    ap.add_argument("--check-rows", type=int, default=4, help="rows checked against the float32 reference")
    args = ap.parse_args()
    cfg = T.Config()
    B, Tn = cfg.micro_batch_tokens // cfg.train_seq_len, cfg.train_seq_len
    H, Hkv, D = cfg.num_heads, cfg.num_kv_heads, cfg.model_dim // cfg.num_heads
    rows = rows_from_shard(args.data, B, Tn, args.vocab).cuda()
    gen = torch.Generator(device="cuda").manual_seed(0)
    shapes = ((B, Tn, H, D), (B, Tn, Hkv, D), (B, Tn, Hkv, D))
    inputs = [torch.randn(*s, device="cuda", generator=gen).bfloat16().requires_grad_() for s in shapes]
    grad = torch.randn(B, Tn, H, D, device="cuda", generator=gen).bfloat16()
    fns, extra = variants(rows, cfg.bos_id, H, Hkv)
    lengths = doc_starts(rows, cfg.bos_id).diff()
    result = {"device": torch.cuda.get_device_name(), "torch": torch.__version__, "shape": [B, Tn, H, Hkv, D],
              "segments": int(lengths.numel()), "mean_segment": round(float(lengths.float().mean()), 1),
              "doc_flops_fraction": round(doc_flops_fraction(rows, cfg.bos_id), 3), "ms": {}, "max_rel_err": {}}
    n = args.check_rows
    ref = reference(rows[:n], cfg.bos_id, [t[:n] for t in inputs], grad[:n], H, Hkv)
    for name, fn in fns.items():
        try:
            ms, _, got = timed(fn, inputs, grad, args.iters)
        except Exception as e:  # a variant this torch or GPU cannot run: say so, go on
            result["ms"][name] = f"{type(e).__name__}: {str(e)[:200]}"
            print(name, result["ms"][name], file=sys.stderr)
            continue
        result["ms"][name] = round(ms, 3)
        if name in ("varlen", "flex"):  # dense and flash compute causal over whole rows, not the reference's function
            err = max(((g[:n].float() - r).norm() / r.norm()).item() for g, r in zip(got, ref, strict=True))
            result["max_rel_err"][name] = round(err, 5)
        print(name, result["ms"][name], result["max_rel_err"].get(name), file=sys.stderr)
    for name, build in extra.items():  # the block mask: host and GPU work once per training step
        if callable(build):
            torch.cuda.synchronize()
            t0 = time.perf_counter()
            build()
            torch.cuda.synchronize()
            result["ms"][name] = round(1000 * (time.perf_counter() - t0), 3)
        else:
            result["ms"][name] = build
    print(json.dumps(result))


if __name__ == "__main__":
    main()
