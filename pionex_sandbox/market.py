"""The synthetic market of each pair: price path, candles, order book and public trades.

Everything is derived from the seed and never from global randomness:

* the *price path* is a deterministic function of (seed, pair, time): a sum of
  piecewise-linear noise layers (hourly, daily, weekly and monthly wiggles) around the
  pair's reference price, computed in :class:`~decimal.Decimal` arithmetic;
* a *candle* depends only on (seed, pair, interval, start time): it opens at the path's
  price at its start, closes at the path's price at its end, and its wicks and volume come
  from a ``random.Random`` seeded with those four values;
* the *order book* and the *recent trades* are generated once, when the sandbox starts,
  from a ``random.Random`` seeded with (seed, pair) around the path's price at that moment.
  Afterwards the book changes only through trading: takers consume its liquidity and
  resting sandbox orders join it.
"""

from __future__ import annotations

import bisect
import calendar
import hashlib
import random
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_DOWN, ROUND_UP, Decimal, localcontext
from typing import TYPE_CHECKING, Literal

from .symbols import DECIMAL_CONTEXT, SymbolRules, fmt

if TYPE_CHECKING:
    from .engine import Order
    from .futures import FuturesOrder

Side = Literal["BUY", "SELL"]

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

BOOK_LEVELS = 1000
"""Price levels generated on each side of every book (the depth operation's maximum)."""

TAPE_LENGTH = 500
"""Public trades kept per pair (the trades operation's maximum)."""


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


# -- order book ---------------------------------------------------------------------------


@dataclass
class Maker:
    """Resting size at a price level: synthetic liquidity (``order`` None) or a sandbox order."""

    size: Decimal
    order: Order | FuturesOrder | None = None


@dataclass
class Level:
    """One price level: makers in time priority."""

    price: Decimal
    makers: list[Maker] = field(default_factory=list)

    def size(self) -> Decimal:
        return sum((maker.size for maker in self.makers), Decimal(0))


class BookSide:
    """One side of a book; ``bids`` puts the highest price first, asks the lowest."""

    def __init__(self, bids: bool) -> None:
        self.bids = bids
        self._prices: list[Decimal] = []  # ascending
        self._levels: dict[Decimal, Level] = {}

    def __len__(self) -> int:
        return len(self._prices)

    def best(self) -> Level | None:
        if not self._prices:
            return None
        return self._levels[self._prices[-1] if self.bids else self._prices[0]]

    def top(self, count: int) -> list[Level]:
        """The ``count`` best levels, best first."""
        prices = self._prices[::-1][:count] if self.bids else self._prices[:count]
        return [self._levels[price] for price in prices]

    def level(self, price: Decimal) -> Level | None:
        """The level at ``price``, if anything rests there."""
        return self._levels.get(price)

    def add(self, price: Decimal, maker: Maker) -> None:
        """Queue ``maker`` at ``price`` behind whatever rests there already."""
        level = self._levels.get(price)
        if level is None:
            bisect.insort(self._prices, price)
            level = self._levels[price] = Level(price)
        level.makers.append(maker)

    def discard(self, price: Decimal) -> None:
        """Remove the level at ``price`` (whatever it holds)."""
        if self._levels.pop(price, None) is not None:
            del self._prices[bisect.bisect_left(self._prices, price)]

    def remove_order(self, order: Order | FuturesOrder, price: Decimal) -> None:
        """Take a sandbox order out of the level at ``price``."""
        level = self._levels.get(price)
        if level is None:
            return
        level.makers = [maker for maker in level.makers if maker.order is not order]
        if not level.makers:
            self.discard(price)


# -- public trades ------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicTrade:
    """One public trade of a pair; ``side`` is the taker's."""

    trade_id: int
    price: Decimal
    size: Decimal
    side: Side
    timestamp: int


# -- a pair's market ----------------------------------------------------------------------


