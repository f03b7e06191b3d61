"""The pairs the sandbox lists and their trading rules.

The numbers are made up but shaped like Pionex's: spot pairs carry precisions, minimum and
maximum sizes and a minimum order value; perpetual pairs carry the extra contract fields.
Spot pairs can be traded; perpetual pairs only have market data (the spot trading
operations refuse them, as Pionex's spot API does).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal, DivisionByZero, InvalidOperation, Overflow
from functools import cached_property
from typing import Literal

SymbolType = Literal["SPOT", "PERP"]

DECIMAL_CONTEXT = Context(prec=64, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow])
"""The arithmetic context of every sandbox computation (used through ``decimal.localcontext``).

Accepted inputs have at most 20 integer and 20 decimal digits, so with 64 significant digits
every product and sum the engine forms is exact, whatever context the host process uses.
"""


def step(places: int) -> Decimal:
    """The smallest increment with ``places`` decimal places (``step(2) == Decimal("0.01")``)."""
    return Decimal(1).scaleb(-places)


def fmt(value: Decimal, places: int | None = None) -> str:
    """A decimal as a plain string (never scientific notation), optionally to ``places`` decimals."""
    if places is not None:
        value = value.quantize(step(places))
    return f"{value:f}"


@dataclass(frozen=True)
class PerpRules:
    """The extra fields of a perpetual pair."""

    name: str
    min_notional: Decimal
    base_step: Decimal
    quote_step: Decimal
    min_size_limit: Decimal
    max_size_limit: Decimal
    max_impact_limit: Decimal
    min_size_market: Decimal
    max_size_market: Decimal
    max_impact_market: Decimal
    max_order_num: int
    status: Literal["TRADING", "OFFLINE"]
    liquidation_fee_rate: Decimal


@dataclass(frozen=True)
class SymbolRules:
    """Trading rules of one pair, plus what the sandbox needs to invent its market."""

    symbol: str
    type: SymbolType
    base: str
    quote: str
    base_precision: int
    quote_precision: int
    amount_precision: int
    min_trade_size: Decimal
    max_trade_size: Decimal
    min_trade_dumping: Decimal
    max_trade_dumping: Decimal
    min_amount: Decimal
    buy_ceiling: Decimal
    sell_floor: Decimal
    enable: bool
    reference_price: Decimal
    """Centre of the synthetic price path."""
    volume_per_minute: Decimal
    """Typical base-coin volume per minute of the synthetic candles."""
    perp: PerpRules | None = None

    @cached_property
    def size_step(self) -> Decimal:
        return step(self.base_precision)

    @cached_property
    def price_step(self) -> Decimal:
        return step(self.quote_precision)

    @cached_property
    def amount_step(self) -> Decimal:
        return step(self.amount_precision)

    def info(self) -> dict[str, object]:
        """The pair as ``/api/v1/common/symbols`` lists it."""
        if self.perp is None:
            return {
                "symbol": self.symbol,
                "type": self.type,
                "baseCurrency": self.base,
                "quoteCurrency": self.quote,
                "basePrecision": self.base_precision,
                "quotePrecision": self.quote_precision,
                "amountPrecision": self.amount_precision,
                "minAmount": fmt(self.min_amount),
                "minTradeSize": fmt(self.min_trade_size),
                "maxTradeSize": fmt(self.max_trade_size),
                "minTradeDumping": fmt(self.min_trade_dumping),
                "maxTradeDumping": fmt(self.max_trade_dumping),
                "buyCeiling": fmt(self.buy_ceiling),
                "sellFloor": fmt(self.sell_floor),
                "enable": self.enable,
            }
        perp = self.perp
        return {
            "symbol": self.symbol,
            "name": perp.name,
            "type": self.type,
            "contractType": "PERPETUAL",
            "baseCurrency": self.base,
            "quoteCurrency": self.quote,
            "basePrecision": self.base_precision,
            "quotePrecision": self.quote_precision,
            "amountPrecision": self.amount_precision,
            "minNotional": fmt(perp.min_notional),
            "baseStep": fmt(perp.base_step),
            "quoteStep": fmt(perp.quote_step),
            "minSizeLimit": fmt(perp.min_size_limit),
            "maxSizeLimit": fmt(perp.max_size_limit),
            "maxImpactLimit": fmt(perp.max_impact_limit),
            "minSizeMarket": fmt(perp.min_size_market),
            "maxSizeMarket": fmt(perp.max_size_market),
            "maxImpactMarket": fmt(perp.max_impact_market),
            "maxOrderNum": perp.max_order_num,
            "status": perp.status,
            "liquidationFeeRate": fmt(perp.liquidation_fee_rate),
            "buyCeiling": fmt(self.buy_ceiling),
            "sellFloor": fmt(self.sell_floor),
            "enable": self.enable,
        }


D = Decimal

SYMBOLS: tuple[SymbolRules, ...] = (
    SymbolRules(
        symbol="BTC_USDT",
        type="SPOT",
        base="BTC",
        quote="USDT",
        base_precision=6,
        quote_precision=2,
        amount_precision=2,
        min_trade_size=D("0.000001"),
        max_trade_size=D("1000"),
        min_trade_dumping=D("0.000001"),
        max_trade_dumping=D("100"),
        min_amount=D("10"),
        buy_ceiling=D("1.2"),
        sell_floor=D("0.8"),
        enable=True,
        reference_price=D("65000"),
        volume_per_minute=D("2.5"),
    ),
    SymbolRules(
        symbol="ETH_USDT",
        type="SPOT",
        base="ETH",
        quote="USDT",
        base_precision=4,
        quote_precision=2,
        amount_precision=2,
        min_trade_size=D("0.001"),
        max_trade_size=D("10000"),
        min_trade_dumping=D("0.001"),
        max_trade_dumping=D("1000"),
        min_amount=D("10"),
        buy_ceiling=D("1.2"),
        sell_floor=D("0.8"),
        enable=True,
        reference_price=D("3200"),
        volume_per_minute=D("40"),
    ),
    SymbolRules(
        symbol="SOL_USDT",
        type="SPOT",
        base="SOL",
        quote="USDT",
        base_precision=2,
        quote_precision=3,
        amount_precision=2,
        min_trade_size=D("0.1"),
        max_trade_size=D("100000"),
        min_trade_dumping=D("0.1"),
        max_trade_dumping=D("10000"),
        min_amount=D("10"),
        buy_ceiling=D("1.2"),
        sell_floor=D("0.8"),
        enable=True,
        reference_price=D("150"),
        volume_per_minute=D("900"),
    ),
    SymbolRules(
        symbol="ETH_BTC",
        type="SPOT",
        base="ETH",
        quote="BTC",
        base_precision=3,
        quote_precision=5,
        amount_precision=5,
        min_trade_size=D("0.001"),
        max_trade_size=D("5000"),
        min_trade_dumping=D("0.001"),
        max_trade_dumping=D("500"),
        min_amount=D("0.0001"),
        buy_ceiling=D("1.2"),
        sell_floor=D("0.8"),
        enable=True,
        reference_price=D("0.04923"),
        volume_per_minute=D("3"),
    ),
    SymbolRules(
        symbol="BTC_USDT_PERP",
        type="PERP",
        base="BTC",
        quote="USDT",
        base_precision=4,
        quote_precision=1,
        amount_precision=1,
        min_trade_size=D("0.0001"),
        max_trade_size=D("500"),
        min_trade_dumping=D("0.0001"),
        max_trade_dumping=D("100"),
        min_amount=D("5"),
        buy_ceiling=D("1.05"),
        sell_floor=D("0.95"),
        enable=True,
        reference_price=D("65020"),
        volume_per_minute=D("6"),
        perp=PerpRules(
            name="BTC/USDT Perpetual",
            min_notional=D("5"),
            base_step=D("0.0001"),
            quote_step=D("0.1"),
            min_size_limit=D("0.0001"),
            max_size_limit=D("500"),
            max_impact_limit=D("0.1"),
            min_size_market=D("0.0001"),
            max_size_market=D("100"),
            max_impact_market=D("0.05"),
            max_order_num=200,
            status="TRADING",
            liquidation_fee_rate=D("0.005"),
        ),
    ),
    SymbolRules(
        symbol="ETH_USDT_PERP",
        type="PERP",
        base="ETH",
        quote="USDT",
        base_precision=3,
        quote_precision=2,
        amount_precision=2,
        min_trade_size=D("0.001"),
        max_trade_size=D("5000"),
        min_trade_dumping=D("0.001"),
        max_trade_dumping=D("1000"),
        min_amount=D("5"),
        buy_ceiling=D("1.05"),
        sell_floor=D("0.95"),
        enable=False,
        reference_price=D("3201"),
        volume_per_minute=D("50"),
        perp=PerpRules(
            name="ETH/USDT Perpetual",
            min_notional=D("5"),
            base_step=D("0.001"),
            quote_step=D("0.01"),
            min_size_limit=D("0.001"),
            max_size_limit=D("5000"),
            max_impact_limit=D("0.1"),
            min_size_market=D("0.001"),
            max_size_market=D("1000"),
            max_impact_market=D("0.05"),
            max_order_num=200,
            status="OFFLINE",
            liquidation_fee_rate=D("0.005"),
        ),
    ),
)
"""Every listed pair.  ETH_USDT_PERP is listed as OFFLINE so that the ``status`` filter of the
symbols operation has something to filter."""

SYMBOLS_BY_NAME: dict[str, SymbolRules] = {rules.symbol: rules for rules in SYMBOLS}

FEE_RATE = Decimal("0.0005")
"""Fee charged on every fill (maker and taker alike), in the coin the order receives."""

MAX_OPEN_ORDERS_PER_SYMBOL = 200
"""Most open orders one account may have on one pair, as Pionex documents."""
