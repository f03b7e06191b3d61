"""The signing hook: what a private request carries, checked by an independent HMAC."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import re
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

import pionex_wrapper.auth
from pionex_wrapper import AsyncPionex, MissingCredentialsError, Pionex, PionexAuth, signing_payload
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, envelope

# Pionex's published worked example.
EXAMPLE_SECRET = "NFqv4MB3hB0SOiEsJNDP9e0jDdKPWbDqS_Z1dbU4"
EXAMPLE_TIMESTAMP = 1655896754515
EXAMPLE_STRING = "GET/api/v1/trade/allOrders?limit=1&symbol=BTC_USDT&timestamp=1655896754515"


def expected_signature(secret: str, request: httpx.Request) -> str:
    """Pionex's rule written out from the documentation, independently of pionex_wrapper.auth."""
    raw_query = urlsplit(str(request.url)).query
    pairs = sorted(parse_qsl(raw_query, keep_blank_values=True), key=lambda kv: kv[0])
    text = request.method + request.url.path + "?" + "&".join(f"{k}={v}" for k, v in pairs)
    message = text.encode() + (request.content if request.method in ("POST", "DELETE") else b"")
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def test_worked_example_signs_the_documented_string() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"orders": []})))
    auth_clock = lambda: EXAMPLE_TIMESTAMP
    with Pionex("any-key-NOT-REAL", EXAMPLE_SECRET, transport=recorder.sync()) as client:
        client._core.auth._clock = auth_clock
        client.trade.get_all_orders(symbol="BTC_USDT", limit=1)
    (request,) = recorder.requests
    payload = signing_payload(request.method, request.url.path, parse_qsl(request.url.query.decode()), request.content)
    assert payload.decode() == EXAMPLE_STRING
    documented = hmac.new(EXAMPLE_SECRET.encode(), EXAMPLE_STRING.encode(), hashlib.sha256).hexdigest()
    assert request.headers["PIONEX-SIGNATURE"] == documented


def test_private_request_carries_timestamp_key_and_reproducible_signature() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"balances": []})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        client.account.get_balances()
    (request,) = recorder.requests
    stamp = int(request.url.params["timestamp"])
    assert abs(stamp - pionex_wrapper.auth.now_ms()) < 60_000
    assert request.headers["PIONEX-KEY"] == FAKE_KEY
    assert request.headers["PIONEX-SIGNATURE"] == expected_signature(FAKE_SECRET, request)


def test_public_request_carries_no_credentials() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"bids": [], "asks": []})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        client.market.get_market_depth(symbol="BTC_USDT", limit=5)
    (request,) = recorder.requests
    assert "timestamp" not in request.url.params
    assert "PIONEX-KEY" not in request.headers
    assert "PIONEX-SIGNATURE" not in request.headers
    assert dict(request.url.params) == {"symbol": "BTC_USDT", "limit": "5"}


def test_comma_in_query_value_is_signed_unencoded() -> None:
    auth = PionexAuth(FAKE_KEY, FAKE_SECRET, clock=lambda: 1700000000000, private_routes=[("GET", "/probe")])
    request = httpx.Request("GET", "https://example.invalid/probe", params={"symbols": "BTC_USDT,ETH_USDT"})
    signed = next(auth.auth_flow(request))
    assert b"symbols=BTC_USDT%2CETH_USDT" in signed.url.query  # encoded on the wire
    text = "GET/probe?symbols=BTC_USDT,ETH_USDT&timestamp=1700000000000"  # unencoded when signed
    want = hmac.new(FAKE_SECRET.encode(), text.encode(), hashlib.sha256).hexdigest()
    assert signed.headers["PIONEX-SIGNATURE"] == want


def test_body_is_signed_exactly_as_sent() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"orderId": 7})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        client.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.01", price="30000")
    (request,) = recorder.requests
    sent = json.loads(request.content)
    assert re.fullmatch(r"pxsdk-[0-9a-f]{32}", sent.pop("clientOrderId"))  # generated: orders are reconcilable
    assert sent == {
        "symbol": "BTC_USDT",
        "side": "BUY",
        "type": "LIMIT",
        "size": "0.01",
        "price": "30000",
        "IOC": False,
    }
    stamp = request.url.params["timestamp"]
    text = f"POST/api/v1/trade/order?timestamp={stamp}".encode() + request.content
    want = hmac.new(FAKE_SECRET.encode(), text, hashlib.sha256).hexdigest()
    assert request.headers["PIONEX-SIGNATURE"] == want


