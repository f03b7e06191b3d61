"""The 11 operations of Pionex's dual-investment file (issue 19): where the clients reach them, every
documented input and reply field, what goes out, what Pionex's own example replies decode to, the rules
refused before sending, and an investment that is never made twice when its reply is lost.

The facts (paths, permissions, effects, field names, example replies) are carried from Pionex's file
into this test; nothing here reads that file.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

import pionex_wrapper.client
from pionex_wrapper import (
    AsyncPionex,
    DualInvested,
    DualParameterError,
    DualRecord,
    OrderOutcomeError,
    ParameterError,
    Pionex,
    registry,
)
from tests.contract import ERRORS, Contract, answering
from tests.helpers import FAKE_KEY, FAKE_SECRET, SPEC, envelope, resolve

# (operationId, area, name, method, path, permission, effect): Pionex's "View"/"Enable reading" is
# read, its "Earn" earn; its five market reads are public (no permission, no security).
CONTRACT = [
    ("earnDualGetSymbols", "earn.dual", "get_symbols", "GET", "/api/v1/earn/dual/symbols", None, "read"),
    ("earnDualGetOpenProducts", "earn.dual", "get_open_products", "GET", "/api/v1/earn/dual/openProducts", None, "read"),
    ("earnDualGetPrices", "earn.dual", "get_prices", "GET", "/api/v1/earn/dual/prices", None, "read"),
    ("earnDualGetIndex", "earn.dual", "get_index", "GET", "/api/v1/earn/dual/index", None, "read"),
    ("earnDualGetDeliveryPrices", "earn.dual", "get_delivery_prices", "GET", "/api/v1/earn/dual/deliveryPrices", None, "read"),
    ("earnDualGetBalances", "earn.dual", "get_balances", "GET", "/api/v1/earn/dual/balances", "read", "read"),
    ("earnDualInvest", "earn.dual", "invest", "POST", "/api/v1/earn/dual/invest", "earn", "write"),
    ("earnDualRevokeInvest", "earn.dual", "revoke_invest", "DELETE", "/api/v1/earn/dual/invest", "earn", "destructive"),
    ("earnDualGetInvests", "earn.dual", "get_invests", "POST", "/api/v1/earn/dual/invests", "read", "read"),
    ("earnDualGetRecords", "earn.dual", "get_records", "GET", "/api/v1/earn/dual/records", "read", "read"),
    ("earnDualCollect", "earn.dual", "collect", "POST", "/api/v1/earn/dual/collect", "earn", "write"),
]  # fmt: skip
IDS = [row[0] for row in CONTRACT]

# Every input Pionex documents for each operation (query parameters, or body fields), and which of
# them the spec requires.  Pionex requires only `base` to invest; the spec also requires productId
# and profit (nothing can be invested without them) and requires the ids of a lookup by ids.
INPUTS: dict[str, tuple[set[str], set[str]]] = {
    "earnDualGetSymbols": ({"base"}, set()),
    "earnDualGetOpenProducts": ({"base", "quote", "type", "currency"}, {"base", "quote", "type"}),
    "earnDualGetPrices": ({"base", "quote", "productIds"}, {"base", "quote", "productIds"}),
    "earnDualGetIndex": ({"base", "quote"}, {"base", "quote"}),
    "earnDualGetDeliveryPrices": ({"base", "quote", "startTime", "endTime"}, {"base"}),
    "earnDualGetBalances": ({"merge"}, set()),
    "earnDualInvest": (
        {"base", "clientDualId", "productId", "baseAmount", "currencyAmount", "profit"},
        {"base", "productId", "profit"},
    ),
    "earnDualRevokeInvest": ({"base", "productId", "clientDualId"}, {"base", "productId", "clientDualId"}),
    "earnDualGetInvests": ({"base", "clientDualIds"}, {"clientDualIds"}),
    "earnDualGetRecords": (
        {"base", "quote", "currency", "filter", "startTime", "endTime", "limit"},
        {"base", "endTime"},
    ),
    "earnDualCollect": ({"base", "clientDualId", "productId"}, {"base", "clientDualId", "productId"}),
}

RECORD_FIELDS = {
    "clientDualId", "state", "productId", "type", "base", "quote", "currency", "strike", "expireTime",
    "baseAmount", "currencyAmount", "profit", "baseFilled", "currencyFilled", "settlementState",
    "settlementTime", "settlementBase", "settlementCurrency", "deliveryPrice", "createTime", "updateTime",
}  # fmt: skip
# The reply fields Pionex documents, by the schema of each reply and of its items.
REPLY_FIELDS: dict[str, dict[str, set[str]]] = {
    "earnDualGetSymbols": {
        "": {"coins"},
        "coins": {
            "base", "quote", "currency", "basePrecision", "currencyPrecision",
            "baseMin", "currencyMin", "baseMax", "currencyMax",
        },
    },
    "earnDualGetOpenProducts": {
        "": {"products"},
        "products": {"productId", "base", "quote", "currency", "type", "createTime", "expireTime", "strike", "expired"},
    },
    "earnDualGetPrices": {"": {"products"}, "products": {"productId", "canInvest", "profit", "baseSize", "updateTime"}},
    "earnDualGetIndex": {"": {"index", "base", "quote", "updateTime"}},
    "earnDualGetDeliveryPrices": {"": {"prices"}, "prices": {"delivery", "date", "deliveryTime"}},
    "earnDualGetBalances": {"": {"balances"}, "balances": {"base", "coin", "free", "frozen", "updateTime"}},
    "earnDualInvest": {"": {"clientDualId", "state"}},
    "earnDualRevokeInvest": {"": {"clientDualId"}},
    "earnDualGetInvests": {"": {"records"}, "records": RECORD_FIELDS},
    "earnDualGetRecords": {"": {"records"}, "records": RECORD_FIELDS},
    "earnDualCollect": {"": {"clientDualId"}},
}  # fmt: skip

# Decimal fields (format decimal) of each reply schema: amounts, prices, yields.
DECIMALS = {
    "DualCoin": {"baseMin", "currencyMin", "baseMax", "currencyMax"},
    "DualProduct": {"strike"},
    "DualPrice": {"profit", "baseSize"},
    "DualIndex": {"index"},
    "DualDeliveryPrice": {"delivery"},
    "DualBalance": {"free", "frozen"},
    "DualRecord": {
        "strike", "baseAmount", "currencyAmount", "profit", "baseFilled", "currencyFilled", "deliveryPrice",
    },
}  # fmt: skip

PRODUCT = "BTC-USDXO-260402-68000-P-USDT"
ARGS: dict[str, dict[str, Any]] = {
    "earnDualGetSymbols": {"base": "BTC"},
    "earnDualGetOpenProducts": {"base": "BTC", "quote": "USDXO", "currency": "USDT", "type": "DUAL_BASE"},
    "earnDualGetPrices": {
        "base": "LRC",
        "quote": "USDT",
        "product_ids": "LRC-USDT-260410-0.03-C-USDT,LRC-USDT-260410-0.02-C-USDT",
    },
    "earnDualGetIndex": {"base": "BTC", "quote": "USDXO"},
    "earnDualGetDeliveryPrices": {"base": "BTC", "quote": "USDXO", "start_time": 1774944000000, "end_time": 1775030400000},
    "earnDualGetBalances": {"merge": False},
    "earnDualInvest": {
        "base": "BTC", "product_id": PRODUCT, "client_dual_id": "my-order-001", "currency_amount": "100", "profit": "0.0039",
    },
    "earnDualRevokeInvest": {"base": "BTC", "product_id": PRODUCT, "client_dual_id": "my-order-001"},
    "earnDualGetInvests": {"base": "BTC", "client_dual_ids": ["my-order-001", "my-order-002"]},
    "earnDualGetRecords": {"base": "BTC", "quote": "USDXO", "limit": 10, "end_time": 1775027817297},
    "earnDualCollect": {"base": "BTC", "client_dual_id": "my-order-001", "product_id": PRODUCT},
}  # fmt: skip

# A settled record with every field Pionex documents (its file gives no example reply for these two
# operations; the values are its schema's examples).
SETTLED = {
    "clientDualId": "my-order-001",
    "state": "SETTLED",
    "productId": "BTC-USDT-260402-70000-C-USDT",
    "type": "DUAL_BASE",
    "base": "BTC",
    "quote": "USDT",
    "currency": "USDT",
    "strike": "70000",
    "expireTime": 1775160000000,
    "baseAmount": "0.01",
    "currencyAmount": "100",
    "profit": "0.0215",
    "baseFilled": "0.01",
    "currencyFilled": "100",
    "settlementState": "SETTLED",
    "settlementTime": 1775160000000,
    "settlementBase": "USDT",
    "settlementCurrency": "USDT",
    "deliveryPrice": "71200.00",
    "createTime": 1774959429596,
    "updateTime": 1775160000000,
}
# Pionex's example replies (the prices one has a product that can be invested in and one that cannot).
SAMPLES: dict[str, Any] = {
    "earnDualGetSymbols": {
        "coins": [
            {
                "base": "BTC", "quote": "USDT", "currency": "USDT", "basePrecision": 8, "currencyPrecision": 8,
                "baseMin": "0.00001", "currencyMin": "1", "baseMax": "80", "currencyMax": "2000000",
            }
        ]
    },
    "earnDualGetOpenProducts": {
        "products": [
            {
                "productId": "BTC-USDXO-260401-69000-C-USDT", "base": "BTC", "quote": "USDXO", "currency": "USDT",
                "type": "DUAL_BASE", "createTime": 1774686600000, "expireTime": 1775030400000, "strike": "69000",
                "expired": False,
            }
        ]
    },
    "earnDualGetPrices": {
        "products": [
            {"productId": "LRC-USDT-260410-0.02-C-USDT", "canInvest": True, "profit": "0.01242", "baseSize": "8000000", "updateTime": 1775026225630},
            {"productId": "LRC-USDT-260410-0.03-C-USDT", "canInvest": False, "profit": "0", "baseSize": "", "updateTime": 0},
        ]
    },
    "earnDualGetIndex": {"index": "69142.6", "base": "BTC", "quote": "USDXO", "updateTime": 1775025942486},
    "earnDualGetDeliveryPrices": {"prices": [{"delivery": "69142.6", "date": "2026-04-01", "deliveryTime": 1775030400000}]},
    "earnDualGetBalances": {
        "balances": [{"base": "BTC", "coin": "USDT", "free": "100.00", "frozen": "50.00", "updateTime": 1774959429596}]
    },
    "earnDualInvest": {"clientDualId": "my-order-001", "state": "CONFIRMED"},
    "earnDualRevokeInvest": {"clientDualId": "my-order-001"},
    "earnDualGetInvests": {"records": [SETTLED]},
    "earnDualGetRecords": {"records": [SETTLED]},
    "earnDualCollect": {"clientDualId": "my-order-001"},
}  # fmt: skip


def without_blanks(value: Any) -> Any:
    """A sample as the client reads it: an empty string where a number belongs is not given."""
    if isinstance(value, dict):
        return {k: without_blanks(v) for k, v in value.items() if v != ""}
    if isinstance(value, list):
        return [without_blanks(v) for v in value]
    return value


CHECKS = Contract(CONTRACT, ARGS, SAMPLES, as_read=without_blanks)
row, method_of = CHECKS.row, CHECKS.method_of
raw_operation, reply_schema = CHECKS.raw_operation, CHECKS.reply_schema


# -- the contract ------------------------------------------------------------------------------------


def test_the_registry_holds_the_11_dual_operations_of_the_contract() -> None:
    CHECKS.check_registry(lambda op: op.area == "earn.dual")
    assert len(IDS) == 11
    for operation_id, *_, permission, _ in CONTRACT:
        raw = raw_operation(operation_id)
        assert raw["tags"] == ["Dual Investment"] and bool(raw.get("security")) == (permission is not None)
    tags = {t["name"]: t.get("x-pionex-area") for t in SPEC["tags"]}
    assert tags["Dual Investment"] == "earn.dual"


def test_the_get_invests_read_sent_as_post_is_retried_like_a_read() -> None:
    calls: list[str] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            return httpx.Response(503, text="busy")
        return httpx.Response(200, json=envelope(SAMPLES["earnDualGetInvests"]))

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(flaky), max_retries=1) as client:
        found = client.earn.dual.get_invests(client_dual_ids=["my-order-001"])
    assert calls == ["POST", "POST"] and found.records[0].client_dual_id == "my-order-001"


@pytest.mark.parametrize("operation_id", IDS)
def test_every_documented_input_is_there(operation_id: str) -> None:
    raw = raw_operation(operation_id)
    documented, required = INPUTS[operation_id]
    if "requestBody" in raw:
        body = resolve(raw["requestBody"]["content"]["application/json"]["schema"])
        assert set(body["properties"]) == documented and set(body.get("required", [])) == required
        assert not raw.get("parameters")
    else:
        params = {p["name"]: p for p in raw.get("parameters", [])}
        assert set(params) == documented
        assert {name for name, p in params.items() if p.get("required")} == required
    op = registry.operation(operation_id)
    assert {p.wire for p in op.params} == documented
    assert {p.wire for p in op.params if p.required} == required


@pytest.mark.parametrize("operation_id", IDS)
def test_every_documented_reply_field_is_there(operation_id: str) -> None:
    schema = reply_schema(operation_id)
    for where, fields in REPLY_FIELDS[operation_id].items():
        target = schema if not where else resolve(schema["properties"][where]["items"])
        assert set(target["properties"]) == fields, (operation_id, where)


def test_amounts_are_decimals_and_the_sides_an_enum() -> None:
    schemas = SPEC["components"]["schemas"]
    for name, decimals in DECIMALS.items():
        props = schemas[name]["properties"]
        assert {wire for wire, p in props.items() if resolve(p).get("format") == "decimal"} == decimals, name
    for name in ("DualProduct", "DualRecord"):
        side = schemas[name]["properties"]["type"]
        assert (side["enum"], side["x-pionex-enum"]) == (["DUAL_BASE", "DUAL_CURRENCY"], "DualType")
    for name in ("DualRecord",):  # Pionex's states are open strings
        assert "enum" not in schemas[name]["properties"]["state"]
        assert "enum" not in schemas[name]["properties"]["settlementState"]
    quote = registry.operation("earnDualGetOpenProducts").params
    assert next(p for p in quote if p.wire == "quote").enum == ("USDT", "USDC", "USDXO")
    assert next(p for p in quote if p.wire == "type").enum == ("DUAL_BASE", "DUAL_CURRENCY")
    invest = {p.wire: p for p in registry.operation("earnDualInvest").params}
    assert {w for w, p in invest.items() if p.kind == "decimal"} == {"baseAmount", "currencyAmount", "profit"}
    times = {p.wire for p in registry.operation("earnDualGetRecords").params if p.kind == "time"}
    assert times == {"startTime", "endTime"}


# -- reachable, sync and async, replies decoded ------------------------------------------------------


test_reachable_sync_with_its_reply_decoded = CHECKS.reachable_sync_test()
test_reachable_async_with_its_reply_decoded = CHECKS.reachable_async_test()
test_each_sample_fills_every_field_of_its_reply = CHECKS.sample_fills_test()


def test_a_product_that_cannot_be_invested_in_decodes_with_its_blanks_absent() -> None:
    """Pionex sends `profit` and `baseSize` empty (or `profit` 0) and `updateTime` 0 for such a product."""
    blank = {
        "productId": "LRC-USDT-260410-0.03-C-USDT",
        "canInvest": False,
        "profit": "",
        "baseSize": "",
        "updateTime": 0,
    }
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering({"products": [blank]})) as client:
        (price,) = client.earn.dual.get_prices(**ARGS["earnDualGetPrices"]).products
    assert (price.can_invest, price.profit, price.base_size, price.update_time) == (False, None, None, 0)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering(SAMPLES["earnDualGetPrices"])) as client:
        open_, closed = client.earn.dual.get_prices(**ARGS["earnDualGetPrices"]).products
    assert (open_.profit, open_.base_size) == (Decimal("0.01242"), Decimal(8000000))
    assert (closed.profit, closed.base_size, closed.update_time) == (Decimal(0), None, 0)


def test_the_decoded_record_reads_as_a_settled_dual_investment() -> None:
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering(SAMPLES["earnDualGetRecords"])) as client:
        (record,) = client.earn.dual.get_records(base="BTC", end_time=1775027817297).records
    assert isinstance(record, DualRecord)
    assert (record.type, record.state, record.settlement_base) == ("DUAL_BASE", "SETTLED", "USDT")
    assert record.delivery_price == Decimal("71200.00") and str(record.delivery_price) == "71200.00"
    assert (record.strike, record.currency_amount, record.expire_time) == (Decimal(70000), Decimal(100), 1775160000000)
    # an unknown side or state arrives as its string (tolerant decoding)
    odd = {**SETTLED, "type": "DUAL_SOMETHING", "state": "MATCHING"}
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering({"records": [odd]})) as client:
        (record,) = client.earn.dual.get_invests(client_dual_ids=["my-order-001"]).records
    assert (record.type, record.state) == ("DUAL_SOMETHING", "MATCHING")


# -- what goes out -----------------------------------------------------------------------------------


def recorded(calls: Callable[[Pionex], None], data: Any = None) -> list[httpx.Request]:
    sent: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=envelope(data if data is not None else {"clientDualId": "x"}))

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply)) as client:
        calls(client)
    return sent


def test_the_yield_is_passed_back_exactly_as_read() -> None:
    """`profit` read from the prices reply as a Decimal goes out with the same digits (0.01240, not
    0.0124), and Pionex's example investment goes out as its example body."""
    prices = {
        "products": [
            {"productId": PRODUCT, "canInvest": True, "profit": "0.01240", "baseSize": "0.001", "updateTime": 1}
        ]
    }
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering(prices)) as client:
        (price,) = client.earn.dual.get_prices(base="BTC", quote="USDXO", product_ids=PRODUCT).products
    assert price.profit is not None

    def invest(client: Pionex) -> None:
        client.earn.dual.invest(base="BTC", product_id=PRODUCT, profit=price.profit, currency_amount=Decimal(100))
        client.earn.dual.invest(**ARGS["earnDualInvest"])

    first, second = recorded(invest, SAMPLES["earnDualInvest"])
    body = json.loads(first.content)
    assert body["profit"] == "0.01240" and body["currencyAmount"] == "100" and "baseAmount" not in body
    assert body["clientDualId"].startswith("pxsdk-")  # always sent: generated when not given
    assert json.loads(second.content) == {
        "base": "BTC", "productId": PRODUCT, "clientDualId": "my-order-001", "currencyAmount": "100", "profit": "0.0039",
    }  # fmt: skip


