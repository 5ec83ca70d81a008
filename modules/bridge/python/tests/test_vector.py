"""The vector env against single envs, step by step across autoresets (Gymnasium's next-step mode)."""
import gymnasium as gym
import numpy as np
from gymnasium.vector import AutoresetMode


def test_vector_env_matches_single_envs_across_autoresets():
    n, steps = 5, 300
    vector = gym.make_vec("CloudRL/reference-v0", num_envs=n, vectorization_mode="vector_entry_point", task="hard")
    singles = [gym.make("CloudRL/reference-v0", task="hard") for _ in range(n)]
    try:
        assert isinstance(vector, gym.vector.VectorEnv)
        assert vector.metadata["autoreset_mode"] == AutoresetMode.NEXT_STEP
        assert vector.single_observation_space == singles[0].observation_space
        seeds = vector.env_seeds(11)
        observations, _ = vector.reset(seed=11)
        for i, env in enumerate(singles):
            np.testing.assert_array_equal(observations[i], env.reset(seed=int(seeds[i]))[0])
        rng = np.random.default_rng(3)
        ended = np.zeros(n, dtype=bool)
        autoresets = 0
        for step in range(steps):
            actions = rng.integers(0, 3, size=n)
            observations, rewards, terminated, truncated, _ = vector.step(actions)
            for i, env in enumerate(singles):
                if ended[i]:
                    # next-step autoreset: the action is ignored, the new episode continues the random stream
                    expected, reward, term, trunc = env.reset()[0], 0.0, False, False
                    autoresets += 1
                else:
                    expected, reward, term, trunc, _ = env.step(int(actions[i]))
                where = f"env {i} step {step}"
                np.testing.assert_array_equal(observations[i], expected, err_msg=where)
                assert rewards[i] == reward, where
                assert terminated[i] == term and truncated[i] == trunc, where
            ended = terminated | truncated
        assert autoresets >= 2 * n, "hard traffic ends episodes often; the run must cross autoresets"
    finally:
        vector.close()
        for env in singles:
            env.close()


def test_vector_arrays_have_gymnasiums_shapes_and_dtypes_and_survive_the_next_step():
    vector = gym.make_vec("CloudRL/reference-v0", num_envs=3, vectorization_mode="vector_entry_point")
    try:
        observations, _ = vector.reset(seed=0)
        assert observations.shape == (3, vector.single_observation_space.shape[0])
        assert observations.dtype == np.float32
        first = vector.step(np.ones(3, dtype=np.int64))
        kept = [a.copy() for a in first[:4]]
        vector.step(np.zeros(3, dtype=np.int64))
        for held, copy in zip(first[:4], kept):
            np.testing.assert_array_equal(held, copy)
        assert first[1].dtype == np.float64 and first[2].dtype == np.bool_ and first[3].dtype == np.bool_
        assert vector.observation_space.contains(first[0])
    finally:
        vector.close()