def test_delete_body_is_signed() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope()))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        assert client.trade.cancel_order(symbol="BTC_USDT", order_id=42) is None
    (request,) = recorder.requests
    assert request.method == "DELETE"
    assert json.loads(request.content) == {"symbol": "BTC_USDT", "orderId": 42}
    assert request.headers["PIONEX-SIGNATURE"] == expected_signature(FAKE_SECRET, request)


def test_timestamp_is_fresh_on_every_attempt() -> None:
    ticks = iter([1000, 2000])
    auth = PionexAuth(FAKE_KEY, FAKE_SECRET, clock=lambda: next(ticks))
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=envelope({"balances": []}))

    with httpx.Client(base_url="https://example.invalid", auth=auth, transport=httpx.MockTransport(handler)) as http:
        http.get("/api/v1/account/balances")
        http.get("/api/v1/account/balances")
    assert [r.url.params["timestamp"] for r in seen] == ["1000", "2000"]
    assert seen[0].headers["PIONEX-SIGNATURE"] != seen[1].headers["PIONEX-SIGNATURE"]


def test_user_supplied_timestamp_is_replaced_not_duplicated() -> None:
    auth = PionexAuth(FAKE_KEY, FAKE_SECRET, clock=lambda: 5)
    request = httpx.Request("GET", "https://example.invalid/api/v1/account/balances?timestamp=1")
    signed = next(auth.auth_flow(request))
    assert signed.url.params.get_list("timestamp") == ["5"]


def test_private_call_without_credentials_fails_before_sending() -> None:
    recorder = Recorder()
    with Pionex(transport=recorder.sync()) as client:
        with pytest.raises(MissingCredentialsError) as caught:
            client.account.get_balances()
    assert recorder.requests == []
    assert "api_key" in str(caught.value) and caught.value.path == "/api/v1/account/balances"


def test_auth_hook_itself_refuses_unsigned_private_request() -> None:
    recorder = Recorder()
    auth = PionexAuth(None, None)
    with httpx.Client(base_url="https://example.invalid", auth=auth, transport=recorder.sync()) as http:
        with pytest.raises(MissingCredentialsError):
            http.get("/api/v1/trade/openOrders", params={"symbol": "BTC_USDT"})
        http.get("/api/v1/market/tickers")  # public: no credentials needed
    assert [r.url.path for r in recorder.requests] == ["/api/v1/market/tickers"]


def test_credentials_fall_back_to_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIONEX_API_KEY", FAKE_KEY)
    monkeypatch.setenv("PIONEX_API_SECRET", FAKE_SECRET)
    monkeypatch.setenv("PIONEX_BASE_URL", "http://127.0.0.1:9/")
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"balances": []})))
    with Pionex(transport=recorder.sync()) as client:
        assert client.base_url == "http://127.0.0.1:9"
        client.account.get_balances()
    (request,) = recorder.requests
    assert request.url.host == "127.0.0.1"
    assert request.headers["PIONEX-SIGNATURE"] == expected_signature(FAKE_SECRET, request)


def test_async_client_signs_the_same_way() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope({"orders": [], "tickers": []})))

    async def main() -> None:
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=recorder.asynchronous()) as client:
            await client.trade.get_all_orders(symbol="BTC_USDT", limit=1)
            await client.market.get_tickers(symbol="BTC_USDT")

    asyncio.run(main())
    private, public = recorder.requests
    assert private.headers["PIONEX-SIGNATURE"] == expected_signature(FAKE_SECRET, private)
    assert "PIONEX-SIGNATURE" not in public.headers and "timestamp" not in public.url.params


def test_repr_hides_credentials() -> None:
    auth = PionexAuth(FAKE_KEY, FAKE_SECRET)
    client = Pionex(FAKE_KEY, FAKE_SECRET)
    aclient = AsyncPionex(FAKE_KEY, FAKE_SECRET)
    for text in (repr(auth), str(auth), repr(client), repr(aclient), repr(vars(client))):
        assert FAKE_KEY not in text and FAKE_SECRET not in text
    client.close()
    asyncio.run(aclient.aclose())
