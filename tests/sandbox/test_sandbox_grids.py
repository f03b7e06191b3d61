"""The grid bots' engine, driven directly: grids on the sandbox's moving price path, their money
exact and conserved, their stops, triggers, re-layouts, closes and liquidations.

Expectations come from the price path itself (what the market's price was at the moments the
sandbox's markets act at, :func:`pionex_sandbox.core.market.moments`), worked out here by plain
loops, not by the engine's code.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_UP, Decimal, localcontext

import pytest

from pionex_sandbox import FEE_RATE, FUTURES_FEE_RATE, Futures, Sandbox, create_app, sandbox_of
from pionex_sandbox.bots import Bots, FuturesGrid, SpotGrid
from pionex_sandbox.bots.grid import BOT_SPREAD, grid_levels
from pionex_sandbox.core.market import STEP_MS, moments
from pionex_sandbox.core.prices import HOUR
from pionex_sandbox.errors import ApiError
from pionex_sandbox.futures.rules import FUNDING_INTERVAL_MS, RISK_TABLES
from pionex_sandbox.symbols import DECIMAL_CONTEXT, SYMBOLS_BY_NAME
from tests.sandbox.bot_support import assert_conserved, money
from tests.sandbox.sandbox_support import KEY, Clock

EIGHT = Decimal("0.00000001")
CENT = Decimal("0.01")
TENTH = Decimal("0.1")


@dataclass
class World:
    sandbox: Sandbox
    clock: Clock
    bots: Bots

    def move(self, ms: int) -> list[int]:
        """Move the clock by ``ms`` and bring the sandbox there; the moments the markets acted at."""
        acted = moments(self.clock.now, self.clock.now + ms)
        self.clock.now += ms
        with localcontext(DECIMAL_CONTEXT):
            self.sandbox.catch_up(self.clock.now)
        return [moment for moment, _ in acted]

    def price(self, symbol: str, t: int | None = None) -> Decimal:
        moment = self.clock.now // STEP_MS * STEP_MS if t is None else t
        return self.sandbox.markets.path(symbol).price(moment)

    def spot(self, top: Decimal, bottom: Decimal, rows: int, investment: str, **extra: object) -> SpotGrid:
        data = {"top": str(top), "bottom": str(bottom), "row": rows, "gridType": "arithmetic"}
        data.update({"quoteTotalInvestment": investment, **extra})
        return self.bots.create_spot(KEY, {"base": "BTC", "quote": "USDT", "buOrderData": data}, self.clock.now)

    def futures(
        self, top: Decimal, bottom: Decimal, rows: int, trend: str, leverage: int, investment: str, **extra: object
    ) -> FuturesGrid:
        data = {"top": str(top), "bottom": str(bottom), "row": rows, "grid_type": "arithmetic", "trend": trend}
        data.update({"leverage": leverage, "quoteInvestment": investment, **extra})
        return self.bots.create_futures(KEY, {"base": "BTC.PERP", "quote": "USDT", "buOrderData": data}, self.clock.now)

    def fund_futures(self, amount: str) -> None:
        self.sandbox.places["SPOT"].take(KEY, "USDT", Decimal(amount))
        self.sandbox.places["FUTURES"].give(KEY, "USDT", Decimal(amount))


@pytest.fixture
def world() -> Iterator[World]:
    clock = Clock()
    sandbox = sandbox_of(create_app(seed=7, clock=clock))
    with localcontext(DECIMAL_CONTEXT):
        sandbox.catch_up(clock.now)
    yield World(sandbox, clock, sandbox.engine(Bots))


def around(price: Decimal, low: str, high: str, tick: Decimal = CENT) -> tuple[Decimal, Decimal]:
    return (price * Decimal(high)).quantize(tick), (price * Decimal(low)).quantize(tick)


def fee(notional: Decimal, rate: Decimal = FEE_RATE) -> Decimal:
    return (notional * rate).quantize(EIGHT, ROUND_UP)


def buy_price(price: Decimal, tick: Decimal = CENT) -> Decimal:
    return (price * (1 + BOT_SPREAD)).quantize(tick, ROUND_UP)


def sell_price(price: Decimal, tick: Decimal = CENT) -> Decimal:
    return (price * (1 - BOT_SPREAD)).quantize(tick, ROUND_DOWN)


def naive_fills(
    levels: list[Decimal], start: Decimal, prices: list[tuple[int, Decimal]]
) -> list[tuple[int, str, Decimal]]:
    """A grid's fills, worked out the plain way: at each moment every waiting order the price reached fills."""
    selling = [levels[i] >= start for i in range(len(levels) - 1)]
    fills = []
    for moment, price in prices:
        buys = [i for i, sells in enumerate(selling) if not sells and levels[i] >= price]
        sells = [i for i, sells in enumerate(selling) if sells and levels[i + 1] <= price]
        for i in sorted(buys, reverse=True):
            selling[i] = True
            fills.append((moment, "BUY", levels[i]))
        for i in sorted(sells):
            selling[i] = False
            fills.append((moment, "SELL", levels[i + 1]))
    return fills


