"""The operator's limits (:class:`pionex_mcp.config.Limits`), applied to a write's checked
arguments.  What an argument means is read from the registry, never from one operation:

* an **order** is an operation whose inputs carry an ``x-pionex-rule`` (``symbol``, ``side``,
  ``type``, ``price``, ``size``, ``amount``), one order per call or one per item of a list input
  whose fields carry them (a batch); the pair's market (``SPOT`` or ``PERP``) is the symbol input's
  ``x-pionex-market``;
* its **notional**, in the quote coin and never multiplied by leverage: size x price for a priced
  order, the amount of a market buy, size x the reference price otherwise (the last price for spot,
  the mark price for futures);
* the **reference price** of a pair: the last price (the public tickers) for spot, the mark price
  (the public futures indexes) for a perpetual; a limit price's distance is measured from it;
* a **pair** named by a write: an input with the ``symbol`` rule or named ``symbol``, or a ``base``
  and a ``quote`` (``BTC`` and ``USDT``: ``BTC_USDT``, and ``BTC_USDT_PERP`` for futures bots);
* a **leverage**: any input or nested field named ``leverage``.

A limit is refused, never guessed: a reference price that cannot be read while a limit needs it
refuses the write and names the limit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from pionex_cli.safety import percent_from
from pionex_wrapper.errors import PionexError

if TYPE_CHECKING:
    from pionex_wrapper import AsyncPionex
    from pionex_wrapper.operation import Operation, Param

    from .config import Limits

PRICE_READS = {"SPOT": ("getTickers", "tickers", "close"), "PERP": ("futuresGetIndexes", "indexes", "mark_price")}
"""The one table of operations the limits read (by market: the operation, its list, the price
field): the public last price of a spot pair, the mark price of a perpetual."""

REFERENCE = {"SPOT": "last", "PERP": "mark"}
"""What a market's reference price is called."""

FLAGS = {
    "symbols": "--symbols",
    "max_leverage": "--max-leverage",
    "max_price_distance": "--max-price-distance",
    "max_order_notional": "--max-order-notional",
    "max_daily_notional": "--max-daily-notional",
}
"""Each limit and the flag that sets it (a refusal names both)."""


class Refusal(Exception):
    """A write refused by a limit: ``body`` is the tool error (``error``, ``limit``, ``flag``,
    ``message`` and the figures compared)."""

    def __init__(self, limit: str, message: str, **figures: Any) -> None:
        super().__init__(message)
        self.body: dict[str, Any] = {
            "error": "LimitExceeded",
            "limit": limit,
            "flag": FLAGS[limit],
            "message": message,
            **figures,
        }


@dataclass(frozen=True)
class Order:
    """One order of a write, as the limits see it (decimals exact; None: not given)."""

    symbol: str
    market: str
    side: str | None
    type: str | None
    price: Decimal | None
    size: Decimal | None
    amount: Decimal | None


@dataclass
class Assessment:
    """What the limits found of one write: its orders, their notional, the reference prices read."""

    orders: list[Order] = field(default_factory=list)
    pairs: list[str] = field(default_factory=list)
    notional: Decimal | None = None
    """The write's notional (the sum of its orders'), None if it places no order."""
    references: dict[str, Decimal | None] = field(default_factory=dict)
    """The reference price of each order's pair (None: could not be read)."""
    checks: list[str] = field(default_factory=list)
    """The limits the write passed, in words."""


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _plain(value: Decimal) -> str:
    return format(value, "f")


def _ruled(params: tuple[Param, ...], values: Mapping[str, Any]) -> dict[str, Any]:
    return {p.rule: values[p.name] for p in params if p.rule is not None and values.get(p.name) is not None}


def is_order(operation: Operation[Any]) -> bool:
    """Whether the spec marks ``operation``'s inputs (or its list's items) as an order's."""
    rules = ("price", "size", "amount")
    return any(p.rule in rules for param in operation.params for p in (param, *(param.items or ())))


