"""The MCP server: the official SDK's low-level ``Server`` answering ``tools/list`` and
``tools/call`` from :class:`~pionex_mcp.tools.Tools`, over stdio or streamable HTTP.

    pionex-mcp --sandbox                       # stdio, read-only tools, against pionex sandbox
    pionex-mcp --profile main --allow-writes --max-order-notional 100 --symbols BTC_USDT
    pionex-mcp --transport http --port 8765    # http://127.0.0.1:8765/mcp

The client behind every tool is one :class:`~pionex_wrapper.AsyncPionex` made from the profile,
so its rate limiter, retries, clock and order reconciliation apply to every call.
"""

from __future__ import annotations

import contextlib
import hmac
import sys
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

import mcp_types as types
from mcp.server.lowlevel import Server

from .config import ServerConfig

if TYPE_CHECKING:
    from pionex_wrapper import AsyncPionex

    from .tools import Tools

NAME = "pionex"
INSTRUCTIONS = (
    "Tools for the Pionex exchange, one per Open API operation, named by area then operation "
    "(market_depth, trade_new_order, futures_trade_place_order). Inputs use the API's names; decimals "
    'are strings of digits ("0.001"), in inputs and answers. Reads run at once. Writes are listed '
    "only when the operator enabled them: a write tool returns a summary and a single-use token, and "
    "nothing is sent until the confirm tool is called with that token. A refusal is a tool error "
    "naming the Pionex code or the refused input."
)


def make_client(config: ServerConfig) -> AsyncPionex:
    """The asynchronous client for the configured profile (its key, secret and base URL only:
    the environment's credentials were already weighed by the profile rule)."""
    from pionex_wrapper import AsyncPionex
    from pionex_wrapper.profiles import profile_environment

    options: dict[str, Any] = {}
    if config.profile.base_url is not None:
        options["base_url"] = config.profile.base_url
    with profile_environment():
        return AsyncPionex(config.profile.api_key, config.profile.secret_key, **options)


def build(config: ServerConfig, client: AsyncPionex | None = None) -> tuple[Server[Any], Tools]:
    """The server and its tools for ``config`` (``client``: the one to use, else one made from
    the profile; the caller closes it, see :func:`serving`)."""
    from .guard import Guard
    from .live import Live
    from .tools import Tools

    client = client if client is not None else make_client(config)
    guard = Guard(config, client)
    live = Live(config, client)
    tools = Tools(config, client, guard, live)

    async def list_tools(ctx: Any, params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
        return types.ListToolsResult(tools=tools.list())

    async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        return await tools.call(params.name, params.arguments)

    server: Server[Any] = Server(
        NAME,
        version=_version(),
        instructions=INSTRUCTIONS,
        get_tool_input_schema=tools.input_schema,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )
    return server, tools


def _version() -> str:
    from pionex_wrapper._version import __version__

    return __version__


@contextlib.asynccontextmanager
async def serving(config: ServerConfig, client: AsyncPionex | None = None) -> AsyncIterator[tuple[Server[Any], Tools]]:
    """:func:`build`, closing the live subscriptions and the client (if made here) on exit."""
    server, tools = build(config, client)
    try:
        yield server, tools
    finally:
        await tools.live.aclose()
        if client is None:
            await tools.client.aclose()


async def run_stdio(config: ServerConfig) -> None:
    """Serve one client over stdin/stdout until it closes them."""
    from mcp.server.stdio import stdio_server

    async with serving(config) as (server, _), stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


class BearerToken:
    """ASGI middleware: every request must carry ``Authorization: Bearer <token>`` (compared in
    constant time); anything else is answered 401 before it reaches the MCP app."""

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self.expected = token.encode()

    def allows(self, header: bytes) -> bool:
        """Whether an ``Authorization`` header carries the token (the scheme in any case, as HTTP
        allows; the token compared in constant time)."""
        scheme, _, given = header.strip().partition(b" ")
        return scheme.lower() == b"bearer" and hmac.compare_digest(given.strip(), self.expected)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            given = dict(scope.get("headers") or ()).get(b"authorization", b"")
            if not self.allows(given):
                await send(
                    {
                        "type": "http.response.start",
                        "status": 401,
                        "headers": [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")],
                    }
                )
                await send({"type": "http.response.body", "body": b'{"error":"a bearer token is required"}'})
                return
        await self.app(scope, receive, send)


def http_app(config: ServerConfig, server: Server[Any]) -> Any:
    """The streamable HTTP ASGI app (at ``/mcp``), behind the bearer token when one is set."""
    app = server.streamable_http_app(host=config.host)
    return BearerToken(app, config.http_token) if config.http_token else app


async def run_http(config: ServerConfig) -> None:
    """Serve streamable HTTP at ``http://HOST:PORT/mcp`` until interrupted."""
    import uvicorn

    async with serving(config) as (server, _):
        shown = f"[{config.host}]" if ":" in config.host else config.host
        print(
            f"pionex-mcp: streamable HTTP at http://{shown}:{config.port}/mcp"
            + (" (bearer token required)" if config.http_token else ""),
            file=sys.stderr,
        )
        uv = uvicorn.Server(
            uvicorn.Config(http_app(config, server), host=config.host, port=config.port, log_level="warning")
        )
        await uv.serve()


def _effect_of(tool: types.Tool) -> str:
    """The effect of a tool that is not an operation (a live or guard tool), from its annotations."""
    hints = tool.annotations
    if hints is not None and hints.read_only_hint:
        return "read"
    return "destructive" if hints is None or hints.destructive_hint else "write"


async def print_tools(config: ServerConfig) -> None:
    """``--list-tools``: one line per listed tool (name, effect, module), nothing sent."""
    async with serving(config) as (_, tools):
        for name, entry in tools.entries.items():
            effect = entry.operation.effect if entry.operation is not None else _effect_of(entry.tool)
            print(f"{name:48} {effect:12} {entry.module}")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the flags and serve (see :mod:`pionex_mcp.config`)."""
    import anyio

    from pionex_wrapper.errors import PionexError

    from .config import ConfigError, from_args

    try:
        config = from_args(argv)
    except (ConfigError, PionexError) as problem:
        print(f"pionex-mcp: {problem}", file=sys.stderr)
        return 2
    if config.list_tools:
        anyio.run(print_tools, config)
        return 0
    try:
        anyio.run(run_http if config.transport == "http" else run_stdio, config)
    except KeyboardInterrupt:
        return 130
    return 0
