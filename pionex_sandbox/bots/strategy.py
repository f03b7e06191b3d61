"""The spot grid's "AI strategy": a range and a grid count read off the pair's recent prices.

The sandbox's rule, for each period of :data:`PERIODS` days before the request:

* the prices are the pair's price path at every whole hour of the period and at the request's
  moment;
* ``low`` and ``high`` are the lowest and highest of them, rounded outward to the pair's price
  precision (widened to 1 % either side of their middle when they are less than 2 % apart);
* ``gridCount`` is the number of geometric rows of about :data:`STEP` (0.5 %) each that fit between
  them, from 2 to :data:`MAX_GRIDS`;
* a back-test runs that geometric grid over the same hourly prices, from the first: ``totalApr`` is
  its grid profit (fees included) over the period as a fraction of what the grid needed at the
  start, ``annualized`` that scaled to 365 days; ``volatility`` is ``(high - low) / low``;
  ``maxDrawDown`` the largest fall from a running peak, as a fraction of the peak.

The answer's own fields are the first period's (7 days); ``options`` lists every period.  Ratios
have 4 decimal places.
"""

from __future__ import annotations

import itertools
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING

from ..core.prices import DAY, HOUR
from ..symbols import FEE_RATE, fmt
from .checks import spot_pair
from .grid import ZERO, crossings, duplicated, grid_levels, grid_profit, initial_states

if TYPE_CHECKING:
    from .base import GridEngine

PERIODS = (7, 14, 30)
"""Periods (days) the strategy is worked out over; the first is the answer's own."""

STEP = Decimal("1.005")
"""The ratio between neighbouring levels the grid count aims at."""

MAX_GRIDS = 200

RATIO = Decimal("0.0001")


def _ratio(value: Decimal) -> str:
    return fmt(value.quantize(RATIO))


def _option(bots: GridEngine, symbol: str, days: int, now: int) -> dict[str, object]:
    from ..symbols import SYMBOLS_BY_NAME

    rules = SYMBOLS_BY_NAME[symbol]
    tick = rules.price_step
    start = now - days * DAY
    moments = list(range((start // HOUR + 1) * HOUR, now, HOUR)) + [now]
    prices = [bots.price_at(symbol, moment) for moment in moments]
    low, high = min(prices), max(prices)
    if high < low * Decimal("1.02"):
        middle = (high + low) / 2
        low, high = middle * Decimal("0.99"), middle * Decimal("1.01")
    low, high = max(tick, low.quantize(tick, ROUND_FLOOR)), high.quantize(tick, ROUND_CEILING)
    count = int((high / low).ln() / STEP.ln())
    count = max(2, min(MAX_GRIDS, count))
    levels = grid_levels(low, high, count, "geometric", tick)
    while duplicated(levels) and count > 2:
        count //= 2
        levels = grid_levels(low, high, count, "geometric", tick)
    selling = initial_states(levels, prices[0])
    need = sum((levels[i] for i, sells in enumerate(selling) if not sells), ZERO) + sum(selling) * prices[0]
    earned = ZERO
    for before, after in itertools.pairwise(prices):
        for order in crossings(levels, selling, before, after):
            if order.side == "SELL":
                earned += grid_profit(levels, order.index, Decimal(1), FEE_RATE)
    total = earned / need if need else ZERO
    peak, drawdown = prices[0], ZERO
    for price in prices:
        peak = max(peak, price)
        drawdown = max(drawdown, (peak - price) / peak)
    return {
        "period": days,
        "annualized": _ratio(total * 365 / days),
        "totalApr": _ratio(total),
        "high": fmt(high, rules.quote_precision),
        "low": fmt(low, rules.quote_precision),
        "gridCount": count,
        "maxDrawDown": _ratio(drawdown),
        "volatility": _ratio((high - low) / low),
    }


def ai_strategy(bots: GridEngine, base: object, quote: object, now: int) -> dict[str, object]:
    """The strategy for the spot pair ``base``/``quote`` at ``now`` (see the module docstring)."""
    from decimal import localcontext

    from ..symbols import DECIMAL_CONTEXT

    with localcontext(DECIMAL_CONTEXT):
        rules = spot_pair(base, quote)
        options = [_option(bots, rules.symbol, days, now) for days in PERIODS]
        first = options[0]
        return {
            "annualized": first["annualized"],
            "totalApr": first["totalApr"],
            "high": first["high"],
            "low": first["low"],
            "gridCount": first["gridCount"],
            "strategyId": f"sandbox-{rules.symbol}-{now // HOUR}",
            "volatility": first["volatility"],
            "maxDrawDown": first["maxDrawDown"],
            "options": options,
        }
