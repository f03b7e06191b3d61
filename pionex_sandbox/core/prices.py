"""The synthetic price of every pair as a function of time, and the candles it draws.

Everything is derived from the seed and never from global randomness:

* the *price path* is a deterministic function of (seed, pair, time): a sum of
  piecewise-linear noise layers (hourly, daily, weekly and monthly wiggles) around the
  pair's reference price, computed in :class:`~decimal.Decimal` arithmetic.  Every layer's
  knots fall on whole hours, so between two whole hours the path is a straight line: its
  highest and lowest prices over any stretch of time are at the ends or at whole hours;
* a *candle* depends only on (seed, pair, interval, start time): it opens at the path's
  price at its start, closes at the path's price at its end, and its wicks and volume come
  from a ``random.Random`` seeded with those four values.
"""

from __future__ import annotations

import calendar
import hashlib
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_DOWN, ROUND_UP, Decimal, localcontext

from ..symbols import DECIMAL_CONTEXT, SymbolRules

MINUTE = 60_000
HOUR = 60 * MINUTE
DAY = 24 * HOUR
WEEK = 7 * DAY

INTERVAL_MS: dict[str, int] = {
    "1M": MINUTE,
    "5M": 5 * MINUTE,
    "15M": 15 * MINUTE,
    "30M": 30 * MINUTE,
    "60M": HOUR,
    "4H": 4 * HOUR,
    "8H": 8 * HOUR,
    "12H": 12 * HOUR,
    "1D": DAY,
    "1W": WEEK,
}
"""Fixed-length intervals; ``1m`` (a calendar month) is handled separately."""

MONTH = "1m"
INTERVALS: tuple[str, ...] = (*INTERVAL_MS, MONTH)
"""Every interval the klines operation accepts, as the spec spells them."""

WEEK_OFFSET = 4 * DAY
"""1970-01-01 was a Thursday; weekly candles start on Mondays (00:00 UTC)."""

_WICK: dict[str, Decimal] = {
    "1M": Decimal("0.0005"),
    "5M": Decimal("0.001"),
    "15M": Decimal("0.0015"),
    "30M": Decimal("0.002"),
    "60M": Decimal("0.003"),
    "4H": Decimal("0.006"),
    "8H": Decimal("0.008"),
    "12H": Decimal("0.01"),
    "1D": Decimal("0.015"),
    "1W": Decimal("0.03"),
    MONTH: Decimal("0.06"),
}
"""Largest wick of a candle beyond its open/close, as a fraction of the price."""

_LAYERS: tuple[tuple[int, Decimal], ...] = (
    (HOUR, Decimal("0.002")),
    (DAY, Decimal("0.01")),
    (WEEK, Decimal("0.03")),
    (30 * DAY, Decimal("0.08")),
)
"""(period, amplitude) of each noise layer of the price path; amplitudes add up to 12.2 %."""

# -- time grid -------------------------------------------------------------------------


def _month_start(year: int, month: int) -> int:
    return calendar.timegm((year, month, 1, 0, 0, 0, 0, 0, 0)) * 1000


def candle_start(interval: str, t: int) -> int:
    """Start of the candle of ``interval`` that contains time ``t`` (ms, UTC boundaries)."""
    if interval == MONTH:
        moment = datetime.fromtimestamp(t // 1000, tz=UTC)
        return _month_start(moment.year, moment.month)
    length = INTERVAL_MS[interval]
    offset = WEEK_OFFSET if interval == "1W" else 0
    return (t - offset) // length * length + offset


def next_start(interval: str, start: int) -> int:
    """Start of the candle after the one starting at ``start``."""
    if interval == MONTH:
        moment = datetime.fromtimestamp(start // 1000, tz=UTC)
        year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
        return _month_start(year, month)
    return start + INTERVAL_MS[interval]


def previous_start(interval: str, start: int) -> int:
    """Start of the candle before the one starting at ``start``."""
    if interval == MONTH:
        moment = datetime.fromtimestamp(start // 1000, tz=UTC)
        year, month = (moment.year - 1, 12) if moment.month == 1 else (moment.year, moment.month - 1)
        return _month_start(year, month)
    return start - INTERVAL_MS[interval]


# -- price path and candles -------------------------------------------------------------


def _noise(seed: int, symbol: str, layer: int, index: int) -> Decimal:
    """A value in [-1, 1] fixed by its arguments (six decimal places)."""
    digest = hashlib.blake2b(f"{seed}|{symbol}|{layer}|{index}".encode(), digest_size=8).digest()
    return Decimal(int.from_bytes(digest, "big") % 2_000_001 - 1_000_000).scaleb(-6)


@dataclass(frozen=True)
class Candle:
    """One candle, plus the trade count the tickers add up."""

    time: int
    open: Decimal
    close: Decimal
    high: Decimal
    low: Decimal
    volume: Decimal
    count: int


class PricePath:
    """The synthetic price of one pair as a function of time."""

    def __init__(self, seed: int, rules: SymbolRules) -> None:
        self.seed = seed
        self.rules = rules
        self._noise_cache: dict[tuple[int, int], Decimal] = {}

    def _layer_value(self, layer: int, index: int) -> Decimal:
        key = (layer, index)
        value = self._noise_cache.get(key)
        if value is None:
            if len(self._noise_cache) > 100_000:
                self._noise_cache.clear()
            value = self._noise_cache[key] = _noise(self.seed, self.rules.symbol, layer, index)
        return value

    def raw(self, t: int) -> Decimal:
        """The unrounded price at time ``t``."""
        with localcontext(DECIMAL_CONTEXT):
            factor = Decimal(1)
            for layer, (period, amplitude) in enumerate(_LAYERS):
                index, into = divmod(t, period)
                left = self._layer_value(layer, index)
                right = self._layer_value(layer, index + 1)
                factor += amplitude * (left + (right - left) * Decimal(into) / Decimal(period))
            return self.rules.reference_price * factor

    def price(self, t: int) -> Decimal:
        """The price at time ``t`` in the pair's price precision."""
        return max(self.rules.price_step, self.raw(t).quantize(self.rules.price_step))

    def candle(self, interval: str, start: int) -> Candle:
        """The candle of ``interval`` starting at ``start`` (which must be a boundary)."""
        rules = self.rules
        end = next_start(interval, start)
        open_, close = self.price(start), self.price(end)
        rng = random.Random(f"pionex-sandbox|{self.seed}|{rules.symbol}|{interval}|{start}")
        wick = _WICK[interval]
        up = Decimal(rng.randint(0, 1000)).scaleb(-3)
        down = Decimal(rng.randint(0, 1000)).scaleb(-3)
        high = (max(open_, close) * (1 + wick * up)).quantize(rules.price_step, ROUND_UP)
        low = (min(open_, close) * (1 - wick * down)).quantize(rules.price_step, ROUND_DOWN)
        minutes = (end - start) // MINUTE
        activity = Decimal(rng.randint(500, 1500)).scaleb(-3)
        volume = (rules.volume_per_minute * minutes * activity).quantize(rules.size_step, ROUND_DOWN)
        count = minutes * rng.randint(5, 40)
        return Candle(start, open_, close, high, max(low, rules.price_step), volume, count)

    def candles(self, interval: str, end_time: int, limit: int) -> list[Candle]:
        """Up to ``limit`` candles, newest first, the newest being the one containing ``end_time``."""
        found: list[Candle] = []
        start = candle_start(interval, end_time)
        while len(found) < limit and start >= 0:
            found.append(self.candle(interval, start))
            start = previous_start(interval, start)
        return found
