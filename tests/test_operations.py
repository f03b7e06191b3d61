"""Every operation of the spec is reachable, sync and async, and returns its typed data."""

from __future__ import annotations

import asyncio
import json
import re
from decimal import Decimal
from typing import Any

import httpx
import pytest

from pionex_client import facade
from pionex_wrapper import OPERATIONS, AsyncPionex, MarketDepth, Operation, Order, Pionex
from tests.helpers import FAKE_KEY, FAKE_SECRET, SPEC, Recorder, area_of, envelope, minimal_data, valid_arguments

SPEC_OPERATIONS = {op["operationId"] for item in SPEC["paths"].values() for op in item.values()}
TAG_PATHS = {t["name"]: t.get("x-pionex-area", t["name"].lower()) for t in SPEC["tags"]}
SPEC_AREAS = {TAG_PATHS[op["tags"][0]] for item in SPEC["paths"].values() for op in item.values()}
PERMISSIONS = (
    None,
    "read",
    "trade",
    "transfer",
    "bot_read",
    "bot_trade",
    "partner",
    "inst_fund",
    "inst_fund_withdraw",
    "earn",
)
TOP_LEVEL = {path.split(".")[0] for path in SPEC_AREAS}


arguments = valid_arguments  # every input set to a value the spec accepts


def test_the_facade_holds_exactly_the_spec_operations() -> None:
    assert {op.operation_id for op in OPERATIONS} == SPEC_OPERATIONS
    assert set(facade.AREA_PATHS.values()) == SPEC_AREAS and set(facade.AREAS) == set(facade.AREA_PATHS)
    for op in OPERATIONS:
        assert op.weight >= 1
        assert op.permission in PERMISSIONS
        assert op.area == facade.AREA_PATHS[op.tag]


def test_grouped_operations_drop_the_group_from_their_names() -> None:
    """futuresPlaceOrder is client.futures.trade.place_order: one word never means two things in one place;
    then the area's own name goes too where the rest starts with it (botSpotGridCreate is bot.spot_grid.create)."""
    for op in OPERATIONS:
        group, _, attr = op.area.rpartition(".")
        snake = re.sub(r"(?<!^)(?=[A-Z])", "_", op.operation_id).lower()
        if group:
            assert snake.startswith(f"{group}_"), op.operation_id
            snake = snake.removeprefix(f"{group}_")
        assert op.name == snake.removeprefix(f"{attr}_"), op.name
    names = {op.operation_id: f"{op.area}.{op.name}" for op in OPERATIONS}
    assert names["futuresPlaceOrder"] == "futures.trade.place_order"
    assert names["botSpotGridCreate"] == "bot.spot_grid.create"
    assert names["botKolListCopyTradeBots"] == "bot.kol.list_copy_trade_bots"


@pytest.mark.parametrize("area", sorted(TOP_LEVEL))
def test_areas_are_properties_no_client_attribute_shadows(area: str) -> None:
    for cls, base in ((Pionex, facade.Areas), (AsyncPionex, facade.AsyncAreas)):
        found = next(klass.__dict__[area] for klass in cls.__mro__ if area in klass.__dict__)
        assert found is base.__dict__[area], f"{cls.__name__}.{area} is not the facade's area property"


