"""The bench tools end to end on the smoke model (CPU): integration breaks show up before GPU time is spent."""

import importlib.util
import json
import os
import random
import shlex
import subprocess
import sys
import time

import pytest
from helpers import ROOT, T, concurrently, run_script

SMOKE = ["SMOKE=1", "TRAIN_BATCH_TOKENS=4096", "MICRO_BATCH_TOKENS=2048", "WARMDOWN_ITERS=8", "ITERATIONS=20",
         "MUON_MOMENTUM_WARMUP_STEPS=10", "VAL_MAX_TOKENS=8192", "TRAIN_LOG_EVERY=5", "OMP_NUM_THREADS=2"]


def load_bench_module(root, name):
    """bench/NAME.py as a module (bench/ is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, root / f"bench/{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The records of `bench_runs` run two at once: one thread each (later --env settings win over SMOKE's). The proxy
# record's artifact is scored 5 times, 3 of them with document TTT: on a quarter of SMOKE's validation tokens, each
# takes fewer TTT steps.
PROXY_RUN_ENV = [*SMOKE, "VAL_MAX_TOKENS=2048", "OMP_NUM_THREADS=1"]
SNAPSHOT_RUN_ENV = [*SMOKE, "TTT_ENABLED=0", "OMP_NUM_THREADS=1"]  # TTT: not what the snapshot test tests


def proxy_record(root, *args):
    return subprocess.run([sys.executable, "bench/proxy_record.py", *args], cwd=root, capture_output=True, text=True,
                          timeout=900)


@pytest.fixture(scope="module")
def bench_runs(root, tmp_path_factory, sample_corpus, sample_shards):
    """The runs of the record tools, in two chains at once (one thread each), each checked by its own test:
    "proxy": a record (--keep-artifact) and, if it succeeded, its artifact scored again (--artifact);
    "snapshot": a record with --snapshot and, if it succeeded, a quant sweep of the snapshot. Each chain's own folder;
    the shards (sample_shards) are built before either starts, so neither builds them."""
    data = str(sample_shards())
    proxy, snap = tmp_path_factory.mktemp("proxy"), tmp_path_factory.mktemp("snapshot")
    before = (root / "train_gpt.py").read_bytes()

    def proxy_chain():
        record = proxy_record(root, "--corpus", str(sample_corpus), "--name", "cpu", "--vocab", "1024", "--seconds",
                              "0", "--data", data, "--records", str(proxy / "records"), "--extra-val",
                              str(root / "data/sample"), "--eval-env", "TTT_ENABLED=0", "--keep-artifact", "--env",
                              *PROXY_RUN_ENV)
        if record.returncode != 0:
            return record, None
        # --artifact scores the kept artifact again without training; only the validation text is needed
        val_only = proxy / "val_only"
        val_only.mkdir()
        (val_only / "val.jsonl.xz").symlink_to(sample_corpus / "val.jsonl.xz")
        artifact = next((proxy / "records").iterdir()) / "out" / "cpu.ptz"
        again = proxy_record(root, "--corpus", str(val_only), "--name", "again", "--vocab", "1024", "--data", data,
                             "--records", str(proxy / "again"), "--no-fresh-eval", "--artifact", str(artifact),
                             "--eval-env", "TTT_ENABLED=0", "--env", *PROXY_RUN_ENV)
        return record, again

    def snapshot_chain():
        record = proxy_record(root, "--corpus", str(sample_corpus), "--name", "snap", "--vocab", "1024", "--seconds",
                              "0", "--data", data, "--records", str(snap / "records"), "--snapshot",
                              str(snap / "snap"), "--env", *SNAPSHOT_RUN_ENV)
        if record.returncode != 0:
            return record, None
        sweep = subprocess.run([sys.executable, "bench/quant_sweep.py", "--snapshot", str(snap / "snap"), "--vocab",
                                "1024", "--data", data, "--logs", str(snap / "logs"), "--out", str(snap / "sweep.json"),
                                "--env",
                                *SNAPSHOT_RUN_ENV, "--variants", "base:", "noclip:QUANT_CLIP_MIN=1.0,EMBED_BITS=5",
                                "again:"],
                               cwd=root, capture_output=True, text=True, timeout=900)
        return record, sweep

    proxy_runs, snapshot_runs = concurrently(proxy_chain, snapshot_chain)
    return {"proxy": (proxy, *proxy_runs), "snapshot": (snap, *snapshot_runs), "train_gpt.py before": before}


@pytest.mark.slow
def test_proxy_record_tool_runs_end_to_end(root, tmp_path, bench_runs):
    work, result, again_result = bench_runs["proxy"]
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    folder = next((work / "records").iterdir())
    for name in ("README.md", "summary.json", "submission.json", "loss.png", "train_gpt.py", "train.log",
                 "command.sh", "env.json"):
        assert (folder / name).is_file(), name
    summary = json.loads((folder / "summary.json").read_text())
    assert len(summary["fresh_eval"]) == 3 and "ttt_val_bpb" not in summary["fresh_eval"][2]
    assert summary["fresh_eval"][2]["settings"] == "TTT_ENABLED=0"
    # the fresh process scores the artifact exactly as the training run did, document TTT (on by default) included
    for key in ("sliding_val_bpb", "ttt_val_bpb"):
        assert summary["fresh_eval"][0][key] == summary[key]
    readme = (folder / "README.md").read_text()
    assert "| **sliding val_bpb (stride 64)** |" in readme and "| **document TTT val_bpb (the score)** |" in readme
    assert "| model bytes: embedding / attention / MLP / other |" in readme
    assert (root / "train_gpt.py").read_bytes() == bench_runs["train_gpt.py before"]  # the checkout is not touched
    # submission.py reads such a folder as one seed's run: its script, its log, its command
    out = run_script("submission.py", 300, "export", str(folder), "--name", "proxy", "--author", "t", "--github-id",
                     "t", "--out", str(tmp_path / "sub"))
    assert out.returncode == 0, out.stdout + out.stderr
    exported = next((tmp_path / "sub").iterdir())
    sub = json.loads((exported / "submission.json").read_text())
    assert sub["seed_results"]["1337"]["val_bpb"] == round(summary["ttt_val_bpb"], 8)  # the final score
    assert (exported / "train_gpt.py").read_bytes() == (folder / "train_gpt.py").read_bytes()
    assert "WARMDOWN_ITERS=8" in (exported / "README.md").read_text()
    # --artifact scored the kept artifact again without training, from a corpus of the validation text only
    assert again_result.returncode == 0, again_result.stdout[-3000:] + again_result.stderr[-3000:]
    again = next((work / "again").iterdir())
    fresh = json.loads((again / "summary.json").read_text())["fresh_eval"]
    assert len(fresh) == 1 and fresh[0]["sliding_val_bpb"] == summary["sliding_val_bpb"]
    assert "| TTT_ENABLED=0 |" in (again / "README.md").read_text()


@pytest.mark.slow
def test_graph_size_counts_more_nodes_for_more_layers():
    """bench/graph_size.py: dynamo's, AOT's forward and backward node counts; a layer more adds to each."""
    sizes = [json.loads(run_script("bench/graph_size.py", 300, SMOKE="1", NUM_LAYERS=str(n), XSA_LAST_N="0",
                                   OMP_NUM_THREADS="1").stdout.strip().splitlines()[-1]) for n in (2, 3)]
    assert all(sizes[0][k] > 0 and sizes[1][k] > sizes[0][k] for k in ("dynamo", "forward", "backward")), sizes
    assert sizes[0]["backward"] > sizes[0]["forward"]


@pytest.mark.slow
def test_step_benchmark_runs_and_prints_json():
    result = run_script("bench/step_bench.py", 300, "--steps", "3", "--warmup", "2", SMOKE="1",
                        TRAIN_BATCH_TOKENS="2048", MICRO_BATCH_TOKENS="2048", OMP_NUM_THREADS="2")
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["steps"] == 3 and out["median_ms"] > 0 and out["tokens_per_s"] > 0 and out["optimizer_ms"] > 0
    assert len(out["warmup_steps_s"]) == 2 and sum(out["warmup_steps_s"]) <= out["compile_warmup_s"] + 0.1


@pytest.mark.slow
def test_snapshot_record_then_quant_sweep(root, tmp_path, bench_runs):
    """proxy_record.py --snapshot trains with the readable script and saves a snapshot; quant_sweep.py scores
    quantization variants of that one model."""
    work, result, sweep = bench_runs["snapshot"]
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert (work / "snap" / "snapshot.pt").is_file()
    folder = next((work / "records").iterdir())
    assert "python train_gpt_human.py" in (folder / "command.sh").read_text()
    trained = json.loads((folder / "summary.json").read_text())

    assert sweep.returncode == 0, sweep.stdout[-3000:] + sweep.stderr[-3000:]
    rows = json.loads((work / "sweep.json").read_text())
    assert [r["variant"] for r in rows] == ["base", "noclip", "again"]
    # the defaults reproduce the training run's own quantization and scores exactly
    assert rows[0]["sliding_val_bpb"] == trained["sliding_val_bpb"]
    assert rows[0]["artifact_bytes"] == trained["artifact_bytes"]
    assert rows[1]["pre_quant_val_bpb"] == rows[0]["pre_quant_val_bpb"]  # the same weights ...
    assert rows[1]["artifact_bytes"] < rows[0]["artifact_bytes"]  # ... quantized otherwise (int5 embedding)
    # one process for every variant, each from the snapshot's weights (not from the last one's artifact)
    assert {k: v for k, v in rows[2].items() if k not in ("variant", "quant_s", "variant_s")} == \
        {k: v for k, v in rows[0].items() if k not in ("variant", "quant_s", "variant_s")}
    assert "| base |" in sweep.stdout and "| noclip |" in sweep.stdout
    # a variant that would need another model or process, or is not a setting, is refused before any work
    for variant, message in [("wide:MODEL_DIM=128", "wide: MODEL_DIM cannot change within a sweep"),
                             ("long:EVAL_SEQ_LEN=4096", "long: EVAL_SEQ_LEN (longer than the model's RoPE table)"),
                             ("env:TORCHINDUCTOR_MAX_AUTOTUNE=1", "env: TORCHINDUCTOR_MAX_AUTOTUNE is not a setting")]:
        bad = subprocess.run([sys.executable, "bench/quant_sweep.py", "--snapshot", str(work / "snap"), "--vocab",
                              "1024", "--logs", str(tmp_path / "bad"), "--env", *SNAPSHOT_RUN_ENV, "--variants",
                              "base:", variant], cwd=root, capture_output=True, text=True, timeout=120)
        assert bad.returncode == 1 and message in bad.stderr and "variant base" not in bad.stdout, bad.stderr

    bad = subprocess.run([sys.executable, "bench/quant_sweep.py", "--snapshot", str(tmp_path), "--variants", "x:"],
                         cwd=root, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "snapshot.pt not found" in bad.stderr


@pytest.mark.slow
def test_pair_job_runs_two_records_side_by_side(root, tmp_path, sample_corpus, sample_shards):
    # two records at once on a 2-core machine: one thread each, and a shorter run than SMOKE's
    smoke = " ".join([*SMOKE, "OMP_NUM_THREADS=1", "ITERATIONS=6", "WARMDOWN_ITERS=3", "VAL_MAX_TOKENS=4096",
                      "TTT_ENABLED=0"])
    env = {**os.environ, "OMP_NUM_THREADS": "1", "WORK": str(tmp_path / "work"), "CORPUS": str(sample_corpus),
           "VOCAB": "1024",
           "DATA": str(sample_shards()), "RUN0": f"--name a --seconds 0 --env {smoke}",
           "RUN1": f"--name b --seconds 0 --env {smoke} QUANT_CLIP_MIN=1.0"}
    (tmp_path / "work").mkdir()
    result = subprocess.run(["bash", "bench/pair_job.sh"], cwd=root, env=env, capture_output=True, text=True,
                            timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + (tmp_path / "work/run1.log").read_text()[-3000:]
    assert "GPU 0" in result.stdout and "GPU 1" in result.stdout
    folders = sorted(p.name.split("_", 1)[1] for p in (tmp_path / "work/records").iterdir())
    assert folders == ["a", "b", "shards"]
    summaries = [json.loads(next((tmp_path / "work/records").glob(f"*_{n}")).joinpath("summary.json").read_text())
                 for n in ("a", "b")]
    assert summaries[0]["pre_quant_val_bpb"] == summaries[1]["pre_quant_val_bpb"]  # same training, CPU is exact
    assert summaries[0]["artifact_bytes"] != summaries[1]["artifact_bytes"]  # other quantization

    env["RUN1"] = f"--name c --seconds 0 --env {smoke} NUM_LAYERS=0"  # a failing side fails the job
    env["RUN0"] = ""
    result = subprocess.run(["bash", "bench/pair_job.sh"], cwd=root, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode != 0 and "GPU 1" in result.stdout and "exit 1" in result.stdout
    failed_log = next((tmp_path / "work/records").glob("*_c")) / "train.log"
    assert "NUM_LAYERS=0: must be >= 1" in failed_log.read_text()


def test_record_readme_warns_when_the_card_is_not_the_seeds(root, tmp_path):
    """The seed's figures are from an H100: a record from another card says it cannot be compared with them."""
    proxy_record = load_bench_module(root, "proxy_record")
    summary = json.loads((root / "records/2026-11-25_proxy_rope22081_seed1337/summary.json").read_text())
    texts = {}
    for card in ("NVIDIA H100 80GB HBM3", "NVIDIA H200"):
        folder = tmp_path / card.replace(" ", "_")
        folder.mkdir()
        proxy_record.write_readme(folder, {**summary, "device": card}, summary["fresh_eval"], "cmd",
                                  "train_gpt.py")
        texts[card] = (folder / "README.md").read_text()
    assert "Not comparable" not in texts["NVIDIA H100 80GB HBM3"]
    h200 = texts["NVIDIA H200"]
    assert "Not comparable with the seed's column" in h200 and "ran on NVIDIA H200" in h200