def test_what_goes_out_under_pionex_names() -> None:
    def calls(client: Pionex) -> None:
        client.earn.dual.revoke_invest(base="BTC", product_id=PRODUCT, client_dual_id="my-order-001")
        client.earn.dual.get_invests(base="BTC", client_dual_ids=["my-order-001", "my-order-002"])
        client.earn.dual.collect(base="BTC", client_dual_id="my-order-001", product_id=PRODUCT)
        client.earn.dual.get_prices(**ARGS["earnDualGetPrices"])
        client.earn.dual.get_records(
            base="BTC", quote="USDXO", limit=10, end_time=1775027817297, filter="SETTLED,REVOKED"
        )
        client.earn.dual.get_balances(merge=True)

    revoke, invests, collect, prices, records, balances = recorded(calls)
    assert (revoke.method, revoke.url.path) == ("DELETE", "/api/v1/earn/dual/invest")
    assert json.loads(revoke.content) == {"base": "BTC", "productId": PRODUCT, "clientDualId": "my-order-001"}
    assert "productId" not in revoke.url.params  # in the body, not the query
    assert json.loads(invests.content) == {"base": "BTC", "clientDualIds": ["my-order-001", "my-order-002"]}
    assert json.loads(collect.content) == {"base": "BTC", "clientDualId": "my-order-001", "productId": PRODUCT}
    assert prices.url.params["productIds"] == "LRC-USDT-260410-0.03-C-USDT,LRC-USDT-260410-0.02-C-USDT"
    assert "PIONEX-KEY" not in prices.headers and "timestamp" not in prices.url.params
    assert dict(records.url.params) | {"timestamp": "-"} == {
        "base": "BTC", "quote": "USDXO", "limit": "10", "endTime": "1775027817297", "filter": "SETTLED,REVOKED", "timestamp": "-",
    }  # fmt: skip
    assert balances.url.params["merge"] == "true"