# -- levels ---------------------------------------------------------------------------------------


def test_levels_are_evenly_spaced_or_evenly_scaled_and_end_exactly_at_the_range() -> None:
    with localcontext(DECIMAL_CONTEXT):
        flat = grid_levels(Decimal(100), Decimal(200), 4, "arithmetic", CENT)
        scaled = grid_levels(Decimal(100), Decimal(400), 4, "geometric", CENT)
        odd = grid_levels(Decimal(100), Decimal(200), 3, "geometric", CENT)
    assert flat == [Decimal(value) for value in ("100", "125.00", "150.00", "175.00", "200")]
    assert scaled == [Decimal(value) for value in ("100", "141.42", "200.00", "282.84", "400")]
    assert odd == [Decimal(value) for value in ("100", "125.99", "158.74", "200")]


# -- spot grids -----------------------------------------------------------------------------------


def test_a_spot_grid_fills_where_the_path_crosses_its_levels_and_accrues_grid_profit(world: World) -> None:
    before = money(world.sandbox, KEY)
    start = world.price("BTC_USDT")
    top, bottom = around(start, "0.985", "1.015")
    bot = world.spot(top, bottom, 20, "2000")
    levels, volume = bot.levels, bot.volume
    opening = buy_price(start)

    # The layout: the largest volume whose cost (buys below, base bought for the sells above, fees) fits.
    above = sum(1 for level in levels[:-1] if level >= start)
    assert above and above < 20
    unit = (sum((level for level in levels[:-1] if level < start), Decimal(0)) + above * opening) * (1 + FEE_RATE)
    assert volume * unit <= Decimal(2000) < (volume + Decimal("0.000001")) * unit + Decimal("0.0000003")
    assert bot.funds.held("BTC") == above * volume
    assert bot.funds.held("USDT") == Decimal(2000) - above * volume * opening - fee(above * volume * opening)

    acted = []
    for _ in range(24):
        acted += world.move(HOUR)
    prices = [(moment, world.price("BTC_USDT", moment)) for moment in acted]
    expected = naive_fills(levels, start, prices)
    grid = [(fill.time, fill.side, fill.price) for fill in bot.fills if fill.kind == "grid"]
    assert grid == expected and len(expected) >= 6
    assert all(fill.size == volume for fill in bot.fills if fill.kind == "grid")

    # Each completed interval (a sell) earns its spacing times the volume less both fees.
    profit = Decimal(0)
    for _, side, price in expected:
        if side == "SELL":
            low = levels[levels.index(price) - 1]
            profit += volume * (price - low) - fee(volume * price) - fee(volume * low)
    assert bot.grid_profit == profit > 0
    fees = fee(above * volume * opening) + sum((fee(volume * price) for _, _, price in expected), Decimal(0))
    assert bot.fees == fees
    changes = assert_conserved(world.sandbox, KEY, before)
    assert changes["USDT"] < 0 < changes["BTC"] or changes["USDT"] > 0 > changes["BTC"]


def test_profit_taken_out_and_a_to_quote_cancel_leave_the_spot_account_up_by_the_total_profit(world: World) -> None:
    spot = world.sandbox.places["SPOT"]
    usdt, btc = spot.total(KEY, "USDT"), spot.total(KEY, "BTC")
    start = world.price("BTC_USDT")
    top, bottom = around(start, "0.985", "1.015")
    bot = world.spot(top, bottom, 20, "2000")
    for _ in range(24):
        world.move(HOUR)
    assert bot.grid_profit > 0
    taken = bot.grid_profit.quantize(CENT, ROUND_DOWN)
    with pytest.raises(ApiError, match="at most"):
        world.bots.extract_profit(
            KEY, {"buOrderId": bot.bu_order_id, "amount": str(bot.grid_profit + 1)}, world.clock.now
        )
    transfer = world.bots.extract_profit(KEY, {"buOrderId": bot.bu_order_id, "amount": str(taken)}, world.clock.now)
    assert transfer.amount == taken and bot.profit_withdrawn == taken
    assert spot.total(KEY, "USDT") == usdt - Decimal(2000) + taken
    base, quote = bot.funds.held("BTC"), bot.funds.held("USDT")
    price = world.price("BTC_USDT")
    world.bots.cancel_spot(KEY, {"buOrderId": bot.bu_order_id, "closeSellModel": "TO_QUOTE"}, world.clock.now)
    sale = base * sell_price(price)
    released = quote + sale - fee(sale)
    assert bot.final_profit == released + taken - Decimal(2000)
    assert spot.total(KEY, "USDT") == usdt + bot.final_profit and spot.total(KEY, "BTC") == btc
    assert bot.status == "canceled" and bot.reason_by == "user_cancel" and bot.funds.holdings == {"BTC": 0, "USDT": 0}
    assert world.sandbox.audit() == []
    with pytest.raises(ApiError, match="already canceled"):
        world.bots.cancel_spot(KEY, {"buOrderId": bot.bu_order_id}, world.clock.now)


