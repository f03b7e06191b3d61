"""A call's timeout is its overall deadline, however the server trickles, and retries share it.

A hostile server on 127.0.0.1 (tests/loopback.py) sends the status line and headers one byte
at a time, each well within the per-read timeout (``drip_head``), or the body so (``drip``).
Before the sync client's sockets kept the deadline, a sync call with ``timeout=1`` against the
trickled headers ran past 90 s (it ends when the server stops); the async one ended at 1 s, but
its retries each started a fresh deadline (``max_retries=10``: 27.9 s, 8 requests).  The bounds
below are generous (the deadline is 1 s) and far below those figures.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import httpcore
import httpx
import pytest

from pionex_wrapper import AsyncPionex, Pionex, PionexConnectionError, PionexTimeoutError
from pionex_wrapper.body import CALL_DEADLINE
from pionex_wrapper.deadline import DeadlineBackend, DeadlineStream, install
from tests.loopback import LoopbackServer, loopback

TIMEOUT = 1.0
BOUND = 5.0  # well above the 1 s deadline, far below the minutes the trickle takes without it
DEPTH = "/api/v1/market/depth"


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback() as served:
        served.drip_every = 0.2  # a byte every 0.2 s: each read is well within the 1 s read timeout
        yield served


@pytest.mark.parametrize("mode", ["drip_head", "drip"])
@pytest.mark.parametrize("retries", [0, 10])
def test_a_sync_call_ends_at_its_deadline_however_the_server_trickles(
    server: LoopbackServer, mode: str, retries: int
) -> None:
    server.modes[DEPTH] = mode
    with Pionex(base_url=server.base_url, timeout=TIMEOUT, max_retries=retries) as client:
        started = time.monotonic()
        with pytest.raises(PionexTimeoutError, match="within the call's timeout"):
            client.market.get_market_depth(symbol="BTC_USDT")
        elapsed = time.monotonic() - started
        # A retry would start after the deadline: there is none, whatever max_retries says.
        assert len(server.seen) == 1
        assert elapsed < BOUND, elapsed
        # The connection was dropped, not pooled: the next call is answered.
        assert client.market.get_tickers(symbol="BTC_USDT").tickers == []


@pytest.mark.parametrize("mode", ["drip_head", "drip"])
@pytest.mark.parametrize("retries", [0, 10])
def test_an_async_call_ends_at_its_deadline_and_its_retries_do_not_restart_it(
    server: LoopbackServer, mode: str, retries: int
) -> None:
    server.modes[DEPTH] = mode

    async def main() -> float:
        async with AsyncPionex(base_url=server.base_url, timeout=TIMEOUT, max_retries=retries) as client:
            started = time.monotonic()
            with pytest.raises(PionexTimeoutError, match="within the call's timeout"):
                await client.market.get_market_depth(symbol="BTC_USDT")
            elapsed = time.monotonic() - started
            assert (await client.market.get_tickers(symbol="BTC_USDT")).tickers == []
            return elapsed

    elapsed = asyncio.run(main())
    assert len(server.seen) == 2  # the timed-out call, sent once, and the next call
    assert elapsed < BOUND, elapsed


def test_a_retry_that_fits_before_the_deadline_is_still_made(server: LoopbackServer) -> None:
    server.modes["/api/v1/market/tickers"] = "drop"  # fails at once: a retry fits in a 5 s deadline
    with Pionex(base_url=server.base_url, timeout=5, max_retries=2) as client:
        with pytest.raises(PionexConnectionError):
            client.market.get_tickers(symbol="BTC_USDT")
    assert len(server.seen) == 3


class Inner(httpcore.NetworkStream):
    """A stream that records the timeouts it is given."""

    def __init__(self) -> None:
        self.timeouts: list[float | None] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        return b"x"

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.timeouts.append(timeout)

    def close(self) -> None:
        pass


def test_the_stream_gives_each_operation_at_most_the_time_left() -> None:
    inner = Inner()
    stream = DeadlineStream(inner)
    stream.read(1, 30.0)  # outside a call: httpx's own timeout
    token = CALL_DEADLINE.set(time.monotonic() + 2.0)
    try:
        stream.read(1, 30.0)
        stream.write(b"x", None)
        stream.read(1, 0.5)  # shorter than the time left: kept
    finally:
        CALL_DEADLINE.reset(token)
    assert inner.timeouts[0] == 30.0
    assert all(t is not None and 1.0 < t <= 2.0 for t in inner.timeouts[1:3]), inner.timeouts
    assert inner.timeouts[3] == 0.5
    token = CALL_DEADLINE.set(time.monotonic() - 0.001)
    try:
        with pytest.raises(httpcore.ReadTimeout):
            stream.read(1, 30.0)
        with pytest.raises(httpcore.WriteTimeout):
            stream.write(b"x", 30.0)
    finally:
        CALL_DEADLINE.reset(token)
    assert len(inner.timeouts) == 4  # nothing reached the socket past the deadline


def test_the_client_pool_and_proxy_mounts_get_the_deadline_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # httpx mounts a proxy transport from it
    with Pionex() as client:
        http = client._http
        pools = [getattr(t, "_pool", None) for t in (http._transport, *http._mounts.values())]
        assert len(pools) >= 2
        assert all(isinstance(p._network_backend, DeadlineBackend) for p in pools if p is not None)
    own = httpx.Client()
    with Pionex(http_client=own) as client:  # a client of your own is left as it is
        assert not isinstance(own._transport._pool._network_backend, DeadlineBackend)  # type: ignore[attr-defined]
    assert install(own) and not install(own)  # once only
    own.close()
