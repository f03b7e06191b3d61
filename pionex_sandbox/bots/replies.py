"""Grid bots as Pionex's bot operations return them.

Field names are Pionex's (camelCase in a grid's ``buOrderData``).  Prices are written to the
pair's price precision, sizes to its size precision, money to 8 decimal places.  Where Pionex
names a field without saying what the sandbox should put in it, the sandbox's meaning is:

* top-level ``status``: ``running`` while the bot runs (or waits for its trigger), ``finished`` once
  it stopped (the words ``botOrdersList`` filters by); ``buOrderData.status`` is the bot's state;
* spot ``realizedProfit``: the bot's total profit, grid profit and the floating part, at the current
  price (``quote held + base held x price + profit taken out - investment``), final once stopped;
  ``gridProfit`` every completed interval's grid profit (taken-out profit included);
* spot ``baseInvestment`` / ``quoteInvestment``: the base the last layout bought and the quote it
  kept for the buy orders; ``averageCost`` = ``breakEvenWithoutGridProfit``, the price at which the
  bot would break even without its grid profit, ``breakEvenWithGridProfit`` with it;
* futures ``marginBalance``: the bot's equity (USDT held + unrealised PnL); ``extraBalance`` its extra
  margin; ``position`` its signed size, ``positionOpenPrice`` its average entry; ``liquidationPrice``
  the price at which its current position would be liquidated (``estimateLiquidationPrice*``: see
  :func:`.futures_grid.estimated_liquidation`); ``unlockQuoteAmount`` the USDT given back when it
  stopped (so its total profit is ``unlockQuoteAmount - quoteInvestment - extraMargin``);
  ``closeOrderType`` how its position was (or, in state ``close_position``, is being) closed:
  ``market``, or ``limit``/``limit_high`` by a ``price_limit`` stop's limit order (``lossStopLimitPrice``,
  ``profitStopLimitPrice``, ``lossStopLimitHighPrice``), shown once the bot stops or while it waits.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..symbols import fmt
from . import futures_grid, spot_grid
from .grid import ZERO
from .records import PRICE_STOP_TYPES, FuturesGrid, GridBot, InvestTrigger, ProfitTransfer, SpotGrid, Stop

if TYPE_CHECKING:
    from .base import GridEngine

MONEY = 8


def _price(bot: GridBot, value: Decimal) -> str:
    return fmt(value.quantize(bot.rules.price_step), bot.rules.quote_precision)


def _size(bot: GridBot, value: Decimal) -> str:
    return fmt(value, bot.rules.base_precision)


def _money(value: Decimal) -> str:
    return fmt(value, MONEY)


def _plain(value: Decimal) -> str:
    return fmt(value.normalize()) if value else "0"


def _stop_fields(bot: GridBot, data: dict[str, object], *, delays: bool) -> None:
    for kind in ("loss", "profit"):
        stop: Stop | None = bot.stop(kind)
        if stop is None:
            continue
        data[f"{kind}StopType"] = stop.type
        data[f"{kind}Stop"] = _price(bot, stop.value) if stop.type in PRICE_STOP_TYPES else _plain(stop.value)
        if stop.limit is not None:
            data[f"{kind}StopLimitPrice"] = _price(bot, stop.limit)
        if delays:
            data[f"{kind}StopDelay"] = stop.delay_ms // 1000
    high = bot.stop("loss", high=True)
    if high is not None:
        data["lossStopHigh"] = _price(bot, high.value)
        if high.limit is not None:
            data["lossStopLimitHighPrice"] = _price(bot, high.limit)


def _top_level(bot: GridBot, kind: str, base: str) -> dict[str, object]:
    reply: dict[str, object] = {
        "buOrderType": kind,
        "buOrderId": bot.bu_order_id,
        "base": base,
        "quote": bot.rules.quote,
        "status": "running" if bot.active else "finished",
        "createTime": bot.create_time,
    }
    if bot.close_time is not None:
        reply["closeTime"] = bot.close_time
    if bot.note is not None:
        reply["note"] = bot.note
    return reply


# -- spot ----------------------------------------------------------------------------------------


def spot_data(engine: GridEngine, bot: SpotGrid) -> dict[str, object]:
    """A spot grid's ``buOrderData``."""
    price = bot.last_price if not bot.active else engine.price_now(bot.symbol, engine.moved_to)
    base_held, quote_held = bot.funds.held(bot.base), bot.funds.held(bot.quote)
    data: dict[str, object] = {
        "buOrderId": bot.bu_order_id,
        "top": _price(bot, bot.top),
        "bottom": _price(bot, bot.bottom),
        "row": bot.rows,
        "gridType": bot.grid_type,
        "trend": "long",
        "status": bot.status,
        "createTime": bot.update_time,
        "earnCoin": bot.quote,
        "investCoin": bot.quote,
        "baseTotalInvestment": "0",
        "quoteTotalInvestment": _money(bot.investment),
        "closeSellModel": bot.close_sell_model,
    }
    _stop_fields(bot, data, delays=True)
    if bot.condition is not None:
        data["condition"] = _price(bot, bot.condition)
        data["conditionDirection"] = bot.condition_direction
    if bot.slippage is not None:
        data["slippage"] = _plain(bot.slippage)
    if bot.open_price is not None:
        data.update(
            {
                "openPrice": _price(bot, bot.open_price),
                "perVolume": _size(bot, bot.volume),
                "baseInvestment": _size(bot, bot.laid_out[0]),
                "quoteInvestment": _money(bot.laid_out[1]),
            }
        )
    profit = bot.profit(price)
    data.update(
        {
            "baseAmount": _size(bot, base_held),
            "quoteAmount": _money(quote_held),
            "gridProfit": _money(bot.grid_profit),
            "realizedProfit": _money(profit),
            "profitWithdrawn": _money(bot.profit_withdrawn),
            "totalFeeInQuote": _money(bot.fees),
            "totalFeeInBase": _size(bot, ZERO),
        }
    )
    if base_held:
        without = (bot.investment + bot.grid_profit - bot.profit_withdrawn - quote_held) / base_held
        with_grid = (bot.investment - bot.profit_withdrawn - quote_held) / base_held
        data["averageCost"] = _price(bot, max(without, ZERO))
        data["breakEvenWithoutGridProfit"] = _price(bot, max(without, ZERO))
        data["breakEvenWithGridProfit"] = _price(bot, max(with_grid, ZERO))
    if bot.reason_by is not None:
        data["reasonBy"] = bot.reason_by
    return data


