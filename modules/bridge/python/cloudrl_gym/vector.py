"""N CloudRL environments as one gymnasium.vector.VectorEnv over Java's VectorEnv: one round trip per batch."""
from __future__ import annotations

import struct

import gymnasium as gym
import numpy as np
from gymnasium.vector import AutoresetMode
from gymnasium.vector.utils import batch_space

from . import _jvm
from .env import spaces


class CloudRLVectorEnv(gym.vector.VectorEnv):
    """`make_vec("CloudRL/<id>-v0", num_envs=N, vectorization_mode="vector_entry_point", task=..., threads=T)`.

    Environment i follows a single environment reset with seed `env_seeds(seed)[i]` and reset without
    a seed whenever its episode ends (next-step autoreset: the step after the end ignores the action and
    returns the new episode's first observation with reward 0)."""

    metadata = {"autoreset_mode": AutoresetMode.NEXT_STEP, "render_modes": []}

    def __init__(self, num_envs: int, env_id: str = "reference", threads: int = 0,
                 max_episode_steps: int | None = None, render_mode: str | None = None, **arguments) -> None:
        if render_mode is not None:
            raise ValueError(f"render_mode {render_mode!r} is not allowed for the vector env: render a single env")
        if max_episode_steps is not None:
            raise ValueError("max_episode_steps is not allowed: CloudRL's time limit is part of the environment")
        if not isinstance(num_envs, int) or num_envs < 1:
            raise ValueError(f"num_envs {num_envs!r} is not allowed: give a whole number of at least 1")
        self._connection = _jvm.Connection()
        try:
            entry = _jvm.Reader(self._connection.request(
                _jvm.MAKE_VEC, _jvm.string(env_id), struct.pack("<ii", num_envs, int(threads)),
                _jvm.arguments(arguments))).entry()
        except BaseException:
            self._connection.close()
            raise
        self.num_envs = num_envs
        self.env_id = env_id
        self.feature_names = entry["features"]
        self.action_labels = entry["actions"]
        self.single_observation_space, self.single_action_space = spaces(entry)
        self.observation_space = batch_space(self.single_observation_space, num_envs)
        self.action_space = batch_space(self.single_action_space, num_envs)
        self._dim = self.single_observation_space.shape[0]
        n = num_envs
        # one answer: observations, rewards, terminated, truncated; each batch lands in a fresh buffer,
        # so the arrays handed out are views that the next step does not overwrite
        self._sizes = (4 * n * self._dim, 8 * n, n, n, 8)
        self.last_step_jvm_ns = 0  # what the JVM spent stepping the last batch: the rest was transfer

    @property
    def jvm_pid(self) -> int:
        return self._connection.pid

    def env_seeds(self, seed: int) -> np.ndarray:
        """The seed each environment gets from reset(seed=seed), as CloudRL's VectorEnv derives them."""
        view = self._connection.request(_jvm.VSEEDS, _jvm.seed_payload(seed)[1:])
        # Java's seeds are signed 64-bit; the same bits unsigned are what Gymnasium accepts as a seed
        return _jvm.Reader(view).array(np.int64, self.num_envs).view(np.uint64)

    def reset(self, *, seed: int | None = None, options: dict | None = None):
        if options:
            raise ValueError(f"options {options!r} are not allowed: CloudRL's reset takes a seed only")
        if seed is not None and not isinstance(seed, (int, np.integer)):
            raise ValueError(f"seed {seed!r} is not allowed: give one integer; environment i gets env_seeds(seed)[i]")
        payload = _jvm.seed_payload(seed)
        super().reset(seed=None if seed is None else int(seed) % 2**64)
        frame = np.empty(_jvm.HEADER + self._sizes[0], dtype=np.uint8)
        self._connection.request(_jvm.VRESET, payload, into=frame)
        return frame[_jvm.HEADER:].view(np.float32).reshape(self.num_envs, self._dim), {}

    def step(self, actions):
        actions = np.ascontiguousarray(actions, dtype="<i4")
        if actions.shape != (self.num_envs,):
            raise ValueError(f"actions of shape {actions.shape} are not allowed: give {self.num_envs} integers")
        frame = np.empty(_jvm.HEADER + sum(self._sizes), dtype=np.uint8)
        self._connection.request(_jvm.VSTEP, actions, into=frame)
        answer = frame[_jvm.HEADER:]
        o, r, t, u, _ = self._sizes
        observations = answer[:o].view(np.float32).reshape(self.num_envs, self._dim)
        rewards = answer[o:o + r].view(np.float64)
        terminated = answer[o + r:o + r + t].view(np.bool_)
        truncated = answer[o + r + t:o + r + t + u].view(np.bool_)
        self.last_step_jvm_ns = int.from_bytes(answer[o + r + t + u:].tobytes(), "little")
        return observations, rewards, terminated, truncated, {}

    def close_extras(self, **kwargs) -> None:
        self._connection.close() if hasattr(self, "_connection") else None
