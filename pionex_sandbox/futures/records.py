"""Futures orders, fills, positions, funding records, transfers and accounts, and how an
order is read from a request body."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from ..core.book import Side
from ..core.orders import BookFill, BookOrder
from ..http.params import CLIENT_ORDER_ID, decimal_text
from ..symbols import SymbolRules, fmt
from .rules import (
    DEFAULT_LEVERAGE,
    ORDER_TYPES,
    ZERO,
    FuturesType,
    PositionMode,
    PositionSide,
    bad,
    tier_for,
    up,
)

# -- records -------------------------------------------------------------------------------


@dataclass(kw_only=True)
class FuturesOrder(BookOrder):
    """An order of a futures account; ``frozen`` is the initial margin it holds in the wallet."""

    type: FuturesType
    position_side: PositionSide
    position_mode: PositionMode
    isolated: bool
    leverage: int
    orig_size: Decimal
    size: Decimal
    reduce_only: bool
    source: Literal["API", "SYSTEM"] = "API"
    open_remaining: Decimal = ZERO
    """Size of the order that would still open a position (its margin is held)."""

    @property
    def remaining(self) -> Decimal:
        return self.size - self.filled_size

    @property
    def isolated_mode(self) -> str:
        return f"ISOLATED_{self.position_side}" if self.isolated else "CROSS"


@dataclass(frozen=True, kw_only=True)
class FuturesFill(BookFill):
    """One execution of a futures order; fees are USDT, of trading or of a liquidation."""

    fee_type: Literal["TRADING", "LIQUIDATION"]


@dataclass
class Position:
    """An open (or, in the history, a closed) position.

    ``size`` is signed (long positive) and ``cost`` the signed entry cost of that size.  The
    cumulative fields are Pionex's: buys add to ``size_long`` and subtract their cost from
    ``amount_long``, sells subtract from ``size_short`` and add to ``amount_short``, and every
    realized PnL is subtracted from ``amount_settled``.
    """

    position_id: int
    rules: SymbolRules = field(repr=False)
    key: PositionSide
    isolated: bool
    leverage: int
    create_time: int
    update_time: int
    size: Decimal = ZERO
    cost: Decimal = ZERO
    margin: Decimal = ZERO
    """Isolated margin (always zero for a cross position)."""
    size_long: Decimal = ZERO
    size_short: Decimal = ZERO
    amount_long: Decimal = ZERO
    amount_short: Decimal = ZERO
    amount_settled: Decimal = ZERO
    size_liquidated: Decimal = ZERO
    amount_liquidated: Decimal = ZERO
    realized: Decimal = ZERO
    flag: Literal["OPEN", "CLOSED", "TAKEOVER"] = "OPEN"
    long: bool = True
    """The direction the position was opened in (a one-way position that flips becomes a new one)."""

    @property
    def symbol(self) -> str:
        return self.rules.symbol

    @property
    def side(self) -> Literal["LONG", "SHORT"]:
        return "LONG" if self.long else "SHORT"

    @property
    def isolated_mode(self) -> str:
        return f"ISOLATED_{self.key}" if self.isolated else "CROSS"

    def unrealized(self, mark: Decimal) -> Decimal:
        return self.size * mark - self.cost

    def initial_margin(self) -> Decimal:
        return up(abs(self.cost) / self.leverage)

    def maint_margin(self, mark: Decimal) -> Decimal:
        notional = abs(self.size) * mark
        tier = tier_for(self.symbol, notional)
        return up(max(notional * tier.maint_margin_ratio - tier.quick_deduction, ZERO))

    def avg_price(self) -> Decimal:
        return abs(self.cost / self.size) if self.size else ZERO


@dataclass(frozen=True)
class FundingRecord:
    symbol: str
    isolated: bool
    fee: Decimal
    rate: Decimal
    timestamp: int


@dataclass(frozen=True)
class Transfer:
    transfer_id: str
    from_account: str
    to_account: str
    currency: str
    amount: Decimal
    client_id: str | None
    comment: str | None
    timestamp: int


@dataclass
class SymbolSettings:
    leverage: int = DEFAULT_LEVERAGE
    isolated: bool = False


@dataclass
class FuturesAccount:
    """The futures side of one sandbox account."""

    api_key: str
    wallet: Decimal = ZERO
    position_mode: PositionMode = "BUYSELL"
    settings: dict[str, SymbolSettings] = field(default_factory=dict)
    positions: dict[tuple[str, PositionSide], Position] = field(default_factory=dict)
    history: list[Position] = field(default_factory=list)
    funding: list[FundingRecord] = field(default_factory=list)
    transfers: list[Transfer] = field(default_factory=list)
    margin_client_ids: set[str] = field(default_factory=set)

    def setting(self, symbol: str) -> SymbolSettings:
        found = self.settings.get(symbol)
        if found is None:
            found = self.settings[symbol] = SymbolSettings()
        return found


# -- order requests ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FuturesOrderRequest:
    rules: SymbolRules
    side: Side
    type: FuturesType
    position_side: PositionSide
    size: Decimal
    price: Decimal | None
    reduce_only: bool
    client_order_id: str | None


def decimal_field(fields: Mapping[str, object], name: str, unit: Decimal, *, required: bool = False) -> Decimal | None:
    """A positive decimal string that is a whole multiple of ``unit``."""
    value = decimal_text(fields, name, required=required)
    if value is not None and value % unit != 0:
        raise bad(f"{name} {fields[name]} is not a multiple of {fmt(unit)}")
    return value


def parse_futures_order(fields: Mapping[str, object], rules: SymbolRules, *, bulk: bool = False) -> FuturesOrderRequest:
    """Read one order of ``futuresPlaceOrder`` (or one item of ``futuresBatchPlaceOrders``)."""
    assert rules.perp is not None
    side = fields.get("side")
    if side not in ("BUY", "SELL"):
        raise bad("side must be BUY or SELL")
    kind = fields.get("type")
    if bulk and kind != "LIMIT":
        raise bad("type must be LIMIT: only LIMIT orders can be placed in bulk")
    if kind not in ORDER_TYPES:
        raise bad(f"type must be one of {', '.join(ORDER_TYPES)}")
    position_side = fields.get("positionSide", "BOTH")
    if position_side not in ("BOTH", "LONG", "SHORT"):
        raise bad("positionSide must be BOTH, LONG or SHORT")
    reduce_only = fields.get("reduceOnly", False)
    if not isinstance(reduce_only, bool):
        raise bad("reduceOnly must be true or false")
    client_order_id = fields.get("clientOrderId")
    if "clientOrderId" in fields and (
        not isinstance(client_order_id, str) or CLIENT_ORDER_ID.fullmatch(client_order_id) is None
    ):
        raise bad("clientOrderId must be 1 to 64 letters, digits or hyphens")
    size = decimal_field(fields, "size", rules.perp.base_step, required=True)
    assert size is not None
    price = decimal_field(fields, "price", rules.perp.quote_step, required=kind != "MARKET_QTY")
    if kind == "MARKET_QTY" and price is not None:
        raise bad("MARKET_QTY orders take no price")
    return FuturesOrderRequest(
        rules=rules,
        side="BUY" if side == "BUY" else "SELL",
        type=kind,  # type: ignore[arg-type]
        position_side=position_side,
        size=size,
        price=price,
        reduce_only=reduce_only,
        client_order_id=client_order_id if isinstance(client_order_id, str) else None,
    )