def return_annotation(area: Any, name: str) -> str:
    return str(getattr(area, name).__annotations__["return"])


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_reachable_sync(operation: Operation[Any]) -> None:
    data = minimal_data(operation.method, operation.path)
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope(data)))
    args = arguments(operation)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        method = getattr(area_of(client, operation), operation.name)
        result = method(**args)
    (request,) = recorder.requests
    assert (request.method, request.url.path) == (operation.method, operation.path)
    returns = return_annotation(type(area_of(client, operation)), operation.name)
    if operation.data_type is None:
        assert result is None and returns == "None"
    else:
        assert type(result) is operation.data_type and returns == operation.data_type.__name__
    sent = dict(request.url.params)
    sent.pop("timestamp", None)
    body = json.loads(request.content) if request.content else {}
    for p in operation.params:
        where = sent if p.location == "query" else body
        assert (p.wire in where) == (p.name in args), f"{p.wire} sent or dropped wrongly"
    assert ("PIONEX-SIGNATURE" in request.headers) == operation.private


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_reachable_async(operation: Operation[Any]) -> None:
    data = minimal_data(operation.method, operation.path)
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope(data)))

    async def main() -> Any:
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=recorder.asynchronous()) as client:
            method = getattr(area_of(client, operation), operation.name)
            return await method(**arguments(operation))

    result = asyncio.run(main())
    (request,) = recorder.requests
    assert (request.method, request.url.path) == (operation.method, operation.path)
    assert ("PIONEX-SIGNATURE" in request.headers) == operation.private
    assert (result is None) == (operation.data_type is None)
    if operation.data_type is not None:
        assert type(result) is operation.data_type


def test_depth_reply_is_unwrapped_into_the_typed_model() -> None:
    data = {"bids": [["30000.1", "0.5"]], "asks": [["30000.2", "1.25"]], "updateTime": 1700000000123}
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope(data)))
    with Pionex(transport=recorder.sync()) as client:
        book = client.market.get_market_depth(symbol="BTC_USDT", limit=5)
    assert isinstance(book, MarketDepth)
    assert book.bids == [(Decimal("30000.1"), Decimal("0.5"))] and book.asks == [(Decimal("30000.2"), Decimal("1.25"))]
    assert book.update_time == 1700000000123


def test_order_reply_parses_enums_and_ints() -> None:
    order = {
        "orderId": 9, "symbol": "BTC_USDT", "type": "LIMIT", "side": "SELL", "price": "31000.00",
        "size": "0.010000", "filledSize": "0", "filledAmount": "0", "fee": "0", "feeCoin": "USDT",
        "status": "OPEN", "IOC": False, "clientOrderId": "mine-1", "source": "API",
        "createTime": 1700000000000, "updateTime": 1700000000000,
    }  # fmt: skip
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope(order)))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        got = client.trade.get_order_by_client_order_id(client_order_id="mine-1")
    assert isinstance(got, Order)
    assert (got.order_id, got.side, got.status, got.ioc, got.client_order_id) == (9, "SELL", "OPEN", False, "mine-1")
    assert recorder.requests[0].url.params["clientOrderId"] == "mine-1"


def test_query_names_follow_the_api_and_defaults_are_sent() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"klines": [], "symbols": []})))
    with Pionex(transport=recorder.sync()) as client:
        client.market.get_klines(symbol="BTC_USDT", interval="1M", end_time=1700000000000)
        client.common.get_symbols(symbols="BTC_USDT,ETH_USDT", type="SPOT")
    klines, symbols = recorder.requests
    assert dict(klines.url.params) == {
        "symbol": "BTC_USDT",
        "interval": "1M",
        "endTime": "1700000000000",
        "limit": "100",
    }
    assert symbols.url.params["symbols"] == "BTC_USDT,ETH_USDT" and symbols.url.params["type"] == "SPOT"


def test_mass_order_items_are_sent_with_api_field_names() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"orderIds": [{"orderId": 1}, {"orderId": 2}]})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        placed = client.trade.new_mass_order(
            symbol="BTC_USDT",
            orders=[
                {"side": "BUY", "type": "LIMIT", "size": "0.01", "price": "29000", "client_order_id": "a-1"},
                {"side": "SELL", "type": "LIMIT", "size": 1, "price": "31000"},
            ],
        )
    assert [item.order_id for item in placed.order_ids] == [1, 2]
    assert json.loads(recorder.requests[0].content) == {
        "symbol": "BTC_USDT",
        "orders": [
            {"side": "BUY", "type": "LIMIT", "size": "0.01", "price": "29000", "clientOrderId": "a-1"},
            {"side": "SELL", "type": "LIMIT", "size": "1", "price": "31000"},
        ],
    }