def orders(operation: Operation[Any], arguments: Mapping[str, Any]) -> list[Order]:
    """The orders a write with these checked arguments (method names) places."""
    if not is_order(operation):
        return []
    top = _ruled(operation.params, arguments)
    symbol_param = next((p for p in operation.params if p.rule == "symbol"), None)
    market = (symbol_param.market if symbol_param is not None else None) or "SPOT"
    found: list[Order] = []

    def order(values: Mapping[str, Any]) -> Order:
        merged = {**top, **values}
        return Order(
            symbol=str(merged.get("symbol", "")),
            market=market,
            side=str(merged["side"]) if "side" in merged else None,
            type=str(merged["type"]) if "type" in merged else None,
            price=_decimal(merged.get("price")),
            size=_decimal(merged.get("size")),
            amount=_decimal(merged.get("amount")),
        )

    listed = False
    for param in operation.params:
        items = arguments.get(param.name)
        if param.items is None or not isinstance(items, list):
            continue
        listed = True
        found.extend(order(_ruled(param.items, item)) for item in items if isinstance(item, Mapping))
    if not listed:
        found.append(order({}))
    return found


def pairs(operation: Operation[Any], arguments: Mapping[str, Any]) -> list[str]:
    """The pairs a write names (see the module's docstring)."""
    named = [
        str(arguments[p.name])
        for p in operation.params
        if (p.rule == "symbol" or p.wire == "symbol") and isinstance(arguments.get(p.name), str)
    ]
    base, quote = arguments.get("base"), arguments.get("quote")
    if isinstance(base, str) and isinstance(quote, str):
        named.append(f"{base}_{quote}")
    return list(dict.fromkeys(named))


def leverages(value: Any, key: str = "") -> Iterator[Decimal]:
    """Every value of an input or nested field named ``leverage`` in ``value``."""
    if key.replace("_", "").lower() == "leverage":
        number = _decimal(value)
        if number is not None:
            yield number
        return
    if isinstance(value, Mapping):
        for name, item in value.items():
            yield from leverages(item, str(name))
    elif isinstance(value, list):
        for item in value:
            yield from leverages(item)


async def reference_price(client: AsyncPionex, market: str, symbol: str) -> Decimal | None:
    """The last (spot) or mark (futures) price of ``symbol``, None if it could not be read."""
    operation_id, items, name = PRICE_READS["PERP" if market == "PERP" else "SPOT"]
    query: dict[str, Any] = {"symbol": symbol}
    if market != "PERP":
        query["type"] = "SPOT"
    try:
        reply = await client.invoke(operation_id, query)
    except PionexError:
        return None
    for row in getattr(reply, items, None) or ():
        if getattr(row, "symbol", None) == symbol:
            price = getattr(row, name, None)
            return price if isinstance(price, Decimal) and price > 0 else None
    return None


def notional(order: Order, reference: Decimal | None) -> Decimal | None:
    """The order's notional in its quote coin (see the module's docstring); None: cannot tell."""
    if order.price is not None and order.size is not None:
        return order.price * order.size
    if order.amount is not None:
        return order.amount
    if order.size is not None and reference is not None:
        return order.size * reference
    return None


def symbol_allowed(pair: str, allowed: frozenset[str]) -> bool:
    """Whether ``pair`` is on the allow-list (a bot's ``BTC_USDT`` also as ``BTC_USDT_PERP``)."""
    return pair in allowed or f"{pair}_PERP" in allowed