class Market:
    """Book, tape and candles of one pair."""

    def __init__(self, seed: int, rules: SymbolRules, created_ms: int) -> None:
        self.rules = rules
        self.path = PricePath(seed, rules)
        self.bids = BookSide(bids=True)
        self.asks = BookSide(bids=False)
        self.tape: deque[PublicTrade] = deque(maxlen=TAPE_LENGTH)
        self.updated_ms = created_ms
        self._next_trade_id = 1
        rng = random.Random(f"pionex-sandbox|{seed}|{rules.symbol}|book")
        with localcontext(DECIMAL_CONTEXT):
            self._generate_book(rng, self.path.price(created_ms))
            self._generate_tape(rng, created_ms)

    # generation

    def _ticks(self, amount: Decimal) -> int:
        return max(1, int(amount / self.rules.price_step))

    def _level_size(self, rng: random.Random, price: Decimal, low: int, high: int) -> Decimal:
        rules = self.rules
        notional = rules.min_amount * rng.randint(low, high)
        size = (notional / price).quantize(rules.size_step, ROUND_DOWN)
        return max(size, rules.min_trade_size, rules.size_step)

    def _generate_book(self, rng: random.Random, mid: Decimal) -> None:
        tick = self.rules.price_step
        half_spread = self._ticks(mid * Decimal("0.00005"))
        spacing = self._ticks(mid * Decimal("0.00002"))
        bid = mid.quantize(tick, ROUND_DOWN) - half_spread * tick
        ask = mid.quantize(tick, ROUND_UP) + half_spread * tick
        for _ in range(BOOK_LEVELS):
            if bid > 0:
                self.bids.add(bid, Maker(self._level_size(rng, bid, 50, 5000)))
            self.asks.add(ask, Maker(self._level_size(rng, ask, 50, 5000)))
            bid -= spacing * rng.randint(1, 4) * tick
            ask += spacing * rng.randint(1, 4) * tick

    def _generate_tape(self, rng: random.Random, created_ms: int) -> None:
        best_bid, best_ask = self.bids.best(), self.asks.best()
        assert best_bid is not None and best_ask is not None
        tick = self.rules.price_step
        spread_ticks = self._ticks(best_ask.price - best_bid.price)
        stamps: list[int] = []
        moment = created_ms - rng.randint(0, 1000)
        for _ in range(TAPE_LENGTH):
            stamps.append(moment)
            moment -= rng.randint(50, 4000)
        for stamp in reversed(stamps):
            side: Side = "BUY" if rng.randint(0, 1) else "SELL"
            away = rng.randint(0, 2 * spread_ticks) * tick
            price = best_ask.price + away if side == "BUY" else max(tick, best_bid.price - away)
            size = self._level_size(rng, price, 1, 300)
            self.record_trade(price, size, side, stamp)

    # state

    def record_trade(self, price: Decimal, size: Decimal, side: Side, timestamp: int) -> None:
        """Add a trade to the public tape."""
        self.tape.append(PublicTrade(self._next_trade_id, price, size, side, timestamp))
        self._next_trade_id += 1

    def last_price(self) -> Decimal:
        return self.tape[-1].price

    def side(self, bids: bool) -> BookSide:
        return self.bids if bids else self.asks

    # replies

    def trades_reply(self, limit: int) -> list[dict[str, object]]:
        rules = self.rules
        newest = list(self.tape)[::-1][:limit]
        return [
            {
                "symbol": rules.symbol,
                "tradeId": str(trade.trade_id),
                "price": fmt(trade.price, rules.quote_precision),
                "size": fmt(trade.size, rules.base_precision),
                "side": trade.side,
                "timestamp": trade.timestamp,
            }
            for trade in newest
        ]

    def depth_reply(self, limit: int) -> dict[str, object]:
        rules = self.rules

        def levels(side: BookSide) -> list[list[str]]:
            return [
                [fmt(level.price, rules.quote_precision), fmt(level.size(), rules.base_precision)]
                for level in side.top(limit)
            ]

        return {"bids": levels(self.bids), "asks": levels(self.asks), "updateTime": self.updated_ms}

    def book_ticker_reply(self, now: int) -> dict[str, object]:
        rules = self.rules
        reply: dict[str, object] = {"symbol": rules.symbol}
        bid, ask = self.bids.best(), self.asks.best()
        if bid is not None:
            reply["bidPrice"] = fmt(bid.price, rules.quote_precision)
            reply["bidSize"] = fmt(bid.size(), rules.base_precision)
        if ask is not None:
            reply["askPrice"] = fmt(ask.price, rules.quote_precision)
            reply["askSize"] = fmt(ask.size(), rules.base_precision)
        reply["timestamp"] = now
        return reply

    def ticker_reply(self, now: int) -> dict[str, object]:
        """Rolling 24 hours: the last 24 hourly candles, closed by the latest trade price."""
        rules = self.rules
        hours = self.path.candles("60M", now, 24)
        close = self.last_price()
        high = max([candle.high for candle in hours] + [close])
        low = min([candle.low for candle in hours] + [close])
        volume = sum((candle.volume for candle in hours), Decimal(0))
        amount = sum((candle.volume * (candle.open + candle.close) / 2 for candle in hours), Decimal(0))
        return {
            "symbol": rules.symbol,
            "time": now,
            "open": fmt(hours[-1].open, rules.quote_precision),
            "close": fmt(close, rules.quote_precision),
            "high": fmt(high, rules.quote_precision),
            "low": fmt(low, rules.quote_precision),
            "volume": fmt(volume, rules.base_precision),
            "amount": fmt(amount, rules.quote_precision),
            "count": str(sum(candle.count for candle in hours)),
        }

    def klines_reply(self, interval: str, end_time: int, limit: int) -> list[dict[str, object]]:
        rules = self.rules
        return [
            {
                "time": candle.time,
                "open": fmt(candle.open, rules.quote_precision),
                "close": fmt(candle.close, rules.quote_precision),
                "high": fmt(candle.high, rules.quote_precision),
                "low": fmt(candle.low, rules.quote_precision),
                "volume": fmt(candle.volume, rules.base_precision),
            }
            for candle in self.path.candles(interval, end_time, limit)
        ]
