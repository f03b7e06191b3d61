"""Smart-copy bots in the sandbox: created on a user signal, following its pushes at the price of each
moment, stopped by their take profit or stop loss as the clock moves, cancelled; money exact.

The expected trades are worked out here from the documented rule and our own price path: a buy
spends ``position_size`` of the item's quote at the path's price of the push's moment, its size
rounded down to the pair's step, paying 0.05 % of the base it gets (rounded up to 8 places); a
sell sells ``position_size`` of the base, paying 0.05 % of the quote.  Every test ends with the
money check of copy_support.py (each account's coins in every place plus its bots', after less
before, equal to its bots' market entries) and a clean audit.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from pionex_sandbox import DEFAULT_API_KEY
from pionex_sandbox.core.prices import DAY, HOUR
from tests.sandbox.copy_support import EIGHT, OTHER_KEY, Desk, bought, checked_desk, path, price_at, sold
from tests.sandbox.sandbox_support import Clock

ZERO = Decimal(0)


@pytest.fixture
def desk(clock: Clock) -> Iterator[Desk]:
    yield from checked_desk(clock)


def item(base: str, signal_type: str, **fields: Any) -> dict[str, Any]:
    return {"base": base, "signal_type": signal_type, "leverage": 1, **fields}


def create(desk: Desk, investment: str, *items: dict[str, Any], key: str = DEFAULT_API_KEY, **fields: Any) -> str:
    body: dict[str, Any] = {
        "base": items[0]["base"],
        "quote": "USDT",
        "bu_order_data": {"quote_total_investment": investment, "portfolio": list(items)},
        **fields,
    }
    return str(desk.call("botSmartCopyCreate", body, key=key)["bu_order_id"])


def spot(desk: Desk, coin: str, key: str = DEFAULT_API_KEY) -> Decimal:
    return desk.sandbox.places["SPOT"].free(key, coin)


def test_a_bot_follows_its_signals_pushes_at_the_price_of_each_moment(desk: Desk) -> None:
    signal = desk.signal("trend")
    usdt, btc = spot(desk, "USDT"), spot(desk, "BTC")
    created = desk.clock.now
    bot_id = create(desk, "1000", item("BTC", signal), note="first bot", copy_from="kol-1", copy_type="signal")
    assert spot(desk, "USDT") == usdt - 1000  # locked from the spot holdings

    reply = desk.bot(bot_id)
    assert (reply["buOrderType"], reply["status"], reply["base"], reply["quote"]) == (
        "smart_copy",
        "running",
        "BTC",
        "USDT",
    )
    assert (reply["note"], reply["copyFrom"], reply["copyType"], reply["createTime"]) == (
        "first bot",
        "kol-1",
        "signal",
        created,
    )
    assert DEFAULT_API_KEY not in str(reply) and DEFAULT_API_KEY not in repr(desk.copying.bots[bot_id])
    assert DEFAULT_API_KEY not in repr(desk.copying.signals.by_type[signal])
    data = reply["buOrderData"]
    assert (data["quoteTotalInvestment"], data["currentQuoteAmount"], data["tradeType"], data["status"]) == (
        "1000",
        "1000",
        "spot",
        "running",
    )
    assert (data["kolSignalId"], data["signalName"], data["initQuotePrice"]) == (signal, "trend", "1")
    (entry,) = data["portfolio"]
    assert (entry["signalType"], entry["percent"], entry["leverage"], entry["currentBaseAmount"]) == (
        signal,
        "1",
        1,
        "0",
    )
    assert Decimal(entry["initPrice"]) == price_at("BTC_USDT", created)

    quote, base, fee_base, fee_quote = Decimal(1000), ZERO, ZERO, ZERO
    spent = received = ZERO
    moments = []

    def wanted(position: str) -> tuple[Decimal, Decimal]:
        """The price now and the base the item is to hold after the push, in quote (no compound)."""
        price = price_at("BTC_USDT", desk.clock.now)
        money = min(quote + base * price, Decimal(1000))
        return price, min(max(Decimal(position), ZERO), Decimal(1)) * money

    def buy(position: str) -> None:
        nonlocal quote, base, fee_base, spent
        price, worth = wanted(position)
        _, size, cost, fee = bought("BTC_USDT", max(min(worth - base * price, quote), ZERO), desk.clock.now)
        desk.push(signal, "buy", position)
        quote, base, fee_base, spent = quote - cost, base + size - fee, fee_base + fee, spent + cost
        if size:
            moments.append((desk.clock.now, "buy", price, size))

    def sell(position: str) -> None:
        nonlocal quote, base, fee_quote, received
        price, worth = wanted(position)
        _, size, notional, fee = sold("BTC_USDT", max(base - worth / price, ZERO), desk.clock.now)
        desk.push(signal, "sell", position)
        quote, base, fee_quote, received = (
            quote + notional - fee,
            base - size,
            fee_quote + fee,
            received + notional - fee,
        )
        if size:
            moments.append((desk.clock.now, "sell", price, size))

    desk.move(HOUR)
    buy("0.5")  # half of its money in BTC
    desk.move(3 * HOUR + 17)
    buy("1")  # the rest
    desk.move(HOUR)
    buy("0.3")  # it holds more than that already: nothing happens
    desk.move(4 * HOUR + 250)
    sell("0.5")  # back to half
    entry = desk.bot(bot_id)["buOrderData"]["portfolio"][0]
    assert (entry["roundCount"], entry["currentRound"]) == (0, 1)  # a round is open
    desk.move(2 * HOUR)
    sell("-1")  # a spot bot cannot go short: all out
    desk.move(HOUR)
    sell("0")  # nothing left to sell: nothing happens

    (held,) = desk.copying.bots[bot_id].items
    assert [(t.time, t.side, t.price, t.size) for t in held.trades] == moments
    assert all(size > 0 for *_, size in moments) and len({price for _, _, price, _ in moments}) == 4
    data = desk.bot(bot_id)["buOrderData"]
    entry = data["portfolio"][0]
    assert Decimal(entry["currentBaseAmount"]) == base < Decimal("0.000001")  # dust below the pair's size step
    assert Decimal(entry["amountSettle"]) == quote == Decimal(data["currentQuoteAmount"])
    assert (Decimal(entry["totalFeeInBase"]), Decimal(entry["totalFeeInQuote"])) == (fee_base, fee_quote)
    assert (entry["roundCount"], entry["currentRound"], entry["currentRoundMonth"]) == (1, 1, "")
    round_profit = received - spent
    assert entry["profitRoundCount"] == (1 if round_profit > 0 else 0)
    assert Decimal(entry["profitPositive"]) == max(round_profit, ZERO)
    now_price = price_at("BTC_USDT", desk.clock.now)
    assert Decimal(entry["profit"]) == Decimal(data["profit"]) == quote + base * now_price - 1000
    assert data["roundCount24h"] == 1

    # Cancel at a later moment: nothing to sell (dust only); everything goes back to the spot holdings.
    desk.move(DAY)
    assert desk.bot(bot_id)["buOrderData"]["roundCount24h"] == 0
    assert desk.call("botSmartCopyCancel", {"bu_order_id": bot_id, "close_note": "done"}) == {"success": True}
    assert spot(desk, "USDT") == usdt - 1000 + quote and spot(desk, "BTC") == btc + base
    reply = desk.bot(bot_id)
    data = reply["buOrderData"]
    assert (reply["status"], reply["closeTime"], reply["closeNote"]) == ("finished", desk.clock.now, "done")
    assert (data["status"], data["reasonBy"], data["currentQuoteAmount"]) == ("canceled", "user_cancel", "0")
    assert Decimal(data["closedQuoteAmount"]) == quote
    entry = data["portfolio"][0]
    assert (entry["status"], Decimal(entry["closedQuoteAmount"]), Decimal(entry["closedBaseAmount"])) == (
        "closed",
        quote,
        base,
    )


def test_cancel_sells_what_the_items_hold_at_the_price_of_the_moment(desk: Desk) -> None:
    first, second = desk.signal("a"), desk.signal("b")
    usdt, btc, eth = spot(desk, "USDT"), spot(desk, "BTC"), spot(desk, "ETH")
    bot_id = create(
        desk,
        "3000.5",
        item("BTC", first, percent="0.6"),
        item("ETH", second, percent="0.4", signal_param='{"side":"long"}'),
    )
    bot = desk.copying.bots[bot_id]
    assert [held.share for held in bot.items] == [Decimal("1800.3"), Decimal("1200.2")]

    desk.move(HOUR)
    _, btc_size, btc_cost, btc_fee = bought("BTC_USDT", Decimal("1800.3"), desk.clock.now)
    desk.push(first, "buy")
    desk.push(second, "buy", base="ETH")  # another signalParam: the ETH item does not follow it
    assert bot.items[1].trades == type(bot.items[1].trades)()
    _, eth_size, eth_cost, eth_fee = bought("ETH_USDT", Decimal("1200.2") * Decimal("0.3"), desk.clock.now)
    desk.push(second, "buy", "0.3", base="ETH", signal_param='{"side":"long"}')
    desk.push(first, "buy", base="ETH")  # the BTC item follows its signal on BTC only
    assert [len(held.trades) for held in bot.items] == [1, 1]
    assert desk.copying.signals.by_type[first].pushes[-1].followers == 0

    desk.move(7 * HOUR + 3)
    moment = desk.clock.now
    btc_base, eth_base = btc_size - btc_fee, eth_size - eth_fee
    _, btc_sold, btc_notional, btc_sell_fee = sold("BTC_USDT", btc_base, moment)
    _, eth_sold, eth_notional, eth_sell_fee = sold("ETH_USDT", eth_base, moment)
    desk.call("botSmartCopyCancel", {"bu_order_id": bot_id, "convert_into_earn_coin": True})
    quote_back = Decimal("3000.5") - btc_cost - eth_cost + btc_notional - btc_sell_fee + eth_notional - eth_sell_fee
    assert spot(desk, "USDT") == usdt - Decimal("3000.5") + quote_back
    assert spot(desk, "BTC") == btc + btc_base - btc_sold and spot(desk, "ETH") == eth + eth_base - eth_sold
    data = desk.bot(bot_id)["buOrderData"]
    assert data["convertIntoEarnCoin"] == 1 and Decimal(data["closedQuoteAmount"]) == quote_back
    prices = [Decimal(entry["closedPrice"]) for entry in data["portfolio"]]
    assert prices == [price_at("BTC_USDT", moment), price_at("ETH_USDT", moment)]
    expected = quote_back + (btc_base - btc_sold) * prices[0] + (eth_base - eth_sold) * prices[1] - Decimal("3000.5")
    assert Decimal(data["profit"]) == expected

    assert (
        "already finished"
        in desk.refused("TRADE_OPERATION_DENIED", "botSmartCopyCancel", {"bu_order_id": bot_id}).message
    )


def moments_of_a_rise(symbol: str, start: int) -> tuple[int, int]:
    """Two whole hours after ``start``, the second's price at least 0.5 % above the first's."""
    prices = path(symbol)
    for first in range(1, 300):
        for later in range(first + 1, first + 48):
            if prices.price(start + later * HOUR) > prices.price(start + first * HOUR) * Decimal("1.005"):
                return start + first * HOUR, start + later * HOUR
    raise AssertionError("no rise found")


def test_without_compound_a_buy_spends_at_most_the_share_with_compound_everything(desk: Desk) -> None:
    signal = desk.signal()
    start = desk.clock.now
    plain = create(desk, "1000", item("BTC", signal))
    body = {
        "base": "BTC",
        "quote": "USDT",
        "bu_order_data": {"quote_total_investment": 1000, "compound": True, "portfolio": [item("BTC", signal)]},
    }
    compounding = desk.call("botSmartCopyCreate", body)["bu_order_id"]
    low, high = moments_of_a_rise("BTC_USDT", start)
    desk.clock.now = low
    desk.push(signal, "buy")
    desk.clock.now = high
    desk.push(signal, "sell")
    bots = desk.copying.bots
    after_plain, after_compound = bots[plain].items[0].quote, bots[compounding].items[0].quote
    assert after_plain == after_compound > 1000  # the round made a profit
    desk.move(HOUR)
    # All in again: up to its share without compound (less what its dust of BTC is worth), else all its money.
    dust = bots[plain].items[0].base
    assert dust == bots[compounding].items[0].base < Decimal("0.000001")
    dust_worth = dust * price_at("BTC_USDT", desk.clock.now)
    _, _, plain_cost, _ = bought("BTC_USDT", 1000 - dust_worth, desk.clock.now)
    _, _, compound_cost, _ = bought("BTC_USDT", after_compound, desk.clock.now)
    desk.push(signal, "buy")
    assert bots[plain].items[0].quote == after_plain - plain_cost  # the profit stays aside
    assert bots[compounding].items[0].quote == after_compound - compound_cost
    assert compound_cost > 1000 >= plain_cost
    for bot_id in (plain, compounding):
        entry = desk.bot(bot_id)["buOrderData"]["portfolio"][0]
        assert (entry["roundCount"], entry["profitRoundCount"], entry["currentRound"]) == (1, 1, 2)
        assert entry["currentRoundMonth"] != ""


def stop_setup(desk: Desk, kind: str) -> tuple[str, int]:
    """A bot that bought everything at the creation's moment, with a stop its price reaches within two days."""
    signal = desk.signal()
    start = desk.clock.now
    prices = path("BTC_USDT")
    hours = [prices.price(start + hour * HOUR) for hour in range(1, 49)]
    price, size, cost, fee = bought("BTC_USDT", Decimal(1000), start)
    target = (price + (max(hours) if kind == "profit" else min(hours))) / 2
    quote, base = 1000 - cost, size - fee
    ratio = ((quote + base * target - 1000) / 1000).quantize(Decimal("0.000001"))
    assert (ratio > 0) if kind == "profit" else (-1 < ratio < 0)
    field = "profit_stop_ratio" if kind == "profit" else "loss_stop_ratio"
    bot_id = create(desk, "1000", item("BTC", signal, **{field: str(ratio)}))
    desk.push(signal, "buy")
    return bot_id, start


