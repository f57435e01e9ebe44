"""submission.py: the t distribution against table values, the log parser on the challenge's formats, and the
exporter + validator on two real smoke runs (seeds 1 and 2) and on bad copies of their folder."""

import json
import math
import re
import shutil

import pytest
from helpers import concurrently, run_script

import submission as S

# ---------------------------------------------------------------------------------------------------------------
# The t distribution
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("t", "df", "p"), [  # two- and one-sided critical values of any t table
    (12.706, 1, 0.975), (4.303, 2, 0.975), (6.965, 2, 0.99), (3.182, 3, 0.975), (4.541, 3, 0.99), (4.604, 4, 0.995),
    (2.571, 5, 0.975), (2.228, 10, 0.975), (2.764, 10, 0.99), (1.725, 20, 0.95), (2.042, 30, 0.975),
    (1.645, 1e7, 0.95), (2.326, 1e7, 0.99),
])
def test_t_cdf_matches_table_values(t, df, p):
    # a table prints the quantile rounded to 3 decimals: the true one lies within 0.0005 of it
    assert S.t_cdf(t - 0.0005, df) <= p <= S.t_cdf(t + 0.0005, df)
    assert S.t_cdf(-t - 0.0005, df) <= 1 - p <= S.t_cdf(-t + 0.0005, df)


@pytest.mark.parametrize("t", [-30.0, -2.5, -0.3, 0.0, 0.4, 1.7, 9.0])
def test_t_cdf_matches_the_closed_forms_of_one_and_two_degrees_of_freedom(t):
    assert S.t_cdf(t, 1) == pytest.approx(0.5 + math.atan(t) / math.pi, abs=1e-12)  # Cauchy
    assert S.t_cdf(t, 2) == pytest.approx(0.5 + t / (2 * math.sqrt(2 + t * t)), abs=1e-12)


@pytest.mark.parametrize(("a", "b", "x"), [(0.5, 0.5, 0.3), (2.5, 0.5, 0.9), (7.0, 3.0, 0.6), (40.0, 0.5, 0.99)])
def test_betainc_against_its_identities(a, b, x):
    assert S.betainc(a, 1.0, x) == pytest.approx(x**a, rel=1e-12)
    assert S.betainc(1.0, b, x) == pytest.approx(1 - (1 - x) ** b, rel=1e-12)
    assert S.betainc(a, b, x) == pytest.approx(1 - S.betainc(b, a, 1 - x), abs=1e-13)


def test_welch_with_a_bare_baseline_mean_is_the_one_sample_test():
    r = S.welch_improvement([1.0, 2.0, 3.0, 4.0], base_mean=5.0, margin=0.5)
    se = math.sqrt((5 / 3) / 4)
    assert r.gain == pytest.approx(2.5) and r.df == pytest.approx(3) and r.t == pytest.approx(2.0 / se)
    assert r.p == pytest.approx(1 - S.t_cdf(2.0 / se, 3))
    assert 0.01 < r.p < 0.05  # t = 3.10, between the 0.975 (3.182) and 0.95 (2.353) quantiles at 3 df


def test_welch_degrees_of_freedom_for_two_equal_samples_are_pooled_ones():
    r = S.welch_improvement([1.0, 1.2, 1.4], base_mean=2.2, base_var=0.04, base_n=3, margin=0.0)
    assert r.df == pytest.approx(4.0) and r.t == pytest.approx(1.0 / math.sqrt(2 * 0.04 / 3))

# ---------------------------------------------------------------------------------------------------------------
# The log parser on other participants' formats
# ---------------------------------------------------------------------------------------------------------------


def test_parser_reads_the_1089_line_formats(tmp_path):
    log = tmp_path / "train_seed42.log"
    log.write_text("""seed:42
step:6000/20000 train_loss:1.8756 train_time:562151ms step_avg:93.69ms
step:6257/20000 val_loss:1.8995 val_bpb:1.1250 train_time:586134ms step_avg:93.68ms
stopping_early: wallclock_cap train_time:586134ms step:6257/20000
DIAGNOSTIC post_ema val_loss:1.8977 val_bpb:1.1239 eval_time:2213ms
Code size: 126840 bytes
gptq:budget_check train:586082ms + gptq:7113ms = 593195ms (budget:600000ms)
Serialized model int6+brotli: 15859628 bytes
Total submission size int6+brotli: 15986468 bytes
final_int6_roundtrip val_loss:1.9109 val_bpb:1.1317 eval_time:16979ms
final_int6_roundtrip_exact val_loss:1.91090625 val_bpb:1.13174632
final_int6_sliding_window val_loss:1.8706 val_bpb:1.1079 stride:64 eval_time:101829ms
final_int6_sliding_window_exact val_loss:1.87063673 val_bpb:1.10789937
""")
    r = S.parse_log(log)
    assert (r.seed, r.steps, r.step_avg_ms, r.code_bytes, r.model_bytes, r.total_bytes) == (
        42, 6257, 93.68, 126840, 15859628, 15986468)
    assert r.train_s == pytest.approx(593.195) and r.eval_s == pytest.approx(16.979 + 101.829)
    assert r.score == ("final_int6_sliding_window_exact", S.Decimal("1.87063673"), S.Decimal("1.10789937"))
    assert all("post_ema" not in name for name, _, _ in r.finals)


