"""Serving the sandbox over loopback HTTP: running_sandbox() and ``python -m pionex_sandbox``."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
import socket
import time
from typing import Any

import httpx
import pytest

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, READONLY_API_KEY, create_app, running_sandbox
from pionex_sandbox.__main__ import main
from pionex_sandbox.server import KEEP_ALIVE_SECONDS, bind_socket, server_config
from tests.sandbox.sandbox_support import FROZEN_MS, Clock, start_cli, stop_cli

BALANCES = "/api/v1/account/balances"


def signed_balances(base_url: str, key: str, secret: str, timestamp: int, *, spoil: bool = False) -> httpx.Response:
    """GET balances signed with a from-scratch HMAC (no sandbox or client code involved)."""
    message = f"GET{BALANCES}?timestamp={timestamp}".encode()
    signature = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    if spoil:
        signature = signature[:-1] + ("a" if signature[-1] != "a" else "b")
    headers = {"PIONEX-KEY": key, "PIONEX-SIGNATURE": signature}
    return httpx.get(f"{base_url}{BALANCES}?timestamp={timestamp}", headers=headers, timeout=10)


def test_running_sandbox_serves_sync_clients() -> None:
    clock = Clock()
    with running_sandbox(seed=4, clock=clock) as served:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", served.base_url)
        with httpx.Client(base_url=served.base_url, timeout=10) as client:
            depth = client.get("/api/v1/market/depth", params={"symbol": "BTC_USDT", "limit": 3}).json()
            assert depth["result"] is True and len(depth["data"]["bids"]) == 3
        reply = signed_balances(served.base_url, DEFAULT_API_KEY, DEFAULT_API_SECRET, FROZEN_MS).json()
        assert reply["result"] is True and reply["timestamp"] == FROZEN_MS
        assert served.sandbox is served.app.state.sandbox
        url = served.base_url
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/api/v1/common/symbols", timeout=2)


def test_running_sandbox_accepts_a_prepared_app() -> None:
    app = create_app(seed=9, api_key="k", api_secret="s", clock=Clock())
    with running_sandbox(app=app) as served:
        assert served.app is app
        assert signed_balances(served.base_url, "k", "s", FROZEN_MS).json()["result"] is True


def test_in_process_with_asyncio_run() -> None:
    app = create_app(clock=Clock())

    async def depth() -> dict[str, object]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
            response = await client.get("/api/v1/market/bookTickers", params={"symbol": "BTC_USDT"})
            return dict(response.json())

    first, second = asyncio.run(depth()), asyncio.run(depth())
    assert first == second and first["result"] is True


def test_cli_serves_signed_requests_and_stops_on_ctrl_c() -> None:
    process, lines = start_cli("--port", "0", "--api-key", "K", "--api-secret", "S")
    try:
        match = re.fullmatch(r"Pionex sandbox listening on (http://127\.0\.0\.1:(\d+))\n", lines[0])
        assert match is not None and int(match.group(2)) > 0, lines
        base_url = match.group(1)
        assert any("api key K" in line and "api secret S" in line for line in lines)
        assert any(READONLY_API_KEY in line for line in lines)

        now = time.time_ns() // 1_000_000
        good = signed_balances(base_url, "K", "S", now).json()
        assert good["result"] is True and {entry["coin"] for entry in good["data"]["balances"]} >= {"BTC", "USDT"}
        spoiled = signed_balances(base_url, "K", "S", now, spoil=True).json()
        assert (spoiled["result"], spoiled["code"]) == (False, "INVALID_SIGNATURE")
        stale = signed_balances(base_url, "K", "S", now - 30_000).json()
        assert (stale["result"], stale["code"]) == (False, "INVALID_TIMESTAMP")
    finally:
        started = time.monotonic()
        code, stderr = stop_cli(process)
    assert code == 0, stderr
    assert "Traceback" not in stderr
    assert time.monotonic() - started < 10


def test_cli_frozen_time_and_seed() -> None:
    process, lines = start_cli("--port", "0", "--seed", "3", "--frozen-time", str(FROZEN_MS))
    try:
        base_url = lines[0].split()[-1]
        assert any(DEFAULT_API_KEY in line and DEFAULT_API_SECRET in line for line in lines)
        reply = signed_balances(base_url, DEFAULT_API_KEY, DEFAULT_API_SECRET, FROZEN_MS).json()
        assert reply["result"] is True and reply["timestamp"] == FROZEN_MS
        depth = httpx.get(f"{base_url}/api/v1/market/depth?symbol=ETH_USDT", timeout=10).content
    finally:
        code, stderr = stop_cli(process)
    assert code == 0, stderr
    expected = create_app(seed=3, clock=lambda: FROZEN_MS)

    async def local() -> bytes:
        transport = httpx.ASGITransport(app=expected)
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
            return (await client.get("/api/v1/market/depth?symbol=ETH_USDT")).content

    assert asyncio.run(local()) == depth


def test_cli_clock_skew_runs_the_sandbox_clock_ahead() -> None:
    process, lines = start_cli("--port", "0", "--clock-skew", "25000")
    try:
        base_url = lines[0].split()[-1]
        assert any("system time +25000 ms" in line for line in lines)
        now = time.time_ns() // 1_000_000
        stamp = httpx.get(f"{base_url}/api/v1/market/tickers?symbol=BTC_USDT", timeout=10).json()["timestamp"]
        assert 20_000 < stamp - now < 35_000
        mine = signed_balances(base_url, DEFAULT_API_KEY, DEFAULT_API_SECRET, now).json()
        assert mine["code"] == "INVALID_TIMESTAMP"  # this machine's clock is now 25 s behind the sandbox's
        assert signed_balances(base_url, DEFAULT_API_KEY, DEFAULT_API_SECRET, now + 25_000).json()["result"] is True
    finally:
        code, stderr = stop_cli(process)
    assert code == 0, stderr


@pytest.mark.parametrize(
    "arguments",
    [
        ["--api-key", "K"],
        ["--api-secret", "S"],
        ["--port", "70000"],
        ["--api-key", READONLY_API_KEY, "--api-secret", "x"],
        ["--clock-skew", "5", "--frozen-time", "1"],
        ["--clock-skew", "soon"],
    ],
)
def test_cli_refuses_bad_arguments(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(arguments)
    assert stopped.value.code == 2
    assert "error" in capsys.readouterr().err


# -- TCP_NODELAY -----------------------------------------------------------------------------------


def nodelay(sock: Any) -> bool:
    return sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


def test_listening_socket_is_declared_tcp_so_asyncio_disables_nagle() -> None:
    """asyncio sets TCP_NODELAY on accepted connections only when the listener's proto is TCP."""
    sock = bind_socket("127.0.0.1", 0)
    accepted: list[bool] = []

    async def serve() -> None:
        def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            accepted.append(nodelay(writer.get_extra_info("socket")))
            writer.close()

        server = await asyncio.start_server(handle, sock=sock)
        async with server:
            _, writer = await asyncio.open_connection(*sock.getsockname()[:2])
            while not accepted:
                await asyncio.sleep(0.01)
            writer.close()

    try:
        assert sock.proto == socket.IPPROTO_TCP
        asyncio.run(asyncio.wait_for(serve(), 10))
    finally:
        sock.close()
    assert accepted == [True]


