"""The sandbox's market moves with its clock: books follow the price path, trades print as the
price crosses levels, and resting orders fill at their own prices when the price reaches them.

The expected fills are worked out here from the price path alone: it is a straight line between
whole hours, so over any stretch of time its lowest and highest prices are at whole hours or at
the ends, and a resting buy at P fills exactly when the path's lowest price reached P (a sell
when its highest did).
"""

from __future__ import annotations

from decimal import ROUND_UP, Decimal
from typing import Any

from pionex_sandbox import FEE_RATE, FUTURES_FEE_RATE, Futures, create_app
from pionex_sandbox.core.market import STEP_MS
from pionex_sandbox.core.prices import HOUR, PricePath
from tests.sandbox.sandbox_support import Api, Clock, open_api

SPOT = "BTC_USDT"
PERP = "BTC_USDT_PERP"
ORDER = "/api/v1/trade/order"
OPEN = "/api/v1/trade/openOrders"
FILLS = "/api/v1/trade/fills"
DEPTH = "/api/v1/market/depth"
TRADES = "/api/v1/market/trades"
CENT = Decimal("0.01")
EIGHT = Decimal("0.00000001")


def path_of(api: Api, symbol: str) -> PricePath:
    return api.sandbox.markets[symbol].path


def extremes(path: PricePath, start: int, end: int) -> tuple[Decimal, Decimal]:
    """The lowest and highest price the path reaches after ``start`` up to ``end``."""
    moments = [end // STEP_MS * STEP_MS]
    hour = (start // HOUR + 1) * HOUR
    while hour <= end:
        moments.append(hour)
        hour += HOUR
    prices = [path.price(moment) for moment in moments]
    return min(prices), max(prices)


def holdings(api: Api) -> dict[str, tuple[Decimal, Decimal]]:
    balances = api.get("/api/v1/account/balances")["balances"]
    return {row["coin"]: (Decimal(row["free"]), Decimal(row["frozen"])) for row in balances}


def test_resting_orders_on_both_sides_fill_at_their_prices_as_the_price_reaches_them(api: Api) -> None:
    start = api.clock.now
    end = start + 12 * HOUR
    low, high = extremes(path_of(api, SPOT), start, end)
    size = Decimal("0.01")
    # A grid: buys the price falls to, one it never reaches; sells it rises to, one it never reaches.
    buys = [(low + Decimal(offset)).quantize(CENT) for offset in (1, 20)] + [(low * Decimal("0.99")).quantize(CENT)]
    sells = [(high - Decimal(offset)).quantize(CENT) for offset in (1, 20)] + [(high * Decimal("1.01")).quantize(CENT)]
    ids = {}
    for side, prices in (("BUY", buys), ("SELL", sells)):
        for price in prices:
            ids[(side, price)] = api.order(symbol=SPOT, side=side, type="LIMIT", size=str(size), price=str(price))
    assert len(api.get(OPEN, symbol=SPOT)["orders"]) == 6
    before = holdings(api)

    for _ in range(12):  # an hour at a time, as a bot polling its orders would see it
        api.clock.now += HOUR
        api.get(OPEN, symbol=SPOT)
    orders = {key: api.get(ORDER, orderId=order_id) for key, order_id in ids.items()}
    reached = {("BUY", price) for price in buys if price >= low} | {("SELL", price) for price in sells if price <= high}
    assert len(reached) == 4
    for key, order in orders.items():
        side, price = key
        if key in reached:
            assert (order["status"], order["filledSize"]) == ("CLOSED", "0.010000"), (key, order)
            (fill,) = api.get("/api/v1/trade/fillsByOrderId", orderId=ids[key])["fills"]
            assert Decimal(fill["price"]) == price and fill["role"] == "MAKER"  # at its own price
            assert start < fill["timestamp"] <= end
        else:
            assert (order["status"], order["filledSize"]) == ("OPEN", "0.000000"), (key, order)

    # Every coin accounted for to the last decimal: what the fills moved, and what the open orders hold.
    spent = sum((price * size for side, price in reached if side == "BUY"), Decimal(0))
    got = sum((price * size for side, price in reached if side == "SELL"), Decimal(0))
    fees_usdt = sum(((price * size * FEE_RATE).quantize(EIGHT, ROUND_UP) for side, price in reached if side == "SELL"))
    fees_btc = sum(((size * FEE_RATE).quantize(EIGHT, ROUND_UP) for side, _ in reached if side == "BUY"), Decimal(0))
    bought = size * sum(1 for side, _ in reached if side == "BUY")
    sold = size * sum(1 for side, _ in reached if side == "SELL")
    still_usdt = buys[2] * size
    after = holdings(api)
    usdt_total = before["USDT"][0] + before["USDT"][1] - spent + got - fees_usdt
    btc_total = before["BTC"][0] + before["BTC"][1] + bought - sold - fees_btc
    assert after["USDT"] == (usdt_total - still_usdt, still_usdt)
    assert after["BTC"] == (btc_total - size, size)
    assert api.sandbox.audit() == []


def test_a_resting_futures_order_opens_its_position_at_its_price_and_pays_funding_from_then_on(api: Api) -> None:
    transfer = {"fromAccount": "MAIN", "toAccount": "TRADE", "currency": "USDT", "amount": "10000"}
    api.ok(api.private("POST", "/api/v1/assets/transfer", body=transfer))
    start = api.clock.now
    hours = range((start // HOUR + 1) * HOUR, start + 6 * HOUR + 1, HOUR)
    low = min(path_of(api, PERP).price(hour) for hour in hours)  # reached at one of the next six whole hours
    price = (low + Decimal(2)).quantize(Decimal("0.1"))
    body = {"symbol": PERP, "side": "BUY", "type": "LIMIT", "size": "0.1", "price": str(price)}
    order_id = api.ok(api.private("POST", "/uapi/v1/trade/order", body=body))["orderId"]
    api.clock.now += 40 * HOUR  # one jump through several funding times
    order = api.get("/uapi/v1/trade/order", symbol=PERP, orderId=order_id)
    assert (order["status"], order["filledSize"]) == ("CLOSED", "0.1000")
    (fill,) = api.get("/uapi/v1/trade/fillsByOrderId", symbol=PERP, orderId=order_id)["fills"]
    assert Decimal(fill["price"]) == price and fill["role"] == "MAKER" and start < fill["timestamp"] <= start + 6 * HOUR
    (position,) = api.get("/uapi/v1/account/positions", symbol=PERP)["positions"]
    assert Decimal(position["netSize"]) == Decimal("0.1") and Decimal(position["avgPrice"]) == price
    # Funding is paid at the funding times after the fill, not at those the jump passed before it.
    fundings = api.get("/uapi/v1/trade/fundingFee", symbol=PERP)["fundings"]
    eight_hours = 8 * HOUR
    due = range((fill["timestamp"] // eight_hours + 1) * eight_hours, api.clock.now + 1, eight_hours)
    assert sorted(record["timestamp"] for record in fundings) == list(due) and len(due) >= 4
    fee = (price * Decimal("0.1") * FUTURES_FEE_RATE).quantize(EIGHT, ROUND_UP)
    futures = api.sandbox.engine(Futures)
    paid = sum((Decimal(record["fundingFee"]) for record in fundings), Decimal(0))
    assert futures.account(api_key(api)).wallet == Decimal(10000) - fee + paid
    assert api.sandbox.audit() == []


def api_key(api: Api) -> str:
    return next(key for key, account in api.sandbox.accounts.items() if account.name == "trading")


def depth(api: Api, symbol: str, limit: int = 1000) -> dict[str, Any]:
    return api.ok(api.public(DEPTH, symbol=symbol, limit=limit))  # type: ignore[no-any-return]


def test_the_book_follows_the_price_and_trades_print_as_it_moves(api: Api) -> None:
    first = depth(api, SPOT)
    newest = api.ok(api.public(TRADES, symbol=SPOT, limit=10))["trades"][0]
    start = api.clock.now
    top = depth(api, SPOT, 5)
    for _ in range(10):  # every step of the market changes the top of its book
        api.clock.now += STEP_MS
        moved = depth(api, SPOT, 5)
        assert (moved["bids"], moved["asks"]) != (top["bids"], top["asks"])
        top = moved
    now = api.clock.now
    book = depth(api, SPOT)
    assert book["updateTime"] == now // STEP_MS * STEP_MS and book != first
    for moved in (book, depth(api, PERP)):
        best_bid, best_ask = Decimal(moved["bids"][0][0]), Decimal(moved["asks"][0][0])
        assert best_bid < best_ask and len(moved["bids"]) == len(moved["asks"]) == 1000
    mid = path_of(api, SPOT).price(now // STEP_MS * STEP_MS)
    best_bid, best_ask = Decimal(book["bids"][0][0]), Decimal(book["asks"][0][0])
    assert best_bid < mid < best_ask and best_ask - best_bid < mid * Decimal("0.0005")
    trades = api.ok(api.public(TRADES, symbol=SPOT, limit=50))["trades"]
    fresh = [trade for trade in trades if int(trade["tradeId"]) > int(newest["tradeId"])]
    assert len(fresh) >= 5 and all(start < trade["timestamp"] <= now for trade in fresh)

    # Hours later the whole book has followed the price, which moved well past the old spread.
    api.clock.now += 24 * HOUR
    later = depth(api, SPOT)
    mid = path_of(api, SPOT).price(api.clock.now // STEP_MS * STEP_MS)
    assert Decimal(later["bids"][0][0]) < mid < Decimal(later["asks"][0][0])
    assert abs(mid - Decimal(first["bids"][0][0])) > Decimal(10)
    assert len(later["bids"]) == len(later["asks"]) == 1000


def test_the_market_is_the_seeds_and_the_clocks_alone() -> None:
    def replay(seed: int) -> list[Any]:
        clock = Clock()
        seen = []
        for api in open_api(create_app(seed=seed, clock=clock), clock):
            for step in (700, 1_300, 3 * HOUR, 20_000):
                clock.now += step
                seen.append(depth(api, SPOT, 20))
                seen.append(api.ok(api.public(TRADES, symbol=PERP, limit=20)))
        return seen

    assert replay(3) == replay(3)
    assert replay(3) != replay(4)


def test_a_still_market_moves_only_by_trading() -> None:
    clock = Clock()
    for api in open_api(create_app(seed=7, clock=clock, moving_market=False), clock):
        first = depth(api, SPOT)
        trades = api.ok(api.public(TRADES, symbol=SPOT))
        clock.now += 24 * HOUR
        assert depth(api, SPOT)["bids"] == first["bids"] and api.ok(api.public(TRADES, symbol=SPOT)) == trades


def test_an_order_far_from_the_price_draws_no_quotes_beyond_it(api: Api) -> None:
    far = api.order(symbol="ETH_USDT", side="SELL", type="LIMIT", size="0.01", price="30000")
    for _ in range(120):  # an hour in steps of half a minute
        api.clock.now += 30_000
        api.public(DEPTH, symbol="ETH_USDT", limit=1)
    asks = [Decimal(price) for price, _ in depth(api, "ETH_USDT")["asks"]]
    assert asks[-1] == Decimal(30000) and sum(1 for price in asks if price > 4000) == 1
    assert api.get(ORDER, orderId=far)["status"] == "OPEN"


def test_a_year_of_sandbox_time_fills_what_the_price_reached_and_leaves_a_sound_book(api: Api) -> None:
    start = api.clock.now
    end = start + 365 * 24 * HOUR
    low, high = extremes(path_of(api, "SOL_USDT"), start, end)
    buy = api.order(symbol="SOL_USDT", side="BUY", type="LIMIT", size="1", price=str(low + Decimal("0.5")))
    sell = api.order(symbol="SOL_USDT", side="SELL", type="LIMIT", size="1", price=str(high - Decimal("0.5")))
    never = api.order(symbol="SOL_USDT", side="BUY", type="LIMIT", size="1", price=str(low - Decimal("0.5")))
    api.clock.now = end
    statuses = [api.get(ORDER, orderId=order_id)["status"] for order_id in (buy, sell, never)]
    assert statuses == ["CLOSED", "CLOSED", "OPEN"]
    book = depth(api, "SOL_USDT")
    mid = path_of(api, "SOL_USDT").price(end // STEP_MS * STEP_MS)
    assert Decimal(book["bids"][0][0]) < mid < Decimal(book["asks"][0][0])
    assert len(book["asks"]) == 1000 and len(book["bids"]) >= 1000 - 1  # the open buy may share a level
    assert api.sandbox.audit() == []