def test_validator_accepts_another_participants_folder_in_the_1089_format(tmp_path):
    log = """seed:42
step:6257/20000 val_loss:1.8995 val_bpb:1.1250 train_time:586134ms step_avg:93.68ms
Code size: 126840 bytes
gptq:budget_check train:586082ms + gptq:7113ms = 593195ms (budget:600000ms)
Serialized model int6+brotli: 15859628 bytes
Total submission size int6+brotli: 15986468 bytes
final_int6_sliding_window val_loss:1.8706 val_bpb:1.1079 stride:64 eval_time:101829ms
final_int6_sliding_window_exact val_loss:1.87063673 val_bpb:1.10789937
"""
    (tmp_path / "train_seed42.log").write_text(log)
    (tmp_path / "train_gpt.py").write_bytes(b"#" * 126840)
    (tmp_path / "README.md").write_text("# a record\n")
    (tmp_path / "submission.json").write_text(json.dumps({
        "author": "someone", "github_id": "someone", "name": "x", "date": "2026-03-29", "val_bpb": 1.1079,
        "seeds": [42], "seed_results": {"42": {"val_bpb": 1.10789937, "artifact_bytes": 15986468}},
        "bytes_total": 15986468, "bytes_code": 126840}))
    report = S.validate(tmp_path)
    assert report.valid, report.errors
    assert any("126,840 + model 15,859,628 = 15,986,468" in n for n in report.notes)


def test_parser_reads_the_later_records_line_formats(tmp_path):
    log = tmp_path / "train0.txt"
    log.write_text("""Hyperparameters:
  seed: 0
4890/20000 val_loss: 2.7794 val_bpb: 1.0760
stopping_early: wallclock_cap train_time: 588188ms step: 4890/20000
pre-quantization post-ema val_loss:2.77999363 val_bpb:1.07618748 eval_time:7628ms
Serialized model quantized+brotli: 15965480 bytes
Total submission size quantized+brotli: 15992240 bytes
quantized val_loss:2.80837934 val_bpb:1.08717612 eval_time:8614ms
quantized_ttt_lora val_loss:2.78138792 val_bpb:1.07676194 eval_time:276377ms
total_eval_time:372.2s
""")
    r = S.parse_log(log)
    assert (r.seed, r.steps, r.model_bytes, r.train_s, r.eval_s) == (0, 4890, 15965480, 588.188, 372.2)
    assert r.score[0] == "quantized_ttt_lora" and r.score[2] == S.Decimal("1.07676194")
    assert [name for name, _, _ in r.finals] == ["quantized", "quantized_ttt_lora"]


def test_a_file_without_a_final_score_is_not_a_run_log(tmp_path):
    (tmp_path / "shrink.log").write_text("wrote train_gpt.py\n")
    assert S.parse_log(tmp_path / "shrink.log") is None

# ---------------------------------------------------------------------------------------------------------------
# Export and validation of two real smoke runs
# ---------------------------------------------------------------------------------------------------------------

RUN_ENV = {"SMOKE": "1", "ITERATIONS": "8", "EVAL_STRIDE": "64", "OMP_NUM_THREADS": "1"}


@pytest.fixture(scope="session")
def smoke_runs(tmp_path_factory):
    """Two short smoke runs of the readable script, seeds 1 and 2, at once (one thread each): their logs
    (OUT_DIR/RUN_ID.txt) and summaries."""
    out = tmp_path_factory.mktemp("runs")
    seeds = (1, 2)
    results = concurrently(*[lambda seed=seed: run_script("train_gpt_human.py", 600, **RUN_ENV, SEED=str(seed),
                                                          OUT_DIR=str(out), RUN_ID=f"smoke_s{seed}") for seed in seeds])
    runs = {}
    for seed, result in zip(seeds, results, strict=True):
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        runs[seed] = (out / f"smoke_s{seed}.txt", json.loads((out / f"smoke_s{seed}.json").read_text()))
    return runs


@pytest.fixture(scope="session")
def exported(smoke_runs, tmp_path_factory):
    out = tmp_path_factory.mktemp("records")
    result = run_script("submission.py", 300, "export", str(smoke_runs[1][0]), str(smoke_runs[2][0]), "--name",
                        "smoke", "--date", "2026-12-01", "--author", "tester", "--github-id", "tester", "--out",
                        str(out), OMP_NUM_THREADS="1")
    return result, out / "2026-12-01_smoke"


@pytest.fixture
def copy(exported, tmp_path):
    """A fresh copy of the good folder for a test to spoil."""
    return shutil.copytree(exported[1], tmp_path / "folder")


