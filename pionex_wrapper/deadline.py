"""The sync client's overall deadline, kept by its own sockets: headers included.

httpx's timeouts bound each network operation, not the call: a server that sends the status
line and headers one byte at a time, each byte within the read timeout, held a sync call for
minutes (httpcore reads the headers before :mod:`pionex_wrapper.body` sees the reply, and a
blocking read cannot be interrupted from outside).  The async client is cancelled at the
deadline by ``asyncio.timeout``; the sync client has no such thing.

So the connection pool of a sync client this SDK makes (no ``transport=`` or ``http_client=``
of your own) opens its connections through :class:`DeadlineBackend`: every connect, TLS
handshake, read and write is given at most the time left before the deadline of the call in
progress (:data:`~pionex_wrapper.body.CALL_DEADLINE`, set by the sync driver around each
request, in its own thread), and one that would start after the deadline raises httpcore's
timeout at once.  httpcore then drops the connection (it is not put back in the pool) and the
call raises :class:`~pionex_wrapper.errors.PionexTimeoutError`.  A call therefore ends within
its deadline plus one scheduling slice, however the server trickles.  A connection used
outside a call (no deadline set) keeps httpx's own timeouts.

httpx 0.28 takes no network backend in ``httpx.HTTPTransport``: :func:`install` sets it on the
httpcore pools of the ``httpx.Client`` (its own transport and the proxy transports httpx
mounts from ``HTTP(S)_PROXY``), which exist with these attribute names in the pinned versions
(httpx 0.28, httpcore 1.x); the tests fail if that stops being true.  A transport or client of
your own is left as it is: it is bounded per operation only (and, in the body, by
:mod:`pionex_wrapper.body`).
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from .body import CALL_DEADLINE


def _left(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """``timeout`` cut to the time left before the call's deadline; raises ``expired`` once it has passed."""
    deadline = CALL_DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:  # a socket timeout of 0 would mean non-blocking, not "no time left"
        raise expired("the call's overall deadline has passed")
    return left if timeout is None or timeout > left else timeout


class DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the deadline of the call using it."""

    __slots__ = ("_inner",)

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout))
        return DeadlineStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """Opens connections through another backend, each wrapped in a :class:`DeadlineStream`."""

    __slots__ = ("_inner",)

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.connect_tcp(host, port, left, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install(client: httpx.Client) -> bool:
    """Puts :class:`DeadlineBackend` under every httpcore pool of ``client``, a client this SDK
    made; True if its own transport got it (see the module's docstring)."""
    installed = False
    for transport in (client._transport, *client._mounts.values()):
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, DeadlineBackend):
            pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
            installed = installed or transport is client._transport
    return installed
