"""Tests of ``pionex-mcp`` (:mod:`pionex_mcp`), through a real MCP client (the official SDK's
``mcp.Client``) against the local sandbox: in-process, over stdio and over streamable HTTP."""
