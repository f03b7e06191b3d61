"""Futures under ``client.futures``: names, decoding, and a placed order never duplicated nor lost.

Every futures operation is also reached sync and async, refused on bad input and decoded from
replies built from its schema by the spec-driven tests (test_operations, test_strict_inputs,
test_replies); this file spells out what is particular to futures.
"""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

import pionex_wrapper.client
from pionex_client import facade
from pionex_wrapper import (
    OPERATIONS,
    AsyncPionex,
    FuturesOrder,
    MissingCredentialsError,
    OrderOutcomeError,
    Pionex,
    PlacedOrder,
    Positions,
)
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, envelope, run_generator

ROOT = Path(__file__).parents[1]
ORDER = "/uapi/v1/trade/order"
LOOKUP = "/uapi/v1/trade/orderByClientOrderId"
FUTURES_ORDER = {
    "orderId": 42, "symbol": "BTC_USDT_PERP", "type": "LIMIT", "positionMode": "BUYSELL", "isolatedMode": "CROSS",
    "side": "BUY", "positionSide": "BOTH", "price": "60000.5", "origSize": "0.010", "size": "0.010",
    "filledSize": "0", "filledAmount": "0", "status": "OPEN", "reduceOnly": False, "clientOrderId": "perp-1",
    "source": "API", "createTime": "1700000000000", "updateTime": 1700000000001,
}  # fmt: skip


def test_futures_operations_live_under_client_futures_and_spot_is_unchanged() -> None:
    futures = {op.operation_id: op for op in OPERATIONS if op.operation_id.startswith("futures")}
    assert len(futures) == 32
    assert {op.area for op in futures.values()} == {
        f"futures.{a}" for a in ("common", "market", "account", "trade", "transfer")
    }
    assert (futures["futuresPlaceOrder"].area, futures["futuresPlaceOrder"].name) == ("futures.trade", "place_order")
    assert (futures["futuresCreateTransfer"].area, futures["futuresCreateTransfer"].permission) == (
        "futures.transfer",
        "transfer",
    )
    spot = {
        op.operation_id: op
        for op in OPERATIONS
        if not op.operation_id.startswith(("futures", "bot", "wallet", "partner", "instFund", "earn"))
    }
    assert {op.area for op in spot.values()} == {"common", "market", "account", "trade"}
    assert "futures" not in facade.AREAS and "futures" not in facade.AREA_PATHS.values()
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=Recorder().sync()) as client:
        assert client.futures is client.futures and client.futures.trade is client.futures.trade
        assert callable(client.with_raw_response.futures.trade.place_order)
        assert not hasattr(client.trade, "place_order") and not hasattr(client.futures.trade, "new_order")


def test_shared_paths_are_one_operation_each() -> None:
    """/api/v1/common/symbols and /api/v1/market/* serve both markets; `type=PERP` asks for futures."""
    routes = [(op.method, op.path) for op in OPERATIONS]
    assert len(routes) == len(set(routes))
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"symbols": [], "tickers": []})))
    with Pionex(transport=recorder.sync()) as client:
        client.common.get_symbols(type="PERP", status="TRADING")
        client.market.get_tickers(type="PERP")
        client.futures.market.get_book_ticker(symbol="BTC_USDT_PERP")
    assert [(r.url.path, dict(r.url.params)) for r in recorder.requests] == [
        ("/api/v1/common/symbols", {"type": "PERP", "status": "TRADING"}),
        ("/api/v1/market/tickers", {"type": "PERP"}),
        ("/api/v1/market/bookTicker", {"symbol": "BTC_USDT_PERP"}),
    ]


def test_a_futures_order_decodes_with_exact_money_and_int_times() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope(FUTURES_ORDER)))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        order = client.futures.trade.get_order(symbol="BTC_USDT_PERP", order_id=42)
    assert isinstance(order, FuturesOrder)
    assert (order.order_id, order.price, order.orig_size, order.create_time) == (
        42,
        Decimal("60000.5"),
        Decimal("0.010"),
        1700000000000,
    )
    assert (order.position_side, order.reduce_only, order.source) == ("BOTH", False, "API")
    assert dict(recorder.requests[0].url.params).keys() >= {"symbol", "orderId", "timestamp"}


def test_signed_negative_amounts_in_positions_are_kept() -> None:
    position = {"symbol": "BTC_USDT_PERP", "netSize": "-0.5", "sizeShort": "-0.5", "unrealizedPnL": "-12.25"}
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"positions": [position]})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        got = client.futures.account.get_positions(symbol="BTC_USDT_PERP")
    assert isinstance(got, Positions)
    (only,) = got.positions
    assert (only.net_size, only.unrealized_pnl) == (Decimal("-0.5"), Decimal("-12.25"))


def test_the_place_order_body_uses_the_api_names() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"orderId": 7})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        placed = client.futures.trade.place_order(
            symbol="BTC_USDT_PERP",
            side="SELL",
            type="LIMIT",
            size=Decimal("0.01"),
            price="70000",
            position_side="SHORT",
            client_order_id="perp-2",
        )
    assert placed.order_id == 7
    assert json.loads(recorder.requests[0].content) == {
        "symbol": "BTC_USDT_PERP",
        "side": "SELL",
        "type": "LIMIT",
        "clientOrderId": "perp-2",
        "positionSide": "SHORT",
        "size": "0.01",
        "price": "70000",
        "reduceOnly": False,
    }


