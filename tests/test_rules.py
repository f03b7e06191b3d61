"""Market rules: rounding to a pair's steps, and orders checked against its rules before sending.

The unit tests pin the rounding arithmetic; the sandbox tests drive the real clients, on every
pair the sandbox lists, spot and perpetual, and check that the sandbox's own checks agree.
"""

from __future__ import annotations

import asyncio
import pickle
from collections.abc import Iterator
from dataclasses import FrozenInstanceError
from decimal import Decimal
from typing import Any

import httpx
import msgspec
import pytest

from pionex_client.facade.common import SymbolInfo
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, SYMBOLS, create_app, running_sandbox
from pionex_wrapper import (
    OPERATIONS,
    AsyncPionex,
    InvalidParameterError,
    MarketRules,
    PairRules,
    Pionex,
    TradeInvalidSymbolError,
    TradeOperationDeniedError,
    TradeParameterError,
)
from pionex_wrapper.rules import to_step
from tests.helpers import SPEC

D = Decimal

BTC = PairRules(
    "BTC_USDT",
    price_step=D("0.01"),
    size_step=D("0.000001"),
    amount_step=D("0.01"),
    min_size=D("0.0001"),
    max_size=D("1000"),
    min_market_size=D("0.001"),
    max_market_size=D("100"),
    min_notional=D("10"),
    quote="USDT",
)
PERP = PairRules(
    "BTC_USDT_PERP",
    market="PERP",
    price_step=D("0.5"),
    size_step=D("0.001"),
    min_size=D("0.002"),
    max_size=D("500"),
    min_market_size=D("0.002"),
    max_market_size=D("100"),
    min_notional=D("5"),
)


# -- rounding ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "down", "up", "nearest"),
    [
        ("30000.123456", "30000.12", "30000.13", "30000.12"),
        ("30000.125", "30000.12", "30000.13", "30000.13"),  # a tie goes up
        ("30000.1249999999999999999999999999999999", "30000.12", "30000.13", "30000.12"),
        ("30000.1250000000000000000000000000000001", "30000.12", "30000.13", "30000.13"),
        ("0.001", "0.00", "0.01", "0.00"),
        ("0.000000000000000000000000000000000000000001", "0.00", "0.01", "0.00"),
        ("999999999999999999999999999999.999", "999999999999999999999999999999.99", "1000000000000000000000000000000.00", "1000000000000000000000000000000.00"),
    ],
)  # fmt: skip
def test_round_price_in_every_direction(value: str, down: str, up: str, nearest: str) -> None:
    assert BTC.round_price(value) == D(down)
    assert str(BTC.round_price(value, direction="down")) == down
    assert str(BTC.round_price(value, direction="up")) == up
    assert str(BTC.round_price(value, direction="nearest")) == nearest


@pytest.mark.parametrize("value", ["30000.12", "30000", "0.01", D("30000.120000"), 30000, D("1E+2")])
def test_exact_values_are_unchanged_whatever_the_direction(value: Any) -> None:
    for direction in ("down", "up", "nearest"):
        rounded = BTC.round_price(value, direction=direction)
        assert rounded == D(value) and isinstance(rounded, Decimal)
        assert rounded.as_tuple().exponent == -2  # written with the pair's decimals


def test_zero_rounds_to_zero_and_negatives_floats_and_junk_are_refused() -> None:
    assert str(BTC.round_size(0)) == "0.000000" and str(BTC.round_size(D("-0"), direction="up")) == "0.000000"
    assert BTC.round_size("0.0000001") == 0  # down to nothing: the caller sees it, the order check refuses it
    for bad in (D("-1"), -1, "-1", 1.5, True, None, D("NaN"), D("Infinity"), "1e5", " 1", "", ".5"):
        with pytest.raises(InvalidParameterError) as caught:
            BTC.round_price(bad)
        assert caught.value.parameter == "price"
    with pytest.raises(InvalidParameterError, match="floats are inexact"):
        BTC.round_size(0.1)
    with pytest.raises(InvalidParameterError, match="must not be negative"):
        BTC.round_amount(D("-0.01"))
    with pytest.raises(InvalidParameterError, match="direction must be one of down, up, nearest"):
        BTC.round_price("1", direction="half_even")  # type: ignore[arg-type]


