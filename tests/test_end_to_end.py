"""The README's main job on the shipped sample, readable and packed: same numbers, a loss that falls."""

import json
import math
from pathlib import Path

import pytest
from helpers import concurrently, run_script

pytestmark = pytest.mark.slow  # every test here runs the whole script

SMOKE_ENV = {"SMOKE": "1", "ITERATIONS": "40", "SEED": "7"}
SAME = ("steps", "train_loss", "pre_quant_val_bpb", "roundtrip_val_bpb", "sliding_val_bpb", "model_bytes",
        "artifact_bytes", "code_bytes")


def launch(root, script, out_dir, **extra):
    # no OMP_NUM_THREADS: the script's CPU default (1 thread) applies, 7x faster than 2 on a busy 2-core machine
    return run_script(script, 600, **{**SMOKE_ENV, "OUT_DIR": str(out_dir), "RUN_ID": "e2e", **extra})


def smoke_run(root, script, out_dir):
    result = launch(root, script, out_dir)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("config {")  # the log starts with the resolved config
    assert any(line.startswith("model: ") and line.endswith(" parameters, plain MLP") for line in lines)  # CPU
    return json.loads(lines[-1]), json.loads((out_dir / "e2e.json").read_text())


@pytest.fixture(scope="module")
def runs(root, tmp_path_factory):
    """The readable and the packed script's smoke runs, at once (one thread each)."""
    readable_dir, packed_dir = tmp_path_factory.mktemp("readable"), tmp_path_factory.mktemp("packed")
    readable, packed = concurrently(lambda: smoke_run(root, "train_gpt_human.py", readable_dir),
                                    lambda: smoke_run(root, "train_gpt.py", packed_dir))
    return readable, packed


def test_smoke_run_trains_and_scores_an_artifact_under_budget(runs):
    (summary, full), _ = runs
    losses = [loss for _, _, loss in full["history"]]
    assert losses[-1] < losses[0] - 1.0  # ~6.9 (uniform over 1024) falls well below
    assert math.isfinite(summary["sliding_val_bpb"]) and summary["sliding_val_bpb"] < 3.5
    assert summary["artifact_bytes"] == summary["code_bytes"] + summary["model_bytes"] < 16_000_000
    assert summary["roundtrip_val_bpb"] >= summary["pre_quant_val_bpb"] - 0.01  # quantization costs, never helps much


def test_packed_script_gives_the_readable_scripts_numbers(runs):
    (readable, _), (packed, _) = runs
    assert {k: readable[k] for k in SAME} == {k: packed[k] for k in SAME}


BUDGET_SCRIPTS = ("train_gpt_human.py", "train_gpt.py")


@pytest.fixture(scope="module")
def over_budget_runs(root, tmp_path_factory):
    """script -> (its run with a budget that cannot be met, its OUT_DIR): both scripts at once (one thread each)."""
    dirs = [tmp_path_factory.mktemp("over_budget") for _ in BUDGET_SCRIPTS]
    results = concurrently(*[lambda script=script, out=out: launch(root, script, out, ITERATIONS="3",
                                                                   ARTIFACT_BUDGET_BYTES="60000")
                             for script, out in zip(BUDGET_SCRIPTS, dirs, strict=True)])
    return {script: (result, out) for script, result, out in zip(BUDGET_SCRIPTS, results, dirs, strict=True)}


@pytest.mark.parametrize("script", BUDGET_SCRIPTS)
def test_a_budget_that_cannot_be_met_fails_loudly_and_writes_no_artifact(over_budget_runs, script):
    result, out_dir = over_budget_runs[script]
    assert result.returncode == 2, result.stderr[-3000:]
    assert result.stderr.startswith("error: ") and "bytes" in result.stderr and "Traceback" not in result.stderr
    assert not list(out_dir.glob("*.ptz"))


@pytest.mark.parametrize("script, case, var", [
    ("train_gpt_human.py", "earlier_run", "OVERWRITE=1"),
    ("train_gpt.py", "earlier_run", "OVERWRITE=1"),
    ("train_gpt_human.py", "out_dir_is_a_file", "OUT_DIR"),
    ("train_gpt_human.py", "budget_below_code", "ARTIFACT_BUDGET_BYTES"),
    ("train_gpt_human.py", "eval_artifact_missing", "EVAL_ARTIFACT"),
    ("train_gpt_human.py", "eval_artifact_is_a_folder", "EVAL_ARTIFACT"),
    ("train_gpt.py", "eval_artifact_in_packed_script", "EVAL_ARTIFACT"),
])
def test_bad_outputs_and_settings_fail_at_start_up_and_change_nothing(root, tmp_path, script, case, var):
    out = tmp_path / "out"
    out.mkdir()
    env = {}
    if case == "earlier_run":
        (out / "e2e.ptz").write_bytes(b"a good artifact")
        (out / "e2e.json").write_text("{}")
    elif case == "out_dir_is_a_file":
        out.rmdir()
        out.write_text("not a folder")
        env["OUT_DIR"] = str(out / "sub")
    elif case == "budget_below_code":
        env["ARTIFACT_BUDGET_BYTES"] = "1000"
    elif case == "eval_artifact_missing":
        env["EVAL_ARTIFACT"] = str(tmp_path / "missing.ptz")
    else:
        env["EVAL_ARTIFACT"] = str(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = launch(root, script, out, ITERATIONS="2", **env)
    assert result.returncode == 2, result.stdout[-2000:] + result.stderr[-2000:]
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1 and var in result.stderr
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_check_outputs_refuses_a_read_only_out_dir_and_replaces_only_when_asked(tmp_path, monkeypatch):
    import train_gpt_human as T

    cfg = T.Config.from_env({"SMOKE": "1", "OUT_DIR": str(tmp_path / "new" / "sub")})
    T.check_outputs(cfg, Path(cfg.out_dir), "r", finished_run=True)  # missing folders can be made: fine
    assert not (tmp_path / "new").exists()  # and nothing was created
    (tmp_path / "r.ptz").write_bytes(b"old")
    cfg = T.Config.from_env({"SMOKE": "1", "OUT_DIR": str(tmp_path)})
    with pytest.raises(T.ConfigError, match="OVERWRITE=1"):
        T.check_outputs(cfg, tmp_path, "r", finished_run=True)
    T.check_outputs(cfg, tmp_path, "r", finished_run=False)  # EVAL_ARTIFACT runs write no artifact
    T.check_outputs(T.Config.from_env({"SMOKE": "1", "OUT_DIR": str(tmp_path), "OVERWRITE": "1"}), tmp_path, "r",
                    finished_run=True)
    monkeypatch.setattr(T.os, "access", lambda path, mode: False)  # a read-only folder (root ignores chmod)
    with pytest.raises(T.ConfigError, match="OUT_DIR=.*is not writable"):
        T.check_outputs(cfg, tmp_path, "other", finished_run=True)
