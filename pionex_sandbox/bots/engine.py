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
from collections.abc import Mapping
from decimal import Decimal, localcontext
from typing import Literal

from ..core.market import STEP_MS, moments
from ..core.places import Place, ShortOfFunds
from ..core.sandbox import Engine, Sandbox
from ..errors import ApiError
from ..futures.rules import FUNDING_INTERVAL_MS, Prices
from ..symbols import DECIMAL_CONTEXT, SymbolRules, fmt
from . import checks, futures_grid, spot_grid
from .fields import Fields, bad, choice, decimals, denied, flag, not_found, number, positive, sub_object, text, whole
from .grid import EIGHT, ZERO, crossings, floor_to, least_grid_profit, market_buy_price, market_sell_price
from .records import (
    FUTURES_CLOSE_SELL_MODELS,
    SPOT_CLOSE_SELL_MODELS,
    FuturesGrid,
    GridBot,
    InvestTrigger,
    ProfitTransfer,
    SpotGrid,
    Stop,
)

BotKind = Literal["spot_grid", "futures_grid"]

REDUCE_REASONS = (
    "LOSS_GTE_INVESTMENT",
    "POSITION_TOO_SMALL",
    "REDUCE_TOO_MUCH",
    "REDUCE_TOO_SMALL",
    "SYMBOL_MAINTENANCE",
)


def kind_of(bot: GridBot) -> BotKind:
    return "spot_grid" if isinstance(bot, SpotGrid) else "futures_grid"


