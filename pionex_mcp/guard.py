"""What stands between an agent and real money: prepare/confirm tokens, the operator's limits,
the pair allow-list, the kill switch and the audit log.

A write is two calls.  The operation's own tool *prepares* it: every check of the client runs
(:meth:`AsyncPionex.prepare`: the spec's types and rules, the pair's rules if loaded), the
arguments are normalised as the client would send them, a client order id is fixed where the
operation has one, the operator's limits are applied (:mod:`pionex_mcp.limits`), and nothing is
sent; the answer is a plain summary and a single-use token bound to exactly those arguments, valid
for ``token_ttl`` seconds and only in this server process (tokens live in its memory).  The
``confirm`` tool takes the token and sends exactly that, after the limits are checked once more
(prices move, and other confirms add to the day's total).  A token is spent by its first confirm
whatever happens: an ambiguous failure is reconciled by the fixed client order id (the client's
own reconciliation), never sent again blind.  A changed argument needs a new prepare: ``confirm``
takes a token and nothing else.

The ``kill_switch`` tool cancels every open spot and futures order at once, without a
confirmation (it only reduces risk), and says what it did not touch: running bots, open futures
positions, earn products.

Every prepare, confirm, refusal and kill is a line of the audit log (:mod:`pionex_mcp.audit`),
which also rebuilds the day's notional at start.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import mcp_types as types

from pionex_cli.safety import EFFECTS, _order_lines
from pionex_client import Unset
from pionex_wrapper.errors import OrderOutcomeError, PionexConnectionError, PionexError

from . import limits as limiting
from . import results
from .audit import AuditLog, token_hash, utc_day

if TYPE_CHECKING:
    from pionex_wrapper import AsyncPionex
    from pionex_wrapper.operation import Operation, Param

    from .config import ServerConfig
    from .tools import ToolEntry

CONFIRM_TOOL = "confirm"
KILL_TOOL = "kill_switch"

KILL_OPERATIONS = {
    "spot_balances": "getBalances",
    "spot_pairs": "getSymbols",
    "spot_open_orders": "getOpenOrders",
    "spot_cancel_all": "cancelAllOrders",
    "futures_open_orders": "futuresGetOpenOrders",
    "futures_cancel_all": "futuresCancelAllOrders",
    "bots": "botOrdersList",
}
"""The one table of operations the kill switch calls (nothing else in the guard names one)."""

KILL_CONCURRENCY = 8
"""How many spot pairs' open orders the kill switch reads at once (the client's rate limiter
paces them as it paces every call)."""

KILL_PASSES = 5
"""How many times the kill switch lists the open futures orders (a list is one page)."""

NOT_TOUCHED = (
    "running bots (stop them with their own cancel tools)",
    "open futures positions (orders are cancelled, positions are not closed)",
    "earn products and transfers",
)

PREPARED_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "prepared": {"type": "boolean"},
        "sent": {"type": "boolean"},
        "tool": {"type": "string"},
        "effect": {"type": "string"},
        "summary": {"type": "string"},
        "arguments": {"type": "object"},
        "request": {"type": "string"},
        "notional": {"type": ["string", "null"]},
        "checks": {"type": "array", "items": {"type": "string"}},
        "token": {"type": "string"},
        "expiresInSeconds": {"type": "number"},
        "next": {"type": "string"},
    },
    "required": ["prepared", "sent", "tool", "token"],
}
"""The structured result of a write tool's call (a prepare), for its output schema."""


@dataclass(frozen=True)
class Prepared:
    """A write prepared and waiting for its confirm."""

    operation: Operation[Any]
    arguments: dict[str, Any]
    """The checked arguments, under the method's names, exactly as they will be sent."""
    expires: float
    """``clock()`` after which the token is refused."""