def test_steps_that_are_not_powers_of_ten_and_huge_precisions() -> None:
    assert [PERP.round_price(v, direction=d) for v, d in (("100.74", "nearest"), ("100.75", "nearest"))] == [
        D("100.5"),
        D("101.0"),
    ]
    assert PERP.round_price("100.1", direction="up") == D("100.5") and PERP.round_price("100.9") == D("100.5")
    assert to_step(D("123"), D("5"), "down") == 120 and to_step(D("123"), D("5"), "up") == 125
    assert str(to_step(D("1234"), D("1E+2"), "nearest")) == "1200"  # a step above 1 is written without an exponent
    assert to_step(D("0.37"), D("0.25"), "nearest") == D("0.25") and to_step(D("0.375"), D("0.25"), "nearest") == D(
        "0.50"
    )
    fine = PairRules("X_Y", price_step=D(1).scaleb(-30))
    value = "1." + "1234567890" * 5  # 50 decimals, more than Decimal's default 28 digits of precision
    assert str(fine.round_price(value)) == "1.123456789012345678901234567890"
    assert str(fine.round_price(value, direction="up")) == "1.123456789012345678901234567891"
    assert fine.price_precision == 30 and BTC.size_precision == 6 and PERP.price_precision == 1
    assert PairRules("X_Y", price_step=D(1)).round_price("7.99") == 7
    with pytest.raises(InvalidParameterError, match="BTC_USDT_PERP states no amount precision"):
        PERP.round_amount("10")
    with pytest.raises(InvalidParameterError, match="price_step must be a positive Decimal"):
        PairRules("X_Y", price_step=D(0))


# -- checking one order --------------------------------------------------------------------------


def refusal(pair: PairRules, **order: Any) -> str:
    with pytest.raises(InvalidParameterError) as caught:
        pair.check_order(**order)
    return str(caught.value)


def test_check_order_names_the_input_and_the_rule() -> None:
    assert refusal(BTC, type="LIMIT", price="30000.123456", size="0.001") == (
        "price 30000.123456 has 6 decimals; BTC_USDT allows 2 (round with rules['BTC_USDT'].round_price)"
    )
    assert refusal(BTC, type="LIMIT", price="30000", size="0.0012345") == (
        "size 0.0012345 has 7 decimals; BTC_USDT allows 6 (round with rules['BTC_USDT'].round_size)"
    )
    assert refusal(PERP, type="LIMIT", price="30000.2", size="1") == (
        "price 30000.2 is not a multiple of BTC_USDT_PERP's price step 0.5 (quoteStep) "
        "(round with rules['BTC_USDT_PERP'].round_price)"
    )
    assert refusal(BTC, type="LIMIT", price="30000", size="0.00009") == (
        "size 0.00009 is below BTC_USDT's minimum LIMIT order size 0.0001 (minTradeSize)"
    )
    assert refusal(BTC, type="LIMIT", price="1", size="1000.5") == (
        "size 1000.5 is above BTC_USDT's maximum LIMIT order size 1000 (maxTradeSize)"
    )
    assert refusal(BTC, type="LIMIT", price="20000", size="0.0004") == (
        "size 0.0004 at price 20000 is an order value of 8.0000 USDT, below BTC_USDT's minimum 10 (minAmount)"
    )
    assert refusal(BTC, type="MARKET", side="SELL", size="0.0005") == (
        "size 0.0005 is below BTC_USDT's minimum MARKET order size 0.001 (minTradeDumping)"
    )
    assert refusal(BTC, type="MARKET", side="BUY", amount="9.99") == (
        "amount 9.99 is below BTC_USDT's minimum order value 10 USDT (minAmount)"
    )
    assert refusal(BTC, type="MARKET", side="BUY", amount="10.001").startswith("amount 10.001 has 3 decimals")
    assert refusal(PERP, type="MARKET_QTY", size="100.5") == (
        "size 100.5 is above BTC_USDT_PERP's maximum MARKET order size 100 (maxSizeMarket)"
    )
    assert refusal(PERP, type="IOC", size="0.001", price="100") == (
        "size 0.001 is below BTC_USDT_PERP's minimum LIMIT order size 0.002 (minSizeLimit)"
    )
    # Allowed: LIMIT limits differ from MARKET ones; a perpetual order's minNotional is not checked
    # (it counts only what the order opens); nothing stated, nothing checked.
    BTC.check_order(type="LIMIT", side="BUY", price="30000.1", size="500")
    PERP.check_order(type="LIMIT", side="SELL", price="1", size="200")
    PERP.check_order(type="POSTONLY", price="30000.50", size="0.0020")
    PairRules("X_Y").check_order(type="LIMIT", price="1.23456789", size="0.000000001")


