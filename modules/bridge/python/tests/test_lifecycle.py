"""Errors carry CloudRL's messages, and no JVM outlives its environment or this process."""
import os
import signal
import subprocess
import sys
import textwrap

import gymnasium as gym
import numpy as np
import pytest

import cloudrl_gym
from conftest import alive, java_children, wait_gone


def test_close_twice_and_no_jvm_left_after_close():
    env = gym.make("CloudRL/reference-v0")
    pid = env.unwrapped.jvm_pid
    assert alive(pid)
    env.close()
    env.close()
    assert not alive(pid)
    vector = gym.make_vec("CloudRL/reference-v0", num_envs=2, vectorization_mode="vector_entry_point")
    pid = vector.unwrapped.jvm_pid
    vector.close()
    vector.close()
    assert not alive(pid)


@pytest.mark.parametrize("arguments, message", [
    ({"task": "extreme"}, "unknown task 'extreme': choose one of easy, medium, hard"),
    ({"workload": "nonesuch"}, "nonesuch"),
    ({"params": {"workload.period": 24}}, "period"),
    ({"colour": "blue"}, "unknown argument 'colour'"),
])
def test_bad_arguments_raise_value_error_with_cloudrls_line_and_leave_no_jvm(arguments, message):
    before = set(java_children())
    with pytest.raises(ValueError) as raised:
        gym.make("CloudRL/reference-v0", **arguments)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)
    with pytest.raises(ValueError):
        gym.make_vec("CloudRL/reference-v0", num_envs=2, vectorization_mode="vector_entry_point", **arguments)
    assert set(java_children()) <= before


def test_an_unknown_environment_id_is_a_value_error():
    with pytest.raises(ValueError, match="unknown scenario 'nowhere': choose one of boot-delay, budget, "):
        cloudrl_gym.env.CloudRLEnv(env_id="nowhere")


def test_a_java_failure_is_raised_with_its_message_and_the_env_goes_on():
    env = gym.make("CloudRL/reference-v0", disable_env_checker=True).unwrapped
    try:
        with pytest.raises(cloudrl_gym.CloudRLError, match="before reset"):
            env.step(1)
        env.reset(seed=1)
        assert env.step(1)[0].shape == env.observation_space.shape
    finally:
        env.close()


def test_a_dead_jvm_raises_with_its_status_and_is_not_left():
    env = gym.make("CloudRL/reference-v0")
    env.reset(seed=0)
    pid = env.unwrapped.jvm_pid
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(cloudrl_gym.JvmExited, match=f"pid {pid}.*status -9"):
        env.step(1)
    assert not alive(pid)
    env.close()


def test_many_environments_in_one_process_each_own_a_jvm_and_do_not_interfere():
    envs = [gym.make("CloudRL/reference-v0", task="medium") for _ in range(3)]
    try:
        pids = {env.unwrapped.jvm_pid for env in envs}
        assert len(pids) == 3
        runs = [[env.reset(seed=9)[0]] for env in envs]
        for step in range(20):
            for env, run in zip(envs, runs):  # interleaved
                run.append(env.step(step % 3)[0])
        for run in runs[1:]:
            np.testing.assert_array_equal(np.array(run), np.array(runs[0]))
    finally:
        for env in envs:
            env.close()


SCRIPT = textwrap.dedent("""
    import sys, time, gymnasium as gym, numpy as np, cloudrl_gym
    env = gym.make("CloudRL/reference-v0")
    vector = gym.make_vec("CloudRL/reference-v0", num_envs=4, vectorization_mode="vector_entry_point")
    env.reset(seed=0); vector.reset(seed=0)
    print(env.unwrapped.jvm_pid, vector.unwrapped.jvm_pid, flush=True)
    if sys.argv[1] == "raise":
        raise RuntimeError("the user's code failed")
    if sys.argv[1] == "sleep":
        time.sleep(120)
""")


@pytest.mark.parametrize("ending", ["exit", "raise", "SIGTERM", "SIGKILL"])
def test_no_jvm_outlives_the_python_process(ending):
    child = subprocess.Popen([sys.executable, "-c", SCRIPT, "sleep" if ending.startswith("SIG") else ending],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        pids = [int(p) for p in child.stdout.readline().split()]
        assert len(pids) == 2, child.stderr.read() if child.poll() is not None else "no pids printed"
        assert all(alive(pid) for pid in pids)
        if ending.startswith("SIG"):
            child.send_signal(getattr(signal, ending))
        child.wait(timeout=60)
        for pid in pids:
            assert wait_gone(pid), f"JVM {pid} still runs after the Python process ended by {ending}"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
