"""Speed through the bridge beside the measuring peers: `python -m cloudrl_gym.bench [--seconds S]`.

Prints env-steps/s of a single env stepped by the threshold heuristic in a Python loop (as the seed's
own loop does), and of the vector env with N = 4096 stepped by the same heuristic written in NumPy, with
the share of the vector round trip spent in transfer (everything but the JVM's own stepping); then runs
../shared/bench/peers.sh (found above CloudRL's home, or named by CLOUDRL_PEERS) and prints the ratios.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import time
from pathlib import Path

import gymnasium as gym
import numpy as np

from . import _jvm, gym_id


def _heuristic(env) -> tuple[int, tuple[int, int, int]]:
    """Where the threshold heuristic reads CPU, and its three actions, by the names the JVM reports."""
    labels = env.action_labels
    return env.feature_names.index("cpu"), tuple(labels.index(a) for a in ("add 1", "keep", "remove 1"))


def single_steps_per_s(seconds: float, task: str) -> float:
    env = gym.make(gym_id("reference"), task=task).unwrapped
    try:
        at, (up, hold, down) = _heuristic(env)
        observation, _ = env.reset(seed=0)
        steps, started = 0, time.perf_counter()
        while time.perf_counter() - started < seconds:
            for _ in range(1000):
                cpu = observation[at]
                observation, _, terminated, truncated, _ = env.step(up if cpu > 70 else down if cpu < 40 else hold)
                if terminated or truncated:
                    observation, _ = env.reset()
            steps += 1000
        return steps / (time.perf_counter() - started)
    finally:
        env.close()


def vector_steps_per_s(seconds: float, task: str, n: int, threads: int) -> tuple[float, float, int]:
    """(env-steps/s, share of the time in transfer, threads) for N envs stepped by the heuristic in NumPy."""
    env = gym.make_vec(gym_id("reference"), num_envs=n, vectorization_mode="vector_entry_point", task=task,
                       threads=threads)
    try:
        at, (up, hold, down) = _heuristic(env)
        observations, _ = env.reset(seed=0)
        for _ in range(50):  # let the JIT compile the step
            cpu = observations[:, at]
            observations = env.step(np.where(cpu > 70, up, np.where(cpu < 40, down, hold)))[0]
        batches, in_jvm, in_request = 0, 0, 0.0
        started = time.perf_counter()
        while time.perf_counter() - started < seconds:
            cpu = observations[:, at]
            actions = np.where(cpu > 70, up, np.where(cpu < 40, down, hold))
            sent = time.perf_counter()
            observations = env.step(actions)[0]
            in_request += time.perf_counter() - sent
            in_jvm += env.last_step_jvm_ns
            batches += 1
        elapsed = time.perf_counter() - started
        return batches * n / elapsed, (in_request - in_jvm / 1e9) / elapsed, n
    finally:
        env.close()


def peers() -> dict | None:
    named = os.environ.get("CLOUDRL_PEERS")
    candidates = [Path(named)] if named else [
        folder / "shared" / "bench" / "peers.sh" for folder in (_jvm.home(), *_jvm.home().parents)]
    for script in candidates:
        if script.is_file():
            run = subprocess.run(["bash", str(script), "--json"], capture_output=True, text=True)
            if run.returncode == 0:
                return json.loads(run.stdout.strip().splitlines()[-1])
            print(f"peers: {script} failed: {run.stderr.strip()[-500:]}")
            return None
    print("peers: no shared/bench/peers.sh above CloudRL's home; set CLOUDRL_PEERS to it")
    return None


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m cloudrl_gym.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="time per measurement (default 5)")
    parser.add_argument("--task", default="medium")
    parser.add_argument("--envs", type=int, default=4096)
    parser.add_argument("--threads", type=int, default=0, help="JVM threads for the vector env (0: its processors)")
    args = parser.parse_args(argv)
    single = single_steps_per_s(args.seconds, args.task)
    vector, transfer, n = vector_steps_per_s(args.seconds, args.task, args.envs, args.threads)
    print(f"bridge single env (Python loop)      {single:14,.0f} env-steps/s")
    print(f"bridge vector env N={n:<5d}            {vector:14,.0f} env-steps/s  ({transfer:.0%} of the time in transfer)")
    figures = peers()
    if figures:
        scalar, numpy_vector = figures["seed_python_scalar"], figures["seed_numpy_vector"]
        print(f"peer seed-python-scalar              {scalar:14,.0f} env-steps/s")
        print(f"peer seed-numpy-vector               {numpy_vector:14,.0f} env-steps/s")
        print(f"single / seed-python-scalar          {single / scalar:14.2f}x  (target 1.0x)")
        print(f"vector / seed-numpy-vector           {vector / numpy_vector:14.2f}x  (target 1.0x)")


if __name__ == "__main__":
    main()
