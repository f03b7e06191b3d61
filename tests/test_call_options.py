"""Per-call control: timeout and extra_headers on every operation, with_options, http_client."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from pionex_wrapper import (
    NOT_GIVEN,
    AsyncPionex,
    InvalidParameterError,
    Pionex,
    PionexError,
)
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, envelope

BALANCES = envelope({"balances": [{"coin": "BTC", "free": "1", "frozen": "0"}]})


def reply(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=BALANCES)


def timeouts(request: httpx.Request) -> dict[str, float | None]:
    return dict(request.extensions["timeout"])


def test_default_timeout_and_per_call_override() -> None:
    recorder = Recorder(reply)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync(), timeout=7) as client:
        client.account.get_balances()
        client.account.get_balances(timeout=1.5)
        client.account.get_balances(timeout=httpx.Timeout(3, connect=1))
        client.account.get_balances(timeout=None)
    first, second, third, fourth = (timeouts(r) for r in recorder.requests)
    assert first["read"] == 7 and second["read"] == 1.5
    assert third == {"connect": 1, "read": 3, "write": 3, "pool": 3}
    assert fourth["read"] is None


def test_extra_headers_for_one_call_only() -> None:
    recorder = Recorder(reply)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync(), default_headers={"X-App": "bot-7"}) as client:
        client.account.get_balances(extra_headers={"X-Request-Id": "r-1"})
        client.account.get_balances()
    first, second = recorder.requests
    assert first.headers["X-Request-Id"] == "r-1" and "X-Request-Id" not in second.headers
    assert first.headers["X-App"] == second.headers["X-App"] == "bot-7"
    assert "PIONEX-SIGNATURE" in first.headers


@pytest.mark.parametrize(
    ("headers", "problem"),
    [
        ({"PIONEX-KEY": "other"}, "signs requests itself"),
        ({"X": 5}, "str value"),
        (["X"], "mapping"),
        ([], "mapping"),
        ({"X-Token": "s3cr\u00e9t"}, "printable ASCII"),
        ({"X-Token": "tok3n\r\nX-B: y"}, "line breaks"),
        ({"X A": "1"}, "HTTP token"),
        ({"": "1"}, "HTTP token"),
    ],
)
def test_extra_headers_cannot_touch_signing_or_be_malformed(headers: Any, problem: str) -> None:
    recorder = Recorder(reply)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        for call in (client.account.get_balances, client.market.get_tickers):
            with pytest.raises(InvalidParameterError, match=problem) as caught:
                call(extra_headers=headers)
            assert caught.value.parameter == "extra_headers"
            assert "s3cr" not in str(caught.value) and "tok3n" not in str(caught.value)
        with pytest.raises(InvalidParameterError) as built:
            client.with_options(default_headers=headers)
        assert built.value.parameter == "default_headers"
    with pytest.raises(InvalidParameterError):
        Pionex(default_headers=headers)
    assert recorder.requests == []


def test_header_overrides_are_case_insensitive_everywhere() -> None:
    recorder = Recorder(reply)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync(), default_headers={"X-App": "a"}) as client:
        client.with_options(default_headers={"x-app": "c", "user-agent": "mine"}).account.get_balances()
        client.account.get_balances(extra_headers={"X-APP": "b"})
    for request, want in zip(recorder.requests, ("c", "b"), strict=True):
        assert request.headers.get_list("x-app") == [want]
        assert len(request.headers.get_list("user-agent")) == 1
    assert recorder.requests[0].headers["user-agent"] == "mine"


def test_redirects_are_never_followed_so_credentials_stay_home() -> None:
    def redirect(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.pionex.com":
            return httpx.Response(302, headers={"Location": "http://elsewhere.example/steal"})
        return httpx.Response(200, json=BALANCES)

    recorder = Recorder(redirect)
    with httpx.Client(transport=recorder.sync(), follow_redirects=True) as http:
        with Pionex(FAKE_KEY, FAKE_SECRET, http_client=http) as client:
            with pytest.raises(PionexError, match="redirect") as caught:
                client.account.get_balances()
    assert [r.url.host for r in recorder.requests] == ["api.pionex.com"]
    assert caught.value.status_code == 302


def test_the_exchanges_message_never_repeats_the_credentials() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        said = f"signature {request.headers['PIONEX-SIGNATURE']} for key {request.headers['PIONEX-KEY']} is wrong"
        return httpx.Response(401, json={"result": False, "code": "INVALID_SIGNATURE", "message": said})

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=Recorder(echo).sync()) as client:
        with pytest.raises(PionexError) as caught:
            client.account.get_balances()
    text = str(caught.value) + repr(caught.value)
    assert FAKE_KEY not in text and "signature *** for key *** is wrong" in text


@pytest.mark.parametrize(
    "timeout",
    [-1, 0, float("nan"), float("inf"), "5", True, 1e10, httpx.Timeout(float("nan")), httpx.Timeout(-1.0),
     httpx.Timeout(5, read=1e12)],
)  # fmt: skip
def test_bad_timeouts_are_refused_by_name(timeout: Any) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        Pionex(timeout=timeout)
    assert caught.value.parameter == "timeout"
    recorder = Recorder(reply)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(InvalidParameterError):
            client.account.get_balances(timeout=timeout)
        with pytest.raises(InvalidParameterError):
            client.with_options(timeout=timeout)
    assert recorder.requests == []


@pytest.mark.parametrize(
    "url", ["api.pionex.com", "ftp://x", "https://", "http://host?x=1", 5, "http://[::1", "http://host:abc"]
)
def test_bad_base_url_is_refused_by_name(url: Any) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        Pionex(base_url=url)
    assert caught.value.parameter == "base_url"


def test_base_url_with_a_password_is_refused_without_repeating_it() -> None:
    for url in ("https://me:hunter2@api.pionex.com", "https://me:hunter2@api.pionex.com/?x=1"):
        with pytest.raises(InvalidParameterError) as caught:
            Pionex(base_url=url)
        assert caught.value.parameter == "base_url" and "hunter2" not in str(caught.value)


def test_with_options_shares_the_pool_and_changes_only_what_it_is_told() -> None:
    opened: list[str] = []
    recorder = Recorder(reply)

    class CountingTransport(httpx.MockTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            opened.append(request.url.path)
            return super().handle_request(request)

    client = Pionex(FAKE_KEY, FAKE_SECRET, transport=CountingTransport(recorder), timeout=9)
    quick = client.with_options(timeout=0.5, default_headers={"X-Mode": "fast"})
    other = client.with_options(api_key="sub-account-key-NOT-REAL", api_secret="sub-account-secret-NOT-REAL")
    assert quick.timeout == 0.5 and client.timeout == 9 and other.timeout == 9
    quick.account.get_balances()
    other.account.get_balances()
    client.account.get_balances()
    a, b, c = recorder.requests
    assert timeouts(a)["read"] == 0.5 and timeouts(c)["read"] == 9
    assert a.headers["X-Mode"] == "fast" and "X-Mode" not in c.headers
    assert b.headers["PIONEX-KEY"] == "sub-account-key-NOT-REAL" and c.headers["PIONEX-KEY"] == FAKE_KEY
    assert len(opened) == 3
    assert quick._http is client._http is other._http  # one pool
    quick.close()  # the copy does not own the pool
    client.account.get_balances()
    client.close()
    with pytest.raises(PionexError, match="closed"):
        quick.account.get_balances()


def test_with_options_needs_key_and_secret_together() -> None:
    with Pionex(FAKE_KEY, FAKE_SECRET) as client:
        with pytest.raises(InvalidParameterError, match="together"):
            client.with_options(api_key="only-a-key-NOT-REAL")


def test_caller_supplied_http_client_is_used_signed_and_left_open() -> None:
    seen: list[str] = []
    recorder = Recorder(reply)
    http = httpx.Client(transport=recorder.sync(), event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    with Pionex(FAKE_KEY, FAKE_SECRET, http_client=http) as client:
        client.account.get_balances()
        client.market.get_market_depth(symbol="BTC_USDT", timeout=NOT_GIVEN)
    assert seen == ["/api/v1/account/balances", "/api/v1/market/depth"]
    assert "PIONEX-SIGNATURE" in recorder.requests[0].headers
    assert "PIONEX-SIGNATURE" not in recorder.requests[1].headers
    assert str(recorder.requests[0].url).startswith("https://api.pionex.com/")
    assert not http.is_closed
    http.close()


def test_http_client_and_transport_are_exclusive() -> None:
    with pytest.raises(InvalidParameterError, match="http_client"):
        Pionex(http_client=httpx.Client(), transport=httpx.MockTransport(reply))
    with pytest.raises(InvalidParameterError) as caught:
        Pionex(http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    assert caught.value.parameter == "http_client"


def test_call_after_close_is_a_pionex_error_and_sends_nothing() -> None:
    recorder = Recorder(reply)
    client = Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync())
    client.close()
    with pytest.raises(PionexError, match="closed"):
        client.account.get_balances()
    assert recorder.requests == []


def test_async_per_call_options_with_options_and_http_client() -> None:
    recorder = Recorder(reply)
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.headers.get("X-Trace", ""))

    async def main() -> None:
        http = httpx.AsyncClient(transport=recorder.asynchronous(), event_hooks={"request": [hook]})
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, http_client=http, timeout=4) as client:
            await client.account.get_balances(timeout=2, extra_headers={"X-Trace": "t-1"})
            fast = client.with_options(timeout=1)
            got = await fast.account.get_balances()
            assert got.balances[0].coin == "BTC"
            raw = await fast.with_raw_response.account.get_balances(extra_headers={"X-Trace": "t-3"})
            assert raw.parse().balances[0].coin == "BTC"
        assert not http.is_closed
        await http.aclose()
        closed = AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=recorder.asynchronous())
        await closed.aclose()
        with pytest.raises(PionexError, match="closed"):
            await closed.account.get_balances()

    asyncio.run(main())
    assert seen == ["t-1", "", "t-3"]
    assert [timeouts(r)["read"] for r in recorder.requests] == [2, 1, 1]
