"""One CloudRL environment as a gymnasium.Env, served by its own JVM."""
from __future__ import annotations

import struct

import gymnasium as gym
import numpy as np

from . import _jvm


def spaces(entry: dict) -> tuple[gym.spaces.Box, gym.spaces.Discrete]:
    """The observation and action spaces an entry from the JVM describes."""
    observation = gym.spaces.Box(low=entry["low"], high=entry["high"], dtype=np.float32)
    return observation, gym.spaces.Discrete(len(entry["actions"]))


class CloudRLEnv(gym.Env):
    """A CloudRL environment. `make("CloudRL/<id>-v0", task=..., reward=..., workload=..., params={...})`;
    every keyword but render_mode and render_size goes to CloudRL, which checks it.

    info after reset: step, latency; after a step also reward_parts, and grade when the episode ended."""

    metadata = {"render_modes": ["rgb_array"], "render_fps": 4}

    def __init__(self, env_id: str = "reference", render_mode: str | None = None,
                 render_size: tuple[int, int] = (900, 675), **arguments) -> None:
        if render_mode is not None and render_mode not in self.metadata["render_modes"]:
            raise ValueError(f"render_mode {render_mode!r} is not allowed: use 'rgb_array' or None")
        self.render_mode = render_mode
        self._render_size = tuple(int(v) for v in render_size)
        self._connection = _jvm.Connection()
        try:
            entry = _jvm.Reader(self._connection.request(
                _jvm.MAKE, _jvm.string(env_id), _jvm.arguments(arguments))).entry()
        except BaseException:
            self._connection.close()
            raise
        self.env_id = env_id
        self.feature_names = entry["features"]
        self.action_labels = entry["actions"]
        self.observation_space, self.action_space = spaces(entry)
        self._dim = self.observation_space.shape[0]
        self._step_layout = struct.Struct(f"<{self._dim}fdBBid")

    @property
    def jvm_pid(self) -> int:
        """The process id of the JVM serving this environment."""
        return self._connection.pid

    def reset(self, *, seed: int | None = None, options: dict | None = None):
        if options:
            raise ValueError(f"options {options!r} are not allowed: CloudRL's reset takes a seed only")
        payload = _jvm.seed_payload(seed)
        super().reset(seed=None if seed is None else int(seed) % 2**64)
        reader = _jvm.Reader(self._connection.request(_jvm.RESET, payload))
        observation = reader.array(np.float32, self._dim)
        return observation, {"step": reader.i32(), "latency": reader.f64()}

    def step(self, action):
        if not self.action_space.contains(action):
            raise ValueError(f"action {action!r} is not allowed: give an integer in [0, {self.action_space.n})"
                             f" ({', '.join(self.action_labels)})")
        view = self._connection.request(_jvm.STEP, struct.pack("<i", int(action)))
        *values, reward, terminated, truncated, step, latency = self._step_layout.unpack_from(view)
        reader = _jvm.Reader(view)
        reader.at = self._step_layout.size
        info = {"step": step, "latency": latency, "reward_parts": reader.named_values()}
        fleet = reader.named_values()
        if fleet:
            info["fleet"] = fleet
        if reader.u8():
            info["grade"] = self._grade(reader)
        return np.array(values, dtype=np.float32), reward, bool(terminated), bool(truncated), info

    @staticmethod
    def _grade(reader: _jvm.Reader) -> dict:
        grade = {}
        for _ in range(reader.i32()):
            name, kind, value = reader.string(), reader.u8(), reader.f64()
            # a figure the episode did not report (NaN, such as the cost of a reference episode) is None
            grade[name] = bool(value) if kind == 1 else int(value) if kind == 2 else value if value == value else None
        return grade

    def render(self):
        if self.render_mode != "rgb_array":
            return None
        width, height = self._render_size
        reader = _jvm.Reader(self._connection.request(_jvm.RENDER, struct.pack("<ii", width, height)))
        width, height = reader.i32(), reader.i32()
        return reader.array(np.uint8, width * height * 3).reshape(height, width, 3)

    def close(self) -> None:
        self._connection.close() if hasattr(self, "_connection") else None
        super().close()
