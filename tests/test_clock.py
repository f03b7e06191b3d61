"""Server time: requests are stamped with the exchange's clock, learnt from its replies.

A sandbox whose clock is 25 s away from this machine's (either way, beyond Pionex's 20 s window)
must be used without a failed call; a refused timestamp is corrected and sent once more.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import pionex_wrapper
import pionex_wrapper.clock
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
def test_sync_client_absorbs_a_25_s_skew_and_a_public_reply_teaches_it_nothing(skew: int) -> None:
    with running_sandbox(clock=skewed(skew)) as sandbox:
        with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url) as client:
            client.market.get_tickers(symbol="BTC_USDT")  # a public reply is not trusted for the clock
            assert client.server_time_offset_ms == 0
            assert client.account.get_balances().balances  # refused once for its stamp, corrected, sent again
            assert abs(client.server_time_offset_ms - skew) < 5_000
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
    exchange = pionex_wrapper.auth.now_ms() + 60_000  # a minute ahead: past the 20 s window, within the bound

    def refuse(request: httpx.Request) -> httpx.Response:
        body: dict[str, Any] = {"result": False, "code": "INVALID_TIMESTAMP", "message": "no", "timestamp": exchange}
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
    assert (
        abs(stamps[0] - exchange) > 50_000 and abs(stamps[1] - exchange) < 5_000
    )  # re-stamped with the exchange's time


def test_public_operations_are_never_resent() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"result": False, "code": "INVALID_TIMESTAMP", "message": "odd"})

    recorder = Recorder(refuse)
    with Pionex(transport=recorder.sync()) as client:
        with pytest.raises(InvalidTimestampError):
            client.market.get_tickers(symbol="BTC_USDT")
    assert len(recorder.requests) == 1


# -- which replies move the clock, and how far ---------------------------------------------------

NOW = 1_780_000_000_000  # a fixed "local" time (ms), so that offsets are exact
TEN_YEARS = 10 * 365 * 86_400_000


class FakeClock:
    """The local wall clock (``pionex_wrapper.auth.now_ms``), moved by hand; a transport that
    takes ``answer_ms`` to answer moves it that far before its reply is received."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.ms = NOW
        monkeypatch.setattr(pionex_wrapper.auth, "now_ms", lambda: self.ms)


def stamped(
    clock: FakeClock, server_ms: Callable[[], int], *, answer_ms: int = 0, status: int = 200, **body: Any
) -> Recorder:
    """A transport whose replies carry ``server_ms()`` and arrive ``answer_ms`` after sending."""

    def reply(request: httpx.Request) -> httpx.Response:
        clock.ms += answer_ms
        content = {"result": True, "data": {"tickers": [], "balances": []}, **body, "timestamp": server_ms()}
        return httpx.Response(status, json=content)

    return Recorder(reply)


def run_both(recorder: Recorder, steps: list[Callable[[Any], Any]], *, asynchronous: bool) -> int:
    """Takes ``steps`` in turn with a sync or an async client (a step's awaitable is awaited
    before the next step); the clock offset after them."""
    if not asynchronous:
        with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
            for step in steps:
                step(client)
            return client.server_time_offset_ms

    async def main() -> int:
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=recorder.asynchronous()) as client:
            for step in steps:
                result = step(client)
                if asyncio.iscoroutine(result):
                    await result
            return client.server_time_offset_ms

    return asyncio.run(main())


def public(client: Any) -> Any:
    return client.market.get_tickers(symbol="BTC_USDT")


def private(client: Any) -> Any:
    return client.account.get_balances()