def test_record_readme_has_a_fresh_evaluation_table_only_when_there_were_fresh_evaluations(root, tmp_path):
    proxy_record = load_bench_module(root, "proxy_record")
    summary = json.loads((root / "records/2026-11-25_proxy_rope22081_seed1337/summary.json").read_text())
    for fresh in (summary["fresh_eval"], []):  # [] is what --no-fresh-eval gives
        proxy_record.write_readme(tmp_path, summary, fresh, "cmd", "train_gpt.py")
        readme = (tmp_path / "README.md").read_text()
        assert ("Fresh-process evaluation" in readme) == bool(fresh)
        assert readme.count("| validation data |") == (1 if fresh else 0)


def test_queue_job_runs_proxy_record_lines_and_shell_lines_in_order(root, tmp_path):
    """queue_job.sh (what a GPU session runs detached): comments skipped, `sh:` lines run by bash with $WORK set,
    other lines as proxy_record.py arguments, a failing line logged and the queue going on."""
    queue = tmp_path / "queue.txt"
    queue.write_text("# a comment\nsh: echo one > $WORK/records/first.txt\n--help  # proxy_record's usage\n"
                     "sh: exit 3\nsh: echo four > $WORK/records/last.txt\n")
    env = {**os.environ, "WORK": str(tmp_path / "work"), "QUEUE": str(queue), "PREFLIGHT": "0",
           "CORPUS": str(tmp_path)}  # no train.jsonl.xz: no shards are built
    result = subprocess.run(["bash", "bench/queue_job.sh"], cwd=root, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    records = tmp_path / "work/records"
    assert (records / "first.txt").read_text() == "one\n" and (records / "last.txt").read_text() == "four\n"
    assert "usage" in (records / "_logs/run_2.log").read_text()
    timeline = (records / "_logs/job.log").read_text()
    assert "run 3 failed" in timeline and "run 2 failed" not in timeline and timeline.rstrip().endswith("done")


@pytest.mark.parametrize("queue", sorted(p.name for p in (ROOT / "bench/queues").glob("*.txt")))
def test_queued_runs_are_valid_before_device_time_is_spent_on_them(root, queue):
    """Every proxy_record line of a queue in bench/queues parses, and the settings it gives the runs (--env,
    --eval-env) make a valid Config: a flag or variable that was renamed since the queue was written fails here, on
    the CPU, not minutes into a GPU session."""
    proxy_record = load_bench_module(root, "proxy_record")
    lines = [line.split("#")[0].strip() for line in (root / "bench/queues" / queue).read_text().splitlines()]
    runs = [shlex.split(line) for line in lines if line and not line.startswith("sh: ")]
    for argv in runs:
        args = proxy_record.parser().parse_args(["--corpus", "unused", *argv])
        assert args.name or args.prepare_only, argv
        settings = {**proxy_record.PROXY_ENV, **proxy_record.vocab_settings(args.vocab),
                    **proxy_record.env_pairs(args.env)}
        for extra in [{}] + [proxy_record.env_pairs(words.split()) for words in args.eval_env]:
            T.Config.from_env({**settings, **extra})


def test_idle_gaps_against_a_microsecond_grid(root):
    """The GPU-idle analysis of step_bench.py --profile, against counting idle 1-us cells one by one."""
    step_bench = load_bench_module(root, "step_bench")
    rng = random.Random(0)
    kernels = []
    for i in range(200):  # overlapping and disjoint intervals, integer microseconds
        start = rng.randrange(0, 20_000)
        kernels.append((start, start + rng.randrange(1, 150), f"k{i}"))
    busy = bytearray(20_200)
    for start, stop, _ in kernels:
        busy[start:stop] = b"\x01" * (stop - start)
    first, last = min(k[0] for k in kernels), max(k[1] for k in kernels)
    idle_us = sum(1 for t in range(first, last) if not busy[t])
    out = step_bench.idle_gaps(kernels, top=3)
    assert abs(out["idle_ms"] - idle_us / 1000) < 1e-6 and abs(out["span_ms"] - (last - first) / 1000) < 1e-6
    runs = [len(r) for r in bytes(busy[first:last]).split(b"\x01") if r]  # lengths of idle stretches
    assert out["gaps"] == len(runs) and [g[0] for g in out["longest"]] == [r / 1000 for r in sorted(runs)[::-1][:3]]
    # the names around the longest gap: the kernel that ended last before it, and the one that starts it
    gap_ms, before, after = out["longest"][0]
    start_of_after = next(k[0] for k in kernels if k[2] == after)
    assert max(k[1] for k in kernels if k[1] <= start_of_after) == next(k[1] for k in kernels if k[2] == before)
    assert not any(busy[start_of_after - round(gap_ms * 1000): start_of_after])


def test_ttt_plan_prices_the_document_ttt_without_a_model(root):
    """One document per batch: every document's chunks run alone, so the adapter steps are the sum of its chunk counts;
    two ranks share the documents, so the busiest has fewer steps; bigger batches need fewer steps."""
    import numpy as np

    def plan(*args, **env):
        result = run_script("bench/ttt_plan.py", 120, *args, SMOKE="1", **env)
        assert result.returncode == 0, result.stderr[-3000:]
        return json.loads(result.stdout)

    alone, two_ranks, batched, cached = concurrently(  # four separate runs, at once
        lambda: plan(TTT_DOC_BATCH="1", TTT_DOC_CACHE="0"),  # each chunk's row re-reads its document's prefix
        lambda: plan("--ranks", "2", TTT_DOC_BATCH="1", TTT_DOC_CACHE="0"),
        lambda: plan(TTT_DOC_CACHE="0"),
        lambda: plan(TTT_DOC_BATCH="1", TTT_DOC_CACHE="1"))  # the same steps, each the chunk after its previous token
    shards = sorted((root / "data/sample").glob("fineweb_val_*.bin"))
    tokens = np.concatenate([np.fromfile(p, dtype="<u2")[512:] for p in shards])[:32_768]  # 256-int32 header; smoke's
    starts = np.union1d([0], np.flatnonzero(tokens == 1))  # VAL_MAX_TOKENS; a document starts at each BOS and at 0
    lengths = np.diff(np.append(starts, len(tokens)))
    assert alone["documents"] == len(starts) and alone["longest_document"] == lengths.max()
    assert alone["adapter_steps"] == sum(-(-(n - 1) // 48) for n in lengths)
    assert two_ranks["adapter_steps"] < alone["adapter_steps"]
    assert batched["adapter_steps"] < alone["adapter_steps"]
    assert cached["adapter_steps"] == alone["adapter_steps"]
    assert cached["row_tokens"] == 49 * alone["adapter_steps"] < alone["row_tokens"]


def test_proxy_shards_are_reused_only_if_built_from_the_same_corpus_files(root, tmp_path):
    pr = load_bench_module(root, "proxy_record")
    corpus, shards = tmp_path / "corpus", tmp_path / "shards"
    corpus.mkdir()
    shards.mkdir()
    (corpus / "val.jsonl.xz").write_bytes(b"v" * 10)
    (corpus / "train.jsonl.xz").write_bytes(b"t" * 20)
    manifest = shards / "manifest.json"
    assert pr.built_from(manifest, corpus) == set()  # nothing built yet

    def write(val_bytes, train_bytes):
        manifest.write_text(json.dumps({"splits": {"val": {"inputs": [{"path": "elsewhere", "bytes": val_bytes}]},
                                                   "train": {"inputs": [{"path": "x", "bytes": train_bytes}]}}}))

    write(10, 20)
    assert pr.built_from(manifest, corpus) == {"val", "train"}  # paths may differ (another machine): sizes decide
    write(10, 21)
    assert pr.built_from(manifest, corpus) == {"val"}
    (corpus / "train.jsonl.xz").unlink()
    write(10, 20)
    assert pr.built_from(manifest, corpus) == {"val"}  # an evaluation-only corpus: no train file


@pytest.mark.parametrize("tool, required", [("proxy_record", ["--corpus", "c"]),
                                            ("quant_sweep", ["--snapshot", "s", "--variants", "v:A=1"])])
def test_repeated_env_options_add_up(root, tool, required):
    # Session 11: a queue line with `--env TTT_ENABLED=0 --env FUSED_MLP=1` ran the TTT (the second --env replaced the
    # first), costing 80 s of device time.
    args = load_bench_module(root, tool).parser().parse_args([*required, "--env", "A=1", "B=2", "--env", "C=3"])
    assert args.env == ["A=1", "B=2", "C=3"]


@pytest.mark.slow
def test_gpu_session_refuses_a_second_job_while_one_runs_and_names_a_fresh_machine(root, tmp_path):
    """gpu_session.sh (our GPU machines' detached jobs): a job sent while the last one runs would delete its folder and
    share the GPU: refused with exit 4 (session 12); a call without the carry on a machine that never had it: exit 3."""
    (tmp_path / "bench").mkdir()
    (tmp_path / "bench/gpu_session.sh").write_bytes((root / "bench/gpu_session.sh").read_bytes())
    (tmp_path / "slow.sh").write_text("sleep 8\n")  # the first call polls every 10 s: this costs the test nothing
    env = {**os.environ, "GPU_SESSION_DIR": str(tmp_path / "work"), "GPU_SESSION_SITE": str(tmp_path),
           "OUT": str(tmp_path)}

    def call(*args, site=None):
        return subprocess.run(["bash", "bench/gpu_session.sh", *args], cwd=tmp_path, capture_output=True, text=True,
                              env={**env, **({"GPU_SESSION_SITE": site} if site else {})}, timeout=120)

    first = subprocess.Popen(["bash", "bench/gpu_session.sh", "job", "a", "slow.sh"], cwd=tmp_path, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(100):  # until the first job has started
        if (tmp_path / "work/pid").is_file():
            break
        time.sleep(0.1)
    second = call("job", "b", "slow.sh")
    assert second.returncode == 4 and "a job is still running" in second.stderr, second.stderr
    first.communicate(timeout=120)
    assert first.returncode == 0 and (tmp_path / "work/done").read_text().strip() == "0"
    assert call("job", "c", "slow.sh").returncode == 0  # once it is done, the next job starts
    fresh = call("collect", "c", "1", site=str(tmp_path / "never_installed"))
    assert fresh.returncode == 3 and "this machine is fresh" in fresh.stderr
