"""What stands between a command and real money.

Every operation whose effect (``Operation.effect`` in the registry) is not ``read`` goes through
:func:`guard` before it is sent, in this order:

1. a read-only profile (``read_only = true``) refuses it before anything is sent;
2. a ``withdrawal`` needs ``--allow-withdrawal`` as well, whatever else is given;
3. ``--dry-run`` prints the exact request that would be signed and sent (method, URL and query,
   body bytes, headers; the key masked, the signature redacted) and the checks it passed, and
   sends nothing (:class:`DryRun`);
4. on a terminal it shows a plain summary and asks (default No) unless ``--yes``: for an order
   (an operation whose inputs the spec marks with ``x-pionex-rule``) the pair, side, type, size,
   price, the notional in the quote coin and the distance from the last price (read with one
   public call); for any other write the operation, its effect and its arguments.  Without a
   terminal it needs ``--yes``.

Nothing here is written for one operation: what makes an order is read from the registry.  The
client's own checks run before the question (:meth:`Pionex.prepare
<pionex_wrapper.client.Pionex.prepare>`), so a refused argument never reaches the prompt.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from pionex_wrapper.operation import Operation, Param
    from pionex_wrapper.prepared import PreparedRequest

    from .session import Session


class Refused(Exception):
    """The command was not sent: the message says why (a read-only profile, no confirmation...)."""


class DryRun(Exception):
    """Raised after a dry run printed its request: nothing was sent (the command exits 0)."""


ORDER_RULES = ("price", "size", "amount")
"""The ``x-pionex-rule`` markers that make an operation an order (see :mod:`pionex_wrapper.rules`)."""

EFFECTS = {"write": "a write", "destructive": "a destructive change", "withdrawal": "a withdrawal"}
"""An operation's effect in words."""

PERCENT = Decimal("0.01")
"""The distance from the last price is shown in percent to two decimals (half to even)."""


def guard(session: Session, operation: Operation[Any], arguments: Mapping[str, Any]) -> None:
    """Return if ``operation`` may be sent with ``arguments``; raise :class:`Refused` or
    :class:`DryRun` otherwise.  Called only for operations whose effect is not ``read``.

    ``arguments`` are under the API's wire names (or the method's: what
    :func:`pionex_wrapper.registry.arguments` takes).  A refused argument raises the client's own
    :class:`~pionex_wrapper.errors.InvalidParameterError` (or ``MissingCredentialsError``) before
    any question is asked.
    """
    command = f"pionex {operation.command}"
    effect = EFFECTS.get(operation.effect, operation.effect)
    if session.profile.read_only:
        name = session.profile.name or "(unnamed)"
        raise Refused(f"{command} is {effect} and profile {name!r} is read-only: nothing was sent")
    if operation.effect == "withdrawal" and not session.allow_withdrawal:
        raise Refused(
            f"{command} sends money off the exchange: pass --allow-withdrawal as well to send it; nothing was sent"
        )
    if session.dry_run:
        prepared = session.client().prepare(operation.operation_id, arguments)
        _print_dry_run(session, operation, prepared)
        raise DryRun(f"{command}: dry run, nothing was sent")
    if session.yes:
        return
    if not session.interactive:
        raise Refused(
            f"{command} is {effect} and this is not a terminal: pass --yes to send it "
            "(or --dry-run to see it); nothing was sent"
        )
    prepared = session.client().prepare(operation.operation_id, arguments)  # refuses bad input before asking
    click.echo(summary(session, operation, prepared, arguments), err=True)
    try:
        confirmed = click.confirm("Send it?", default=False, err=True)
    except click.Abort as abort:  # click's answer to Ctrl-C or the end of input at the prompt
        if isinstance(abort.__context__, KeyboardInterrupt):
            raise KeyboardInterrupt from None  # interrupted (exit 130), not refused
        confirmed = False
    if not confirmed:
        raise Refused("not confirmed: nothing was sent")


# -- the dry run -------------------------------------------------------------------------------


