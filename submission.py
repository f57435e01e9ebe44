"""The challenge's submission folder: export our runs into one, and validate any such folder.

    python submission.py export RUN [RUN ...] --name NAME [--author A --github-id G] [--blurb TEXT]
    python submission.py validate FOLDER [--baseline VAL_LOSS_OR_FOLDER]

A record is a pull request that adds `records/track_10min_16mb/<date>_<name>/` to openai/parameter-golf with a
README.md, a submission.json, the training log of every seed and the train_gpt.py that wrote them (the challenge
README, "Submission Process"). A new record must beat the last by >= 0.005 nats at p < 0.01 over its seeds.

`export` builds that folder from the seeds' runs. A RUN is one run's log (OUT_DIR/RUN_ID.txt; it ends with our JSON
summary line) or a bench/proxy_record.py record folder (its train.log, train_gpt.py and command.sh). It copies the
packed script the runs used, writes requirements.txt, one train_seed<N>.log per seed, submission.json with every
number computed from the logs (mean and sample std over seeds) and a README (numbers, command, hardware, credits),
then validates the folder. It reads files only: no GPU, no network. A run on data other than the challenge's FineWeb
shards, or on other hardware than 8xH100, is labelled as not a record in the README and the blurb.

`validate` checks a folder, ours or another participant's, from its files alone: the required files; one log per
listed seed; total bytes = the folder's train_gpt.py bytes + the compressed model size its log reports, < 16,000,000
(strict: the script as it lies in the folder is what counts); the scores, losses, sizes, steps and times in
submission.json against the logs; training (Hessian collection included where logged) and evaluation within 600 s
each. With --baseline (a mean val_loss in nats, or a folder whose seeds' val_loss are the baseline sample) it runs a
one-sided Welch t-test of an improvement of at least 0.005 nats and requires p < 0.01. The t distribution is computed
here (regularized incomplete beta by continued fraction), so the validator needs only the standard library.

Logs are read through the challenge's own line formats (`final_*_exact val_loss:... val_bpb:...`,
`Total submission size ...: N bytes`, `stopping_early: ...`, as #1089 and later records print them); our JSON
summary line fills in what an older log of ours lacks. One program with two subcommands because both sides share
that parser and the rules: what the exporter writes is exactly what the validator checks.

Exit codes: 0 done / valid, 1 invalid (or an export whose runs do not make a consistent record), 2 bad usage.
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import re
import shutil
import statistics
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TRACK = "10min_16mb"
RECORDS_DIR = ROOT / "records" / f"track_{TRACK}"
BUDGET_BYTES = 16_000_000  # decimal MB: code + compressed model must stay below
TIME_LIMIT_S = 600.0  # training and evaluation, each
MIN_GAIN_NATS = 0.005  # a new record's margin over the last one ...
ALPHA = 0.01  # ... at this significance, one-sided
REQUIRED_FILES = ("README.md", "submission.json", "train_gpt.py")
REQUIRED_FIELDS = ("author", "github_id", "name", "val_bpb")  # the challenge README's minimum
RECORD_FIELDS = ("blurb", "date", "track", "val_loss", "val_loss_std", "val_bpb_std", "seeds", "seed_results",
                 "bytes_total", "bytes_code")  # what the records since ~#1400 carry besides
RECORD_HARDWARE = "8xH100"

# What our design builds on, credited in every exported README. When an idea of another record is adopted, add its
# row here (PR, author, what we use); FRONTIER-style gains go in the README's own text, not here.
CREDITS = (
    ("#1089", "mikeapedia", "the seed design this script rebuilds: Turbo-Muon (AOL preconditioning, Polar Express "
     "coefficients, row/col normalisation), EngramLite hashed n-gram embeddings, parameter banking, XSA on all "
     "layers, GPTQ mixed precision with Hessian sensitivity, byte-shuffle + brotli, opt-in score-first TTT"),
    ("#1218", "", "the SP4096 vocabulary (and dropping the hashed n-gram and value embeddings with it)"),
    ("#1394", "", "the SP8192 vocabulary; GPTQ on the tied embedding with the final-norm Hessian; MuonEq-R and layer "
     "looping (with #1285)"),
    ("#1523 / #1530", "", "the fused MLP: a persistent Triton GEMM on TMA descriptors with the activation in its "
     "epilogue"),
    ("#1530 / #1626 / #1855", "", "per-document LoRA TTT with global SGD phases, its settings (rank, chunk, batch)"),
    ("#1529 / #1787 / #1851", "", "two-lane parallel residuals, the sparse attention output gate, the BOS-masked "
     "SmearGate"),
    ("#1169", "Bortlesboat", "the GPTQ reserve trimmed to the calibration time actually needed"),
    ("#609", "", "the stack #1089 was built on"),
    ("#549", "abaybektursun", "the legal score-first TTT framework"),
    ("#478", "gowtham0992", "XSA on all layers"),
    ("#493", "", "LeakyReLU² activation (per-layer slopes in #1089)"),
    ("#315", "", "partial RoPE and LN scale 1/sqrt(layer+1)"),
    ("#289", "", "U-Net skip connections"),
)

# ----------------------------------------------------------------------------------------------------------------
# The t distribution (for the significance test), from the regularized incomplete beta function
# ----------------------------------------------------------------------------------------------------------------


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of I_x(a, b) (modified Lentz; Numerical Recipes §6.4), for x < (a+1)/(a+b+2)."""
    tiny, c, d = 1e-300, 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 1000):
        for num in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                    -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-15:
            return h
    raise ArithmeticError(f"incomplete beta did not converge (a={a}, b={b}, x={x})")


