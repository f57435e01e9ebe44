"""Size of the compiled training graph, on the CPU: dynamo's graph and AOT autograd's forward and backward graphs of
the record config, in FX nodes (Inductor's compile time grows with them). Run it in a checkout to compare two
commits (issue 15's compile time: is it the code or the host?). Settings from the environment as in the training
script (e.g. NUM_LAYERS=2). Prints one JSON line.

    python bench/graph_size.py        # ~20 s on 2 cores
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import torch
from torch._functorch.aot_autograd import aot_module_simplified

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import train_gpt_human as T  # noqa: E402


def main() -> None:
    nodes = {"dynamo": 0, "forward": 0, "backward": 0}

    def counting(name):
        def compiler(gm, example_inputs):
            nodes[name] += len(gm.graph.nodes)
            return gm.forward
        return compiler

    def backend(gm, example_inputs):
        nodes["dynamo"] += len(gm.graph.nodes)
        return aot_module_simplified(gm, example_inputs, fw_compiler=counting("forward"),
                                     bw_compiler=counting("backward"))

    # The record config (or what the environment sets); a short sequence (the node count does not depend on it) keeps
    # the eager run cheap.
    cfg = T.Config.from_env({**os.environ, "TRAIN_SEQ_LEN": "256", "EVAL_SEQ_LEN": "256"})
    model = T.GPT(cfg).train()
    ids = torch.randint(0, cfg.vocab_size, (1, 257))
    torch.compile(model, backend=backend, fullgraph=True, dynamic=False)(ids[:, :-1], ids[:, 1:]).backward()
    print(json.dumps(nodes))


if __name__ == "__main__":
    main()
