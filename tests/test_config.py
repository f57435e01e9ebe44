import dataclasses

import pytest

import train_gpt_human as T


def test_defaults_are_the_record_config():
    cfg = T.Config.from_env({})
    assert (cfg.num_layers, cfg.model_dim, cfg.num_heads, cfg.num_kv_heads) == (11, 512, 8, 4)
    assert cfg.train_batch_tokens == 786_432 and cfg.max_wallclock_seconds == 600
    assert cfg.vocab_size == 8192 and cfg.embed_bits == 6  # SP8192 with a 6-bit table, measured
    assert len(cfg.neg_slopes) == 11


def test_env_overrides_and_types():
    cfg = T.Config.from_env({"NUM_LAYERS": "4", "XSA_LAST_N": "4", "MLP_MULT": "2.5",
                             "TTT_ENABLED": "1", "RUN_ID": "x", "TRAIN_BATCH_TOKENS": "786_432"})
    assert cfg.num_layers == 4 and cfg.mlp_mult == 2.5 and cfg.ttt_enabled is True and cfg.run_id == "x"


def test_smoke_preset_then_env_wins():
    cfg = T.Config.from_env({"SMOKE": "1", "MODEL_DIM": "32"})
    assert cfg.num_layers == T.SMOKE_PRESET["num_layers"] and cfg.model_dim == 32 and not cfg.compile


@pytest.mark.parametrize("env, var", [
    ({"NUM_HEADS": "7"}, "NUM_HEADS"),
    ({"NUM_KV_HEADS": "3"}, "NUM_KV_HEADS"),
    ({"ARTIFACT_BUDGET_BYTES": "0"}, "ARTIFACT_BUDGET_BYTES"),
    ({"EVAL_STRIDE": "4096"}, "EVAL_STRIDE"),
    ({"MICRO_BATCH_TOKENS": "1000"}, "MICRO_BATCH_TOKENS"),
    ({"SEED": "abc"}, "SEED"),
    ({"TTT_ENABLED": "maybe"}, "TTT_ENABLED"),
    ({"TTT_MOMENTUM": "1"}, "TTT_MOMENTUM"),
    ({"TTT_PHASES": "50,20"}, "TTT_PHASES"),
    ({"TTT_PHASES": "0,20"}, "TTT_PHASES"),
    ({"TTT_PHASES": "a"}, "TTT_PHASES"),
    ({"TTT_LORA_TARGETS": "q,proj"}, "TTT_LORA_TARGETS"),
    ({"TTT_LORA_TARGETS": ""}, "TTT_LORA_TARGETS"),
    ({"TTT_DOC_CACHE": "1", "TTT_DOC_CHUNK_TOKENS": "2048"}, "TTT_DOC_CACHE"),
    ({"TTT_DOC_BATCH": "0"}, "TTT_DOC_BATCH"),
    # ranges bounded by another setting: the message shows that setting's value
    ({"NUM_LAYERS": "4", "XSA_LAST_N": "5"}, r"XSA_LAST_N=5: must be in \[0, NUM_LAYERS=4\]"),
    ({"NUM_LAYERS": "4", "XSA_LAST_N": "4", "PARALLEL_RESIDUAL_START": "4"}, r"START=4: must be in \[-1, NUM_LAYERS=4"),
    ({"BOS_ID": "8192"}, r"BOS_ID=8192: must be in \[0, VOCAB_SIZE=8192\)"),
    ({"QUANT_BASE_BITS": "6", "QUANT_MAX_BITS": "5"}, r"QUANT_BASE_BITS=6: must be in \[2, QUANT_MAX_BITS=5\]"),
    ({"QUANT_MAX_BITS": "9"}, "QUANT_MAX_BITS=9"),
    ({"EVAL_STRIDE": "64", "TTT_CHUNK_TOKENS": "32"}, r"TTT_CHUNK_TOKENS=32: must be >= EVAL_STRIDE=64"),
    ({"TTT_BUDGET_MARGIN_SECONDS": "600"}, r"TTT_BUDGET_MARGIN_SECONDS=600.0: must be in \[0, EVAL_BUDGET_SECONDS"),
])
def test_impossible_values_name_the_variable(env, var):
    with pytest.raises(T.ConfigError, match=var):
        T.Config.from_env(env)