def test_running_sandbox_connections_have_nodelay() -> None:
    """Every connection the served sandbox holds has Nagle's algorithm off (no 40 ms stalls)."""
    with running_sandbox(clock=Clock()) as served, httpx.Client(base_url=served.base_url, timeout=10) as client:
        for _ in range(3):
            client.get("/api/v1/market/depth", params={"symbol": "BTC_USDT", "limit": 1}).raise_for_status()
        assert served.server is not None
        connections = list(served.server.server_state.connections)
        assert connections
        for connection in connections:
            assert nodelay(connection.transport.get_extra_info("socket"))


def test_server_settings_keep_idle_connections_longer_than_clients_do() -> None:
    config = server_config(create_app(clock=Clock()))
    assert config.timeout_keep_alive == KEEP_ALIVE_SECONDS >= 30
    assert (config.log_config, config.access_log, config.lifespan) == (None, False, "off")
    loud = server_config(create_app(clock=Clock()), log_level="info", quiet=False)
    assert loud.access_log and loud.log_config is not None and loud.timeout_keep_alive == KEEP_ALIVE_SECONDS


# -- clients that hang up ----------------------------------------------------------------------------


def test_client_gone_mid_body_is_not_an_app_error() -> None:
    """The ASGI app returns normally when the body stops with http.disconnect."""
    app = create_app(clock=Clock())
    sent: list[dict[str, Any]] = []
    incoming = [
        {"type": "http.request", "body": b'{"symbol": "BT', "more_body": True},
        {"type": "http.disconnect"},
    ]

    async def receive() -> dict[str, Any]:
        return incoming.pop(0) if incoming else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/v1/trade/order",
        "raw_path": b"/api/v1/trade/order",
        "root_path": "",
        "query_string": b"timestamp=1",
        "headers": [(b"host", b"sandbox"), (b"content-length", b"100")],
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 80),
    }
    asyncio.run(app(scope, receive, send))
    assert not incoming


def test_served_sandbox_logs_no_traceback_when_a_client_hangs_up(caplog: pytest.LogCaptureFixture) -> None:
    with running_sandbox(clock=Clock()) as served:
        assert served.server is not None
        state = served.server.server_state
        host, port = served.base_url.removeprefix("http://").split(":")
        for head in (
            b"Content-Length: 100\r\n\r\n0123456789",
            b"Transfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n",
        ):
            with socket.create_connection((host, int(port)), timeout=10) as raw:
                raw.sendall(b"POST /api/v1/trade/order?timestamp=1 HTTP/1.1\r\nHost: sandbox\r\n" + head)
                deadline = time.monotonic() + 10
                while not state.tasks and time.monotonic() < deadline:
                    time.sleep(0.01)
            deadline = time.monotonic() + 10
            while (state.tasks or state.connections) and time.monotonic() < deadline:
                time.sleep(0.01)
            assert not state.tasks and not state.connections
        # The sandbox still serves.
        assert httpx.get(f"{served.base_url}/api/v1/market/depth?symbol=BTC_USDT", timeout=10).status_code == 200
    problems = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert problems == [], [record.getMessage() for record in problems]


# -- rate limits over HTTP ---------------------------------------------------------------------------


def test_cli_rate_limits_flag_gives_429() -> None:
    process, lines = start_cli("--port", "0", "--rate-limits")
    try:
        base_url = lines[0].split()[-1]
        assert any("rate limits apply" in line for line in lines), lines
        with httpx.Client(base_url=base_url, timeout=10) as client:
            # Weight 5 each, at most 10 per second: a burst of 30 cannot all be served.
            statuses = [client.get("/api/v1/common/symbols").status_code for _ in range(30)]
    finally:
        code, stderr = stop_cli(process)
    assert code == 0, stderr
    assert statuses[:2] == [200, 200] and 429 in statuses
    assert set(statuses[statuses.index(429) :]) == {429}  # banned from then on


def test_running_sandbox_rate_limits_are_opt_in() -> None:
    with running_sandbox(clock=Clock()) as plain:
        assert plain.sandbox.rate_limits is None
    with running_sandbox(clock=Clock(), rate_limits=True) as limited:
        assert limited.sandbox.rate_limits is not None