def test_export_writes_the_challenge_folder_from_the_logs(exported, smoke_runs, root):
    result, folder = exported
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert sorted(p.name for p in folder.iterdir()) == ["README.md", "requirements.txt", "submission.json",
                                                        "train_gpt.py", "train_seed1.log", "train_seed2.log"]
    assert (folder / "train_gpt.py").read_bytes() == (root / "train_gpt.py").read_bytes()
    sub = json.loads((folder / "submission.json").read_text())
    assert set(S.REQUIRED_FIELDS + S.RECORD_FIELDS) <= set(sub)
    summaries = {seed: s for seed, (_, s) in smoke_runs.items()}
    bpbs = [summaries[s]["ttt_val_bpb"] for s in (1, 2)]  # the final score: the default document TTT's
    assert sub["seeds"] == [1, 2] and sub["track"] == "10min_16mb"
    for seed, s in summaries.items():
        r = sub["seed_results"][str(seed)]
        assert r["val_bpb"] == pytest.approx(s["ttt_val_bpb"], abs=5e-9)
        assert r["val_loss"] == pytest.approx(s["ttt_val_loss"], abs=5e-9)
        assert r["artifact_bytes"] == s["artifact_bytes"] and r["steps"] == s["steps"] == 8
        assert r["eval_time_s"] == pytest.approx(s["eval_s"], abs=0.06)
    assert sub["val_bpb"] == pytest.approx(sum(bpbs) / 2, abs=1e-8)
    assert sub["val_bpb_std"] == pytest.approx(abs(bpbs[0] - bpbs[1]) / math.sqrt(2), abs=1e-8)  # sample std
    assert sub["bytes_total"] == max(s["artifact_bytes"] for s in summaries.values())
    assert sub["bytes_code"] == len((folder / "train_gpt.py").read_bytes())
    assert sub["blurb"].startswith("NOT a FineWeb record") and not sub["compliance"]["fineweb_record"]
    readme = (folder / "README.md").read_text()
    assert "NOT a FineWeb record" in readme and "#1089" in readme and "#1169" in readme
    assert "../shared" not in readme and "SMOKE=1" in readme and "SEED=2" in readme
    assert re.search(r"^brotli==", (folder / "requirements.txt").read_text(), re.M)
    log = (folder / "train_seed1.log").read_text()
    assert "final_int6_sliding_window_exact val_loss:" in log and "legal_ttt_exact val_loss:" in log
    assert result.stdout.splitlines()[1].startswith("VALID")


def test_validator_accepts_the_export_and_says_why(exported):
    result = run_script("submission.py", 120, "validate", str(exported[1]))
    assert result.returncode == 0, result.stdout
    assert "VALID" in result.stdout and "< 16,000,000" in result.stdout and "NOT" not in result.stdout


def validate_errors(folder, *args):
    result = run_script("submission.py", 120, "validate", str(folder), *args)
    assert result.returncode == 1, result.stdout
    return [line for line in result.stdout.splitlines() if line.strip().startswith("error")]


def test_validator_rejects_a_folder_over_budget(copy):
    with open(copy / "train_gpt.py", "ab") as f:
        f.write(b"#" * 16_000_000)
    errors = validate_errors(copy)
    assert any(">= 16,000,000" in e for e in errors) and any("not the script" in e for e in errors)


def test_validator_rejects_a_missing_seed_log(copy):
    (copy / "train_seed2.log").unlink()
    assert validate_errors(copy) == ["  error    seed 2: no training log in the folder"]


def test_validator_rejects_numbers_that_disagree_with_the_log(copy):
    path = copy / "submission.json"
    sub = json.loads(path.read_text())
    sub["seed_results"]["1"]["val_bpb"] += 0.001
    sub["val_loss"] += 0.01
    path.write_text(json.dumps(sub))
    errors = validate_errors(copy)
    assert any(e.startswith("  error    seed 1") and "val_bpb" in e for e in errors)
    assert any("val_loss is" in e and "mean" in e for e in errors)


@pytest.mark.parametrize(("pattern", "replacement", "what"), [
    (r"gptq:budget_check train:\d+ms", "gptq:budget_check train:700000ms", "training took"),
    (r"total_eval_time:[\d.]+s", "total_eval_time:612.5s", "evaluation took 612.5 s"),
])
def test_validator_rejects_a_run_over_time(copy, pattern, replacement, what):
    log = copy / "train_seed1.log"
    log.write_text(re.sub(pattern, replacement, log.read_text()))
    assert any(what in e and "> 600 s" in e for e in validate_errors(copy))


def test_validator_runs_the_significance_test_against_a_baseline(exported):
    sub = json.loads((exported[1] / "submission.json").read_text())
    ok = run_script("submission.py", 120, "validate", str(exported[1]), "--baseline", str(sub["val_loss"] + 1.0))
    assert ok.returncode == 0 and "one-sided p" in ok.stdout, ok.stdout
    too_close = validate_errors(exported[1], "--baseline", str(sub["val_loss"] + 0.004))
    assert any("one-sided p" in e and "not < 0.01" in e for e in too_close)


def test_bad_usage_exits_2(tmp_path):
    assert run_script("submission.py", 60, "validate", str(tmp_path / "nowhere")).returncode == 2
    assert run_script("submission.py", 60, "export", str(tmp_path / "none.txt"), "--name", "x").returncode == 2
    assert run_script("submission.py", 60, "validate", str(tmp_path), "--baseline", "abc").returncode == 2
    assert run_script("submission.py", 60, "--help").returncode == 0
