"""The same seed and actions give, through the bridge, exactly the episodes Java wrote before the bridge
existed: modules/env/src/test/resources/golden/reference-episodes.csv (see the README beside it)."""
import csv
from collections import defaultdict

import gymnasium as gym
import numpy as np
import pytest


def golden_episodes(root):
    path = root / "modules" / "env" / "src" / "test" / "resources" / "golden" / "reference-episodes.csv"
    episodes = defaultdict(list)
    with path.open() as rows:
        for row in csv.DictReader(rows):
            episodes[(row["task"], int(row["seed"]), row["driver"])].append(row)
    return episodes


@pytest.mark.parametrize("task", ["easy", "medium", "hard"])
def test_python_replays_javas_golden_episodes_bit_for_bit(repo_root, task):
    episodes = {key: rows for key, rows in golden_episodes(repo_root).items() if key[0] == task}
    assert len(episodes) == 24, "12 seeds, two drivers"
    env = gym.make("CloudRL/reference-v0", task=task)
    try:
        for (_, seed, driver), rows in sorted(episodes.items()):
            observation, _ = env.reset(seed=seed)
            first = rows[0]
            expected = np.array([float(first[k]) for k in ("cpu", "memory", "requestRate", "servers")], np.float32)
            np.testing.assert_array_equal(observation, expected, err_msg=f"{task} seed {seed} {driver} reset")
            for row in rows[1:]:
                observation, reward, terminated, truncated, _ = env.step(int(row["action"]))
                expected = np.array([float(row[k]) for k in ("cpu", "memory", "requestRate", "servers")], np.float32)
                where = f"{task} seed {seed} {driver} step {row['step']}"
                np.testing.assert_array_equal(observation, expected, err_msg=where)
                assert reward == float(row["reward"]), where
                assert terminated == (row["terminated"] == "true"), where
                assert truncated == (row["truncated"] == "true"), where
            assert terminated or truncated, f"{task} seed {seed} {driver}: the golden episode ends"
    finally:
        env.close()
