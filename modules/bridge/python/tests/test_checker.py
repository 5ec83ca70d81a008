"""Gymnasium's own checker on every environment the JVM lists, and the spaces it reports."""
import gymnasium as gym
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

import cloudrl_gym


@pytest.mark.parametrize("env_id", sorted(cloudrl_gym.ENVIRONMENTS))
def test_check_env_passes(env_id):
    env = gym.make(cloudrl_gym.gym_id(env_id), render_mode="rgb_array", render_size=(300, 300))
    try:
        check_env(env.unwrapped, skip_render_check=False)
    finally:
        env.close()


@pytest.mark.parametrize("env_id", sorted(cloudrl_gym.ENVIRONMENTS))
def test_spaces_are_the_ones_the_jvm_lists(env_id):
    entry = cloudrl_gym.ENVIRONMENTS[env_id]
    env = gym.make(cloudrl_gym.gym_id(env_id))
    try:
        assert env.observation_space.dtype == np.float32
        assert env.observation_space.shape == (len(entry["features"]),)
        np.testing.assert_array_equal(env.observation_space.low, entry["low"])
        np.testing.assert_array_equal(env.observation_space.high, entry["high"])
        assert env.action_space.n == len(entry["actions"])
    finally:
        env.close()


def test_the_reference_environment_is_listed_with_its_features():
    # the reference observation as docs/architecture.md describes it: cpu, memory, request rate, servers
    entry = cloudrl_gym.ENVIRONMENTS["reference"]
    assert entry["features"] == ["cpu", "memory", "requestRate", "servers"]
    assert entry["actions"] == ["remove 1", "keep", "add 1"]
    assert list(entry["low"]) == [0, 0, 0, 1]
    assert list(entry["high"][:2]) == [100, 100]
    assert gym.spec("CloudRL/reference-v0").vector_entry_point is not None
