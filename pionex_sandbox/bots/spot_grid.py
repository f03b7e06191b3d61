"""What a spot grid does with its money: lay itself out, fill, re-lay, pay profit out, close.

The rules (money in the pair's coins, every amount exact; see :mod:`.grid` for the grid itself):

* **Investment.** Only the quote coin is invested (``quoteTotalInvestment``; ``baseTotalInvestment``
  is always 0).  It leaves the spot account (``lock``) when the bot is created, even when the bot
  waits for a trigger price.
* **Layout** at price ``P``: the volume per grid is the largest multiple of the pair's size step
  ``q`` with ``q x (sum of Li over intervals that wait to buy + n x Pb) x (1 + fee rate)`` within
  the quote coin available (less 1e-8 per interval for the fees' rounding), where ``n`` intervals
  start in the sell state and ``Pb`` is the bot's market buy price (:func:`.grid.market_buy_price`).
  The bot then buys ``n x q`` base at ``Pb`` (one market trade, fee in quote).  What is left over
  stays in the bot as quote coin.
* **Limits.** ``q`` must be at least the pair's ``minTradeSize``, ``q x bottom`` at least its
  ``minAmount`` and ``q`` at most its ``maxTradeSize``: these give ``min_investment`` and
  ``max_investment`` (rounded up and down to the pair's amount precision).
* **Re-laying** (``investIn``, ``adjustParams``): the grid is laid out anew at the current price
  with what the bot holds (less the grid profit not yet taken out, which stays aside), valuing
  its base at the market sell price: it then buys the base the new grid lacks, or sells what it
  no longer needs, in one market trade.
* **Profit out** (``profit``): at most the grid profit not yet taken out, from the quote coin,
  into the spot account (a ``profit`` entry).
* **Close** (cancel, take-profit, stop-loss; a stop closes with the ``closeSellModel`` given at
  creation, ``NOT_SELL`` unless said, a cancel with the one it names or else that one): ``NOT_SELL``
  gives back base and quote as they are;
  ``TO_QUOTE`` first sells the base at the market; ``TO_USDT`` does the same and, when the quote
  is not USDT, then sells the quote coin on its ``<QUOTE>_USDT`` pair (as much as that pair's size
  step allows; the dust is given back as it is).  Everything the bot holds goes back to the spot
  account (``release``).  The bot's final profit (``realizedProfit``) is worked out after the base
  is sold (or valued at that moment's price when it is not), in the quote coin, before a
  ``TO_USDT`` sale of the quote coin.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..symbols import FEE_RATE, SYMBOLS_BY_NAME, SymbolRules
from .grid import (
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
from .records import BotFill, CloseSellModel, ProfitTransfer, SpotGrid

if TYPE_CHECKING:
    from .base import GridEngine

RATE = FEE_RATE
"""The fee rate of every spot grid fill (the spot pairs' rate), in the quote coin."""


@dataclass(frozen=True)
class SpotLayout:
    """A spot grid laid out at ``price``: its volume per grid, its intervals' states and the market trade."""

    price: Decimal
    volume: Decimal
    selling: list[bool]
    side: Side | None
    size: Decimal
    trade_price: Decimal

    @property
    def notional(self) -> Decimal:
        return self.size * self.trade_price

    @property
    def fee(self) -> Decimal:
        return fee_of(self.notional, RATE) if self.size else ZERO


def _unit_cost(rules: SymbolRules, levels: list[Decimal], price: Decimal) -> Decimal:
    """What one unit of volume per grid costs in quote coin at ``price``, before fees."""
    selling = initial_states(levels, price)
    buy_price = market_buy_price(price, rules.price_step)
    return sum((levels[i] for i, sells in enumerate(selling) if not sells), ZERO) + sum(selling) * buy_price


def layout(rules: SymbolRules, levels: list[Decimal], price: Decimal, quote: Decimal, base: Decimal) -> SpotLayout:
    """The grid laid out at ``price`` with ``quote`` and ``base`` to spend (see the module docstring)."""
    tick = rules.price_step
    selling = initial_states(levels, price)
    buy_price, sell_price = market_buy_price(price, tick), market_sell_price(price, tick)
    value = quote
    if base:
        value += base * sell_price - fee_of(base * sell_price, RATE)
    room = value - rounding_allowance(levels)
    unit = _unit_cost(rules, levels, price) * (1 + RATE)
    volume = floor_to(room / unit, rules.size_step) if room > 0 else ZERO
    target = sum(selling) * volume
    if target > base:
        return SpotLayout(price, volume, selling, "BUY", target - base, buy_price)
    if target < base:
        return SpotLayout(price, volume, selling, "SELL", base - target, sell_price)
    return SpotLayout(price, volume, selling, None, ZERO, buy_price)


def least_volume(rules: SymbolRules, levels: list[Decimal]) -> Decimal:
    """The smallest volume per grid the pair's rules allow on these levels."""
    return max(rules.min_trade_size, ceil_to(rules.min_amount / levels[0], rules.size_step))


def investment_range(rules: SymbolRules, levels: list[Decimal], price: Decimal) -> tuple[Decimal, Decimal]:
    """(min_investment, max_investment) of a grid laid out at ``price``."""
    unit = _unit_cost(rules, levels, price) * (1 + RATE)
    allowance = rounding_allowance(levels)
    low = ceil_to(least_volume(rules, levels) * unit + allowance, rules.amount_step)
    high = floor_to(rules.max_trade_size * unit + allowance, rules.amount_step)
    return low, high


# -- moving money ------------------------------------------------------------------------------


def _trade(bot: SpotGrid, time: int, side: Side, size: Decimal, price: Decimal, kind: str = "market") -> None:
    """A market trade of ``size`` base at ``price`` (fee in quote)."""
    if not size:
        return
    notional = size * price
    fee = fee_of(notional, RATE)
    funds = bot.funds
    if side == "BUY":
        funds.move(time, "buy", bot.quote, -notional)
        funds.move(time, "buy", bot.base, size)
    else:
        funds.move(time, "sell", bot.base, -size)
        funds.move(time, "sell", bot.quote, notional)
    funds.move(time, "fee", bot.quote, -fee)
    bot.fees += fee
    bot.fills.append(BotFill(time, side, price, size, fee, "market"))


def apply_layout(bot: SpotGrid, plan: SpotLayout, time: int) -> None:
    """Make ``plan`` the bot's grid: its market trade, volume and states."""
    if plan.side is not None:
        _trade(bot, time, plan.side, plan.size, plan.trade_price)
    bot.volume = plan.volume
    bot.selling = list(plan.selling)
    bot.laid_out = (bot.funds.held(bot.base), bot.reserved(RATE))
    bot.open_price = plan.price
    bot.status = "running"
    bot.update_time = time


def free_quote(bot: SpotGrid) -> Decimal:
    """The quote coin a new layout may spend: all of it but the grid profit not yet taken out."""
    return bot.funds.held(bot.quote) - withdrawable(bot)


def withdrawable(bot: SpotGrid) -> Decimal:
    """Grid profit not yet taken out (never more than the quote coin the waiting buys do not need)."""
    spare = bot.funds.held(bot.quote) - bot.reserved(RATE)
    return max(min(bot.grid_profit - bot.profit_withdrawn, spare), ZERO)


def fill(bot: SpotGrid, order: Fill, time: int) -> None:
    """One grid order filled at its level."""
    size = bot.volume
    notional = size * order.price
    fee = fee_of(notional, RATE)
    funds = bot.funds
    if order.side == "BUY":
        funds.move(time, "buy", bot.quote, -notional)
        funds.move(time, "buy", bot.base, size)
    else:
        funds.move(time, "sell", bot.base, -size)
        funds.move(time, "sell", bot.quote, notional)
        bot.grid_profit += grid_profit(bot.levels, order.index, size, RATE)
    funds.move(time, "fee", bot.quote, -fee)
    bot.fees += fee
    bot.fills.append(BotFill(time, order.side, order.price, size, fee, "grid", order.index))
    bot.update_time = time


def take_profit_out(engine: GridEngine, bot: SpotGrid, amount: Decimal, time: int) -> ProfitTransfer:
    """Move ``amount`` of grid profit to the spot account."""
    engine.places()["SPOT"].give(bot.api_key, bot.quote, amount)
    bot.funds.move(time, "profit", bot.quote, -amount, place="SPOT")
    bot.profit_withdrawn += amount
    transfer = ProfitTransfer(str(engine.sandbox.take_order_id()), bot.quote, amount, time)
    bot.transfers.append(transfer)
    bot.update_time = time
    return transfer


def usdt_pair(quote: str) -> SymbolRules | None:
    """The spot pair that sells ``quote`` for USDT (None when there is none)."""
    rules = SYMBOLS_BY_NAME.get(f"{quote}_USDT")
    return rules if rules is not None and rules.type == "SPOT" else None


def close(engine: GridEngine, bot: SpotGrid, time: int, price: Decimal, reason: str, model: CloseSellModel) -> None:
    """Stop the bot at ``time`` (price ``price``): sell as ``model`` says and give everything back."""
    base = bot.funds.held(bot.base)
    if model != "NOT_SELL" and base > 0:
        _trade(bot, time, "SELL", base, market_sell_price(price, bot.rules.price_step))
    bot.final_profit = bot.profit(price)
    if model == "TO_USDT" and bot.quote != "USDT":
        pair = usdt_pair(bot.quote)
        if pair is not None:
            size = floor_to(bot.funds.held(bot.quote), pair.size_step)
            if size > 0:
                sale = market_sell_price(engine.price_at(pair.symbol, time), pair.price_step)
                notional = size * sale
                fee = fee_of(notional, RATE)
                bot.funds.move(time, "sell", bot.quote, -size)
                bot.funds.move(time, "sell", "USDT", notional)
                bot.funds.move(time, "fee", "USDT", -fee)
                bot.close_quote_price = sale
    release(engine, bot, time)
    bot.close_sell_model = model
    bot.reason_by = reason
    bot.status = "canceled"
    bot.close_time = time
    bot.update_time = time
    bot.last_price = price


def release(engine: GridEngine, bot: SpotGrid, time: int) -> None:
    """Give everything the bot holds back to the spot account."""
    spot = engine.places()["SPOT"]
    for coin, amount in sorted(bot.funds.holdings.items()):
        if amount > 0:
            spot.give(bot.api_key, coin, amount)
            bot.funds.move(time, "release", coin, -amount, place="SPOT")
