"""Serving a sandbox app over real HTTP with uvicorn, in a background thread or in the foreground.

Synchronous HTTP clients cannot talk to an ASGI app in-process, so tests of sync clients
start the sandbox on a loopback port with :func:`running_sandbox`.

The listening socket is made by :func:`bind_socket` with the protocol given explicitly as
``IPPROTO_TCP``.  That matters: asyncio only switches Nagle's algorithm off (``TCP_NODELAY``)
on the connections it accepts when the listening socket says it is TCP, and without it a
keep-alive client waits for the delayed ACK, about 40 ms, on every request after the first.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import uvicorn
from starlette.applications import Starlette
from uvicorn.config import LOGGING_CONFIG

from .accounts import DEFAULT_API_KEY, DEFAULT_API_SECRET
from .core.sandbox import Sandbox
from .faults import FaultLike, Faults
from .http.app import create_app, faults_of, sandbox_of, streams_of
from .streams import Streams, StreamSettings

KEEP_ALIVE_SECONDS = 30
"""How long the server keeps an idle keep-alive connection open.

Longer than the idle time after which common clients drop a pooled connection (httpx: 5 s),
so that a client never sends a request on a connection the server is closing.
"""


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host``:``port`` (port 0 lets the OS choose a free one).

    The socket is created with ``proto=IPPROTO_TCP`` so that asyncio sets ``TCP_NODELAY`` on
    every connection it accepts from it (see the module docstring).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def base_url_of(sock: socket.socket) -> str:
    """``http://host:port`` of a bound socket (IPv6 hosts in brackets)."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def server_config(app: Starlette, *, log_level: str = "warning", quiet: bool = True) -> uvicorn.Config:
    """The uvicorn settings both :func:`running_sandbox` and the command line serve with.

    ``quiet`` leaves logging as the caller set it up (no handlers of uvicorn's own, no access
    log); otherwise uvicorn logs to stderr at ``log_level``, requests included at "info".
    """
    return uvicorn.Config(
        app,
        # The same event loop and HTTP parser whatever else is installed: uvicorn would pick uvloop
        # (which ccxt brings) and httptools when present, and they lose a connection (the faults'
        # drop and reset) differently from asyncio and h11.
        loop="asyncio",
        http="h11",
        lifespan="off",
        log_config=None if quiet else LOGGING_CONFIG,
        log_level=log_level,
        access_log=not quiet,
        proxy_headers=False,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        timeout_graceful_shutdown=2,
    )


@dataclass(frozen=True)
class RunningSandbox:
    """A sandbox being served: where to reach it, the app behind it and the uvicorn server."""

    base_url: str
    app: Starlette
    server: uvicorn.Server | None = field(default=None, repr=False, compare=False)

    @property
    def sandbox(self) -> Sandbox:
        """The sandbox's state (``app.state.sandbox``)."""
        return sandbox_of(self.app)

    @property
    def faults(self) -> Faults:
        """The app's fault plan (``app.state.faults``), to change between requests."""
        return faults_of(self.app)

    @property
    def streams(self) -> Streams:
        """The stream endpoints (``app.state.streams``): their settings and faults
        (``drop_all()``, ``silence(seconds)``, ``skip_sequence(symbol)``, ``refuse_next(topic)``,
        ``push_now()``)."""
        return streams_of(self.app)

    @property
    def ws_url(self) -> str:
        """``ws://host:port``: the base of the stream endpoints ``/wsPub``, ``/ws`` and ``/wsUA``."""
        return "ws" + self.base_url.removeprefix("http")


@contextmanager
def running_sandbox(
    *,
    seed: int = 0,
    api_key: str = DEFAULT_API_KEY,
    api_secret: str = DEFAULT_API_SECRET,
    clock: Callable[[], int] | None = None,
    rate_limits: bool = False,
    faults: Faults | Iterable[FaultLike] | None = None,
    streams: StreamSettings | None = None,
    moving_market: bool = True,
    time_travel: bool = False,
    host: str = "127.0.0.1",
    port: int = 0,
    app: Starlette | None = None,
    startup_timeout: float = 10.0,
) -> Iterator[RunningSandbox]:
    """Serve a sandbox in a background thread for the duration of a ``with`` block.

    The app is ``create_app(seed=..., api_key=..., api_secret=..., clock=..., rate_limits=...,
    faults=..., streams=..., moving_market=..., time_travel=...)`` unless an ``app`` is given (then ``faults`` must be left out; change the
    app's plan with ``faults_of(app)``).  It listens on ``host`` (loopback by default) and
    ``port`` (by default a free port the OS picks); the block starts once the server accepts
    requests and the server is stopped, and its thread joined, when the block ends.
    """
    if app is None:
        app = create_app(
            seed=seed,
            api_key=api_key,
            api_secret=api_secret,
            clock=clock,
            rate_limits=rate_limits,
            faults=faults,
            streams=streams,
            moving_market=moving_market,
            time_travel=time_travel,
        )
    elif faults is not None or streams is not None:
        raise ValueError("give the faults and stream settings to create_app() when passing an app")
    sock = bind_socket(host, port)
    server = uvicorn.Server(server_config(app))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="pionex-sandbox-server", daemon=True)
    try:
        thread.start()
        deadline = time.monotonic() + startup_timeout
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the sandbox server stopped while starting")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the sandbox server did not start within {startup_timeout} s")
            time.sleep(0.005)
        yield RunningSandbox(base_url=base_url_of(sock), app=app, server=server)
    finally:
        plan = getattr(app.state, "faults", None)
        if isinstance(plan, Faults):
            plan.release()  # a request a fault holds up ends now, not at uvicorn's shutdown timeout
        server.should_exit = True
        if thread.is_alive():
            thread.join(timeout=10)
        sock.close()