@pytest.mark.parametrize("kind", ["profit", "loss"])
def test_a_stop_closes_the_item_at_the_first_moment_the_price_reaches_it(desk: Desk, kind: str) -> None:
    usdt = spot(desk, "USDT")
    bot_id, start = stop_setup(desk, kind)
    bot = desk.copying.bots[bot_id]
    (held,) = bot.items
    stop = held.profit_stop if kind == "profit" else held.loss_stop
    assert stop is not None
    quote, base = held.quote, held.base

    def reached(moment: int) -> bool:
        gain = quote + base * price_at("BTC_USDT", moment) - 1000
        return gain >= 1000 * stop if kind == "profit" else gain <= 1000 * stop

    desk.move(2 * DAY)  # one jump of the clock: the next request finds the bot stopped
    reply = desk.bot(bot_id)
    data = reply["buOrderData"]
    assert (reply["status"], data["reasonBy"], data["status"]) == ("finished", f"{kind}_stop", "canceled")
    closed = reply["closeTime"]
    assert start < closed <= start + 2 * DAY
    # The first market step: reached then, not a step before, nor at any whole hour before
    # (the path is a straight line between whole hours).
    assert closed % 500 == 0 and reached(closed) and not reached(closed - 500)
    assert not any(reached(hour) for hour in range((start // HOUR + 1) * HOUR, closed, HOUR))
    price, _, notional, fee = sold("BTC_USDT", base, closed)
    (entry,) = data["portfolio"]
    assert (Decimal(entry["closedPrice"]), entry["status"]) == (price, "closed")
    back = quote + notional - fee
    assert Decimal(data["closedQuoteAmount"]) == back
    assert spot(desk, "USDT") == usdt - 1000 + back
    assert "finished" in desk.refused("TRADE_OPERATION_DENIED", "botSmartCopyCancel", {"bu_order_id": bot_id}).message


def test_stops_are_checked_right_after_a_trade_and_an_item_closes_alone(desk: Desk) -> None:
    signal, other = desk.signal(), desk.signal()
    bot_id = create(
        desk,
        "2000",
        item("BTC", signal, percent="0.5", loss_stop_ratio="-0.0001"),
        item("ETH", other, percent="0.5", profit_stop_ratio="0.5"),
    )
    desk.move(HOUR)
    desk.push(signal, "buy")  # the fee alone is a loss of about 0.05 %: the item closes at once
    desk.push(other, "buy", base="ETH")
    reply = desk.bot(bot_id)
    first, second = reply["buOrderData"]["portfolio"]
    assert (first["status"], second["status"], reply["status"]) == ("closed", "running", "running")
    assert first["roundCount"] == 1 and Decimal(first["currentBaseAmount"]) < Decimal("0.000001")
    assert first["profitRoundCount"] == 0 and Decimal(first["profit"]) < 0
    trades = desk.copying.bots[bot_id].items[0].trades
    assert [trade.side for trade in trades] == ["buy", "sell"] and trades[0].time == trades[1].time
    desk.push(signal, "buy")  # a closed item follows no more
    assert len(trades) == 2
    desk.call("botSmartCopyCancel", {"bu_order_id": bot_id})
    assert desk.bot(bot_id)["buOrderData"]["reasonBy"] == "user_cancel"


def test_create_checks_its_fields_and_the_account(desk: Desk) -> None:
    signal = desk.signal()
    theirs = desk.signal(key=OTHER_KEY)

    def body(investment: Any = "1000", **changes: Any) -> dict[str, Any]:
        entry = item("BTC", signal)
        for name in list(changes):
            if name in ("percent", "leverage", "profit_stop_ratio", "loss_stop_ratio", "signal_type", "ibase"):
                value = changes.pop(name)
                entry["base" if name == "ibase" else name] = value
        made = {
            "base": "BTC",
            "quote": "USDT",
            "bu_order_data": {"quote_total_investment": investment, "portfolio": [entry]},
        }
        made.update(changes)
        return made

    parameter = [
        ({"base": "BTC", "quote": "USDT"}, "bu_order_data"),
        (body(None), "quote_total_investment"),
        (body("-5"), "quote_total_investment"),
        (body("1000.000000001"), "8 decimal places"),
        (body(leverage=2), "leverage must be 1"),
        (body(leverage=0), "leverage"),
        (body(leverage="x"), "leverage"),
        (body(signal_type=theirs), "signal_type"),
        (body(percent="1.5"), "at most 1"),
        (body(percent="0.5"), "add up to 1"),
        (body(profit_stop_ratio="-0.1"), "profit_stop_ratio"),
        (body(loss_stop_ratio="0.1"), "loss_stop_ratio"),
        (body(loss_stop_ratio="-1"), "loss_stop_ratio"),
        (body("9.99"), "minimum order value"),
        (body("100000000"), "above the most"),
        ({**body(), "bu_order_data": {**body()["bu_order_data"], "compound": "yes"}}, "compound"),
        ({**body(), "bu_order_data": {"quote_total_investment": "100", "portfolio": []}}, "portfolio"),
    ]
    for request, words in parameter:
        message = desk.refused("TRADE_PARAMETER_ERROR", "botSmartCopyCreate", request).message
        assert words in message, (request, message)
    two = body()
    two["bu_order_data"]["portfolio"] = [item("BTC", signal), item("ETH", signal, percent="0.5")]
    assert "percent is required" in desk.refused("TRADE_PARAMETER_ERROR", "botSmartCopyCreate", two).message
    desk.refused("TRADE_INVALID_SYMBOL", "botSmartCopyCreate", body(ibase="XYZ"))
    desk.refused("TRADE_INVALID_SYMBOL", "botSmartCopyCreate", body(quote="EUR"))
    theirs_body = body("6000", signal_type=theirs)
    short = desk.refused("TRADE_OPERATION_DENIED", "botSmartCopyCreate", theirs_body, key=OTHER_KEY)
    assert "insufficient balance" in short.message and "5000" in short.message
    assert desk.copying.bots == {}
    # Numbers may be JSON numbers, exactly.
    bot_id = desk.call("botSmartCopyCreate", body(1000.25, percent=1))["bu_order_id"]
    assert desk.copying.bots[bot_id].investment == Decimal("1000.25")
    desk.call("botSmartCopyCancel", {"bu_order_id": bot_id})


def test_only_the_owner_reads_or_cancels_a_bot(desk: Desk) -> None:
    bot_id = create(desk, "100", item("BTC", desk.signal()))
    for operation, fields in (("botSmartCopyGetOrder", None), ("botSmartCopyCancel", {"bu_order_id": bot_id})):
        params = {"buOrderId": bot_id} if fields is None else None
        desk.refused("TRADE_ORDER_NOT_FOUND", operation, fields, params=params, key=OTHER_KEY)
    desk.refused("TRADE_ORDER_NOT_FOUND", "botSmartCopyGetOrder", params={"buOrderId": "123"})
    desk.refused("TRADE_PARAMETER_ERROR", "botSmartCopyGetOrder")
    assert desk.bot(bot_id)["status"] == "running"
    desk.call("botSmartCopyCancel", {"bu_order_id": bot_id})


def test_check_params_answers_the_limits_of_a_pair_and_a_signal(desk: Desk) -> None:
    first, second = desk.signal(), desk.signal()
    price = price_at("BTC_USDT", desk.clock.now)
    most = (100 * price).quantize(Decimal("0.01"))
    assert most < 100 * price + Decimal("0.01")

    def check(investment: Any, leverage: Any = 1, **fields: Any) -> dict[str, Any]:
        body = {"base": "BTC", "quote": "USDT", "leverage": leverage, "quote_investment": investment, **fields}
        answer: dict[str, Any] = desk.call("botSmartCopyCheckParams", body)
        return answer

    assert check("500") == {
        "result": True,
        "max_investment": str(Decimal(most).normalize()),
        "max_leverage": "1",
        "notional_limit": str(Decimal(most).normalize()),
        "available_limit": str(Decimal(most).normalize()),
    }
    assert check("9.99")["result"] is False  # below the pair's minimum order value
    assert check(str(most))["result"] is True and check(str(most + Decimal("0.01")))["result"] is False
    assert check("500", leverage=2)["result"] is False
    bot_id = create(desk, "1000", item("BTC", first))
    assert Decimal(check("500")["available_limit"]) == most - 1000
    assert Decimal(check("500", signal_type=first)["available_limit"]) == most - 1000
    assert Decimal(check("500", signal_type=second)["available_limit"]) == most
    assert check(str(most - 1000), signal_type=first)["result"] is True
    assert check(str(most - 999), signal_type=first)["result"] is False
    for body in (
        {"base": "BTC", "quote": "USDT", "leverage": 1},
        {"base": "BTC", "quote": "USDT", "quote_investment": "5"},
    ):
        desk.refused("TRADE_PARAMETER_ERROR", "botSmartCopyCheckParams", body)
    desk.refused("TRADE_PARAMETER_ERROR", "botSmartCopyCheckParams", {**_check_body(), "signal_type": "nope"})
    desk.refused("TRADE_INVALID_SYMBOL", "botSmartCopyCheckParams", {**_check_body(), "base": "DOGE"})
    desk.call("botSmartCopyCancel", {"bu_order_id": bot_id})
    assert Decimal(check("500")["available_limit"]) == most


def _check_body() -> dict[str, Any]:
    return {"base": "BTC", "quote": "USDT", "leverage": 1, "quote_investment": "500"}


def test_a_signal_followed_by_running_bots_cannot_be_deleted(desk: Desk) -> None:
    signal = desk.signal()
    bots = [create(desk, "100", item("BTC", signal)) for _ in range(2)]
    error = desk.refused("SIGNAL_HAS_UNCLOSED_ORDERS", "botSignalsDelete", params={"signalType": signal})
    assert error.data == {"cnt": 2}
    desk.call("botSmartCopyCancel", {"bu_order_id": bots[0]})
    assert desk.refused("SIGNAL_HAS_UNCLOSED_ORDERS", "botSignalsDelete", params={"signalType": signal}).data == {
        "cnt": 1
    }
    desk.call("botSmartCopyCancel", {"bu_order_id": bots[1]})
    desk.call("botSignalsDelete", params={"signalType": signal})
    # A finished bot still reads, its signal's name kept.
    assert desk.bot(bots[0])["buOrderData"]["signalName"] == "my signal"


def test_listed_bots_gives_bot_orders_by_status(desk: Desk) -> None:
    signal = desk.signal()
    first = create(desk, "100", item("BTC", signal))
    desk.move(1)
    second = create(desk, "200", item("BTC", signal))
    theirs = create(desk, "100", item("BTC", desk.signal(key=OTHER_KEY)), key=OTHER_KEY)
    desk.call("botSmartCopyCancel", {"bu_order_id": first})
    copying = desk.copying
    running = copying.listed_bots(DEFAULT_API_KEY, "running")
    finished = copying.listed_bots(DEFAULT_API_KEY, "finished")
    assert [entry["buOrderId"] for entry in running] == [second]
    assert [entry["buOrderId"] for entry in finished] == [first]
    assert [entry["buOrderId"] for entry in copying.listed_bots(OTHER_KEY, "running")] == [theirs]
    entry = running[0]
    assert entry["buOrderType"] == "smart_copy" and entry["status"] == "running" and entry["closeTime"] == 0
    assert entry["buOrderData"] == desk.bot(second)["buOrderData"]
    assert finished[0]["closeTime"] == desk.clock.now
    for bot_id, key in ((second, DEFAULT_API_KEY), (theirs, OTHER_KEY)):
        desk.call("botSmartCopyCancel", {"bu_order_id": bot_id}, key=key)


def test_quote_amounts_stay_exact_to_eight_places(desk: Desk) -> None:
    signal = desk.signal()
    bot_id = create(desk, "123.45678901", item("SOL", signal))
    for step in range(1, 6):
        desk.move(step * 977 * 1000)
        desk.push(signal, "buy" if step % 2 else "sell", "0.37", base="SOL")
    held = desk.copying.bots[bot_id].items[0]
    assert held.quote == held.quote.quantize(EIGHT) and held.base == held.base.quantize(EIGHT)
    desk.call("botSmartCopyCancel", {"bu_order_id": bot_id})
