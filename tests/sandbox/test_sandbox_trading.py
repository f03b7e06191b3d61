"""The sandbox's trading engine: orders, balances, fills, fees and the order rules."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_UP, Decimal
from typing import Any

import pytest

from pionex_sandbox import FEE_RATE, Spot, create_app
from tests.sandbox.sandbox_support import Api, Clock, open_api

ORDER = "/api/v1/trade/order"
MASS = "/api/v1/trade/massOrder"
ALL = "/api/v1/trade/allOrders"
OPEN = "/api/v1/trade/openOrders"
FILLS = "/api/v1/trade/fills"
ORDER_FILLS = "/api/v1/trade/fillsByOrderId"
BY_CLIENT_ID = "/api/v1/trade/orderByClientOrderId"
BALANCES = "/api/v1/account/balances"
DEPTH = "/api/v1/market/depth"
EIGHT = Decimal("0.00000001")


def book(api: Api, symbol: str = "BTC_USDT", limit: int = 20) -> tuple[list[tuple[Decimal, Decimal]], ...]:
    data = api.ok(api.public(DEPTH, symbol=symbol, limit=limit))
    return tuple([(Decimal(price), Decimal(size)) for price, size in data[side]] for side in ("bids", "asks"))


def holdings(api: Api, key: str | None = None, secret: str | None = None) -> dict[str, tuple[Decimal, Decimal]]:
    extra: dict[str, Any] = {"key": key, "secret": secret} if key and secret else {}
    data = api.ok(api.private("GET", BALANCES, **extra))
    return {entry["coin"]: (Decimal(entry["free"]), Decimal(entry["frozen"])) for entry in data["balances"]}


def order(api: Api, order_id: int) -> dict[str, Any]:
    return dict(api.get(ORDER, orderId=order_id))


def fee(received: Decimal) -> Decimal:
    return (received * FEE_RATE).quantize(EIGHT, ROUND_UP)


def assert_consistent(api: Api) -> None:
    assert api.sandbox.audit() == []


# -- resting, freezing, cancelling ------------------------------------------------------------------


def test_limit_buy_rests_freezes_and_is_released_on_cancel(still_api: Api) -> None:
    api = still_api  # the book must stay as this test leaves it while the clock moves
    bids, _asks = book(api)
    price = bids[0][0] + Decimal("0.01")  # inside the spread: the new best bid
    order_id = api.order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.01", price=str(price))
    placed = order(api, order_id)
    assert placed["status"] == "OPEN" and placed["filledSize"] == "0.000000" and placed["source"] == "API"
    assert placed["price"] == f"{price:.2f}" and placed["size"] == "0.010000" and placed["feeCoin"] == "BTC"
    cost = price * Decimal("0.01")
    assert holdings(api)["USDT"] == (Decimal(100000) - cost, cost)
    assert [entry["orderId"] for entry in api.get(OPEN, symbol="BTC_USDT")["orders"]] == [order_id]
    bids_now, _ = book(api)
    assert bids_now[0] == (price, Decimal("0.01"))
    assert_consistent(api)

    api.clock.now += 5_000
    assert api.ok(api.private("DELETE", ORDER, body={"symbol": "BTC_USDT", "orderId": order_id})) is None
    cancelled = order(api, order_id)
    assert cancelled["status"] == "CLOSED" and cancelled["updateTime"] == api.clock.now
    assert cancelled["createTime"] == api.clock.now - 5_000
    assert holdings(api)["USDT"] == (Decimal(100000), Decimal(0))
    assert book(api)[0] == bids
    assert api.get(OPEN, symbol="BTC_USDT") == {"orders": []}
    assert_consistent(api)

    again = api.private("DELETE", ORDER, body={"symbol": "BTC_USDT", "orderId": order_id})
    api.refused(again, 400, "TRADE_OPERATION_DENIED")


def test_limit_sell_freezes_the_base_coin(api: Api) -> None:
    _, asks = book(api)
    order_id = api.order(symbol="BTC_USDT", side="SELL", type="LIMIT", size="1.5", price=str(asks[0][0] + 100))
    assert holdings(api)["BTC"] == (Decimal("8.5"), Decimal("1.5"))
    assert order(api, order_id)["feeCoin"] == "USDT"
    api.ok(api.private("DELETE", "/api/v1/trade/allOrders", body={"symbol": "BTC_USDT"}))
    assert holdings(api)["BTC"] == (Decimal(10), Decimal(0))
    assert_consistent(api)


def test_cancel_refusals(api: Api) -> None:
    order_id = api.order(symbol="ETH_USDT", side="BUY", type="LIMIT", size="0.1", price="3000")
    wrong_symbol = api.private("DELETE", ORDER, body={"symbol": "BTC_USDT", "orderId": order_id})
    api.refused(wrong_symbol, 400, "TRADE_ORDER_NOT_FOUND")
    api.refused(api.private("DELETE", ORDER, body={"symbol": "ETH_USDT", "orderId": 1}), 400, "TRADE_ORDER_NOT_FOUND")
    bad_id = api.private("DELETE", ORDER, body={"symbol": "ETH_USDT", "orderId": str(order_id)})
    api.refused(bad_id, 400, "TRADE_PARAMETER_ERROR")
    api.refused(api.private("DELETE", ORDER, body={"orderId": order_id}), 400, "TRADE_PARAMETER_ERROR")
    unknown = api.private("DELETE", ORDER, body={"symbol": "ETH_EUR", "orderId": order_id})
    api.refused(unknown, 400, "TRADE_INVALID_SYMBOL")
    assert order(api, order_id)["status"] == "OPEN"


def test_cancel_all_only_touches_one_symbol(api: Api) -> None:
    eth = [api.order(symbol="ETH_USDT", side="BUY", type="LIMIT", size="0.1", price=str(3000 - i)) for i in range(3)]
    sol = api.order(symbol="SOL_USDT", side="BUY", type="LIMIT", size="1", price="100")
    api.ok(api.private("DELETE", "/api/v1/trade/allOrders", body={"symbol": "ETH_USDT"}))
    assert [order(api, order_id)["status"] for order_id in eth] == ["CLOSED"] * 3
    assert order(api, sol)["status"] == "OPEN"
    assert holdings(api)["USDT"] == (Decimal(99900), Decimal(100))
    api.ok(api.private("DELETE", "/api/v1/trade/allOrders", body={"symbol": "ETH_USDT"}))  # nothing left: fine
    assert_consistent(api)


# -- taking liquidity --------------------------------------------------------------------------------


def test_crossing_limit_buy_walks_the_book_and_pays_fees(api: Api) -> None:
    _, asks = book(api)
    size = asks[0][1] + asks[1][1] + (asks[2][1] / 2).quantize(Decimal("0.000001"), ROUND_DOWN)
    limit_price = asks[2][0]
    order_id = api.order(symbol="BTC_USDT", side="BUY", type="LIMIT", size=str(size), price=str(limit_price))
    done = order(api, order_id)
    assert done["status"] == "CLOSED" and Decimal(done["filledSize"]) == size
    fills = api.get(ORDER_FILLS, orderId=order_id)["fills"]
    assert [(Decimal(f["price"]), f["role"], f["side"]) for f in fills] == [
        (asks[2][0], "TAKER", "BUY"),
        (asks[1][0], "TAKER", "BUY"),
        (asks[0][0], "TAKER", "BUY"),
    ]
    sizes = [asks[0][1], asks[1][1], size - asks[0][1] - asks[1][1]]
    assert [Decimal(f["size"]) for f in reversed(fills)] == sizes
    assert [Decimal(f["fee"]) for f in reversed(fills)] == [fee(part) for part in sizes]
    assert {f["feeCoin"] for f in fills} == {"BTC"}
    ids = [f["id"] for f in fills]
    assert ids == list(range(ids[0], ids[0] - 3, -1))
    spent = sum((price * part for (price, _), part in zip(asks, sizes, strict=False)), Decimal(0))
    total_fee = sum((fee(part) for part in sizes), Decimal(0))
    assert Decimal(done["filledAmount"]) == spent and Decimal(done["fee"]) == total_fee
    # Filling below the limit price gives the difference back: only what was paid leaves.
    assert holdings(api)["USDT"] == (Decimal(100000) - spent, Decimal(0))
    assert holdings(api)["BTC"] == (Decimal(10) + size - total_fee, Decimal(0))
    # Taken liquidity is gone from the book, and the trades are public.
    _, asks_after = book(api)
    assert asks_after[0] == (asks[2][0], asks[2][1] - sizes[2])
    trades = api.ok(api.public("/api/v1/market/trades", symbol="BTC_USDT", limit=10))["trades"]
    assert [(Decimal(t["price"]), Decimal(t["size"]), t["side"]) for t in trades[:3]] == [
        (asks[2][0], sizes[2], "BUY"),
        (asks[1][0], sizes[1], "BUY"),
        (asks[0][0], sizes[0], "BUY"),
    ]
    assert_consistent(api)


def test_partly_filled_limit_order_rests_the_rest(api: Api) -> None:
    _, asks = book(api, "ETH_USDT")
    price, available = asks[0]
    size = available + Decimal("0.5")
    order_id = api.order(symbol="ETH_USDT", side="BUY", type="LIMIT", size=str(size), price=str(price))
    resting = order(api, order_id)
    assert resting["status"] == "OPEN" and Decimal(resting["filledSize"]) == available
    assert holdings(api)["USDT"][1] == price * Decimal("0.5")
    bids, asks_after = book(api, "ETH_USDT")
    assert bids[0] == (price, Decimal("0.5")) and asks_after[0][0] > price
    api.ok(api.private("DELETE", ORDER, body={"symbol": "ETH_USDT", "orderId": order_id}))
    assert holdings(api)["USDT"] == (Decimal(100000) - price * available, Decimal(0))
    assert_consistent(api)


def test_ioc_cancels_what_does_not_fill_at_once(api: Api) -> None:
    bids, _ = book(api, "SOL_USDT")
    price, available = bids[0]
    size = available + 3
    order_id = api.order(symbol="SOL_USDT", side="SELL", type="LIMIT", size=str(size), price=str(price), IOC=True)
    done = order(api, order_id)
    assert done["status"] == "CLOSED" and done["IOC"] is True
    assert Decimal(done["filledSize"]) == available
    received = price * available
    assert holdings(api)["SOL"] == (Decimal(1000) - available, Decimal(0))
    assert holdings(api)["USDT"] == (Decimal(100000) + received - fee(received), Decimal(0))
    assert api.get(OPEN, symbol="SOL_USDT") == {"orders": []}
    # An IOC order that cannot fill at all closes empty.
    far = api.order(symbol="SOL_USDT", side="SELL", type="LIMIT", size="1", price=str(price + 5), IOC=True)
    assert order(api, far)["status"] == "CLOSED" and order(api, far)["filledSize"] == "0.00"
    assert_consistent(api)


def test_market_buy_spends_at_most_the_amount(api: Api) -> None:
    order_id = api.order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="2500.5")
    done = order(api, order_id)
    assert done["type"] == "MARKET" and done["status"] == "CLOSED"
    assert done["amount"] == "2500.50" and "price" not in done and "size" not in done
    spent, bought = Decimal(done["filledAmount"]), Decimal(done["filledSize"])
    _, asks = book(api, limit=1)
    assert Decimal("2500.5") - asks[0][0] * Decimal("0.000001") <= spent <= Decimal("2500.5")
    fills = api.get(ORDER_FILLS, orderId=order_id)["fills"]
    assert sum(Decimal(f["size"]) for f in fills) == bought
    assert sum(Decimal(f["price"]) * Decimal(f["size"]) for f in fills) == spent
    assert holdings(api)["USDT"] == (Decimal(100000) - spent, Decimal(0))
    assert holdings(api)["BTC"] == (Decimal(10) + bought - Decimal(done["fee"]), Decimal(0))
    assert_consistent(api)


def test_market_sell_sells_the_size_walking_the_bids(api: Api) -> None:
    bids, _ = book(api, "ETH_BTC", limit=100)
    order_id = api.order(symbol="ETH_BTC", side="SELL", type="MARKET", size="40")
    done = order(api, order_id)
    assert done["filledSize"] == "40.000" and done["feeCoin"] == "BTC" and "amount" not in done
    fills = api.get(ORDER_FILLS, orderId=order_id)["fills"][::-1]
    assert len(fills) > 1
    assert [Decimal(f["price"]) for f in fills] == [price for price, _ in bids[: len(fills)]]
    received = Decimal(done["filledAmount"])
    assert holdings(api)["ETH"] == (Decimal(60), Decimal(0))
    assert holdings(api)["BTC"] == (Decimal(10) + received - Decimal(done["fee"]), Decimal(0))
    assert_consistent(api)


def test_resting_order_fills_as_maker_for_another_account(api: Api) -> None:
    api.sandbox.add_account("maker", "maker-key", "maker-secret", balances={"BTC": 1})
    maker: dict[str, Any] = {"key": "maker-key", "secret": "maker-secret"}
    _, asks = book(api)
    price = asks[0][0] - Decimal("0.01")  # the new best ask
    body = {"symbol": "BTC_USDT", "side": "SELL", "type": "LIMIT", "size": "0.2", "price": str(price)}
    maker_order = api.ok(api.private("POST", ORDER, body=body, **maker))["orderId"]
    taker_order = api.order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.2", price=str(price))
    assert order(api, taker_order)["status"] == "CLOSED"
    made = api.ok(api.private("GET", ORDER, {"orderId": maker_order}, **maker))
    assert made["status"] == "CLOSED" and made["filledSize"] == "0.200000"
    maker_fills = api.ok(api.private("GET", FILLS, {"symbol": "BTC_USDT"}, **maker))["fills"]
    taker_fills = api.get(FILLS, symbol="BTC_USDT")["fills"]
    assert [(f["role"], f["side"], Decimal(f["price"])) for f in maker_fills] == [("MAKER", "SELL", price)]
    assert [(f["role"], f["side"], Decimal(f["price"])) for f in taker_fills] == [("TAKER", "BUY", price)]
    proceeds = price * Decimal("0.2")
    assert holdings(api, "maker-key", "maker-secret") == {
        "BTC": (Decimal("0.8"), Decimal(0)),
        "USDT": (proceeds - fee(proceeds), Decimal(0)),
    }
    # Other accounts' orders are invisible.
    api.refused(api.private("GET", ORDER, {"orderId": maker_order}), 400, "TRADE_ORDER_NOT_FOUND")
    assert api.get(ORDER_FILLS, orderId=maker_order) == {"fills": []}
    assert_consistent(api)


# -- refusals ----------------------------------------------------------------------------------------


def limit(**changes: object) -> dict[str, object]:
    body: dict[str, object] = {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "size": "0.01", "price": "60000"}
    body.update(changes)
    return {key: value for key, value in body.items() if value is not None}


@pytest.mark.parametrize(
    "body",
    [
        limit(size="0.0000001"),  # 7 decimals, BTC sizes have 6
        limit(price="60000.001"),  # 3 decimals, prices have 2
        {"symbol": "BTC_USDT", "side": "BUY", "type": "MARKET", "amount": "100.001"},  # amounts have 2
        limit(size=0.01),  # a JSON number, not a decimal string
        limit(size="-1"),
        limit(size="0"),
        limit(size="1e-2"),
        limit(size=" 0.01"),
        limit(price=None),
        limit(size=None),
        limit(amount="100"),
        limit(side="buy"),
        limit(type="STOP"),
        limit(IOC="yes"),
        {"symbol": "BTC_USDT", "side": "BUY", "type": "MARKET"},
        {"symbol": "BTC_USDT", "side": "BUY", "type": "MARKET", "amount": "100", "size": "0.01"},
        {"symbol": "BTC_USDT", "side": "SELL", "type": "MARKET", "size": "0.01", "amount": "100"},
        {"symbol": "BTC_USDT", "side": "SELL", "type": "MARKET", "size": "0.01", "price": "60000"},
        limit(symbol=None),
        limit(clientOrderId="has space"),
        limit(clientOrderId="under_score"),
        limit(clientOrderId="x" * 65),
        limit(clientOrderId=""),
        limit(clientOrderId=42),
    ],
)
def test_malformed_orders_are_parameter_errors(api: Api, body: dict[str, object]) -> None:
    api.refused(api.private("POST", ORDER, body=body), 400, "TRADE_PARAMETER_ERROR")
    assert api.sandbox.engine(Spot).orders == {}


@pytest.mark.parametrize("raw", [b"", b"not json", b"[1, 2]", b'"text"'])
def test_body_must_be_a_json_object(api: Api, raw: bytes) -> None:
    api.refused(api.private("POST", ORDER, body=raw), 400, "TRADE_PARAMETER_ERROR")


@pytest.mark.parametrize("symbol", ["DOGE_USDT", "btc_usdt", "BTC_USDT_PERP"])
def test_unknown_or_non_spot_symbols(api: Api, symbol: str) -> None:
    api.refused(api.private("POST", ORDER, body=limit(symbol=symbol)), 400, "TRADE_INVALID_SYMBOL")
    api.refused(api.private("GET", OPEN, {"symbol": symbol}), 400, "TRADE_INVALID_SYMBOL")


def test_trailing_zeros_within_precision_are_fine(api: Api) -> None:
    order_id = api.order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.0100000000", price="60000.000")
    assert order(api, order_id)["size"] == "0.010000"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"symbol": "ETH_USDT", "side": "BUY", "type": "LIMIT", "size": "0.0005", "price": "3000"}, "minimum trade"),
        ({"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "size": "0.0001", "price": "60000"}, "minimum amount"),
        ({"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "size": "1001", "price": "1"}, "maximum trade"),
        ({"symbol": "BTC_USDT", "side": "BUY", "type": "MARKET", "amount": "9.99"}, "minimum amount"),
        ({"symbol": "SOL_USDT", "side": "SELL", "type": "MARKET", "size": "0.05"}, "minimum MARKET SELL"),
        ({"symbol": "BTC_USDT", "side": "SELL", "type": "MARKET", "size": "100.5"}, "maximum MARKET SELL"),
        ({"symbol": "ETH_BTC", "side": "BUY", "type": "LIMIT", "size": "0.001", "price": "0.05"}, "minimum amount"),
    ],
)
def test_sizes_and_amounts_outside_the_rules(api: Api, body: dict[str, object], words: str) -> None:
    message = api.refused(api.private("POST", ORDER, body=body), 400, "TRADE_PARAMETER_ERROR")
    assert words in message


def test_prices_far_from_the_market_are_refused(api: Api) -> None:
    last = Decimal(api.ok(api.public("/api/v1/market/trades", symbol="BTC_USDT", limit=10))["trades"][0]["price"])
    too_high = (last * Decimal("1.21")).quantize(Decimal("0.01"))
    too_low = (last * Decimal("0.79")).quantize(Decimal("0.01"))
    api.refused(api.private("POST", ORDER, body=limit(size="0.001", price=str(too_high))), 400, "TRADE_PARAMETER_ERROR")
    sell = limit(side="SELL", size="0.001", price=str(too_low))
    api.refused(api.private("POST", ORDER, body=sell), 400, "TRADE_PARAMETER_ERROR")


def test_insufficient_balance_and_no_negative_balances(api: Api) -> None:
    refusals = [
        limit(size="2", price="60000"),  # 120000 USDT
        {"symbol": "BTC_USDT", "side": "BUY", "type": "MARKET", "amount": "100000.01"},
        {"symbol": "BTC_USDT", "side": "SELL", "type": "MARKET", "size": "10.000001"},
        limit(side="SELL", size="10.000001", price="70000"),
        {"symbol": "ETH_BTC", "side": "BUY", "type": "LIMIT", "size": "300", "price": "0.04"},  # 12 BTC
    ]
    for body in refusals:
        message = api.refused(api.private("POST", ORDER, body=body), 400, "TRADE_OPERATION_DENIED")
        assert "insufficient balance" in message
    # Frozen funds are not free: a second order cannot use them.
    api.order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="1", price="60000")
    second = api.private("POST", ORDER, body=limit(size="0.7", price="60000"))
    assert "insufficient balance" in api.refused(second, 400, "TRADE_OPERATION_DENIED")
    # Everything can be spent, to the last cent, and nothing goes below zero.
    api.order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="40000")
    api.order(symbol="BTC_USDT", side="SELL", type="MARKET", size="10")
    free_usdt = holdings(api)["USDT"][0]
    api.order(symbol="ETH_USDT", side="BUY", type="MARKET", amount=str(free_usdt.quantize(Decimal("0.01"), ROUND_DOWN)))
    for coin, (free, frozen) in holdings(api).items():
        assert free >= 0 and frozen >= 0, coin
    assert holdings(api)["USDT"][1] == Decimal(60000)
    assert_consistent(api)


# -- client order ids -----------------------------------------------------------------------------


def test_client_order_ids(api: Api) -> None:
    order_id = api.order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.01", price="60000", clientOrderId="a-1")
    placed = api.ok(api.private("POST", ORDER, body=limit(clientOrderId="B-2")))
    assert placed["clientOrderId"] == "B-2"
    found = api.get(BY_CLIENT_ID, clientOrderId="a-1")
    assert found["orderId"] == order_id and found["clientOrderId"] == "a-1"
    message = api.refused(api.private("POST", ORDER, body=limit(clientOrderId="a-1")), 400, "TRADE_PARAMETER_ERROR")
    assert "already used" in message
    # Still taken once the order is closed.
    api.ok(api.private("DELETE", ORDER, body={"symbol": "BTC_USDT", "orderId": order_id}))
    api.refused(api.private("POST", ORDER, body=limit(clientOrderId="a-1")), 400, "TRADE_PARAMETER_ERROR")
    # Unique per account: another account may use it.
    api.sandbox.add_account("other", "other-key", "other-secret", balances={"USDT": 1000})
    other = api.private("POST", ORDER, body=limit(clientOrderId="a-1"), key="other-key", secret="other-secret")
    assert api.ok(other)["clientOrderId"] == "a-1"
    api.ok(api.private("POST", ORDER, body=limit(clientOrderId="x" * 64)))
    api.refused(api.private("GET", BY_CLIENT_ID, {"clientOrderId": "nope"}), 400, "TRADE_ORDER_NOT_FOUND")
    api.refused(api.private("GET", BY_CLIENT_ID), 400, "TRADE_PARAMETER_ERROR")


# -- mass orders -----------------------------------------------------------------------------------


def item(price: str, size: str = "0.01", side: str = "BUY", **extra: object) -> dict[str, object]:
    return {"side": side, "type": "LIMIT", "size": size, "price": price, **extra}


def test_mass_order_places_every_order_in_request_order(api: Api) -> None:
    orders = [item("60000", clientOrderId="m-1"), item("59000"), item("90000", side="SELL", clientOrderId="m-3")]
    placed = api.ok(api.private("POST", MASS, body={"symbol": "BTC_USDT", "orders": orders}))["orderIds"]
    assert [entry.get("clientOrderId") for entry in placed] == ["m-1", None, "m-3"]
    ids = [entry["orderId"] for entry in placed]
    assert ids == sorted(ids) and ids[2] - ids[0] == 2
    assert sorted(entry["orderId"] for entry in api.get(OPEN, symbol="BTC_USDT")["orders"]) == ids
    assert holdings(api)["USDT"] == (Decimal(100000) - 600 - 590, Decimal(1190))
    assert holdings(api)["BTC"] == (Decimal("9.99"), Decimal("0.01"))
    assert_consistent(api)


@pytest.mark.parametrize(
    ("orders", "code"),
    [
        ([item("60000"), item("60000.001")], "TRADE_PARAMETER_ERROR"),  # one bad price
        ([item("60000"), {"side": "BUY", "type": "MARKET", "amount": "100"}], "TRADE_PARAMETER_ERROR"),
        ([item("60000", clientOrderId="same"), item("59000", clientOrderId="same")], "TRADE_PARAMETER_ERROR"),
        ([item("60000", size="1"), item("59000", size="0.7")], "TRADE_OPERATION_DENIED"),  # together > 100000
        ([item("60000")] * 21, "TRADE_PARAMETER_ERROR"),
        ([], "TRADE_PARAMETER_ERROR"),
        ([item("60000"), "order"], "TRADE_PARAMETER_ERROR"),
    ],
)
def test_mass_order_is_all_or_nothing(api: Api, orders: list[object], code: str) -> None:
    response = api.private("POST", MASS, body={"symbol": "BTC_USDT", "orders": orders})
    api.refused(response, 400, code)
    assert api.sandbox.engine(Spot).orders == {}
    assert holdings(api)["USDT"] == (Decimal(100000), Decimal(0))


def test_mass_order_symbol_checks(api: Api) -> None:
    api.refused(api.private("POST", MASS, body={"symbol": "NOPE", "orders": [item("1")]}), 400, "TRADE_INVALID_SYMBOL")
    api.refused(api.private("POST", MASS, body={"symbol": "BTC_USDT"}), 400, "TRADE_PARAMETER_ERROR")


def test_at_most_200_open_orders_per_symbol(api: Api) -> None:
    for batch in range(10):
        orders = [item(str(50000 + batch * 20 + i), size="0.0002") for i in range(20)]
        api.ok(api.private("POST", MASS, body={"symbol": "BTC_USDT", "orders": orders}))
    message = api.refused(api.private("POST", ORDER, body=limit(price="49000")), 400, "TRADE_OPERATION_DENIED")
    assert "open orders" in message
    api.order(symbol="ETH_USDT", side="BUY", type="LIMIT", size="0.01", price="3000")  # other pairs are fine
    assert len(api.get(OPEN, symbol="BTC_USDT")["orders"]) == 200


# -- history -------------------------------------------------------------------------------------


def test_all_orders_filters_and_limits(api: Api) -> None:
    start = api.clock.now
    ids = []
    for step in range(5):
        api.clock.now = start + step * 1000
        ids.append(api.order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.001", price=str(60000 + step)))
    api.order(symbol="ETH_USDT", side="BUY", type="LIMIT", size="0.01", price="3000")
    listed = [entry["orderId"] for entry in api.get(ALL, symbol="BTC_USDT")["orders"]]
    assert listed == ids[::-1]
    assert [e["orderId"] for e in api.get(ALL, symbol="BTC_USDT", limit=2)["orders"]] == ids[:2:-1][:2]
    window = api.get(ALL, symbol="BTC_USDT", startTime=start + 1000, endTime=start + 3000)["orders"]
    assert [entry["orderId"] for entry in window] == [ids[3], ids[2], ids[1]]
    assert api.get(ALL, symbol="SOL_USDT") == {"orders": []}
    for params in ({"limit": -1}, {"limit": 201}, {"startTime": 5, "endTime": 4}, {"startTime": "x"}, {}):
        query = {"symbol": "BTC_USDT", **params} if params else {}
        api.refused(api.private("GET", ALL, query), 400, "TRADE_PARAMETER_ERROR")


def test_order_lookup_refusals(api: Api) -> None:
    api.refused(api.private("GET", ORDER, {"orderId": 123}), 400, "TRADE_ORDER_NOT_FOUND")
    api.refused(api.private("GET", ORDER, {"orderId": "abc"}), 400, "TRADE_PARAMETER_ERROR")
    api.refused(api.private("GET", ORDER), 400, "TRADE_PARAMETER_ERROR")
    api.refused(api.private("GET", ORDER_FILLS), 400, "TRADE_PARAMETER_ERROR")
    api.refused(api.private("GET", FILLS), 400, "TRADE_PARAMETER_ERROR")
    assert api.get(ORDER_FILLS, orderId=987654) == {"fills": []}


def test_fills_are_newest_first_capped_at_100_and_page_backwards() -> None:
    clock = Clock()
    app = create_app(seed=3, clock=clock)
    for api in open_api(app, clock):
        api.sandbox.add_account("whale", "whale-key", "whale-secret", balances={"USDT": 50_000_000})
        whale: dict[str, Any] = {"key": "whale-key", "secret": "whale-secret"}
        clock.now += 1000
        body = {"symbol": "SOL_USDT", "side": "BUY", "type": "MARKET", "amount": "10000000"}
        order_id = api.ok(api.private("POST", ORDER, body=body, **whale))["orderId"]
        everything = [fill for fill in api.sandbox.engine(Spot).fills if fill.order_id == order_id]
        assert len(everything) > 300
        expected = [fill.fill_id for fill in reversed(everything)]

        pages: list[int] = []
        from_id: int | None = None
        while True:
            params: dict[str, object] = (
                {"orderId": order_id} if from_id is None else {"orderId": order_id, "fromId": from_id}
            )
            page = api.ok(api.private("GET", ORDER_FILLS, params, **whale))["fills"]
            if not page:
                break
            assert len(page) <= 100
            pages.extend(fill["id"] for fill in page)
            from_id = page[-1]["id"]
        assert pages == expected

        latest = api.ok(api.private("GET", FILLS, {"symbol": "SOL_USDT"}, **whale))["fills"]
        assert [fill["id"] for fill in latest] == expected[:100]
        in_range = api.ok(
            api.private("GET", FILLS, {"symbol": "SOL_USDT", "startTime": clock.now, "endTime": clock.now}, **whale)
        )["fills"]
        assert len(in_range) == 100
        before = api.ok(api.private("GET", FILLS, {"symbol": "SOL_USDT", "endTime": clock.now - 1}, **whale))
        assert before == {"fills": []}
        assert api.sandbox.audit() == []


# -- determinism ------------------------------------------------------------------------------------


def scripted_session(seed: int) -> list[bytes]:
    """A fixed sequence of requests (successes and refusals) against a fresh sandbox."""
    clock = Clock()
    replies: list[bytes] = []
    for api in open_api(create_app(seed=seed, clock=clock), clock):
        _, asks = book(api)
        steps: list[tuple[str, str, dict[str, object] | None, object]] = [
            ("POST", ORDER, None, limit(size="0.5", price=str(asks[3][0]), clientOrderId="d-1")),
            ("POST", ORDER, None, {"symbol": "BTC_USDT", "side": "SELL", "type": "MARKET", "size": "0.2"}),
            ("POST", ORDER, None, {"symbol": "ETH_USDT", "side": "BUY", "type": "MARKET", "amount": "5000"}),
            ("POST", MASS, None, {"symbol": "SOL_USDT", "orders": [item("140"), item("200", side="SELL")]}),
            ("POST", ORDER, None, limit(size="5", price="60000")),
            ("DELETE", "/api/v1/trade/allOrders", None, {"symbol": "SOL_USDT"}),
            ("GET", BALANCES, None, None),
            ("GET", ALL, {"symbol": "BTC_USDT"}, None),
            ("GET", FILLS, {"symbol": "BTC_USDT"}, None),
            ("GET", ALL, {"symbol": "SOL_USDT"}, None),
        ]
        for method, path, params, body in steps:
            replies.append(api.private(method, path, params, body).content)
            clock.now += 250
        for path, query in ((DEPTH, {"symbol": "BTC_USDT"}), ("/api/v1/market/trades", {"symbol": "ETH_USDT"})):
            replies.append(api.public(path, **query).content)
        assert api.sandbox.audit() == []
    return replies


def test_same_seed_and_requests_give_byte_identical_replies() -> None:
    first, second = scripted_session(5), scripted_session(5)
    assert first == second
    assert first != scripted_session(6)


# -- robustness ---------------------------------------------------------------------------------


def test_extreme_but_valid_numbers_stay_exact(api: Api) -> None:
    price = "99999999999999999999.99"
    order_id = api.order(symbol="BTC_USDT", side="SELL", type="LIMIT", size="9.999999", price=price)
    placed = order(api, order_id)
    assert (placed["price"], placed["size"], placed["status"]) == (price, "9.999999", "OPEN")
    assert holdings(api)["BTC"] == (Decimal("0.000001"), Decimal("9.999999"))
    _, asks = book(api, limit=1000)
    assert asks[-1][0] < Decimal(price)
    assert_consistent(api)


def test_hostile_bodies_are_parameter_errors(api: Api) -> None:
    nested = b"[" * 100_000 + b"]" * 100_000
    api.refused(api.private("POST", ORDER, body=nested), 400, "TRADE_PARAMETER_ERROR")
    api.refused(api.private("POST", ORDER, body=b"\xff\xfe{}"), 400, "TRADE_PARAMETER_ERROR")
    api.refused(api.private("POST", ORDER, body=limit(size="1" * 21)), 400, "TRADE_PARAMETER_ERROR")


def test_accounts_are_checked_when_added(api: Api) -> None:
    with pytest.raises(ValueError, match="already exists"):
        api.sandbox.add_account("again", "sandbox-key-NOT-A-REAL-KEY", "x")
    with pytest.raises(ValueError, match="permission"):
        api.sandbox.add_account("odd", "odd-key", "odd-secret", permissions={"withdraw"})
    with pytest.raises(ValueError, match="non-negative"):
        api.sandbox.add_account("poor", "poor-key", "poor-secret", balances={"USDT": -1})
    with pytest.raises(ValueError, match="read-only"):
        create_app(api_key="sandbox-readonly-key-NOT-REAL")
