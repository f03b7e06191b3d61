"""``client.paginate``: every record of a list operation, read page after page, against the sandbox.

Records are made at a frozen clock moved by hand, several in one millisecond, so that page edges
fall inside a millisecond; what is paged (sync and async) must be exactly the sandbox's own
records: none twice, none missing.  The pure logic (:class:`Pager`) is also driven by hand for the
cases a sandbox cannot show (a server that repeats a record, reads a bound the other way).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import httpx
import pytest

import pionex_wrapper.auth
from pionex_client.facade.trade import GET_ALL_ORDERS, GET_FILLS_BY_ORDER_ID, Order, Orders
from pionex_sandbox import (
    DEFAULT_API_KEY,
    DEFAULT_API_SECRET,
    FUNDING_INTERVAL_MS,
    Futures,
    RunningSandbox,
    Spot,
    running_sandbox,
)
from pionex_wrapper import OPERATIONS, AsyncPionex, InvalidParameterError, PaginationError, Pionex
from pionex_wrapper.pagination import Pager
from pionex_wrapper.params import to_milliseconds

START_MS = 1_700_006_400_000 - 60_000  # a minute before a funding time (2023-11-15 00:00 UTC)
SPOT = "BTC_USDT"
PERP = "BTC_USDT_PERP"
TAKER = {"key": "taker-key", "secret": "taker-secret"}


class Clock:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


@dataclass
class World:
    served: RunningSandbox
    clock: Clock
    client: Pionex
    big_order: int  # a spot order with more fills than one reply holds

    def collect(self, operation: str, **kwargs: Any) -> list[Any]:
        return list(self.client.paginate(operation, **kwargs))

    def acollect(self, operation: str, **kwargs: Any) -> list[Any]:
        async def main() -> list[Any]:
            transport = httpx.ASGITransport(app=self.served.app)
            async with AsyncPionex(
                DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url="http://sandbox", transport=transport, rate_limit="off"
            ) as client:
                return [item async for item in client.paginate(operation, **kwargs)]

        return asyncio.run(main())

    def both(self, operation: str, **kwargs: Any) -> list[Any]:
        """The records paged by the sync client, checked equal to those the async one pages."""
        found = self.collect(operation, **kwargs)
        assert self.acollect(operation, **kwargs) == found
        return found


def tick(clock: Clock, i: int, every: int) -> None:
    """Moves the clock one millisecond every ``every`` records: groups that share a millisecond."""
    if i % every == 0:
        clock.ms += 1


def make_spot(client: Pionex, taker: Pionex, served: RunningSandbox, clock: Clock) -> int:
    book = client.market.get_market_depth(symbol=SPOT, limit=1)
    low = (book.bids[0][0] * Decimal("0.7")).quantize(Decimal("0.01"))
    for i in range(230):  # resting buys, 7 to a millisecond: more than a reply of 200 holds
        tick(clock, i, 7)
        if i == 150:  # at most 200 may be open on one pair
            client.trade.cancel_all_orders(symbol=SPOT)
        client.trade.new_order(symbol=SPOT, side="BUY", type="LIMIT", size="0.001", price=low)
    # One big buy inside the spread, then 130 small market sells of another account into it: 130
    # fills of that order, 130 of the taker's, several to a millisecond.
    bid = client.market.get_market_depth(symbol=SPOT, limit=1).bids[0][0]
    big = client.trade.new_order(
        symbol=SPOT, side="BUY", type="LIMIT", size="0.2", price=bid + Decimal("0.01")
    ).order_id
    for i in range(130):
        tick(clock, i, 9)
        taker.trade.new_order(symbol=SPOT, side="SELL", type="MARKET", size="0.0002")
    for i in range(40):  # and market buys of our own, each a few fills, 3 to a millisecond
        tick(clock, i, 3)
        client.trade.new_order(symbol=SPOT, side="BUY", type="MARKET", amount="30")
    return big


def make_futures(client: Pionex, clock: Clock) -> None:
    transfer = client.futures.transfer.create_transfer
    for i in range(45):  # 5 to a millisecond
        tick(clock, i, 5)
        transfer(from_account="MAIN", to_account="TRADE", currency="USDT", amount="100")
    client.futures.account.update_position_mode(position_mode="OPENCLOSE")  # a long and a short at once
    place = client.futures.trade.place_order
    for _ in range(12):  # round trips: 4 orders, 2 positions closed in one millisecond
        clock.ms += 1
        place(symbol=PERP, side="BUY", position_side="LONG", type="MARKET_QTY", size="0.01")
        place(symbol=PERP, side="SELL", position_side="SHORT", type="MARKET_QTY", size="0.01")
        place(symbol=PERP, side="SELL", position_side="LONG", type="MARKET_QTY", size="0.01")
        place(symbol=PERP, side="BUY", position_side="SHORT", type="MARKET_QTY", size="0.01")
    # Held through funding times: the long and the short are paid at each, in one millisecond.
    clock.ms += 1
    place(symbol=PERP, side="BUY", position_side="LONG", type="MARKET_QTY", size="0.01")
    place(symbol=PERP, side="SELL", position_side="SHORT", type="MARKET_QTY", size="0.02")
    clock.ms += 7 * FUNDING_INTERVAL_MS + 70_000
    client.futures.account.get_positions()  # the sandbox catches up to its clock


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    clock = Clock(START_MS)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pionex_wrapper.auth, "now_ms", clock)  # the client's clock is the sandbox's
        with running_sandbox(seed=4, clock=clock) as served:
            served.sandbox.add_account("taker", TAKER["key"], TAKER["secret"], balances={"BTC": Decimal(10)})
            base = served.base_url
            with (
                Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=base, rate_limit="off") as client,
                Pionex(TAKER["key"], TAKER["secret"], base_url=base, rate_limit="off") as taker,
            ):
                big = make_spot(client, taker, served, clock)
                make_futures(client, clock)
                yield World(served, clock, client, big)


def _ms_shared(times: list[int]) -> int:
    """How many records share a millisecond with another."""
    return sum(n for n in Counter(times).values() if n > 1)


# -- spot ------------------------------------------------------------------------------------------


def test_every_order_once_across_pages_whose_edges_split_a_millisecond(world: World) -> None:
    spot = world.served.sandbox.engine(Spot)
    truth = {o.order_id for o in spot.orders.values() if o.account_key == DEFAULT_API_KEY and o.symbol == SPOT}
    assert len(truth) > 200  # more than the largest reply
    for size in (None, 9, 10, 33):  # 7 orders share each millisecond
        orders = world.both("getAllOrders", symbol=SPOT, page_size=size)
        ids = [o.order_id for o in orders]
        assert len(ids) == len(set(ids)) and set(ids) == truth, size
        assert all(isinstance(o, Order) for o in orders)
        times = [o.create_time for o in orders]
        assert times == sorted(times, reverse=True) and _ms_shared(times) > 200


def test_a_window_by_datetime_or_ms_and_a_total(world: World) -> None:
    spot = world.served.sandbox.engine(Spot)
    mine = [o for o in spot.orders.values() if o.account_key == DEFAULT_API_KEY and o.symbol == SPOT]
    low, high = START_MS + 5, START_MS + 20
    truth = {o.order_id for o in mine if low <= o.create_time <= high}
    as_dt = datetime.fromtimestamp(high / 1000, tz=timezone(timedelta(hours=9)))  # any zone, aware
    paged = world.both("trade.get_all_orders", arguments={"symbol": SPOT}, start_time=low, end_time=as_dt, page_size=8)
    assert {o.order_id for o in paged} == truth and len(paged) == len(truth)
    by_api_names = world.collect("getAllOrders", arguments={"symbol": SPOT, "startTime": low, "endTime": high})
    assert [o.order_id for o in by_api_names] == [o.order_id for o in paged]
    first = world.both("getAllOrders", symbol=SPOT, max_items=13, page_size=9)
    assert [o.order_id for o in first] == [o.order_id for o in world.collect("getAllOrders", symbol=SPOT)][:13]


def test_every_fill_once_though_a_reply_holds_at_most_100(world: World) -> None:
    spot = world.served.sandbox.engine(Spot)
    truth = Counter(f.fill_id for f in spot.fills if f.account_key == DEFAULT_API_KEY and f.symbol == SPOT)
    assert len(truth) > 100
    fills = world.both("getFills", symbol=SPOT)
    assert Counter(f.id for f in fills) == truth
    assert _ms_shared([f.timestamp for f in fills]) > 100


def test_every_fill_of_one_order_by_id(world: World) -> None:
    spot = world.served.sandbox.engine(Spot)
    truth = Counter(f.fill_id for f in spot.fills if f.order_id == world.big_order)
    assert len(truth) > 100
    fills = world.both("getFillsByOrderId", order_id=world.big_order)
    assert Counter(f.id for f in fills) == truth
    ids = [f.id for f in fills]
    assert ids == sorted(ids, reverse=True)
    later = world.both("getFillsByOrderId", orderId=world.big_order, fromId=ids[40])  # from a fill on
    assert [f.id for f in later] == ids[41:]
    with pytest.raises(InvalidParameterError, match="pages by id"):
        world.client.paginate("getFillsByOrderId", order_id=world.big_order, start_time=START_MS)


def test_klines_page_by_end_time_and_a_start_time_is_cut_here(world: World) -> None:
    one = world.client.market.get_klines(symbol=SPOT, interval="1M", limit=120).klines
    paged = world.both("getKlines", symbol=SPOT, interval="1M", page_size=25, max_items=120)
    assert [k.time for k in paged] == [k.time for k in one]
    assert paged == one
    since = one[57].time
    cut = world.both("getKlines", symbol=SPOT, interval="1M", start_time=since, page_size=10)
    assert [k.time for k in cut] == [k.time for k in one[:58]]


def test_a_full_page_within_one_millisecond_is_an_error_not_a_gap(world: World) -> None:
    for collect in (world.collect, world.acollect):
        with pytest.raises(PaginationError) as raised:
            collect("getAllOrders", symbol=SPOT, page_size=5)  # 7 orders share each millisecond
        error = raised.value
        assert error.operation_id == "getAllOrders" and error.time_ms is not None
        assert "share the millisecond" in str(error) and "larger page_size" in str(error)
    pages = world.client.paginate("getAllOrders", symbol=SPOT, page_size=5)
    records = [next(pages) for _ in range(20)]  # the market buys, 3 to a millisecond, page well
    with pytest.raises(PaginationError):
        list(pages)
    assert len({o.order_id for o in records}) == 20


def test_wrong_calls_are_refused_before_anything_is_sent(world: World) -> None:
    paginate = world.client.paginate
    cases: list[tuple[dict[str, Any], str]] = [
        ({"operation": "getBalances"}, "no list that can be paged"),
        ({"operation": "nope"}, "is not an operation of the spec"),
        ({"operation": "getAllOrders", "symbol": SPOT, "limit": 10}, "page_size="),
        ({"operation": "getAllOrders", "symbol": SPOT, "page_size": 201}, "from 2 to 200"),
        ({"operation": "getFills", "symbol": SPOT, "page_size": 10}, "always returns up to 100"),
        ({"operation": "getAllOrders", "symbol": SPOT, "side": "BUY"}, "not an input"),
        ({"operation": "getAllOrders", "symbol": SPOT, "startTime": 5, "start_time": 5}, "given twice"),
        ({"operation": "getAllOrders", "symbol": SPOT, "end_time": datetime(2024, 1, 1)}, "timezone-aware"),
        ({"operation": "getAllOrders", "symbol": SPOT, "max_items": 0}, "positive"),
        ({"operation": "getAllOrders"}, "symbol is required"),
    ]
    for kwargs, message in cases:
        with pytest.raises(InvalidParameterError, match=message):
            paginate(kwargs.pop("operation"), **kwargs)


# -- futures ---------------------------------------------------------------------------------------


def account(world: World) -> Any:
    return world.served.sandbox.engine(Futures).account(DEFAULT_API_KEY)


def test_funding_fees_of_two_pairs_at_each_funding_time(world: World) -> None:
    truth = Counter((r.symbol, r.timestamp, r.fee) for r in account(world).funding)
    assert len(truth) >= 14 and _ms_shared([t for _, t, _ in truth]) == len(truth)
    for size in (None, 3, 5):  # edges inside the millisecond both pairs are paid in
        fees = world.both("futuresGetFundingFees", page_size=size)
        assert Counter((f.symbol, f.timestamp, f.funding_fee) for f in fees) == truth


def test_history_positions_closed_two_to_a_millisecond(world: World) -> None:
    truth = Counter(str(p.position_id) for p in account(world).history)
    assert len(truth) == 24
    for size in (None, 3, 4, 7):
        positions = world.both("futuresGetHistoryPositions", page_size=size)
        assert Counter(p.position_id for p in positions) == truth


def test_transfers_five_to_a_millisecond(world: World) -> None:
    truth = Counter(t.transfer_id for t in account(world).transfers)
    assert len(truth) == 45
    for size in (None, 6, 9):
        transfers = world.both("futuresGetTransfers", page_size=size)
        assert Counter(t.transfer_id for t in transfers) == truth
    since = sorted(t.timestamp for t in account(world).transfers)[20]
    recent = world.both("futuresGetTransfers", start_time=since, page_size=8)  # the API takes no start
    assert Counter(t.transfer_id for t in recent) == Counter(
        t.transfer_id for t in account(world).transfers if t.timestamp >= since
    )


def test_futures_fills_orders_and_fills_by_order(world: World) -> None:
    futures = world.served.sandbox.engine(Futures)
    truth = Counter(f.fill_id for f in futures.fills if f.account_key == DEFAULT_API_KEY and f.symbol == PERP)
    assert len(truth) >= 40
    assert Counter(f.id for f in world.both("futuresGetFills", symbol=PERP, page_size=15)) == truth
    closed = {
        o.order_id
        for o in futures.orders.values()
        if o.account_key == DEFAULT_API_KEY and o.symbol == PERP and o.status == "CLOSED"
    }
    paged = world.both("futures.trade.get_history_orders", symbol=PERP, page_size=6)
    assert Counter(o.order_id for o in paged) == Counter(closed) and len(closed) == 50
    for order in sorted(closed)[:3]:
        by_order = Counter(f.fill_id for f in futures.fills if f.order_id == order)
        assert Counter(f.id for f in world.both("futuresGetFillsByOrderId", symbol=PERP, order_id=order)) == by_order


def test_funding_rates_page_by_an_exclusive_end(world: World) -> None:
    one = world.client.futures.market.get_funding_rates(symbol=PERP, limit=40).rates
    paged = world.both("futuresGetFundingRates", symbol=PERP, page_size=6, max_items=40)
    assert paged == one and len(one) == 40
    before = world.client.futures.market.get_funding_rates(symbol=PERP, end_time=one[3].funding_time, limit=2)
    assert [r.funding_time for r in before.rates] == [one[4].funding_time, one[5].funding_time]  # exclusive


def test_open_orders_page_by_an_exclusive_end(world: World) -> None:
    assert world.both("futuresGetOpenOrders") == world.client.futures.trade.get_open_orders().orders


# -- the pure logic --------------------------------------------------------------------------------


def order(order_id: int, ms: int) -> Order:
    return Order(order_id=order_id, create_time=ms)


def test_a_server_that_repeats_records_or_reads_a_bound_the_other_way_repeats_nothing() -> None:
    pager = Pager(GET_ALL_ORDERS, {"symbol": SPOT}, page_size=3)
    assert pager.request() == {"symbol": SPOT, "limit": 3}
    assert [o.order_id for o in pager.take(Orders(orders=[order(9, 30), order(8, 20), order(7, 20)]))] == [9]
    assert pager.request() == {"symbol": SPOT, "limit": 3, "end_time": 20}
    # the same record twice, and one beyond the end asked for: both dropped
    page = [order(9, 30), order(8, 20), order(8, 20), order(7, 20), order(6, 10)]
    assert [o.order_id for o in pager.take(Orders(orders=page))] == [8, 7]
    assert pager.request() == {"symbol": SPOT, "limit": 3, "end_time": 10}
    assert [o.order_id for o in pager.take(Orders(orders=[order(6, 10)]))] == [6]
    assert pager.request() is None

    by_id = Pager(GET_FILLS_BY_ORDER_ID, {"order_id": 5})
    fills = by_id.operation.data_type
    assert fills is not None
    from pionex_client.facade.trade import Fill

    full = [Fill(id=i) for i in range(200, 100, -1)]
    assert len(by_id.take(fills(fills=full))) == 100
    assert by_id.request() == {"order_id": 5, "from_id": 101}
    # a server that includes the fill it starts from: that fill is not given twice
    assert [f.id for f in by_id.take(fills(fills=[Fill(id=101), Fill(id=50)]))] == [50]
    assert by_id.request() is None


def test_a_server_that_does_not_move_is_an_error() -> None:
    pager = Pager(GET_ALL_ORDERS, {"symbol": SPOT}, page_size=2)
    pager.take(Orders(orders=[order(9, 30), order(8, 20)]))
    with pytest.raises(PaginationError, match="no record older"):
        pager.take(Orders(orders=[order(9, 30), order(8, 25)]))


def test_every_bounded_list_operation_pages_and_the_rest_are_listed() -> None:
    paged = {op.operation_id for op in OPERATIONS if op.paging is not None}
    assert paged == {
        "getAllOrders", "getFills", "getFillsByOrderId", "getKlines", "futuresGetHistoryOrders",
        "futuresGetFills", "futuresGetFillsByOrderId", "futuresGetFundingFees", "futuresGetHistoryPositions",
        "futuresGetTransfers", "futuresGetFundingRates", "futuresGetOpenOrders",
        "botOrdersList", "botSignalsList",  # by the page token each reply gives
        "earnDualGetRecords",  # by creation time, newest first
    }  # fmt: skip
    # Index and mark candles take no endTime: a reply's cap (2000) cannot be paged past.
    by_id = {op.operation_id: op for op in OPERATIONS}
    for name in ("futuresGetIndexKlines", "futuresGetMarkKlines"):
        assert by_id[name].paging is None and "end_time" not in {p.name for p in by_id[name].params}


def test_datetimes_become_milliseconds_and_naive_ones_are_refused() -> None:
    assert to_milliseconds(datetime(2023, 11, 14, 22, 13, 20, 123999, tzinfo=UTC)) == 1_700_000_000_123
    assert to_milliseconds(datetime(2023, 11, 15, 7, 13, 20, tzinfo=timezone(timedelta(hours=9)))) == 1_700_000_000_000
    assert to_milliseconds(1_700_000_000_000) == 1_700_000_000_000
    with pytest.raises(InvalidParameterError, match="naive"):
        to_milliseconds(datetime(2023, 11, 14), "end_time")


def test_the_generator_refuses_an_extension_that_names_what_does_not_exist() -> None:
    import copy
    import importlib.util
    import json
    from pathlib import Path

    root = Path(__file__).parents[1]
    loaded = importlib.util.spec_from_file_location("build_facade", root / "openapi" / "build_facade.py")
    assert loaded is not None and loaded.loader is not None
    build = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(build)
    spec = json.loads((root / "openapi" / "pionex.json").read_text(encoding="utf-8"))
    raw = spec["paths"]["/api/v1/trade/allOrders"]["get"]
    names = {"symbol": "symbol", "startTime": "start_time", "endTime": "end_time", "limit": "limit"}
    builder = build.Builder.__new__(build.Builder)
    builder.spec = build.Spec(spec)
    assert builder.paging(raw, names).startswith("Paging(items='orders', by='time', size=200")
    for change, message in (
        ({"items": "records"}, "not a list of records"),
        ({"time": "doneTime"}, "no field of"),
        ({"end": "until"}, "unknown input"),
        ({"start": "symbol"}, "must be of kind time"),
        ({"size": 500}, "outside the range"),
        ({"order": "oldest-first"}, "newest-first"),
        ({"by": "page"}, "by must be time, id or token"),
        ({"from": "fromId"}, "no from"),
        ({"endInclusive": None}, "endInclusive"),
        ({"extra": 1}, "unknown keys"),
    ):
        broken = copy.deepcopy(raw)
        broken["x-pionex-paginate"].update(change)
        with pytest.raises(SystemExit, match=message):
            builder.paging(broken, names)
