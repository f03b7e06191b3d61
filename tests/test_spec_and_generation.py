"""The spec validates and is complete; generated/ is exactly what `make generate` writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests import test_bots_spec, test_earn_arbitrage_spec, test_earn_dual_spec, test_wallet_partner_fund_spec
from tests.helpers import resolve

ROOT = Path(__file__).parents[1]
SPEC = json.loads((ROOT / "openapi" / "pionex.json").read_text(encoding="utf-8"))

# (method, path, operationId, weight, permission) as Pionex documents the Spot API.
EXPECTED = [
    ("get", "/api/v1/common/symbols", "getSymbols", 5, None),
    ("get", "/api/v1/market/trades", "getMarketTrades", 1, None),
    ("get", "/api/v1/market/depth", "getMarketDepth", 1, None),
    ("get", "/api/v1/market/tickers", "getTickers", 1, None),
    ("get", "/api/v1/market/bookTickers", "getBookTickers", 1, None),
    ("get", "/api/v1/market/klines", "getKlines", 1, None),
    ("get", "/api/v1/account/balances", "getBalances", 1, "read"),
    ("post", "/api/v1/trade/order", "newOrder", 1, "trade"),
    ("get", "/api/v1/trade/order", "getOrder", 1, "read"),
    ("delete", "/api/v1/trade/order", "cancelOrder", 1, "trade"),
    ("post", "/api/v1/trade/massOrder", "newMassOrder", 1, "trade"),
    ("get", "/api/v1/trade/orderByClientOrderId", "getOrderByClientOrderId", 1, "read"),
    ("get", "/api/v1/trade/openOrders", "getOpenOrders", 5, "read"),
    ("get", "/api/v1/trade/allOrders", "getAllOrders", 5, "read"),
    ("delete", "/api/v1/trade/allOrders", "cancelAllOrders", 1, "trade"),
    ("get", "/api/v1/trade/fills", "getFills", 5, "read"),
    ("get", "/api/v1/trade/fillsByOrderId", "getFillsByOrderId", 5, "read"),
]

# (method, path, operationId, weight, permission) as Pionex documents the futures API: its own
# operationId behind "futures"; the paths it shares with the Spot API are the Spot operations above.
FUTURES = [
    ("get", "/api/v1/common/riskTable", "futuresGetRiskTable", 5, None),
    ("get", "/uapi/v1/account/balances", "futuresGetAccountBalances", 5, "read"),
    ("get", "/uapi/v1/account/positions", "futuresGetPositions", 5, "read"),
    ("get", "/uapi/v1/account/historyPositions", "futuresGetHistoryPositions", 5, "read"),
    ("get", "/uapi/v1/account/detail", "futuresGetAccountDetail", 5, "read"),
    ("post", "/uapi/v1/trade/isolateMargin", "futuresTransferIsolateMargin", 5, "trade"),
    ("get", "/uapi/v1/account/leverage", "futuresGetLeverage", 5, "read"),
    ("post", "/uapi/v1/account/leverage", "futuresUpdateLeverage", 5, "trade"),
    ("get", "/uapi/v1/account/positionMode", "futuresGetPositionMode", 5, "read"),
    ("post", "/uapi/v1/account/positionMode", "futuresUpdatePositionMode", 5, "trade"),
    ("get", "/uapi/v1/trade/isolatedMode", "futuresGetIsolatedMode", 5, "read"),
    ("post", "/uapi/v1/trade/isolatedMode", "futuresUpdateIsolatedMode", 5, "trade"),
    ("post", "/api/v1/assets/transfer", "futuresCreateTransfer", 5, "transfer"),
    ("get", "/api/v1/assets/transfer", "futuresGetTransfer", 5, "read"),
    ("get", "/api/v1/assets/transfers", "futuresGetTransfers", 5, "read"),
    ("post", "/uapi/v1/trade/order", "futuresPlaceOrder", 5, "trade"),
    ("get", "/uapi/v1/trade/order", "futuresGetOrder", 5, "read"),
    ("delete", "/uapi/v1/trade/order", "futuresCancelOrder", 5, "trade"),
    ("post", "/uapi/v1/trade/massOrder", "futuresBatchPlaceOrders", 5, "trade"),
    ("get", "/uapi/v1/trade/orderByClientOrderId", "futuresGetOrderByClientOrderId", 5, "read"),
    ("get", "/uapi/v1/trade/openOrders", "futuresGetOpenOrders", 5, "read"),
    ("get", "/uapi/v1/trade/historyOrders", "futuresGetHistoryOrders", 5, "read"),
    ("get", "/uapi/v1/trade/fills", "futuresGetFills", 5, "read"),
    ("get", "/uapi/v1/trade/fillsByOrderId", "futuresGetFillsByOrderId", 5, "read"),
    ("delete", "/uapi/v1/trade/allOrders", "futuresCancelAllOrders", 5, "trade"),
    ("get", "/uapi/v1/trade/fundingFee", "futuresGetFundingFees", 5, "read"),
    ("get", "/api/v1/market/bookTicker", "futuresGetBookTicker", 5, None),
    ("get", "/api/v1/market/indexKlines", "futuresGetIndexKlines", 5, None),
    ("get", "/api/v1/market/markKlines", "futuresGetMarkKlines", 5, None),
    ("get", "/api/v1/market/fundingRates", "futuresGetFundingRates", 5, None),
    ("get", "/api/v1/market/indexes", "futuresGetIndexes", 5, None),
    ("get", "/api/v1/market/openInterests", "futuresGetOpenInterests", 5, None),
]


def documented(contract: list[tuple[str, str, str, str, str, str | None, str]]) -> list[tuple[Any, ...]]:
    """(method, path, operationId, weight, permission) of a product spec test's CONTRACT rows (the
    facts carried from Pionex's file for that product, with the permissions its comment maps from
    Pionex's names; the operationIds of the bots and earn are the project's own; each weighs 1)."""
    return [(method.lower(), path, op_id, 1, permission) for op_id, _, _, method, path, permission, _ in contract]


BOTS = documented(test_bots_spec.CONTRACT)
WALLET_PARTNER_FUND = documented(test_wallet_partner_fund_spec.CONTRACT)
DUAL = documented(test_earn_dual_spec.CONTRACT)
EARN_ARBITRAGE = documented(test_earn_arbitrage_spec.CONTRACT)

# Every query parameter Pionex documents for each operation (timestamp is a security scheme).
QUERY = {
    "getSymbols": {"symbols", "type", "status"},
    "getMarketTrades": {"symbol", "limit"},
    "getMarketDepth": {"symbol", "limit"},
    "getTickers": {"symbol", "type"},
    "getBookTickers": {"symbol", "type"},
    "getKlines": {"symbol", "interval", "endTime", "limit"},
    "getOrder": {"orderId"},
    "getOrderByClientOrderId": {"clientOrderId"},
    "getOpenOrders": {"symbol"},
    "getAllOrders": {"symbol", "startTime", "endTime", "limit"},
    "getFills": {"symbol", "startTime", "endTime"},
    "getFillsByOrderId": {"orderId", "fromId"},
    "futuresGetRiskTable": {"symbol"},
    "futuresGetPositions": {"symbol"},
    "futuresGetHistoryPositions": {"symbol", "positionFlag", "startTime", "endTime", "limit"},
    "futuresGetLeverage": {"symbol"},
    "futuresGetIsolatedMode": {"symbol"},
    "futuresGetTransfer": {"clientId"},
    "futuresGetTransfers": {"status", "endTime", "limit"},
    "futuresGetOrder": {"symbol", "orderId"},
    "futuresGetOrderByClientOrderId": {"symbol", "clientOrderId"},
    "futuresGetOpenOrders": {"symbol", "endTime", "limit"},
    "futuresGetHistoryOrders": {"symbol", "startTime", "endTime", "limit"},
    "futuresGetFills": {"symbol", "startTime", "endTime", "limit"},
    "futuresGetFillsByOrderId": {"symbol", "orderId", "fromId", "limit"},
    "futuresGetFundingFees": {"symbol", "startTime", "endTime", "limit"},
    "futuresGetBookTicker": {"symbol", "type"},
    "futuresGetIndexKlines": {"symbol", "interval", "limit"},
    "futuresGetMarkKlines": {"symbol", "interval", "limit"},
    "futuresGetFundingRates": {"symbol", "endTime", "limit"},
    "futuresGetIndexes": {"symbol"},
    "botOrdersList": {"status", "base", "quote", "pageToken", "buOrderTypes"},
    "botFuturesGridGetOrder": {"buOrderId", "lang"},
    "botSpotGridGetOrder": {"buOrderId"},
    "botSpotGridGetAiStrategy": {"base", "quote"},
    "botSmartCopyGetOrder": {"buOrderId", "lang"},
    "botKolListCopyTradeBots": {
        "shareCode",
        "buOrderType",
        "symbol",
        "trend",
        "leverage",
        "pageToken",
        "sort",
        "direction",
        "limit",
        "page",
    },
    "botSignalsList": {"pageToken"},
    "botSignalsGet": {"signalType"},
    "botSignalsEdit": {"signalType"},
    "botSignalsDelete": {"signalType"},
    "walletGetBalancesFull": {"appLang", "sysLang"},
    "partnerCheckUserQualification": {"uid", "bot_id"},
    "partnerGetUserTradingVolume": {"startTime", "endTime"},
    "instFundGetFee": {"channel", "amount", "direction"},
    "earnDualGetSymbols": {"base"},
    "earnDualGetOpenProducts": {"base", "quote", "type", "currency"},
    "earnDualGetPrices": {"base", "quote", "productIds"},
    "earnDualGetIndex": {"base", "quote"},
    "earnDualGetDeliveryPrices": {"base", "quote", "startTime", "endTime"},
    "earnDualGetBalances": {"merge"},
    "earnDualGetRecords": {"base", "quote", "currency", "filter", "startTime", "endTime", "limit"},
}


def operations() -> dict[str, dict]:  # type: ignore[type-arg]
    return {op["operationId"]: op for item in SPEC["paths"].values() for op in item.values()}


def test_spec_validates() -> None:
    validate(SPEC)
    assert SPEC["openapi"] == "3.0.3"
    assert {"Common", "Market", "Account", "Trade"} <= {t["name"] for t in SPEC["tags"]}
    futures = {t["name"]: t.get("x-pionex-area") for t in SPEC["tags"] if t["name"].startswith("Futures ")}
    assert futures == {
        f"Futures {a.title()}": f"futures.{a}" for a in ("common", "market", "account", "trade", "transfer")
    }
    bots = {t["name"]: t.get("x-pionex-area") for t in SPEC["tags"] if t["name"].startswith("Bot ")}
    assert bots == {
        "Bot Orders": "bot.orders",
        "Bot Futures Grid": "bot.futures_grid",
        "Bot Spot Grid": "bot.spot_grid",
        "Bot Smart Copy": "bot.smart_copy",
        "Bot KOL": "bot.kol",
        "Bot Signals": "bot.signals",
    }
    areas = {t["name"]: t.get("x-pionex-area") for t in SPEC["tags"]}
    assert (areas["Wallet"], areas["Partner"], areas["Institutional Fund"]) == ("wallet", "partner", "inst_fund")
    assert areas["Term Arbitrage"] == "earn.arbitrage"


@pytest.mark.parametrize(
    ("method", "path", "operation_id", "weight", "permission"),
    EXPECTED + FUTURES + BOTS + WALLET_PARTNER_FUND + DUAL + EARN_ARBITRAGE,
)
def test_operation_is_described(method: str, path: str, operation_id: str, weight: int, permission: str | None) -> None:
    op = SPEC["paths"][path][method]
    assert op["operationId"] == operation_id
    assert op["x-pionex-weight"] == weight
    assert op.get("x-pionex-permission") == permission
    if permission:
        assert op["security"] == [{"PionexKey": [], "PionexSignature": [], "PionexTimestamp": []}]
    else:
        assert "security" not in op
    names = {p["name"] for p in op.get("parameters", [])}
    assert "timestamp" not in names
    assert names == QUERY.get(operation_id, set())


def test_every_operation_declares_weight_and_permission() -> None:
    """Pionex's Spot, futures and bot operations are all there (above); any other operation is described the same way.

    Permissions are Pionex's key permissions: read, trade and transfer (only moving funds between
    accounts needs transfer), the bots' bot_read and bot_trade ("Bot reading", "Bot trading"), partner
    ("Partner reading"), the institutional fund's inst_fund and inst_fund_withdraw, and earn ("Earn")."""
    assert {
        op_id for _, _, op_id, _, _ in EXPECTED + FUTURES + BOTS + WALLET_PARTNER_FUND + DUAL + EARN_ARBITRAGE
    } <= set(operations())
    permissions = (
        "read", "trade", "transfer", "bot_read", "bot_trade", "partner", "inst_fund", "inst_fund_withdraw", "earn"
    )  # fmt: skip
    for op_id, op in operations().items():
        assert isinstance(op.get("x-pionex-weight"), int) and op["x-pionex-weight"] >= 1, op_id
        assert bool(op.get("security")) == (op.get("x-pionex-permission") in permissions), op_id


