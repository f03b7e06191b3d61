"""The rules of Pionex's USDT-margined perpetual futures as the sandbox applies them: fees,
funding, risk tiers, money rounding, and the mark and index prices.

The *mark price* of a perpetual pair is its seeded price path (the path its book, trades and
candles follow) at the sandbox clock.  The *index price* sits a small, deterministic basis
below or above it: ``index = mark x (1 - basis)`` with ``basis`` within
:data:`BASIS_AMPLITUDE`.  Both depend only on the seed and the time.  The funding rate is
``clamp(FUNDING_INTEREST + (mark - index) / index, -FUNDING_CAP, FUNDING_CAP)`` at that time,
to 8 places.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_UP, Decimal
from typing import Literal

from ..core.market import Markets
from ..core.prices import HOUR, candle_start, next_start, previous_start
from ..core.replies import MONEY_PLACES
from ..errors import ApiError, parameter_error
from ..symbols import SYMBOLS, SYMBOLS_BY_NAME, SymbolRules, fmt, step

FuturesType = Literal["LIMIT", "MARKET_QTY", "IOC", "FOK", "POSTONLY"]
PositionSide = Literal["BOTH", "LONG", "SHORT"]
PositionMode = Literal["BUYSELL", "OPENCLOSE"]

ORDER_TYPES: tuple[str, ...] = ("LIMIT", "MARKET_QTY", "IOC", "FOK", "POSTONLY")

FUTURES_FEE_RATE = Decimal("0.0005")
"""Fee of every futures fill, maker and taker alike, as a fraction of its notional (USDT)."""

FUNDING_INTERVAL_MS = 8 * HOUR
"""Funding is settled at every multiple of 8 hours since the epoch: 00:00, 08:00, 16:00 UTC."""

FUNDING_INTEREST = Decimal("0.0001")
"""The interest part of every funding rate (0.01 % per 8 hours)."""

FUNDING_CAP = Decimal("0.003")
"""Funding rates are clamped to +/- 0.3 % per 8 hours."""

BASIS_AMPLITUDE = Decimal("0.0005")
"""Largest gap between the mark and the index price, as a fraction of the mark price."""

DEFAULT_LEVERAGE = 5
"""Leverage of a pair whose leverage the account never set."""

MAX_MASS_FUTURES_ORDERS = 20

MONEY = step(MONEY_PLACES)
FUTURES_COIN = "USDT"
ZERO = Decimal(0)

D = Decimal


@dataclass(frozen=True)
class RiskTier:
    """One row of a pair's risk table: positions up to ``notional_limit`` USDT of notional."""

    row: int
    notional_limit: Decimal
    max_leverage: int
    maint_margin_ratio: Decimal
    quick_deduction: Decimal


def _tiers(rows: Iterable[tuple[str, int, str]]) -> tuple[RiskTier, ...]:
    """Tiers from (limit, max leverage, ratio); each quick deduction keeps the margin continuous."""
    tiers: list[RiskTier] = []
    deduction, previous_limit, previous_ratio = ZERO, ZERO, ZERO
    for number, (limit, leverage, ratio) in enumerate(rows, start=1):
        deduction += previous_limit * (D(ratio) - previous_ratio)
        tiers.append(RiskTier(number, D(limit), leverage, D(ratio), deduction))
        previous_limit, previous_ratio = D(limit), D(ratio)
    return tuple(tiers)


RISK_TABLES: Mapping[str, tuple[RiskTier, ...]] = {
    "BTC_USDT_PERP": _tiers(
        [("50000", 100, "0.005"), ("250000", 50, "0.01"), ("1000000", 20, "0.025"), ("5000000", 10, "0.05")]
        + [("20000000", 5, "0.1")]
    ),
    "ETH_USDT_PERP": _tiers(
        [("25000", 75, "0.0065"), ("100000", 50, "0.01"), ("500000", 20, "0.025"), ("2000000", 10, "0.05")]
        + [("10000000", 5, "0.1")]
    ),
}
"""Risk tiers of every perpetual pair: notional limit, highest leverage, maintenance ratio."""

