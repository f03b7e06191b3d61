"""A sandbox whose clock travels: markets and orders move a day on at once, requests stay signed
with the client's own (unshifted) clock, and the clock control refuses what it cannot do."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import httpx
import pytest

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, create_app, sandbox_of
from pionex_sandbox.core.sandbox import TravelClock
from pionex_wrapper import AsyncPionex

START = 1_767_225_600_000  # 2026-01-01 00:00:00 UTC
DAY = 24 * 3600 * 1000


class Clock:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_the_travel_clock_only_moves_forward() -> None:
    clock = TravelClock(Clock(START))
    assert clock() == START
    assert clock.advance(DAY) == START + DAY and clock.shift_ms == DAY
    for bad in (-1, 1.5, True, "10"):
        with pytest.raises(ValueError, match="only forward"):
            clock.advance(bad)  # type: ignore[arg-type]
    assert clock() == START + DAY


def test_a_day_of_travel_fills_a_resting_order_and_requests_keep_the_client_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asyncio.run(a_day_of_travel(monkeypatch))


async def a_day_of_travel(monkeypatch: pytest.MonkeyPatch) -> None:
    wall = Clock(START)
    monkeypatch.setattr("pionex_wrapper.auth.now_ms", wall)  # the client reads the same unshifted clock
    app = create_app(seed=3, clock=wall, time_travel=True)
    transport = httpx.ASGITransport(app=app)
    async with AsyncPionex(
        DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url="http://sandbox", transport=transport, sync_clock=False
    ) as client:
        # A buy halfway between now and the lowest price of the coming day's hourly candles: the
        # path reaches it within the day, and only a clock that moved gets there.
        path = sandbox_of(app).markets["BTC_USDT"].path
        low = min(path.candle("60M", START + hour * 3_600_000).low for hour in range(24))
        now = path.price(START)
        assert low < now
        price = ((now + low) / 2).quantize(Decimal("0.01"))
        placed = await client.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.001", price=price)
        assert (await client.trade.get_order(order_id=placed.order_id)).status == "OPEN"
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as raw:
            before = (await raw.get("/sandbox/v1/clock")).json()
            moved = (await raw.post("/sandbox/v1/clock", json={"advanceMs": DAY})).json()
            refused = await raw.post("/sandbox/v1/clock", json={"advanceMs": -5})
        assert before["data"] == {"time": START, "shiftMs": 0}
        assert moved["result"] is True and moved["data"] == {"time": START + DAY, "shiftMs": DAY}
        assert moved["timestamp"] == START  # replies are stamped with the clock requests are checked against
        assert refused.status_code == 400 and "advanceMs" in refused.json()["message"]
        # Signed with the unshifted clock, a day behind the sandbox's time: still accepted.
        order = await client.trade.get_order(order_id=placed.order_id)
    assert sandbox_of(app).now() == START + DAY
    assert order.status == "CLOSED" and order.filled_size == Decimal("0.001")


def test_without_time_travel_there_is_no_clock_control() -> None:
    async def post() -> int:
        transport = httpx.ASGITransport(app=create_app(seed=3))
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as raw:
            return (await raw.post("/sandbox/v1/clock", json={"advanceMs": 1})).status_code

    assert asyncio.run(post()) == 404


def test_sandbox_clock_moves_a_running_sandbox_and_finds_none_where_there_is_no_clock() -> None:
    from pionex_sandbox import running_sandbox, sandbox_clock

    with running_sandbox(time_travel=True) as served:
        advance = sandbox_clock(served.base_url)
        assert advance is not None
        before = sandbox_of(served.app).now()
        moved = advance(DAY)
        assert moved >= before + DAY
        assert sandbox_of(served.app).now() >= moved
    with running_sandbox() as served:
        assert sandbox_clock(served.base_url) is None  # no /sandbox/v1/clock without time travel
    assert sandbox_clock("http://127.0.0.1:9") is None  # nothing listens there
