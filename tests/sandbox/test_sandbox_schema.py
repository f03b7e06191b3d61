"""Every reply of every operation, success or refusal, matches the spec's response schemas."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import ValidationError

from pionex_sandbox import OPERATIONS, READONLY_API_KEY, READONLY_API_SECRET
from pionex_sandbox.market import INTERVALS
from tests.helpers import FUTURES_SANDBOX_PENDING, NOT_IN_SANDBOX_YET
from tests.sandbox.sandbox_support import SPEC_PATH, Api, documented_in_our_spec_yet, spec_replies

ORDER = "/api/v1/trade/order"


def documented_statuses() -> set[tuple[str, int]]:
    """(operationId, status) for every reply with a body the spec documents (429 has none)."""
    found = set()
    for operation_id, operation in spec_replies().operations.values():
        if NOT_IN_SANDBOX_YET(operation_id):
            continue
        for status in operation["responses"]:
            if status != "429":
                found.add((operation_id, int(status)))
    return found


def test_the_sandbox_serves_exactly_the_spec_operations() -> None:
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    documented = {
        (method.upper(), path, operation["operationId"], operation.get("x-pionex-permission"))
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if not NOT_IN_SANDBOX_YET(operation["operationId"])
    }
    served = {
        (op.method, op.path, op.operation_id, op.permission)
        for op in OPERATIONS
        if documented_in_our_spec_yet(op.operation_id)  # TEMPORARY: delete this filter at the futures-spec merge
    }
    assert served == documented


@pytest.mark.xfail(strict=False, reason=FUTURES_SANDBOX_PENDING)
def test_the_sandbox_serves_the_futures_operations() -> None:
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    futures = {
        (method.upper(), path, operation["operationId"], operation.get("x-pionex-permission"))
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if NOT_IN_SANDBOX_YET(operation["operationId"])
    }
    assert futures
    assert futures <= {(op.method, op.path, op.operation_id, op.permission) for op in OPERATIONS}


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
            if op.permission in ("trade", "transfer"):
                api.private(op.method, op.path, body=body, **readonly)

    assert api.seen == documented_statuses()
    assert api.sandbox.audit() == []


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
