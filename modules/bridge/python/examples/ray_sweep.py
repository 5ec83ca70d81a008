"""A seed x policy sweep over Ray actors, each owning its own CloudRL JVM.

    python examples/ray_sweep.py --seeds 8 --episodes 20                 # a local Ray on this machine
    ray start --head; python examples/ray_sweep.py --address auto ...   # the same script on a cluster

Each actor makes one environment (and so starts one JVM, which lives exactly as long as the actor) and
plays the episodes it is sent; the driver spreads (policy, seed) cells over the actors and prints one row
per policy: mean return and mean final score over all seeds. The policies are plain Python functions of
the observation, reading features and actions by the names the JVM reports.
"""
from __future__ import annotations

import argparse
import os

import numpy as np
import ray


def policy(name: str, env, rng: np.random.Generator):
    cpu = env.unwrapped.feature_names.index("cpu")
    actions = env.unwrapped.action_labels
    up, hold, down = (actions.index(label) for label in ("add 1", "keep", "remove 1"))
    if name == "threshold":  # the reference heuristic: up over 70 % CPU, down under 40 %
        return lambda obs: up if obs[cpu] > 70 else down if obs[cpu] < 40 else hold
    if name == "hold":
        return lambda obs: hold
    if name == "random":
        return lambda obs: int(rng.integers(env.action_space.n))
    raise ValueError(f"policy {name!r} is not allowed: choose threshold, hold or random")


POLICIES = ("threshold", "hold", "random")


def play(env, name: str, seed: int, episodes: int) -> list[tuple[float, float]]:
    """(return, final score) of `episodes` episodes, the first reset with `seed`, the others continuing it."""
    act = policy(name, env, np.random.default_rng(seed))
    results = []
    for episode in range(episodes):
        obs, _ = env.reset(seed=seed if episode == 0 else None)
        total, done = 0.0, False
        while not done:
            obs, reward, terminated, truncated, info = env.step(act(obs))
            total += reward
            done = terminated or truncated
        results.append((total, info["grade"]["finalScore"]))
    return results


@ray.remote
class Worker:
    """One CloudRL environment, and so one JVM, per actor."""

    def __init__(self, task: str):
        import gymnasium as gym
        import cloudrl_gym  # noqa: F401  registers the ids in this worker process
        self.env = gym.make("CloudRL/reference-v0", task=task)

    def run(self, name: str, seed: int, episodes: int):
        return name, seed, play(self.env, name, seed, episodes)

    def jvm_pid(self) -> int:
        return self.env.unwrapped.jvm_pid

    def close(self) -> None:
        self.env.close()


def sweep(task: str, seeds: int, episodes: int, policies=POLICIES, actors: int = 2) -> dict:
    """{policy: [(return, score), ...]} over seeds 0..seeds-1, spread over `actors` Ray actors."""
    workers = [Worker.remote(task) for _ in range(actors)]
    try:
        cells = [(name, seed) for name in policies for seed in range(seeds)]
        futures = [workers[i % actors].run.remote(name, seed, episodes) for i, (name, seed) in enumerate(cells)]
        results = {name: [] for name in policies}
        for name, _, played in ray.get(futures):
            results[name].extend(played)
        return results
    finally:
        ray.get([worker.close.remote() for worker in workers])
        for worker in workers:
            ray.kill(worker)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--task", default="medium")
    p.add_argument("--seeds", type=int, default=8)
    p.add_argument("--episodes", type=int, default=20, help="episodes per (policy, seed) cell")
    p.add_argument("--actors", type=int, default=2)
    p.add_argument("--address", default=None, help="a running Ray cluster ('auto'); default: start one here")
    p.add_argument("--num-cpus", type=int, default=2)
    args = p.parse_args(argv)
    import cloudrl_gym._jvm as jvm
    runtime = {"env_vars": {"CLOUDRL_HOME": str(jvm.home())}}
    if args.address:
        ray.init(address=args.address, runtime_env=runtime)
    else:
        ray.init(num_cpus=args.num_cpus, runtime_env=runtime, include_dashboard=False)
    try:
        results = sweep(args.task, args.seeds, args.episodes, actors=args.actors)
    finally:
        ray.shutdown()
    print(f"{'policy':10s} {'episodes':>8s} {'mean return':>12s} {'mean score':>11s}")
    for name, played in results.items():
        returns, scores = np.array(played).T
        print(f"{name:10s} {len(played):8d} {returns.mean():12.3f} {scores.mean():11.4f}")
    return results


if __name__ == "__main__":
    os.environ.setdefault("RAY_DEDUP_LOGS", "0")
    main()