# -- refused before sending ------------------------------------------------------------------------------

INVEST = {"base": "BTC", "product_id": PRODUCT, "profit": "0.0039"}
REFUSED = [
    ("earnDualInvest", {**INVEST, "base_amount": "0.01", "currency_amount": "100"}, "currency_amount", "must not be given when base_amount is given"),
    ("earnDualInvest", INVEST, "currency_amount", "is required when base_amount is not given"),
    ("earnDualInvest", {**INVEST, "profit": None, "base_amount": "0.01"}, "profit", "is required"),
    ("earnDualInvest", {**INVEST, "product_id": None, "base_amount": "0.01"}, "product_id", "is required"),
    ("earnDualInvest", {**INVEST, "profit": "2.15%", "base_amount": "0.01"}, "profit", "plain notation"),
    ("earnDualInvest", {**INVEST, "currency_amount": 100.0}, "currency_amount", "floats are inexact"),
    ("earnDualInvest", {**INVEST, "currency_amount": "0"}, "currency_amount", "greater than zero"),
    ("earnDualInvest", {**INVEST, "currency_amount": "1", "product_id": "BTC_USDT_PERP_TOO"}, "product_id", "must match"),
    ("earnDualInvest", {**INVEST, "currency_amount": "1", "product_id": "BTC-USDXO-260402-68000-X-USDT"}, "product_id", "must match"),
    ("earnDualInvest", {**INVEST, "currency_amount": "1", "client_dual_id": "my order"}, "client_dual_id", "must not contain"),
    ("earnDualInvest", {**INVEST, "currency_amount": "1", "client_dual_id": "a" * 65}, "client_dual_id", "at most 64"),
    ("earnDualInvest", {**INVEST, "currency_amount": "1", "base": "btc"}, "base", "must match"),
    ("earnDualGetPrices", {"base": "ETH", "quote": "USDXO", "product_ids": f"{PRODUCT}, {PRODUCT}"}, "product_ids", "must not contain"),
    ("earnDualGetPrices", {"base": "ETH", "quote": "USDXO", "product_ids": f"{PRODUCT};{PRODUCT}"}, "product_ids", "must match"),
    ("earnDualGetPrices", {"base": "ETH", "quote": "USDXO", "product_ids": None}, "product_ids", "is required"),
    ("earnDualGetPrices", {"base": "ETH", "quote": "BTC", "product_ids": PRODUCT}, "quote", "must be one of"),
    ("earnDualGetIndex", {"base": "BTC", "quote": None}, "quote", "is required"),
    ("earnDualGetOpenProducts", {"base": "BTC", "quote": "USDXO", "type": "CALL"}, "type", "must be one of"),
    ("earnDualGetDeliveryPrices", {"base": "BTC", "start_time": 1775030400001, "end_time": 1775030400000}, "start_time", "is after end_time"),
    ("earnDualGetRecords", {"base": "BTC", "end_time": None}, "end_time", "is required"),
    ("earnDualGetRecords", {"base": "BTC", "end_time": 2, "start_time": 3}, "start_time", "is after end_time"),
    ("earnDualGetRecords", {"base": "BTC", "end_time": 2, "limit": 101}, "limit", "at most 100"),
    ("earnDualGetRecords", {"base": "BTC", "end_time": 2, "filter": "A B"}, "filter", "must not contain"),
    ("earnDualGetRecords", {"base": "BTC", "end_time": 2, "filter": "SETTLED,"}, "filter", "must match"),
    ("earnDualGetRecords", {"base": "BTC", "end_time": 2, "filter": "SETTLED;REVOKED"}, "filter", "must match"),
    ("earnDualGetInvests", {"client_dual_ids": []}, "client_dual_ids", "at least 1"),
    ("earnDualGetInvests", {"client_dual_ids": "my-order-001"}, "client_dual_ids", "must be a list"),
    ("earnDualGetInvests", {"client_dual_ids": ["ok-1", "not ok"]}, "client_dual_ids[1]", "must not contain"),
    ("earnDualGetInvests", {"client_dual_ids": ["ok-1", ""]}, "client_dual_ids[1]", "must not be empty"),
    ("earnDualGetInvests", {"client_dual_ids": ["ok-1", 7]}, "client_dual_ids[1]", "must be a str"),
    ("earnDualRevokeInvest", {"base": "BTC", "product_id": PRODUCT, "client_dual_id": None}, "client_dual_id", "is required"),
    ("earnDualCollect", {"base": "BTC", "client_dual_id": "x", "product_id": None}, "product_id", "is required"),
]  # fmt: skip