def betainc(a: float, b: float, x: float) -> float:
    """Regularized incomplete beta I_x(a, b) for a, b > 0 and 0 <= x <= 1."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _beta_continued_fraction(a, b, x) / a
    return 1.0 - math.exp(log_front) * _beta_continued_fraction(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with `df` (> 0, not necessarily integer) degrees of freedom."""
    tail = 0.5 * betainc(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t > 0 else tail


@dataclass(frozen=True)
class WelchResult:
    gain: float  # baseline mean - new mean (nats)
    t: float
    df: float
    p: float  # one-sided: P(a gain this large | the true gain is only `margin`)


def welch_improvement(new: list[float], base_mean: float, base_var: float = 0.0, base_n: int = 1,
                      margin: float = MIN_GAIN_NATS) -> WelchResult:
    """One-sided Welch test of H1: mean(base) - mean(new) > margin. A baseline given as a bare mean has no variance
    (base_var 0), which reduces the test to a one-sample t-test with len(new) - 1 degrees of freedom."""
    if len(new) < 2:
        raise ValueError("the t-test needs at least 2 seeds")
    a = statistics.variance(new) / len(new)
    b = base_var / base_n if base_n > 1 else 0.0
    gain = base_mean - statistics.fmean(new)
    if a + b == 0:  # identical seeds: the gain is exact
        return WelchResult(gain, math.inf if gain > margin else -math.inf, math.inf, 0.0 if gain > margin else 1.0)
    t = (gain - margin) / math.sqrt(a + b)
    df = (a + b) ** 2 / (a * a / (len(new) - 1) + (b * b / (base_n - 1) if base_n > 1 else 0.0))
    return WelchResult(gain, t, df, 1.0 - t_cdf(t, df))

# ----------------------------------------------------------------------------------------------------------------
# Reading a training log (the challenge's line formats, then our JSON summary line)
# ----------------------------------------------------------------------------------------------------------------

NUM = r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
FINAL_RE = re.compile(rf"^(?P<name>[A-Za-z]\w*) val_loss:(?P<loss>{NUM}) val_bpb:(?P<bpb>{NUM})(?P<rest>.*)$")
PRE_QUANT_RE = re.compile(r"(^|_)pre(_|quant|$)|post_ema|diagnostic", re.IGNORECASE)  # not a score of the artifact
EVAL_MS_RE = re.compile(rf"eval_time:\s*({NUM})ms")
TOTAL_EVAL_RE = re.compile(rf"^total_eval_time:\s*({NUM})s")
BUDGET_RE = re.compile(r"^gptq:budget_check train:(\d+)ms \+ gptq:(\d+)ms")
STOP_RE = re.compile(r"^stopping_early: \S+ train_time:\s*(\d+)ms step:\s*(\d+)/(\d+)")
STEP_RE = re.compile(r"^(?:step:)?(\d+)/(\d+)\s+(?:train_loss|val_loss)")
STEP_TIME_RE = re.compile(rf"train_time:(\d+)ms step_avg:({NUM})ms")
MODEL_RE = re.compile(r"^Serialized model \S+: (\d+) bytes")  # the compressed one ("Serialized model: N" is raw)
TOTAL_RE = re.compile(r"^Total submission size[^:]*: (\d+) bytes")
CODE_RE = re.compile(r"^Code size: (\d+) bytes")
SEED_LINE_RE = re.compile(r"^\s*seed\s*[:=]\s*(\d+)\s*$")
SEED_NAME_RE = re.compile(r"seed[_-]?(\d+)|_s(\d+)(?:\D|$)")
HEADER_RE = re.compile(r"^python (\S+) torch (\S+) device (.+) world_size (\d+)")


@dataclass
class RunLog:
    """What one training log says. Scores keep their printed digits (Decimal) for exact comparisons."""

    path: Path
    seed: int | None = None
    finals: list[tuple[str, Decimal, Decimal]] = field(default_factory=list)  # (line, val_loss, val_bpb), in order
    steps: int | None = None
    step_avg_ms: float | None = None
    train_s: float | None = None  # training, plus Hessian collection where the log says
    eval_s: float | None = None
    model_bytes: int | None = None
    total_bytes: int | None = None
    code_bytes: int | None = None
    summary: dict = field(default_factory=dict)  # our JSON summary line
    config: dict = field(default_factory=dict)  # our resolved config line
    header: dict = field(default_factory=dict)  # our versions/hardware line

    @property
    def score(self) -> tuple[str, Decimal, Decimal]:
        """The final score: the last post-quantization evaluation the log prints (TTT when it ran)."""
        return self.finals[-1]

    @property
    def data_path(self) -> str:
        return str(self.config.get("data_path", ""))

    @property
    def hardware(self) -> str:
        if not self.header:
            return ""
        return f"{self.header['world_size']}x{self.header['device']}"


def _dec(x: float) -> Decimal:
    return Decimal(repr(float(x)))


def _json_or_empty(text: str) -> dict:
    try:
        return json.loads(text)
    except json.JSONDecodeError:  # a line cut short (a run killed while writing): as if absent
        return {}


def parse_log(path: Path) -> RunLog | None:
    """The numbers of one training log, or None if the file holds no score of a quantized model (not a run log)."""
    log = RunLog(path)
    eval_ms: dict[str, float] = {}
    budget_s = stop_s = step_line_s = total_eval_s = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.rstrip()
        if m := FINAL_RE.match(line):
            if not PRE_QUANT_RE.search(m["name"]) and m["name"] != "step":
                log.finals.append((m["name"], Decimal(m["loss"]), Decimal(m["bpb"])))
                if t := EVAL_MS_RE.search(m["rest"]):
                    eval_ms[m["name"].removesuffix("_exact")] = float(t[1])
        elif m := TOTAL_EVAL_RE.match(line):
            total_eval_s = float(m[1])
        elif m := BUDGET_RE.match(line):
            budget_s = (int(m[1]) + int(m[2])) / 1000
        elif m := STOP_RE.match(line):
            stop_s, log.steps = int(m[1]) / 1000, int(m[2])
        elif m := MODEL_RE.match(line):
            log.model_bytes = int(m[1])
        elif m := TOTAL_RE.match(line):
            log.total_bytes = int(m[1])
        elif m := CODE_RE.match(line):
            log.code_bytes = int(m[1])
        elif m := HEADER_RE.match(line):
            log.header = {"python": m[1], "torch": m[2], "device": m[3], "world_size": int(m[4])}
        elif line.startswith("config {"):
            log.config = _json_or_empty(line[len("config "):])
        elif line.startswith("{") and '"sliding_val_bpb"' in line:
            log.summary = _json_or_empty(line)
        elif log.seed is None and (m := SEED_LINE_RE.match(line)):
            log.seed = int(m[1])
        if m := STEP_RE.match(line):
            if stop_s is None:
                log.steps = int(m[1])
            if t := STEP_TIME_RE.search(line):
                step_line_s, log.step_avg_ms = int(t[1]) / 1000, float(t[2])
    s = log.summary
    if not log.finals and s:  # an older log of ours: the JSON summary has the scores at full precision
        log.finals = [(name, _dec(s[f"{key}_val_loss"]), _dec(s[f"{key}_val_bpb"])) for name, key in
                      (("final_int6_roundtrip_exact", "roundtrip"), ("final_int6_sliding_window_exact", "sliding"),
                       ("legal_ttt_exact", "ttt")) if f"{key}_val_bpb" in s]
    if not log.finals:
        return None
    hessian_s = s.get("hessian_s", 0.0)
    json_train_s = s["train_s"] + hessian_s if "train_s" in s else None
    log.train_s = next((v for v in (budget_s, json_train_s, stop_s, step_line_s) if v is not None), None)
    log.eval_s = total_eval_s if total_eval_s is not None else s.get("eval_s")
    if log.eval_s is None and eval_ms:
        log.eval_s = sum(eval_ms.values()) / 1000
    log.steps = log.steps if log.steps is not None else s.get("steps")
    if log.step_avg_ms is None and s.get("steps"):
        log.step_avg_ms = round(1000 * s["train_s"] / s["steps"], 2)
    log.model_bytes = log.model_bytes if log.model_bytes is not None else s.get("model_bytes")
    log.total_bytes = log.total_bytes if log.total_bytes is not None else s.get("artifact_bytes")
    log.code_bytes = log.code_bytes if log.code_bytes is not None else s.get("code_bytes")
    if log.model_bytes is None and log.total_bytes is not None and log.code_bytes is not None:
        log.model_bytes = log.total_bytes - log.code_bytes
    for seed in (log.config.get("seed"), s.get("seed")):
        if seed is not None:
            log.seed = int(seed)
    if log.seed is None and (m := SEED_NAME_RE.search(path.stem)):
        log.seed = int(m[1] or m[2])
    return log


def run_logs(folder: Path) -> dict[int, RunLog]:
    """The folder's run logs by seed (*.log, *.txt anywhere below it). Two logs of one seed: the one whose file name
    names the seed wins, else the first by name."""
    found: dict[int, RunLog] = {}
    for path in sorted([*folder.rglob("*.log"), *folder.rglob("*.txt")]):
        if path.name.startswith("requirements") or not path.is_file():
            continue
        log = parse_log(path)
        if log is None or log.seed is None:
            continue
        named = str(log.seed) in re.findall(r"\d+", path.stem)
        if log.seed not in found or (named and str(log.seed) not in re.findall(r"\d+", found[log.seed].path.stem)):
            found[log.seed] = log
    return found

# ----------------------------------------------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------------------------------------------


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.errors

    def text(self, folder: Path) -> str:
        lines = [f"{'VALID' if self.valid else 'INVALID'}: {folder}"]
        lines += [f"  ok       {n}" for n in self.notes]
        lines += [f"  warning  {w}" for w in self.warnings]
        lines += [f"  error    {e}" for e in self.errors]
        return "\n".join(lines)


def _half_ulp(d: Decimal) -> float:
    """Half a unit in the last printed digit: how far a number can be from what it was rounded from."""
    exp = d.as_tuple().exponent
    return 0.5 * 10.0 ** exp if isinstance(exp, int) else 0.0


def same(claim: object, value: Decimal | float, value_digits: Decimal | None = None) -> bool:
    """Does a number from submission.json agree with the log's, given how many digits each was printed with?"""
    if not isinstance(claim, Decimal | int) or isinstance(claim, bool):
        return False
    c = Decimal(claim)
    slack = _half_ulp(c) + (_half_ulp(value_digits) if value_digits is not None else 0.0) + 1e-9
    return abs(float(c) - float(value)) <= slack


def seed_claims(sub: dict, seed: int) -> dict:
    results = sub.get("seed_results")
    if isinstance(results, dict):
        claim = results.get(str(seed), results.get(seed))
        if isinstance(claim, dict):
            return claim
    return {}


def check_seed(seed: int, log: RunLog, claim: dict, code_bytes: int, report: Report) -> int | None:
    """Check one seed's log against its claims and the rules; returns its real total bytes (None if unknown)."""
    where = f"seed {seed} ({log.path.name})"
    name, loss, bpb = log.score
    if "val_bpb" in claim:
        match = next((f for f in reversed(log.finals) if same(claim["val_bpb"], f[2], f[2])), None)
        if match is None:
            report.errors.append(f"{where}: submission.json says val_bpb {claim['val_bpb']}, the log's final score is "
                                 f"{bpb} ({name}) and no other score of the log matches")
        else:
            report.notes.append(f"{where}: val_bpb {claim['val_bpb']} = the log's {match[0]}")
            if "val_loss" in claim and not same(claim["val_loss"], match[1], match[1]):
                report.errors.append(f"{where}: submission.json says val_loss {claim['val_loss']}, the log's "
                                     f"{match[0]} says {match[1]}")
    for key, value in (("steps", log.steps), ("artifact_bytes", log.total_bytes)):
        if key in claim and value is not None and claim[key] != value:
            report.errors.append(f"{where}: submission.json says {key} {claim[key]}, the log says {value}")
    for key, value in (("step_avg_ms", log.step_avg_ms), ("eval_time_s", log.eval_s), ("train_time_s", log.train_s)):
        if key in claim and value is not None and not (same(claim[key], value, _dec(0.01))
                                                       or abs(float(claim[key]) - value) <= 1e-3 * value):
            report.errors.append(f"{where}: submission.json says {key} {claim[key]}, the log says {value}")
    for what, seconds in (("training", log.train_s), ("evaluation", log.eval_s)):
        if seconds is None:
            report.errors.append(f"{where}: the log does not say how long {what} took")
        elif seconds > TIME_LIMIT_S:
            report.errors.append(f"{where}: {what} took {seconds:.1f} s > {TIME_LIMIT_S:.0f} s")
        else:
            report.notes.append(f"{where}: {what} {seconds:.1f} s <= {TIME_LIMIT_S:.0f} s")
    if log.code_bytes is not None and log.code_bytes != code_bytes:
        report.errors.append(f"{where}: the log ran a train_gpt.py of {log.code_bytes:,} bytes, the folder's has "
                             f"{code_bytes:,}: not the script that wrote this log")
    if log.model_bytes is None:
        report.errors.append(f"{where}: the log reports no compressed model size")
        return None
    total = code_bytes + log.model_bytes
    if total >= BUDGET_BYTES:
        report.errors.append(f"{where}: train_gpt.py {code_bytes:,} + model {log.model_bytes:,} = {total:,} bytes "
                             f">= {BUDGET_BYTES:,}")
    else:
        report.notes.append(f"{where}: train_gpt.py {code_bytes:,} + model {log.model_bytes:,} = {total:,} bytes "
                            f"< {BUDGET_BYTES:,}")
    if log.config and not Path(log.data_path).name.startswith("fineweb10B_"):
        report.warnings.append(f"{where}: data {log.data_path!r} is not the challenge's FineWeb shards: not a record")
    if log.header and not (log.header["world_size"] == 8 and "H100" in log.header["device"]):
        report.warnings.append(f"{where}: ran on {log.hardware}, not {RECORD_HARDWARE}")
    return total


def baseline_sample(baseline: str) -> tuple[float, float, int, str]:
    """(mean, variance, n, description) of the baseline val_loss: a number (a mean, no variance) or a folder."""
    try:
        return float(baseline), 0.0, 1, f"mean {float(baseline):.5f}"
    except ValueError:
        pass
    folder = Path(baseline)
    logs = run_logs(folder)
    if len(logs) >= 1:
        losses = [float(log.score[1]) for log in logs.values()]
    else:
        sub = json.loads((folder / "submission.json").read_text(encoding="utf-8"))
        losses = [float(r["val_loss"]) for r in sub.get("seed_results", {}).values() if "val_loss" in r]
        losses = losses or [float(sub["val_loss"])]
    var = statistics.variance(losses) if len(losses) > 1 else 0.0
    return statistics.fmean(losses), var, len(losses), f"{folder.name}, {len(losses)} seed(s)"


def validate(folder: Path, baseline: str | None = None, margin: float = MIN_GAIN_NATS, alpha: float = ALPHA) -> Report:
    report = Report()
    missing = [f for f in REQUIRED_FILES if not (folder / f).is_file()]
    report.errors += [f"{f} is missing" for f in missing]
    if "submission.json" in missing or "train_gpt.py" in missing:
        return report
    try:
        sub = json.loads((folder / "submission.json").read_text(encoding="utf-8"), parse_float=Decimal)
    except json.JSONDecodeError as e:
        report.errors.append(f"submission.json is not JSON: {e}")
        return report
    report.errors += [f"submission.json has no {k!r}" for k in REQUIRED_FIELDS if sub.get(k) in (None, "")]
    absent = [k for k in RECORD_FIELDS if k not in sub]
    if absent:
        report.warnings.append(f"submission.json lacks the record fields {', '.join(absent)}")
    if "track" in sub and sub["track"] != TRACK:
        report.errors.append(f"track is {sub['track']!r}, not {TRACK!r}")
    code_bytes = len((folder / "train_gpt.py").read_bytes())
    logs = run_logs(folder)
    seeds = [int(s) for s in sub.get("seeds") or sub.get("seed_results") or logs]
    if not seeds:
        report.errors.append("no training log with a final score in the folder")
    totals, scored = [], []
    for seed in seeds:
        if seed not in logs:
            report.errors.append(f"seed {seed}: no training log in the folder")
            continue
        claim = seed_claims(sub, seed) or ({k: sub[k] for k in ("val_bpb", "val_loss") if k in sub}
                                           if len(seeds) == 1 else {})
        totals.append(check_seed(seed, logs[seed], claim, code_bytes, report))
        scored.append(logs[seed])
    if len(seeds) < 3:
        report.warnings.append(f"{len(seeds)} seed(s): a record shows p < {alpha} over its seeds, usually 3")
    if "bytes_code" in sub and sub["bytes_code"] != code_bytes:
        report.errors.append(f"bytes_code is {sub['bytes_code']}, train_gpt.py has {code_bytes:,} bytes")
    known = [t for t in totals if t is not None]
    if known and "bytes_total" in sub and isinstance(sub["bytes_total"], int) and sub["bytes_total"] < max(known):
        report.errors.append(f"bytes_total {sub['bytes_total']:,} understates the largest seed's {max(known):,}")
    if len(scored) == len(seeds) and scored:
        for key, i in (("val_loss", 1), ("val_bpb", 2)):
            values = [float(log.score[i]) for log in scored]
            mean = statistics.fmean(values)
            if key in sub and not same(sub[key], mean):
                report.errors.append(f"{key} is {sub[key]}, the mean of the logs' final scores is {mean:.8f}")
            std_key = f"{key}_std"
            if std_key in sub and len(values) > 1 and sub[std_key] is not None:
                stds = (statistics.stdev(values), statistics.pstdev(values))  # both conventions are in use
                if not any(same(sub[std_key], s) for s in stds):
                    report.errors.append(f"{std_key} is {sub[std_key]}, the logs give {stds[0]:.8f} (sample) or "
                                         f"{stds[1]:.8f} (population)")
    if baseline is not None and scored:
        base_mean, base_var, base_n, what = baseline_sample(baseline)
        losses = [float(log.score[1]) for log in scored]
        if len(losses) < 2:
            report.errors.append("the significance test needs at least 2 seeds")
        else:
            r = welch_improvement(losses, base_mean, base_var, base_n, margin)
            line = (f"val_loss {statistics.fmean(losses):.5f} vs baseline {what}: gain {r.gain:.5f} nats, "
                    f"Welch t {r.t:.3f}, df {r.df:.1f}, one-sided p {r.p:.2g} for a gain > {margin} nats")
            if r.p < alpha:
                report.notes.append(f"{line} < {alpha}")
            else:
                report.errors.append(f"{line}: not < {alpha}")
    return report

# ----------------------------------------------------------------------------------------------------------------
# Export
# ----------------------------------------------------------------------------------------------------------------


class ExportError(RuntimeError):
    """The runs do not make one consistent record (exit 1)."""


@dataclass
class Run:
    log: RunLog
    script: bytes  # the packed train_gpt.py that ran
    command: str  # how to launch it, settings included


def record_requirements() -> str:
    """requirements.txt for the record folder: the third-party packages train_gpt_human.py imports, plus the GPU
    machine's extras, with the version lines of the project's requirements files (so the pins live in one place)."""
    lines = {}
    for req in ("requirements.txt", "requirements-gpu.txt"):
        for line in (ROOT / req).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith(("#", "-")):
                lines[re.split(r"[<>=~! #]", line, maxsplit=1)[0].lower().replace("_", "-")] = (req, line)
    tree = ast.parse((ROOT / "train_gpt_human.py").read_text(encoding="utf-8"))
    local = {p.stem for p in ROOT.glob("*.py")}
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module and node.level == 0}
    third_party = sorted(imported - set(sys.stdlib_module_names) - local - {"__future__"})
    unknown = [m for m in third_party if m.lower() not in lines]
    if unknown:
        raise ExportError(f"train_gpt_human.py imports {unknown} with no line in requirements*.txt: add one")
    names = third_party + [k for k, (req, _) in lines.items() if req == "requirements-gpu.txt"]
    body = "\n".join(lines[n.lower()][1] for n in dict.fromkeys(names))
    return ("# The runtime of train_gpt.py (the record machine: Python >= 3.12, torch 2.11 cu130, 8xH100 SXM).\n"
            f"{body}\n")