def test_not_sell_gives_base_and_quote_back_as_they_are(world: World) -> None:
    spot = world.sandbox.places["SPOT"]
    before = money(world.sandbox, KEY)
    usdt, btc = spot.total(KEY, "USDT"), spot.total(KEY, "BTC")
    top, bottom = around(world.price("BTC_USDT"), "0.98", "1.02")
    bot = world.spot(top, bottom, 10, "1500")
    world.move(5 * HOUR)
    base, quote = bot.funds.held("BTC"), bot.funds.held("USDT")
    assert base > 0
    world.bots.cancel_spot(KEY, {"buOrderId": bot.bu_order_id}, world.clock.now)  # the bot's model: NOT_SELL
    assert spot.total(KEY, "BTC") == btc + base and spot.total(KEY, "USDT") == usdt - Decimal(1500) + quote
    assert bot.final_profit == quote + base * world.price("BTC_USDT") - Decimal(1500)
    assert_conserved(world.sandbox, KEY, before)


def test_to_usdt_on_a_pair_quoted_in_btc_sells_the_base_then_the_btc(world: World) -> None:
    spot = world.sandbox.places["SPOT"]
    before = money(world.sandbox, KEY)
    eth, usdt, btc = (spot.total(KEY, coin) for coin in ("ETH", "USDT", "BTC"))
    tick = Decimal("0.00001")
    start = world.price("ETH_BTC")
    top, bottom = around(start, "0.97", "1.03", tick)
    bot = world.bots.create_spot(
        KEY,
        {
            "base": "ETH",
            "quote": "BTC",
            "buOrderData": {
                "top": str(top),
                "bottom": str(bottom),
                "row": 5,
                "gridType": "geometric",
                "quoteTotalInvestment": "0.5",
                "closeSellModel": "TO_USDT",
            },
        },
        world.clock.now,
    )
    assert bot.funds.held("ETH") > 0
    world.move(3 * HOUR)
    eth_held, btc_held = bot.funds.held("ETH"), bot.funds.held("BTC")
    world.bots.cancel_spot(KEY, {"buOrderId": bot.bu_order_id}, world.clock.now)
    ratio = sell_price(world.price("ETH_BTC"), tick)
    btc_after_sale = btc_held + eth_held * ratio - fee(eth_held * ratio)
    sold = btc_after_sale.quantize(Decimal("0.000001"), ROUND_DOWN)  # BTC_USDT's size step
    dollars = sell_price(world.price("BTC_USDT"))
    assert spot.total(KEY, "ETH") == eth
    assert spot.total(KEY, "BTC") == btc - Decimal("0.5") + btc_after_sale - sold
    assert spot.total(KEY, "USDT") == usdt + sold * dollars - fee(sold * dollars)
    assert bot.close_quote_price == dollars
    assert_conserved(world.sandbox, KEY, before)


