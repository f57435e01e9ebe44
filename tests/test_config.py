import dataclasses

import pytest

import train_gpt_human as T


def test_defaults_are_the_seed_record_config():
    cfg = T.Config.from_env({})
    assert (cfg.num_layers, cfg.model_dim, cfg.num_heads, cfg.num_kv_heads) == (11, 512, 8, 4)
    assert cfg.train_batch_tokens == 786_432 and cfg.max_wallclock_seconds == 600
    assert len(cfg.neg_slopes) == 11 and cfg.ve_layer_ids == [9, 10]


def test_env_overrides_and_types():
    cfg = T.Config.from_env({"NUM_LAYERS": "4", "VE_LAYERS": "2,3", "XSA_LAST_N": "4", "MLP_MULT": "2.5",
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
    ({"VE_LAYERS": "11"}, "VE_LAYERS"),
    ({"MICRO_BATCH_TOKENS": "1000"}, "MICRO_BATCH_TOKENS"),
    ({"SEED": "abc"}, "SEED"),
    ({"TTT_ENABLED": "maybe"}, "TTT_ENABLED"),
])
def test_impossible_values_name_the_variable(env, var):
    with pytest.raises(T.ConfigError, match=var):
        T.Config.from_env(env)


def test_misspelled_variable_is_reported_with_the_fix():
    with pytest.raises(T.ConfigError, match="did you mean NUM_LAYERS"):
        T.Config.from_env({"NUM_LAYER": "4"})
    T.Config.from_env({"HOME": "/root", "PATH": "/bin", "CI": "true"})  # unrelated variables are fine


def test_config_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        T.Config.from_env({}).num_layers = 3