def config_command(config: dict, world_size: int, device: str, script: str) -> str:
    """The launch command for a run's resolved config: the settings that differ from the script's defaults, or from
    its SMOKE preset when that is shorter. Needs the readable script of the same code (checked by the caller)."""
    sys.path.insert(0, str(ROOT))
    import train_gpt_human as T

    def overrides(base: dict) -> list[str]:
        out = []
        for k, v in sorted(config.items()):
            if k in ("run_id", "out_dir", "seed") or k not in base or base[k] == v:
                continue
            out.append(f"{k.upper()}={int(v) if isinstance(v, bool) else v}")
        return out

    plain = overrides(T.Config.from_env({}).__dict__)
    smoke = ["SMOKE=1", *overrides(T.Config.from_env({"SMOKE": "1"}).__dict__)]
    env = " ".join(min(plain, smoke, key=len) + [f"SEED={config.get('seed', 1337)}"])
    launch = f"torchrun --standalone --nproc_per_node={world_size}" if device != "cpu" else "python"
    return f"{env} {launch} {script}"


def load_run(path: Path, script_override: Path | None) -> Run:
    """One seed's run: a log file (its script is this checkout's train_gpt.py unless --script), or a proxy record
    folder (its own train_gpt.py, train.log and command.sh)."""
    folder = path if path.is_dir() else None
    log_path = folder / "train.log" if folder else path
    log = parse_log(log_path) if log_path.is_file() else None
    if log is None:
        raise ExportError(f"{log_path}: no training log with a final score")
    if log.seed is None:
        raise ExportError(f"{log_path}: the log does not say its seed")
    script_path = script_override or (folder / "train_gpt.py" if folder else ROOT / "train_gpt.py")
    script = script_path.read_bytes()
    if log.code_bytes is not None and log.code_bytes != len(script):
        raise ExportError(f"{log_path} ran a train_gpt.py of {log.code_bytes:,} bytes; {script_path} has "
                          f"{len(script):,}: export with the script that ran (--script), or rerun")
    rel = "train_gpt.py"
    if folder and (folder / "command.sh").is_file():
        words = (folder / "command.sh").read_text(encoding="utf-8").strip().splitlines()[-1].split()
        n_env = next((i for i, w in enumerate(words) if "=" not in w), len(words))
        env = [w for w in words[:n_env] if not w.startswith(("RUN_ID=", "OUT_DIR=", "SEED="))]
        command = " ".join([*env, f"SEED={log.seed}", *words[n_env:]])
    elif script == (ROOT / "train_gpt.py").read_bytes() and log.config:
        command = config_command(log.config, log.header.get("world_size", 1), log.header.get("device", "cpu"), rel)
    else:
        command = f"SEED={log.seed} torchrun --standalone --nproc_per_node=8 {rel}  # settings: see the log's config"
    return Run(log, script, command)


