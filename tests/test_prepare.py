"""``Pionex.prepare`` / ``AsyncPionex.prepare``: the request a call would send, checked, built and
signed, and not sent; the key masked and the signature redacted wherever it is shown."""

from __future__ import annotations

import asyncio
import hmac
from decimal import Decimal
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

import pionex_wrapper.auth
import pionex_wrapper.client
from pionex_wrapper import (
    AsyncPionex,
    InvalidParameterError,
    MissingCredentialsError,
    Pionex,
    PreparedRequest,
    sign,
    signing_payload,
)
from pionex_wrapper.rules import MarketRules, PairRules

KEY = "prepare-test-key-0123456789"
SECRET = "prepare-test-secret-9876543210"
FROZEN_MS = 1_700_000_000_123
ORDER = {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "price": "60000", "size": "0.01"}


@pytest.fixture(autouse=True)
def _frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pionex_wrapper.auth, "now_ms", lambda: FROZEN_MS)
    monkeypatch.setattr(pionex_wrapper.client, "new_client_order_id", lambda: "pxsdk-prepared-1")


def refuse_all(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"prepare sent {request.method} {request.url}")


def recomputed(prepared: PreparedRequest) -> str:
    url = urlsplit(prepared.url)
    return sign(SECRET, signing_payload(prepared.method, url.path, parse_qsl(url.query), prepared.body))


def check_preview(prepared: PreparedRequest) -> None:
    assert prepared.method == "POST"
    assert prepared.url == f"https://api.pionex.com/api/v1/trade/order?timestamp={FROZEN_MS}"
    assert prepared.timestamp == FROZEN_MS and prepared.private
    assert prepared.body == (
        b'{"symbol":"BTC_USDT","side":"BUY","type":"LIMIT","clientOrderId":"pxsdk-prepared-1",'
        b'"size":"0.01","price":"60000"}'
    )
    headers = dict(prepared.headers)
    assert headers["PIONEX-KEY"] == "pre...789"
    assert headers["PIONEX-SIGNATURE"] == "<redacted>"
    assert headers["Content-Length"] == str(len(prepared.body))
    assert prepared.signature is not None and hmac.compare_digest(prepared.signature, recomputed(prepared))
    assert prepared.arguments["client_order_id"] == "pxsdk-prepared-1"
    shown = repr(prepared) + str(prepared.headers)
    for secret in (KEY, SECRET, prepared.signature):
        assert secret not in shown


def test_prepare_builds_and_signs_without_sending() -> None:
    with Pionex(KEY, SECRET, transport=httpx.MockTransport(refuse_all)) as client:
        check_preview(client.prepare("newOrder", ORDER))
        # By name under the naming rule too, and a public request is not signed.
        public = client.prepare("market depth", {"symbol": "BTC_USDT", "limit": 5})
    assert public.url == "https://api.pionex.com/api/v1/market/depth?symbol=BTC_USDT&limit=5"
    assert public.timestamp is None and public.signature is None and not public.private
    assert public.body == b""
    assert "PIONEX-KEY" not in dict(public.headers)


def test_async_prepare_is_the_same_request() -> None:
    async def main() -> PreparedRequest:
        async with AsyncPionex(KEY, SECRET, transport=httpx.MockTransport(refuse_all)) as client:
            return client.prepare("newOrder", ORDER)

    check_preview(asyncio.run(main()))


def test_the_preview_is_what_the_call_sends() -> None:
    sent: list[httpx.Request] = []

    def exchange(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"result": True, "data": {"orderId": 7, "clientOrderId": "pxsdk-prepared-1"}})

    with Pionex(KEY, SECRET, transport=httpx.MockTransport(exchange), sync_clock=False) as client:
        prepared = client.prepare("newOrder", ORDER)
        assert sent == []
        client.invoke("newOrder", ORDER)  # what the command line sends after guard()
    (request,) = sent
    assert (request.method, str(request.url), request.content) == (prepared.method, prepared.url, prepared.body)
    assert prepared.signature == request.headers["PIONEX-SIGNATURE"]
    shown = {name.lower(): value for name, value in prepared.headers}
    for name, value in request.headers.items():
        if name not in ("pionex-key", "pionex-signature"):
            assert shown[name] == value


def test_prepare_refuses_what_a_call_refuses() -> None:
    with Pionex(KEY, SECRET, transport=httpx.MockTransport(refuse_all)) as client:
        with pytest.raises(InvalidParameterError, match="price"):
            client.prepare("newOrder", {**ORDER, "price": "-1"})
        with pytest.raises(InvalidParameterError, match="nope"):
            client.prepare("newOrder", {**ORDER, "nope": 1})
    with Pionex(transport=httpx.MockTransport(refuse_all)) as anonymous:
        with pytest.raises(MissingCredentialsError):
            anonymous.prepare("newOrder", ORDER)


def test_prepare_checks_the_pair_rules_the_client_has() -> None:
    rules = MarketRules([PairRules("BTC_USDT", price_step=Decimal("0.01"), size_step=Decimal("0.0001"), quote="USDT")])
    with Pionex(KEY, SECRET, transport=httpx.MockTransport(refuse_all), market_rules=rules) as client:
        assert client.prepare("newOrder", ORDER).pair_rules == rules["BTC_USDT"]
        with pytest.raises(InvalidParameterError, match="decimals"):
            client.prepare("newOrder", {**ORDER, "price": "60000.001"})
        assert client.prepare("cancelOrder", {"symbol": "BTC_USDT", "orderId": 1}).pair_rules is None
    with Pionex(KEY, SECRET, transport=httpx.MockTransport(refuse_all)) as without:
        assert without.prepare("newOrder", ORDER).pair_rules is None