def test_a_range_bound_that_names_a_setting_names_one_checked_before_it():
    """Config.RANGES is checked in order: a bound read from a setting must have passed its own range first."""
    fields, checked, named = {f.name.upper() for f in dataclasses.fields(T.Config)}, set(), 0
    for bounds, names in T.Config.RANGES.items():
        for end in bounds[1:-1].split(", "):
            if end in fields:
                named += 1
                assert end in checked, (bounds, names)
            else:
                float(end)  # a number otherwise
        checked |= set(names.split())
    assert named >= 7


def test_misspelled_variable_is_reported_with_the_fix():
    with pytest.raises(T.ConfigError, match="did you mean NUM_LAYERS"):
        T.Config.from_env({"NUM_LAYER": "4"})
    T.Config.from_env({"HOME": "/root", "PATH": "/bin", "CI": "true"})  # unrelated variables are fine


def test_config_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        T.Config.from_env({}).num_layers = 3


@pytest.mark.parametrize("env, var", [
    ({"MICRO_BATCH_TOKENS": "0"}, "MICRO_BATCH_TOKENS"),
    ({"TRAIN_BATCH_TOKENS": "0"}, "TRAIN_BATCH_TOKENS"),
    ({"MLP_NEG_SLOPES": "abc"}, "MLP_NEG_SLOPES"),
    ({"MLP_NEG_SLOPES": ",".join(["nan"] * 11)}, "MLP_NEG_SLOPES"),
    ({"MLP_MULT": "0.001"}, "MLP_MULT"),
    ({"GPTQ_BLOCK": "0"}, "GPTQ_BLOCK"),
    ({"GPTQ_DAMP": "-1"}, "GPTQ_DAMP"),
    ({"WARMUP_STEPS": "-1"}, "WARMUP_STEPS"),
    ({"MODEL_DIM": "0"}, "MODEL_DIM"),
    ({"MATRIX_LR": "nan"}, "MATRIX_LR"),
    ({"SCALAR_LR": "1e6"}, "SCALAR_LR"),
    ({"TIED_EMBED_LR": "-0.1"}, "TIED_EMBED_LR"),
    ({"BETA2": "1.0"}, "BETA2"),
    ({"EMBED_BETA1": "inf"}, "EMBED_BETA1"),
    ({"MUON_MOMENTUM": "1.5"}, "MUON_MOMENTUM"),
    ({"ROPE_BASE": "0"}, "ROPE_BASE"),
    ({"QAT_ALPHA_MAX": "0"}, "QAT_ALPHA_MAX"),
    ({"ADAM_EPS": "0"}, "ADAM_EPS"),
    ({"RUN_ID": "../../x"}, "RUN_ID"),
    ({"RUN_ID": "a/b"}, "RUN_ID"),
    ({"COLLECTIVE_TIMEOUT_SECONDS": "0"}, "COLLECTIVE_TIMEOUT_SECONDS"),
])
def test_more_impossible_values_name_the_right_variable(env, var):
    with pytest.raises(T.ConfigError, match=f"^{var}="):
        T.Config.from_env(env)


def test_replace_validates():
    cfg = T.Config.from_env({})
    with pytest.raises(T.ConfigError, match="NUM_HEADS"):
        dataclasses.replace(cfg, num_heads=7)


