"""What must never reach the wire: combinations the spec rules out, refused before sending.

Each case here was sent by the client before issue 17 (a hostile-input generator over every
operation found them): futures order types without the inputs they need, a perpetual pair on a
spot operation and the other way round, a transfer from an account to itself, a time window that
ends before it starts, a leverage outside the spec's range, and money with more decimal places than
the API takes.  Each must raise an :class:`InvalidParameterError` naming the input, with nothing
sent, from the sync and the async client.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from pionex_sandbox import create_app
from pionex_wrapper import OPERATIONS, AsyncPionex, InvalidParameterError, MarketRules, Operation, PairRules, Pionex
from pionex_wrapper.operation import Relation
from pionex_wrapper.params import normalize
from pionex_wrapper.record import replace
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, envelope, valid_arguments
from tests.sandbox.sandbox_support import Api, Clock, open_api

PERP = "BTC_USDT_PERP"
SPOT = "BTC_USDT"
ROOT = Path(__file__).parents[1]


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=envelope({"orderId": 1}))


def refused_sync(call: Any, parameter: str, problem: str, **client_options: Any) -> str:
    recorder = Recorder(answer)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync(), **client_options) as client:
        with pytest.raises(InvalidParameterError) as caught:
            call(client)
    assert recorder.requests == [], f"sent: {[r.content or r.url.query for r in recorder.requests]}"
    assert caught.value.parameter == parameter, caught.value
    assert problem in str(caught.value), caught.value
    return str(caught.value)


def refused_async(call: Any, parameter: str, problem: str, **client_options: Any) -> str:
    recorder = Recorder(answer)

    async def run() -> InvalidParameterError:
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=recorder.asynchronous(), **client_options) as client:
            with pytest.raises(InvalidParameterError) as caught:
                await call(client)
            return caught.value

    error = asyncio.run(run())
    assert recorder.requests == [], f"sent: {[r.content or r.url.query for r in recorder.requests]}"
    assert error.parameter == parameter, error
    assert problem in str(error), error
    return str(error)


def sent_sync(call: Any, **client_options: Any) -> httpx.Request:
    recorder = Recorder(answer)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync(), **client_options) as client:
        call(client)
    assert len(recorder.requests) == 1
    return recorder.requests[0]


def body(request: httpx.Request) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(request.content)
    return loaded


# -- 1. futures order types ---------------------------------------------------------------------

FUTURES_MISSING = [
    ({"type": "MARKET_QTY"}, "size", "is required when type=MARKET_QTY"),
    ({"type": "MARKET_QTY", "size": "0.01", "price": "30000"}, "price", "must not be given when type=MARKET_QTY"),
    ({"type": "IOC"}, "size", "is required when type=IOC"),
    ({"type": "IOC", "size": "0.01"}, "price", "is required when type=IOC"),
    ({"type": "FOK", "size": "0.01"}, "price", "is required when type=FOK"),
    ({"type": "FOK", "price": "30000"}, "size", "is required when type=FOK"),
    ({"type": "POSTONLY", "size": "0.01"}, "price", "is required when type=POSTONLY"),
    ({"type": "POSTONLY", "price": "30000"}, "size", "is required when type=POSTONLY"),
    ({"type": "LIMIT", "size": "0.01"}, "price", "is required when type=LIMIT"),
]


@pytest.mark.parametrize(("order", "parameter", "problem"), FUTURES_MISSING)
def test_futures_order_types_need_their_inputs(order: dict[str, Any], parameter: str, problem: str) -> None:
    refused_sync(lambda c: c.futures.trade.place_order(symbol=PERP, side="BUY", **order), parameter, problem)


@pytest.mark.parametrize(("order", "parameter", "problem"), FUTURES_MISSING)
def test_futures_order_types_need_their_inputs_async(order: dict[str, Any], parameter: str, problem: str) -> None:
    refused_async(lambda c: c.futures.trade.place_order(symbol=PERP, side="BUY", **order), parameter, problem)


@pytest.mark.parametrize(
    "order",
    [
        {"type": "MARKET_QTY", "size": "0.01"},
        {"type": "LIMIT", "size": "0.01", "price": "30000"},
        {"type": "IOC", "size": "0.01", "price": "30000"},
        {"type": "FOK", "size": "0.01", "price": "30000"},
        {"type": "POSTONLY", "size": "0.01", "price": "30000"},
    ],
)
def test_complete_futures_orders_are_sent(order: dict[str, Any]) -> None:
    request = sent_sync(lambda c: c.futures.trade.place_order(symbol=PERP, side="SELL", **order))
    sent = body(request)
    assert sent.pop("clientOrderId").startswith("pxsdk-")
    assert sent == {"symbol": PERP, "side": "SELL", "reduceOnly": False, **order}


# -- 2. markets -----------------------------------------------------------------------------------

MISMATCHES = [
    (lambda c: c.trade.new_order(symbol=PERP, side="BUY", type="MARKET", amount="10"), "perpetual"),
    (lambda c: c.trade.get_open_orders(symbol=PERP), "perpetual"),
    (lambda c: c.trade.cancel_all_orders(symbol=PERP), "perpetual"),
    (lambda c: c.futures.trade.place_order(symbol=SPOT, side="BUY", type="MARKET_QTY", size="1"), "spot"),
    (lambda c: c.futures.trade.cancel_all_orders(symbol=SPOT), "spot"),
    (lambda c: c.futures.account.update_leverage(symbol=SPOT, leverage="10"), "spot"),
    (lambda c: c.futures.market.get_funding_rates(symbol=SPOT), "spot"),
]
ASYNC_MISMATCHES = [
    (lambda c: c.trade.new_order(symbol=PERP, side="BUY", type="MARKET", amount="10"), "perpetual"),
    (lambda c: c.futures.trade.place_order(symbol=SPOT, side="BUY", type="MARKET_QTY", size="1"), "spot"),
]


@pytest.mark.parametrize(("call", "market"), MISMATCHES)
def test_a_pair_of_the_other_market_is_refused(call: Any, market: str) -> None:
    message = refused_sync(call, "symbol", f"is a {market} pair")
    assert ("BTC_USDT_PERP" if market == "perpetual" else "'BTC_USDT'") in message


@pytest.mark.parametrize(("call", "market"), ASYNC_MISMATCHES)
def test_a_pair_of_the_other_market_is_refused_async(call: Any, market: str) -> None:
    refused_async(call, "symbol", f"is a {market} pair")


@pytest.mark.parametrize("symbol", [SPOT, PERP])
@pytest.mark.parametrize(
    "call",
    [
        lambda c, s: c.market.get_market_depth(symbol=s),
        lambda c, s: c.market.get_market_trades(symbol=s),
        lambda c, s: c.market.get_tickers(symbol=s),
        lambda c, s: c.market.get_book_tickers(symbol=s),
        lambda c, s: c.market.get_klines(symbol=s, interval="1M"),
        lambda c, s: c.futures.market.get_book_ticker(symbol=s),
    ],
)
def test_market_data_of_both_markets_is_sent(call: Any, symbol: str) -> None:
    request = sent_sync(lambda c: call(c, symbol))
    assert request.url.params["symbol"] == symbol


# -- 3. a transfer between one account and itself -------------------------------------------------


@pytest.mark.parametrize("account", ["MAIN", "TRADE"])
def test_a_transfer_to_the_same_account_is_refused(account: str) -> None:
    def call(c: Any) -> Any:
        return c.futures.transfer.create_transfer(from_account=account, to_account=account, currency="USDT", amount="5")

    message = refused_sync(call, "to_account", "must differ from from_account")
    assert account in message
    refused_async(call, "to_account", "must differ from from_account")


def test_a_transfer_between_two_accounts_is_sent() -> None:
    request = sent_sync(
        lambda c: c.futures.transfer.create_transfer(
            from_account="MAIN", to_account="TRADE", currency="USDT", amount="5"
        )
    )
    assert body(request)["toAccount"] == "TRADE"


# -- 4. a time window that ends before it starts ----------------------------------------------------

LATE = datetime(2026, 1, 2, tzinfo=UTC)
EARLY = datetime(2026, 1, 1, tzinfo=UTC)
WINDOWS = [
    lambda c, a, b: c.trade.get_all_orders(symbol=SPOT, start_time=a, end_time=b),
    lambda c, a, b: c.trade.get_fills(symbol=SPOT, start_time=a, end_time=b),
    lambda c, a, b: c.futures.account.get_history_positions(start_time=a, end_time=b),
    lambda c, a, b: c.futures.trade.get_history_orders(start_time=a, end_time=b),
    lambda c, a, b: c.futures.trade.get_fills(symbol=PERP, start_time=a, end_time=b),
    lambda c, a, b: c.futures.trade.get_funding_fees(start_time=a, end_time=b),
    lambda c, a, b: c.earn.dual.get_delivery_prices(base="BTC", start_time=a, end_time=b),
    lambda c, a, b: c.earn.dual.get_records(base="BTC", start_time=a, end_time=b),
]


@pytest.mark.parametrize("call", WINDOWS)
@pytest.mark.parametrize(
    ("start", "end"),
    [(1_700_000_000_001, 1_700_000_000_000), (LATE, EARLY), (2**63 - 1, 1), (10**15, 10**15 - 1)],  # past year 9999 too
)
def test_a_start_after_the_end_is_refused(call: Any, start: Any, end: Any) -> None:
    refused_sync(lambda c: call(c, start, end), "start_time", "after end_time")
    refused_async(lambda c: call(c, start, end), "start_time", "after end_time")


def test_a_pager_refuses_a_start_after_the_end_before_its_first_request() -> None:
    def call(c: Any) -> Any:
        return list(c.paginate("getFills", {"symbol": SPOT}, start_time=LATE, end_time=EARLY))

    refused_sync(call, "start_time", "after end_time")


@pytest.mark.parametrize("call", WINDOWS)
def test_a_window_of_one_millisecond_and_more_is_sent(call: Any) -> None:
    sent_sync(lambda c: call(c, 1_700_000_000_000, 1_700_000_000_000))
    sent_sync(lambda c: call(c, EARLY, LATE))


# -- 5. leverage --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("leverage", "problem"),
    [
        ("0.5", "whole number"),
        (Decimal("1.5"), "whole number"),
        ("1000", "at most 100"),
        (101, "at most 100"),
        (Decimal("1E+3"), "at most 100"),
        (0, "greater than zero"),
    ],
)
def test_a_leverage_outside_the_specs_range_is_refused(leverage: Any, problem: str) -> None:
    def call(c: Any) -> Any:
        return c.futures.account.update_leverage(symbol=PERP, leverage=leverage)

    refused_sync(call, "leverage", problem)
    refused_async(call, "leverage", problem)


@pytest.mark.parametrize(("leverage", "wire"), [(1, "1"), ("10", "10"), (Decimal(100), "100"), ("1.0", "1")])
def test_a_leverage_in_range_is_sent(leverage: Any, wire: str) -> None:
    request = sent_sync(lambda c: c.futures.account.update_leverage(symbol=PERP, leverage=leverage))
    assert body(request)["leverage"] == wire


# -- 6. money beyond the API's decimals -----------------------------------------------------------------


@pytest.mark.parametrize("value", [Decimal("1E-30"), "0." + "0" * 29 + "1", Decimal("1.0000000000000001")])
@pytest.mark.parametrize(
    ("call", "parameter"),
    [
        (lambda c, v: c.trade.new_order(symbol=SPOT, side="SELL", type="LIMIT", size=v, price="30000"), "size"),
        (lambda c, v: c.trade.new_order(symbol=SPOT, side="BUY", type="MARKET", amount=v), "amount"),
        (lambda c, v: c.futures.trade.place_order(symbol=PERP, side="BUY", type="LIMIT", size="1", price=v), "price"),
        (lambda c, v: c.futures.transfer.create_transfer(from_account="MAIN", to_account="TRADE", currency="USDT", amount=v),
         "amount"),
    ],
)  # fmt: skip
def test_money_beyond_the_apis_decimals_is_refused_always(call: Any, parameter: str, value: Any) -> None:
    refused_sync(lambda c: call(c, value), parameter, "decimal places")
    refused_async(lambda c: call(c, value), parameter, "decimal places")


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (Decimal("1E-15"), "0.000000000000001"),
        ("0.123456789012345", "0.123456789012345"),
        (Decimal("1.50"), "1.50"),
        # Zeros past the API's decimals change nothing: they are left out rather than refused.
        (Decimal("2.000000000000000000000"), "2.000000000000000"),
    ],
)
def test_money_within_the_apis_decimals_is_sent(value: Any, wire: str) -> None:
    request = sent_sync(lambda c: c.trade.new_order(symbol=SPOT, side="SELL", type="MARKET", size=value))
    assert body(request)["size"] == wire


BTC = PairRules("BTC_USDT", price_step=Decimal("0.01"), size_step=Decimal("0.000001"), amount_step=Decimal("0.01"))
FUT = PairRules("BTC_USDT_PERP", market="PERP", price_step=Decimal("0.1"), size_step=Decimal("0.0001"))


@pytest.mark.parametrize(
    ("call", "parameter", "problem"),
    [
        (lambda c: c.trade.new_order(symbol=SPOT, side="SELL", type="LIMIT", size="1", price="30000.001"), "price",
         "has 3 decimals; BTC_USDT allows 2"),
        (lambda c: c.trade.new_order(symbol=SPOT, side="SELL", type="MARKET", size=Decimal("1E-12")), "size",
         "has 12 decimals; BTC_USDT allows 6"),
        (lambda c: c.trade.new_order(symbol=SPOT, side="BUY", type="MARKET", amount="10.005"), "amount",
         "has 3 decimals; BTC_USDT allows 2"),
        (lambda c: c.trade.new_mass_order(symbol=SPOT, orders=[
            {"side": "BUY", "type": "LIMIT", "size": "1", "price": "1"},
            {"side": "BUY", "type": "LIMIT", "size": "1", "price": "1.0000001"}]), "orders[1].price",
         "has 7 decimals; BTC_USDT allows 2"),
        (lambda c: c.futures.trade.place_order(symbol=PERP, side="BUY", type="LIMIT", size="1", price="30000.05"),
         "price", "has 2 decimals; BTC_USDT_PERP allows 1"),
        (lambda c: c.futures.trade.place_order(symbol=PERP, side="BUY", type="MARKET_QTY", size="0.00001"),
         "size", "has 5 decimals; BTC_USDT_PERP allows 4"),
    ],
)  # fmt: skip
def test_money_beyond_the_pairs_decimals_is_refused_once_its_rules_are_loaded(
    call: Any, parameter: str, problem: str
) -> None:
    rules = MarketRules([BTC, FUT])
    refused_sync(call, parameter, problem, market_rules=rules)
    refused_async(call, parameter, problem, market_rules=rules)


# -- the spec's markets agree with the sandbox's ------------------------------------------------------


def without_markets(operation: Operation[Any]) -> Operation[Any]:
    """The operation as the client saw it before x-pionex-market: any well-formed pair goes out."""
    return replace(operation, params=tuple(replace(p, market=None) for p in operation.params))


def sandbox_refuses_the_pair(api: Api, operation: Operation[Any], symbol: str) -> bool:
    """Whether the sandbox answers ``operation`` on ``symbol`` with its invalid-symbol refusal."""
    arguments = {**valid_arguments(operation), "symbol": symbol}
    built = operation.build(normalize(without_markets(operation), arguments))
    method, path, query = built["method"].upper(), built["url"], built.get("params") or {}
    if operation.private:
        response = api.private(method, path, query, built.get("json"))
    else:
        response = api.send(method, path, urlencode(query))
    payload = response.json()
    return payload.get("result") is False and str(payload.get("code")).endswith("INVALID_SYMBOL")


SYMBOL_TAKERS = [op for op in OPERATIONS if any(p.wire == "symbol" for p in op.params)]


@pytest.mark.parametrize("operation", SYMBOL_TAKERS, ids=lambda op: op.operation_id)
def test_the_client_refuses_a_pair_exactly_where_the_sandbox_does(operation: Operation[Any]) -> None:
    """For every operation that takes a pair, spot and perpetual: the client refuses it before
    sending (x-pionex-market) exactly when the sandbox refuses it as a pair of the wrong market."""
    with contextlib.ExitStack() as stack:
        api = stack.enter_context(contextlib.contextmanager(open_api)(create_app(seed=3, clock=Clock()), Clock()))
        for symbol in (SPOT, PERP):
            try:
                normalize(operation, {**valid_arguments(operation), "symbol": symbol})
                client_refuses = False
            except InvalidParameterError as error:
                assert error.parameter == "symbol", error
                client_refuses = True
            assert client_refuses == sandbox_refuses_the_pair(api, operation, symbol), (operation.operation_id, symbol)


def test_some_operations_take_one_market_only_and_some_both() -> None:
    """The agreement above is not vacuous: both kinds are among the operations."""
    markets = {op.operation_id: {p.market for p in op.params if p.wire == "symbol"} for op in SYMBOL_TAKERS}
    assert {"SPOT"} in markets.values() and {"PERP"} in markets.values() and {None} in markets.values()


def test_every_time_window_of_the_spec_is_ordered_and_tried_above() -> None:
    # Windows in milliseconds; the partner statistics take whole days (YYYY-MM-DD), ordered by the exchange.
    windows = [op for op in OPERATIONS if {"startTime", "endTime"} <= {p.wire for p in op.params if p.kind == "time"}]
    assert len(windows) == len(WINDOWS)
    for operation in windows:
        assert Relation(("start_time", "end_time"), "ordered") in operation.relations, operation.operation_id


# -- the generator refuses extensions the client could not enforce -------------------------------------


def load_builder() -> ModuleType:
    loaded = importlib.util.spec_from_file_location("build_facade", ROOT / "openapi" / "build_facade.py")
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    return module


def test_the_generator_refuses_relations_it_cannot_check() -> None:
    build = load_builder()
    builder = build.Builder.__new__(build.Builder)
    raw = {"operationId": "op"}
    names = {"a": "a", "b": "b", "c": "c"}
    kinds = {"a": "time", "b": "time", "c": "string"}
    assert builder.relation(raw, {"inputs": ["a", "b"], "must": "ordered"}, names, kinds) == (
        "Relation(inputs=('a', 'b'), must='ordered')"
    )
    for rule, message in (
        ({"inputs": ["a"], "must": "differ"}, "two or more different inputs"),
        ({"inputs": ["a", "a"], "must": "differ"}, "two or more different inputs"),
        ({"inputs": ["a", "b"], "must": "before"}, "must be one of differ, ordered"),
        ({"inputs": ["a", "z"], "must": "differ"}, "unknown inputs"),
        ({"inputs": ["a", "c"], "must": "ordered"}, "numbers of one kind"),
    ):
        with pytest.raises(SystemExit, match=message):
            builder.relation(raw, rule, names, kinds)


def test_the_generator_refuses_markets_decimals_and_ranges_it_cannot_enforce() -> None:
    build = load_builder()
    spec = json.loads((ROOT / "openapi" / "pionex.json").read_text(encoding="utf-8"))
    wrap = build.Spec(spec)
    decimal = {"$ref": "#/components/schemas/DecimalString"}
    assert "decimals=15" in build.param_literal(wrap, "size", "size", "body", True, decimal, None)
    symbol = {"$ref": "#/components/schemas/Symbol", "x-pionex-market": "PERP"}
    assert "market='PERP'" in build.param_literal(wrap, "symbol", "symbol", "body", True, symbol, None)
    for schema, message in (
        ({"$ref": "#/components/schemas/Symbol", "x-pionex-market": "FUTURES"}, "not a market"),
        ({"type": "integer", "minimum": 1, "x-pionex-market": "SPOT"}, "applies to a string"),
        ({"type": "string", "pattern": "^a$", "maxLength": 1, "x-pionex-decimals": 2}, "on a decimal input"),
        ({"type": "string", "format": "decimal", "x-pionex-decimals": "2"}, "whole number"),
        ({"type": "string", "pattern": "^a$", "maxLength": 1, "minimum": 1}, "applies to a number"),
        ({"type": "string", "format": "decimal", "maximum": 0.5}, "must be a whole number"),
        ({"type": "integer", "exclusiveMinimum": 0}, "not enforced by the client"),
    ):
        with pytest.raises(SystemExit, match=message):
            build.param_literal(wrap, "x", "x", "query", True, schema, None)
    builder = build.Builder.__new__(build.Builder)
    builder.spec = wrap
    assert builder.markets()["PERP"] == {"pattern": "_PERP$", "label": "perpetual"}
    for markets, message in (
        ({"PERP": {"label": "perpetual"}}, "needs a pattern"),
        ({"PERP": {"pattern": "_PERP$"}}, "needs a label"),
        ({"PERP": {"pattern": "(", "label": "perpetual"}}, "does not compile"),
    ):
        builder.spec = build.Spec({**spec, "info": {**spec["info"], "x-pionex-markets": markets}})
        with pytest.raises(SystemExit, match=message):
            builder.markets()
