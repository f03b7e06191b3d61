"""Server time: requests are stamped with the exchange's clock, learnt from its replies.

A sandbox whose clock is 25 s away from this machine's (either way, beyond Pionex's 20 s window)
must be used without a failed call; a refused timestamp is corrected and sent once more.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import pionex_wrapper
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, create_app, running_sandbox
from pionex_wrapper import AsyncPionex, InvalidTimestampError, Pionex
from pionex_wrapper.clock import ServerClock
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder

SKEWS = [25_000, -25_000]


def skewed(skew_ms: int) -> Callable[[], int]:
    return lambda: pionex_wrapper.auth.now_ms() + skew_ms


class Counting(httpx.AsyncBaseTransport):
    """An async transport that counts requests and the refusals among them."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.sent = 0
        self.refused = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        response = await self.inner.handle_async_request(request)
        await response.aread()
        if response.status_code == 401:
            self.refused += 1
        return response


def test_server_clock_keeps_the_lowest_offset_the_reply_allows() -> None:
    local = [1_000_000]
    clock = ServerClock(lambda: local[0])
    assert clock.now() == 1_000_000 and clock.offset_ms == 0
    clock.observe(1_025_000, received_local_ms=1_000_040)  # stamped before it arrived
    assert clock.offset_ms == 24_960  # never ahead of the exchange: at most a round trip behind
    assert clock.now() == 1_024_960
    clock.observe(None, 1_000_000)
    clock.observe(0, 1_000_000)
    assert clock.offset_ms == 24_960  # unusable stamps teach nothing
    off = ServerClock(lambda: local[0], enabled=False)
    off.observe(2_000_000, 1_000_000)
    assert off.offset_ms == 0 and off.now() == 1_000_000
    assert "24960" in repr(clock)


@pytest.mark.parametrize("skew", SKEWS)
def test_async_client_absorbs_a_25_s_skew_without_a_failed_call(skew: int) -> None:
    transport = Counting(httpx.ASGITransport(app=create_app(clock=skewed(skew))))

    async def main() -> int:
        async with AsyncPionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, transport=transport) as client:
            for _ in range(3):
                assert (await client.account.get_balances()).balances
            order = await client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="20")
            assert order.order_id
            return client.server_time_offset_ms

    offset = asyncio.run(main())
    assert abs(offset - skew) < 5_000
    assert transport.refused == 1 and transport.sent == 5  # one refusal, corrected at once, never again


@pytest.mark.parametrize("skew", SKEWS)
def test_sync_client_absorbs_a_25_s_skew_and_a_public_reply_teaches_it_first(skew: int) -> None:
    with running_sandbox(clock=skewed(skew)) as sandbox:
        with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url) as client:
            client.market.get_tickers(symbol="BTC_USDT")  # any reply carries the exchange's clock
            assert abs(client.server_time_offset_ms - skew) < 5_000
            assert client.account.get_balances().balances
            assert client.with_options(timeout=5).trade.get_open_orders(symbol="BTC_USDT").orders == []


def test_without_clock_sync_the_refusal_surfaces() -> None:
    transport = Counting(httpx.ASGITransport(app=create_app(clock=skewed(25_000))))

    async def main() -> None:
        async with AsyncPionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, transport=transport, sync_clock=False) as client:
            with pytest.raises(InvalidTimestampError):
                await client.account.get_balances()
            assert client.server_time_offset_ms == 0

    asyncio.run(main())
    assert transport.sent == 1


def test_a_refused_timestamp_is_sent_once_more_not_twice() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        body: dict[str, Any] = {"result": False, "code": "INVALID_TIMESTAMP", "message": "no", "timestamp": 10**12}
        return httpx.Response(401, json=body)

    recorder = Recorder(refuse)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(InvalidTimestampError):
            client.account.get_balances()
        raw = client.with_raw_response.account
        with pytest.raises(InvalidTimestampError):
            raw.get_balances()
    assert len(recorder.requests) == 4
    stamps = [int(r.url.params["timestamp"]) for r in recorder.requests]
    assert stamps[1] < 10**12 + 60_000 and abs(stamps[1] - 10**12) < 60_000  # re-stamped with the exchange's time


def test_public_operations_are_never_resent() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"result": False, "code": "INVALID_TIMESTAMP", "message": "odd"})

    recorder = Recorder(refuse)
    with Pionex(transport=recorder.sync()) as client:
        with pytest.raises(InvalidTimestampError):
            client.market.get_tickers(symbol="BTC_USDT")
    assert len(recorder.requests) == 1