test_bad_inputs_are_refused_before_sending = CHECKS.refused_test(REFUSED)


def test_the_rule_between_the_amounts_is_data_for_every_way_in() -> None:
    op = registry.operation("earnDualInvest")
    rules = {(rule.condition(), rule.require, rule.forbid) for rule in op.requires}
    assert rules == {
        ("base_amount is given", (), ("currency_amount",)),
        ("base_amount is not given", ("currency_amount",), ()),
    }
    # and either amount alone is taken
    for amount in ({"base_amount": "0.01"}, {"currency_amount": "100"}):
        sent = recorded(lambda client, a=amount: client.earn.dual.invest(**INVEST, **a))
        assert len(sent) == 1


def test_dual_parameter_error_is_raised_for_the_files_code() -> None:
    assert issubclass(DualParameterError, ParameterError)
    assert ERRORS["DUAL_PARAMETER_ERROR"]["class"] == "DualParameterError"
    for operation_id in IDS:  # every dual operation may answer with it, the public reads included
        errors = registry.operation(operation_id).errors
        assert "DUAL_PARAMETER_ERROR" in errors and ("PERMISSION_DENIED" in errors) == (
            row(operation_id)[5] is not None
        )
    assert "DUAL_PARAMETER_ERROR" not in registry.operation("getTickers").errors  # not other areas' public reads
    calls: list[str] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        refusal = {"result": False, "code": "DUAL_PARAMETER_ERROR", "message": "invalid base quote", "timestamp": 1}
        return httpx.Response(400, json=refusal)

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(refuse)) as client:
        with pytest.raises(DualParameterError) as caught:
            client.earn.dual.get_index(base="BTC", quote="USDT")
        assert "invalid base quote" in str(caught.value)
        with pytest.raises(DualParameterError):  # a refused investment is not looked up or sent again
            client.earn.dual.invest(**INVEST, currency_amount="100")
    assert calls == ["/api/v1/earn/dual/index", "/api/v1/earn/dual/invest"]


