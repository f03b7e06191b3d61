"""What a futures grid does: lay itself out on a perpetual pair, trade its own position, pay fees
and funding, be liquidated, reduce, re-lay and close.

The rules (all money in USDT, exact; the grid itself is :mod:`.grid`'s):

* **The pair.** Pionex names a perpetual pair by ``base`` ``"BTC.PERP"`` and ``quote`` ``"USDT"``:
  that is the sandbox's ``BTC_USDT_PERP`` (a create may also say just ``"BTC"``).  Its fee rate
  is the futures one (:data:`~pionex_sandbox.futures.rules.FUTURES_FEE_RATE`, maker and taker).
* **Money.** ``quoteInvestment`` (trading capital) and ``extraMargin`` (a buffer that only keeps the
  position from liquidation) leave the futures wallet (place ``FUTURES``) when the bot is created.
  The bot's position is its own, not the account's: its fills change the bot's USDT by their
  realised PnL (``pnl``), fees (``fee``) and funding (``funding``) only.
* **Intervals.** A long grid's intervals all open by buying (an interval waiting to sell holds
  ``+q``), a short grid's all open by selling (an interval waiting to buy holds ``-q``); a neutral
  grid's intervals below the price are long ones and those above it short ones, so it starts
  flat.  At creation a long grid buys at the market what its intervals above the price hold, a
  short grid sells what its intervals below the price hold.
* **Sizing.** ``q`` is the largest multiple of the pair's size step with
  ``q x (S / leverage + fee rate x S0)`` within the trading capital (less 1e-8 per interval),
  where ``S`` is the sum over intervals of the price each opens at (the market price for those
  opened at creation, else its level; for a neutral grid the larger of its long and its short
  side) and ``S0`` that sum over the intervals opened at creation.  ``q`` must be at least the
  pair's ``minSizeLimit`` with ``q x bottom`` at least its ``minNotional``, at most its
  ``maxSizeLimit``, and the grid's largest position (every interval open at ``top``) within the risk
  limit of the leverage.
* **Position.** Entry cost is averaged; a reduction of ``c`` realises ``c x price - cost x c / |size|``
  (signs as for a long), like the futures product's positions.  ``gridProfit``-style figures
  count each completed interval as ``q x (Li+1 - Li)`` less both fees, the rest of the PnL being
  the position's.
* **Liquidation.** At every moment the bot is brought to, when its equity (USDT held + unrealised
  PnL) falls below the maintenance margin of its position (the pair's risk tier of the notional:
  ``notional x maintMarginRatio - quickDeduction``, :data:`~pionex_sandbox.futures.rules.RISK_TABLES`),
  the position is closed at that moment's price paying the pair's ``liquidationFeeRate`` of the
  notional, the bot stops with reason ``force_liquidation`` and what is left goes back to the
  futures wallet.  A loss beyond what the bot holds is not charged: the bot ends with nothing.
* **Funding** is paid at every funding time (00:00, 08:00, 16:00 UTC) while the bot holds a
  position: ``size x price x rate`` at the futures product's funding rate of that time.
* **Reduce** closes ``reduceNum x`` the pair's size step of the position at the market (its PnL is
  ``profitReduce``); the grid goes on with the position that is left.
* **Close** (cancel, take-profit, stop-loss): the position is closed at the market and every USDT
  the bot holds goes back to the futures wallet (``TO_QUOTE`` and ``TO_USDT`` are the same: the quote
  is USDT).
* **A ``price_limit`` stop** fires like a ``price`` stop (its trigger price reached, after its
  delay); from then on the grid no longer trades (its orders and investment triggers are gone, state
  ``close_position``, ``reasonBy`` already ``loss_stop`` or ``profit_stop``) and its position waits
  to be closed by a limit order at the stop's limit price: a sell (closing a long) fills at the first
  moment the price is at or above the limit, a buy (closing a short) at or below it, at once if the
  price already is at the trigger moment, and always at exactly the limit price, paying the fee
  rate (the same for makers).  Until then the position still pays funding and can be liquidated;
  ``cancel`` closes it at the market instead.  A grid without a position stops at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..futures.rules import FUTURES_FEE_RATE, even, notional_cap, tier_for, up
from ..symbols import SymbolRules
from .grid import (
    EIGHT,
    ZERO,
    Fill,
    Side,
    ceil_to,
    fee_of,
    floor_to,
    grid_profit,
    initial_states,
    market_buy_price,
    market_sell_price,
    rounding_allowance,
)
from .records import BotFill, FillKind, FuturesGrid, Stop, Trend

if TYPE_CHECKING:
    from .base import GridEngine

RATE = FUTURES_FEE_RATE


@dataclass(frozen=True)
class FuturesLayout:
    """A futures grid laid out at ``price``: volume per grid, states, intervals' directions, margins."""

    price: Decimal
    volume: Decimal
    selling: list[bool]
    long_intervals: list[bool]
    open_prices: list[Decimal]
    """The price each interval opens at (the market price for those open from the start)."""
    opened_now: list[bool]
    margin_sum: Decimal
    """``S``: what the margin of the grid's largest position is a ``1 / leverage`` of, per unit of volume."""
    target: Decimal
    """The position the grid holds once laid out."""

    @property
    def opening_sum(self) -> Decimal:
        return sum((p for p, now in zip(self.open_prices, self.opened_now, strict=True) if now), ZERO)