# -- the collection --------------------------------------------------------------------------------

SYMBOL_INFOS = [
    {"symbol": "BTC_USDT", "type": "SPOT", "baseCurrency": "BTC", "quoteCurrency": "USDT", "basePrecision": 6,
     "quotePrecision": 2, "amountPrecision": 2, "minAmount": "10", "minTradeSize": "0.000001",
     "maxTradeSize": "1000", "minTradeDumping": "0.00001", "maxTradeDumping": "100", "enable": True},
    {"symbol": "BTC_USDT_PERP", "type": "PERP", "baseCurrency": "BTC", "quoteCurrency": "USDT", "basePrecision": 4,
     "quotePrecision": 1, "amountPrecision": 1, "minNotional": "5", "baseStep": "0.0001", "quoteStep": "0.5",
     "minSizeLimit": "0.0001", "maxSizeLimit": "500", "minSizeMarket": "0.0002", "maxSizeMarket": "100",
     "status": "OFFLINE", "enable": True},
    {"symbol": "NEW_COIN"},
]  # fmt: skip


def test_market_rules_read_from_symbol_info() -> None:
    infos = msgspec.convert(SYMBOL_INFOS, list[SymbolInfo])
    rules = MarketRules.from_symbols(infos)
    spot, perp, bare = rules["BTC_USDT"], rules["BTC_USDT_PERP"], rules["NEW_COIN"]
    assert (spot.market, spot.price_step, spot.size_step, spot.amount_step) == (
        "SPOT",
        D("0.01"),
        D("0.000001"),
        D("0.01"),
    )
    assert (spot.min_size, spot.max_size, spot.min_market_size, spot.max_market_size, spot.min_notional) == (
        D("0.000001"), D("1000"), D("0.00001"), D("100"), D("10"),
    )  # fmt: skip
    assert (spot.base, spot.quote, spot.tradable, spot.info) == ("BTC", "USDT", True, infos[0])
    assert (perp.market, perp.price_step, perp.size_step, perp.amount_step) == ("PERP", D("0.5"), D("0.0001"), None)
    assert (perp.min_size, perp.max_size, perp.min_market_size, perp.max_market_size, perp.min_notional) == (
        D("0.0001"), D("500"), D("0.0002"), D("100"), D("5"),
    )  # fmt: skip
    assert perp.tradable is False  # OFFLINE
    assert bare == PairRules("NEW_COIN") and bare.price_precision is None
    bare.check_order(type="LIMIT", price="1.123456789", size="5")  # nothing stated, nothing refused