class Bots(Engine):
    """Every grid bot of the sandbox's accounts (spot grids and futures grids)."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.markets = sandbox.markets
        self.bots: dict[str, GridBot] = {}
        self.moved_to = sandbox.created_ms
        self._funding = Prices(sandbox.seed, sandbox.markets)

    # -- the market ---------------------------------------------------------------------------

    def places(self) -> Mapping[str, Place]:
        return self.sandbox.places

    def price_at(self, symbol: str, t: int) -> Decimal:
        """The price of ``symbol`` at ``t`` (its price path; in a still market, the price it started at)."""
        path = self.markets.path(symbol)
        return path.price(t if self.markets.moving else self.sandbox.created_ms)

    def price_now(self, symbol: str, now: int) -> Decimal:
        """The price a request at ``now`` sees: the market's last step."""
        return self.price_at(symbol, now // STEP_MS * STEP_MS)

    def funding_rate(self, symbol: str, t: int) -> Decimal:
        return self._funding.funding_rate(symbol, t)

    # -- finding ------------------------------------------------------------------------------

    def find(self, api_key: str, bu_order_id: object, kind: BotKind) -> GridBot:
        if not isinstance(bu_order_id, str | int) or isinstance(bu_order_id, bool) or bu_order_id == "":
            raise bad("buOrderId is required")
        bot = self.bots.get(str(bu_order_id))
        noun = kind.replace("_", " ")
        if bot is None or bot.api_key != api_key or kind_of(bot) != kind:
            raise not_found(str(bu_order_id), noun)
        return bot

    def spot(self, api_key: str, bu_order_id: object) -> SpotGrid:
        bot = self.find(api_key, bu_order_id, "spot_grid")
        assert isinstance(bot, SpotGrid)
        return bot

    def futures(self, api_key: str, bu_order_id: object) -> FuturesGrid:
        bot = self.find(api_key, bu_order_id, "futures_grid")
        assert isinstance(bot, FuturesGrid)
        return bot

    def owned(self, api_key: str, running: bool) -> list[GridBot]:
        """The bots of an account that run (or have stopped), oldest first."""
        return [bot for bot in self.bots.values() if bot.api_key == api_key and bot.active == running]

    def listed_bots(self, api_key: str, status: Literal["running", "finished"]) -> list[dict[str, object]]:
        """The account's bots as Pionex's bot order list shows them (see :func:`.replies.bot_order`)."""
        from .replies import bot_order

        return [bot_order(self, bot) for bot in self.owned(api_key, status == "running")]

    # -- money ---------------------------------------------------------------------------------

    def _lock(self, bot: GridBot, place_name: str, coin: str, amount: Decimal, now: int) -> None:
        place = self.places().get(place_name)
        if place is None:
            raise denied(f"this sandbox has no {place_name} account to take the investment from")
        try:
            place.take(bot.api_key, coin, amount)
        except ShortOfFunds as short:
            raise denied(str(short)) from None
        bot.funds.move(now, "lock", coin, amount, place=place_name)

    def _register(self, bot: GridBot) -> None:
        self.bots[bot.bu_order_id] = bot

    def _new_id(self) -> str:
        return str(self.sandbox.take_order_id())

    # -- spot grids ----------------------------------------------------------------------------

    def check_spot(self, fields: Fields, now: int) -> dict[str, object]:
        """``checkParams`` of a spot grid (raises the refusal, with its data where Pionex gives some)."""
        with localcontext(DECIMAL_CONTEXT):
            rules = checks.spot_pair(fields.get("base"), fields.get("quote"))
            data = sub_object(fields, "buOrderData")
            shape = checks.spot_shape(rules, data, grid_type_name="grid_type")
            price = self.price_now(rules.symbol, now)
            trigger, _ = checks.condition(data, price, direction_name="condition_direction")
            reference = trigger or price
            _, plan = checks.spot_investment(shape, data, reference, name="quote_total_investment")
            return checks.spot_estimates(shape, reference, plan)

    def create_spot(self, api_key: str, fields: Fields, now: int) -> SpotGrid:
        """Create a spot grid (``botSpotGridCreate``)."""
        with localcontext(DECIMAL_CONTEXT):
            rules = checks.spot_pair(fields.get("base"), fields.get("quote"))
            data = sub_object(fields, "buOrderData")
            shape = checks.spot_shape(rules, data, grid_type_name="gridType")
            price = self.price_now(rules.symbol, now)
            trigger, direction = checks.condition(data, price, direction_name="conditionDirection")
            reference = trigger or price
            investment, plan = checks.spot_investment(shape, data, reference, name="quoteTotalInvestment")
            stops = checks.stops(data, reference, "long", futures=False)
            slippage = checks.slippage(data)
            model = choice(data, "closeSellModel", SPOT_CLOSE_SELL_MODELS, default="NOT_SELL")
            self._check_to_usdt(rules, model)
            if trigger is None and plan.side is not None:
                checks.within_slippage(rules, price, plan.trade_price, slippage)
            bot = SpotGrid(
                bu_order_id=self._new_id(),
                api_key=api_key,
                rules=rules,
                create_time=now,
                top=shape.top,
                bottom=shape.bottom,
                rows=shape.rows,
                grid_type=shape.grid_type,
                levels=shape.levels,
                investment=investment,
                stops=stops,
                condition=trigger,
                condition_direction=direction,
                slippage=slippage,
                close_sell_model=model,  # type: ignore[arg-type]
                note=text(fields, "note"),
                last_price=price,
                moved_to=now,
                update_time=now,
            )
            self._lock(bot, "SPOT", rules.quote, investment, now)
            if trigger is None:
                spot_grid.apply_layout(bot, plan, now)
            else:
                bot.status = "lock_currency"
            self._register(bot)
            return bot

    @staticmethod
    def _check_to_usdt(rules: SymbolRules, model: str | None) -> None:
        if model == "TO_USDT" and rules.quote != "USDT" and spot_grid.usdt_pair(rules.quote) is None:
            raise bad(f"closeSellModel TO_USDT needs a {rules.quote}_USDT pair, which the sandbox does not list")

    def _running_spot(self, api_key: str, fields: Fields) -> SpotGrid:
        bot = self.spot(api_key, fields.get("buOrderId"))
        if not bot.active:
            raise denied(f"spot grid {bot.bu_order_id} is already canceled")
        return bot

    def _relay_spot(self, bot: SpotGrid, shape: checks.SpotShape, added: Decimal, name: str, now: int) -> None:
        """Lay ``bot`` out anew on ``shape`` at the current price, with ``added`` quote more (locked here)."""
        price = self.price_now(bot.symbol, now)
        if bot.waiting:
            if added:
                self._lock(bot, "SPOT", bot.quote, added, now)
                bot.investment += added
        else:
            plan = checks.spot_layout_checked(
                shape, price, added, base=bot.funds.held(bot.base), extra=spot_grid.free_quote(bot), name=name
            )
            checks.within_slippage(bot.rules, price, plan.trade_price if plan.side else price, bot.slippage)
            if added:
                self._lock(bot, "SPOT", bot.quote, added, now)
                bot.investment += added
            spot_grid.apply_layout(bot, plan, now)
            bot.last_price = price
        bot.top, bot.bottom, bot.rows, bot.grid_type, bot.levels = (
            shape.top,
            shape.bottom,
            shape.rows,
            shape.grid_type,
            shape.levels,
        )
        bot.update_time = now

    def _investment(self, bot: SpotGrid, fields: Fields, name: str, *, required: bool) -> Decimal:
        amount = positive(fields, name, required=required, message=None) or ZERO
        if decimals(amount.normalize()) > bot.rules.amount_precision:
            raise bad(f"{name} not match quote precision: max {bot.rules.amount_precision} decimal places")
        return amount

    def invest_spot(self, api_key: str, fields: Fields, now: int) -> str:
        """Add quote to a spot grid (``botSpotGridInvestIn``): it is laid out anew; the action's id."""
        with localcontext(DECIMAL_CONTEXT):
            bot = self._running_spot(api_key, fields)
            amount = self._investment(bot, fields, "quoteInvest", required=True)
            shape = checks.SpotShape(bot.rules, bot.top, bot.bottom, bot.rows, bot.grid_type, bot.levels)
            self._relay_spot(bot, shape, amount, "quoteInvest", now)
            return self._new_id()

    def adjust_spot(self, api_key: str, fields: Fields, now: int) -> str:
        """Change a spot grid's range, rows or investment (``botSpotGridAdjustParams``); the action's id."""
        with localcontext(DECIMAL_CONTEXT):
            bot = self._running_spot(api_key, fields)
            if all(fields.get(name) in (None, "", 0) for name in ("top", "bottom", "row", "quoteInvest")):
                raise bad("give top, bottom, row or quoteInvest to adjust")
            merged: dict[str, object] = {
                "top": fmt(bot.top),
                "bottom": fmt(bot.bottom),
                "row": bot.rows,
                "gridType": bot.grid_type,
            }
            merged.update(
                {name: fields[name] for name in ("top", "bottom", "row") if fields.get(name) not in (None, "")}
            )
            shape = checks.spot_shape(bot.rules, merged, grid_type_name="gridType")
            amount = self._investment(bot, fields, "quoteInvest", required=False)
            self._relay_spot(bot, shape, amount, "quoteInvest", now)
            return self._new_id()

    def cancel_spot(self, api_key: str, fields: Fields, now: int) -> SpotGrid:
        """Cancel a spot grid (``botSpotGridCancel``) with the close-sell model asked for (else the bot's)."""
        with localcontext(DECIMAL_CONTEXT):
            bot = self._running_spot(api_key, fields)
            model = choice(fields, "closeSellModel", SPOT_CLOSE_SELL_MODELS) or bot.close_sell_model
            self._check_to_usdt(bot.rules, model)
            slippage = checks.slippage(fields)
            price = self.price_now(bot.symbol, now)
            if model != "NOT_SELL" and bot.funds.held(bot.base) > 0:
                checks.within_slippage(bot.rules, price, market_sell_price(price, bot.rules.price_step), slippage)
            spot_grid.close(self, bot, now, price, "user_cancel", model)  # type: ignore[arg-type]
            return bot

    def extract_profit(self, api_key: str, fields: Fields, now: int) -> ProfitTransfer:
        """Take grid profit out of a spot grid into the spot account (``botSpotGridExtractProfit``)."""
        with localcontext(DECIMAL_CONTEXT):
            bot = self._running_spot(api_key, fields)
            amount = positive(fields, "amount", required=True)
            assert amount is not None
            if decimals(amount.normalize()) > 8:
                raise bad("amount has more than 8 decimal places")
            if bot.waiting:
                raise denied(f"spot grid {bot.bu_order_id} has not started: it has no grid profit yet")
            available = spot_grid.withdrawable(bot)
            if amount > available:
                raise denied(
                    f"at most {fmt(available, 8)} {bot.quote} of grid profit can be taken out of spot grid "
                    f"{bot.bu_order_id}"
                )
            return spot_grid.take_profit_out(self, bot, amount, now)

    # -- futures grids -------------------------------------------------------------------------

    def _perp(self, fields: Fields, *, strict: bool) -> SymbolRules:
        rules = checks.perp_pair(fields.get("base"), fields.get("quote"), strict=strict)
        return rules

    def check_futures(self, fields: Fields, now: int) -> dict[str, object]:
        """``checkParams`` of a futures grid (raises the refusal, with its data where Pionex gives some)."""
        with localcontext(DECIMAL_CONTEXT):
            rules = self._perp(fields, strict=True)
            data = sub_object(fields, "buOrderData")
            price = self.price_now(rules.symbol, now)
            shape = checks.futures_shape(rules, data, price, grid_type_name="grid_type")
            auto = flag(data, "extra_margin")
            direction = data.get("condition_direction")
            if direction not in (None, "", "1", "-1", 1, -1):
                raise bad("invalid condition_direction")
            trigger, _ = checks.condition(data, price, direction_name="condition_direction")
            reference = trigger or price
            money = checks.futures_money(
                shape,
                data,
                reference,
                investment_name="quote_investment",
                extra_name="extra_margin_amount",
                auto_split=auto,
            )
            return checks.futures_estimates(shape, reference, money, auto_split=auto)

    def create_futures(self, api_key: str, fields: Fields, now: int) -> FuturesGrid:
        """Create a futures grid (``botFuturesGridCreate``)."""
        with localcontext(DECIMAL_CONTEXT):
            rules = self._perp(fields, strict=False)
            assert rules.perp is not None
            if rules.perp.status != "TRADING":
                raise denied(f"{rules.symbol} is {rules.perp.status}: no grid can be created on it")
            data = sub_object(fields, "buOrderData")
            price = self.price_now(rules.symbol, now)
            shape = checks.futures_shape(rules, data, price, grid_type_name="grid_type")
            trigger, direction = checks.condition(data, price, direction_name="conditionDirection")
            reference = trigger or price
            money = checks.futures_money(
                shape, data, reference, investment_name="quoteInvestment", extra_name="extraMargin", auto_split=False
            )
            if choice(data, "investmentFrom", ("USER", "FUTURE_GRID_BONUS"), default="USER") != "USER":
                raise bad("investmentFrom must be USER: the sandbox has no bonuses")
            invest_coin = text(data, "investCoin")
            if invest_coin is not None and invest_coin.upper() != rules.quote:
                raise bad(f"investCoin must be {rules.quote}")
            stops = checks.stops(data, reference, shape.trend, futures=True)
            slippage = checks.slippage(data)
            if trigger is None and money.plan.target:
                tick = rules.price_step
                at = market_buy_price(price, tick) if money.plan.target > 0 else market_sell_price(price, tick)
                checks.within_slippage(rules, price, at, slippage)
            bot = FuturesGrid(
                bu_order_id=self._new_id(),
                api_key=api_key,
                rules=rules,
                create_time=now,
                top=shape.top,
                bottom=shape.bottom,
                rows=shape.rows,
                grid_type=shape.grid_type,
                levels=shape.levels,
                investment=money.capital,
                extra_margin=money.extra,
                trend=shape.trend,
                leverage=shape.leverage,
                stops=stops,
                condition=trigger,
                condition_direction=direction,
                slippage=slippage,
                note=text(fields, "note"),
                last_price=price,
                moved_to=now,
                update_time=now,
            )
            self._lock(bot, "FUTURES", rules.quote, money.capital + money.extra, now)
            if trigger is None:
                futures_grid.apply_layout(bot, money.plan, now)
            else:
                bot.status = "condition_lock"
            self._register(bot)
            return bot

    def _running_futures(self, api_key: str, fields: Fields) -> FuturesGrid:
        bot = self.futures(api_key, fields.get("buOrderId"))
        if not bot.active:
            raise denied(f"futures grid {bot.bu_order_id} is already canceled")
        return bot

    def cancel_futures(self, api_key: str, fields: Fields, now: int) -> FuturesGrid:
        """Cancel a futures grid (``botFuturesGridCancel``): close its position, give its USDT back."""
        with localcontext(DECIMAL_CONTEXT):
            bot = self._running_futures(api_key, fields)
            model = choice(fields, "closeSellModel", FUTURES_CLOSE_SELL_MODELS) or bot.close_sell_model
            slippage = checks.slippage(fields, "closeSlippage")
            flag(fields, "immediate")
            price = self.price_now(bot.symbol, now)
            if bot.size:
                tick = bot.rules.price_step
                at = market_sell_price(price, tick) if bot.size > 0 else market_buy_price(price, tick)
                checks.within_slippage(bot.rules, price, at, slippage)
            bot.close_sell_model = model  # type: ignore[assignment]
            futures_grid.close(self, bot, now, price, "user_cancel")
            return bot

    def _open_price_check(self, bot: FuturesGrid, fields: Fields, price: Decimal, slippage: Decimal | None) -> None:
        """With ``slippage``, refuse when the price moved more than that from the caller's ``openPrice``."""
        seen = positive(fields, "openPrice")
        if seen is not None and slippage is not None:
            checks.within_slippage(bot.rules, seen, price, slippage)

    def adjust_futures(self, api_key: str, fields: Fields, now: int) -> None:
        """Add investment, move the range, or set an investment trigger (``botFuturesGridAdjustParams``)."""
        with localcontext(DECIMAL_CONTEXT):
            bot = self._running_futures(api_key, fields)
            kind = choice(fields, "type", ("invest_in", "adjust_params", "invest_in_trigger"))
            if kind is None:
                raise bad("type is required: invest_in, adjust_params or invest_in_trigger")
            slippage = checks.slippage(fields)
            price = self.price_now(bot.symbol, now)
            self._open_price_check(bot, fields, price, slippage)
            if choice(fields, "investmentFrom", ("USER", "LOCK_ACTIVITY"), default="USER") != "USER":
                raise bad("investmentFrom must be USER: the sandbox has no lock activity")
            auto = flag(fields, "extraMargin")
            amount = number(fields, "quoteInvestment") or ZERO
            if amount < 0 or decimals(amount.normalize()) > checks.FUTURES_MONEY_PLACES:
                raise bad(
                    f"quoteInvestment must be a positive amount with at most {checks.FUTURES_MONEY_PLACES} places"
                )
            extra = number(fields, "extraMarginAmount") or ZERO
            if extra < 0 or decimals(extra.normalize()) > checks.FUTURES_MONEY_PLACES:
                raise bad(
                    f"extraMarginAmount must be a positive amount with at most {checks.FUTURES_MONEY_PLACES} places"
                )
            if kind == "invest_in_trigger":
                trigger, direction = checks.condition(fields, price, direction_name="conditionDirection")
                if trigger is None or direction is None or not amount:
                    raise bad("invest_in_trigger needs condition, conditionDirection and quoteInvestment")
                if bot.invest_in_triggers:
                    raise denied("a futures grid has at most one investment trigger waiting")
                bot.invest_in_triggers.append(
                    InvestTrigger(
                        condition=trigger,
                        direction=direction,
                        add_time=now,
                        quote_investment=amount,
                        extra_margin=extra or None,
                    )
                )
                bot.update_time = now
                return
            if kind == "invest_in" and not amount:
                raise bad("quoteInvestment is required and must be greater than zero for invest_in")
            shape = checks.FuturesShape(
                bot.rules, bot.top, bot.bottom, bot.rows, bot.grid_type, bot.trend, bot.leverage, bot.levels
            )
            if kind == "adjust_params":
                for name in ("top", "bottom", "row"):
                    if fields.get(name) in (None, ""):
                        raise bad(f"{name} is required when type is adjust_params")
                merged = {
                    "top": fields["top"],
                    "bottom": fields["bottom"],
                    "row": fields["row"],
                    "grid_type": bot.grid_type,
                    "trend": bot.trend,
                    "leverage": bot.leverage,
                }
                shape = checks.futures_shape(bot.rules, merged, price, grid_type_name="grid_type")
            self._invest_futures(bot, shape, amount, extra, auto, price, now)

    def _invest_futures(
        self,
        bot: FuturesGrid,
        shape: checks.FuturesShape,
        amount: Decimal,
        extra: Decimal,
        auto: bool,
        price: Decimal,
        now: int,
    ) -> None:
        """Lock ``amount`` (+ ``extra`` margin) more and lay the grid out anew on ``shape`` at ``price``."""
        kept = floor_to(amount * checks.AUTO_EXTRA_MARGIN, EIGHT) if auto else ZERO
        capital, extra = amount - kept, extra + kept
        if bot.waiting:
            if amount + extra:
                self._lock(bot, "FUTURES", bot.coin, amount + extra, now)
            bot.investment += capital
            bot.extra_margin += extra
        else:
            available = futures_grid.trading_capital(bot, price) + capital
            plan = futures_grid.layout(bot.rules, shape.levels, price, bot.trend, bot.leverage, available)
            if plan.volume < futures_grid.least_volume(bot.rules, shape.levels):
                raise checks.refusal("less than min investment")
            if plan.volume > futures_grid.most_volume(bot.rules, shape.levels, bot.leverage):
                raise checks.refusal("more than max investment")
            if least_grid_profit(shape.levels, plan.volume, futures_grid.RATE) < 0:
                raise checks.refusal("grid profit per volume less than 0")
            if amount + extra:
                self._lock(bot, "FUTURES", bot.coin, amount + extra, now)
            bot.investment += capital
            bot.extra_margin += extra
            futures_grid.apply_layout(bot, plan, now)
            bot.last_price = price
        bot.top, bot.bottom, bot.rows, bot.levels = shape.top, shape.bottom, shape.rows, shape.levels
        bot.update_time = now

    def reduce_futures(self, api_key: str, fields: Fields, now: int) -> dict[str, object]:
        """Reduce a futures grid's position (``botFuturesGridReduce``): ``checkResult`` and the ``reason``."""
        with localcontext(DECIMAL_CONTEXT):
            bot = self._running_futures(api_key, fields)
            count = whole(fields, "reduceNum", required=True, message="reduceNum must be a whole number above zero")
            assert count is not None
            if count < 0:
                raise bad("reduceNum must be a whole number above zero")
            slippage = checks.slippage(fields)
            price = self.price_now(bot.symbol, now)
            self._open_price_check(bot, fields, price, slippage)
            trigger, direction = checks.condition(fields, price, direction_name="conditionDirection")
            if trigger is not None:
                if bot.invest_out_triggers:
                    raise denied("a futures grid has at most one reduction trigger waiting")
                assert direction is not None
                bot.invest_out_triggers.append(
                    InvestTrigger(condition=trigger, direction=direction, add_time=now, reduce_num=count)
                )
                bot.update_time = now
                return {"checkResult": True}
            reason = self._reduce(bot, count, price, now)
            return {"checkResult": True} if reason is None else {"checkResult": False, "reason": reason}

    def _reduce(self, bot: FuturesGrid, count: int, price: Decimal, now: int) -> str | None:
        """Close ``count`` size steps of the position at the market; why not, when it cannot."""
        perp = bot.rules.perp
        assert perp is not None
        size = count * bot.rules.size_step
        if perp.status != "TRADING":
            return "SYMBOL_MAINTENANCE"
        if bot.waiting or not bot.size:
            return "POSITION_TOO_SMALL"
        if futures_grid.trading_capital(bot, price) <= 0:
            return "LOSS_GTE_INVESTMENT"
        if size > abs(bot.size):
            return "REDUCE_TOO_MUCH"
        if size * price < perp.min_notional or size < perp.min_size_market:
            return "REDUCE_TOO_SMALL"
        signed = -size if bot.size > 0 else size
        bot.profit_reduce += futures_grid.market_trade(bot, now, signed, price)
        return None

    # -- the clock -----------------------------------------------------------------------------

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
        for stop in bot.stops:
            if stop.since is not None and stop.delay_ms:
                due = stop.since + stop.delay_ms
                if bot.moved_to < due <= moment:
                    then = self.price_at(bot.symbol, due)
                    if self._holds(bot, stop, then):
                        self._stopped(bot, stop, due, then)
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
        else:
            assert isinstance(bot, FuturesGrid)
            futures_grid.close(self, bot, time, price, reason)

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

    # -- checking ------------------------------------------------------------------------------

    def audit(self) -> list[str]:
        """Every bot's ledger replayed, negative holdings, and what a bot must (not) hold."""
        problems: list[str] = []
        for bot in self.bots.values():
            label = f"{kind_of(bot).replace('_', ' ')} {bot.bu_order_id}"
            problems.extend(bot.funds.audit(label))
            if not bot.active:
                left = {coin: amount for coin, amount in bot.funds.holdings.items() if amount}
                if left:
                    problems.append(f"{label} is canceled but still holds {left}")
                continue
            if isinstance(bot, SpotGrid) and not bot.waiting:
                expected = bot.volume * sum(bot.selling)
                if bot.funds.held(bot.base) != expected:
                    problems.append(f"{label} holds {bot.funds.held(bot.base)} {bot.base}, its sells need {expected}")
                if bot.funds.held(bot.quote) < bot.reserved(spot_grid.RATE):
                    problems.append(f"{label} holds less {bot.quote} than its waiting buys need")
        return problems
