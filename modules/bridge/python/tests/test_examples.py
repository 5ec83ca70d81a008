"""The examples run end to end: a short PPO run beats the random policy; the Ray sweep's actors, each with
its own JVM, give the same returns as the same episodes played here."""
import importlib.util
import sys
from pathlib import Path

import gymnasium as gym
import numpy as np
import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def load(name):
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def random_policy_mean(task, episodes, seed):
    envs = gym.make_vec("CloudRL/reference-v0", num_envs=episodes, vectorization_mode="vector_entry_point", task=task)
    try:
        envs.reset(seed=seed)
        rng, returns, running = np.random.default_rng(seed), np.zeros(episodes), np.ones(episodes, bool)
        while running.any():
            _, reward, terminated, truncated, _ = envs.step(rng.integers(0, envs.single_action_space.n, episodes))
            returns += reward * running
            running &= ~(terminated | truncated)
        return returns.mean()
    finally:
        envs.close()


def test_a_short_ppo_run_beats_the_random_policy():
    pytest.importorskip("torch", reason="torch is not installed in this virtual environment")
    ppo = load("ppo")
    mean = ppo.main(["--task", "medium", "--envs", "32", "--rollout", "64", "--total-steps", "150000",
                     "--eval-episodes", "200", "--seed", "2"])
    assert mean > random_policy_mean("medium", 200, seed=10_002) + 10


@pytest.mark.slow
def test_the_ray_sweep_matches_the_same_episodes_played_here():
    ray = pytest.importorskip("ray", reason="ray is not installed in this virtual environment")
    sweep = load("ray_sweep")
    from cloudrl_gym import _jvm
    # the workers import the example by name, as the test loaded it
    ray.init(num_cpus=2, include_dashboard=False,
             runtime_env={"env_vars": {"CLOUDRL_HOME": str(_jvm.home()), "PYTHONPATH": str(EXAMPLES)}})
    try:
        results = sweep.sweep("easy", seeds=2, episodes=2, policies=("threshold", "random"), actors=2)
    finally:
        ray.shutdown()
    env = gym.make("CloudRL/reference-v0", task="easy")
    try:
        for name in ("threshold", "random"):
            here = [cell for seed in range(2) for cell in sweep.play(env, name, seed, 2)]
            assert sorted(results[name]) == sorted(here), name
    finally:
        env.close()