def test_market_rules_is_an_immutable_mapping_whose_unknown_symbol_error_names_it() -> None:
    rules = MarketRules([BTC, PERP])
    assert len(rules) == 2 and list(rules) == ["BTC_USDT", "BTC_USDT_PERP"] and "BTC_USDT" in rules
    assert rules.get("DOGE_USDT") is None and rules.get("DOGE_USDT", BTC) is BTC and "DOGE_USDT" not in rules
    assert dict(rules.items())["BTC_USDT_PERP"] is PERP and rules == MarketRules([BTC, PERP])
    with pytest.raises(InvalidParameterError) as caught:
        rules["DOGE_USDT"]
    assert not isinstance(caught.value, KeyError) and caught.value.parameter == "symbol"
    assert "'DOGE_USDT' is not a pair these rules list (2 pairs: BTC_USDT, BTC_USDT_PERP)" in str(caught.value)
    assert "client.rules(refresh=True)" in str(caught.value)
    with pytest.raises(AttributeError):
        rules._pairs = {}  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        BTC.min_size = D(0)  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(rules)) == rules
    assert repr(rules) == "MarketRules(2 pairs: BTC_USDT, BTC_USDT_PERP)"
    with pytest.raises(InvalidParameterError, match="must hold PairRules"):
        MarketRules(["BTC_USDT"])  # type: ignore[list-item]


# -- which inputs: from the spec -------------------------------------------------------------------


