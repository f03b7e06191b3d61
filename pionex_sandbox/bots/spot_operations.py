"""The spot grid operations of the grid engine (create, check, invest, adjust, cancel, take profit out)."""

from __future__ import annotations

from decimal import Decimal, localcontext

from ..symbols import DECIMAL_CONTEXT, SymbolRules, fmt
from . import checks, spot_grid
from .base import GridEngine
from .fields import Fields, bad, choice, decimals, denied, positive, sub_object, text
from .grid import ZERO, market_sell_price
from .records import (
    SPOT_CLOSE_SELL_MODELS,
    ProfitTransfer,
    SpotGrid,
)


class SpotGridOperations(GridEngine):
    """What the spot grid operations do (see :mod:`.spot_grid` for the money, :mod:`.checks` for the checks)."""

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
