"""Secrets stay secret under faults: errors pickle whole and clean, credentials too short to be
real are refused, and no repr shows a key, a secret or a signature.

(Log records, tracebacks and chained exceptions of failures: tests/test_faults.py.)
"""

from __future__ import annotations

import asyncio
import inspect
import pickle
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

import pionex_wrapper
from pionex_wrapper import (
    AsyncPionex,
    InvalidParameterError,
    InvalidSignatureError,
    OrderOutcomeError,
    PaginationError,
    Pionex,
    PionexAuth,
    PionexConnectionError,
    PionexError,
    RateLimitError,
    ResponseTooLargeError,
)
from pionex_wrapper.streams import BookOutOfSyncError
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, envelope
from tests.loopback import LoopbackServer, loopback, secrets_in, signatures


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback() as served:
        yield served


# -- B.3 pickling ----------------------------------------------------------------------------------


def every_error_class() -> list[type[PionexError]]:
    found: list[type[PionexError]] = []
    todo = [PionexError]
    while todo:
        cls = todo.pop()
        if cls.__module__.startswith(("pionex_wrapper", "pionex_client")):
            found.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted(set(found), key=lambda cls: cls.__name__)


def an_error(cls: type[PionexError]) -> PionexError:
    if issubclass(cls, InvalidParameterError):
        return cls("symbol", "must look like BTC_USDT", method="GET", path="/api/v1/market/depth")
    where: dict[str, Any] = {"code": "SOME_CODE", "status_code": 400, "method": "POST", "path": "/api/v1/trade/order"}
    if issubclass(cls, RateLimitError):
        return cls("slow down", retry_after=60.0, **where)
    if issubclass(cls, OrderOutcomeError):
        del where["code"]
        return cls("lost", client_order_id="pxsdk-1", may_exist=True, **where)
    if issubclass(cls, PaginationError):  # raised by the pager, not by a reply: no code or status
        return cls("a full page in one millisecond", operation_id="getFills", time_ms=1, method="GET", path="/x")
    if issubclass(cls, BookOutOfSyncError):  # a local book's state, not a request's: no code, method or path
        return cls("the book needs a new snapshot: gap", reason="gap", symbol="BTC_USDT_PERP")
    assert set(inspect.signature(cls).parameters) == {"message", "code", "status_code", "method", "path", "data"}, cls
    # What a refusal may carry besides its code (a bot's checkParams: the investment range).
    data = {"min_investment": "10", "max_investment": "1000", "slippage": Decimal("0.001"), "rows": [2, 1000]}
    return cls("refused", data=data, **where)


def test_every_error_class_is_known() -> None:
    classes = every_error_class()
    assert len(classes) >= 25
    assert set(classes) >= set(pionex_wrapper.ERROR_CLASSES.values()) | {InvalidParameterError, ResponseTooLargeError}


@pytest.mark.parametrize("cls", every_error_class(), ids=lambda cls: cls.__name__)
def test_every_error_survives_pickling(cls: type[PionexError]) -> None:
    error = an_error(cls)
    error.add_note("a note")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert vars(copy) == vars(error) and copy.args == error.args
    assert (str(copy), repr(copy)) == (str(error), repr(error))
    if isinstance(error, InvalidParameterError):
        assert isinstance(copy, ValueError) and isinstance(copy, InvalidParameterError) and copy.parameter == "symbol"


def test_pickled_errors_of_real_failures_hold_no_secret(server: LoopbackServer) -> None:
    server.modes.update({"/api/v1/trade/order": "echo401", "/api/v1/trade/allOrders": "drop"})
    with Pionex(FAKE_KEY, FAKE_SECRET, base_url=server.base_url) as client:
        with pytest.raises(InvalidSignatureError) as refused:
            client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="10")
        with pytest.raises(PionexConnectionError) as dropped:
            client.trade.cancel_all_orders(symbol="BTC_USDT")  # a write: sent once
    for error in (refused.value, dropped.value):
        blob = pickle.dumps(error)
        assert not secrets_in(blob.decode("latin-1"), signatures(server))
        copy = pickle.loads(blob)
        assert type(copy) is type(error) and str(copy) == str(error)
    assert "***" in refused.value.message


# -- B.4 short credentials and redaction ---------------------------------------------------------


@pytest.mark.parametrize("short", ["x", "k3y", "s3cr3t!"])
def test_credentials_too_short_to_be_real_are_refused(short: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for args in ((short, FAKE_SECRET), (FAKE_KEY, short)):
        with pytest.raises(InvalidParameterError, match="too short") as caught:
            Pionex(*args)
        assert (
            str(caught.value)
            == f"{caught.value.parameter} is too short for a Pionex credential (at least 8 characters)"
        )
    with Pionex(FAKE_KEY, FAKE_SECRET) as client, pytest.raises(InvalidParameterError):
        client.with_options(api_key=FAKE_KEY, api_secret=short)
    monkeypatch.setenv("PIONEX_API_SECRET", short)
    with pytest.raises(InvalidParameterError) as from_env:
        Pionex(FAKE_KEY)
    assert from_env.value.parameter == "api_secret"


def test_redaction_replaces_only_credentials_long_enough_to_mean_something() -> None:
    auth = PionexAuth("abcdefgh", "12345678")
    assert auth.redact("key abcdefgh, secret 12345678, abc 1234") == "key ***, secret ***, abc 1234"
    request = httpx.Request("GET", "https://x", headers={"PIONEX-SIGNATURE": "a"})
    assert auth.redact("a banana", request) == "a banana"


# -- B.5 reprs --------------------------------------------------------------------------------------


def test_no_repr_shows_a_secret() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"balances": []})))
    texts: list[str] = []
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        raw = client.with_raw_response.account.get_balances()
        copy = client.with_options(timeout=3)
        texts += [repr(client), repr(copy), repr(client._core.auth), repr(raw), repr(raw.http_response), str(client)]
        texts += [repr(raw.parse()), repr(client._core.clock)]

    async def async_repr() -> str:
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET) as aclient:
            return repr(aclient) + repr(aclient.with_options(api_key=FAKE_KEY, api_secret=FAKE_SECRET))

    texts.append(asyncio.run(async_repr()))
    error = InvalidSignatureError("bad", code="INVALID_SIGNATURE", status_code=401, method="GET", path="/x")
    texts += [repr(error), str(error)]
    sent = [r.headers["PIONEX-SIGNATURE"] for r in recorder.requests]
    for text in texts:
        assert not secrets_in(text, sent), text
    assert "credentials=set" in repr(client)
