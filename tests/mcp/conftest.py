"""Fixtures shared by the MCP server's tests (tests/mcp/): never the real ``~/.pionex``, never
credentials or MCP switches from the developer's environment, one sandbox per test module.

Guard and live tests keep their own fixtures in their own files; these are the common ground.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from pionex_mcp.config import ServerConfig, from_args
from pionex_sandbox import running_sandbox
from pionex_sandbox.server import RunningSandbox

ENVIRONMENT = (
    "PIONEX_API_KEY",
    "PIONEX_API_SECRET",
    "PIONEX_BASE_URL",
    "PIONEX_SANDBOX_URL",
    "PIONEX_MCP_ALLOW_WRITES",
    "PIONEX_MCP_ALLOW_WITHDRAWAL",
    "PIONEX_MCP_MAX_ORDER_NOTIONAL",
    "PIONEX_MCP_MAX_DAILY_NOTIONAL",
    "PIONEX_MCP_MAX_LEVERAGE",
    "PIONEX_MCP_MAX_PRICE_DISTANCE",
    "PIONEX_MCP_SYMBOLS",
    "PIONEX_MCP_TOKEN_TTL",
    "PIONEX_MCP_AUDIT_LOG",
    "PIONEX_MCP_MODULES",
    "PIONEX_MCP_TRANSPORT",
    "PIONEX_MCP_HOST",
    "PIONEX_MCP_PORT",
    "PIONEX_MCP_TOKEN",
)
"""Every variable the server reads: none may come from the developer's shell."""


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``HOME`` and ``PIONEX_CONFIG`` under ``tmp_path``; no credential or MCP variable set."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PIONEX_CONFIG", str(tmp_path / "config.toml"))
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def mcp_sandbox() -> Iterator[RunningSandbox]:
    """One sandbox on loopback for the test module (a fixed market: replies depend on inputs only)."""
    with running_sandbox(seed=21, moving_market=False) as running:
        yield running


def sandbox_config(sandbox: RunningSandbox, tmp_path: Path, *flags: str) -> ServerConfig:
    """The configuration ``pionex-mcp --sandbox --audit-log TMP/audit.jsonl *flags`` gets, aimed at
    ``sandbox``."""
    env = {"PIONEX_SANDBOX_URL": sandbox.base_url, "PIONEX_CONFIG": str(tmp_path / "config.toml")}
    return from_args(["--sandbox", "--audit-log", str(tmp_path / "audit.jsonl"), *flags], env=env)


def server_command() -> list[str]:
    """The installed ``pionex-mcp`` script next to this interpreter (``python -m pionex_mcp`` if
    the checkout is not installed)."""
    script = Path(sys.executable).with_name("pionex-mcp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "pionex_mcp"]


def subprocess_env(sandbox: RunningSandbox, home: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a server subprocess: this one's PATH only, a ``HOME`` and profiles file
    under ``home``, the sandbox's address, the client's rate limiter off (as in every test)."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "PIONEX_CONFIG": str(home / "config.toml"),
        "PIONEX_SANDBOX_URL": sandbox.base_url,
        "PIONEX_RATE_LIMIT": "off",
    }
    env.update(extra or {})
    return env