def non_record_reasons(runs: list[Run]) -> list[str]:
    reasons = []
    data = sorted({r.log.data_path for r in runs if r.log.data_path})
    if any(not Path(d).name.startswith("fineweb10B_") for d in data):
        reasons.append(f"NOT a FineWeb record: trained and scored on {', '.join(data)}, not the challenge's FineWeb "
                       "shards, so the bpb is not comparable with the leaderboard")
    hardware = sorted({r.log.hardware for r in runs if r.log.hardware})
    if any(not (r.log.header.get("world_size") == 8 and "H100" in r.log.header.get("device", "")) for r in runs
           if r.log.header):
        reasons.append(f"not run on {RECORD_HARDWARE} SXM ({', '.join(hardware)}): times and steps are not a record's")
    return reasons


def fmt(x: float | None, digits: int) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def build_submission(runs: list[Run], args: argparse.Namespace, reasons: list[str]) -> dict:
    seeds = [r.log.seed for r in runs]
    script = runs[0].script
    results, totals = {}, []
    for r in runs:
        log = r.log
        total = len(script) + log.model_bytes if log.model_bytes is not None else log.total_bytes
        totals.append(total)
        results[str(log.seed)] = {
            "val_loss": round(float(log.score[1]), 8), "val_bpb": round(float(log.score[2]), 8),
            "artifact_bytes": total, "steps": log.steps, "step_avg_ms": log.step_avg_ms, "train_time_s": log.train_s,
            "eval_time_s": log.eval_s,
        }
    losses = [float(r.log.score[1]) for r in runs]
    bpbs = [float(r.log.score[2]) for r in runs]
    std = (lambda v: round(statistics.stdev(v), 8)) if len(runs) > 1 else (lambda v: None)
    header = runs[0].log.header
    blurb = args.blurb or f"{args.name}: our readable rebuild of #1089's design, packed by shrink.py"
    if reasons:
        blurb = f"{reasons[0].split(':')[0]}. {blurb}"
    used_ttt = runs[0].log.score[0].startswith("legal_ttt")
    return {
        "author": args.author, "github_id": args.github_id, "name": args.name, "blurb": blurb, "date": args.date,
        "track": TRACK,
        "val_loss": round(statistics.fmean(losses), 8), "val_bpb": round(statistics.fmean(bpbs), 8),
        "val_loss_std": std(losses), "val_bpb_std": std(bpbs),
        "seeds": seeds, "seed_results": results,
        "bytes_total": max(totals), "bytes_code": len(script),
        "score": runs[0].log.score[0].removesuffix("_exact"),
        "hardware": " / ".join(sorted({r.log.hardware for r in runs})) or "unknown",
        "pytorch_version": header.get("torch", "unknown"), "python_version": header.get("python", "unknown"),
        "compliance": {
            "train_under_600s": all(r.log.train_s is not None and r.log.train_s <= TIME_LIMIT_S for r in runs),
            "eval_under_600s": all(r.log.eval_s is not None and r.log.eval_s <= TIME_LIMIT_S for r in runs),
            "artifact_under_16mb": max(totals) < BUDGET_BYTES,
            "hessians_counted_in_training": True, "quantization_counted_in_eval": True,
            "score_first_ttt": used_ttt, "no_pre_quant_ttt": True, "three_seeds": len(runs) >= 3,
            "fineweb_record": not reasons,
        },
        "attribution": {pr: (f"@{who}: " if who else "") + what for pr, who, what in CREDITS},
    }


