"""The tools a server lists and how a call reaches the client.

Every operation of the registry is a tool (:mod:`pionex_mcp.schema`), filtered by the operator's
modules and by whether writes are on; a read is sent at once (:meth:`AsyncPionex.invoke`, so the
client's rate limiter, retries and clock apply), anything else goes to the guard
(:mod:`pionex_mcp.guard`), which prepares it and hands back a token.  The guard's own tools
(``confirm``, ``kill_switch``) and the live tools (:mod:`pionex_mcp.live`) are added beside them.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import mcp_types as types

from pionex_wrapper.errors import PionexError

from . import results, schema

if TYPE_CHECKING:
    from pionex_wrapper import AsyncPionex
    from pionex_wrapper.operation import Operation

    from .config import ServerConfig
    from .guard import Guard
    from .live import Live

logger = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], Awaitable[types.CallToolResult]]


@dataclass(frozen=True)
class ToolEntry:
    """One listed tool: what the client sees, how a call is answered, and its module (the
    top-level area ``--modules`` selects by)."""

    tool: types.Tool
    call: Handler
    module: str
    operation: Operation[Any] | None = None


def operation_tool(operation: Operation[Any]) -> types.Tool:
    """The MCP tool of one registry operation."""
    name = operation.tool_name
    if schema.TOOL_NAME.fullmatch(name) is None:  # the naming rule keeps to MCP's alphabet; a test checks every one
        raise ValueError(f"{operation.operation_id}: tool name {name!r} is not MCP-safe")
    return types.Tool(
        name=name,
        title=operation.summary or None,
        description=schema.description(operation),
        input_schema=schema.input_schema(operation),
        output_schema=schema.output_schema(operation),
        annotations=types.ToolAnnotations(**schema.tool_annotations(operation)),
    )


def listed(config: ServerConfig, operation: Operation[Any]) -> bool:
    """Whether ``operation`` is listed under ``config``: in a selected module, and a read unless
    writes are on (a withdrawal only with its own switch as well)."""
    if config.modules is not None and operation.words[0] not in config.modules:
        return False
    if operation.effect == "read":
        return True
    if not config.writes:
        return False
    return operation.effect != "withdrawal" or config.allow_withdrawal


class Tools:
    """The server's tools, by name."""

    def __init__(self, config: ServerConfig, client: AsyncPionex, guard: Guard, live: Live) -> None:
        from pionex_wrapper import registry

        self.config = config
        self.client = client
        self.guard = guard
        self.live = live
        self.entries: dict[str, ToolEntry] = {}
        for operation in registry.operations():
            if listed(config, operation):
                self._add(ToolEntry(operation_tool(operation), self._handler(operation), operation.words[0], operation))
        for entry in (*guard.tools(), *live.tools()):
            if config.modules is None or entry.module in config.modules or entry.module == "guard":
                self._add(entry)

    def _add(self, entry: ToolEntry) -> None:
        name = entry.tool.name
        if name in self.entries:
            raise ValueError(f"two tools are named {name!r}")
        self.entries[name] = entry

    def _handler(self, operation: Operation[Any]) -> Handler:
        if operation.effect != "read":

            async def prepare(arguments: dict[str, Any]) -> types.CallToolResult:
                return await self.guard.prepare(operation, arguments)

            return prepare

        async def read(arguments: dict[str, Any]) -> types.CallToolResult:
            try:
                reply = await self.client.invoke(operation.operation_id, arguments)
            except PionexError as failure:  # every failure of the client is one: the agent's to read
                return results.error(failure)
            return results.success(reply)

        return read

    def list(self) -> list[types.Tool]:
        """The listed tools, in the registry's order, the guard's and live tools after."""
        return [entry.tool for entry in self.entries.values()]

    async def call(self, name: str, arguments: dict[str, Any] | None) -> types.CallToolResult:
        """Answer a call of the tool ``name``; an unknown (or unlisted) tool is a tool error, and so
        is anything a tool raises (its class and message, the profile's key and secret hidden):
        an agent reads a tool error, where a protocol error would end its turn."""
        entry = self.entries.get(name)
        if entry is None:
            return results.refusal(
                {
                    "error": "UnknownTool",
                    "message": f"{name!r} is not a tool of this server"
                    + ("" if self.config.writes else " (writes are off: only read-only tools are listed)"),
                }
            )
        try:
            return await entry.call(dict(arguments or {}))
        except Exception as failure:  # noqa: BLE001 - a tool error the agent can read, never a crash of the session
            logger.warning("pionex-mcp: tool %s failed: %s", name, type(failure).__name__)
            return results.error(failure, hide=(self.config.profile.api_key, self.config.profile.secret_key))

    def input_schema(self, name: str) -> dict[str, Any] | None:
        """The input schema of the listed tool ``name`` (None: no such tool), for the SDK's
        validation of ``Mcp-Param-*`` headers without listing every tool."""
        entry = self.entries.get(name)
        return None if entry is None else entry.tool.input_schema