def raw_private(client: Any) -> Any:
    return client.with_raw_response.account.get_balances()


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_public_reply_does_not_move_the_clock_a_private_one_does(
    monkeypatch: pytest.MonkeyPatch, asynchronous: bool
) -> None:
    clock = FakeClock(monkeypatch)
    recorder = stamped(clock, lambda: clock.ms + 60_000)  # a minute ahead: within the bound
    assert run_both(recorder, [public, public], asynchronous=asynchronous) == 0
    assert run_both(recorder, [public, private], asynchronous=asynchronous) == 60_000


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.parametrize("call", [private, raw_private], ids=["typed", "raw"])
def test_a_reply_ten_years_ahead_is_ignored_and_logged_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, asynchronous: bool, call: Callable[[Any], Any]
) -> None:
    clock = FakeClock(monkeypatch)
    ahead = [60_000]
    recorder = stamped(clock, lambda: clock.ms + ahead[0])

    def ten_years_on(client: Any) -> None:
        ahead[0] = TEN_YEARS

    caplog.set_level(logging.WARNING, logger="pionex_wrapper")
    offset = run_both(recorder, [call, ten_years_on, *[call] * 30], asynchronous=asynchronous)  # learns a minute first
    assert offset == 60_000  # ten years was ignored, every time
    stamps = [int(r.url.params["timestamp"]) for r in recorder.requests]
    assert max(stamps) == NOW + 60_000  # no request went out stamped years ahead
    warnings = [r for r in caplog.records if "ignored the exchange's clock" in r.getMessage()]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]  # one line, not one per reply
    text = warnings[0].getMessage()
    assert f"+{TEN_YEARS} ms" in text and FAKE_KEY not in text and FAKE_SECRET not in text


def test_the_bound_either_way_and_the_count_of_ignored_replies(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="pionex_wrapper")
    moments = [100.0]
    monkeypatch.setattr(pionex_wrapper.clock, "monotonic", lambda: moments[0])
    clock = ServerClock(lambda: NOW)
    limit = pionex_wrapper.clock.MAX_OFFSET_MS
    assert limit == 300_000
    clock.observe(NOW + limit, NOW)
    assert clock.offset_ms == limit
    clock.observe(NOW - limit, NOW)
    assert clock.offset_ms == -limit
    clock.observe(NOW - limit - 1, NOW)
    clock.observe(NOW + limit + 1, NOW)
    assert clock.offset_ms == -limit
    moments[0] += 61  # a minute later: the next warning counts what was ignored in between
    clock.observe(NOW + TEN_YEARS, NOW)
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 2 and "in 1 reply" in said[0] and "in 2 replies" in said[1], said


# -- the offset is taken at receipt, not at sending (a mutation no test used to catch) -----------


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.parametrize("call", [private, raw_private], ids=["typed", "raw"])
def test_the_offset_is_counted_from_when_the_reply_was_received(
    monkeypatch: pytest.MonkeyPatch, asynchronous: bool, call: Callable[[Any], Any]
) -> None:
    clock = FakeClock(monkeypatch)
    sent_at = NOW
    # The exchange stamps its reply 5 s after (its clock) the request left; the reply takes
    # 0.8 s of local time to arrive.  The lowest offset that reply allows is 5 s - 0.8 s.
    recorder = stamped(clock, lambda: sent_at + 5_000, answer_ms=800)
    assert run_both(recorder, [call], asynchronous=asynchronous) == 4_200
    assert int(recorder.requests[0].url.params["timestamp"]) == sent_at  # the stamp was the local clock


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_refused_stamp_is_corrected_from_the_refusals_receipt(
    monkeypatch: pytest.MonkeyPatch, asynchronous: bool
) -> None:
    clock = FakeClock(monkeypatch)
    exchange = NOW + 30_000  # the exchange's clock, 30 s ahead: beyond its 20 s window

    def reply(request: httpx.Request) -> httpx.Response:
        nonlocal exchange
        stamp = int(request.url.params["timestamp"])
        clock.ms += 1_000  # each answer takes a second of local time
        exchange += 1_000
        if abs(stamp - exchange) > 20_000:
            body = {"result": False, "code": "INVALID_TIMESTAMP", "message": "stale", "timestamp": exchange}
            return httpx.Response(401, json=body)
        return httpx.Response(200, json={"result": True, "data": {"balances": []}, "timestamp": exchange})

    recorder = Recorder(reply)
    offset = run_both(recorder, [private], asynchronous=asynchronous)
    assert offset == 30_000  # exchange minus local at receipt; at sending it would read 31 s
    stamps = [int(r.url.params["timestamp"]) for r in recorder.requests]
    assert stamps == [NOW, NOW + 1_000 + 30_000]  # refused once, then stamped with the exchange's time
