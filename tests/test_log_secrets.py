"""No key, secret or signature in any log line, repr or traceback, with DEBUG on for every logger.

Signed REST calls go to the sandbox on loopback (so httpx and httpcore do their real work and
logging), sync and async, through an ``httpx`` client of the user's own whose event hooks log
``repr(request)`` and ``repr(request.headers)`` (as a user debugging would), plus calls that fail:
a refused signature and a dropped connection, whose tracebacks are formatted and logged.  Then
everything captured (every log record, formatted, and the process's stdout and stderr) is
scanned for the key, the secret and every signature that was sent.

Before the key and signature headers were marked sensitive for httpx, ``repr(request.headers)``
showed both in full.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Iterator

import httpx
import pytest

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, running_sandbox
from pionex_wrapper import AsyncPionex, InvalidSignatureError, Pionex, PionexConnectionError, PionexError
from tests.helpers import FAKE_KEY, FAKE_SECRET
from tests.loopback import loopback

hook_log = logging.getLogger("user_app.http")  # the user's own logger, in their event hooks


class Everything(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))  # exc_info too: the formatter appends the traceback


@pytest.fixture
def every_logger_at_debug() -> Iterator[Everything]:
    """DEBUG for the root logger and every logger made so far (and made later, through the
    root's level), each record captured, wherever propagation stops."""
    handler = Everything()
    root = logging.getLogger()
    loggers = [
        root,
        hook_log,
        *(v for v in logging.Logger.manager.loggerDict.values() if isinstance(v, logging.Logger)),
    ]
    saved = [(logger, logger.level, logger.disabled) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
        if logger is root or not logger.propagate:
            logger.addHandler(handler)
    try:
        yield handler
    finally:
        for logger, level, disabled in saved:
            logger.setLevel(level)
            logger.disabled = disabled
            if handler in logger.handlers:
                logger.removeHandler(handler)


def show_request(request: httpx.Request) -> None:
    hook_log.debug("request %r headers %r", request, request.headers)
    hook_log.debug("as text: %s %s", request, request.headers)


def show_response(response: httpx.Response) -> None:
    hook_log.debug("response %r to %r with headers %r", response, response.request, response.request.headers)


async def ashow_request(request: httpx.Request) -> None:
    show_request(request)


async def ashow_response(response: httpx.Response) -> None:
    show_response(response)


def log_failure(error: BaseException) -> None:
    hook_log.error("call failed:\n%s", "".join(traceback.format_exception(error)))
    hook_log.exception("and with exc_info", exc_info=error)


def test_no_secret_in_any_log_repr_or_traceback_at_debug(
    every_logger_at_debug: Everything, capfd: pytest.CaptureFixture[str]
) -> None:
    sent: list[str] = []

    def keep_signature(request: httpx.Request) -> None:  # not logged: kept to scan for
        if "PIONEX-SIGNATURE" in request.headers:
            sent.append(request.headers["PIONEX-SIGNATURE"])

    async def akeep_signature(request: httpx.Request) -> None:
        keep_signature(request)

    hooks = {"request": [keep_signature, show_request], "response": [show_response]}
    ahooks = {"request": [akeep_signature, ashow_request], "response": [ashow_response]}
    with running_sandbox() as sandbox:
        with httpx.Client(base_url=sandbox.base_url, event_hooks=hooks) as own:
            with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url, http_client=own) as client:
                assert client.account.get_balances().balances
                client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="20")
            with Pionex(DEFAULT_API_KEY, FAKE_SECRET, base_url=sandbox.base_url, http_client=own) as wrong:
                with pytest.raises(InvalidSignatureError) as refused:
                    wrong.account.get_balances()
                log_failure(refused.value)
        with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url) as client:  # its own pool
            assert client.trade.get_open_orders(symbol="BTC_USDT").orders is not None

        async def main() -> None:
            async with httpx.AsyncClient(base_url=sandbox.base_url, event_hooks=ahooks) as own:
                async with AsyncPionex(
                    DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url, http_client=own
                ) as client:
                    assert (await client.account.get_balances()).balances
                    await client.trade.new_order(symbol="BTC_USDT", side="SELL", type="MARKET", size="0.001")
                async with AsyncPionex(FAKE_KEY, FAKE_SECRET, base_url=sandbox.base_url, http_client=own) as wrong:
                    with pytest.raises(PionexError) as refused:
                        await wrong.account.get_balances()
                    log_failure(refused.value)

        asyncio.run(main())

    with loopback() as dropping:  # a connection dropped mid-call: the transport's exception, formatted
        dropping.modes["/api/v1/account/balances"] = "drop"
        with httpx.Client(event_hooks=hooks) as own:
            with Pionex(FAKE_KEY, FAKE_SECRET, base_url=dropping.base_url, http_client=own, max_retries=0) as client:
                with pytest.raises(PionexConnectionError) as dropped:
                    client.account.get_balances()
                log_failure(dropped.value)

    captured = capfd.readouterr()
    lines = every_logger_at_debug.lines
    text = "\n".join([*lines, captured.out, captured.err])
    assert len(sent) >= 7  # every signed request's signature is looked for
    # What was captured: the hooks' lines, httpx's and httpcore's DEBUG lines, the tracebacks.
    assert {line.split(" ")[0].split(".")[0] for line in lines} >= {"user_app", "httpx", "httpcore"}
    for secret in (DEFAULT_API_KEY, DEFAULT_API_SECRET, FAKE_KEY, FAKE_SECRET, *sent):
        assert secret not in text, [line for line in text.splitlines() if secret in line][:3]
    assert "PIONEX-KEY" in text.upper() and "[secure]" in text and "Traceback" in text


def test_the_wire_still_carries_the_key_and_the_signature() -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: (seen.append(r), httpx.Response(200, json={"result": True}))[1])
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=transport) as client:
        client.account.get_balances()
    headers = seen[0].headers
    assert headers["PIONEX-KEY"] == FAKE_KEY and len(headers["PIONEX-SIGNATURE"]) == 64
    assert (b"PIONEX-KEY", FAKE_KEY.encode()) in headers.raw
    assert FAKE_KEY not in repr(headers) and FAKE_KEY not in repr(headers.copy()) and "[secure]" in repr(headers)