async def assess(
    operation: Operation[Any],
    arguments: Mapping[str, Any],
    limits: Limits,
    client: AsyncPionex,
    *,
    day_total: Decimal,
) -> Assessment:
    """Apply ``limits`` to a write of ``operation`` with checked ``arguments`` (method names),
    ``day_total`` being the notional already confirmed today.  Raises :class:`Refusal` naming the
    first limit the write breaks; otherwise returns what was found and checked."""
    found = Assessment(orders=orders(operation, arguments), pairs=pairs(operation, arguments))
    if limits.symbols is not None:
        for pair in found.pairs:
            if not symbol_allowed(pair, limits.symbols):
                raise Refusal(
                    "symbols",
                    f"{pair} is not on the operator's pair allow-list ({', '.join(sorted(limits.symbols))})",
                    pair=pair,
                    allowed=sorted(limits.symbols),
                )
        if found.pairs:
            found.checks.append(f"pair allow-list: {', '.join(found.pairs)} allowed")
    if limits.max_leverage is not None:
        for leverage in leverages(dict(arguments)):
            if leverage > limits.max_leverage:
                raise Refusal(
                    "max_leverage",
                    f"leverage {_plain(leverage)} is above the operator's maximum {_plain(limits.max_leverage)}",
                    value=_plain(leverage),
                    maximum=_plain(limits.max_leverage),
                )
            found.checks.append(f"leverage {_plain(leverage)} at most {_plain(limits.max_leverage)}")
    for order in found.orders:
        if order.symbol and order.symbol not in found.references:
            found.references[order.symbol] = await reference_price(client, order.market, order.symbol)
    total = Decimal(0) if found.orders else None
    for order in found.orders:
        reference = found.references.get(order.symbol)
        kind = REFERENCE.get(order.market, "last")
        if limits.max_price_distance is not None and order.price is not None:
            if reference is None:
                raise Refusal(
                    "max_price_distance",
                    f"the {kind} price of {order.symbol} could not be read, so the distance of the price "
                    f"{_plain(order.price)} from it cannot be checked: nothing was prepared",
                )
            distance = percent_from(order.price, reference)
            if distance > limits.max_price_distance:
                raise Refusal(
                    "max_price_distance",
                    f"the price {_plain(order.price)} is {distance}% from the {kind} price {_plain(reference)} "
                    f"of {order.symbol}, more than the operator's maximum {_plain(limits.max_price_distance)}%",
                    value=str(distance),
                    maximum=_plain(limits.max_price_distance),
                    reference=_plain(reference),
                )
            found.checks.append(
                f"price distance {distance}% from the {kind} price, at most {_plain(limits.max_price_distance)}%"
            )
        value = notional(order, reference)
        if value is None:
            if limits.max_order_notional is not None or limits.max_daily_notional is not None:
                limit = "max_order_notional" if limits.max_order_notional is not None else "max_daily_notional"
                raise Refusal(
                    limit,
                    f"the notional of this {order.symbol} order cannot be known (no price given and the {kind} "
                    "price could not be read), so the notional limit cannot be checked: nothing was prepared",
                )
            total = None
            continue
        if limits.max_order_notional is not None:
            if value > limits.max_order_notional:
                raise Refusal(
                    "max_order_notional",
                    f"the order's notional {_plain(value)} is above the operator's maximum "
                    f"{_plain(limits.max_order_notional)} per order",
                    value=_plain(value),
                    maximum=_plain(limits.max_order_notional),
                )
            found.checks.append(f"order notional {_plain(value)} at most {_plain(limits.max_order_notional)}")
        if total is not None:
            total += value
    found.notional = total
    if limits.max_daily_notional is not None and total is not None:
        if day_total + total > limits.max_daily_notional:
            raise Refusal(
                "max_daily_notional",
                f"today's notional would be {_plain(day_total + total)} ({_plain(day_total)} confirmed so far "
                f"this UTC day + {_plain(total)}), above the operator's maximum {_plain(limits.max_daily_notional)} "
                "per day",
                value=_plain(day_total + total),
                today=_plain(day_total),
                maximum=_plain(limits.max_daily_notional),
            )
        found.checks.append(
            f"day's notional {_plain(day_total + total)} at most {_plain(limits.max_daily_notional)} (UTC day)"
        )
    return found