def spot_order(engine: GridEngine, bot: SpotGrid) -> dict[str, object]:
    """A spot grid as ``botSpotGridGetOrder`` and ``botSpotGridCreate`` return it."""
    return {**_top_level(bot, "spot_grid", bot.rules.base), "buOrderData": spot_data(engine, bot)}


def transfer_record(bot: SpotGrid, transfer: ProfitTransfer) -> dict[str, object]:
    """Grid profit taken out, as ``botSpotGridExtractProfit`` returns it."""
    return {
        "transferId": transfer.transfer_id,
        "buOrderId": bot.bu_order_id,
        "type": "profit",
        "direction": "out",
        "coin": transfer.coin,
        "amount": _money(transfer.amount),
        "status": "success",
        "createTime": transfer.time,
    }


# -- futures ---------------------------------------------------------------------------------------


def _trigger(bot: FuturesGrid, trigger: InvestTrigger) -> dict[str, object]:
    found: dict[str, object] = {
        "condition": _price(bot, trigger.condition),
        "conditionDirection": trigger.direction,
        "addTime": trigger.add_time,
    }
    if trigger.quote_investment is not None:
        found["quoteInvestment"] = _money(trigger.quote_investment)
        found["investCoin"] = bot.coin
    if trigger.extra_margin is not None:
        found["extraMarginAmount"] = _money(trigger.extra_margin)
    if trigger.reduce_num is not None:
        found["reduceNum"] = trigger.reduce_num
    return found


