"""The JVM behind an environment: finding the built CloudRL, starting the bridge, and the wire format.

Each connection is its own JVM, started by us, talking over a Unix domain socket we listen on in a
private temporary folder (nothing listens on the network). The JVM also watches its standard input,
whose other end only this process holds: when this process ends, however it ends, the JVM exits.
"""
from __future__ import annotations

import atexit
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import weakref
from pathlib import Path

import numpy as np

LIST, MAKE, MAKE_VEC, RESET, STEP, RENDER, VRESET, VSTEP, VSEEDS, CLOSE = range(1, 11)
OK, BAD_ARGUMENT, FAILURE = 0, 1, 2
# a response frame starts with its length (int32), a status byte and three bytes of padding
HEADER_LAYOUT = struct.Struct("<iB3x")
HEADER = HEADER_LAYOUT.size

START_TIMEOUT_S = float(os.environ.get("CLOUDRL_START_TIMEOUT", "120"))


class CloudRLError(RuntimeError):
    """A request the CloudRL JVM could not serve, or a JVM that is gone; the message is CloudRL's."""


class JvmExited(CloudRLError):
    """The CloudRL JVM behind an environment exited; the message carries its status and last words."""


def home() -> Path:
    """CloudRL's checkout: $CLOUDRL_HOME, else the first folder holding the `cloudrl` script above this
    package or above the working directory."""
    named = os.environ.get("CLOUDRL_HOME")
    if named:
        path = Path(named).expanduser().resolve()
        if not (path / "cloudrl").is_file():
            raise CloudRLError(f"CLOUDRL_HOME {named} is not a CloudRL checkout: it has no cloudrl script")
        return path
    for start in (Path(__file__).resolve().parent, Path.cwd().resolve()):
        for folder in (start, *start.parents):
            if (folder / "cloudrl").is_file() and (folder / "modules" / "bridge").is_dir():
                return folder
    raise CloudRLError("cannot find CloudRL: set CLOUDRL_HOME to the folder holding the cloudrl script")


def _bridge_files(root: Path) -> tuple[Path, Path]:
    target = root / "modules" / "bridge" / "target"
    return target / "cloudrl-bridge.jar", target / "modules"