def checks_passed(operation: Operation[Any], prepared: PreparedRequest) -> list[str]:
    """The client's checks the request passed, in words: the spec's rules on each input given, the
    ``x-pionex-requires`` and ``x-pionex-relations`` rules that applied, and the pair's trading
    rules if the client had loaded them."""
    checked = prepared.arguments
    wire = {p.name: p.wire for p in operation.params}
    given = [wire.get(name, name) for name in checked]
    lines = [f"inputs: {', '.join(given) or 'none'} (the spec's types, enums, ranges, lengths and patterns)"]
    for requirement in operation.requires:
        if requirement.applies(checked, lambda value: value is not None):
            wanted = [f"{wire.get(n, n)} given" for n in requirement.require]
            wanted += [f"{wire.get(n, n)} not given" for n in requirement.forbid]
            when = " and ".join(c.describe(wire.get(n, n)) for n, c in requirement.when)
            lines.append(f"requires: when {when}, {', '.join(wanted)}")
    for relation in operation.relations:
        if all(name in checked for name in relation.inputs):
            shown = ", ".join(wire.get(n, n) for n in relation.inputs)
            lines.append(f"relation: {shown} {'differ' if relation.must == 'differ' else 'in order'}")
    pair = prepared.pair_rules
    if pair is not None:
        parts = [
            f"{label} {format(value, 'f')}"
            for label, value in (
                ("price step", pair.price_step),
                ("size step", pair.size_step),
                ("amount step", pair.amount_step),
                ("LIMIT size from", pair.min_size),
                ("to", pair.max_size),
                ("MARKET size from", pair.min_market_size),
                ("to", pair.max_market_size),
            )
            if value is not None
        ]
        if pair.min_notional is not None and pair.market != "PERP":
            parts.append(f"minimum order value {format(pair.min_notional, 'f')} {pair.quote or ''}".rstrip())
        lines.append(f"market rules of {pair.symbol}: {', '.join(parts)}")
    elif _order_params(operation):
        lines.append("market rules: not loaded by the client (the exchange checks them)")
    return lines


def _print_dry_run(session: Session, operation: Operation[Any], prepared: PreparedRequest) -> None:
    body = prepared.body.decode("utf-8", errors="replace")
    checks = checks_passed(operation, prepared)
    if session.output == "json":
        click.echo(
            json.dumps(
                {
                    "dry_run": True,
                    "operation": operation.operation_id,
                    "command": operation.command,
                    "effect": operation.effect,
                    "method": prepared.method,
                    "url": prepared.url,
                    "headers": dict(prepared.headers),
                    "body": body,
                    "timestamp": prepared.timestamp,
                    "checks": checks,
                    "sent": False,
                },
                indent=2,
            )
        )
        return
    lines = [f"Dry run of pionex {operation.command} ({operation.effect}): nothing was sent.", ""]
    lines.append(f"{prepared.method} {prepared.url}")
    lines.extend(f"{name}: {value}" for name, value in prepared.headers)
    lines.append("")
    if body:
        lines.extend([body, ""])
    lines.append("Checks passed:")
    lines.extend(f"  {line}" for line in checks)
    click.echo("\n".join(lines))


# -- the confirmation --------------------------------------------------------------------------


def _order_params(operation: Operation[Any]) -> bool:
    """Whether the spec marks ``operation``'s inputs (or its list's items) as an order's."""
    return any(p.rule in ORDER_RULES for param in operation.params for p in (param, *(param.items or ())))


def _ruled(params: Sequence[Param], values: Mapping[str, Any]) -> dict[str, Any]:
    """The values of ``params`` that carry an ``x-pionex-rule``, by rule."""
    return {p.rule: values[p.name] for p in params if p.rule is not None and values.get(p.name) is not None}


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _plain(value: Decimal) -> str:
    return format(value, "f")


def last_price(session: Session, operation: Operation[Any], symbol: str) -> Decimal | None:
    """The pair's last price, read with the public tickers call (None if it could not be read)."""
    from pionex_wrapper.errors import PionexError

    market = next((p.market for p in operation.params if p.rule == "symbol"), None)
    query: dict[str, Any] = {"symbol": symbol}
    if market is not None:
        query["type"] = market
    try:
        tickers = session.client().invoke("getTickers", query).tickers
    except PionexError:
        return None
    close = next((t.close for t in tickers if t.symbol == symbol), None)
    return close if isinstance(close, Decimal) and close > 0 else None