def futures_data(engine: GridEngine, bot: FuturesGrid) -> dict[str, object]:
    """A futures grid's ``buOrderData``."""
    price = bot.last_price if not bot.active else engine.price_now(bot.symbol, engine.moved_to)
    held = bot.funds.held(bot.coin)
    data: dict[str, object] = {
        "status": bot.status,
        "top": _price(bot, bot.top),
        "bottom": _price(bot, bot.bottom),
        "row": bot.rows,
        "gridType": bot.grid_type,
        "trend": bot.trend,
        "leverage": bot.leverage,
        "quoteInvestment": _money(bot.investment),
        "extraMargin": _money(bot.extra_margin),
        "extraBalance": _money(bot.extra_margin),
        "investCoin": bot.coin,
        "investmentFrom": "USER",
        "closeSellModel": bot.close_sell_model,
        "position": _size(bot, bot.size),
        "positionOpenPrice": _price(bot, bot.entry_price()),
        "marginBalance": _money(bot.equity(price) if bot.active else ZERO),
        "liquidationTriggered": bot.liquidated,
        "riskStatus": "LIQUIDATION" if bot.liquidated else "TRADING",
        "marginStatus": "NORMAL",
        "notionalStatus": "NORMAL",
        "profitWithdrawn": _money(ZERO),
        "profitReduce": _money(bot.profit_reduce),
        "fundingFeePayment": _money(bot.funding),
        "investInTriggers": [_trigger(bot, trigger) for trigger in bot.invest_in_triggers],
        "investOutTriggers": [_trigger(bot, trigger) for trigger in bot.invest_out_triggers],
    }
    if bot.open_price is not None:
        data["openPrice"] = _price(bot, bot.open_price)
        data["perVolume"] = _size(bot, bot.volume)
    if bot.active and bot.size:
        found = futures_grid.liquidation_price(bot.symbol, bot.size, bot.cost, held, price)
        data["liquidationPrice"] = _price(bot, found)
    if bot.active and bot.open_price is not None and bot.closing is None:
        shape = futures_grid.plan(bot.rules, bot.levels, bot.open_price, bot.trend)
        down, up = futures_grid.estimated_liquidation(bot.rules, shape, bot.volume, held)
        data["estimateLiquidationPriceDown"] = _price(bot, down)
        data["estimateLiquidationPriceUp"] = _price(bot, up)
    _stop_fields(bot, data, delays=False)
    if bot.slippage is not None:
        data["slippage"] = _plain(bot.slippage)
    if bot.liquidated:
        data["liquidationFee"] = _money(bot.liquidation_fee)
    if not bot.active:
        data["closedBaseAmount"] = _size(bot, bot.closed_size)
        data["unlockQuoteAmount"] = _money(bot.released)
    if not bot.active or bot.closing is not None:
        data["closeOrderType"] = bot.close_order_type
    if bot.reason_by is not None:
        data["reasonBy"] = bot.reason_by
    return data


def futures_order(engine: GridEngine, bot: FuturesGrid) -> dict[str, object]:
    """A futures grid as ``botFuturesGridGetOrder`` returns it (Pionex's reply has no id, type or close time)."""
    reply = _top_level(bot, "futures_grid", f"{bot.rules.base}.PERP")
    for name in ("buOrderType", "buOrderId", "closeTime"):
        reply.pop(name, None)
    return {**reply, "buOrderData": futures_data(engine, bot)}


def bot_order(engine: GridEngine, bot: GridBot) -> dict[str, object]:
    """A grid as the bot order list shows it."""
    if isinstance(bot, SpotGrid):
        return spot_order(engine, bot)
    assert isinstance(bot, FuturesGrid)
    return {**_top_level(bot, "futures_grid", f"{bot.rules.base}.PERP"), "buOrderData": futures_data(engine, bot)}


__all__ = ["bot_order", "futures_order", "spot_data", "spot_grid", "spot_order", "transfer_record"]
