"""A compact PPO in PyTorch on CloudRL's vector environment, in the manner of CleanRL: one file, one loop.

    python examples/ppo.py --task medium --time-limit 300

Trains a small actor-critic on `gymnasium.make_vec("CloudRL/reference-v0", ...)` (Java's VectorEnv, one round
trip per batch), then plays the greedy policy on fresh seeded episodes and prints its mean return beside the
oracle's optimum (`./cloudrl oracle` prints it; pass it with --optimum). Sizes come from the spaces the JVM
reports; observations are scaled by running statistics, so nothing about the environment is written here.

Autoreset is Gymnasium's next-step mode: the step after an episode's end returns the next episode's first
observation and ignores its action, so that step is left out of the loss, and a truncated episode is
bootstrapped from the final observation that the ending step returned.
"""
from __future__ import annotations

import argparse
import math
import time

import gymnasium as gym
import numpy as np
import torch
from torch import nn

import cloudrl_gym


def parse(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--task", default="medium")
    p.add_argument("--envs", type=int, default=64)
    p.add_argument("--rollout", type=int, default=128, help="steps per environment per update")
    p.add_argument("--total-steps", type=int, default=3_000_000)
    p.add_argument("--time-limit", type=float, default=300.0, help="stop training after this many seconds")
    p.add_argument("--lr", type=float, default=2.5e-3)
    p.add_argument("--gamma", type=float, default=0.99)
    p.add_argument("--lam", type=float, default=0.95)
    p.add_argument("--epochs", type=int, default=4)
    p.add_argument("--minibatches", type=int, default=4)
    p.add_argument("--clip", type=float, default=0.2)
    p.add_argument("--entropy", type=float, default=0.01)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--eval-episodes", type=int, default=1000)
    p.add_argument("--optimum", type=float, default=None, help="the oracle's optimal expected return, to compare")
    return p.parse_args(argv)


class RunningScale:
    """Running mean and variance of observations (Chan's parallel update), to feed the network unit-scale inputs."""

    def __init__(self, dim: int):
        self.mean, self.var, self.count = np.zeros(dim), np.ones(dim), 1e-4

    def update(self, batch: np.ndarray) -> None:
        mean, var, n = batch.mean(0), batch.var(0), len(batch)
        delta, total = mean - self.mean, self.count + n
        self.mean = self.mean + delta * n / total
        self.var = (self.var * self.count + var * n + delta ** 2 * self.count * n / total) / total
        self.count = total

    def __call__(self, obs: np.ndarray) -> torch.Tensor:
        return torch.as_tensor((obs - self.mean) / np.sqrt(self.var + 1e-8), dtype=torch.float32)


def layer(n_in, n_out, gain=math.sqrt(2)):
    linear = nn.Linear(n_in, n_out)
    nn.init.orthogonal_(linear.weight, gain)
    nn.init.zeros_(linear.bias)
    return linear


class Agent(nn.Module):
    def __init__(self, obs_dim: int, n_actions: int, hidden: int = 64):
        super().__init__()
        self.critic = nn.Sequential(layer(obs_dim, hidden), nn.Tanh(), layer(hidden, hidden), nn.Tanh(), layer(hidden, 1, 1.0))
        self.actor = nn.Sequential(layer(obs_dim, hidden), nn.Tanh(), layer(hidden, hidden), nn.Tanh(),
                                   layer(hidden, n_actions, 0.01))

    def value(self, x):
        return self.critic(x).squeeze(-1)

    def policy(self, x):
        return torch.distributions.Categorical(logits=self.actor(x))


def train(args, agent, scale, envs):
    n, horizon = args.envs, args.rollout
    obs_dim = envs.single_observation_space.shape[0]
    optimizer = torch.optim.Adam(agent.parameters(), lr=args.lr, eps=1e-5)
    obs_buf = np.zeros((horizon, n, obs_dim), np.float32)
    act_buf = np.zeros((horizon, n), np.int64)
    logp_buf = np.zeros((horizon, n), np.float32)
    rew_buf = np.zeros((horizon, n), np.float32)
    term_buf = np.zeros((horizon, n), np.float32)
    done_buf = np.zeros((horizon, n), np.float32)
    valid_buf = np.zeros((horizon, n), np.float32)

    obs, _ = envs.reset(seed=args.seed)
    prev_done = np.zeros(n, bool)
    episode_return, finished = np.zeros(n), []
    started, steps, update = time.perf_counter(), 0, 0
    updates = max(1, args.total_steps // (n * horizon))
    while update < updates and time.perf_counter() - started < args.time_limit:
        frac = 1.0 - update / updates
        optimizer.param_groups[0]["lr"] = frac * args.lr
        scale.update(obs)
        for t in range(horizon):
            obs_buf[t], valid_buf[t] = obs, ~prev_done
            with torch.no_grad():
                dist = agent.policy(scale(obs))
                action = dist.sample()
            act_buf[t], logp_buf[t] = action.numpy(), dist.log_prob(action).numpy()
            obs, reward, terminated, truncated, _ = envs.step(act_buf[t])
            done = terminated | truncated
            rew_buf[t], term_buf[t], done_buf[t] = reward, terminated, done
            episode_return += reward
            finished.extend(episode_return[done])
            episode_return[done] = 0
            prev_done = done
            steps += n
        with torch.no_grad():
            values = agent.value(scale(obs_buf.reshape(-1, obs_dim))).numpy().reshape(horizon, n)
            last_value = agent.value(scale(obs)).numpy()
        # GAE over valid transitions; the value after step t is V(obs[t+1]), the episode's final
        # observation when step t ended it (next-step autoreset), cut to 0 when it terminated
        advantages = np.zeros((horizon, n), np.float32)
        gae = np.zeros(n, np.float32)
        for t in reversed(range(horizon)):
            next_value = last_value if t == horizon - 1 else values[t + 1]
            delta = rew_buf[t] + args.gamma * next_value * (1 - term_buf[t]) - values[t]
            gae = delta + args.gamma * args.lam * (1 - done_buf[t]) * gae
            gae = gae * valid_buf[t]
            advantages[t] = gae
        returns = advantages + values
        keep = valid_buf.reshape(-1) > 0
        b_obs = scale(obs_buf.reshape(-1, obs_dim)[keep])
        b_act = torch.as_tensor(act_buf.reshape(-1)[keep])
        b_logp = torch.as_tensor(logp_buf.reshape(-1)[keep])
        b_adv = torch.as_tensor(advantages.reshape(-1)[keep])
        b_ret = torch.as_tensor(returns.reshape(-1)[keep])
        size = len(b_act)
        for _ in range(args.epochs):
            order = torch.randperm(size)
            for chunk in order.chunk(args.minibatches):
                dist = agent.policy(b_obs[chunk])
                ratio = (dist.log_prob(b_act[chunk]) - b_logp[chunk]).exp()
                adv = b_adv[chunk]
                adv = (adv - adv.mean()) / (adv.std() + 1e-8)
                policy_loss = torch.max(-adv * ratio, -adv * ratio.clamp(1 - args.clip, 1 + args.clip)).mean()
                value_loss = 0.5 * (agent.value(b_obs[chunk]) - b_ret[chunk]).pow(2).mean()
                loss = policy_loss + 0.5 * value_loss - args.entropy * dist.entropy().mean()
                optimizer.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(agent.parameters(), 0.5)
                optimizer.step()
        update += 1
        if update % 10 == 0 and finished:
            recent = np.mean(finished[-200:])
            print(f"update {update:4d}  steps {steps:9,d}  {time.perf_counter() - started:6.1f} s"
                  f"  training return {recent:7.3f}", flush=True)
    return steps, time.perf_counter() - started


def evaluate(agent, scale, task: str, episodes: int, seed: int) -> np.ndarray:
    """Returns of the greedy policy, one episode in each of `episodes` environments."""
    envs = gym.make_vec("CloudRL/reference-v0", num_envs=episodes, vectorization_mode="vector_entry_point", task=task)
    try:
        obs, _ = envs.reset(seed=seed)
        returns, running = np.zeros(episodes), np.ones(episodes, bool)
        while running.any():
            with torch.no_grad():
                action = agent.actor(scale(obs)).argmax(-1).numpy()
            obs, reward, terminated, truncated, _ = envs.step(action)
            returns += reward * running
            running &= ~(terminated | truncated)
        return returns
    finally:
        envs.close()


def main(argv=None):
    args = parse(argv)
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    torch.set_num_threads(1)
    envs = gym.make_vec("CloudRL/reference-v0", num_envs=args.envs, vectorization_mode="vector_entry_point",
                        task=args.task)
    try:
        obs_dim, n_actions = envs.single_observation_space.shape[0], envs.single_action_space.n
        agent, scale = Agent(obs_dim, n_actions), RunningScale(obs_dim)
        steps, seconds = train(args, agent, scale, envs)
    finally:
        envs.close()
    returns = evaluate(agent, scale, args.task, args.eval_episodes, seed=10_000 + args.seed)
    mean, half = returns.mean(), 1.96 * returns.std(ddof=1) / math.sqrt(len(returns))
    line = (f"ppo {args.task}: trained {steps:,d} env-steps in {seconds:.0f} s; greedy policy over "
            f"{len(returns)} episodes: mean return {mean:.3f} ± {half:.3f}")
    if args.optimum:
        line += f" = {100 * mean / args.optimum:.1f} % of the optimum {args.optimum}"
    print(line)
    return mean


if __name__ == "__main__":
    main()
