"""CloudRL's autoscaling environments for Gymnasium. Importing this package asks a CloudRL JVM which
environments it serves and registers `CloudRL/<id>-v0` for each, with a single and a vector entry point."""
from __future__ import annotations

import gymnasium as gym

from ._jvm import CloudRLError, JvmExited, list_environments

__all__ = ["CloudRLError", "JvmExited", "ENVIRONMENTS", "gym_id"]


def gym_id(env_id: str) -> str:
    """The Gymnasium id of CloudRL's environment `env_id`."""
    return f"CloudRL/{env_id}-v0"


ENVIRONMENTS = {entry["id"]: entry for entry in list_environments()}

for _id in ENVIRONMENTS:
    if gym_id(_id) not in gym.registry:
        gym.register(id=gym_id(_id), entry_point="cloudrl_gym.env:CloudRLEnv",
                     vector_entry_point="cloudrl_gym.vector:CloudRLVectorEnv", kwargs={"env_id": _id},
                     disable_env_checker=False)