TABLE_HEADER = ("| seed | steps | ms/step | pre-quant bpb | roundtrip bpb | sliding bpb | TTT bpb | **score** | "
                "bytes (code + model) | train s | eval s |\n" + "|---" * 11 + "|")


def build_readme(runs: list[Run], sub: dict, reasons: list[str], folder_rel: str) -> str:
    n = len(runs)
    std = f", std {sub['val_bpb_std']:.5f}" if sub["val_bpb_std"] is not None else ""
    rows = []
    for r in runs:
        log, res = r.log, sub["seed_results"][str(r.log.seed)]
        s = log.summary
        bpbs = " | ".join(fmt(s.get(f"{k}_val_bpb"), 5) for k in ("pre_quant", "roundtrip", "sliding", "ttt"))
        rows.append(f"| {log.seed} | {res['steps']} | {fmt(res['step_avg_ms'], 2)} | {bpbs} | "
                    f"**{res['val_bpb']:.5f}** | {res['artifact_bytes']:,} | {fmt(res['train_time_s'], 1)} | "
                    f"{fmt(res['eval_time_s'], 1)} |")
    mean_steps = statistics.fmean(r.log.steps or 0 for r in runs)
    rows.append(f"| **mean** | {mean_steps:,.0f} | | | | | | **{sub['val_bpb']:.5f}** | | | |")
    warning = "".join(f"> **{reason}.**\n" for reason in reasons)
    banner = f"\n{warning}\n" if warning else "\n"
    credits = "\n".join(f"- [PR {pr}](https://github.com/openai/parameter-golf/pull/{pr[1:]})"
                        + (f" by @{who}" if who else "") + f": {what}." for pr, who, what in CREDITS)
    script = f"{folder_rel}/train_gpt.py"  # run from the repository root, where the data paths are relative to
    commands = "\n".join(dict.fromkeys(re.sub(r"(^|\s)train_gpt\.py\b", rf"\g<1>{script}", r.command) for r in runs))
    cfg = runs[0].log.config
    shape = f"{cfg.get('num_layers', 11)}-layer, {cfg.get('model_dim', 512)}-wide"
    data = runs[0].log.data_path
    if any(r.startswith("NOT a FineWeb") for r in reasons):
        where = "## Rerun (from the root of the repository that holds this folder)"
        fetch = f"# data: {data} (not the challenge's FineWeb shards: see the note at the top)"
    else:
        where = "## Reproduce (any 8xH100 SXM machine, from the root of a parameter-golf checkout)"
        # the challenge's data script; the larger vocabularies come from clarkkev's copy (#1218/#1394)
        vocab = cfg.get("vocab_size", 1024)
        fetch = ("" if vocab == 1024 else "MATCHED_FINEWEB_REPO_ID=kevclark/parameter-golf ") + \
            f"python3 data/cached_challenge_fineweb.py --variant sp{vocab} --train-shards 80"
    title = ("Not a record: " if reasons else "Record candidate: ") + sub["name"]
    seed_list = ", ".join(str(r.log.seed) for r in runs)
    return f"""# {title}

**val_bpb: {sub['val_bpb']:.5f}** ({n}-seed mean{std}; val_loss {sub['val_loss']:.5f} nats) |
**{sub['bytes_total']:,} bytes** (largest seed) | {sub['hardware']} | score: `{sub['score']}`
{banner}
{sub['blurb']}

## Results

{TABLE_HEADER}
{chr(10).join(rows)}

Bytes are this folder's `train_gpt.py` ({sub['bytes_code']:,} B) plus the compressed model size each log reports.
Training time includes Hessian collection for GPTQ; evaluation time includes quantization and compression (stricter
than the records' convention, which ran both outside the two 600 s budgets).

## Design

A {shape} GPT in the #1089 line (Turbo-Muon on parameter banks, EngramLite, XSA, U-Net skips,
SmearGate, value embeddings, EMA, late soft-round QAT), rebuilt as one readable script and packed into the
self-extracting `train_gpt.py` here (pruned, minified, LZMA/brotli). After training, Hessians from training data
drive GPTQ with mixed bit widths chosen to fill the 16,000,000-byte budget; the artifact is byte-shuffled,
brotli'd, reloaded bit-exactly and scored with a stride-{cfg.get("eval_stride", 64)} sliding window (optionally with
score-first TTT).

{where}

```bash
pip install -r {folder_rel}/requirements.txt
{fetch}
{commands}
```

The seeds were {seed_list}. Every run writes `logs/<run id>.txt` (these `train_seed<N>.log` files) ending with
one JSON line of all its numbers; the challenge's own lines (`final_int6_sliding_window_exact val_loss:...
val_bpb:...`, `Total submission size ...`) are in it too. (`final_int6` is #1089's line name; the widths here are
mixed.)

## Credits

{credits}

## Files

- `train_gpt.py`: the submitted script (packed; it unpacks and runs itself).
- `train_seed<N>.log`: the training log of each seed ({seed_list}).
- `submission.json`: the numbers above, computed from the logs.
- `requirements.txt`: the runtime the script needs.
"""


