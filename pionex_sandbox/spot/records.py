"""Spot orders, fills and order requests, and how an order is read from a request body."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import Literal

from ..core.book import Side
from ..core.orders import BookFill, BookOrder
from ..errors import parameter_error
from ..http.params import CLIENT_ORDER_ID, decimal_text
from ..symbols import SymbolRules, step

OrderType = Literal["LIMIT", "MARKET"]
ZERO = Decimal(0)


@dataclass(kw_only=True)
class Order(BookOrder):
    """An order of a sandbox account."""

    type: OrderType
    size: Decimal | None
    amount: Decimal | None
    ioc: bool
    fee: Decimal = ZERO
    source: Literal["API", "MANUAL"] = "API"

    @property
    def fee_coin(self) -> str:
        """The coin the order receives, which is the coin its fees are charged in."""
        return self.rules.base if self.side == "BUY" else self.rules.quote

    @property
    def spend_coin(self) -> str:
        return self.rules.quote if self.side == "BUY" else self.rules.base

    @property
    def remaining(self) -> Decimal:
        """Unfilled size of a LIMIT order or MARKET SELL (zero for a MARKET BUY)."""
        return self.size - self.filled_size if self.size is not None else ZERO


@dataclass(frozen=True, kw_only=True)
class Fill(BookFill):
    """One execution of a sandbox order; fees are charged in the coin the order receives."""

    fee_coin: str


@dataclass(frozen=True)
class OrderRequest:
    """A new order whose fields have been read and type-checked (limits are checked later)."""

    rules: SymbolRules
    side: Side
    type: OrderType
    size: Decimal | None = None
    price: Decimal | None = None
    amount: Decimal | None = None
    ioc: bool = False
    client_order_id: str | None = None


def _trade_error(message: str) -> Exception:
    return parameter_error("TRADE", message)


def _decimal_field(fields: Mapping[str, object], name: str, places: int) -> Decimal | None:
    value = decimal_text(fields, name)
    if value is not None and value != value.quantize(step(places), rounding=ROUND_DOWN):
        raise _trade_error(f"{name} {fields[name]} has more than {places} decimal places")
    return value


def parse_order(fields: Mapping[str, object], rules: SymbolRules, *, bulk: bool = False) -> OrderRequest:
    """Read one order (of ``newOrder``, or one item of ``newMassOrder`` when ``bulk``)."""
    side = fields.get("side")
    if side not in ("BUY", "SELL"):
        raise _trade_error("side must be BUY or SELL")
    kind = fields.get("type")
    if bulk and kind != "LIMIT":
        raise _trade_error("type must be LIMIT: only LIMIT orders can be placed in bulk")
    if kind not in ("LIMIT", "MARKET"):
        raise _trade_error("type must be LIMIT or MARKET")
    ioc = fields.get("IOC", False) if not bulk else False
    if not isinstance(ioc, bool):
        raise _trade_error("IOC must be true or false")
    client_order_id = fields.get("clientOrderId")
    if "clientOrderId" in fields and (
        not isinstance(client_order_id, str) or CLIENT_ORDER_ID.fullmatch(client_order_id) is None
    ):
        raise _trade_error("clientOrderId must be 1 to 64 letters, digits or hyphens")
    size = _decimal_field(fields, "size", rules.base_precision)
    price = _decimal_field(fields, "price", rules.quote_precision)
    amount = _decimal_field(fields, "amount", rules.amount_precision)
    needed: tuple[str, ...]
    unused: tuple[str, ...]
    if kind == "LIMIT":
        needed, unused = ("size", "price"), ("amount",)
    elif side == "BUY":
        needed, unused = ("amount",), ("size", "price")
    else:
        needed, unused = ("size",), ("amount", "price")
    label = "LIMIT orders" if kind == "LIMIT" else f"MARKET {side} orders"
    for name in needed:
        if name not in fields:
            raise _trade_error(f"{name} is required for {label}")
    for name in unused:
        if name in fields:
            raise _trade_error(f"{label} take no {name}")
    return OrderRequest(
        rules=rules,
        side="BUY" if side == "BUY" else "SELL",
        type="LIMIT" if kind == "LIMIT" else "MARKET",
        size=size,
        price=price,
        amount=amount,
        ioc=ioc,
        client_order_id=client_order_id if isinstance(client_order_id, str) else None,
    )
