"""The sandbox checks signatures, timestamps and permissions the way Pionex documents."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from pionex_sandbox import READONLY_API_KEY, READONLY_API_SECRET, Spot, create_app
from pionex_sandbox.verify import payload, query_pairs
from tests.sandbox.sandbox_support import Api, Clock, open_api, sign, tamper

# Pionex's published worked example.
EXAMPLE_SECRET = "NFqv4MB3hB0SOiEsJNDP9e0jDdKPWbDqS_Z1dbU4"
EXAMPLE_TIMESTAMP = 1655896754515
EXAMPLE_SIGNED = "GET/api/v1/trade/allOrders?limit=1&symbol=BTC_USDT&timestamp=1655896754515"

BALANCES = "/api/v1/account/balances"
ORDER = "/api/v1/trade/order"


def test_worked_example_signing_string() -> None:
    pairs = query_pairs("symbol=BTC_USDT&limit=1&timestamp=1655896754515")
    assert payload("GET", "/api/v1/trade/allOrders", pairs, b"") == EXAMPLE_SIGNED.encode()


def test_worked_example_is_accepted() -> None:
    clock = Clock(EXAMPLE_TIMESTAMP)
    app = create_app(api_key="worked-example-key", api_secret=EXAMPLE_SECRET, clock=clock)
    signature = hmac.new(EXAMPLE_SECRET.encode(), EXAMPLE_SIGNED.encode(), hashlib.sha256).hexdigest()
    for api in open_api(app, clock):
        response = api.send(
            "GET",
            "/api/v1/trade/allOrders",
            "symbol=BTC_USDT&limit=1&timestamp=1655896754515",
            headers={"PIONEX-KEY": "worked-example-key", "PIONEX-SIGNATURE": signature},
        )
        assert api.ok(response) == {"orders": []}
        wrong = api.send(
            "GET",
            "/api/v1/trade/allOrders",
            "symbol=BTC_USDT&limit=2&timestamp=1655896754515",
            headers={"PIONEX-KEY": "worked-example-key", "PIONEX-SIGNATURE": signature},
        )
        api.refused(wrong, 401, "INVALID_SIGNATURE")


def test_comma_values_are_signed_unencoded(api: Api) -> None:
    # An extra parameter the operation ignores is still part of what is signed.
    query = f"symbols=BTC_USDT%2CETH_USDT&timestamp={api.clock.now}"
    plain = [("symbols", "BTC_USDT,ETH_USDT"), ("timestamp", str(api.clock.now))]
    encoded = [("symbols", "BTC_USDT%2CETH_USDT"), ("timestamp", str(api.clock.now))]
    for pairs, accepted in ((plain, True), (encoded, False)):
        signature = sign("sandbox-secret-NOT-A-REAL-SECRET", "GET", BALANCES, pairs)
        headers = {"PIONEX-KEY": "sandbox-key-NOT-A-REAL-KEY", "PIONEX-SIGNATURE": signature}
        response = api.send("GET", BALANCES, query, headers=headers)
        if accepted:
            api.ok(response)
        else:
            api.refused(response, 401, "INVALID_SIGNATURE")


def test_query_order_does_not_matter_and_header_names_are_case_insensitive(api: Api) -> None:
    pairs = [("timestamp", str(api.clock.now)), ("symbol", "BTC_USDT"), ("limit", "5")]
    signature = sign("sandbox-secret-NOT-A-REAL-SECRET", "GET", "/api/v1/trade/allOrders", pairs)
    query = "&".join(f"{key}={value}" for key, value in pairs)
    headers = {"pionex-key": "sandbox-key-NOT-A-REAL-KEY", "pionex-signature": signature}
    assert api.ok(api.send("GET", "/api/v1/trade/allOrders", query, headers=headers)) == {"orders": []}


def test_body_is_signed_exactly_as_sent(api: Api) -> None:
    body = b'{ "symbol" : "BTC_USDT",  "side":"BUY","type":"LIMIT","size":"0.001","price":"60000" }'
    api.ok(api.private("POST", ORDER, body=body))
    # Signed over one body, sent with another: refused.
    pairs = [("timestamp", str(api.clock.now))]
    signature = sign("sandbox-secret-NOT-A-REAL-SECRET", "POST", ORDER, pairs, body)
    other = body.replace(b"60000", b"60001")
    headers = {"PIONEX-KEY": "sandbox-key-NOT-A-REAL-KEY", "PIONEX-SIGNATURE": signature}
    api.refused(api.send("POST", ORDER, f"timestamp={api.clock.now}", other, headers), 401, "INVALID_SIGNATURE")


def test_missing_key(api: Api) -> None:
    api.refused(api.private("GET", BALANCES, key=None), 401, "APIKEY_LOST")
    api.refused(api.private("GET", BALANCES, key=""), 401, "APIKEY_LOST")


def test_missing_key_and_signature_reports_the_key_first(api: Api) -> None:
    api.refused(api.private("GET", BALANCES, key=None, signature=""), 401, "APIKEY_LOST")


def test_missing_signature(api: Api) -> None:
    api.refused(api.private("GET", BALANCES, signature=""), 401, "SIGNATURE_LOST")


def test_unknown_key(api: Api) -> None:
    api.refused(api.private("GET", BALANCES, key="no-such-key"), 401, "INVALID_APIKEY")
    # The key is checked before the timestamp.
    api.refused(api.private("GET", BALANCES, key="no-such-key", timestamp="soon"), 401, "INVALID_APIKEY")


def test_one_changed_character_in_the_signature(api: Api) -> None:
    good = sign("sandbox-secret-NOT-A-REAL-SECRET", "GET", BALANCES, [("timestamp", str(api.clock.now))])
    api.ok(api.private("GET", BALANCES, signature=good))
    api.refused(api.private("GET", BALANCES, signature=tamper(good)), 401, "INVALID_SIGNATURE")
    api.refused(api.private("GET", BALANCES, signature=good.upper()), 401, "INVALID_SIGNATURE")


def test_signature_with_the_wrong_secret(api: Api) -> None:
    api.refused(api.private("GET", BALANCES, sign_with="another-secret"), 401, "INVALID_SIGNATURE")


def test_stale_future_missing_and_malformed_timestamps(api: Api) -> None:
    now = api.clock.now
    api.refused(api.private("GET", BALANCES, timestamp=now - 30_000), 401, "INVALID_TIMESTAMP")
    api.refused(api.private("GET", BALANCES, timestamp=now + 30_000), 401, "INVALID_TIMESTAMP")
    api.refused(api.private("GET", BALANCES, timestamp="1.7e12"), 401, "INVALID_TIMESTAMP")
    api.refused(api.private("GET", BALANCES, timestamp=""), 401, "INVALID_TIMESTAMP")
    signature = sign("sandbox-secret-NOT-A-REAL-SECRET", "GET", BALANCES, [])
    headers = {"PIONEX-KEY": "sandbox-key-NOT-A-REAL-KEY", "PIONEX-SIGNATURE": signature}
    api.refused(api.send("GET", BALANCES, headers=headers), 401, "INVALID_TIMESTAMP")


def test_timestamp_window_is_twenty_seconds_either_way(api: Api) -> None:
    now = api.clock.now
    api.ok(api.private("GET", BALANCES, timestamp=now - 20_000))
    api.ok(api.private("GET", BALANCES, timestamp=now + 20_000))
    api.refused(api.private("GET", BALANCES, timestamp=now - 20_001), 401, "INVALID_TIMESTAMP")
    api.refused(api.private("GET", BALANCES, timestamp=now + 20_001), 401, "INVALID_TIMESTAMP")


def test_timestamp_is_checked_before_the_signature(api: Api) -> None:
    stale = api.clock.now - 30_000
    api.refused(api.private("GET", BALANCES, timestamp=stale, signature="0" * 64), 401, "INVALID_TIMESTAMP")


def test_signature_is_checked_before_the_permission(api: Api) -> None:
    response = api.private(
        "POST", ORDER, body={"symbol": "BTC_USDT"}, key=READONLY_API_KEY, secret=READONLY_API_SECRET, signature="0"
    )
    api.refused(response, 401, "INVALID_SIGNATURE")


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", ORDER, {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "size": "0.001", "price": "60000"}),
        ("DELETE", ORDER, {"symbol": "BTC_USDT", "orderId": 10000001}),
        ("POST", "/api/v1/trade/massOrder", {"symbol": "BTC_USDT", "orders": []}),
        ("DELETE", "/api/v1/trade/allOrders", {"symbol": "BTC_USDT"}),
    ],
)
def test_read_only_key_cannot_trade(api: Api, method: str, path: str, body: dict[str, object]) -> None:
    response = api.private(method, path, body=body, key=READONLY_API_KEY, secret=READONLY_API_SECRET)
    message = api.refused(response, 401, "PERMISSION_DENIED")
    assert "trade" in message
    assert api.sandbox.engine(Spot).orders == {}


def test_read_only_key_can_read(api: Api) -> None:
    data = api.ok(api.private("GET", BALANCES, key=READONLY_API_KEY, secret=READONLY_API_SECRET))
    assert [entry["coin"] for entry in data["balances"]] == ["BTC", "USDT"]


def test_key_without_read_permission_cannot_read(api: Api) -> None:
    api.sandbox.add_account("trade-only", "trade-only-key", "trade-only-secret", permissions={"trade"})
    response = api.private("GET", BALANCES, key="trade-only-key", secret="trade-only-secret")
    api.refused(response, 401, "PERMISSION_DENIED")


def test_public_operations_ignore_credentials(api: Api) -> None:
    headers = {"PIONEX-KEY": "nonsense", "PIONEX-SIGNATURE": "nonsense"}
    response = api.send("GET", "/api/v1/market/depth", "symbol=BTC_USDT&timestamp=1", headers=headers)
    assert api.ok(response)["bids"]


def test_unknown_routes_and_methods_get_json_envelopes(api: Api) -> None:
    for path in ("/api/v1/nothing", "/api/v1/market/depth/", "/"):
        response = api.send("GET", path)
        assert response.status_code == 404
        assert response.json()["result"] is False and response.json()["timestamp"] == api.clock.now
        assert response.json()["code"] == "NOT_FOUND" and path in response.json()["message"]
    response = api.send("PUT", ORDER)
    assert response.status_code == 405 and response.json()["result"] is False
    assert response.json()["code"] == "METHOD_NOT_ALLOWED"
    assert set(response.headers["allow"].replace(" ", "").split(",")) >= {"GET", "POST", "DELETE"}


def test_a_doubled_slash_is_read_as_one_for_routing_and_signing(api: Api) -> None:
    """Published clients join ``https://host/`` and ``/api/...`` (``//api/...``) and sign ``/api/...``."""
    depth = api.send("GET", "http://testserver//api/v1/market/depth", "symbol=BTC_USDT&limit=1")
    assert api.ok(depth)["bids"]
    pairs = [("timestamp", str(api.clock.now))]
    signature = sign("sandbox-secret-NOT-A-REAL-SECRET", "GET", BALANCES, pairs)
    headers = {"PIONEX-KEY": "sandbox-key-NOT-A-REAL-KEY", "PIONEX-SIGNATURE": signature}
    query = f"timestamp={api.clock.now}"
    assert api.ok(api.send("GET", f"http://testserver//{BALANCES.lstrip('/')}", query, headers=headers))["balances"]
    assert api.ok(api.send("GET", "http://testserver/api//v1///account/balances", query, headers=headers))
    # The signature of the path as sent with its doubled slash is not the one checked.
    doubled = sign("sandbox-secret-NOT-A-REAL-SECRET", "GET", "/" + BALANCES, pairs)
    refused = api.send(
        "GET", f"http://testserver//{BALANCES.lstrip('/')}", query, headers={**headers, "PIONEX-SIGNATURE": doubled}
    )
    assert refused.status_code == 401 and refused.json()["code"] == "INVALID_SIGNATURE"
