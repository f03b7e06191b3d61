"""Reads are sent again after failures that say nothing about the request; writes never blindly."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import httpx
import pytest

import pionex_wrapper.client
from pionex_wrapper import (
    OPERATIONS,
    AsyncPionex,
    InvalidParameterError,
    OrderNotFoundError,
    Pionex,
    PionexConnectionError,
    RateLimitError,
    ServerError,
)
from pionex_wrapper.retry import RetryPolicy, is_read
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, envelope

GET_DEPTH = next(op for op in OPERATIONS if op.operation_id == "getMarketDepth")
NEW_ORDER = next(op for op in OPERATIONS if op.operation_id == "newOrder")
HTML_503 = httpx.Response(503, content=b"<html>busy</html>", headers={"Content-Type": "text/html"})
DEPTH = envelope({"bids": [["1", "2"]], "asks": [["3", "4"]]})


def failing_then(failures: list[Any], success: httpx.Response) -> Recorder:
    """A transport handler that fails as listed (a Response or an exception), then succeeds."""
    queue = list(failures)

    def fresh(response: httpx.Response) -> httpx.Response:  # a Response object is read once
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)

    def reply(request: httpx.Request) -> httpx.Response:
        if queue:
            failure = queue.pop(0)
            if isinstance(failure, Exception):
                raise failure
            return fresh(failure)
        return fresh(success)

    return Recorder(reply)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between retries, recorded instead of slept."""
    slept: list[float] = []
    monkeypatch.setattr(pionex_wrapper.client.time, "sleep", slept.append)

    async def no_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", no_sleep)
    return slept


def test_policy_retries_reads_only_after_failures_that_are_not_about_the_request() -> None:
    policy = RetryPolicy(max_retries=2, base_delay=0.25)
    rng = random.Random(1)
    reset = PionexConnectionError("reset")
    first = policy.next_wait(GET_DEPTH, reset, 1, 0.0, rng)
    second = policy.next_wait(GET_DEPTH, reset, 2, 0.0, rng)
    assert first is not None and 0.125 <= first <= 0.25
    assert second is not None and 0.25 <= second <= 0.5
    assert policy.next_wait(GET_DEPTH, reset, 3, 0.0, rng) is None  # max_retries reached
    assert policy.next_wait(NEW_ORDER, reset, 1, 0.0, rng) is None  # a write: never blindly
    assert policy.next_wait(GET_DEPTH, OrderNotFoundError("no"), 1, 0.0, rng) is None  # about the request
    assert policy.next_wait(GET_DEPTH, ServerError("502"), 1, 0.0, rng) is not None
    banned = RateLimitError("ban", retry_after=3.0)
    assert policy.next_wait(GET_DEPTH, banned, 1, 0.0, rng) == 3.0  # the exchange's word is honoured
    assert policy.next_wait(GET_DEPTH, RateLimitError("ban", retry_after=60.0), 1, 0.0, rng) is None  # past deadline
    assert policy.next_wait(GET_DEPTH, reset, 1, 29.99, rng) is None  # no retry starts after the deadline
    assert {op.operation_id for op in OPERATIONS if is_read(op)} >= {"getMarketDepth", "getOrder", "getBalances"}
    # by what an operation does, not by its method: the bots' checks are reads sent as POST
    posted = [op for op in OPERATIONS if op.method in ("POST", "DELETE")]
    assert [op.operation_id for op in posted if is_read(op)] == [
        op.operation_id for op in posted if op.effect == "read"
    ]
    assert {"botSpotGridCheckParams", "botFuturesGridCheckParams"} <= {op.operation_id for op in posted if is_read(op)}


def test_a_read_is_retried_after_html_5xx_and_a_dropped_connection(waits: list[float]) -> None:
    recorder = failing_then([HTML_503, httpx.ConnectError("reset by peer")], httpx.Response(200, json=DEPTH))
    with Pionex(transport=recorder.sync()) as client:
        book = client.market.get_market_depth(symbol="BTC_USDT")
    assert book.bids and len(recorder.requests) == 3 and len(waits) == 2
    assert waits[1] >= waits[0] / 2  # grows (with jitter)


def test_retries_are_bounded_per_client_and_per_call(waits: list[float]) -> None:
    recorder = failing_then([HTML_503] * 10, httpx.Response(200, json=DEPTH))
    with Pionex(transport=recorder.sync(), max_retries=1) as client:
        with pytest.raises(ServerError):
            client.market.get_market_depth(symbol="BTC_USDT")
        assert len(recorder.requests) == 2
        with pytest.raises(ServerError):
            client.market.get_market_depth(symbol="BTC_USDT", max_retries=0)
        assert len(recorder.requests) == 3
        with pytest.raises(ServerError):
            client.with_options(max_retries=3).market.get_market_depth(symbol="BTC_USDT")
        assert len(recorder.requests) == 7
    for bad in (-1, 11, True, "2"):
        with pytest.raises(InvalidParameterError) as caught:
            Pionex(max_retries=bad)
        assert caught.value.parameter == "max_retries"


def test_a_write_is_never_sent_twice_blindly(waits: list[float]) -> None:
    """Writes the spec gives no way to reconcile, and raw calls (tests/test_reconcile.py has new_order's)."""
    recorder = failing_then([HTML_503, httpx.ReadTimeout("late"), HTML_503], httpx.Response(200, json=envelope({})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(ServerError):
            client.trade.cancel_all_orders(symbol="BTC_USDT")
        with pytest.raises(PionexConnectionError):
            client.trade.cancel_order(symbol="BTC_USDT", order_id=5)
        with pytest.raises(ServerError):
            client.with_raw_response.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="10")
    assert len(recorder.requests) == 3 and waits == []


def test_refusals_about_the_request_are_not_retried(waits: list[float]) -> None:
    refusal = httpx.Response(400, json={"result": False, "code": "MARKET_INVALID_SYMBOL", "message": "no"})
    recorder = failing_then([refusal] * 3, httpx.Response(200, json=DEPTH))
    with Pionex(transport=recorder.sync()) as client:
        with pytest.raises(pionex_wrapper.MarketInvalidSymbolError):
            client.market.get_market_depth(symbol="BTC_USDT")
    assert len(recorder.requests) == 1 and waits == []


def test_async_reads_are_retried_too(waits: list[float]) -> None:
    recorder = failing_then([httpx.ConnectError("refused"), HTML_503], httpx.Response(200, json=DEPTH))
    once = failing_then([httpx.ConnectError("refused")], httpx.Response(200, json=DEPTH))

    async def main() -> None:
        async with AsyncPionex(transport=recorder.asynchronous()) as client:
            assert (await client.market.get_market_depth(symbol="BTC_USDT")).asks
        async with AsyncPionex(transport=once.asynchronous()) as client:
            with pytest.raises(PionexConnectionError):
                await client.market.get_market_depth(symbol="BTC_USDT", max_retries=0)

    asyncio.run(main())
    assert len(recorder.requests) == 3 and len(waits) == 2
    assert len(once.requests) == 1
