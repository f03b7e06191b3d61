"""How ``pionex-mcp`` is started and reached: its configuration from flags, the environment and the
command line's profiles; streamable HTTP behind a bearer token (a sample of tools called through the
official client over HTTP, from a ``pionex-mcp --transport http`` subprocess); the command without
the ``mcp`` extra; ``python -m pionex_mcp``."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import anyio
import httpx
import httpx2
import mcp_types as types
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

import pionex_mcp
from pionex_cli.app import SANDBOX_API_KEY
from pionex_mcp.config import DEFAULT_TOKEN_TTL, ConfigError, from_args
from pionex_sandbox.server import RunningSandbox
from pionex_wrapper.profiles import ProfileError
from tests.mcp.conftest import server_command, subprocess_env

TOKEN = "test-bearer-token-0123456789"


# ---------------------------------------------------------------- configuration


def test_read_only_and_limits_off_by_default(tmp_path: Path) -> None:
    config = from_args(["--sandbox"], env={"PIONEX_CONFIG": str(tmp_path / "none.toml")})
    assert not config.writes and not config.allow_withdrawal and config.modules is None
    assert config.limits.max_order_notional is None and config.limits.symbols is None
    assert config.token_ttl == DEFAULT_TOKEN_TTL and config.transport == "stdio" and config.host == "127.0.0.1"
    assert config.profile.api_key == SANDBOX_API_KEY and config.profile.base_url == "http://127.0.0.1:8000"


def test_the_environment_configures_and_a_flag_beats_its_variable(tmp_path: Path) -> None:
    env = {
        "PIONEX_CONFIG": str(tmp_path / "none.toml"),
        "PIONEX_SANDBOX_URL": "http://127.0.0.1:9999",
        "PIONEX_MCP_ALLOW_WRITES": "1",
        "PIONEX_MCP_MAX_ORDER_NOTIONAL": "250.5",
        "PIONEX_MCP_MAX_LEVERAGE": "3",
        "PIONEX_MCP_SYMBOLS": "BTC_USDT, ETH_USDT",
        "PIONEX_MCP_MODULES": "market,trade",
        "PIONEX_MCP_TOKEN_TTL": "30",
        "PIONEX_MCP_AUDIT_LOG": str(tmp_path / "env.jsonl"),
    }
    config = from_args(["--sandbox", "--max-leverage", "2", "--audit-log", str(tmp_path / "flag.jsonl")], env=env)
    assert config.writes and config.profile.base_url == "http://127.0.0.1:9999"
    assert config.limits.max_order_notional == Decimal("250.5") and config.limits.max_leverage == Decimal(2)
    assert config.limits.symbols == {"BTC_USDT", "ETH_USDT"} and config.modules == {"market", "trade"}
    assert config.token_ttl == 30 and config.audit_path() == tmp_path / "flag.jsonl"


def test_the_audit_log_defaults_next_to_the_profiles_file(tmp_path: Path) -> None:
    config = from_args(["--sandbox"], env={"PIONEX_CONFIG": str(tmp_path / "p" / "config.toml")})
    assert config.audit_path() == tmp_path / "p" / "mcp-audit.jsonl"


def test_credentials_come_from_the_command_line_s_profiles(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        'default_profile = "main"\n[profiles.main]\napi_key = "main-key-0001"\nsecret_key = "main-secret-0001"\n'
        'base_url = "http://127.0.0.1:7000"\n',
        encoding="utf-8",
    )
    config = from_args([], env={"PIONEX_CONFIG": str(path)})
    assert (config.profile.name, config.profile.api_key, config.profile.base_url) == (
        "main",
        "main-key-0001",
        "http://127.0.0.1:7000",
    )
    assert "main-secret-0001" not in repr(config)
    with pytest.raises(ProfileError, match="nope"):
        from_args(["--profile", "nope"], env={"PIONEX_CONFIG": str(path)})


@pytest.mark.parametrize(
    ("argv", "env", "named"),
    [
        (["--transport", "http", "--host", "0.0.0.0"], {}, "--http-token"),
        ([], {"PIONEX_MCP_TRANSPORT": "http", "PIONEX_MCP_HOST": "192.168.1.5"}, "--http-token"),
        (["--allow-withdrawal"], {}, "--allow-writes"),
        (["--modules", "market,nope"], {}, "nope"),
        (["--token-ttl", "0"], {}, "--token-ttl"),
        (["--port", "70000"], {}, "--port"),
        (["--max-order-notional", "-5"], {}, "--max-order-notional"),
        ([], {"PIONEX_MCP_MAX_LEVERAGE": "lots"}, "--max-leverage"),
    ],
)
def test_a_setting_the_server_cannot_start_with_is_named(
    tmp_path: Path, argv: list[str], env: dict[str, str], named: str
) -> None:
    with pytest.raises(ConfigError, match=named):
        from_args(["--sandbox", *argv], env={"PIONEX_CONFIG": str(tmp_path / "none.toml"), **env})


def test_http_off_localhost_with_a_token_is_accepted_and_the_token_never_shows(tmp_path: Path) -> None:
    config = from_args(
        ["--sandbox", "--transport", "http", "--host", "0.0.0.0", "--http-token", TOKEN],
        env={"PIONEX_CONFIG": str(tmp_path / "none.toml")},
    )
    assert config.transport == "http" and config.http_token == TOKEN and TOKEN not in repr(config)


def test_the_command_refuses_a_bad_setting_with_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert pionex_mcp.main(["--sandbox", "--modules", "nope"]) == 2
    assert "pionex-mcp: --modules" in capsys.readouterr().err


def test_without_the_mcp_extra_the_command_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = pionex_mcp.find_spec
    monkeypatch.setattr(pionex_mcp, "find_spec", lambda name: None if name == "mcp" else real(name))
    assert pionex_mcp.main(["--sandbox"]) == 2
    assert 'pip install "pionex-sdk[mcp]"' in capsys.readouterr().err


def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pionex_mcp", "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0 and "--allow-writes" in done.stdout and "--modules" in done.stdout


# ---------------------------------------------------------------- streamable HTTP


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def http_server(mcp_sandbox: RunningSandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``pionex-mcp --sandbox --transport http`` on a free loopback port, behind :data:`TOKEN`; its URL."""
    home = tmp_path_factory.mktemp("http-home")
    port = _free_port()
    process = subprocess.Popen(
        [
            *server_command(),
            "--sandbox",
            "--transport",
            "http",
            "--port",
            str(port),
            "--http-token",
            TOKEN,
            "--audit-log",
            str(home / "audit.jsonl"),
        ],
        env=subprocess_env(mcp_sandbox, home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"pionex-mcp did not start: {process.stderr.read() if process.stderr else ''}")
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()


@pytest.mark.parametrize(
    "mode", ["auto", "legacy"]
)  # today's discovery, and the initialize handshake older clients use
def test_a_sample_of_tools_over_streamable_http(http_server: str, mode: str) -> None:
    async def go() -> tuple[set[str], types.CallToolResult, types.CallToolResult, types.CallToolResult]:
        async with (
            httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30) as http,
            Client(streamable_http_client(http_server, http_client=http), mode=mode) as client,
        ):
            names = {t.name for t in (await client.list_tools()).tools}
            depth = await client.call_tool("market_depth", {"symbol": "BTC_USDT", "limit": 2})
            balances = await client.call_tool("account_balances", {})
            refused = await client.call_tool("market_depth", {"symbol": "BTC_USDT", "limit": 0})
            return names, depth, balances, refused

    names, depth, balances, refused = anyio.run(go)
    assert "market_depth" in names and "trade_new_order" not in names
    assert not depth.is_error and depth.structured_content is not None and len(depth.structured_content["bids"]) == 2
    assert not balances.is_error and balances.structured_content is not None
    assert {b["coin"] for b in balances.structured_content["balances"]} >= {"BTC", "USDT"}
    assert refused.is_error and isinstance(refused.content[0], types.TextContent)
    assert json.loads(refused.content[0].text)["parameter"] == "limit"


