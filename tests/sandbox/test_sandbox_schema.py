"""Every reply of every operation, success or refusal, matches the spec's response schemas."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import ValidationError

from pionex_sandbox import OPERATIONS, READONLY_API_KEY, READONLY_API_SECRET
from pionex_sandbox.core.prices import INTERVALS
from tests.sandbox.sandbox_support import SPEC_PATH, Api, spec_replies
from tests.sandbox.test_bots_copy_http import copy_operations_answer_as_documented
from tests.sandbox.test_earn_arbitrage import arbitrage_answers_as_documented
from tests.sandbox.test_earn_dual import dual_answers_as_documented
from tests.sandbox.test_sandbox_bots import grids_answer_as_documented
from tests.sandbox.test_sandbox_wallet import wallet_partner_fund_answer_as_documented

ORDER = "/api/v1/trade/order"


# Pionex's openapi_futures.yaml documents a 400 for these operations too, and our spec keeps it,
# but they take no parameter to refuse (the private ones only the timestamp, an authentication
# matter: 401), so neither Pionex nor the sandbox has a reason to answer 400.
NOTHING_TO_REFUSE = {
    ("futuresGetAccountBalances", 400),
    ("futuresGetAccountDetail", 400),
    ("futuresGetPositionMode", 400),
    ("futuresGetOpenInterests", 400),
    ("earnArbitrageGetProducts", 400),  # Pionex's openapi_earn.yaml documents a 400 for both reads
    ("earnArbitrageGetBalances", 400),
}


def documented_statuses() -> set[tuple[str, int]]:
    """(operationId, status) for every reply with a body the spec documents (429 has none)."""
    found = set()
    for operation_id, operation in spec_replies().operations.values():
        for status in operation["responses"]:
            if status != "429":
                found.add((operation_id, int(status)))
    assert NOTHING_TO_REFUSE <= found
    return found - NOTHING_TO_REFUSE


def spec_operations() -> set[tuple[str, str, str, str | None, int]]:
    """(method, path, operationId, permission, weight) of every operation in our spec."""
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return {
        (
            method.upper(),
            path,
            operation["operationId"],
            operation.get("x-pionex-permission"),
            operation["x-pionex-weight"],
        )
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    }


def test_the_sandbox_serves_exactly_the_spec_operations() -> None:
    served = {(op.method, op.path, op.operation_id, op.permission, op.weight) for op in OPERATIONS}
    assert served == spec_operations()


def test_the_sandbox_serves_the_futures_operations() -> None:
    futures = {row for row in spec_operations() if row[2].startswith("futures")}
    assert len(futures) == 32
    assert futures <= {(op.method, op.path, op.operation_id, op.permission, op.weight) for op in OPERATIONS}
    assert {row[4] for row in futures} == {5}
    assert ("POST", "/api/v1/assets/transfer", "futuresCreateTransfer", "transfer", 5) in futures


def test_every_operation_answers_as_documented(api: Api) -> None:
    now = api.clock.now
    readonly: dict[str, Any] = {"key": READONLY_API_KEY, "secret": READONLY_API_SECRET}

    # Market data: successes and refusals.
    api.public("/api/v1/common/symbols")
    api.public("/api/v1/common/symbols", type="PERP", status="TRADING")
    api.public("/api/v1/common/symbols", symbols="BTC_USDT,ETH_USDT")
    api.public("/api/v1/common/symbols", symbols="BTC_USDT,XYZ")
    api.public("/api/v1/common/symbols", type="OPTIONS")
    api.public("/api/v1/market/trades", symbol="BTC_USDT")
    api.public("/api/v1/market/trades", symbol="BTC_USDT", limit=5)
    api.public("/api/v1/market/depth", symbol="BTC_USDT_PERP", limit=1000)
    api.public("/api/v1/market/depth", symbol="NOPE")
    for kind in ("SPOT", "PERP"):
        api.public("/api/v1/market/tickers", type=kind)
        api.public("/api/v1/market/bookTickers", type=kind)
    api.public("/api/v1/market/tickers", symbol="SOL_USDT")
    api.public("/api/v1/market/tickers", symbol="NOPE")
    api.public("/api/v1/market/bookTickers", symbol="ETH_BTC")
    api.public("/api/v1/market/bookTickers", type="BOTH")
    for interval in INTERVALS:
        api.public("/api/v1/market/klines", symbol="ETH_USDT", interval=interval, limit=3)
    api.public("/api/v1/market/klines", symbol="ETH_USDT", interval="1M", endTime=-5)

    # Account and trading: successes.
    api.private("GET", "/api/v1/account/balances")
    resting = api.order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.01", price="60000", clientOrderId="s-1")
    taker = api.order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.3", price="75000")
    api.order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="500")
    api.order(symbol="BTC_USDT", side="SELL", type="MARKET", size="0.05")
    api.order(symbol="BTC_USDT", side="SELL", type="LIMIT", size="0.01", price="70000", IOC=True)
    mass = {"symbol": "ETH_USDT", "orders": [{"side": "BUY", "type": "LIMIT", "size": "0.1", "price": "3000"}]}
    api.private("POST", "/api/v1/trade/massOrder", body=mass)
    api.private("GET", ORDER, {"orderId": resting})
    api.private("GET", ORDER, {"orderId": taker})
    api.private("GET", "/api/v1/trade/orderByClientOrderId", {"clientOrderId": "s-1"})
    api.private("GET", "/api/v1/trade/openOrders", {"symbol": "BTC_USDT"})
    api.private("GET", "/api/v1/trade/allOrders", {"symbol": "BTC_USDT", "startTime": now, "endTime": now})
    api.private("GET", "/api/v1/trade/fills", {"symbol": "BTC_USDT"})
    api.private("GET", "/api/v1/trade/fillsByOrderId", {"orderId": taker})
    api.private("GET", "/api/v1/trade/fillsByOrderId", {"orderId": taker, "fromId": 1})
    api.private("DELETE", ORDER, body={"symbol": "BTC_USDT", "orderId": resting})
    api.private("DELETE", "/api/v1/trade/allOrders", body={"symbol": "ETH_USDT"})
    api.private("GET", "/api/v1/account/balances", **readonly)

    futures_answer_as_documented(api, readonly)
    grids_answer_as_documented(api)
    copy_operations_answer_as_documented(api, readonly)
    wallet_partner_fund_answer_as_documented(api, readonly)
    dual_answers_as_documented(api, readonly)
    arbitrage_answers_as_documented(api, readonly)

    # Refusals: parameters (400) and authentication (401) for every private operation.
    api.private("POST", ORDER, body={"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "size": "1"})
    api.private("GET", ORDER, {"orderId": 1})
    api.private("DELETE", ORDER, body={"symbol": "BTC_USDT", "orderId": resting})
    api.private("POST", "/api/v1/trade/massOrder", body={"symbol": "BTC_USDT", "orders": []})
    api.private("GET", "/api/v1/trade/orderByClientOrderId", {"clientOrderId": "none"})
    api.private("GET", "/api/v1/trade/openOrders", {"symbol": "NOPE"})
    api.private("GET", "/api/v1/trade/allOrders", {"symbol": "BTC_USDT", "limit": 500})
    api.private("DELETE", "/api/v1/trade/allOrders", body={"symbol": "NOPE"})
    api.private("GET", "/api/v1/trade/fills", {"symbol": "BTC_USDT", "startTime": "yesterday"})
    api.private("GET", "/api/v1/trade/fillsByOrderId", {"orderId": "first"})
    for op in OPERATIONS:
        if op.permission is not None:
            body = {"symbol": "BTC_USDT"} if op.method != "GET" else None
            api.private(op.method, op.path, body=body, key=None)
            api.private(op.method, op.path, body=body, timestamp=now - 60_000)
            if op.permission not in (None, "read"):  # all the read-only key lacks
                api.private(op.method, op.path, body=body, **readonly)

    assert api.seen == documented_statuses()
    assert api.sandbox.audit() == []


def futures_answer_as_documented(api: Api, readonly: dict[str, Any]) -> None:
    """Every futures operation: a success and its main refusals, each validated by ``api``."""
    perp = "BTC_USDT_PERP"
    order = "/uapi/v1/trade/order"
    transfer = "/api/v1/assets/transfer"
    ok, no = 200, 400

    def expect(status: int, response: Any) -> Any:
        assert response.status_code == status, response.json()
        return response.json().get("data")

    # Market data.
    expect(ok, api.public("/api/v1/common/riskTable"))
    expect(ok, api.public("/api/v1/common/riskTable", symbol=perp))
    expect(no, api.public("/api/v1/common/riskTable", symbol="BTC_USDT"))
    for path in ("/api/v1/market/indexes", "/api/v1/market/bookTicker"):
        expect(ok, api.public(path))
        expect(ok, api.public(path, symbol=perp))
        expect(no, api.public(path, symbol="NOPE"))
    expect(ok, api.public("/api/v1/market/openInterests"))
    expect(ok, api.public("/api/v1/market/bookTicker", type="SPOT"))
    expect(ok, api.public("/api/v1/market/fundingRates", symbol=perp))
    expect(no, api.public("/api/v1/market/fundingRates", symbol=perp, limit=501))
    for path in ("/api/v1/market/markKlines", "/api/v1/market/indexKlines"):
        expect(ok, api.public(path, symbol=perp, interval="1M", limit=3))
        expect(no, api.public(path, symbol=perp, interval="2M"))

    # Transfers, settings, orders, positions: successes.
    into = {"fromAccount": "MAIN", "toAccount": "TRADE", "currency": "USDT", "amount": "10000", "clientId": "f-1"}
    expect(ok, api.private("POST", transfer, body=into))
    expect(ok, api.private("GET", transfer, {"clientId": "f-1"}))
    expect(ok, api.private("GET", "/api/v1/assets/transfers", {"limit": 1}))
    expect(ok, api.private("GET", "/uapi/v1/account/positionMode"))
    expect(ok, api.private("POST", "/uapi/v1/account/positionMode", body={"positionMode": "BUYSELL"}))
    expect(ok, api.private("GET", "/uapi/v1/trade/isolatedMode", {"symbol": perp}))
    expect(ok, api.private("POST", "/uapi/v1/trade/isolatedMode", body={"symbol": perp, "isolatedMode": "ISOLATED"}))
    expect(ok, api.private("GET", "/uapi/v1/account/leverage", {"symbol": perp}))
    expect(ok, api.private("POST", "/uapi/v1/account/leverage", body={"symbol": perp, "leverage": "20"}))
    taker = {"symbol": perp, "side": "BUY", "type": "MARKET_QTY", "size": "0.01", "clientOrderId": "f-o"}
    filled = expect(ok, api.private("POST", order, body=taker))["orderId"]
    resting = {"symbol": perp, "side": "BUY", "type": "LIMIT", "size": "0.01", "price": "60000"}
    placed = expect(ok, api.private("POST", order, body=resting))["orderId"]
    expect(ok, api.private("GET", order, {"symbol": perp, "orderId": filled}))
    expect(ok, api.private("GET", order, {"symbol": perp, "orderId": placed}))
    expect(ok, api.private("GET", "/uapi/v1/trade/orderByClientOrderId", {"symbol": perp, "clientOrderId": "f-o"}))
    expect(ok, api.private("GET", "/uapi/v1/trade/fillsByOrderId", {"symbol": perp, "orderId": filled}))
    expect(ok, api.private("GET", "/uapi/v1/trade/fills", {"symbol": perp}))
    expect(ok, api.private("GET", "/uapi/v1/trade/openOrders", {"symbol": perp}))
    move = {
        "symbol": perp,
        "isolatedMode": "ISOLATED_BOTH",
        "coin": "USDT",
        "direction": "IN",
        "amount": "5",
        "clientId": "m",
    }
    expect(ok, api.private("POST", "/uapi/v1/trade/isolateMargin", body=move))
    expect(ok, api.private("GET", "/uapi/v1/account/balances"))
    expect(ok, api.private("GET", "/uapi/v1/account/balances", **readonly))
    expect(ok, api.private("GET", "/uapi/v1/account/positions"))
    expect(ok, api.private("GET", "/uapi/v1/account/detail"))
    mass = {"symbol": perp, "orders": [{"side": "BUY", "type": "LIMIT", "size": "0.01", "price": "59000"}]}
    expect(ok, api.private("POST", "/uapi/v1/trade/massOrder", body=mass))
    expect(ok, api.private("DELETE", order, body={"symbol": perp, "orderId": placed}))
    expect(ok, api.private("DELETE", "/uapi/v1/trade/allOrders", body={"symbol": perp}))
    expect(ok, api.private("GET", "/uapi/v1/trade/historyOrders", {"symbol": perp}))
    closing = {"symbol": perp, "side": "SELL", "type": "MARKET_QTY", "size": "0.01", "reduceOnly": True}
    expect(ok, api.private("POST", order, body=closing))
    expect(ok, api.private("GET", "/uapi/v1/account/historyPositions", {"symbol": perp}))
    expect(ok, api.private("GET", "/uapi/v1/trade/fundingFee", {"symbol": perp}))

    # Refusals (400).
    expect(no, api.private("POST", transfer, body=into))  # the same clientId twice
    expect(no, api.private("POST", transfer, body={**into, "clientId": "f-2", "amount": "1000000"}))
    expect(no, api.private("GET", transfer, {"clientId": "none"}))
    expect(no, api.private("GET", "/api/v1/assets/transfers", {"limit": 101}))
    expect(no, api.private("POST", "/uapi/v1/account/positionMode", body={"positionMode": "SIDEWAYS"}))
    expect(no, api.private("GET", "/uapi/v1/trade/isolatedMode", {"symbol": "BTC_USDT"}))
    expect(no, api.private("POST", "/uapi/v1/trade/isolatedMode", body={"symbol": perp, "isolatedMode": "HALF"}))
    expect(no, api.private("GET", "/uapi/v1/account/leverage", {"symbol": "BTC_USDT"}))
    expect(no, api.private("POST", "/uapi/v1/account/leverage", body={"symbol": perp, "leverage": "101"}))
    expect(no, api.private("POST", order, body={**resting, "price": "64000.05"}))
    expect(no, api.private("POST", order, body={**resting, "size": "1000"}))
    expect(no, api.private("GET", order, {"symbol": perp, "orderId": 99}))
    expect(no, api.private("DELETE", order, body={"symbol": perp, "orderId": 99}))
    expect(no, api.private("POST", "/uapi/v1/trade/massOrder", body={"symbol": perp, "orders": []}))
    expect(no, api.private("GET", "/uapi/v1/trade/orderByClientOrderId", {"symbol": perp, "clientOrderId": "none"}))
    expect(no, api.private("GET", "/uapi/v1/trade/openOrders", {"symbol": "BTC_USDT"}))
    expect(no, api.private("GET", "/uapi/v1/trade/historyOrders", {"symbol": "NOPE"}))
    expect(no, api.private("GET", "/uapi/v1/trade/fills", {"symbol": perp, "startTime": "yesterday"}))
    expect(no, api.private("GET", "/uapi/v1/trade/fillsByOrderId", {"symbol": perp, "orderId": "first"}))
    expect(no, api.private("DELETE", "/uapi/v1/trade/allOrders", body={"symbol": "NOPE"}))
    expect(no, api.private("GET", "/uapi/v1/trade/fundingFee", {"symbol": "NOPE"}))
    expect(no, api.private("POST", "/uapi/v1/trade/isolateMargin", body={**move, "direction": "SIDEWAYS"}))
    expect(no, api.private("GET", "/uapi/v1/account/positions", {"symbol": "BTC_USDT"}))
    expect(no, api.private("GET", "/uapi/v1/account/historyPositions", {"symbol": "BTC_USDT"}))

    # Permissions (401): a read-only key may not trade or transfer.
    expect(401, api.private("POST", order, body=resting, **readonly))
    expect(401, api.private("POST", transfer, body=into, **readonly))


def test_validation_is_not_vacuous() -> None:
    """Replies with a wrong type, an undeclared field or an unknown code are caught."""
    replies = spec_replies()
    good = {"result": True, "data": {"orderId": 5, "clientOrderId": "a"}, "timestamp": 1}
    replies.validate("POST", ORDER, 200, good)
    bad_replies = [
        {"result": True, "data": {"orderId": "5"}, "timestamp": 1},
        {"result": True, "data": {"orderId": 5, "orderID": 5}, "timestamp": 1},
        {"result": True, "data": {"orderId": 5}, "timestamp": 1.5},
    ]
    for reply in bad_replies:
        with pytest.raises(ValidationError):
            replies.validate("POST", ORDER, 200, reply)
    order = {"orderId": 1, "symbol": "BTC_USDT", "price": "1.x", "status": "OPEN"}
    with pytest.raises(ValidationError):
        replies.validate("GET", ORDER, 200, {"result": True, "data": order, "timestamp": 1})
    with pytest.raises(ValidationError):
        error = {"result": False, "code": "SOMETHING_ELSE", "message": "m", "timestamp": 1}
        replies.validate("GET", ORDER, 400, error)
    with pytest.raises(AssertionError):
        replies.validate("GET", "/api/v1/market/depth", 401, {"result": False, "code": "APIKEY_LOST"})
    # A dual product's yield may be sent empty only when the product cannot be invested in.
    closed = {"productId": "BTC-USDXO-260401-69000-C-USDT", "canInvest": False, "profit": "", "baseSize": ""}
    prices = "/api/v1/earn/dual/prices"
    replies.validate("GET", prices, 200, {"result": True, "data": {"products": [closed]}, "timestamp": 1})
    with pytest.raises(ValidationError):
        replies.validate(
            "GET", prices, 200, {"result": True, "data": {"products": [{**closed, "canInvest": True}]}, "timestamp": 1}
        )