def test_documented_limits_and_defaults() -> None:
    ops = operations()

    def limit(op_id: str) -> dict:  # type: ignore[type-arg]
        return next(p["schema"] for p in ops[op_id]["parameters"] if p["name"] == "limit")

    assert limit("getMarketTrades") == {"type": "integer", "default": 100, "minimum": 10, "maximum": 500}
    assert limit("getMarketDepth") == {"type": "integer", "default": 20, "minimum": 1, "maximum": 1000}
    assert limit("getKlines") == {"type": "integer", "default": 100, "minimum": 1, "maximum": 500}
    assert limit("getAllOrders") == {"type": "integer", "default": 50, "minimum": 1, "maximum": 200}
    schemas = SPEC["components"]["schemas"]
    assert schemas["NewOrderRequest"]["required"] == ["symbol", "side", "type"]
    assert schemas["MassOrderRequest"]["properties"]["orders"]["maxItems"] == 20
    client_order_id = schemas["NewOrderRequest"]["properties"]["clientOrderId"]
    assert resolve(client_order_id)["maxLength"] == 64


def test_security_schemes_model_all_three_values() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    assert {(s["in"], s["name"]) for s in schemes.values()} == {
        ("header", "PIONEX-KEY"),
        ("header", "PIONEX-SIGNATURE"),
        ("query", "timestamp"),
    }


def test_no_generated_function_asks_for_a_timestamp() -> None:
    api = ROOT / "generated" / "pionex_client" / "api"
    for module in api.rglob("*.py"):
        assert "timestamp" not in module.read_text(encoding="utf-8"), module


def test_generated_code_is_up_to_date() -> None:
    """Fails when `make generate` would change generated/ (a hand edit, or a spec change not regenerated)."""
    run = subprocess.run(
        [sys.executable, str(ROOT / "openapi" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
