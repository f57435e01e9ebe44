"""QUANT_STD_K's grid against the max-clip grids on one matrix, on the CPU: GPTQ at each width with a correlated
Hessian, the integers byte-shuffled and brotli-compressed as the artifact does, the Hessian-weighted output error
tr((W - Q) H (W - Q)ᵀ) against the real bits per weight. The allocator mixes widths row by row, so the clip grids
reach the straight lines between their points; each std point is printed with its error over that line at its rate.

    python bench/std_grid_check.py        (~3 minutes on 2 cores; numbers in bench/NOTES.md, session 9)
"""

from __future__ import annotations

import sys
from pathlib import Path

import brotli
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from test_quant import correlated_hessian  # noqa: E402

import train_gpt_human as T  # noqa: E402


def rate_and_error(w: torch.Tensor, h: torch.Tensor, bits: int, std_k: float) -> tuple[float, float]:
    st = T.matrix_stats(w, h, [bits], "g", T.clip_ratios(0.6), std_k)
    rows = w.size(0)
    qmax = torch.full((1, rows, 1), st.grid_qmax or 2.0 ** (bits - 1) - 1)
    q = T._gptq(w[None], h[None], st.scale[bits].view(1, rows, 1), qmax, 128, 0.01)[0]
    d = w - q * st.scale[bits]
    packed = brotli.compress(T.byte_shuffle(q.to(torch.int8).numpy().tobytes(), 1), quality=11)
    return len(packed) * 8 / w.numel(), float(torch.einsum("rc,cd,rd->", d, h, d))


def main() -> None:
    torch.manual_seed(0)
    h = correlated_hessian(256, 0)
    for shape in ("gauss", "t4"):
        w = torch.randn(384, 256) if shape == "gauss" else torch.distributions.StudentT(4.0).sample((384, 256))
        w = w * (0.5 + torch.rand(384, 1)) * 0.02  # rows of different scale
        clip = sorted(rate_and_error(w, h, b, 0.0) for b in (3, 4, 5, 6, 7))
        print(shape, "max-clip grids:", ", ".join(f"{r:.2f} bits {e:.3g}" for r, e in clip))
        for k in (12.0, 8.5):
            cells = []
            for r, e in sorted(rate_and_error(w, h, b, k) for b in (4, 5, 6, 7, 8)):
                pairs = zip(clip, clip[1:], strict=False)
                line = [e0 + (e1 - e0) * (r - r0) / (r1 - r0) for (r0, e0), (r1, e1) in pairs if r0 <= r <= r1]
                cells.append(f"{r:.2f} bits {e:.3g}" + (f" ({e / line[0]:.3f}x)" if line else ""))
            print(shape, f"std k={k}:", ", ".join(cells))


if __name__ == "__main__":
    main()
