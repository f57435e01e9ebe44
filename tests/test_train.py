import dataclasses
import json
import os
import time

import pytest
import torch
import torch.distributed as dist
from helpers import run_script

import train_gpt_human as T


def test_schedule_by_iterations(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, iterations=100, warmdown_iters=20, lr_floor=0.05)
    assert T.lr_scale(cfg, 0.0, 0, 0.0) == 1.0 and T.lr_scale(cfg, 0.0, 80, 0.0) == 1.0
    assert T.lr_scale(cfg, 0.0, 90, 0.0) == pytest.approx(0.5)
    assert T.lr_scale(cfg, 0.0, 99, 0.0) == pytest.approx(0.05)  # floor, not 1/20


def test_schedule_by_wall_clock_ends_the_warmdown_with_the_budget(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, iterations=10**6, warmdown_iters=100, lr_floor=0.0)
    # 0.1 s per step so far: the warmdown takes 100 steps = 10 s, i.e. it starts 10 s before the budget ends
    assert T.lr_scale(cfg, 60.0, 400, 40.0) == 1.0
    assert T.lr_scale(cfg, 60.0, 500, 50.0) == pytest.approx(1.0)
    assert T.lr_scale(cfg, 60.0, 550, 55.0) == pytest.approx(0.5)
    assert T.lr_scale(cfg, 60.0, 600, 60.0) == 0.0


def test_ema_is_the_decay_weighted_mean_of_the_trained_weights(smoke_cfg):
    model, decay = T.GPT(smoke_cfg), 0.9
    ema = T.EMA(model, decay)
    seen = []
    for _ in range(4):
        with torch.no_grad():
            for p in model.parameters():
                p.add_(torch.randn_like(p))
        seen.append([p.detach().double().clone() for p in model.parameters()])
        ema.update()
    weights = [decay ** (len(seen) - 1 - i) for i in range(len(seen))]  # the newest weighs 1, the initial 0
    ema.apply()
    for j, p in enumerate(model.parameters()):
        expected = sum(w * s[j] for w, s in zip(weights, seen, strict=True)) / sum(weights)
        assert torch.allclose(p.double(), expected, atol=1e-5)


def test_training_ends_on_the_ema(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, iterations=6, warmup_steps=0, warmdown_iters=4, ema_decay=0.5)
    rt = T.Runtime(0, 1, torch.device("cpu"))
    model, run = T.build_model(cfg, rt)
    witness = T.EMA(model, cfg.ema_decay)  # follows the training run's EMA, updated at the same moments
    real_update = T.EMA.update

    def update_both(self):
        real_update(self)
        if self is not witness:
            real_update(witness)

    T.EMA.update = update_both
    try:
        T.train(model, run, cfg, rt, T.Logger(None, False))
    finally:
        T.EMA.update = real_update
    assert witness.updates == 6
    expected = [avg / (1 - cfg.ema_decay**witness.updates) for avg in witness.avg]
    assert all(torch.allclose(p.detach().float(), e) for p, e in zip(model.parameters(), expected, strict=True))


def test_warm_up_leaves_weights_and_optimizer_as_they_were(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, warmup_steps=3)
    rt = T.Runtime(0, 1, torch.device("cpu"))
    model, run = T.build_model(cfg, rt)
    opt = T.Optimizers(model, cfg, rt)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    T.warm_up(model, run, opt, cfg, rt, T.Logger(None, False))
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
    assert all((b.momentum == 0).all() for b in opt.muon.banks) and not opt.adam.state


