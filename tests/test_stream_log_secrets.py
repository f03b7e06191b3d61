"""No key, secret or stream signature in any log line, with DEBUG on for every logger, while the
client's private streams (spot ``/ws`` signed in its URL, futures ``/wsUA`` authenticated by a
message) run against the sandbox on loopback, reconnect (so sign again), and close.

Before: the ``websockets.client`` logger printed ``> GET /ws?key=...&signature=...`` and the
futures ``auth`` frame (the start of the key, the end of the signature: the library elides long
frames in the middle) at DEBUG: 4 lines with a secret or part of one in this run.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from pionex_client.streams import FUTURES_POSITION, SPOT_ORDER
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, running_sandbox
from pionex_sandbox.streams import StreamSettings as SandboxStreams
from pionex_wrapper import AsyncPionex
from pionex_wrapper.streams import signing
from pionex_wrapper.streams.connection import RedactingLogger, StreamSettings, redact_stream_text

CLIENT_STREAMS = StreamSettings(silence=2.0, reconnect_min=0.05, reconnect_max=0.3)


@pytest.fixture
def everything_logged() -> Iterator[io.StringIO]:
    """DEBUG for the root logger and every logger there is, all of it written to one buffer."""
    import websockets.asyncio.client  # noqa: F401 - its loggers exist before the levels are set

    import pionex_wrapper.streams.client  # noqa: F401

    captured = io.StringIO()
    handler = logging.StreamHandler(captured)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    loggers = [root, *(lg for lg in logging.Logger.manager.loggerDict.values() if isinstance(lg, logging.Logger))]
    saved = [(lg, lg.level, lg.disabled, lg.propagate) for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
        lg.disabled = False
        if not lg.propagate:
            lg.addHandler(handler)
    root.addHandler(handler)
    try:
        yield captured
    finally:
        for lg, level, disabled, propagate in saved:
            lg.setLevel(level)
            lg.disabled = disabled
            lg.propagate = propagate
            if handler in lg.handlers:
                lg.removeHandler(handler)


@pytest.fixture
def signatures(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every stream signature the client makes during the test."""
    made: list[str] = []
    spot, futures = signing.spot_private_query, signing.futures_auth_message

    def spot_query(*args: Any, **kwargs: Any) -> list[tuple[str, str]]:
        query = spot(*args, **kwargs)
        made.extend(value for name, value in query if name == "signature")
        return query

    def futures_message(*args: Any, **kwargs: Any) -> dict[str, Any]:
        message = futures(*args, **kwargs)
        made.append(message["args"][2])
        return message

    monkeypatch.setattr(signing, "spot_private_query", spot_query)
    monkeypatch.setattr(signing, "futures_auth_message", futures_message)
    return made


def test_private_streams_log_no_key_secret_or_signature_at_debug(
    everything_logged: io.StringIO, signatures: list[str]
) -> None:
    async def scenario(served: Any) -> None:
        client = AsyncPionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=served.base_url, rate_limit="off")
        client.streams.settings = CLIENT_STREAMS
        client.streams.futures.settings = CLIENT_STREAMS
        async with client:
            orders = await client.streams.subscribe(SPOT_ORDER, "BTC_USDT").start()
            positions = await client.streams.futures.subscribe(FUTURES_POSITION, "ALL").start()
            await asyncio.wait_for(orders.confirmed.wait(), 10)
            await asyncio.wait_for(positions.confirmed.wait(), 10)
            served.streams.drop_all()  # both reconnect and sign again
            spot_link, futures_link = orders._link, positions._link
            for _ in range(500):
                if spot_link.connections >= 2 and futures_link.connections >= 2 and positions.confirmed.is_set():
                    break
                await asyncio.sleep(0.01)
            await asyncio.wait_for(orders.confirmed.wait(), 10)
            await client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="50")
            served.streams.push_now()
            await asyncio.wait_for(orders.__anext__(), 10)
            assert spot_link.connections >= 2 and futures_link.connections >= 2

    with running_sandbox(seed=7, streams=SandboxStreams(ping_interval=0.3, push_interval=0.05)) as served:
        asyncio.run(asyncio.wait_for(scenario(served), 60))
    text = everything_logged.getvalue()
    # The scan looks at something: the websockets client logged the handshakes and the frames.
    assert "websockets.client DEBUG > GET /ws?" in text and "websockets.client DEBUG > TEXT" in text
    assert '"op":"auth"' in text  # the futures login frame was logged (redacted)
    assert len(signatures) >= 4  # two connections each, spot and futures
    # Whole values, and any 14 characters of one: websockets elides long frames in the middle,
    # which leaves the start of a key or the end of a signature.
    secrets = [DEFAULT_API_KEY, DEFAULT_API_SECRET, *signatures]
    pieces = {secret[start : start + 14] for secret in secrets for start in range(len(secret) - 13)}
    leaks = [line for line in text.splitlines() if any(piece in line for piece in pieces)]
    assert leaks == [], f"{len(leaks)} log lines hold a secret or part of one, e.g. {leaks[0][:60]}..."


def test_the_redacting_logger_redacts_arguments_and_tracebacks() -> None:
    key, signature = "k" * 40, "ab" * 32
    captured = io.StringIO()
    logger = logging.getLogger("tests.redacting")
    handler = logging.StreamHandler(captured)
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        adapter = RedactingLogger(logger, lambda text: text.replace(key, "***"))
        adapter.debug("> GET %s HTTP/1.1", f"/ws?key={key}&timestamp=1&signature={signature}")
        adapter.debug("> %s", f'TEXT \'{{"op":"auth","args":["{key}",1,"{signature}"]}}\' [120 bytes]')
        try:
            raise ValueError(f"bad frame for {key}")
        except ValueError:
            adapter.error("parser failed", exc_info=True)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
    text = captured.getvalue()
    assert key not in text and signature not in text
    assert "/ws?key=***&timestamp=1&signature=***" in text and "ValueError: bad frame for ***" in text


def test_an_elided_auth_frame_keeps_no_part_of_the_key() -> None:
    key = "OElNn5D_Frnf5MR0ChjYdG7PunK0AOgHTvevwzWS"
    elided = f'TEXT \'{{"op":"auth","args":["{key[:20]}...{key[-5:]}",16558967,"3e90"]}}\' [140 bytes]'
    assert key[:20] not in redact_stream_text(elided) and key[-5:] not in redact_stream_text(elided)
