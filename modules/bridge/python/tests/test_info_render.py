"""The step info (latency, reward parts, the grade at the end) and the rendered charts."""
import gymnasium as gym
import numpy as np


def test_info_carries_latency_parts_and_the_grade_at_the_end():
    env = gym.make("CloudRL/reference-v0", task="easy")
    try:
        observation, info = env.reset(seed=4)
        # latency is requests per server: the observation's rate over its servers
        assert info["latency"] == observation[2] / observation[3]
        rewards, done, step = [], False, 0
        while not done:
            observation, reward, terminated, truncated, info = env.step(1)
            rewards.append(reward)
            step += 1
            done = terminated or truncated
            assert info["step"] == step
            assert np.isclose(info["latency"], observation[2] / observation[3])
            assert {"cpu", "memory", "cost", "penalty"} <= set(info["reward_parts"])
            assert ("grade" in info) == done
        grade = info["grade"]
        assert grade["steps"] == step
        assert np.isclose(grade["cumulativeReward"], sum(rewards))
        assert isinstance(grade["passed"], bool) and 0 <= grade["finalScore"] <= 1
    finally:
        env.close()


def test_rgb_array_render_is_an_image_of_the_charts():
    env = gym.make("CloudRL/reference-v0", render_mode="rgb_array", render_size=(400, 300))
    try:
        env.reset(seed=0)
        for _ in range(10):
            env.step(2)
        frame = env.render()
        assert frame.shape == (300, 400, 3) and frame.dtype == np.uint8
        assert len(np.unique(frame.reshape(-1, 3), axis=0)) > 10, "charts have lines and text, not one colour"
    finally:
        env.close()