def plan(rules: SymbolRules, levels: list[Decimal], price: Decimal, trend: Trend) -> FuturesLayout:
    """The intervals of a grid laid out at ``price`` (volume 0: see :func:`layout`)."""
    return layout(rules, levels, price, trend, 1, ZERO)


def layout(
    rules: SymbolRules, levels: list[Decimal], price: Decimal, trend: Trend, leverage: int, capital: Decimal
) -> FuturesLayout:
    """The grid laid out at ``price`` with ``capital`` of trading capital (see the module docstring)."""
    tick = rules.price_step
    selling = initial_states(levels, price)
    if trend == "long":
        longs = [True] * len(selling)
    elif trend == "short":
        longs = [False] * len(selling)
    else:
        longs = [not sells for sells in selling]
    buy, sell = market_buy_price(price, tick), market_sell_price(price, tick)
    opened = [sells if is_long else not sells for sells, is_long in zip(selling, longs, strict=True)]
    prices = [
        (buy if now else levels[i]) if is_long else (sell if now else levels[i + 1])
        for i, (is_long, now) in enumerate(zip(longs, opened, strict=True))
    ]
    long_sum = sum((p for p, is_long in zip(prices, longs, strict=True) if is_long), ZERO)
    short_sum = sum((p for p, is_long in zip(prices, longs, strict=True) if not is_long), ZERO)
    margin_sum = max(long_sum, short_sum) if trend == "no_trend" else long_sum + short_sum
    opening = sum((p for p, now in zip(prices, opened, strict=True) if now), ZERO)
    unit = margin_sum / leverage + RATE * opening
    room = capital - rounding_allowance(levels)
    volume = floor_to(room / unit, rules.size_step) if room > 0 and unit > 0 else ZERO
    held = sum(1 if is_long else -1 for is_long, now in zip(longs, opened, strict=True) if now)
    return FuturesLayout(price, volume, selling, longs, prices, opened, margin_sum, held * volume)


def least_volume(rules: SymbolRules, levels: list[Decimal]) -> Decimal:
    assert rules.perp is not None
    return max(rules.perp.min_size_limit, ceil_to(rules.perp.min_notional / levels[0], rules.size_step))


def most_volume(rules: SymbolRules, levels: list[Decimal], leverage: int) -> Decimal:
    """The largest volume per grid: the pair's size limit, and every interval open at ``top`` within the risk limit."""
    assert rules.perp is not None
    intervals = len(levels) - 1
    capped = floor_to(notional_cap(rules.symbol, leverage) / (intervals * levels[-1]), rules.size_step)
    return min(rules.perp.max_size_limit, capped)


def investment_range(
    rules: SymbolRules, levels: list[Decimal], price: Decimal, trend: Trend, leverage: int
) -> tuple[Decimal, Decimal]:
    """(min_investment, max_investment) of trading capital for a grid laid out at ``price``."""
    shape = plan(rules, levels, price, trend)
    unit = shape.margin_sum / leverage + RATE * shape.opening_sum
    allowance = rounding_allowance(levels)
    low = ceil_to(least_volume(rules, levels) * unit + allowance, EIGHT)
    high = floor_to(most_volume(rules, levels, leverage) * unit + allowance, EIGHT)
    return low, high


