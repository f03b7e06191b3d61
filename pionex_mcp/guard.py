"""What stands between an agent and real money (SEAM: the guard helper completes the limits, the
kill switch, the audit log and their tests; prepare/confirm below already work).

A write is two calls.  The operation's own tool *prepares* it: every check of the client runs
(:meth:`AsyncPionex.prepare`: the spec's types and rules, the pair's rules if loaded), the
arguments are normalised as the client would send them, a client order id is fixed where the
operation has one, and nothing is sent; the answer is a plain summary and a single-use token
bound to exactly those arguments, valid for ``token_ttl`` seconds and only in this server
process.  The ``confirm`` tool takes the token and sends exactly that.  A token is spent by its
first confirm whatever happens: an ambiguous failure is reconciled by the fixed client order id
(the client's own reconciliation), never sent again blind.  A changed argument needs a new prepare.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import mcp_types as types

from pionex_wrapper.errors import PionexError

from . import results

if TYPE_CHECKING:
    from pionex_wrapper import AsyncPionex
    from pionex_wrapper.operation import Operation

    from .config import ServerConfig
    from .tools import ToolEntry

CONFIRM_TOOL = "confirm"
KILL_TOOL = "kill_switch"


@dataclass(frozen=True)
class Prepared:
    """A write prepared and waiting for its confirm."""

    operation: Operation[Any]
    arguments: dict[str, Any]
    """The checked arguments, under the method's names, exactly as they will be sent."""
    expires: float
    """``time.monotonic()`` after which the token is refused."""


class Guard:
    """Prepares writes, confirms them by token (see the module's docstring)."""

    def __init__(
        self, config: ServerConfig, client: AsyncPionex, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.config = config
        self.client = client
        self.clock = clock
        self.pending: dict[str, Prepared] = {}

    def tools(self) -> list[ToolEntry]:
        """The guard's own tools: ``confirm`` (and, SEAM, ``kill_switch``), listed when writes are on."""
        from .tools import ToolEntry

        if not self.config.writes:
            return []
        confirm = types.Tool(
            name=CONFIRM_TOOL,
            description=(
                "Send a write prepared by another tool of this server: give the token it returned. "
                "A token is good once, for a short time, and only for exactly the prepared arguments."
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
        return [ToolEntry(confirm, self.confirm, "guard")]

    async def prepare(self, operation: Operation[Any], arguments: dict[str, Any]) -> types.CallToolResult:
        """Check ``arguments`` for ``operation`` and return a summary and a token; nothing is sent."""
        try:
            prepared = self.client.prepare(operation.operation_id, arguments)
        except PionexError as failure:
            return results.error(failure)
        token = secrets.token_urlsafe(24)
        self._expire()
        self.pending[token] = Prepared(operation, dict(prepared.arguments), self.clock() + self.config.token_ttl)
        return results.success(
            {
                "prepared": True,
                "sent": False,
                "tool": operation.tool_name,
                "effect": operation.effect,
                "arguments": {_wire(operation, k): v for k, v in prepared.arguments.items()},
                "request": f"{prepared.method} {prepared.url.split('?')[0]}",
                "token": token,
                "expiresInSeconds": self.config.token_ttl,
                "next": f"call the {CONFIRM_TOOL} tool with this token to send exactly this",
            }
        )

    def _expire(self) -> None:
        now = self.clock()
        for token in [t for t, p in self.pending.items() if p.expires <= now]:
            del self.pending[token]

    async def confirm(self, arguments: dict[str, Any]) -> types.CallToolResult:
        """Send the write the token was given for (the token is spent whatever happens)."""
        token = arguments.get("token")
        prepared = self.pending.pop(token, None) if isinstance(token, str) else None
        if prepared is None or prepared.expires <= self.clock():
            return results.refusal(
                {
                    "error": "InvalidToken",
                    "message": "the token is unknown, spent or expired (tokens are good once, for "
                    f"{self.config.token_ttl:g} s, in the server process that made them): prepare the write again",
                }
            )
        try:
            reply = await self.client.invoke(prepared.operation.operation_id, prepared.arguments)
        except PionexError as failure:
            return results.error(failure)
        return results.success(reply)


def _wire(operation: Operation[Any], name: str) -> str:
    return next((p.wire for p in operation.params if p.name == name), name)
