"""The arithmetic every grid bot shares: its price levels, its intervals, and how it is laid out.

A grid of ``row`` rows between ``bottom`` and ``top`` has ``row + 1`` price levels
``L0 = bottom < L1 < ... < Lrow = top`` and ``row`` *intervals* ``[Li, Li+1]``.  Every interval
always has exactly one order of the grid's volume per grid ``q`` (``perVolume``) waiting:

* a **buy** at its lower level ``Li`` (the interval is in the *buy* state), or
* a **sell** at its upper level ``Li+1`` (the *sell* state).

When the price falls to ``Li`` the buy fills and the interval waits to sell at ``Li+1``; when the
price rises to ``Li+1`` the sell fills and it waits to buy at ``Li`` again.  So, at any price
``p``, every interval wholly below ``p`` waits to buy and every interval wholly above it waits to
sell; only the interval that contains ``p`` remembers which way the price last went.  When a
grid is laid out at price ``P``, intervals whose lower level is at or above ``P`` start in the
sell state (for a spot grid that means the bot buys their base at the market first) and the
others in the buy state.

Levels: arithmetic grids step by ``(top - bottom) / row``, geometric grids by the ratio
``(top / bottom) ** (1 / row)``; each level is rounded to the pair's price precision (half even)
and the two ends are exactly ``bottom`` and ``top``.  Two equal levels refuse the grid.

Fees and profit (the sandbox's choices, see the package docstring): every fill of a bot pays the
fee rate of its notional in the quote coin, rounded up to 8 places, so a sell sells exactly what
its buy bought.  Each sell that completes an interval earns the interval's **grid profit**
``q x (Li+1 - Li) - fee(q x Li) - fee(q x Li+1)``; a grid where that would be negative for some
interval is refused (``grid profit per volume less than 0``).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_UP, Decimal
from typing import Literal

from ..symbols import step

GridType = Literal["arithmetic", "geometric"]
Side = Literal["BUY", "SELL"]

ZERO = Decimal(0)
EIGHT = step(8)
"""Fees and amounts of money are kept to 8 decimal places."""

BOT_SPREAD = Decimal("0.00005")
"""A bot's market trade pays this fraction of the price beyond it (the half spread of the sandbox's
generated books): a buy at ``price x (1 + BOT_SPREAD)`` rounded up to the tick, a sell at
``price x (1 - BOT_SPREAD)`` rounded down."""

ROUNDING_ALLOWANCE_FILLS = 2
"""Each fill's fee is rounded up by less than 1e-8: a layout keeps 1e-8 per level, and this many more, aside."""


def fee_of(notional: Decimal, rate: Decimal) -> Decimal:
    """The fee of a fill of ``notional`` (quote coin), rounded up to 8 places."""
    return (notional * rate).quantize(EIGHT, ROUND_UP)


def rounding_allowance(levels: Sequence[Decimal]) -> Decimal:
    """The quote a grid on ``levels`` keeps aside for its fees' rounding (see :data:`ROUNDING_ALLOWANCE_FILLS`)."""
    return (len(levels) + ROUNDING_ALLOWANCE_FILLS) * EIGHT


def floor_to(value: Decimal, unit: Decimal) -> Decimal:
    return value.quantize(unit, ROUND_FLOOR) if value >= 0 else value.quantize(unit, ROUND_DOWN)


def ceil_to(value: Decimal, unit: Decimal) -> Decimal:
    return value.quantize(unit, ROUND_CEILING)


def market_buy_price(price: Decimal, tick: Decimal) -> Decimal:
    """What a bot's market buy pays at a moment whose price is ``price``."""
    return ceil_to(price * (1 + BOT_SPREAD), tick)


def market_sell_price(price: Decimal, tick: Decimal) -> Decimal:
    """What a bot's market sell gets at a moment whose price is ``price``."""
    return max(tick, floor_to(price * (1 - BOT_SPREAD), tick))


def grid_levels(bottom: Decimal, top: Decimal, rows: int, kind: GridType, tick: Decimal) -> list[Decimal]:
    """The ``rows + 1`` price levels from ``bottom`` to ``top`` (see the module docstring)."""
    levels = [bottom]
    if kind == "arithmetic":
        gap = (top - bottom) / rows
        levels.extend((bottom + gap * index).quantize(tick, ROUND_HALF_EVEN) for index in range(1, rows))
    else:
        ratio = (top / bottom) ** (Decimal(1) / rows)
        levels.extend((bottom * ratio**index).quantize(tick, ROUND_HALF_EVEN) for index in range(1, rows))
    levels.append(top)
    return levels


def duplicated(levels: Sequence[Decimal]) -> bool:
    """Whether two neighbouring levels are equal (or out of order) once rounded."""
    return any(upper <= lower for lower, upper in itertools.pairwise(levels))


def grid_profit(levels: Sequence[Decimal], index: int, volume: Decimal, rate: Decimal) -> Decimal:
    """The grid profit of one completed interval ``index`` with ``volume`` per grid."""
    low, high = levels[index], levels[index + 1]
    return volume * (high - low) - fee_of(volume * low, rate) - fee_of(volume * high, rate)


def least_grid_profit(levels: Sequence[Decimal], volume: Decimal, rate: Decimal) -> Decimal:
    """The smallest grid profit of any interval (what ``grid profit per volume less than 0`` checks)."""
    return min(grid_profit(levels, index, volume, rate) for index in range(len(levels) - 1))


def initial_states(levels: Sequence[Decimal], price: Decimal) -> list[bool]:
    """For each interval, whether it starts in the sell state at ``price`` (its lower level is at or above it)."""
    return [levels[index] >= price for index in range(len(levels) - 1)]


@dataclass(frozen=True)
class Fill:
    """One grid order filled: interval ``index``, its side and price."""

    index: int
    side: Side
    price: Decimal


def crossings(levels: Sequence[Decimal], selling: list[bool], before: Decimal, now: Decimal) -> Iterator[Fill]:
    """The grid orders the price fills moving from ``before`` to ``now``, in the order it reaches them.

    ``selling`` (each interval's state) is updated as each fill is yielded.
    """
    intervals = len(levels) - 1
    if now < before:
        # Falling: buys waiting at Li >= now, highest first.
        start = bisect.bisect_left(levels, now)
        stop = min(intervals, bisect.bisect_right(levels, before) + 1)
        for index in range(stop - 1, start - 1, -1):
            if not selling[index] and levels[index] >= now:
                selling[index] = True
                yield Fill(index, "BUY", levels[index])
    elif now > before:
        # Rising: sells waiting at Li+1 <= now, lowest first.
        start = max(0, bisect.bisect_left(levels, before) - 2)
        stop = min(intervals, bisect.bisect_right(levels, now))
        for index in range(start, stop):
            if selling[index] and levels[index + 1] <= now:
                selling[index] = False
                yield Fill(index, "SELL", levels[index + 1])