def maintenance(bot: FuturesGrid, size: Decimal, price: Decimal) -> Decimal:
    notional = abs(size) * price
    tier = tier_for(bot.symbol, notional)
    return up(max(notional * tier.maint_margin_ratio - tier.quick_deduction, ZERO))


def liquidation_price(symbol: str, size: Decimal, cost: Decimal, held: Decimal, price: Decimal) -> Decimal:
    """The price at which a position of ``size`` (entry ``cost``) with ``held`` USDT meets its maintenance
    margin (the tier of its notional at ``price``); 0 when there is none."""
    if not size:
        return ZERO
    tier = tier_for(symbol, abs(size) * price)
    ratio = tier.maint_margin_ratio
    factor = size * (1 - ratio) if size > 0 else size * (1 + ratio)
    found = (cost - held - tier.quick_deduction) / factor
    return max(found, ZERO)


def estimated_liquidation(
    rules: SymbolRules, shape: FuturesLayout, volume: Decimal, held: Decimal
) -> tuple[Decimal, Decimal]:
    """(down, up): the liquidation price of the position the grid holds once the price has left its
    range below ``bottom`` (every long interval open) and above ``top`` (every short one open), with
    ``held`` USDT and no grid profit; 0 on a side without that risk."""
    longs = [p for p, is_long in zip(shape.open_prices, shape.long_intervals, strict=True) if is_long]
    shorts = [p for p, is_long in zip(shape.open_prices, shape.long_intervals, strict=True) if not is_long]
    down = liquidation_price(rules.symbol, volume * len(longs), volume * sum(longs, ZERO), held, shape.price)
    up_ = liquidation_price(rules.symbol, -volume * len(shorts), -volume * sum(shorts, ZERO), held, shape.price)
    return down, up_


# -- moving money ------------------------------------------------------------------------------


def pay(bot: FuturesGrid, time: int, kind: str, amount: Decimal) -> Decimal:
    """Book ``amount`` of USDT (signed) as a ``pnl``, ``fee`` or ``funding`` entry; a payment beyond what the
    bot holds is cut to it (the bot is then broke).  What was booked."""
    held = bot.funds.held(bot.coin)
    booked = max(amount, -held)
    if booked:
        bot.funds.move(time, kind, bot.coin, booked)  # type: ignore[arg-type]
    return booked


def trade(
    bot: FuturesGrid, time: int, signed: Decimal, price: Decimal, kind: FillKind, index: int | None = None
) -> Decimal:
    """Trade ``signed`` (buy positive) of the position at ``price``; the realised PnL booked."""
    size = abs(signed)
    realized = ZERO
    if bot.size and (bot.size > 0) != (signed > 0):
        closing = min(size, abs(bot.size))
        whole = closing == abs(bot.size)
        share = bot.cost if whole else even(bot.cost * closing / abs(bot.size))
        direction = 1 if signed > 0 else -1
        realized = -direction * closing * price - share
        bot.size += direction * closing
        bot.cost -= share
        size -= closing
    if size:
        direction = 1 if signed > 0 else -1
        bot.size += direction * size
        bot.cost += direction * size * price
    booked = pay(bot, time, "pnl", realized) if realized else ZERO
    bot.realized += booked
    fee = fee_of(abs(signed) * price, RATE) if kind != "liquidation" else ZERO
    fee = -pay(bot, time, "fee", -fee) if fee else ZERO
    bot.fees += fee
    side: Side = "BUY" if signed > 0 else "SELL"
    bot.fills.append(BotFill(time, side, price, abs(signed), fee, kind, index))
    bot.update_time = time
    return booked


def market_trade(bot: FuturesGrid, time: int, signed: Decimal, price: Decimal) -> Decimal:
    """A market trade of ``signed`` at a moment whose price is ``price``; the realised PnL booked."""
    if not signed:
        return ZERO
    tick = bot.rules.price_step
    at = market_buy_price(price, tick) if signed > 0 else market_sell_price(price, tick)
    return trade(bot, time, signed, at, "market")


def apply_layout(bot: FuturesGrid, shape: FuturesLayout, time: int) -> None:
    market_trade(bot, time, shape.target - bot.size, shape.price)
    bot.volume = shape.volume
    bot.selling = list(shape.selling)
    bot.long_intervals = list(shape.long_intervals)
    bot.open_price = shape.price
    bot.status = "running"
    bot.update_time = time