class Guard:
    """Prepares writes, confirms them by token, kills every open order, keeps the audit log (see
    the module's docstring).  ``clock`` (monotonic seconds) times the tokens; ``wall`` (epoch
    seconds) stamps the audit log and tells the UTC day."""

    def __init__(
        self,
        config: ServerConfig,
        client: AsyncPionex,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.client = client
        self.clock = clock
        self.wall = wall
        self.pending: dict[str, Prepared] = {}
        self.audit = AuditLog(config.audit_path(), wall=wall)
        self.days = self.audit.daily_totals() if config.writes else {}
        """The notional confirmed on each UTC day, rebuilt from the audit log at start (when writes
        are on: a log that cannot be read then stops the server from starting)."""
        self._checking = asyncio.Lock()

    # -- tools ---------------------------------------------------------------------------------

    def tools(self) -> list[ToolEntry]:
        """The guard's own tools, ``confirm`` and ``kill_switch``, listed when writes are on."""
        from .tools import ToolEntry

        if not self.config.writes:
            return []
        confirm = types.Tool(
            name=CONFIRM_TOOL,
            description=(
                "Send a write prepared by another tool of this server: give the token it returned. "
                "A token is good once, for a short time, only in this server process, and only for "
                "exactly the prepared arguments (to change one, call the write's tool again)."
            ),
            input_schema={
                "type": "object",
                "properties": {"token": {"type": "string", "minLength": 1, "maxLength": 128}},
                "required": ["token"],
                "additionalProperties": False,
            },
            annotations=types.ToolAnnotations(
                title="Confirm a prepared write",
                read_only_hint=False,
                destructive_hint=True,
                idempotent_hint=False,
                open_world_hint=True,
            ),
        )
        kill = types.Tool(
            name=KILL_TOOL,
            description=(
                "Kill switch: cancel every open spot and futures order of the account at once, with no "
                "confirmation (it only reduces risk). Says what it cancelled and what it did not touch: "
                "running bots, open futures positions, earn products."
            ),
            input_schema={"type": "object", "properties": {}, "additionalProperties": False},
            annotations=types.ToolAnnotations(
                title="Cancel every open order",
                read_only_hint=False,
                destructive_hint=True,
                idempotent_hint=True,
                open_world_hint=True,
            ),
        )
        return [ToolEntry(confirm, self.confirm, "guard"), ToolEntry(kill, self.kill, "guard")]

    # -- prepare -------------------------------------------------------------------------------

    def day_total(self) -> Decimal:
        """The notional confirmed so far this UTC day."""
        return self.days.get(utc_day(self.wall()), Decimal(0))

    def _refuse(self, stage: str, operation: Operation[Any] | None, body: dict[str, Any]) -> types.CallToolResult:
        fields: dict[str, Any] = {"stage": stage, **body}
        if operation is not None:
            fields = {"tool": operation.tool_name, "operation": operation.operation_id, **fields}
        try:
            self.audit.write("refusal", fields)
        except OSError as failure:
            body = {**body, "audit": f"the refusal could not be written to the audit log: {failure.strerror}"}
        return results.refusal(body)

    async def prepare(self, operation: Operation[Any], arguments: dict[str, Any]) -> types.CallToolResult:
        """Check ``arguments`` for ``operation`` and the operator's limits; return a summary and a
        token.  Nothing is sent."""
        try:
            prepared = self.client.prepare(operation.operation_id, arguments)
        except PionexError as failure:
            error = results.error(failure)
            self._refuse("prepare", operation, _body(error))
            return error
        checked = dict(prepared.arguments)
        try:
            found = await limiting.assess(
                operation, checked, self.config.limits, self.client, day_total=self.day_total()
            )
        except limiting.Refusal as refusal:
            return self._refuse("prepare", operation, refusal.body)
        token = secrets.token_urlsafe(24)
        wire = api_named(operation.params, checked)
        request = f"{prepared.method} {prepared.url.split('?')[0]}"
        try:
            self.audit.write(
                "prepare",
                {
                    "token": token_hash(token),
                    "tool": operation.tool_name,
                    "operation": operation.operation_id,
                    "effect": operation.effect,
                    "arguments": wire,
                    "notional": found.notional,
                    "request": request,
                },
            )
        except OSError as failure:
            return results.refusal(
                {
                    "error": "AuditLogError",
                    "message": f"the audit log cannot be written ({failure.strerror}): nothing was prepared",
                }
            )
        self._expire()
        self.pending[token] = Prepared(operation, checked, self.clock() + self.config.token_ttl)
        return results.success(
            {
                "prepared": True,
                "sent": False,
                "tool": operation.tool_name,
                "effect": operation.effect,
                "summary": summary(operation, checked, found, request),
                "arguments": wire,
                "request": request,
                "notional": found.notional,
                "checks": found.checks,
                "token": token,
                "expiresInSeconds": self.config.token_ttl,
                "next": f"call the {CONFIRM_TOOL} tool with this token to send exactly this",
            }
        )

    def _expire(self) -> None:
        now = self.clock()
        for token in [t for t, p in self.pending.items() if p.expires <= now]:
            del self.pending[token]

    # -- confirm -------------------------------------------------------------------------------

    async def confirm(self, arguments: dict[str, Any]) -> types.CallToolResult:
        """Send the write the token was given for (the token is spent whatever happens)."""
        token = arguments.get("token")
        prepared = self.pending.pop(token, None) if isinstance(token, str) else None
        hashed = token_hash(token) if isinstance(token, str) else None
        if prepared is not None and set(arguments) != {"token"}:
            return self._refuse(
                "confirm",
                prepared.operation,
                {
                    "error": "ChangedArguments",
                    "token": hashed,
                    "message": "confirm takes the token alone and sends exactly what was prepared; to change "
                    "an argument, call the write's tool again (this token is now spent)",
                },
            )
        if prepared is None or prepared.expires <= self.clock():
            return self._refuse(
                "confirm",
                prepared.operation if prepared is not None else None,
                {
                    "error": "InvalidToken",
                    "token": hashed,
                    "message": "the token is unknown, spent or expired (tokens are good once, for "
                    f"{self.config.token_ttl:g} s, in the server process that made them): prepare the write again",
                },
            )
        operation = prepared.operation
        async with self._checking:  # two confirms at once cannot both fit under the day's limit
            try:
                found = await limiting.assess(
                    operation, prepared.arguments, self.config.limits, self.client, day_total=self.day_total()
                )
            except limiting.Refusal as refusal:
                return self._refuse("confirm", operation, {**refusal.body, "token": hashed})
            notional = found.notional or Decimal(0)
            day = utc_day(self.wall())
            self.days[day] = self.days.get(day, Decimal(0)) + notional  # reserved until the outcome is known
        record: dict[str, Any] = {
            "token": hashed,
            "tool": operation.tool_name,
            "operation": operation.operation_id,
            "notional": found.notional,
        }
        try:  # written before it goes: a crash while sending still counts it toward the day
            self.audit.write("confirm", {**record, "outcome": "sending", "counted": notional > 0})
        except OSError as failure:
            self.days[day] -= notional
            return results.refusal(
                {
                    "error": "AuditLogError",
                    "message": f"the audit log cannot be written ({failure.strerror}): nothing was sent "
                    "(the token is spent: prepare the write again)",
                }
            )
        try:
            reply = await self.client.invoke(operation.operation_id, prepared.arguments)
        except PionexError as failure:
            # An order whose fate is unknown counts toward the day (it may exist); a refused one does not.
            unknown = isinstance(failure, (OrderOutcomeError, PionexConnectionError))
            if not unknown:
                self.days[day] -= notional
            error = results.error(failure)
            self._write_confirm(
                {
                    **record,
                    "outcome": "unknown" if unknown else "refused",
                    "counted": unknown and notional > 0,
                    "error": _body(error),
                }
            )
            return error
        result = results.success(reply)
        self._write_confirm({**record, "outcome": "sent", "counted": notional > 0, "reply": result.structured_content})
        return result

    def _write_confirm(self, fields: dict[str, Any]) -> None:
        try:
            self.audit.write("confirm", fields)
        except OSError:  # what was sent was sent: the reply still goes back to the agent
            pass

    # -- kill switch ---------------------------------------------------------------------------

    async def kill(self, arguments: dict[str, Any]) -> types.CallToolResult:
        """Cancel every open spot and futures order; say what was cancelled and what was not touched."""
        report: dict[str, Any] = {"cancelled": {"spot": [], "futures": []}, "failed": [], "notTouched": []}

        async def call(operation_id: str, query: dict[str, Any]) -> Any:
            try:
                return await self.client.invoke(operation_id, query)
            except PionexError as failure:
                report["failed"].append(
                    {"operation": operation_id, "arguments": query, **_body(results.error(failure))}
                )
                return None

        # Futures: a list of every open order, one cancel-all per pair holding any, until none is
        # left (a list holds at most a page of orders).
        done: set[str] = set()
        for _ in range(KILL_PASSES):
            futures_open = await call(KILL_OPERATIONS["futures_open_orders"], {})
            futures_pairs = _count(getattr(futures_open, "orders", None) or ())
            fresh = sorted(pair for pair in futures_pairs if pair not in done)
            for pair in fresh:
                done.add(pair)
                failures = len(report["failed"])
                await call(KILL_OPERATIONS["futures_cancel_all"], {"symbol": pair})
                if len(report["failed"]) == failures:
                    report["cancelled"]["futures"].append({"symbol": pair, "orders": futures_pairs[pair]})
            if not fresh:
                break
        # Spot: the open orders of every pair that may hold one (a coin is frozen by an open order).
        candidates = await self._spot_candidates(call)
        gate = asyncio.Semaphore(KILL_CONCURRENCY)

        async def open_on(pair: str) -> tuple[str, int]:
            async with gate:
                reply = await call(KILL_OPERATIONS["spot_open_orders"], {"symbol": pair})
            return pair, len(getattr(reply, "orders", None) or ())

        counts = await asyncio.gather(*(open_on(pair) for pair in sorted(candidates)))
        for pair, count in counts:
            if count:
                failures = len(report["failed"])
                await call(KILL_OPERATIONS["spot_cancel_all"], {"symbol": pair})
                if len(report["failed"]) == failures:
                    report["cancelled"]["spot"].append({"symbol": pair, "orders": count})
        try:  # what was left alone: a failure here cancels nothing and leaves nothing open
            bots = await self.client.invoke(KILL_OPERATIONS["bots"], {"status": "running"})
        except PionexError as failure:
            bots = None
            report["runningBotsUnknown"] = _body(results.error(failure))
        running = [
            {
                "buOrderId": getattr(bot, "bu_order_id", None),
                "type": getattr(bot, "bu_order_type", None),
                "pair": f"{getattr(bot, 'base', '')}_{getattr(bot, 'quote', '')}",
            }
            for bot in getattr(bots, "results", None) or ()
        ]
        report["notTouched"] = list(NOT_TOUCHED)
        report["runningBots"] = running
        report["spotPairsChecked"] = len(candidates)
        report["complete"] = not report["failed"]
        try:
            self.audit.write("kill", report)
        except OSError as failure:
            report["audit"] = f"the kill could not be written to the audit log: {failure.strerror}"
        if report["failed"]:
            return results.refusal({"error": "KillIncomplete", "message": "some cancels failed: see failed", **report})
        return results.success(report)

    async def _spot_candidates(self, call: Callable[[str, dict[str, Any]], Any]) -> set[str]:
        """The spot pairs that may hold an open order: those of a coin with a frozen balance, the
        allow-list's, and those of every spot order this server prepared (from the audit log)."""
        candidates = {p for p in self.config.limits.symbols or () if not p.endswith("_PERP")}
        for line in self.audit.lines():
            pair = (line.get("arguments") or {}).get("symbol") if isinstance(line.get("arguments"), dict) else None
            if line.get("event") == "prepare" and isinstance(pair, str) and not pair.endswith("_PERP"):
                candidates.add(pair)
        balances = await call(KILL_OPERATIONS["spot_balances"], {})
        frozen = {
            b.coin for b in getattr(balances, "balances", None) or () if isinstance(b.frozen, Decimal) and b.frozen > 0
        }
        if frozen:
            listing = await call(KILL_OPERATIONS["spot_pairs"], {"type": "SPOT"})
            for pair in getattr(listing, "symbols", None) or ():
                if pair.base_currency in frozen or pair.quote_currency in frozen:
                    candidates.add(pair.symbol)
        return candidates


def _count(orders: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    for order in orders:
        symbol = getattr(order, "symbol", None)
        if isinstance(symbol, str):
            counts[symbol] = counts.get(symbol, 0) + 1
    return counts


def _body(result: types.CallToolResult) -> dict[str, Any]:
    text = result.content[0]
    parsed = json.loads(text.text) if isinstance(text, types.TextContent) else {}
    return parsed if isinstance(parsed, dict) else {"error": str(parsed)}


def _wire(operation: Operation[Any], name: str) -> str:
    return next((p.wire for p in operation.params if p.name == name), name)


def api_named(params: Sequence[Param], values: Mapping[str, Any]) -> dict[str, Any]:
    """Checked arguments (method names, nested objects and lists too) under the API's names, with
    the inputs left unset dropped: what a summary, a prepare's answer and the audit log show."""
    by_name = {p.name: p for p in params}
    out: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, Unset):
            continue
        param = by_name.get(name)
        nested = (param.items or param.fields) if param is not None else None
        if nested and isinstance(value, Mapping):
            value = api_named(nested, value)
        elif nested and isinstance(value, list):
            value = [api_named(nested, item) if isinstance(item, Mapping) else item for item in value]
        out[param.wire if param is not None else name] = value
    return out


def summary(operation: Operation[Any], arguments: Mapping[str, Any], found: limiting.Assessment, request: str) -> str:
    """The plain summary of a prepared write: for an order the pair, side, type, size, price, the
    notional and the distance from the reference price (the command line's confirmation lines);
    for any other write its arguments."""
    effect = EFFECTS.get(operation.effect, operation.effect)
    lines = [f"{operation.tool_name}: {effect} ({request})"]
    if operation.summary:
        lines.append(f"  {operation.summary}")
    if found.orders:
        for index, order in enumerate(found.orders):
            base, _, rest = order.symbol.partition("_")
            quote = rest.split("_")[0] or "quote coin"
            values = {
                k: v
                for k, v in (
                    ("side", order.side),
                    ("type", order.type),
                    ("price", order.price),
                    ("size", order.size),
                    ("amount", order.amount),
                )
                if v is not None
            }
            reference = found.references.get(order.symbol)
            head = f"  order {index + 1}" if len(found.orders) > 1 else "  pair"
            lines.append(f"{head:<11}{order.symbol}" if len(found.orders) == 1 else f"{head}: {order.symbol}")
            kind = limiting.REFERENCE.get(order.market, "last")
            shown = _order_lines(
                values, order.symbol, quote, base or "base coin", reference, "    " if len(found.orders) > 1 else "  "
            )
            lines.extend(
                line.replace("the last price", f"the {kind} price").replace("at the last price", f"at the {kind} price")
                for line in shown
            )
            if reference is None:
                lines.append(f"  (the {kind} price could not be read)")
        if found.notional is not None and len(found.orders) > 1:
            lines.append(f"  total notional {format(found.notional, 'f')}")
    else:
        for key, value in api_named(operation.params, arguments).items():
            text = value if isinstance(value, str) else json.dumps(results.jsonable(value), ensure_ascii=False)
            lines.append(f"  {key} = {text}")
    lines.extend(f"  checked: {check}" for check in found.checks)
    return "\n".join(lines)
