import dataclasses

import pytest
import torch

import train_gpt_human as T


def test_schedule_by_iterations(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, iterations=100, warmdown_iters=20, lr_floor=0.05)
    s = T.Schedule(cfg, budget_s=0.0)
    assert s.lr_scale(0, 0.0) == 1.0 and s.lr_scale(80, 0.0) == 1.0
    assert s.lr_scale(90, 0.0) == pytest.approx(0.5)
    assert s.lr_scale(99, 0.0) == pytest.approx(0.05)  # floor, not 1/20


def test_schedule_by_wall_clock_ends_the_warmdown_with_the_budget(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, iterations=10**6, warmdown_iters=100, lr_floor=0.0)
    s = T.Schedule(cfg, budget_s=60.0)
    # 0.1 s per step so far: the warmdown takes 100 steps = 10 s, i.e. it starts 10 s before the budget ends
    assert s.lr_scale(400, 40.0) == 1.0
    assert s.lr_scale(500, 50.0) == pytest.approx(1.0)
    assert s.lr_scale(550, 55.0) == pytest.approx(0.5)
    assert s.lr_scale(600, 60.0) == 0.0


def test_swa_is_the_mean_of_the_snapshots(smoke_cfg):
    model = T.GPT(smoke_cfg)
    snapshots = []
    swa = T.WeightAverage(model)
    for _ in range(3):
        with torch.no_grad():
            for p in model.parameters():
                p.add_(torch.randn_like(p))
        snapshots.append({k: v.clone() for k, v in model.state_dict().items()})
        swa.add()
    for k, v in swa.averaged().items():
        assert torch.allclose(v, sum(s[k] for s in snapshots) / 3, atol=1e-6), k


def test_ema_matches_the_recurrence(smoke_cfg):
    model, decay = T.GPT(smoke_cfg), 0.9
    ema = T.EMA(model, decay)
    reference = {n: p.detach().double().clone() for n, p in model.named_parameters()}
    for _ in range(4):
        with torch.no_grad():
            for p in model.parameters():
                p.add_(torch.randn_like(p))
        ema.update()
        for n, p in model.named_parameters():
            reference[n] = decay * reference[n] + (1 - decay) * p.detach().double()
    ema.apply()
    for n, p in model.named_parameters():
        assert torch.allclose(p.double(), reference[n], atol=1e-5), n


def test_training_with_ema_ends_on_the_ema_and_keeps_swa(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, iterations=12, warmup_steps=0, warmdown_iters=10, swa_every=1,
                              ema_decay=0.5)
    rt = T.Runtime(0, 1, 0, torch.device("cpu"))
    model, run = T.build_model(cfg, rt)
    stats = T.train(model, run, cfg, rt, T.Logger(None, False))
    assert stats.swa_count > 0 and stats.swa_state is not None
    differs = [k for k, v in model.state_dict().items() if not torch.equal(v, stats.swa_state[k])]
    assert differs  # the model holds the EMA, not the SWA weights


def test_warm_up_leaves_weights_and_optimizer_as_they_were(smoke_cfg):
    cfg = dataclasses.replace(smoke_cfg, warmup_steps=3)
    rt = T.Runtime(0, 1, 0, torch.device("cpu"))
    model, run = T.build_model(cfg, rt)
    opt = T.Optimizers(model, cfg, rt)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    T.warm_up(model, run, opt, cfg, rt, T.Logger(None, False))
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
    assert all((b["momentum"] == 0).all() for b in opt.muon.banks) and not opt.adam.state
    assert not any(m.qat for m in model.matmuls())