# -- reconciliation: the lookup by client order id carries the symbol ---------------------------------


class Exchange:
    """Places the order, then loses the reply; the lookup finds it (or not, when ``placed`` is False)."""

    def __init__(self, placed: bool) -> None:
        self.placed = placed
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == ORDER and len(self.requests) == 1:
            return httpx.Response(503, text="<html>bad gateway</html>")
        if request.url.path == ORDER:
            return httpx.Response(200, json=envelope({"orderId": 99}))
        assert request.url.path == LOOKUP
        if not self.placed:
            return httpx.Response(
                400, json={"result": False, "code": "TRADE_ORDER_NOT_FOUND", "message": "no", "timestamp": 1}
            )
        return httpx.Response(
            200, json=envelope({**FUTURES_ORDER, "clientOrderId": request.url.params["clientOrderId"]})
        )


def place_args() -> dict[str, Any]:
    return {"symbol": "BTC_USDT_PERP", "side": "BUY", "type": "LIMIT", "size": "0.01", "price": "60000.5"}


@pytest.mark.parametrize("placed", [True, False])
def test_a_lost_futures_order_is_looked_up_with_its_symbol(placed: bool) -> None:
    exchange = Exchange(placed)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(exchange)) as client:
        got = client.futures.trade.place_order(**place_args())
    sent = json.loads(exchange.requests[0].content)["clientOrderId"]
    assert sent.startswith("pxsdk-")
    lookup = exchange.requests[1]
    assert (lookup.method, lookup.url.path) == ("GET", LOOKUP)
    assert (lookup.url.params["symbol"], lookup.url.params["clientOrderId"]) == ("BTC_USDT_PERP", sent)
    assert isinstance(got, PlacedOrder)
    if placed:
        assert (got.order_id, got.client_order_id) == (42, sent) and len(exchange.requests) == 2  # never twice
    else:
        assert got.order_id == 99 and len(exchange.requests) == 3  # not there: placed again, same id
        assert json.loads(exchange.requests[2].content)["clientOrderId"] == sent


def test_a_lost_futures_order_async() -> None:
    exchange = Exchange(placed=True)

    async def main() -> PlacedOrder:
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(exchange)) as client:
            return await client.futures.trade.place_order(**place_args(), client_order_id="perp-async")

    got = asyncio.run(main())
    assert (got.order_id, got.client_order_id) == (42, "perp-async")
    assert exchange.requests[1].url.params["symbol"] == "BTC_USDT_PERP"


def test_when_the_futures_lookup_fails_the_order_may_exist() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, text="down")

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(handler), max_retries=0) as client:
        with pytest.raises(OrderOutcomeError) as caught:
            client.futures.trade.place_order(**place_args(), client_order_id="perp-unknown")
    assert caught.value.may_exist and caught.value.client_order_id == "perp-unknown"


def test_a_private_futures_call_without_credentials_names_where_it_lives() -> None:
    recorder = Recorder()
    with Pionex(transport=recorder.sync()) as client:
        with pytest.raises(MissingCredentialsError, match=r"^futures\.trade\.get_order is private"):
            client.futures.trade.get_order(symbol="BTC_USDT_PERP", order_id=1)
    assert recorder.requests == []


def test_an_operation_of_a_group_must_carry_the_group_in_its_id(tmp_path: Path) -> None:
    """The generator refuses `getRiskTable` under futures.common: it would not read as futures in the spec."""
    spec = json.loads((ROOT / "openapi" / "pionex.json").read_text(encoding="utf-8"))
    spec["paths"]["/api/v1/common/riskTable"]["get"]["operationId"] = "getRiskTable"
    run = run_generator(spec, tmp_path)
    assert run.returncode != 0
    assert "getRiskTable: an operation of futures.common must start with 'futures'" in run.stdout + run.stderr


def test_the_client_order_id_sent_is_in_the_reply_although_the_exchange_leaves_it_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pionex's futures order reply holds only orderId: the id the client generated (or was
    given) is filled in, or the caller could never look a generated one up."""
    monkeypatch.setattr(pionex_wrapper.client, "new_client_order_id", lambda: "pxsdk-generated-1")
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"orderId": 7})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        generated = client.futures.trade.place_order(symbol="BTC_USDT_PERP", side="BUY", type="MARKET_QTY", size="1")
        given = client.futures.trade.place_order(
            symbol="BTC_USDT_PERP", side="BUY", type="MARKET_QTY", size="1", client_order_id="mine-1"
        )
    assert (generated.order_id, generated.client_order_id) == (7, "pxsdk-generated-1")
    assert given.client_order_id == "mine-1"
    assert [json.loads(r.content)["clientOrderId"] for r in recorder.requests] == ["pxsdk-generated-1", "mine-1"]