@pytest.mark.parametrize("var, fix", [
    ("WARMDOWN_STEPS", "WARMDOWN_ITERS"),
    ("MAX_WALLCLOCK", "MAX_WALLCLOCK_SECONDS"),
    ("GRAD_CLIP", "GRAD_CLIP_NORM"),
    ("QK_GAIN", "QK_GAIN_INIT"),
    ("VAL_LOSS_EVERY", None),
    ("TTT_STEPS", None),
])
def test_unknown_variable_with_a_settings_prefix_is_refused(var, fix):
    with pytest.raises(T.ConfigError, match=f"unknown variable {var}=.*did you mean {fix or '[A-Z_]+'}\\?"):
        T.Config.from_env({var: "1"})


@pytest.mark.parametrize("var", sorted(T.Config.REMOVED_VARS))
def test_a_removed_setting_is_refused_with_its_reason(var):
    with pytest.raises(T.ConfigError, match=f"{var}='1' is no longer a setting: .+; unset it"):
        T.Config.from_env({var: "1"})
    assert var.lower() not in {f.name for f in dataclasses.fields(T.Config)}


def test_external_variables_pass():
    T.Config.from_env({
        "OMP_NUM_THREADS": "1", "CUDA_VISIBLE_DEVICES": "0", "TORCHINDUCTOR_CACHE_DIR": "/tmp/x",
        "TORCH_LOGS": "+dynamo",
        "TORCH_NCCL_ASYNC_ERROR_HANDLING": "1", "NCCL_DEBUG": "INFO", "TRITON_CACHE_DIR": "/tmp/t",
        "PYTHONPATH": ".", "PYTHONHASHSEED": "0", "MAX_JOBS": "4", "LOCAL_RANK": "0", "LOCAL_WORLD_SIZE": "1",
        "RANK": "0", "WORLD_SIZE": "1", "MASTER_ADDR": "localhost", "MASTER_PORT": "29500", "TORCHELASTIC_RUN_ID": "x",
        "GROUP_RANK": "0", "ROLE_RANK": "0", "TOKENIZERS_PARALLELISM": "false", "HF_HOME": "/tmp/hf", "SMOKE": "0",
        "DATA": "/tmp/d", "MODEL": "x", "RUN0": "--name a",  # one word: too generic to be taken for a setting
    })
    assert "MAX_JOBS" in T.Config.FOREIGN_VARS and "MAX" in {f.name.split("_")[0].upper() for f in
                                                             dataclasses.fields(T.Config)}


def test_arch_fields_are_config_fields():
    names = {f.name for f in dataclasses.fields(T.Config)}
    assert set(T.ARCH_FIELDS) <= names
    arch = T.Config.from_env({"SMOKE": "1"}).arch()
    assert len(arch["mlp_neg_slopes"]) == 4 and set(arch) == set(T.ARCH_FIELDS)


def test_the_fused_mlp_runs_only_where_it_can(monkeypatch):
    """FUSED_MLP (on by default) picks the kernel on a Hopper GPU with triton; FUSED_MLP=0, no triton, a GPU other
    than Hopper (its tile is sized for sm_90's shared memory) or the CPU runs the plain path instead of failing."""
    cfg = T.Config.from_env({"SMOKE": "1"})
    assert cfg.fused_mlp
    monkeypatch.setattr(T.torch.Tensor, "to", lambda self, *a, **k: self)  # a "cuda" model without a GPU
    monkeypatch.setattr(T.torch.cuda, "get_device_capability", lambda device=None: capability)
    cuda = T.Runtime(0, 1, T.torch.device("cuda"))
    for capability, has_triton, on, want in [((9, 0), True, True, True), ((9, 0), True, False, False),
                                             ((8, 0), True, True, False), ((12, 0), True, True, False),
                                             ((9, 0), False, True, False)]:
        monkeypatch.setattr(T, "triton", object() if has_triton else None)
        model, _ = T.build_model(dataclasses.replace(cfg, compile=False, fused_mlp=on), cuda)
        assert [block.mlp.fused for block in model.blocks] == [want] * cfg.num_layers, (capability, has_triton, on)
    model, _ = T.build_model(cfg, T.Runtime(0, 1, T.torch.device("cpu")))
    assert not any(block.mlp.fused for block in model.blocks)