@pytest.mark.parametrize("header", [None, "Bearer wrong-token", f"Basic {TOKEN}", TOKEN])
def test_http_without_the_bearer_token_is_refused_before_mcp(http_server: str, header: str | None) -> None:
    headers: dict[str, Any] = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
    if header is not None:
        headers["Authorization"] = header
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    answer = httpx.post(http_server, json=body, headers=headers, timeout=10)
    assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
    assert "market_depth" not in answer.text


def test_list_tools_prints_what_a_configuration_lists_and_sends_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert (
        pionex_mcp.main(["--sandbox", "--list-tools", "--modules", "market", "--audit-log", str(tmp_path / "a")]) == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.split()[1:] == ["read", "market"] for line in lines)
    assert any(line.startswith("market_depth ") for line in lines)
    assert pionex_mcp.main(["--sandbox", "--list-tools", "--allow-writes", "--audit-log", str(tmp_path / "a")]) == 0
    shown = {line.split()[0]: line.split()[1] for line in capsys.readouterr().out.splitlines()}
    assert shown["trade_new_order"] == "write" and shown["trade_cancel_order"] == "destructive" and "confirm" in shown


# ------------------------------------------------ the set-up page (docs/guides/mcp.md)

README = (Path(__file__).parents[2] / "docs" / "guides" / "mcp.md").read_text(encoding="utf-8")
SECTION = README.split("\n## Set-up", 1)[1].split("\n## Guard rails", 1)[0]


def test_the_readme_s_client_configuration_starts_the_server_it_names(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(
        'default_profile = "main"\n[profiles.main]\napi_key = "main-key-0001"\nsecret_key = "main-secret-0001"\n',
        encoding="utf-8",
    )
    blocks = re.findall(r"```json\n(.*?)```", SECTION, re.DOTALL)
    assert len(blocks) == 1
    servers = json.loads(blocks[0])["mcpServers"]
    assert servers and all(entry["command"] == "pionex-mcp" for entry in servers.values())
    configs = [
        from_args(entry["args"], env={"PIONEX_CONFIG": str(tmp_path / "config.toml")}) for entry in servers.values()
    ]
    assert not configs[0].writes and configs[0].profile.name == "main" and configs[0].modules
    assert configs[1].sandbox and configs[1].writes and configs[1].limits.max_order_notional == Decimal(500)


def test_the_readme_s_tool_counts_and_error_examples_are_the_server_s() -> None:
    from collections import Counter

    from pionex_wrapper import registry

    counts = Counter(op.effect for op in registry.operations())
    for effect, count in counts.items():
        assert re.search(rf"\| `{effect}`[^|]*\| {count} \|", SECTION), effect
    assert "limit must be at least 1, got 0" in " ".join(SECTION.split())


def test_the_bearer_check_takes_the_scheme_in_any_case_and_only_the_exact_token() -> None:
    from pionex_mcp.server import BearerToken

    gate = BearerToken(object(), TOKEN)
    assert gate.allows(f"Bearer {TOKEN}".encode()) and gate.allows(f"bearer {TOKEN}".encode())
    for header in (b"", TOKEN.encode(), f"Bearer {TOKEN}x".encode(), f"Basic {TOKEN}".encode(), b"Bearer "):
        assert not gate.allows(header), header