# -- an investment is never made twice -----------------------------------------------------------------


class Exchange:
    """A stand-in for Pionex's dual investment: keeps investments by client id, loses the replies it
    is told to (after investing, or before), and answers the lookup by ids with the records it has."""

    def __init__(self, lose_after: int = 0, lose_before: int = 0, lookup_fails: bool = False) -> None:
        self.invested: dict[str, dict[str, Any]] = {}
        self.lose_after, self.lose_before, self.lookup_fails = lose_after, lose_before, lookup_fails
        self.sent: list[tuple[str, str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.sent.append((request.method, request.url.path, body))
        if request.url.path == "/api/v1/earn/dual/invests":
            if self.lookup_fails:
                return httpx.Response(503, text="<html>busy</html>")
            found = [self.invested[key] for key in body["clientDualIds"] if key in self.invested]
            return httpx.Response(200, json=envelope({"records": found}))
        assert request.url.path == "/api/v1/earn/dual/invest"
        if self.lose_before:
            self.lose_before -= 1
            return httpx.Response(502, text="bad gateway")
        key = body["clientDualId"]
        record = {**SETTLED, "clientDualId": key, "state": "CONFIRMED", "productId": body["productId"]}
        self.invested.setdefault(key, record)
        if self.lose_after:
            self.lose_after -= 1
            return httpx.Response(503, text="<html>busy</html>")
        return httpx.Response(200, json=envelope({"clientDualId": key, "state": "CONFIRMED"}))


@pytest.fixture
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pionex_wrapper.client.time, "sleep", lambda seconds: None)
    monkeypatch.setattr(pionex_wrapper.retry.RetryPolicy, "delay", lambda self, retry, error, rng=None: 0.0)


def paths(exchange: Exchange) -> list[str]:
    return [path.rsplit("/", 1)[1] for _, path, _ in exchange.sent]


@pytest.mark.usefixtures("no_waiting")
def test_a_reply_lost_after_investing_returns_that_investment() -> None:
    exchange = Exchange(lose_after=1)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(exchange)) as client:
        placed = client.earn.dual.invest(**INVEST, currency_amount="100", client_dual_id="lost-after-1")
    assert isinstance(placed, DualInvested) and (placed.client_dual_id, placed.state) == ("lost-after-1", "CONFIRMED")
    assert paths(exchange) == ["invest", "invests"] and list(exchange.invested) == ["lost-after-1"]
    lookup = exchange.sent[1][2]
    assert lookup == {"base": "BTC", "clientDualIds": ["lost-after-1"]}  # the id as a list of one, base carried


