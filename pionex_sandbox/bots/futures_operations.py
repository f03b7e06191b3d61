"""The futures grid operations of the grid engine (create, check, adjust, reduce, cancel)."""

from __future__ import annotations

from decimal import Decimal, localcontext

from ..symbols import DECIMAL_CONTEXT, SymbolRules, fmt
from . import checks, futures_grid
from .base import GridEngine
from .fields import Fields, bad, choice, decimals, denied, flag, grid_fields, number, positive, sub_object, text
from .grid import EIGHT, ZERO, floor_to, least_grid_profit, market_buy_price, market_sell_price
from .records import (
    FUTURES_CLOSE_SELL_MODELS,
    FuturesGrid,
    InvestTrigger,
)

REDUCE_REASONS = (
    "LOSS_GTE_INVESTMENT",
    "POSITION_TOO_SMALL",
    "REDUCE_TOO_MUCH",
    "REDUCE_TOO_SMALL",
    "SYMBOL_MAINTENANCE",
)


class FuturesGridOperations(GridEngine):
    """What the futures grid operations do (see :mod:`.futures_grid` for the money, :mod:`.checks` for the checks)."""

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
            stops = checks.stops(data, reference, shape.trend, futures=True, rules=rules)
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

    def _running_futures(self, api_key: str, fields: Fields, *, closing: bool = False) -> FuturesGrid:
        """The account's futures grid named by ``buOrderId``, still running (or, with ``closing``, waiting
        for its ``price_limit`` stop's order to close its position)."""
        bot = self.futures(api_key, fields.get("buOrderId"))
        if not bot.active:
            raise denied(f"futures grid {bot.bu_order_id} is already canceled")
        if bot.closing is not None and not closing:
            assert bot.closing.limit is not None
            raise denied(
                f"futures grid {bot.bu_order_id} is closing: its stop fired and a limit order at"
                f" {fmt(bot.closing.limit)} closes its position (cancel closes it at the market)"
            )
        return bot

    def cancel_futures(self, api_key: str, fields: Fields, now: int) -> FuturesGrid:
        """Cancel a futures grid (``botFuturesGridCancel``): close its position, give its USDT back."""
        with localcontext(DECIMAL_CONTEXT):
            bot = self._running_futures(api_key, fields, closing=True)
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
            count = grid_fields(fields).integer(
                "reduceNum", required=True, message="reduceNum must be a whole number above zero"
            )
            assert count is not None
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