def export(args: argparse.Namespace) -> int:
    runs = [load_run(p, args.script) for p in args.runs]
    seeds = [r.log.seed for r in runs]
    if len(set(seeds)) != len(seeds):
        raise ExportError(f"two runs of one seed: {seeds}")
    if len({r.script for r in runs}) > 1:
        raise ExportError("the runs used different train_gpt.py files: one record is one script")
    if args.command:
        for r in runs:
            r.command = args.command.replace("{seed}", str(r.log.seed))
    reasons = non_record_reasons(runs)
    folder = args.out / f"{args.date}_{args.name}"
    if folder.exists():
        if not args.force:
            raise ExportError(f"{folder} exists (--force replaces it)")
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "train_gpt.py").write_bytes(runs[0].script)
    (folder / "requirements.txt").write_text(record_requirements(), encoding="utf-8")
    for r in sorted(runs, key=lambda r: r.log.seed):
        shutil.copyfile(r.log.path, folder / f"train_seed{r.log.seed}.log")
    sub = build_submission(sorted(runs, key=lambda r: r.log.seed), args, reasons)
    (folder / "submission.json").write_text(json.dumps(sub, indent=2) + "\n", encoding="utf-8")
    try:
        rel = folder.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        rel = f"records/track_{TRACK}/{folder.name}"
    (folder / "README.md").write_text(build_readme(sorted(runs, key=lambda r: r.log.seed), sub, reasons, rel),
                                      encoding="utf-8")
    print(f"wrote {folder}")
    report = validate(folder)
    print(report.text(folder))
    return 0 if report.valid else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command_name", required=True)
    ex = sub.add_parser("export", help="build a challenge submission folder from the seeds' runs")
    ex.add_argument("runs", nargs="+", type=Path, help="run logs (OUT_DIR/RUN_ID.txt) or proxy_record.py folders")
    ex.add_argument("--name", required=True, help="record name: the folder is <date>_<name>")
    ex.add_argument("--author", default="", help="your name, as on the leaderboard")
    ex.add_argument("--github-id", default="", help="your GitHub user name")
    ex.add_argument("--blurb", default="", help="one sentence on what the submission does")
    ex.add_argument("--date", default=time.strftime("%Y-%m-%d", time.gmtime()), help="YYYY-MM-DD (default today, UTC)")
    ex.add_argument("--out", type=Path, default=RECORDS_DIR, help=f"parent folder (default {RECORDS_DIR})")
    ex.add_argument("--script", type=Path, help="the train_gpt.py the runs used (default: a record folder's own, "
                    "else this checkout's)")
    ex.add_argument("--command", help="launch command for the README ({seed} is replaced); default: derived from "
                    "the log's config")
    ex.add_argument("--force", action="store_true", help="replace an existing folder")
    va = sub.add_parser("validate", help="check a submission folder (ours or anyone's)")
    va.add_argument("folder", type=Path)
    va.add_argument("--baseline", help="baseline val_loss in nats (a mean), or a submission folder (its seeds)")
    va.add_argument("--min-gain", type=float, default=MIN_GAIN_NATS, help="required gain in nats (default 0.005)")
    va.add_argument("--alpha", type=float, default=ALPHA, help="significance level, one-sided (default 0.01)")
    args = ap.parse_args(argv)
    if args.command_name == "validate":
        if not args.folder.is_dir():
            ap.error(f"{args.folder} is not a folder")
        if args.baseline is not None and not re.fullmatch(NUM, args.baseline) and not Path(args.baseline).is_dir():
            ap.error(f"--baseline {args.baseline!r} is neither a number nor a folder")
        report = validate(args.folder, args.baseline, args.min_gain, args.alpha)
        print(report.text(args.folder))
        return 0 if report.valid else 1
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", args.date) or not re.fullmatch(r"[\w.+-]+", args.name):
        ap.error("--date must be YYYY-MM-DD and --name letters, digits, '_', '.', '+' or '-'")
    for p in [*args.runs, *([args.script] if args.script else [])]:
        if not p.exists():
            ap.error(f"{p} does not exist")
    try:
        return export(args)
    except ExportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