PERP_SYMBOLS: tuple[SymbolRules, ...] = tuple(rules for rules in SYMBOLS if rules.perp is not None)


def max_leverage(symbol: str) -> int:
    return RISK_TABLES[symbol][0].max_leverage


def tier_for(symbol: str, notional: Decimal) -> RiskTier:
    """The tier a position of ``notional`` USDT falls in (the last tier beyond every limit)."""
    tiers = RISK_TABLES[symbol]
    for tier in tiers:
        if notional <= tier.notional_limit:
            return tier
    return tiers[-1]


def notional_cap(symbol: str, leverage: int) -> Decimal:
    """The largest position notional that may be held at ``leverage``."""
    allowed = [tier.notional_limit for tier in RISK_TABLES[symbol] if tier.max_leverage >= leverage]
    return max(allowed) if allowed else ZERO


def money(value: Decimal) -> str:
    return fmt(value, MONEY_PLACES)


def up(value: Decimal) -> Decimal:
    return value.quantize(MONEY, ROUND_UP)


def even(value: Decimal) -> Decimal:
    return value.quantize(MONEY, ROUND_HALF_EVEN)


def denied(message: str) -> ApiError:
    return ApiError(400, "TRADE_OPERATION_DENIED", message)


def bad(message: str) -> ApiError:
    return parameter_error("TRADE", message)


def _noise(seed: int, name: str, index: int) -> Decimal:
    """A value in [-1, 1] fixed by its arguments."""
    digest = hashlib.blake2b(f"{seed}|{name}|basis|{index}".encode(), digest_size=8).digest()
    return Decimal(int.from_bytes(digest, "big") % 2_000_001 - 1_000_000).scaleb(-6)


class Prices:
    """Mark, index and funding of every perpetual pair, from the seed and the time (read off the
    pairs' price paths, without generating their books)."""

    def __init__(self, seed: int, markets: Markets) -> None:
        self.seed = seed
        self.markets = markets

    def mark_price(self, symbol: str, t: int) -> Decimal:
        return self.markets.path(symbol).price(t)

    def basis(self, symbol: str, t: int) -> Decimal:
        index, into = divmod(t, HOUR)
        left, right = _noise(self.seed, symbol, index), _noise(self.seed, symbol, index + 1)
        return BASIS_AMPLITUDE * (left + (right - left) * Decimal(into) / Decimal(HOUR))

    def index_price(self, symbol: str, t: int) -> Decimal:
        rules = SYMBOLS_BY_NAME[symbol]
        value = self.mark_price(symbol, t) * (1 - self.basis(symbol, t))
        return max(rules.price_step, value.quantize(rules.price_step))

    def funding_rate(self, symbol: str, t: int) -> Decimal:
        mark, index = self.mark_price(symbol, t), self.index_price(symbol, t)
        rate = FUNDING_INTEREST + (mark - index) / index
        return even(min(max(rate, -FUNDING_CAP), FUNDING_CAP))

    @staticmethod
    def next_funding_time(t: int) -> int:
        return (t // FUNDING_INTERVAL_MS + 1) * FUNDING_INTERVAL_MS

    def price_candles(
        self, symbol: str, kind: Literal["index", "mark"], interval: str, end: int, limit: int
    ) -> list[dict[str, object]]:
        """Index or mark price candles, newest first, the newest containing ``end``."""
        rules = SYMBOLS_BY_NAME[symbol]
        price = self.index_price if kind == "index" else self.mark_price
        found: list[dict[str, object]] = []
        start = candle_start(interval, end)
        while len(found) < limit and start >= 0:
            stop = next_start(interval, start)
            samples = [price(symbol, start + (stop - start) * part // 4) for part in range(5)]
            found.append(
                {
                    "time": str(start),
                    "open": fmt(samples[0], rules.quote_precision),
                    "close": fmt(samples[-1], rules.quote_precision),
                    "high": fmt(max(samples), rules.quote_precision),
                    "low": fmt(min(samples), rules.quote_precision),
                }
            )
            start = previous_start(interval, start)
        return found
