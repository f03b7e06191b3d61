"""``pionex-mcp``: every operation of the Pionex Open API as a tool for AI assistants (MCP).

Nothing here is written for one operation: the tools are made from the operation registry
(:mod:`pionex_wrapper.registry`), so a new operation in the spec is a new tool after
``make generate``.  The modules:

* :mod:`pionex_mcp.config`: what the operator decides (profile, sandbox, writes, limits, modules,
  transport), from flags and the environment; never from the agent;
* :mod:`pionex_mcp.schema`: an operation as an MCP tool (name, description, input and output JSON
  Schemas, annotations from the registry's effect);
* :mod:`pionex_mcp.results`: a reply as structured content (exact decimals as strings), a refusal
  as a tool error naming the Pionex code or the refused parameter;
* :mod:`pionex_mcp.tools`: the tool list and the dispatch of a call;
* :mod:`pionex_mcp.guard`: what stands between an agent and real money (prepare/confirm tokens,
  limits, the pair allow-list, the kill switch, the audit log);
* :mod:`pionex_mcp.live`: what REST cannot give (a live book, recent trades, private order events
  from the streams; a pair's market rules; a portfolio summary);
* :mod:`pionex_mcp.server`: the MCP server (the official SDK's low-level ``Server``) over stdio or
  streamable HTTP.

Built on the official MCP Python SDK (``mcp``): its low-level server takes each tool's JSON Schema
as data, which is what a registry generated from a spec gives; FastMCP and the SDK's own
``MCPServer`` build schemas from Python signatures, which would need a function per operation.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.util import find_spec

__all__ = ["main"]

EXTRA_MODULES = ("mcp", "click", "tomli_w")
"""What the ``mcp`` extra installs (``pip install "pionex-sdk[mcp]"``): the SDK, and the command
line's profile handling it shares."""


def main(argv: Sequence[str] | None = None) -> int:
    """The ``pionex-mcp`` console script; without the ``mcp`` extra, one line saying how to
    install it (exit code 2)."""
    missing = [name for name in EXTRA_MODULES if find_spec(name) is None]
    if missing:
        print(
            f"pionex-mcp: the MCP server needs the mcp extra ({', '.join(missing)} not installed): "
            'pip install "pionex-sdk[mcp]"',
            file=sys.stderr,
        )
        return 2
    from .server import main as run

    return run(argv)