def spec_rules() -> set[tuple[str, str, str]]:
    """(operationId, input label, rule) for every x-pionex-rule in the spec."""

    def resolve(schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    found = set()
    for methods in SPEC["paths"].values():
        for operation in methods.values():
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body is None:
                continue
            for wire, prop in resolve(body)["properties"].items():
                if "x-pionex-rule" in prop:
                    found.add((operation["operationId"], wire, prop["x-pionex-rule"]))
                for inner, item in resolve(prop.get("items", {})).get("properties", {}).items():
                    if "x-pionex-rule" in item:
                        found.add((operation["operationId"], f"{wire}[].{inner}", item["x-pionex-rule"]))
    return found


def test_the_ruled_inputs_are_the_specs() -> None:
    carried = set()
    for operation in OPERATIONS:
        for param in operation.params:
            if param.rule is not None:
                carried.add((operation.operation_id, param.wire, param.rule))
            for item in param.items or ():
                if item.rule is not None:
                    carried.add((operation.operation_id, f"{param.wire}[].{item.wire}", item.rule))
    assert carried == spec_rules()
    ruled = {op for op, _, _ in carried}
    assert ruled == {"newOrder", "newMassOrder", "futuresPlaceOrder", "futuresBatchPlaceOrders"}
    for op in ruled:  # every ruled operation names its pair, at its top level
        assert (op, "symbol", "symbol") in carried
        assert {rule for o, _, rule in carried if o == op} >= {"symbol", "side", "type", "price", "size"}


# -- the clients against the sandbox -----------------------------------------------------------------


class Counting(httpx.BaseTransport):
    """The real HTTP transport, counting what reaches it."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncCounting(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.paths: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return await self.inner.handle_async_request(request)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running_sandbox(seed=17, moving_market=False) as sandbox:
        yield sandbox.base_url


@pytest.fixture
def transport() -> Counting:
    return Counting()


@pytest.fixture
def client(base_url: str, transport: Counting) -> Iterator[Pionex]:
    with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=base_url, transport=transport) as client:
        yield client


PAIRS = [rules.symbol for rules in SYMBOLS]


def refused(call: Any, transport: Counting | AsyncCounting, parameter: str, *args: Any, **kwargs: Any) -> str:
    """The refusal of ``call``; nothing reached the transport."""
    before = len(transport.paths)
    with pytest.raises(InvalidParameterError) as caught:
        call(*args, **kwargs)
    assert caught.value.parameter == parameter, caught.value
    assert len(transport.paths) == before, "the refused order reached the transport"
    return str(caught.value)


def buy_price(client: Pionex, symbol: str) -> Decimal:
    """A BUY price below the book with more decimals than any pair allows (12: within the 15 any
    amount may have, so that the pair's rules, not the API-wide limit, are what refuses it)."""
    bid = client.market.get_market_depth(symbol=symbol, limit=1).bids[0][0]
    return (bid * D("0.95123456789")).quantize(D("1E-12"))


def test_client_rules_are_read_once_cover_every_pair_and_agree_with_the_sandbox(
    client: Pionex, transport: Counting
) -> None:
    rules = client.rules()
    assert transport.paths == ["/api/v1/common/symbols"] * 2  # spot, then perpetual
    assert client.rules() is rules and client.with_options(timeout=5).rules() is rules
    assert len(transport.paths) == 2
    assert list(rules) == PAIRS
    for listed in SYMBOLS:  # the sandbox's own numbers, which its order checks use
        pair, perp = rules[listed.symbol], listed.perp
        assert pair.market == listed.type and pair.tradable == (
            listed.enable and (perp is None or perp.status == "TRADING")
        )
        if perp is None:
            assert (pair.price_step, pair.size_step, pair.amount_step) == (
                listed.price_step,
                listed.size_step,
                listed.amount_step,
            )
            assert (pair.min_size, pair.max_size, pair.min_notional) == (
                listed.min_trade_size,
                listed.max_trade_size,
                listed.min_amount,
            )
            assert (pair.min_market_size, pair.max_market_size) == (listed.min_trade_dumping, listed.max_trade_dumping)
        else:
            assert (pair.price_step, pair.size_step, pair.amount_step) == (perp.quote_step, perp.base_step, None)
            assert (pair.min_size, pair.max_size, pair.min_notional) == (
                perp.min_size_limit,
                perp.max_size_limit,
                perp.min_notional,
            )
            assert (pair.min_market_size, pair.max_market_size) == (perp.min_size_market, perp.max_size_market)
    assert client.rules(refresh=True) is not rules and client.rules() == rules
    assert len(transport.paths) == 4  # fmt: skip


def place(client: Pionex, symbol: str, **order: Any) -> Any:
    if symbol.endswith("_PERP"):
        return client.futures.trade.place_order(symbol=symbol, **order)
    return client.trade.new_order(symbol=symbol, **order)


def place_many(client: Pionex, symbol: str, orders: list[dict[str, Any]]) -> Any:
    if symbol.endswith("_PERP"):
        return client.futures.trade.batch_place_orders(symbol=symbol, orders=orders)
    return client.trade.new_mass_order(symbol=symbol, orders=orders)


@pytest.mark.parametrize("symbol", PAIRS)
def test_every_pair_rounded_orders_pass_and_unrounded_ones_are_refused_before_sending(
    symbol: str, client: Pionex, transport: Counting
) -> None:
    client.futures.transfer.create_transfer(from_account="MAIN", to_account="TRADE", currency="USDT", amount="1000")
    rules = client.rules()
    pair = rules[symbol]
    assert pair.price_step is not None and pair.size_step is not None and pair.min_notional is not None
    raw_price = buy_price(client, symbol)
    price = pair.round_price(raw_price)
    raw_size = (pair.min_notional * 2 / price).quantize(D("1E-12")) + pair.size_step / 4  # finer than the step
    size = pair.round_size(raw_size, direction="up")
    assert price != raw_price and size != raw_size

    order = {"side": "BUY", "type": "LIMIT"}
    text = refused(place, transport, "price", client, symbol, **order, price=raw_price, size=size)
    assert f"round with rules['{symbol}'].round_price" in text
    text = refused(place, transport, "size", client, symbol, **order, price=price, size=raw_size)
    assert f"round with rules['{symbol}'].round_size" in text
    above = pair.max_size + pair.size_step  # type: ignore[operator]
    assert "maximum LIMIT order size" in refused(
        place, transport, "size", client, symbol, **order, price=price, size=above
    )
    if pair.min_size is not None and pair.min_size > pair.size_step:
        low = pair.min_size - pair.size_step
        assert "minimum LIMIT order size" in refused(
            place, transport, "size", client, symbol, **order, price=price, size=low
        )
    if pair.market == "SPOT":
        small = pair.round_size(pair.min_notional / price / 2)
        assert "below" in refused(place, transport, "size", client, symbol, **order, price=price, size=small)
    orders = [{**order, "price": price, "size": size}] * 3
    text = refused(
        place_many, transport, "orders[2].price", client, symbol, orders[:2] + [{**orders[2], "price": raw_price}]
    )
    assert text.startswith("orders[2].price ") and "round_price" in text
    text = refused(
        place_many, transport, "orders[1].size", client, symbol, [orders[0], {**orders[1], "size": raw_size}]
    )
    assert "round_size" in text

    if not pair.tradable:  # ETH_USDT_PERP is listed OFFLINE: the sandbox refuses it, for that alone
        with pytest.raises(TradeOperationDeniedError, match="OFFLINE"):
            place(client, symbol, **order, price=price, size=size)
        return
    assert place(client, symbol, **order, price=price, size=size).order_id
    assert len(place_many(client, symbol, orders).order_ids) == 3
    if pair.market == "SPOT":
        assert pair.amount_step is not None
        amount = pair.min_notional * D("1.23456789")
        refused(place, transport, "amount", client, symbol, side="BUY", type="MARKET", amount=amount)
        assert place(client, symbol, side="BUY", type="MARKET", amount=pair.round_amount(amount)).order_id
    else:  # the MARKET limits are not the LIMIT ones
        assert pair.max_market_size is not None and pair.max_market_size < pair.max_size  # type: ignore[operator]
        text = refused(
            place,
            transport,
            "size",
            client,
            symbol,
            side="BUY",
            type="MARKET_QTY",
            size=pair.max_market_size + pair.size_step,
        )
        assert "maximum MARKET order size" in text and "(maxSizeMarket)" in text


@pytest.mark.parametrize("symbol", PAIRS)
def test_the_sandbox_refuses_what_the_client_refuses(symbol: str, base_url: str) -> None:
    """Sent by a client without rules, each order the rules refuse is refused by the sandbox too."""
    with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=base_url) as checked:
        pair = checked.rules()[symbol]
    assert pair.size_step is not None and pair.max_size is not None
    with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=base_url) as unchecked:
        raw_price = buy_price(unchecked, symbol)
        price = pair.round_price(raw_price)
        size = pair.round_size(pair.min_notional * 2 / price, direction="up")  # type: ignore[operator]
        too_many = pair.round_size(size) + pair.size_step / 10
        wrong = [
            ("price", {"price": raw_price, "size": size}),
            ("size", {"price": price, "size": too_many}),
            ("size", {"price": price, "size": pair.max_size + pair.size_step}),
        ]
        if pair.min_size is not None and pair.min_size > pair.size_step:
            wrong.append(("size", {"price": price, "size": pair.min_size - pair.size_step}))
        if pair.market == "SPOT":
            wrong.append(("size", {"price": price, "size": pair.round_size(pair.min_notional / price / 2)}))  # type: ignore[operator]
        for parameter, values in wrong:
            order = {"side": "BUY", "type": "LIMIT", **values}
            with pytest.raises(InvalidParameterError) as caught:
                pair.check_order(**order)
            assert caught.value.parameter == parameter
            # The sandbox reads the precision first; an OFFLINE pair's sizes are refused for the status.
            masked = not pair.tradable and parameter == "size" and values["size"] != too_many
            with pytest.raises(TradeOperationDeniedError if masked else TradeParameterError):
                place(unchecked, symbol, **order)


