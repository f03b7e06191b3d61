"""A throwaway Redis server on loopback, to rehearse a rate budget shared between processes.

``running_redis()`` starts Debian's ``redis-server`` (``apt-get install redis-server``) on a
free port of 127.0.0.1, with nothing saved to disk, and stops it when the block ends::

    with running_redis() as url:          # "redis://127.0.0.1:PORT/0"
        limiter = RateLimiter(redis=url)  # every process given this URL shares one budget

The tests and ``make bench`` use it; it is not needed to use a Redis server you already run.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager


class RedisUnavailable(RuntimeError):
    """``redis-server`` is not installed or did not start."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@contextmanager
def running_redis(startup_timeout: float = 10.0) -> Iterator[str]:
    """A fresh ``redis-server`` on 127.0.0.1 for the block; yields its ``redis://`` URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RedisUnavailable("redis-server is not installed (Debian/Ubuntu: apt-get install redis-server)")
    with tempfile.TemporaryDirectory(prefix="pionex-redis-") as workdir:
        port = _free_port()
        args = [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"]
        args += ["--dir", workdir, "--protected-mode", "yes", "--loglevel", "warning"]
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + startup_timeout
            while not _answers(port):
                if process.poll() is not None:
                    error = process.stderr.read().decode(errors="replace") if process.stderr else ""
                    raise RedisUnavailable(f"redis-server exited with {process.returncode}: {error.strip()}")
                if time.monotonic() > deadline:
                    raise RedisUnavailable(f"redis-server did not answer on port {port} in {startup_timeout} s")
                time.sleep(0.02)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stderr is not None:
                process.stderr.close()
