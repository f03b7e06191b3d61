"""Exact money on the wire, and arguments refused by name before anything is sent."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

from pionex_wrapper import InvalidParameterError, Pionex, to_decimal_string
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, envelope


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (Decimal("1E-8"), "0.00000001"),
        (Decimal("1.50"), "1.50"),
        (Decimal("2E+3"), "2000"),
        (30000, "30000"),
        ("0.1", "0.1"),
        ("42.5", "42.5"),
        ("20000", "20000"),
        (Decimal("123456789.123456789"), "123456789.123456789"),
    ],
)
def test_money_goes_out_as_a_plain_decimal_string(value: Any, wire: str) -> None:
    assert to_decimal_string(value, "size") == wire
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"orderId": 1})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        client.trade.new_order(symbol="BTC_USDT", side="SELL", type="LIMIT", size=value, price=value)
    body = json.loads(recorder.requests[0].content)
    assert body["size"] == wire and body["price"] == wire


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (-1, "greater than zero"),
        (0, "greater than zero"),
        ("0", "greater than zero"),
        (Decimal("-0.5"), "greater than zero"),
        (Decimal("NaN"), "finite"),
        (Decimal("Infinity"), "finite"),
        ("abc", "decimal number"),
        ("", "decimal number"),
        # Strings Decimal() reads but that are not plain notation: refused, not rewritten.
        ("-1", "plain notation"),
        ("NaN", "plain notation"),
        ("1e-8", "plain notation"),
        (" 42.5 ", "plain notation"),
        ("1.5\n", "plain notation"),
        ("1_000", "plain notation"),
        ("+1", "plain notation"),
        (".5", "plain notation"),
        ("5.", "plain notation"),
        ("\u0661\u0662", "plain notation"),
        ("\uff11\uff12", "plain notation"),
        (0.1, "floats are inexact"),
        (True, "not bool"),
        (None, "is required"),
    ],
)
def test_bad_money_is_refused_naming_the_parameter(value: Any, problem: str) -> None:
    recorder = Recorder()
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(InvalidParameterError) as caught:
            client.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="1", price=value)
    assert recorder.requests == []
    assert caught.value.parameter == "price"
    assert str(caught.value).startswith("price ")
    assert problem in str(caught.value)
    assert caught.value.path == "/api/v1/trade/order"
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("call", "parameter", "problem"),
    [
        (lambda c: c.market.get_market_depth(symbol="BTC_USDT", limit=0), "limit", "treating them as not given"),
        (lambda c: c.market.get_market_depth(symbol="BTC_USDT", limit=-1), "limit", "at least 1"),
        (lambda c: c.market.get_market_depth(symbol="btc_usdt"), "symbol", "must match"),
        (lambda c: c.trade.get_order_by_client_order_id(client_order_id="a b"), "client_order_id", "must not contain"),
        (lambda c: c.market.get_market_depth(symbol="BTC_USDT", limit=1001), "limit", "at most 1000"),
        (lambda c: c.market.get_market_trades(symbol="BTC_USDT", limit=5), "limit", "at least 10"),
        (lambda c: c.market.get_market_depth(symbol="BTC_USDT", limit="5"), "limit", "must be an int"),
        (lambda c: c.market.get_market_depth(symbol=""), "symbol", "must not be empty"),
        (lambda c: c.market.get_klines(symbol="BTC_USDT", interval="2M"), "interval", "one of"),
        (lambda c: c.trade.get_all_orders(symbol="BTC_USDT", limit=201), "limit", "at most 200"),
        (lambda c: c.trade.new_order(symbol="BTC_USDT", side="HOLD", type="LIMIT"), "side", "one of BUY, SELL"),
        (lambda c: c.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="1"), "price", "LIMIT"),
        (lambda c: c.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", size="1"), "amount", "MARKET"),
        (lambda c: c.trade.new_order(symbol="BTC_USDT", side="SELL", type="MARKET", amount="1"), "size", "SELL"),
        (
            lambda c: c.trade.new_order(
                symbol="BTC_USDT", side="BUY", type="MARKET", amount="5", client_order_id="a b"
            ),
            "client_order_id",
            "must not contain ' '",
        ),
        (
            lambda c: c.trade.new_order(
                symbol="BTC_USDT", side="BUY", type="MARKET", amount="5", client_order_id="x" * 65
            ),
            "client_order_id",
            "at most 64",
        ),
        (
            lambda c: c.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="5", ioc=1),
            "ioc",
            "True or False",
        ),
        (lambda c: c.trade.cancel_order(symbol="BTC_USDT", order_id=True), "order_id", "must be an int"),
        (
            lambda c: c.trade.new_order(
                symbol="BTC_USDT", side="BUY", type="MARKET", amount="5", client_order_id="abc\n"
            ),
            "client_order_id",
            "must not contain '\\n'",
        ),
        (
            lambda c: c.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="5", size="1"),
            "size",
            "must not be given when type=MARKET and side=BUY",
        ),
        (
            lambda c: c.trade.new_order(symbol="BTC_USDT", side="SELL", type="MARKET", size="1", price="5"),
            "price",
            "must not be given",
        ),
        (
            lambda c: c.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="1", price="5", amount="5"),
            "amount",
            "must not be given when type=LIMIT",
        ),
        (
            lambda c: c.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="1" + "0" * 30),
            "amount",
            "more than 30 digits",
        ),
        (
            lambda c: c.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount=Decimal("1e-31")),
            "amount",
            "more than 30 digits",
        ),
        (lambda c: c.trade.new_mass_order(symbol="BTC_USDT", orders=[]), "orders", "at least 1"),
        (
            lambda c: c.trade.new_mass_order(
                symbol="BTC_USDT", orders=[{"side": "BUY", "type": "LIMIT", "size": "1", "price": "1"}] * 21
            ),
            "orders",
            "at most 20",
        ),
        (
            lambda c: c.trade.new_mass_order(
                symbol="BTC_USDT",
                orders=[
                    {"side": "BUY", "type": "LIMIT", "size": "1", "price": "1"},
                    {"side": "BUY", "type": "LIMIT", "size": "1", "price": -1},
                ],
            ),
            "orders[1].price",
            "greater than zero",
        ),
        (
            lambda c: c.trade.new_mass_order(
                symbol="BTC_USDT", orders=[{"side": "BUY", "type": "MARKET", "size": "1", "price": "1"}]
            ),
            "orders[0].type",
            "one of LIMIT",
        ),
        (
            lambda c: c.trade.new_mass_order(
                symbol="BTC_USDT",
                orders=[{"side": "BUY", "type": "LIMIT", "size": "1", "price": "1", "clientOrderId": "x"}],
            ),
            "orders[0].clientOrderId",
            "not a known field",
        ),
        (lambda c: c.trade.new_mass_order(symbol="BTC_USDT", orders="BUY"), "orders", "must be a list"),
    ],
)
def test_bad_arguments_are_refused_before_sending(call: Any, parameter: str, problem: str) -> None:
    recorder = Recorder()
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(InvalidParameterError) as caught:
            call(client)
    assert recorder.requests == []
    assert caught.value.parameter == parameter
    assert problem in str(caught.value)


def test_market_buy_with_amount_only_is_accepted() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"orderId": 3})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        placed = client.trade.new_order(
            symbol="BTC_USDT", side="BUY", type="MARKET", amount=Decimal("25.5"), ioc=True, client_order_id="m-1"
        )
    assert placed.order_id == 3
    assert json.loads(recorder.requests[0].content) == {
        "symbol": "BTC_USDT", "side": "BUY", "type": "MARKET", "amount": "25.5", "IOC": True, "clientOrderId": "m-1",
    }  # fmt: skip


def test_none_for_an_optional_argument_means_absent() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"tickers": []})))
    with Pionex(transport=recorder.sync()) as client:
        client.market.get_tickers(symbol=None, type="PERP")  # type: ignore[arg-type]
    assert dict(recorder.requests[0].url.params) == {"type": "PERP"}