def test_a_price_stop_loss_with_a_delay_fires_when_the_price_held_below_it_that_long(world: World) -> None:
    hours = [(world.clock.now // HOUR + hour) * HOUR for hour in range(1, 25)]
    world.move(max(hours, key=lambda hour: world.price("BTC_USDT", hour)) - world.clock.now)  # a high point
    before = money(world.sandbox, KEY)
    start = world.price("BTC_USDT")
    ahead = [world.price("BTC_USDT", (world.clock.now // HOUR + hour) * HOUR) for hour in range(1, 13)]
    # A level the price stays below for a whole hour (the path is straight between whole hours).
    stop = min(max(one, two) for one, two in itertools.pairwise(ahead)) + CENT
    assert stop < start
    top, bottom = around(start, "0.97", "1.03")
    bot = world.spot(
        top, bottom, 10, "1000", lossStopType="price", lossStop=str(stop), lossStopDelay=1800, closeSellModel="TO_QUOTE"
    )
    acted = world.move(12 * HOUR)

    # Worked out plainly: the first moment the price is at or below the stop starts the wait; it
    # fires 30 minutes later if the price is still there then (and was at every moment between).
    fired = None
    since = None
    previous = world.clock.now - 12 * HOUR
    for moment in acted:
        due = since + 1_800_000 if since is not None else None
        if due is not None and previous < due <= moment:
            if world.price("BTC_USDT", due) <= stop:
                fired = due
                break
            since = None
        if world.price("BTC_USDT", moment) <= stop:
            since = moment if since is None else since
        else:
            since = None
        previous = moment
    assert fired is not None
    assert (bot.status, bot.reason_by, bot.close_time) == ("canceled", "loss_stop", fired)
    assert bot.fills[-1].kind == "market" and bot.fills[-1].price == sell_price(world.price("BTC_USDT", fired))
    assert_conserved(world.sandbox, KEY, before)


def test_a_take_profit_by_amount_fires_at_the_first_moment_the_total_profit_reaches_it(world: World) -> None:
    before = money(world.sandbox, KEY)
    top, bottom = around(world.price("BTC_USDT"), "0.985", "1.015")
    bot = world.spot(
        top, bottom, 20, "2000", profitStopType="profit_amount", profitStop="1.5", closeSellModel="TO_QUOTE"
    )
    acted = []
    while bot.active and len(acted) < 20_000:
        acted += world.move(HOUR)
    when = bot.close_time
    assert bot.reason_by == "profit_stop" and when in acted

    entries = bot.funds.entries
    closing_entries = next(index for index, entry in enumerate(entries) if entry.kind == "release") - 3
    assert [entry.kind for entry in entries[closing_entries : closing_entries + 3]] == ["sell", "sell", "fee"]

    def profit(moment: int) -> Decimal:
        """Total profit at ``moment``, from the ledger's entries up to then (the closing sale left out)."""
        held: dict[str, Decimal] = {}
        for entry in entries[:closing_entries]:
            if entry.time <= moment:
                held[entry.coin] = held.get(entry.coin, Decimal(0)) + entry.amount
        return held["USDT"] + held.get("BTC", Decimal(0)) * world.price("BTC_USDT", moment) - Decimal(2000)

    # It fired at the first moment the sandbox saw the profit at 1.5 or more (no delay).
    previous = acted[acted.index(when) - 1]
    assert profit(previous) < Decimal("1.5") <= profit(when)
    closing = bot.fills[-1]
    assert (closing.kind, closing.side, closing.time) == ("market", "SELL", when)
    assert bot.final_profit == profit(when) - closing.fee - closing.size * (
        world.price("BTC_USDT", when) - closing.price
    )
    assert_conserved(world.sandbox, KEY, before)
    with pytest.raises(ApiError, match="profitStop must be positive"):
        world.spot(top, bottom, 20, "2000", profitStopType="profit_amount", profitStop="-1")
    with pytest.raises(ApiError, match="lossStop must be below"):
        world.spot(top, bottom, 20, "2000", lossStop=str(top))


def test_a_grid_with_a_trigger_waits_with_its_investment_locked_and_starts_when_the_price_falls_to_it(
    world: World,
) -> None:
    before = money(world.sandbox, KEY)
    start = world.price("BTC_USDT")
    hours = [(world.clock.now // HOUR + hour) * HOUR for hour in range(1, 13)]
    trigger = min(world.price("BTC_USDT", hour) for hour in hours) + Decimal("0.5")
    assert trigger < start
    top, bottom = around(start, "0.98", "1.02")
    bot = world.spot(top, bottom, 10, "1000", condition=str(trigger), conditionDirection="-1")
    assert bot.status == "lock_currency" and bot.waiting and bot.funds.holdings == {"USDT": Decimal(1000)}
    acted = world.move(12 * HOUR)
    began = next(moment for moment in acted if world.price("BTC_USDT", moment) <= trigger)
    assert bot.status == "running" and bot.open_price == world.price("BTC_USDT", began)
    assert bot.fills[0].time == began and bot.fills[0].kind == "market"
    assert_conserved(world.sandbox, KEY, before)
    with pytest.raises(ApiError, match="condition must be below"):
        world.spot(top, bottom, 10, "1000", condition=str(world.price("BTC_USDT") + 100), conditionDirection="-1")


def test_invest_in_and_a_new_range_lay_the_grid_out_again_and_keep_its_grid_profit(world: World) -> None:
    before = money(world.sandbox, KEY)
    start = world.price("BTC_USDT")
    top, bottom = around(start, "0.985", "1.015")
    bot = world.spot(top, bottom, 20, "2000")
    for _ in range(12):
        world.move(HOUR)
    profit, volume = bot.grid_profit, bot.volume
    world.bots.invest_spot(KEY, {"buOrderId": bot.bu_order_id, "quoteInvest": "1000"}, world.clock.now)
    assert bot.investment == Decimal(3000) and bot.volume > volume and bot.grid_profit == profit
    assert world.sandbox.audit() == []
    wide_top, wide_bottom = around(world.price("BTC_USDT"), "0.95", "1.05")
    world.bots.adjust_spot(
        KEY,
        {"buOrderId": bot.bu_order_id, "top": str(wide_top), "bottom": str(wide_bottom), "row": 30},
        world.clock.now,
    )
    assert (bot.top, bot.bottom, bot.rows, len(bot.levels)) == (wide_top, wide_bottom, 30, 31)
    assert bot.grid_profit == profit and bot.investment == Decimal(3000)
    for _ in range(12):
        world.move(HOUR)
    assert_conserved(world.sandbox, KEY, before)
    with pytest.raises(ApiError, match="give top, bottom, row or quoteInvest"):
        world.bots.adjust_spot(KEY, {"buOrderId": bot.bu_order_id}, world.clock.now)
    with pytest.raises(ApiError, match="insufficient balance"):
        world.bots.invest_spot(KEY, {"buOrderId": bot.bu_order_id, "quoteInvest": "10000000"}, world.clock.now)


def test_creating_a_grid_the_account_cannot_pay_for_changes_nothing(world: World) -> None:
    before = money(world.sandbox, KEY)
    top, bottom = around(world.price("BTC_USDT"), "0.98", "1.02")
    with pytest.raises(ApiError, match="insufficient balance"):
        world.spot(top, bottom, 10, "200000")
    assert money(world.sandbox, KEY).totals == before.totals and world.bots.bots == {}


# -- futures grids ----------------------------------------------------------------------------------


def test_futures_grids_open_what_their_direction_holds_and_trade_their_own_position(world: World) -> None:
    world.fund_futures("20000")
    before = money(world.sandbox, KEY)
    futures = world.sandbox.places["FUTURES"]
    wallet = futures.total(KEY, "USDT")
    start = world.price("BTC_USDT_PERP")
    top, bottom = around(start, "0.98", "1.02", TENTH)
    grids = {trend: world.futures(top, bottom, 10, trend, 5, "3000") for trend in ("long", "short", "no_trend")}
    assert futures.total(KEY, "USDT") == wallet - 9000
    for trend, bot in grids.items():
        above = sum(1 for level in bot.levels[:-1] if level >= start)
        held = {"long": above, "short": above - 10, "no_trend": 0}[trend]
        assert bot.size == held * bot.volume and bot.volume > 0
    acted = []
    for _ in range(24):
        acted += world.move(HOUR)
    prices = [(moment, world.price("BTC_USDT_PERP", moment)) for moment in acted]
    for trend, bot in grids.items():
        grid = [(fill.time, fill.side, fill.price) for fill in bot.fills if fill.kind == "grid"]
        assert grid == naive_fills(bot.levels, start, prices) and grid
        signed = sum((fill.size if fill.side == "BUY" else -fill.size for fill in bot.fills), Decimal(0))
        assert bot.size == signed
        # Funding at every funding time the bot held a position, at the futures product's rate.
        rates = world.sandbox.engine(Futures)
        expected = []
        for moment in acted:
            held = _size_at(bot, moment + 1)
            if moment % FUNDING_INTERVAL_MS == 0 and held:
                price = world.price("BTC_USDT_PERP", moment)
                rate = rates.funding_rate("BTC_USDT_PERP", moment)
                expected.append((moment, -(held * price * rate).quantize(EIGHT, ROUND_HALF_EVEN)))
        fundings = [(entry.time, entry.amount) for entry in bot.funds.entries if entry.kind == "funding"]
        assert fundings == expected
        assert sum((amount for _, amount in fundings), Decimal(0)) == bot.funding
    assert any(bot.funding for bot in grids.values())
    for bot in grids.values():
        held = bot.funds.held("USDT")
        size, price = bot.size, world.price("BTC_USDT_PERP")
        world.bots.cancel_futures(KEY, {"buOrderId": bot.bu_order_id}, world.clock.now)
        assert bot.size == 0 and bot.status == "canceled" and bot.funds.held("USDT") == 0
        closing = bot.fills[-1]
        assert closing.price == (sell_price(price, TENTH) if size > 0 else buy_price(price, TENTH)) or not size
        assert bot.released == held + sum(
            (
                entry.amount
                for entry in bot.funds.entries
                if entry.time == world.clock.now and entry.kind in ("pnl", "fee")
            ),
            Decimal(0),
        )
    changes = assert_conserved(world.sandbox, KEY, before)
    assert futures.total(KEY, "USDT") == wallet + changes["USDT"]
    assert changes["USDT"] == sum((bot.released for bot in grids.values()), Decimal(0)) - 9000


def _size_at(bot: FuturesGrid, moment: int) -> Decimal:
    """The bot's position just before ``moment`` (from its fills)."""
    return sum(
        (fill.size if fill.side == "BUY" else -fill.size for fill in bot.fills if fill.time < moment), Decimal(0)
    )


def test_a_grid_whose_equity_falls_below_its_maintenance_margin_is_liquidated(world: World) -> None:
    world.fund_futures("1000")
    before = money(world.sandbox, KEY)
    start = world.price("BTC_USDT_PERP")
    # Every interval above the price: the whole position is bought at once, at the highest leverage.
    bottom, top = (start * Decimal("1.001")).quantize(TENTH), (start * Decimal("1.01")).quantize(TENTH)
    bot = world.futures(top, bottom, 5, "long", 100, "300")
    assert bot.size == 5 * bot.volume
    for _ in range(48):
        world.move(HOUR)
        if not bot.active:
            break
    assert (bot.reason_by, bot.liquidated, bot.status) == ("force_liquidation", True, "canceled")
    when = bot.close_time
    assert when is not None
    mark = world.price("BTC_USDT_PERP", when)
    opened, closing = bot.fills
    assert (opened.kind, opened.size) == ("market", 5 * bot.volume)
    assert (closing.kind, closing.time, closing.price, closing.size) == ("liquidation", when, mark, opened.size)
    # Just before (funding at that moment included), what the bot held plus the unrealised PnL of its
    # position was below the maintenance margin of its tier.
    entries = bot.funds.entries
    first = next(index for index, entry in enumerate(entries) if entry.time == when and entry.kind == "pnl")
    held = sum((entry.amount for entry in entries[:first]), Decimal(0))
    size, notional = opened.size, opened.size * mark
    tier = RISK_TABLES["BTC_USDT_PERP"][0]
    assert notional <= tier.notional_limit
    assert held + size * (mark - opened.price) < (notional * tier.maint_margin_ratio).quantize(EIGHT, ROUND_UP)
    # The loss is realised, then the liquidation fee is paid from what is left (never more).
    assert entries[first].amount == size * (mark - opened.price)
    perp = SYMBOLS_BY_NAME["BTC_USDT_PERP"].perp
    assert perp is not None
    due = (notional * perp.liquidation_fee_rate).quantize(EIGHT, ROUND_UP)
    assert bot.liquidation_fee == min(due, held + entries[first].amount) == -entries[first + 1].amount
    changes = assert_conserved(world.sandbox, KEY, before)
    assert changes["USDT"] == bot.released - 300 < 0


def test_reduce_closes_part_of_the_position_at_the_market_or_says_why_not(world: World) -> None:
    world.fund_futures("5000")
    before = money(world.sandbox, KEY)
    start = world.price("BTC_USDT_PERP")
    top, bottom = around(start, "0.98", "1.02", TENTH)
    bot = world.futures(top, bottom, 10, "long", 3, "2000")
    size = bot.size
    steps = int(size / Decimal("0.0001"))
    reply = world.bots.reduce_futures(
        KEY, {"buOrderId": bot.bu_order_id, "openPrice": str(start), "reduceNum": steps + 1}, world.clock.now
    )
    assert reply == {"checkResult": False, "reason": "REDUCE_TOO_MUCH"}
    assert bot.size == size
    flat = world.futures(top, bottom, 10, "no_trend", 3, "1000")
    assert flat.size == 0
    reply = world.bots.reduce_futures(
        KEY, {"buOrderId": flat.bu_order_id, "openPrice": str(start), "reduceNum": 1}, world.clock.now
    )
    assert reply == {"checkResult": False, "reason": "POSITION_TOO_SMALL"}
    half = steps // 2
    assert world.bots.reduce_futures(
        KEY, {"buOrderId": bot.bu_order_id, "openPrice": str(start), "reduceNum": half}, world.clock.now
    ) == {"checkResult": True}
    assert bot.size == size - half * Decimal("0.0001")
    sale = sell_price(start, TENTH)
    entry = bot.fills[0].price
    assert bot.profit_reduce == half * Decimal("0.0001") * (sale - entry)
    assert bot.fills[-1].fee == fee(half * Decimal("0.0001") * sale, FUTURES_FEE_RATE)
    with pytest.raises(ApiError, match="slippage"):
        world.bots.reduce_futures(
            KEY,
            {"buOrderId": bot.bu_order_id, "openPrice": str(start * 2), "reduceNum": 1, "slippage": "0.01"},
            world.clock.now,
        )
    assert_conserved(world.sandbox, KEY, before)


def test_a_futures_grid_needs_the_futures_wallet_to_hold_its_investment(world: World) -> None:
    top, bottom = around(world.price("BTC_USDT_PERP"), "0.98", "1.02", TENTH)
    with pytest.raises(ApiError, match="futures account"):
        world.futures(top, bottom, 10, "long", 3, "2000")
    world.fund_futures("100")
    with pytest.raises(ApiError, match="lossStopHigh is only for a neutral grid"):
        world.futures(top, bottom, 10, "long", 3, "50", lossStopHigh=str(top + 100))


def test_a_neutral_grid_stops_at_its_upper_stop_loss_and_a_short_grid_takes_profit_below(world: World) -> None:
    world.fund_futures("5000")
    before = money(world.sandbox, KEY)
    start = world.price("BTC_USDT_PERP")
    hours = [(world.clock.now // HOUR + hour) * HOUR for hour in range(1, 25)]
    high = max(world.price("BTC_USDT_PERP", hour) for hour in hours) - TENTH
    low = min(world.price("BTC_USDT_PERP", hour) for hour in hours) + TENTH
    assert low < start < high
    top, bottom = around(start, "0.95", "1.05", TENTH)
    neutral = world.futures(top, bottom, 20, "no_trend", 2, "1000", lossStop=str(bottom - 100), lossStopHigh=str(high))
    short = world.futures(top, bottom, 20, "short", 2, "1000", profitStopType="price", profitStop=str(low))
    with pytest.raises(ApiError, match="profitStop must be below"):
        world.futures(top, bottom, 20, "short", 2, "1000", profitStop=str(start + 100))
    acted = world.move(24 * HOUR)
    rose = next(moment for moment in acted if world.price("BTC_USDT_PERP", moment) >= high)
    fell = next(moment for moment in acted if world.price("BTC_USDT_PERP", moment) <= low)
    assert (neutral.reason_by, neutral.close_time, neutral.size) == ("loss_stop", rose, 0)
    assert (short.reason_by, short.close_time, short.size) == ("profit_stop", fell, 0)
    assert_conserved(world.sandbox, KEY, before)


# -- price_limit stops --------------------------------------------------------------------------------

PERP = "BTC_USDT_PERP"


def _hours_ahead(world: World, count: int) -> list[tuple[int, Decimal]]:
    hours = [(world.clock.now // HOUR + hour) * HOUR for hour in range(1, count + 1)]
    return [(hour, world.price(PERP, hour)) for hour in hours]


def test_a_price_limit_take_profit_stops_the_grid_at_its_trigger_and_sells_at_its_limit_when_the_path_gets_there(
    world: World,
) -> None:
    world.fund_futures("5000")
    before = money(world.sandbox, KEY)
    start = world.price(PERP)
    ahead = _hours_ahead(world, 12)
    peak_at, peak = max(ahead, key=lambda hour: hour[1])
    limit = peak - TENTH
    trigger = next(price for hour, price in ahead if hour < peak_at and price > start) - TENTH
    top, bottom = around(start, "0.98", "1.02", TENTH)
    stops = {"profitStopType": "price_limit", "profitStop": str(trigger), "profitStopLimitPrice": str(limit)}
    bot = world.futures(top, bottom, 20, "long", 5, "2000", **stops)
    twin = world.futures(top, bottom, 20, "long", 5, "2000", **stops)
    acted = world.move(peak_at - HOUR - world.clock.now)

    # Worked out plainly: it fired at the first moment the price was at or above the trigger.
    fired = next(moment for moment in acted if world.price(PERP, moment) >= trigger)
    held = _size_at(bot, fired + 1)
    assert held > 0 and world.price(PERP, fired) < limit
    # Since then the grid has not traded: its position waits for the limit sell.
    assert (bot.status, bot.reason_by, bot.close_order_type, bot.size, bot.active) == (
        "close_position",
        "profit_stop",
        "limit",
        held,
        True,
    )
    assert not [fill for fill in bot.fills if fill.kind == "grid" and fill.time > fired]
    for operation, fields in (
        (world.bots.adjust_futures, {"type": "invest_in", "quoteInvestment": "100"}),
        (world.bots.reduce_futures, {"reduceNum": 1}),
    ):
        with pytest.raises(ApiError, match=f"is closing: its stop fired and a limit order at {limit}"):
            operation(KEY, {"buOrderId": bot.bu_order_id, **fields}, world.clock.now)
    # Cancelled while its limit order waits, the twin closes at the market instead.
    world.bots.cancel_futures(KEY, {"buOrderId": twin.bu_order_id}, world.clock.now)
    assert (twin.status, twin.reason_by, twin.close_order_type) == ("canceled", "user_cancel", "market")
    assert (twin.fills[-1].kind, twin.fills[-1].size) == ("market", held)

    acted_later = world.move(12 * HOUR)
    filled = next(moment for moment in acted_later if world.price(PERP, moment) >= limit)
    assert not [fill for fill in bot.fills if fill.kind == "grid" and fill.time > fired]
    closing = bot.fills[-1]
    assert (closing.kind, closing.side, closing.time, closing.price, closing.size) == (
        "limit",
        "SELL",
        filled,
        limit,
        held,
    )
    assert closing.fee == fee(held * limit, FUTURES_FEE_RATE)
    assert (bot.status, bot.reason_by, bot.close_order_type, bot.close_time, bot.size) == (
        "canceled",
        "profit_stop",
        "limit",
        filled,
        0,
    )
    assert_conserved(world.sandbox, KEY, before)


def test_a_short_grids_price_limit_stop_loss_fires_after_its_delay_and_buys_back_at_its_limit_at_once(
    world: World,
) -> None:
    world.fund_futures("5000")
    before = money(world.sandbox, KEY)
    start = world.price(PERP)
    ahead = _hours_ahead(world, 12)
    # A trigger the price stays at or above for a whole hour (the path is straight between hours).
    trigger = next(min(one, two) for (_, one), (_, two) in itertools.pairwise(ahead) if min(one, two) > start) - TENTH
    limit = trigger + 50
    top, bottom = around(start, "0.98", "1.02", TENTH)
    bot = world.futures(
        top,
        bottom,
        20,
        "short",
        5,
        "2000",
        lossStopType="price_limit",
        lossStop=str(trigger),
        lossStopLimitPrice=str(limit),
        lossStopDelay=1800,
    )
    acted = world.move(12 * HOUR)

    # Worked out plainly, as for a price stop: the first moment at or above the trigger starts the
    # wait; it fires 30 minutes later if the price is still there then (and was at every moment between).
    fired = since = None
    previous = world.clock.now - 12 * HOUR
    for moment in acted:
        due = since + 1_800_000 if since is not None else None
        if due is not None and previous < due <= moment:
            if world.price(PERP, due) >= trigger:
                fired = due
                break
            since = None
        since = (since if since is not None else moment) if world.price(PERP, moment) >= trigger else None
        previous = moment
    assert fired is not None and fired not in acted  # between two moments: at exactly its due time
    # The buy's limit is at or above the price then: it fills at once, at the limit price.
    assert world.price(PERP, fired) <= limit
    held = _size_at(bot, fired)  # the closing fill is at that very time
    assert held < 0
    closing = bot.fills[-1]
    assert (closing.kind, closing.side, closing.time, closing.price, closing.size) == (
        "limit",
        "BUY",
        fired,
        limit,
        -held,
    )
    assert closing.fee == fee(-held * limit, FUTURES_FEE_RATE)
    assert (bot.status, bot.reason_by, bot.close_order_type, bot.close_time) == (
        "canceled",
        "loss_stop",
        "limit",
        fired,
    )
    assert_conserved(world.sandbox, KEY, before)


PRICE_LIMIT_REFUSALS = [
    # (trend, stop fields (numbers: offsets from the price), the message's words)
    ("long", {"lossStopType": "price_limit", "lossStop": -100}, "lossStopLimitPrice is required when lossStopType is price_limit"),
    ("long", {"lossStop": -100, "lossStopLimitPrice": -150}, "lossStopLimitPrice is only for lossStopType price_limit"),
    ("long", {"profitStopLimitPrice": 150}, "profitStopLimitPrice is only for profitStopType price_limit"),
    ("long", {"lossStopType": "price_limit", "lossStopLimitPrice": -150}, "lossStop is required when lossStopType is given"),
    ("long", {"lossStopType": "price_limit", "lossStop": 100, "lossStopLimitPrice": 50}, "lossStop must be below the price"),
    ("long", {"lossStopType": "price_limit", "lossStop": -100, "lossStopLimitPrice": -50}, "lossStopLimitPrice must be at or below lossStop"),
    ("long", {"profitStopType": "price_limit", "profitStop": 100, "profitStopLimitPrice": 50}, "profitStopLimitPrice must be at or above profitStop"),
    ("short", {"lossStopType": "price_limit", "lossStop": 100, "lossStopLimitPrice": 50}, "lossStopLimitPrice must be at or above lossStop"),
    ("short", {"profitStopType": "price_limit", "profitStop": -100, "profitStopLimitPrice": -50}, "profitStopLimitPrice must be at or below profitStop"),
    ("no_trend", {"profitStopType": "price_limit", "profitStop": 100, "profitStopLimitPrice": 50}, "profitStopLimitPrice must be at or above profitStop"),
    ("long", {"lossStopType": "price_limit", "lossStop": -100, "lossStopLimitPrice": "-1"}, "lossStopLimitPrice must be a price greater than zero"),
    ("long", {"lossStopType": "price_limit", "lossStop": -100, "lossStopLimitPrice": Decimal("-150.05")}, "lossStopLimitPrice must fit the pair's price precision (1 decimal places)"),
    ("no_trend", {"lossStopType": "price_limit", "lossStop": -100, "lossStopLimitPrice": -150, "lossStopHigh": 200}, "lossStopLimitHighPrice is required when lossStopType is price_limit and lossStopHigh is given"),
    ("no_trend", {"lossStopType": "price_limit", "lossStop": -100, "lossStopLimitPrice": -150, "lossStopHigh": 200, "lossStopLimitHighPrice": 150}, "lossStopLimitHighPrice must be at or above lossStopHigh"),
    ("no_trend", {"lossStopType": "price_limit", "lossStop": -100, "lossStopLimitPrice": -150, "lossStopLimitHighPrice": 250}, "lossStopLimitHighPrice needs lossStopHigh"),
    ("no_trend", {"lossStop": -100, "lossStopHigh": 200, "lossStopLimitHighPrice": 250}, "lossStopLimitHighPrice is only for lossStopType price_limit"),
    ("short", {"lossStopType": "price_limit", "lossStop": 100, "lossStopLimitPrice": 150, "lossStopLimitHighPrice": 250}, "lossStopLimitHighPrice is only for a neutral grid"),
]  # fmt: skip


@pytest.mark.parametrize(("trend", "stops", "words"), PRICE_LIMIT_REFUSALS)
def test_price_limit_stops_are_refused_with_a_message_naming_the_field(
    world: World, trend: str, stops: dict[str, int | Decimal | str], words: str
) -> None:
    world.fund_futures("5000")
    before = money(world.sandbox, KEY)
    start = world.price(PERP)
    top, bottom = around(start, "0.98", "1.02", TENTH)
    fields = {name: value if isinstance(value, str) else str(start + value) for name, value in stops.items()}
    with pytest.raises(ApiError, match=re.escape(words)) as refused:
        world.futures(top, bottom, 20, trend, 5, "2000", **fields)
    assert refused.value.code == "TRADE_PARAMETER_ERROR"
    assert money(world.sandbox, KEY).totals == before.totals and world.bots.bots == {}


def test_a_spot_grid_has_no_price_limit_stop(world: World) -> None:
    top, bottom = around(world.price("BTC_USDT"), "0.98", "1.02")
    with pytest.raises(ApiError, match="lossStopType must be one of price, profit_amount, profit_ratio"):
        world.spot(top, bottom, 10, "1000", lossStopType="price_limit", lossStop=str(bottom - 100))