@pytest.mark.usefixtures("no_waiting")
def test_an_investment_that_never_arrived_is_made_again_once() -> None:
    exchange = Exchange(lose_before=1)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(exchange)) as client:
        placed = client.earn.dual.invest(**INVEST, base_amount="0.01")
    key = placed.client_dual_id
    assert key is not None and key.startswith("pxsdk-")
    assert paths(exchange) == ["invest", "invests", "invest"] and list(exchange.invested) == [key]
    assert exchange.sent[0][2]["clientDualId"] == exchange.sent[2][2]["clientDualId"] == key  # the same id again


@pytest.mark.usefixtures("no_waiting")
def test_a_lookup_that_finds_only_other_investments_is_not_taken_for_this_one() -> None:
    exchange = Exchange(lose_before=1)
    exchange.invested["someone-else"] = {**SETTLED, "clientDualId": "someone-else"}
    original = exchange.__call__

    def answer_with_others(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/invests"):  # a server that ignores the ids asked for
            exchange.sent.append((request.method, request.url.path, json.loads(request.content)))
            return httpx.Response(200, json=envelope({"records": [exchange.invested["someone-else"]]}))
        return original(request)

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(answer_with_others)) as client:
        placed = client.earn.dual.invest(**INVEST, base_amount="0.01", client_dual_id="mine-1")
    assert placed.client_dual_id == "mine-1" and paths(exchange) == ["invest", "invests", "invest"]