def command(socket_path: str) -> list[str]:
    """The command that starts the bridge, building CloudRL with its own script first if it was never built."""
    root = home()
    jar, modules = _bridge_files(root)
    if not jar.is_file() or not modules.is_dir():
        # the script builds the whole reactor, the bridge included, when sources changed or it never ran
        built = subprocess.run([str(root / "cloudrl"), "--version"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
        if built.returncode != 0 or not jar.is_file():
            raise CloudRLError(f"could not build CloudRL in {root}: {built.stderr.strip()[-2000:]}"
                               f" (build it with: cd {root} && mvn -B -DskipTests package)")
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java:
        raise CloudRLError("java was not found: put JDK 17 or newer on PATH or set JAVA_HOME")
    options = os.environ.get("CLOUDRL_JAVA_OPTS", "").split()
    return [java, "-Djava.awt.headless=true", f"-Dcloudrl.home={root}", *options,
            "-p", f"{jar}{os.pathsep}{modules}", "-m", "cloudrl.bridge/cloudrl.bridge.BridgeMain", socket_path]


_live: "weakref.WeakSet[Connection]" = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    for connection in list(_live):
        connection.close()


class Connection:
    """One JVM and the socket to it. Requests are synchronous: one frame out, one frame back."""

    def __init__(self) -> None:
        self._sock = None
        self._process = None
        self._errors = tempfile.TemporaryFile()
        folder = tempfile.mkdtemp(prefix="cloudrl-")
        path = os.path.join(folder, "bridge.sock")
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(path)
            listener.listen(1)
            listener.settimeout(0.1)
            # its own session: a Ctrl-C meant for Python does not kill the JVM under a live environment
            self._process = subprocess.Popen(command(path), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                             stderr=self._errors, start_new_session=True)
            _live.add(self)
            deadline = time.monotonic() + START_TIMEOUT_S
            while self._sock is None:
                try:
                    self._sock, _ = listener.accept()
                except socket.timeout:
                    if self._process.poll() is not None:
                        raise self._exited() from None
                    if time.monotonic() > deadline:
                        self.close()
                        raise CloudRLError(f"the CloudRL JVM did not connect within {START_TIMEOUT_S:.0f} s")
        except BaseException:
            self.close()
            raise
        finally:
            listener.close()
            shutil.rmtree(folder, ignore_errors=True)
        self._sock.settimeout(None)
        for option in (socket.SO_SNDBUF, socket.SO_RCVBUF):
            self._sock.setsockopt(socket.SOL_SOCKET, option, 4 << 20)
        self._header = bytearray(HEADER)
        self._header_view = memoryview(self._header)

    @property
    def pid(self) -> int:
        """The JVM's process id."""
        return self._process.pid

    @property
    def closed(self) -> bool:
        return self._sock is None

    def request(self, opcode: int, *payload, into: np.ndarray | None = None):
        """Sends one request; returns the answer's bytes (a memoryview), or, with `into` (a uint8 array of
        HEADER bytes plus the answer's size), receives the whole frame into it in as few reads as the kernel allows.

        Raises ValueError for a bad argument, CloudRLError for a failure, JvmExited when the JVM is gone."""
        if self._sock is None:
            raise CloudRLError("this environment is closed")
        size = 1 + sum(memoryview(part).nbytes for part in payload)
        try:
            self._sock.sendmsg([struct.pack("<iB", size, opcode), *payload])
            if into is not None:
                frame = memoryview(into).cast("B")
                got = self._receive_at_least(frame, HEADER)
                length, status = HEADER_LAYOUT.unpack_from(frame)
                if status == OK:
                    if 4 + length != frame.nbytes:
                        self.close()  # the rest of the frame would be read as the next answer
                        raise CloudRLError(f"expected {frame.nbytes - HEADER} bytes from the JVM but {length - 4} came")
                    self._receive_at_least(frame[got:], frame.nbytes - got)
                    return into
                answer = bytearray(4 + length)
                answer[:got] = frame[:got]
                self._receive_at_least(memoryview(answer)[got:], len(answer) - got)
                answer = answer[HEADER:]
            else:
                self._receive_at_least(self._header_view, HEADER)
                length, status = HEADER_LAYOUT.unpack_from(self._header)
                answer = bytearray(length + 4 - HEADER)
                self._receive_at_least(memoryview(answer), len(answer))
        except (ConnectionError, BrokenPipeError, EOFError):
            raise self._exited() from None
        except BaseException:
            # interrupted half way through a frame (Ctrl-C): the stream cannot be trusted, so end it
            self.close()
            raise
        if status == OK:
            return memoryview(answer)
        message = Reader(memoryview(answer)).string()
        if status == BAD_ARGUMENT:
            raise ValueError(message)
        raise CloudRLError(message)

    def _receive_at_least(self, view: memoryview, wanted: int) -> int:
        """Receives into `view` until it holds at least `wanted` bytes (never past its end); returns the count."""
        got = 0
        while got < wanted:
            n = self._sock.recv_into(view[got:])
            if n == 0:
                raise EOFError
            got += n
        return got

    def _exited(self) -> JvmExited:
        try:
            status = self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            status = None
        self._errors.seek(0)
        words = self._errors.read().decode("utf-8", "replace").strip()
        self.close()
        said = words.splitlines()[-1] if words else "it printed nothing"
        return JvmExited(f"the CloudRL JVM (pid {self._process.pid}) exited with status {status}: {said}")

    def close(self) -> None:
        """Asks the JVM to exit, then makes sure it has; safe to call more than once."""
        sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.sendall(struct.pack("<iB", 1, CLOSE))
                sock.settimeout(5)
                sock.recv(16)
            except OSError:
                pass
            sock.close()
        process = self._process
        if process is not None and process.returncode is None:
            try:
                process.stdin.close()
            except OSError:
                pass
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        _live.discard(self)

    def __del__(self) -> None:
        self.close()


class Reader:
    """Reads the little-endian values of an answer in order."""

    def __init__(self, view: memoryview) -> None:
        self.view = view
        self.at = 0

    def _unpack(self, fmt: str):
        values = struct.unpack_from(fmt, self.view, self.at)
        self.at += struct.calcsize(fmt)
        return values

    def i32(self) -> int:
        return self._unpack("<i")[0]

    def i64(self) -> int:
        return self._unpack("<q")[0]

    def f64(self) -> float:
        return self._unpack("<d")[0]

    def u8(self) -> int:
        return self._unpack("<B")[0]

    def string(self) -> str:
        n = self.i32()
        text = bytes(self.view[self.at:self.at + n]).decode("utf-8")
        self.at += n
        return text

    def array(self, dtype, count: int) -> np.ndarray:
        dtype = np.dtype(dtype).newbyteorder("<")
        values = np.frombuffer(self.view, dtype=dtype, count=count, offset=self.at).astype(dtype.newbyteorder("="))
        self.at += dtype.itemsize * count
        return values

    def named_values(self) -> dict:
        return {self.string(): self.f64() for _ in range(self.i32())}

    def entry(self) -> dict:
        entry = {"id": self.string(), "description": self.string()}
        dim = self.i32()
        entry["features"] = [self.string() for _ in range(dim)]
        entry["low"] = self.array(np.float32, dim)
        entry["high"] = self.array(np.float32, dim)
        entry["actions"] = [self.string() for _ in range(self.i32())]
        return entry


def seed_payload(seed) -> bytes:
    """A reset's seed as the bridge reads it: a flag, then the seed's 64 bits (Java's long)."""
    if seed is None:
        return struct.pack("<BQ", 0, 0)
    if not isinstance(seed, (int, np.integer)) or not -2**63 <= int(seed) < 2**64:
        raise ValueError(f"seed {seed!r} is not allowed: give an integer that fits 64 bits")
    return struct.pack("<BQ", 1, int(seed) % 2**64)


def string(text: str) -> bytes:
    data = text.encode("utf-8")
    return struct.pack("<i", len(data)) + data


def arguments(values: dict) -> bytes:
    """Keyword arguments as the bridge's key/value pairs: a `params` mapping becomes one `param`
    entry `point.name=value` each; None values are left out; everything else goes as text."""
    pairs = []
    for key, value in values.items():
        if value is None:
            continue
        if key == "params":
            if not isinstance(value, dict):
                raise ValueError(f"params {value!r} is not allowed: give a dict such as {{'workload.period': 24}}")
            pairs += [("param", f"{name}={setting}") for name, setting in value.items()]
        else:
            pairs.append((key, str(value)))
    return struct.pack("<i", len(pairs)) + b"".join(string(k) + string(v) for k, v in pairs)


def list_environments() -> list[dict]:
    """Every environment id the JVM serves, with its spaces."""
    connection = Connection()
    try:
        reader = Reader(connection.request(LIST))
        return [reader.entry() for _ in range(reader.i32())]
    finally:
        connection.close()