def fill(bot: FuturesGrid, order: Fill, time: int) -> None:
    """One grid order filled at its level."""
    signed = bot.volume if order.side == "BUY" else -bot.volume
    closes = (order.side == "SELL") == bot.long_intervals[order.index]
    trade(bot, time, signed, order.price, "grid", order.index)
    if closes:
        bot.grid_profit += grid_profit(bot.levels, order.index, bot.volume, RATE)


def trading_capital(bot: FuturesGrid, price: Decimal) -> Decimal:
    """What a re-laid grid may use: the bot's equity less its extra margin."""
    return bot.equity(price) - bot.extra_margin


def broke(bot: FuturesGrid, price: Decimal) -> bool:
    """Whether the bot's equity is below the maintenance margin of its position at ``price``."""
    return bool(bot.size) and bot.equity(price) < maintenance(bot, bot.size, price)


def liquidate(engine: GridEngine, bot: FuturesGrid, time: int, price: Decimal) -> None:
    """Close the position at ``price`` paying the liquidation fee, and stop the bot."""
    assert bot.rules.perp is not None
    size = bot.size
    fee = up(abs(size) * price * bot.rules.perp.liquidation_fee_rate)
    trade(bot, time, -size, price, "liquidation")
    paid = -pay(bot, time, "fee", -fee)
    bot.fees += paid
    bot.liquidation_fee = paid
    bot.liquidated = True
    bot.close_order_type = "market"
    bot.closed_size = abs(size)
    finish(engine, bot, time, price, "force_liquidation")


def fund(engine: GridEngine, bot: FuturesGrid, time: int, price: Decimal) -> None:
    """Funding at a funding time."""
    if not bot.size:
        return
    rate = engine.funding_rate(bot.symbol, time)
    bot.funding += pay(bot, time, "funding", -even(bot.size * price * rate))


def close(engine: GridEngine, bot: FuturesGrid, time: int, price: Decimal, reason: str) -> None:
    """Close the position at the market and stop the bot, giving its USDT back."""
    bot.close_order_type = "market"
    bot.closed_size = abs(bot.size)
    market_trade(bot, time, -bot.size, price)
    finish(engine, bot, time, price, reason)


def start_limit_close(engine: GridEngine, bot: FuturesGrid, stop: Stop, time: int, price: Decimal, reason: str) -> None:
    """A ``price_limit`` stop fired at ``time`` (price ``price``): the grid stops trading and its position
    waits for the stop's limit order (filled at once when the price already reached it)."""
    bot.closing = stop
    bot.reason_by = reason
    bot.status = "close_position"
    bot.close_order_type = "limit_high" if stop.high else "limit"
    bot.invest_in_triggers.clear()
    bot.invest_out_triggers.clear()
    bot.update_time = time
    if limit_reached(bot, price):
        close_at_limit(engine, bot, time, price)


def limit_reached(bot: FuturesGrid, price: Decimal) -> bool:
    """Whether the closing limit order fills at ``price``: a sell at or above its limit, a buy at or below."""
    assert bot.closing is not None and bot.closing.limit is not None
    limit = bot.closing.limit
    return price >= limit if bot.size > 0 else price <= limit if bot.size < 0 else True


def close_at_limit(engine: GridEngine, bot: FuturesGrid, time: int, price: Decimal) -> None:
    """The closing limit order fills at its limit price at ``time`` (price ``price``): the bot stops."""
    assert bot.closing is not None and bot.closing.limit is not None and bot.reason_by is not None
    bot.closed_size = abs(bot.size)
    if bot.size:
        trade(bot, time, -bot.size, bot.closing.limit, "limit")
    finish(engine, bot, time, price, bot.reason_by)


def finish(engine: GridEngine, bot: FuturesGrid, time: int, price: Decimal, reason: str) -> None:
    held = bot.funds.held(bot.coin)
    if held > 0:
        engine.places()["FUTURES"].give(bot.api_key, bot.coin, held)
        bot.funds.move(time, "release", bot.coin, -held, place="FUTURES")
    bot.released = held
    bot.reason_by = reason
    bot.status = "canceled"
    bot.close_time = time
    bot.update_time = time
    bot.last_price = price