@pytest.mark.slow
def test_training_plus_hessians_over_the_wallclock_budget_is_flagged(tmp_path):
    """The 600 s rule covers training and the Hessians taken from the training data: with no reserve for them the
    run must say it is not a valid record. The evaluation budget is flagged the same way (here 0.01 s: always over;
    a quarter of the smoke run's validation tokens is as over as all of them)."""
    result = run_script("train_gpt_human.py", 300, SMOKE="1", MAX_WALLCLOCK_SECONDS="3", GPTQ_RESERVE_SECONDS="0",
                        EVAL_BUDGET_SECONDS="0.01", TTT_BUDGET_MARGIN_SECONDS="0", VAL_MAX_TOKENS="8192",
                        OUT_DIR=str(tmp_path), RUN_ID="clock")  # no OMP_NUM_THREADS: the CPU default (1 thread)
    assert result.returncode == 0, result.stderr[-2000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert "over_budget_s" in summary and summary["train_s"] + summary["hessian_s"] > 3
    assert "warning: training + Hessians took" in result.stdout
    assert summary["eval_over_budget_s"] == pytest.approx(summary["eval_s"] - 0.01, abs=0.02)
    assert "warning: evaluation (quantization included) took" in result.stdout


@pytest.mark.parametrize("used, budget, over", [(3.4, 3.0, 0.4), (2.9, 3.0, None), (1e4, 0.0, None)])
def test_over_budget_flag_uses_the_measured_seconds(used, budget, over):
    """The time is injected, so the verdict does not depend on how busy the machine is."""
    lines = []
    summary = T.flag_over_budget("over_budget_s", used, "training + Hessians", "MAX_WALLCLOCK_SECONDS", budget,
                                 "set GPTQ_RESERVE_SECONDS above 1.0", lines.append)
    assert summary.get("over_budget_s") == over
    assert (len(lines) == 1 and "not a valid record" in lines[0]) == (over is not None)


def test_a_non_finite_loss_stops_training_naming_the_step(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, iterations=50, warmup_steps=0)
    rt = T.Runtime(0, 1, torch.device("cpu"))
    model, run = T.build_model(cfg, rt)
    steps = []
    real_step = T.train_step

    def poisoned_step(run, opt, loader, cfg, rt, step, *rest):
        steps.append(step)
        if step == 2:
            with torch.no_grad():
                model.tok_emb.weight.fill_(float("nan"))
        return real_step(run, opt, loader, cfg, rt, step, *rest)

    T.train_step = poisoned_step
    try:
        with pytest.raises(T.TrainingError, match="not finite at step 3: .*MATRIX_LR"):
            T.train(model, run, cfg, rt, T.Logger(None, False))
    finally:
        T.train_step = real_step
    assert steps == [0, 1, 2, 3]  # stopped one step later (the flags are read one step late), not at the budget's end


# --- several ranks (gloo) ---------------------------------------------------------------------------------------------


def _rank_worker(rank: int, port: int, cfg, case: str, out) -> None:
    os.environ.update(RANK=str(rank), WORLD_SIZE="2", LOCAL_RANK=str(rank), MASTER_ADDR="127.0.0.1",
                      MASTER_PORT=str(port))
    torch.set_num_threads(1)
    rt = T.init_runtime(timeout_s=3.0)
    if case == "stall":
        if rank == 1:  # a stalled rank: rank 0 must give up after the timeout, not after 30 minutes
            # stalled until rank 0 has given up, 12 s at most: a rank 0 without the timeout would wait all 12 s, for
            # this rank to leave (waited < 10 fails); one with it is done in ~3 s, and the test need not sleep longer
            deadline = time.monotonic() + 12
            while 0 not in out and time.monotonic() < deadline:
                time.sleep(0.05)
            return
        t0 = time.perf_counter()
        try:
            T.all_reduce_(torch.ones(1), rt)
            out[rank] = ("no error", time.perf_counter() - t0)
        except RuntimeError as e:
            out[rank] = (T.collective_failure(e), time.perf_counter() - t0)
        return
    torch.manual_seed(rank)  # a different model per rank, so the ranks' losses differ
    model, run = T.build_model(cfg, rt)
    local = []
    real_step = T.train_step

    def recording_step(*args):
        local.append(real_step(*args).item())
        return local[-1] * torch.ones(())

    T.train_step = recording_step
    try:
        stats = T.train(model, run, cfg, rt, T.Logger(None, False))
    finally:
        T.train_step = real_step
    out[rank] = (local, stats.final_train_loss)
    dist.barrier()
    dist.destroy_process_group()


def _spawn(cfg, case):
    import torch.multiprocessing as mp
    from helpers import free_port

    out = mp.get_context("spawn").Manager().dict()
    mp.spawn(_rank_worker, args=(free_port(), cfg, case, out), nprocs=2, join=True)
    return dict(out)


def test_the_logged_loss_is_the_mean_over_ranks(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, iterations=1, warmup_steps=0, train_batch_tokens=4096,
                              micro_batch_tokens=2048)
    out = _spawn(cfg, "train")
    (local0, logged0), (local1, logged1) = out[0], out[1]
    assert local0 != local1
    assert logged0 == logged1 == pytest.approx((local0[-1] + local1[-1]) / 2, rel=1e-6)


def test_a_stalled_rank_times_out_the_others():
    out = _spawn(None, "stall")
    message, waited = out[0]
    assert waited < 10 and message.startswith("a collective across ranks failed") and "COLLECTIVE_TIMEOUT" in message
    assert T.collective_failure(ValueError("bad value")) is None


def test_cpu_runs_default_to_one_thread_unless_told():
    cpu, gpu = T.Runtime(0, 1, torch.device("cpu")), T.Runtime(0, 1, torch.device("cuda", 0))
    assert T.cpu_threads(cpu, {}) == 1
    assert T.cpu_threads(cpu, {"OMP_NUM_THREADS": "4"}) is None and T.cpu_threads(gpu, {}) is None


def test_stop_flags_are_read_one_step_late():
    """Each step reads the flags the previous step queued, so no step waits for the GPU to finish the current one."""
    flags = T.StopFlags(T.Runtime(0, 1, torch.device("cpu")))
    one, nan = torch.tensor(1.0), torch.tensor(float("nan"))
    assert flags.exchange(False, one) == (False, False)
    assert flags.exchange(True, one) == (False, False)
    assert flags.exchange(False, nan) == (True, False)
    assert flags.exchange(False, one) == (False, True)
    assert flags.exchange(False, one) == (False, False)