@pytest.mark.usefixtures("no_waiting")
def test_when_the_lookup_fails_too_the_error_says_the_investment_may_exist() -> None:
    exchange = Exchange(lose_after=1, lookup_fails=True)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(exchange)) as client:
        with pytest.raises(OrderOutcomeError) as caught:
            client.earn.dual.invest(**INVEST, currency_amount="100", client_dual_id="unknown-fate-1")
    assert caught.value.may_exist is True and caught.value.client_order_id == "unknown-fate-1"
    assert list(exchange.invested) == ["unknown-fate-1"]  # it was made: the caller was told it may be


@pytest.mark.usefixtures("no_waiting")
def test_when_every_attempt_is_lost_before_arriving_the_error_says_it_was_not_made() -> None:
    exchange = Exchange(lose_before=10)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(exchange), max_retries=1) as client:
        with pytest.raises(OrderOutcomeError) as caught:
            client.earn.dual.invest(**INVEST, currency_amount="100", client_dual_id="never-1")
    assert caught.value.may_exist is False and exchange.invested == {}
    assert paths(exchange) == ["invest", "invests", "invest", "invests"]


def test_the_async_client_reconciles_the_same_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pionex_wrapper.retry.RetryPolicy, "delay", lambda self, retry, error, rng=None: 0.0)
    exchange = Exchange(lose_after=1)

    async def main() -> DualInvested:
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(exchange)) as client:
            return await client.earn.dual.invest(**INVEST, base_amount="0.01", client_dual_id="async-1")

    placed = asyncio.run(main())
    assert (placed.client_dual_id, placed.state) == ("async-1", "CONFIRMED") and paths(exchange) == [
        "invest",
        "invests",
    ]


