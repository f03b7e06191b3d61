"""Checking a grid's parameters, with Pionex's messages, and the estimates ``checkParams`` answers.

``checkParams`` and ``create`` check a grid the same way and refuse with the same messages
(``TRADE_PARAMETER_ERROR``): those of Pionex's tables for ``checkParams``, naming the field as each
operation spells it (``grid_type`` for a check, ``gridType`` for a create).  Where Pionex says a
refusal carries data ("FailedWithData": precision, duplicated prices, negative grid profit, below
the minimum investment), the refusal's ``data`` holds ``min_investment``, ``max_investment`` and
``slippage``.  The sandbox adds, in the same way, ``more than max investment`` (above the maximum)
and, for a spot grid, ``grid profit per volume less than 0`` (Pionex lists it for futures grids
only; a spot grid whose spacing does not pay its two fees would lose on every completed interval,
and the sandbox's waiting buys would not be covered).

Rules the sandbox chose where Pionex is silent:

* a futures grid's ``top`` may be at most :data:`MAX_PRICE_FACTOR` times the pair's current price
  (``top must less or equal than max:{maxPrice}``);
* a spot grid's ``top`` and ``bottom`` must fit the pair's price precision as a futures grid's do;
* a futures grid's money is kept to 8 decimal places (the futures wallet's), a spot grid's quote
  investment to the pair's amount precision;
* the recommended ``slippage`` is the bot's market trade cost (:data:`~.grid.BOT_SPREAD`) relative to
  the price, rounded up to 4 decimal places: any slippage at least that much lets the bot trade;
* a futures grid's ``price_limit`` stop: a trigger price (``lossStop``/``profitStop``) and a limit price
  at or beyond it (:func:`stops`);
* a futures check with ``extra_margin`` true keeps :data:`AUTO_EXTRA_MARGIN` of ``quote_investment``
  as extra margin (its ``min_investment``/``max_investment`` are then the trading capital's range
  divided by ``1 - AUTO_EXTRA_MARGIN``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from ..errors import ApiError
from ..futures.rules import max_leverage
from ..symbols import SYMBOLS_BY_NAME, SymbolRules, fmt
from . import futures_grid, spot_grid
from .fields import Fields, bad, decimals, number
from .grid import EIGHT, ZERO, GridType, ceil_to, duplicated, floor_to, grid_levels, least_grid_profit, market_buy_price
from .records import FUTURES_STOP_TYPES, PRICE_STOP_TYPES, STOP_TYPES, TRENDS, Stop, Trend

SPOT_ROWS = (2, 1000)
"""Rows of a spot grid (Pionex's validator; one of its descriptions says 2 to 200)."""

FUTURES_ROWS = (2, 500)
"""Rows of a futures grid."""

MAX_PRICE_FACTOR = Decimal(10)
"""A futures grid's top may be at most this many times the current price."""

AUTO_EXTRA_MARGIN = Decimal("0.2")
"""Share of the input a futures grid keeps as extra margin when asked to split it itself."""

FUTURES_MONEY_PLACES = 8
"""Decimal places of a futures grid's USDT amounts (the futures wallet's)."""

_DIGITS = re.compile(r"-?([0-9]*)(?:\.([0-9]*))?")


def refusal(message: str, data: dict[str, object] | None = None) -> ApiError:
    error = bad(message)
    error.data = data
    return error


def recommended_slippage(rules: SymbolRules, price: Decimal) -> Decimal:
    """What the bot's market trades cost relative to the price, rounded up to 4 places."""
    return ((market_buy_price(price, rules.price_step) - price) / price).quantize(Decimal("0.0001"), ROUND_CEILING)


# -- spot ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpotShape:
    """A spot grid's pair and range, checked."""

    rules: SymbolRules
    top: Decimal
    bottom: Decimal
    rows: int
    grid_type: GridType
    levels: list[Decimal]


def spot_pair(base: object, quote: object) -> SymbolRules:
    if not isinstance(base, str) or not base or not isinstance(quote, str) or not quote:
        raise bad("base and quote are required (such as base BTC and quote USDT)")
    rules = SYMBOLS_BY_NAME.get(f"{base.upper()}_{quote.upper()}")
    if rules is None or rules.type != "SPOT":
        raise ApiError(400, "TRADE_INVALID_SYMBOL", f"no spot pair with base {base!r} and quote {quote!r}")
    return rules


def _price_text(fields: Fields, name: str) -> Decimal:
    """A grid price as Pionex's spot validator reads it (``number invalid``, ``... too long``)."""
    raw = fields.get(name)
    shown = raw if isinstance(raw, str) else str(raw)
    if raw is None or isinstance(raw, bool) or not isinstance(raw, str | int | Decimal):
        raise bad(f"number invalid: {shown}")
    text = raw if isinstance(raw, str) else format(Decimal(raw), "f")
    match = _DIGITS.fullmatch(text)
    if match is None or not (match.group(1) or match.group(2)):
        raise bad(f"number invalid: {shown}")
    if len(match.group(1) or "") > 15:
        raise bad(f"number int too long: {shown}")
    if len(match.group(2) or "") > 15:
        raise bad(f"number decimal too long: {shown}")
    return Decimal(text)


def spot_shape(rules: SymbolRules, data: Fields, *, grid_type_name: str) -> SpotShape:
    """Check a spot grid's ``top``, ``bottom``, ``row`` and grid type (Pionex's order of checks)."""
    top, bottom = _price_text(data, "top"), _price_text(data, "bottom")
    if bottom <= 0:
        raise bad("bottom must greater than 0")
    if bottom >= top:
        raise bad("bottom must be less than top")
    rows = _rows(data, *SPOT_ROWS)
    if rows is None:
        raise bad(f"row must be between {SPOT_ROWS[0]} and {SPOT_ROWS[1]}")
    kind = data.get(grid_type_name)
    if kind not in ("arithmetic", "geometric"):
        raise bad(f"invalid {grid_type_name}")
    _precise(rules, top, "top")
    _precise(rules, bottom, "bottom")
    grid_type: GridType = "arithmetic" if kind == "arithmetic" else "geometric"
    levels = grid_levels(bottom, top, rows, grid_type, rules.price_step)
    return SpotShape(rules, top, bottom, rows, grid_type, levels)


def _rows(data: Fields, low: int, high: int) -> int | None:
    raw = data.get("row")
    try:
        value = number(data, "row")
    except ApiError:
        return None
    if raw is None or value is None or value != value.to_integral_value() or not low <= value <= high:
        return None
    return int(value)


def _precise(rules: SymbolRules, price: Decimal, name: str) -> None:
    if decimals(price.normalize()) > rules.quote_precision:
        raise bad(f"{name} not match quote precision")


def spot_investment_data(rules: SymbolRules, levels: list[Decimal], price: Decimal) -> dict[str, object]:
    """The FailedWithData part: the investment range and the recommended slippage."""
    low, high = spot_grid.investment_range(rules, levels, price)
    return {
        "min_investment": fmt(low, rules.amount_precision),
        "max_investment": fmt(max(high, low), rules.amount_precision),
        "slippage": fmt(recommended_slippage(rules, price)),
    }


def spot_investment(
    shape: SpotShape, data: Fields, price: Decimal, *, name: str, base: Decimal = ZERO, extra: Decimal = ZERO
) -> tuple[Decimal, spot_grid.SpotLayout]:
    """Check the quote investment ``name`` of ``data`` for a grid laid out at ``price``.

    ``extra`` is quote the bot already has to lay out (a re-laid grid), ``base`` the base it holds.
    """
    raw = data.get(name)
    given = ZERO
    if raw is not None and raw != "":
        value = number(data, name, message="invalid quote total investment")
        given = value or ZERO
        if given < 0:
            raise bad("invalid quote total investment")
    return given, spot_layout_checked(shape, price, given, base=base, extra=extra, name=name)


def spot_layout_checked(
    shape: SpotShape, price: Decimal, given: Decimal, *, base: Decimal, extra: Decimal, name: str
) -> spot_grid.SpotLayout:
    rules = shape.rules
    context = spot_investment_data(rules, shape.levels, price)
    if duplicated(shape.levels):
        raise refusal("grid price duplicated: reduce row or widen range", context)
    if decimals(given.normalize()) > rules.amount_precision:
        raise refusal(f"{name} not match quote precision: max {rules.amount_precision} decimal places", context)
    plan = spot_grid.layout(rules, shape.levels, price, given + extra, base)
    if given + extra <= 0 or plan.volume < spot_grid.least_volume(rules, shape.levels):
        raise refusal("less than min investment", context)
    if plan.volume > rules.max_trade_size:
        raise refusal("more than max investment", context)
    if least_grid_profit(shape.levels, plan.volume, spot_grid.RATE) < 0:
        raise refusal("grid profit per volume less than 0", context)
    return plan


def spot_estimates(shape: SpotShape, price: Decimal, plan: spot_grid.SpotLayout) -> dict[str, object]:
    """``checkParams``' answer for a spot grid that passed every check."""
    rules = shape.rules
    return {
        **spot_investment_data(rules, shape.levels, price),
        "estimate_per_volume": fmt(plan.volume, rules.base_precision),
        "estimate_fee": fmt(plan.fee, 8),
    }


# -- futures -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FuturesShape:
    """A futures grid's pair, range, direction and leverage, checked."""

    rules: SymbolRules
    top: Decimal
    bottom: Decimal
    rows: int
    grid_type: GridType
    trend: Trend
    leverage: int
    levels: list[Decimal]


def perp_pair(base: object, quote: object, *, strict: bool) -> SymbolRules:
    """The perpetual pair of ``base`` (``BTC.PERP``; ``BTC`` too unless ``strict``) and ``quote``."""
    if not isinstance(base, str) or not base or not isinstance(quote, str) or not quote:
        raise bad("base and quote are required (such as base BTC.PERP and quote USDT)")
    name = base.upper()
    if name.endswith(".PERP"):
        name = name[: -len(".PERP")]
    elif strict:
        raise bad("base should end with .PERP")
    rules = SYMBOLS_BY_NAME.get(f"{name}_{quote.upper()}_PERP")
    if rules is None or rules.perp is None:
        raise ApiError(400, "TRADE_INVALID_SYMBOL", f"no perpetual pair with base {base!r} and quote {quote!r}")
    return rules


def futures_shape(rules: SymbolRules, data: Fields, price: Decimal, *, grid_type_name: str) -> FuturesShape:
    """Check a futures grid's trend, grid type, range, rows and leverage (Pionex's order of checks)."""
    trend = data.get("trend")
    if trend not in TRENDS:
        raise bad("invalid trend")
    kind = data.get(grid_type_name)
    if kind not in ("arithmetic", "geometric"):
        raise bad(f"invalid {grid_type_name}")
    bottom = number(data, "bottom", message="bottom must greater than 0")
    if bottom is None or bottom <= 0:
        raise bad("bottom must greater than 0")
    top = number(data, "top", message="top must greater than bottom")
    if top is None or top <= bottom:
        raise bad("top must greater than bottom")
    ceiling = (price * MAX_PRICE_FACTOR).quantize(rules.price_step)
    if top > ceiling:
        raise bad(f"top must less or equal than max:{fmt(ceiling)}")
    _precise(rules, top, "top")
    _precise(rules, bottom, "bottom")
    raw_row = data.get("row")
    row = None
    try:
        row = number(data, "row")
    except ApiError:
        raise bad("row must greater than 1") from None
    if raw_row is None or row is None or row < FUTURES_ROWS[0] or row != row.to_integral_value():
        raise bad("row must greater than 1")
    if row > FUTURES_ROWS[1]:
        raise bad(f"row must less than {FUTURES_ROWS[1] + 1}")
    try:
        leverage = number(data, "leverage", message="invalid leverage")
    except ApiError:
        raise bad("invalid leverage") from None
    highest = max_leverage(rules.symbol)
    if leverage is None or leverage != leverage.to_integral_value() or not 1 <= leverage <= highest:
        raise bad("invalid leverage")
    grid_type: GridType = "arithmetic" if kind == "arithmetic" else "geometric"
    trend_: Trend = "long" if trend == "long" else "short" if trend == "short" else "no_trend"
    levels = grid_levels(bottom, top, int(row), grid_type, rules.price_step)
    return FuturesShape(rules, top, bottom, int(row), grid_type, trend_, int(leverage), levels)


def futures_investment_data(shape: FuturesShape, price: Decimal, *, auto_split: bool) -> dict[str, object]:
    low, high = futures_grid.investment_range(shape.rules, shape.levels, price, shape.trend, shape.leverage)
    if auto_split:
        low = ceil_to(low / (1 - AUTO_EXTRA_MARGIN), EIGHT)
        high = floor_to(high / (1 - AUTO_EXTRA_MARGIN), EIGHT)
    return {
        "min_investment": fmt(low, FUTURES_MONEY_PLACES),
        "max_investment": fmt(max(high, low), FUTURES_MONEY_PLACES),
        "slippage": fmt(recommended_slippage(shape.rules, price)),
    }


@dataclass(frozen=True)
class FuturesMoney:
    """A futures grid's money, checked: trading capital, extra margin and the layout they give."""

    capital: Decimal
    extra: Decimal
    plan: futures_grid.FuturesLayout


def futures_money(
    shape: FuturesShape,
    data: Fields,
    price: Decimal,
    *,
    investment_name: str,
    extra_name: str,
    auto_split: bool,
    capital_held: Decimal = ZERO,
) -> FuturesMoney:
    """Check the investment and extra margin; ``capital_held`` is what a re-laid grid already has."""
    try:
        extra = number(data, extra_name) or ZERO
    except ApiError:
        raise bad(f"{extra_name} should greater than or equal 0") from None
    if extra < 0:
        raise bad(f"{extra_name} should greater than or equal 0")
    direction = data.get("condition_direction" if investment_name == "quote_investment" else "conditionDirection")
    if direction not in (None, "", "1", "-1"):
        raise bad(f"invalid {'condition_direction' if investment_name == 'quote_investment' else 'conditionDirection'}")
    context = futures_investment_data(shape, price, auto_split=auto_split)
    try:
        given = number(data, investment_name) or ZERO
    except ApiError:
        raise refusal("less than min investment", context) from None
    for name, value in ((investment_name, given), (extra_name, extra)):
        if decimals(value.normalize()) > FUTURES_MONEY_PLACES:
            raise refusal(f"{name} not match spending precision: max {FUTURES_MONEY_PLACES} decimal places", context)
    capital = given
    if auto_split:
        kept = floor_to(given * AUTO_EXTRA_MARGIN, EIGHT)
        capital, extra = given - kept, extra + kept
    plan = futures_grid.layout(shape.rules, shape.levels, price, shape.trend, shape.leverage, capital + capital_held)
    if plan.volume > 0 and least_grid_profit(shape.levels, plan.volume, futures_grid.RATE) < 0:
        raise refusal("grid profit per volume less than 0", context)
    if given < 0 or capital + capital_held <= 0 or plan.volume < futures_grid.least_volume(shape.rules, shape.levels):
        raise refusal("less than min investment", context)
    if plan.volume > futures_grid.most_volume(shape.rules, shape.levels, shape.leverage):
        raise refusal("more than max investment", context)
    return FuturesMoney(capital, extra, plan)


def futures_estimates(
    shape: FuturesShape, price: Decimal, money: FuturesMoney, *, auto_split: bool
) -> dict[str, object]:
    """``checkParams``' answer for a futures grid that passed every check."""
    rules = shape.rules
    plan = money.plan
    volume = plan.volume
    opening = volume * plan.opening_sum
    position_margin = ceil_to(opening / shape.leverage, EIGHT)
    order_margin = ceil_to(volume * plan.margin_sum / shape.leverage, EIGHT) - position_margin
    fee = ceil_to(opening * futures_grid.RATE, EIGHT)
    held = money.capital + money.extra - fee
    down, up = futures_grid.estimated_liquidation(rules, plan, volume, held)
    return {
        **futures_investment_data(shape, price, auto_split=auto_split),
        "estimate_per_volume": fmt(volume, rules.base_precision),
        "estimate_investment": fmt(money.capital, FUTURES_MONEY_PLACES),
        "estimate_extra_margin": fmt(money.extra, FUTURES_MONEY_PLACES),
        "estimate_fee": fmt(fee, FUTURES_MONEY_PLACES),
        "estimate_position_occupy_margin": fmt(position_margin, FUTURES_MONEY_PLACES),
        "estimate_order_occupy_margin": fmt(max(order_margin, ZERO), FUTURES_MONEY_PLACES),
        "estimate_position": fmt(plan.target, rules.base_precision),
        "estimate_liquidation_price_up": fmt(up.quantize(rules.price_step), rules.quote_precision),
        "estimate_liquidation_price_down": fmt(down.quantize(rules.price_step), rules.quote_precision),
    }


# -- stops, trigger prices, slippage -----------------------------------------------------------


def stops(
    data: Fields, reference: Decimal, trend: Trend, *, futures: bool, rules: SymbolRules | None = None
) -> list[Stop]:
    """The take-profit and stop-loss of a create (``lossStop*``, ``profitStop*``, ``lossStopHigh``).

    A threshold without a type is a ``price`` one (Pionex's default); a type without a threshold is
    refused.  ``price`` thresholds must lie on the side the price moves to for that stop: a long
    (or spot) grid's stop-loss below ``reference`` (the current price, or the trigger price) and its
    take-profit above, a short grid's the other way round, a neutral grid's stop-loss below and its
    ``lossStopHigh`` above (its price take-profit fires when the price reaches it from either
    side).  ``profit_amount`` and ``profit_ratio`` stop-losses are negative (``"-50"``, ``"-0.1"``),
    take-profits positive.  Delays are whole seconds.

    A futures grid also takes ``price_limit`` (the sandbox's reading; Pionex's file names the type and
    its limit prices only): ``lossStop``/``profitStop`` is a trigger price under the ``price`` rules
    above, and ``lossStopLimitPrice``/``profitStopLimitPrice`` (required with that type, refused
    without it) the price of the limit order that closes the position once it fires.  The limit lies
    at or beyond its trigger on the side the price moves to reach it: at or below a trigger the price
    falls to, at or above one it rises to.  On a neutral grid with ``lossStopHigh``, a ``price_limit``
    stop-loss needs ``lossStopLimitHighPrice`` at or above ``lossStopHigh``.  Limit prices fit the
    pair's price precision (``rules``).
    """
    found: list[Stop] = []
    for kind in ("loss", "profit"):
        type_name, value_name, delay_name = f"{kind}StopType", f"{kind}Stop", f"{kind}StopDelay"
        limit_name = f"{kind}StopLimitPrice"
        stop_type = data.get(type_name)
        value = number(data, value_name)
        limit = _limit_price(data, limit_name, rules) if futures else None
        if stop_type in (None, "") and value is None:
            if limit is not None:
                raise bad(f"{limit_name} is only for {type_name} price_limit")
            continue
        if stop_type in (None, ""):
            stop_type = "price"
        types = FUTURES_STOP_TYPES if futures else STOP_TYPES
        if stop_type not in types:
            raise bad(f"{type_name} must be one of {', '.join(types)}")
        if stop_type == "price_limit" and limit is None:
            raise bad(f"{limit_name} is required when {type_name} is price_limit")
        if stop_type != "price_limit" and limit is not None:
            raise bad(f"{limit_name} is only for {type_name} price_limit")
        if value is None:
            raise bad(f"{value_name} is required when {type_name} is given")
        delay = number(data, delay_name, message=f"{delay_name} must be a whole number of seconds") or ZERO
        if delay < 0 or delay != delay.to_integral_value():
            raise bad(f"{delay_name} must be a whole number of seconds")
        stop = Stop(kind, stop_type, value, int(delay) * 1000)
        if stop_type in PRICE_STOP_TYPES:
            if value <= 0:
                raise bad(f"{value_name} must be greater than zero for a {stop_type} stop")
            falls = (kind == "loss") == (trend != "short")
            if trend == "no_trend" and kind == "profit":
                falls = value < reference
            if value == reference or (value > reference) == falls:
                where = "below" if falls else "above"
                raise bad(f"{value_name} must be {where} the price {fmt(reference)} for this grid")
            stop.above = not falls
            if limit is not None:
                stop.limit = _limit_beyond(limit, limit_name, value, value_name, falls)
        elif kind == "loss" and value >= 0:
            raise bad(f'{value_name} must be negative for a {stop_type} stop-loss (such as "-0.1")')
        elif kind == "profit" and value <= 0:
            raise bad(f"{value_name} must be positive for a {stop_type} take-profit")
        if stop_type == "profit_ratio" and kind == "loss" and value <= -1:
            raise bad(f"{value_name} must be above -1 for a profit_ratio stop-loss")
        found.append(stop)
    if futures:
        found.extend(_high_stop(data, reference, trend, found, rules))
    return found


def _limit_price(data: Fields, name: str, rules: SymbolRules | None) -> Decimal | None:
    """A ``price_limit`` stop's limit price: above zero, in the pair's price precision."""
    value = number(data, name, message=f"{name} must be a price greater than zero")
    if value is None:
        return None
    if value <= 0:
        raise bad(f"{name} must be a price greater than zero")
    if rules is not None and decimals(value.normalize()) > rules.quote_precision:
        raise bad(f"{name} must fit the pair's price precision ({rules.quote_precision} decimal places)")
    return value


def _limit_beyond(limit: Decimal, limit_name: str, trigger: Decimal, trigger_name: str, falls: bool) -> Decimal:
    """``limit``, refused unless at or beyond ``trigger`` on the side the price moves to reach it."""
    if (limit > trigger) if falls else (limit < trigger):
        where = "at or below" if falls else "at or above"
        raise bad(
            f"{limit_name} must be {where} {trigger_name} {fmt(trigger)}: the limit order closes at or"
            f" beyond its trigger, on the side the price moves to reach it"
        )
    return limit


def _high_stop(
    data: Fields, reference: Decimal, trend: Trend, found: list[Stop], rules: SymbolRules | None
) -> list[Stop]:
    """A neutral futures grid's upper stop-loss (``lossStopHigh``, and ``lossStopLimitHighPrice`` with
    a ``price_limit`` stop-loss); its delay is the stop-loss's."""
    high = number(data, "lossStopHigh")
    limit = _limit_price(data, "lossStopLimitHighPrice", rules)
    low = next((stop for stop in found if stop.kind == "loss"), None)
    if high is None and limit is None:
        return []
    if trend != "no_trend":
        name = "lossStopHigh" if high is not None else "lossStopLimitHighPrice"
        raise bad(f"{name} is only for a neutral grid (trend no_trend)")
    limited = low is not None and low.type == "price_limit"
    if limit is not None and not limited:
        raise bad("lossStopLimitHighPrice is only for lossStopType price_limit")
    if high is None:
        raise bad("lossStopLimitHighPrice needs lossStopHigh (the upper trigger price)")
    if high <= reference:
        raise bad(f"lossStopHigh must be above the price {fmt(reference)}")
    if limited and limit is None:
        raise bad("lossStopLimitHighPrice is required when lossStopType is price_limit and lossStopHigh is given")
    stop = Stop("loss", "price_limit" if limited else "price", high, 0, above=True, high=True)
    if limit is not None:
        stop.limit = _limit_beyond(limit, "lossStopLimitHighPrice", high, "lossStopHigh", falls=False)
    if low is not None:
        stop.delay_ms = low.delay_ms
    return [stop]


def condition(data: Fields, price: Decimal, *, direction_name: str) -> tuple[Decimal | None, str | None]:
    """A trigger price and its direction: ``-1`` waits for the price to fall to it, ``1`` to rise to it."""
    trigger = number(data, "condition", message="condition must be a price greater than zero")
    raw = data.get(direction_name)
    direction = str(raw) if isinstance(raw, int | str) and not isinstance(raw, bool) and raw != "" else None
    if direction is not None and direction not in ("1", "-1"):
        raise bad(f"invalid {direction_name}")
    if trigger is None:
        return None, None
    if trigger < 0:
        raise bad("condition must be a price greater than zero")
    if direction is None:
        raise bad(f'{direction_name} is required with condition ("-1": falls to it, "1": rises to it)')
    if direction == "-1" and trigger >= price:
        raise bad(f"condition must be below the price {fmt(price)} when {direction_name} is -1")
    if direction == "1" and trigger <= price:
        raise bad(f"condition must be above the price {fmt(price)} when {direction_name} is 1")
    return trigger, direction


def slippage(data: Fields, name: str = "slippage") -> Decimal | None:
    value = number(data, name, message=f'{name} must be a fraction such as "0.01" (1 %)')
    if value is not None and not 0 < value < 1:
        raise bad(f'{name} must be between 0 and 1 ("0.01" is 1 %)')
    return value


def within_slippage(rules: SymbolRules, reference: Decimal, price: Decimal, allowed: Decimal | None) -> None:
    """Refuse when a trade at ``price`` is more than ``allowed`` away from ``reference``."""
    if allowed is not None and abs(price - reference) > reference * allowed:
        raise ApiError(
            400,
            "TRADE_OPERATION_DENIED",
            f"the price {fmt(price)} is more than the slippage {fmt(allowed)} away from {fmt(reference)}",
        )
