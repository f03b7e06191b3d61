"""The grid bots engine: every spot and futures grid of the sandbox, brought forward by its clock.

**The clock.** Bots live on the sandbox's market: before every request the sandbox brings the
markets to the clock and then every engine (:meth:`Bots.catch_up`).  The bots walk the very
moments the markets act at (:func:`pionex_sandbox.core.market.moments`): every half-second step
of a short move of the clock, and for a long jump every whole hour and then the steps of its last
minute.  The price path is a straight line between whole hours, so what it reaches between two
of those moments it reaches at one of them: at each moment a bot

1. starts, if it waits for a trigger price the price has now reached (laid out at that price);
2. stops, if a take-profit or stop-loss with a delay held at the previous moment and its delay ran
   out since (at exactly that time and that time's price, if it still holds then);
3. (futures) is liquidated, if its equity is below its maintenance margin at this price;
4. fills every grid order the price reached since the previous moment, at the order's price;
5. (futures) pays funding at a funding time, is liquidated if now due, runs the investment and
   reduction triggers the price reached;
6. stops, if a take-profit or stop-loss holds and has held for its delay (counted from the first
   moment the sandbox saw it hold).

A futures grid whose ``price_limit`` stop fired (steps 2 or 6) no longer trades: at each moment
after, it is liquidated if due, its closing limit order fills if the price reached the limit (at
the limit price), and it pays funding at a funding time (:mod:`.futures_grid`).

A year's jump costs one look at the path per bot per hour.  In a still market
(``moving_market=False``) prices do not move, so bots neither fill nor trigger.  Nothing a bot
does touches another product's state (its position and orders are its own), so the engine needs
no moments of its own (:meth:`~pionex_sandbox.core.sandbox.Engine.moments`).

**The price** a bot sees at a moment is the pair's price path at that moment (the market's
price); a request at time ``t`` sees the price of the market's last step (``t`` rounded down to
the half second).  Its market trades pay :data:`~.grid.BOT_SPREAD` beyond it.

**Money.** Every coin a bot holds is in its :class:`~.ledger.Funds`; investments leave the account's
place (``SPOT`` or ``FUTURES``, :mod:`pionex_sandbox.core.places`) as ``lock`` entries and come back
as ``release`` entries, grid profit taken out as ``profit`` entries.  :meth:`Bots.audit` replays
every bot's entries, and checks that a running spot grid holds exactly the base its intervals
waiting to sell need and enough quote for those waiting to buy, and that a stopped bot holds
nothing.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal, localcontext

from ..core.market import moments
from ..errors import ApiError
from ..futures.rules import FUNDING_INTERVAL_MS
from ..symbols import DECIMAL_CONTEXT
from . import checks, futures_grid, spot_grid
from .base import BotKind, GridEngine, kind_of
from .futures_operations import FuturesGridOperations
from .grid import ZERO, crossings, least_grid_profit
from .records import (
    FuturesGrid,
    GridBot,
    SpotGrid,
    Stop,
)
from .spot_operations import SpotGridOperations

__all__ = ["BotKind", "Bots", "GridEngine", "kind_of"]


class Bots(SpotGridOperations, FuturesGridOperations):
    """Every grid bot of the sandbox, its operations, and how the clock brings it forward."""

    def catch_up(self, now: int) -> None:
        """Bring every running bot to ``now``, moment by moment (see the module docstring)."""
        if now <= self.moved_to:
            return
        with localcontext(DECIMAL_CONTEXT):
            active = [bot for bot in self.bots.values() if bot.active]
            if active and self.markets.moving:
                for moment, _ in moments(self.moved_to, now):
                    seen: dict[str, Decimal] = {}
                    for bot in active:
                        if not bot.active or moment <= bot.moved_to:
                            continue
                        price = seen.get(bot.symbol)
                        if price is None:
                            price = seen[bot.symbol] = self.price_at(bot.symbol, moment)
                        self.advance(bot, moment, price)
        self.moved_to = now

    def advance(self, bot: GridBot, moment: int, price: Decimal) -> None:
        """Bring ``bot`` to ``moment``, whose price is ``price`` (the steps of the module docstring)."""
        previous = bot.last_price
        if bot.waiting:
            if self._triggered(bot.condition, bot.condition_direction, price):
                self._start(bot, moment, price)
            bot.last_price, bot.moved_to = price, moment
            return
        if isinstance(bot, FuturesGrid) and bot.closing is not None:
            self._closing(bot, moment, price)
            return
        for stop in bot.stops:
            if stop.since is not None and stop.delay_ms:
                due = stop.since + stop.delay_ms
                if bot.moved_to < due <= moment:
                    then = self.price_at(bot.symbol, due)
                    if self._holds(bot, stop, then):
                        self._stopped(bot, stop, due, then)
                        if bot.active:  # a limit order waits to close the position
                            assert isinstance(bot, FuturesGrid)
                            self._closing(bot, moment, price)
                        return
                    stop.since = None
        futures = bot if isinstance(bot, FuturesGrid) else None
        if futures is not None and futures_grid.broke(futures, price):
            futures_grid.liquidate(self, futures, moment, price)
            return
        for order in crossings(bot.levels, bot.selling, previous, price):
            if isinstance(bot, SpotGrid):
                spot_grid.fill(bot, order, moment)
            else:
                assert futures is not None
                futures_grid.fill(futures, order, moment)
        if futures is not None:
            if moment % FUNDING_INTERVAL_MS == 0:
                futures_grid.fund(self, futures, moment, price)
            if futures_grid.broke(futures, price):
                futures_grid.liquidate(self, futures, moment, price)
                return
            self._futures_triggers(futures, moment, price)
        bot.last_price, bot.moved_to = price, moment
        for stop in bot.stops:
            if self._holds(bot, stop, price):
                if stop.since is None:
                    stop.since = moment
                if moment - stop.since >= stop.delay_ms:
                    self._stopped(bot, stop, moment, price)
                    return
            else:
                stop.since = None

    @staticmethod
    def _triggered(condition: Decimal | None, direction: str | None, price: Decimal) -> bool:
        if condition is None:
            return True
        return price <= condition if direction == "-1" else price >= condition

    def _holds(self, bot: GridBot, stop: Stop, price: Decimal) -> bool:
        if isinstance(bot, SpotGrid):
            return stop.holds(price, bot.profit(price), bot.investment)
        assert isinstance(bot, FuturesGrid)
        return stop.holds(price, bot.profit(price), bot.total_investment)

    def _stopped(self, bot: GridBot, stop: Stop, time: int, price: Decimal) -> None:
        reason = "loss_stop" if stop.kind == "loss" else "profit_stop"
        if isinstance(bot, SpotGrid):
            spot_grid.close(self, bot, time, price, reason, bot.close_sell_model)
        elif stop.type == "price_limit":
            assert isinstance(bot, FuturesGrid)
            futures_grid.start_limit_close(self, bot, stop, time, price, reason)
        else:
            assert isinstance(bot, FuturesGrid)
            futures_grid.close(self, bot, time, price, reason)

    def _closing(self, bot: FuturesGrid, moment: int, price: Decimal) -> None:
        """A moment of a futures grid whose ``price_limit`` stop fired: liquidation, the limit fill, funding."""
        if futures_grid.broke(bot, price):
            futures_grid.liquidate(self, bot, moment, price)
            return
        if futures_grid.limit_reached(bot, price):
            futures_grid.close_at_limit(self, bot, moment, price)
            return
        if moment % FUNDING_INTERVAL_MS == 0:
            futures_grid.fund(self, bot, moment, price)
            if futures_grid.broke(bot, price):
                futures_grid.liquidate(self, bot, moment, price)
                return
        bot.last_price, bot.moved_to = price, moment

    def _start(self, bot: GridBot, moment: int, price: Decimal) -> None:
        """A bot waiting for its trigger price is laid out at ``price`` (or stops: ``create_failed``)."""
        if isinstance(bot, SpotGrid):
            plan = spot_grid.layout(bot.rules, bot.levels, price, spot_grid.free_quote(bot), bot.funds.held(bot.base))
            fits = (
                spot_grid.least_volume(bot.rules, bot.levels) <= plan.volume <= bot.rules.max_trade_size
                and least_grid_profit(bot.levels, plan.volume, spot_grid.RATE) >= 0
            )
            if fits:
                spot_grid.apply_layout(bot, plan, moment)
            else:
                spot_grid.close(self, bot, moment, price, "create_failed", "NOT_SELL")
            return
        assert isinstance(bot, FuturesGrid)
        shape = futures_grid.layout(bot.rules, bot.levels, price, bot.trend, bot.leverage, bot.investment)
        fits = (
            futures_grid.least_volume(bot.rules, bot.levels)
            <= shape.volume
            <= futures_grid.most_volume(bot.rules, bot.levels, bot.leverage)
            and least_grid_profit(bot.levels, shape.volume, futures_grid.RATE) >= 0
        )
        if fits:
            futures_grid.apply_layout(bot, shape, moment)
        else:
            futures_grid.close(self, bot, moment, price, "create_failed")

    def _futures_triggers(self, bot: FuturesGrid, moment: int, price: Decimal) -> None:
        """Run the investment and reduction triggers the price has reached (a trigger that cannot run is dropped)."""
        for trigger in list(bot.invest_in_triggers):
            if self._triggered(trigger.condition, trigger.direction, price):
                bot.invest_in_triggers.remove(trigger)
                shape = checks.FuturesShape(
                    bot.rules, bot.top, bot.bottom, bot.rows, bot.grid_type, bot.trend, bot.leverage, bot.levels
                )
                amount, extra = trigger.quote_investment or ZERO, trigger.extra_margin or ZERO
                with contextlib.suppress(ApiError):  # it cannot run now (funds, limits): it is dropped
                    self._invest_futures(bot, shape, amount, extra, False, price, moment)
        for trigger in list(bot.invest_out_triggers):
            if self._triggered(trigger.condition, trigger.direction, price):
                bot.invest_out_triggers.remove(trigger)
                self._reduce(bot, trigger.reduce_num or 0, price, moment)