def test_with_options_copies_share_the_rules_and_raw_calls_are_checked(client: Pionex, transport: Counting) -> None:
    copy = client.with_options(timeout=5)
    with pytest.raises(TradeParameterError, match="more than 2 decimal places"):  # no rules yet: sent, refused there
        copy.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="10.005")
    assert transport.paths == ["/api/v1/trade/order"]
    copy.rules()  # loaded through the copy: the original checks too
    for area in (client.trade, client.with_raw_response.trade, copy.trade):
        refused(area.new_order, transport, "amount", symbol="BTC_USDT", side="BUY", type="MARKET", amount="10.005")
    refused(client.trade.new_order, transport, "symbol", symbol="DOGE_USDT", side="BUY", type="MARKET", amount="10")
    order = {"symbol": "BTC_USDT", "side": "BUY", "type": "MARKET", "amount": "10.005"}
    refused(client.invoke, transport, "amount", "newOrder", order)  # a call by id goes the same way
    with pytest.raises(TradeInvalidSymbolError):  # only order operations are checked: this one is sent
        client.trade.get_open_orders(symbol="DOGE_USDT_X")
    assert transport.paths.count("/api/v1/trade/openOrders") == 1


def test_market_rules_option_checks_from_the_first_order(base_url: str, client: Pionex) -> None:
    rules = client.rules()
    counting = Counting()
    with Pionex(
        DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=base_url, transport=counting, market_rules=rules
    ) as given:
        assert given.rules() is rules
        refused(
            given.trade.new_order,
            counting,
            "price",
            symbol="BTC_USDT",
            side="BUY",
            type="LIMIT",
            size="0.001",
            price="1.001",
        )
        assert counting.paths == []
    counting = Counting()
    with Pionex(
        DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=base_url, transport=counting, market_rules="auto"
    ) as auto:
        auto.market.get_tickers(symbol="BTC_USDT")  # not an order: the rules wait
        assert counting.paths == ["/api/v1/market/tickers"]
        with pytest.raises(InvalidParameterError, match="price 1.001 has 3 decimals; BTC_USDT allows 2"):
            auto.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.001", price="1.001")
        assert counting.paths[1:] == ["/api/v1/common/symbols"] * 2  # read before the order, which was not sent
        assert auto.rules() == rules
    for bad in ("yes", True, {"BTC_USDT": BTC}):
        with pytest.raises(InvalidParameterError, match="market_rules must be a MarketRules"):
            Pionex(market_rules=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("symbol", PAIRS)
def test_async_client_rounds_refuses_and_places_on_every_pair(symbol: str) -> None:
    transport = AsyncCounting(httpx.ASGITransport(app=create_app(seed=23, moving_market=False)))

    async def main() -> None:
        async with AsyncPionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, transport=transport, market_rules="auto") as client:
            await client.futures.transfer.create_transfer(
                from_account="MAIN", to_account="TRADE", currency="USDT", amount="1000"
            )
            bid = (await client.market.get_market_depth(symbol=symbol, limit=1)).bids[0][0]
            assert transport.paths.count("/api/v1/common/symbols") == 0
            perp = symbol.endswith("_PERP")
            area: Any = client.futures.trade if perp else client.trade
            place_one = area.place_order if perp else area.new_order
            raw_price = bid * D("0.9012345678")
            with pytest.raises(InvalidParameterError) as caught:
                await place_one(symbol=symbol, side="BUY", type="LIMIT", price=raw_price, size="1")
            assert caught.value.parameter == "price"
            assert transport.paths[-2:] == ["/api/v1/common/symbols"] * 2  # "auto": read first; the order not sent
            rules = await client.rules()
            assert (await client.rules()) is rules and transport.paths.count("/api/v1/common/symbols") == 2
            pair = rules[symbol]
            price = pair.round_price(raw_price, direction="nearest")
            size = pair.round_size(pair.min_notional * 3 / price, direction="up")  # type: ignore[operator]
            sent = len(transport.paths)
            with pytest.raises(InvalidParameterError) as caught:
                await place_one(
                    symbol=symbol, side="BUY", type="LIMIT", price=price, size=pair.max_size + pair.size_step
                )  # type: ignore[operator]
            assert caught.value.parameter == "size" and len(transport.paths) == sent
            if not pair.tradable:
                with pytest.raises(TradeOperationDeniedError):
                    await place_one(symbol=symbol, side="BUY", type="LIMIT", price=price, size=size)
            else:
                assert (await place_one(symbol=symbol, side="BUY", type="LIMIT", price=price, size=size)).order_id

    asyncio.run(main())