# -- every page of the history ---------------------------------------------------------------------------


def test_the_history_is_read_page_after_page_back_in_time() -> None:
    """Records paged by creation time, newest first, `endTime` inclusive: 250 investments in pages of
    100, each once, in order, whatever the page edges."""
    made = [{**SETTLED, "clientDualId": f"inv-{i}", "createTime": 1_000_000 + i // 2} for i in range(250)]
    asked: list[dict[str, str]] = []

    def history(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        asked.append(params)
        end = int(params["endTime"])
        matching = [r for r in made if r["createTime"] <= end]
        page = sorted(matching, key=lambda r: -r["createTime"])[: int(params["limit"])]
        return httpx.Response(200, json=envelope({"records": page}))

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(history)) as client:
        read = list(client.paginate("earnDualGetRecords", base="BTC", end_time=2_000_000))
    assert sorted(r.client_dual_id for r in read) == sorted(r["clientDualId"] for r in made)
    times = [r.create_time for r in read]
    assert times == sorted(times, reverse=True) and len(asked) == 3
    assert all(a["limit"] == "100" and a["base"] == "BTC" for a in asked)
    op = registry.operation("earnDualGetRecords")
    assert op.paging is not None and (op.paging.by, op.paging.size, op.paging.time) == ("time", 100, "create_time")
