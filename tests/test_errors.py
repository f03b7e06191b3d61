"""Refusals, rate limits and broken replies become typed PionexErrors; secrets never show."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import httpx
import pytest

import pionex_wrapper
from pionex_wrapper import (
    ERROR_CLASSES,
    AsyncPionex,
    AuthenticationError,
    InvalidParameterError,
    InvalidSignatureError,
    OrderOutcomeError,
    Pionex,
    PionexConnectionError,
    PionexError,
    PionexTimeoutError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    TradeInvalidSymbolError,
)
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, envelope

SPEC = json.loads((Path(__file__).parents[1] / "openapi" / "pionex.json").read_text())
SPEC_CODES = SPEC["components"]["schemas"]["ErrorResponse"]["properties"]["code"]["enum"]


def call_balances(reply: httpx.Response) -> PionexError:
    recorder = Recorder(lambda r: reply)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(PionexError) as caught:
            client.account.get_balances()
    return caught.value


def assert_no_secret(error: BaseException, signature: str | None = None) -> None:
    for text in (str(error), repr(error), repr(error.args)):
        assert FAKE_KEY not in text and FAKE_SECRET not in text
        if signature:
            assert signature not in text


@pytest.mark.parametrize("code", SPEC_CODES)
def test_every_documented_code_has_its_own_class(code: str) -> None:
    cls = ERROR_CLASSES[code]
    assert cls is not PionexError and issubclass(cls, PionexError)
    error = call_balances(httpx.Response(200, json={"result": False, "code": code, "message": "nope", "timestamp": 1}))
    assert type(error) is cls
    assert (error.code, error.message, error.status_code) == (code, "nope", 200)
    assert (error.method, error.path) == ("GET", "/api/v1/account/balances")
    assert_no_secret(error)


def test_codes_map_to_distinct_classes() -> None:
    classes = [ERROR_CLASSES[c] for c in SPEC_CODES]
    assert len(set(classes)) == len(SPEC_CODES)


def test_unknown_code_falls_back_to_the_base_class() -> None:
    error = call_balances(httpx.Response(400, json={"result": False, "code": "SOMETHING_NEW", "message": "new"}))
    assert type(error) is PionexError
    assert error.code == "SOMETHING_NEW" and error.status_code == 400


def test_misspelled_symbol_code_from_pionex_docs_is_understood() -> None:
    error = call_balances(httpx.Response(200, json={"result": False, "code": "TRADE_INVAILD_SYMBOL", "message": "x"}))
    assert isinstance(error, TradeInvalidSymbolError)


def test_http_401_with_code_raises_the_code_class() -> None:
    error = call_balances(httpx.Response(401, json={"result": False, "code": "INVALID_SIGNATURE", "message": "bad"}))
    assert isinstance(error, InvalidSignatureError) and isinstance(error, AuthenticationError)
    assert error.status_code == 401
    assert str(error) == "INVALID_SIGNATURE: bad (GET /api/v1/account/balances, HTTP 401)"


def test_rate_limit() -> None:
    error = call_balances(httpx.Response(429, headers={"Retry-After": "60"}, text="Too Many Requests"))
    assert isinstance(error, RateLimitError)
    assert error.status_code == 429 and error.retry_after == 60.0


def test_rate_limit_with_json_body() -> None:
    error = call_balances(httpx.Response(429, json={"result": False, "code": "RATE_LIMIT", "message": "slow down"}))
    assert isinstance(error, RateLimitError) and error.message == "slow down" and error.retry_after is None


@pytest.mark.parametrize(
    ("status", "body", "headers"),
    [
        (200, b'{"result": true, "data": {"bal', {"Content-Type": "application/json"}),
        (200, b"", {}),
        (200, b"[1, 2]", {"Content-Type": "application/json"}),
    ],
    ids=["truncated", "empty", "not-an-object"],
)
def test_unreadable_reply_raises_decode_error(status: int, body: bytes, headers: dict[str, str]) -> None:
    error = call_balances(httpx.Response(status, content=body, headers=headers))
    assert type(error) is ResponseDecodeError
    assert error.status_code == status
    assert "JSON" in str(error)


def test_reply_without_result_field() -> None:
    error = call_balances(httpx.Response(200, json={"data": {"balances": []}}))
    assert type(error) is ResponseDecodeError and "result" in str(error)


def test_success_without_data_object() -> None:
    error = call_balances(httpx.Response(200, json={"result": True, "data": "oops"}))
    assert type(error) is ResponseDecodeError and "data" in str(error)


def test_data_of_the_wrong_shape_names_the_field() -> None:
    error = call_balances(httpx.Response(200, json=envelope({"balances": 5})))
    assert type(error) is ResponseDecodeError and "data.balances" in str(error)


def test_html_error_page_is_a_server_error() -> None:
    page = b"<html><body>502 Bad Gateway</body></html>"
    error = call_balances(httpx.Response(502, content=page, headers={"Content-Type": "text/html"}))
    assert type(error) is ServerError and error.status_code == 502 and "text/html" in str(error)


def test_server_error_without_code() -> None:
    error = call_balances(httpx.Response(503, json={"message": "maintenance"}))
    assert type(error) is ServerError and error.message == "maintenance"


def test_client_error_status_without_code() -> None:
    error = call_balances(httpx.Response(404, json={"result": False, "message": "no route"}))
    assert type(error) is PionexError and error.status_code == 404


def test_connection_and_timeout_errors_are_wrapped() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(refuse)) as client:
        with pytest.raises(PionexConnectionError) as refused:
            client.account.get_balances()
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(slow)) as client:
        with pytest.raises(PionexTimeoutError):
            client.market.get_tickers()
    assert refused.value.path == "/api/v1/account/balances"
    assert_no_secret(refused.value)


def test_async_errors_match_sync() -> None:
    async def main() -> PionexError:
        reply = httpx.Response(200, json={"result": False, "code": "TRADE_INVALID_SYMBOL", "message": "?"})
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(lambda r: reply)) as client:
            with pytest.raises(PionexError) as caught:
                await client.trade.get_open_orders(symbol="NOPE_USDT")
        return caught.value

    error = asyncio.run(main())
    assert isinstance(error, TradeInvalidSymbolError) and error.path == "/api/v1/trade/openOrders"


def test_logs_and_errors_hold_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(401, json={"result": False, "code": "INVALID_SIGNATURE", "message": "bad"})

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply)) as client:
        with pytest.raises(InvalidSignatureError) as caught:
            client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="10")
    signature = seen[0].headers["PIONEX-SIGNATURE"]
    assert_no_secret(caught.value, signature)
    assert caplog.records, "the client logs each request at DEBUG"
    for record in caplog.records:
        text = record.getMessage()
        assert FAKE_KEY not in text and FAKE_SECRET not in text and signature not in text


def test_every_error_class_is_exported() -> None:
    for cls in set(ERROR_CLASSES.values()):
        assert getattr(pionex_wrapper, cls.__name__) is cls


@pytest.mark.parametrize("bad", [FAKE_KEY + "\n", FAKE_KEY + "\r", " " + FAKE_KEY, "k\u00e9y", "k\x00y"])
def test_unsendable_credentials_are_refused_without_repeating_them(bad: str) -> None:
    for args in ((bad, FAKE_SECRET), (FAKE_KEY, bad)):
        with pytest.raises(InvalidParameterError) as caught:
            Pionex(*args)
        assert caught.value.parameter in ("api_key", "api_secret")
        assert bad not in str(caught.value) and bad.strip() not in str(caught.value)


def test_transport_error_text_is_redacted() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        quoted = (
            f"header values {request.headers['PIONEX-KEY']!r} {request.headers['PIONEX-SIGNATURE']!r} {FAKE_SECRET}"
        )
        raise httpx.RemoteProtocolError(quoted, request=request)

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(fail)) as client:
        with pytest.raises(PionexConnectionError) as caught:
            client.account.get_balances()
    text = str(caught.value)
    assert "***" in text and "RemoteProtocolError" in text
    assert_no_secret(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert caught.value.__context__ is None  # httpx's exception, whose request holds the key, is not kept


@pytest.mark.parametrize("header", ["\u00b2", "nan", "inf", "-5", "1e12", "Wed, 32 Oct 2026 07:28:00 GMT", "1.5"])
def test_odd_retry_after_values(header: str) -> None:
    error = call_balances(httpx.Response(429, headers=[(b"Retry-After", header.encode())], text="slow down"))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == (1.5 if header == "1.5" else None)


def test_deeply_nested_reply_is_a_decode_error() -> None:
    error = call_balances(httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000))
    assert type(error) is ResponseDecodeError


def test_undecodable_content_encoding_is_a_decode_error() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(b"not gzip at all"), headers={"Content-Encoding": "gzip"})

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply)) as client:
        with pytest.raises(ResponseDecodeError) as caught:
            client.account.get_balances()
    assert caught.value.path == "/api/v1/account/balances"


def test_missing_required_reply_field_is_a_decode_error() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"clientOrderId": "x"})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        raw = client.with_raw_response.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="10")
        with pytest.raises(ResponseDecodeError, match=r"data\.orderId is missing"):
            raw.parse()
        # A plain call takes the unreadable reply as a lost one: the lookup finds no usable order.
        with pytest.raises(OrderOutcomeError, match="may have been placed") as caught:
            client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="10", client_order_id="o-1")
        assert caught.value.may_exist and caught.value.client_order_id == "o-1"