def percent_from(price: Decimal, reference: Decimal) -> Decimal:
    """How far ``price`` is from ``reference``, in percent of it, to two decimals (half to even)."""
    return (abs(price - reference) * 100 / reference).quantize(PERCENT, rounding=ROUND_HALF_EVEN)


def distance(price: Decimal, last: Decimal, quote: str) -> str:
    """How far ``price`` is from ``last``, in percent to two decimals (half to even) and exactly in
    the quote coin: ``2.02% below the last price 61234.5 (-1234.5 USDT)``."""
    difference = price - last
    percent = percent_from(price, last)
    where = "above" if difference > 0 else "below" if difference < 0 else "at"
    sign = "+" if difference > 0 else ""
    return f"{percent}% {where} the last price {_plain(last)} ({sign}{_plain(difference)} {quote})"


def order_lines(
    values: Mapping[str, Any], symbol: str, quote: str, base: str, last: Decimal | None, indent: str = "  "
) -> list[str]:
    lines: list[str] = []
    for rule, label in (("side", "side"), ("type", "type")):
        if rule in values:
            lines.append(f"{indent}{label:<9}{values[rule]}")
    price, size, amount = (_decimal(values[r]) if r in values else None for r in ORDER_RULES)
    if size is not None:
        lines.append(f"{indent}{'size':<9}{_plain(size)} {base}")
    if price is not None:
        lines.append(f"{indent}{'price':<9}{_plain(price)} {quote}")
    if amount is not None:
        lines.append(f"{indent}{'amount':<9}{_plain(amount)} {quote}")
    if price is not None and size is not None:
        lines.append(f"{indent}{'notional':<9}{_plain(price * size)} {quote}")
    elif amount is not None:
        lines.append(f"{indent}{'notional':<9}{_plain(amount)} {quote}")
    elif size is not None and last is not None:
        lines.append(f"{indent}{'notional':<9}about {_plain(last * size)} {quote} at the last price")
    if price is not None and last is not None:
        lines.append(f"{indent}{'distance':<9}{distance(price, last, quote)}")
    elif last is not None:
        lines.append(f"{indent}{'last':<9}{_plain(last)} {quote}")
    return lines


def summary(
    session: Session, operation: Operation[Any], prepared: PreparedRequest, arguments: Mapping[str, Any]
) -> str:
    """The plain summary shown before the question."""
    profile = session.profile
    where = f"profile {profile.name!r}" if profile.name else "the given credentials"
    effect = EFFECTS.get(operation.effect, operation.effect)
    lines = [f"pionex {operation.command}: {effect} on {where} at {prepared.url.split('?')[0]}"]
    if operation.summary:
        lines.append(f"  {operation.summary}")
    checked = prepared.arguments
    if _order_params(operation):
        top = _ruled(operation.params, checked)
        symbol = str(top.get("symbol", ""))
        pair = prepared.pair_rules
        base, _, rest = symbol.partition("_")
        quote = (pair.quote if pair is not None and pair.quote else rest.split("_")[0]) or "quote coin"
        base = (pair.base if pair is not None and pair.base else base) or "base coin"
        last = last_price(session, operation, symbol) if symbol else None
        lines.append(f"  {'pair':<9}{symbol}")
        lines.extend(order_lines(top, symbol, quote, base, last))
        for param in operation.params:
            items = checked.get(param.name)
            if param.items is None or not isinstance(items, list):
                continue
            for index, item in enumerate(items):
                lines.append(f"  {param.wire}[{index}]")
                lines.extend(order_lines(_ruled(param.items, item), symbol, quote, base, last, "    "))
        if last is None:
            lines.append("  (the last price could not be read)")
    else:
        for key, value in arguments.items():
            shown = value if isinstance(value, str) else json.dumps(value, default=str)
            lines.append(f"  {key} = {shown}")
    return "\n".join(lines)
