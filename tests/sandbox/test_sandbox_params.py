"""How the sandbox reads numbers and repeated parameters, and the HTTP statuses it answers with.

* Numeric parameters whose value is 0 count as not given (Pionex disregards them), except where
  Pionex documents a range that starts above 0 (every ``limit``): there 0 is out of range.
* Every range the spec documents for a query parameter is enforced, at both ends.
* Parameters an operation does not take are ignored, even when repeated; its own are refused
  when repeated.
* Integers hold exactly the signed 64-bit range, in queries and in JSON bodies.
* Statuses: 200, 400 for refusals, 401 for authentication, 429 past the rate limits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from starlette.applications import Starlette

from pionex_sandbox import OPERATIONS, READONLY_API_KEY, READONLY_API_SECRET, Spot, create_app, sandbox_of
from pionex_sandbox.limits import BAN_EXTENSION_SECONDS, BAN_SECONDS, RateLimits
from tests.sandbox.sandbox_support import SPEC_PATH, Api, Clock, open_api

DEPTH = "/api/v1/market/depth"
TRADES = "/api/v1/market/trades"
KLINES = "/api/v1/market/klines"
SYMBOLS = "/api/v1/common/symbols"
BALANCES = "/api/v1/account/balances"
ORDER = "/api/v1/trade/order"
ALL = "/api/v1/trade/allOrders"
FILLS = "/api/v1/trade/fills"
ORDER_FILLS = "/api/v1/trade/fillsByOrderId"

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1


def traded(api: Api) -> int:
    """Place a BTC_USDT buy that takes liquidity an hour before now; its order id."""
    api.clock.now -= 3_600_000
    order_id = api.order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="5000")
    api.clock.now += 3_600_000
    return order_id


# -- zero-valued numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize("zero", ["0", "-0", "000"])
def test_zero_limits_are_below_the_documented_minimum(api: Api, zero: str) -> None:
    # Pionex disregards zero-valued numbers, but documents every limit's range as starting at 1
    # (10 for trades): 0 is out of that range, and refused as Pionex's schemas say.
    message = api.refused(api.send("GET", DEPTH, f"symbol=BTC_USDT&limit={zero}"), 400, "MARKET_PARAMETER_ERROR")
    assert message == "limit must be between 1 and 1000"
    message = api.refused(api.send("GET", TRADES, f"symbol=BTC_USDT&limit={zero}"), 400, "MARKET_PARAMETER_ERROR")
    assert message == "limit must be between 10 and 500"
    refused = api.private("GET", ALL, {"symbol": "BTC_USDT", "limit": zero})
    assert api.refused(refused, 400, "TRADE_PARAMETER_ERROR") == "limit must be between 1 and 200"


def _query_ranges() -> list[tuple[str, str, str, str, int, int]]:
    """(operationId, method, path, parameter, minimum, maximum) of every query integer with a
    documented range narrower than 64 bits, from the spec."""
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    found = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                if "$ref" in parameter:
                    continue  # the timestamp, an authentication matter
                schema = parameter["schema"]
                if schema.get("type") == "integer" and schema.get("maximum", INT64_MAX) < INT64_MAX:
                    found.append(
                        (
                            operation["operationId"],
                            method.upper(),
                            path,
                            parameter["name"],
                            schema["minimum"],
                            schema["maximum"],
                        )
                    )
    return found


def _required_query(operation_id: str, method: str, path: str) -> dict[str, object]:
    """Valid values of the required query parameters of an operation, from the spec."""
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    perp = operation_id.startswith("futures")
    values: dict[str, object] = {}
    for parameter in spec["paths"][path][method.lower()].get("parameters", []):
        if "$ref" in parameter or not parameter.get("required"):
            continue
        name, schema = parameter["name"], parameter["schema"]
        while "$ref" in schema:
            schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        if name == "symbol":
            values[name] = "BTC_USDT_PERP" if perp else "BTC_USDT"
        elif name == "base" and operation_id.startswith("earnDual"):
            values[name] = "BTC"
        elif "enum" in schema:
            values[name] = schema["enum"][0]
        elif schema.get("type") == "integer":
            values[name] = 1
        else:
            values[name] = "x"
    return values


RANGES = _query_ranges()


def test_the_spec_documents_the_ranges_probed_below() -> None:
    probed = {(operation_id, name) for operation_id, _, _, name, _, _ in RANGES}
    assert ("futuresGetOpenOrders", "limit") in probed and ("getMarketTrades", "limit") in probed
    assert len(probed) >= 12


@pytest.mark.parametrize(("operation_id", "method", "path", "name", "low", "high"), RANGES, ids=lambda v: str(v))
def test_every_documented_range_is_enforced_at_both_ends(
    api: Api, operation_id: str, method: str, path: str, name: str, low: int, high: int
) -> None:
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    private = "x-pionex-permission" in spec["paths"][path][method.lower()]
    family = "DUAL" if operation_id.startswith("earnDual") else "TRADE" if private else "MARKET"
    base = _required_query(operation_id, method, path)

    def ask(value: int) -> Any:
        query = {**base, name: value}
        return api.private(method, path, query) if private else api.public(path, **query)

    for outside in sorted({low - 1, high + 1, 0} - set(range(low, high + 1))):
        message = api.refused(ask(outside), 400, f"{family}_PARAMETER_ERROR")
        assert message == f"{name} must be between {low} and {high}", (outside, message)
    for inside in (low, high):
        reply = ask(inside).json()
        assert reply["result"] or name not in reply["message"], (inside, reply)


def test_zero_end_time_of_klines_means_now(api: Api) -> None:
    plain = api.ok(api.public(KLINES, symbol="ETH_USDT", interval="60M", limit=3))
    assert api.ok(api.public(KLINES, symbol="ETH_USDT", interval="60M", limit=3, endTime=0)) == plain
    assert plain["klines"][0]["time"] == api.clock.now // 3_600_000 * 3_600_000


def test_zero_times_and_limit_of_orders_and_fills_are_not_given(api: Api) -> None:
    order_id = traded(api)
    everything = api.get(ALL, symbol="BTC_USDT")
    assert [order["orderId"] for order in everything["orders"]] == [order_id]
    assert api.get(ALL, symbol="BTC_USDT", startTime=0, endTime=0) == everything
    fills = api.get(FILLS, symbol="BTC_USDT")
    assert fills["fills"] and all(fill["orderId"] == order_id for fill in fills["fills"])
    assert api.get(FILLS, symbol="BTC_USDT", startTime=0, endTime=0) == fills
    assert api.get(ORDER_FILLS, orderId=order_id, fromId=0) == api.get(ORDER_FILLS, orderId=order_id)
    assert api.get(ORDER_FILLS, orderId=order_id)["fills"] == fills["fills"]


def test_zero_order_ids_are_missing_ones(api: Api) -> None:
    for path in (ORDER, ORDER_FILLS):
        message = api.refused(api.private("GET", path, {"orderId": 0}), 400, "TRADE_PARAMETER_ERROR")
        assert "orderId is required" in message and "0 counts as not given" in message
    body = {"symbol": "BTC_USDT", "orderId": 0}
    message = api.refused(api.private("DELETE", ORDER, body=body), 400, "TRADE_PARAMETER_ERROR")
    assert "orderId is required" in message and "0 counts as not given" in message


def test_zero_timestamp_is_a_missing_one(api: Api) -> None:
    message = api.refused(api.private("GET", BALANCES, timestamp=0), 401, "INVALID_TIMESTAMP")
    assert "0 counts as not given" in message


def test_negative_numbers_are_still_refused(api: Api) -> None:
    api.refused(api.public(DEPTH, symbol="BTC_USDT", limit=-1), 400, "MARKET_PARAMETER_ERROR")
    api.refused(api.public(KLINES, symbol="BTC_USDT", interval="1M", endTime=-1), 400, "MARKET_INVALID_TIME")
    api.refused(api.private("GET", ALL, {"symbol": "BTC_USDT", "endTime": -1}), 400, "TRADE_PARAMETER_ERROR")


def test_zero_decimal_strings_are_not_numbers_and_stay_refused(api: Api) -> None:
    body = {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "size": "0", "price": "60000"}
    message = api.refused(api.private("POST", ORDER, body=body), 400, "TRADE_PARAMETER_ERROR")
    assert "greater than zero" in message


# -- repeated parameters ---------------------------------------------------------------------------------


def test_repeated_unknown_parameters_are_ignored(api: Api) -> None:
    plain = api.ok(api.public(DEPTH, symbol="BTC_USDT", limit=2))
    assert api.ok(api.send("GET", DEPTH, "symbol=BTC_USDT&limit=2&foo=1&foo=2&foo=")) == plain
    assert api.ok(api.send("GET", SYMBOLS, "type=SPOT&page=1&page=2")) == api.ok(api.public(SYMBOLS))
    # A parameter of another operation is unknown here too.
    assert api.ok(api.send("GET", DEPTH, "symbol=BTC_USDT&limit=2&interval=1M&interval=5M")) == plain


def test_repeated_unknown_parameters_of_private_operations_are_ignored(api: Api) -> None:
    balances = api.get(BALANCES)
    pairs = [("symbol", "BTC_USDT"), ("symbol", "ETH_USDT")]
    assert api.ok(api.private("GET", BALANCES, params=None, extra=pairs)) == balances


@pytest.mark.parametrize(
    ("path", "query", "code"),
    [
        (DEPTH, "symbol=BTC_USDT&symbol=ETH_USDT", "MARKET_PARAMETER_ERROR"),
        (DEPTH, "symbol=BTC_USDT&limit=5&limit=5", "MARKET_PARAMETER_ERROR"),
        (KLINES, "symbol=BTC_USDT&interval=1M&endTime=1&endTime=2", "MARKET_PARAMETER_ERROR"),
        (SYMBOLS, "type=SPOT&type=PERP", "MARKET_PARAMETER_ERROR"),
    ],
)
def test_repeated_parameters_of_the_operation_are_refused(api: Api, path: str, query: str, code: str) -> None:
    message = api.refused(api.send("GET", path, query), 400, code)
    assert "more than once" in message


def test_repeated_parameters_of_private_operations_are_refused(api: Api) -> None:
    pairs = [("limit", "1"), ("limit", "2")]
    response = api.private("GET", ALL, {"symbol": "BTC_USDT"}, extra=pairs)
    assert "more than once" in api.refused(response, 400, "TRADE_PARAMETER_ERROR")


# -- 64-bit integers -----------------------------------------------------------------------------------


def test_int64_ends_are_whole_numbers_in_queries(api: Api) -> None:
    for value in (INT64_MIN, INT64_MAX, 1, -1):
        api.refused(api.private("GET", ORDER, {"orderId": value}), 400, "TRADE_ORDER_NOT_FOUND")
    assert api.get(ORDER_FILLS, orderId=INT64_MIN) == {"fills": []}
    assert api.get(ORDER_FILLS, orderId=1, fromId=INT64_MAX) == {"fills": []}
    # In range but below the operation's minimum: told the operation's bounds.
    message = api.refused(api.public(DEPTH, symbol="BTC_USDT", limit=INT64_MIN), 400, "MARKET_PARAMETER_ERROR")
    assert message == "limit must be between 1 and 1000"
    message = api.refused(api.public(DEPTH, symbol="BTC_USDT", limit=INT64_MAX), 400, "MARKET_PARAMETER_ERROR")
    assert message == "limit must be between 1 and 1000"
    # Leading zeros do not make a number bigger.
    api.refused(api.private("GET", ORDER, {"orderId": "0" * 30 + "7"}), 400, "TRADE_ORDER_NOT_FOUND")


@pytest.mark.parametrize("value", [str(INT64_MAX + 1), str(INT64_MIN - 1), "9" * 30, "-" + "9" * 5000])
def test_integers_outside_int64_are_refused_clearly_in_queries(api: Api, value: str) -> None:
    for response, code in (
        (api.private("GET", ORDER, {"orderId": value}), "TRADE_PARAMETER_ERROR"),
        (api.send("GET", DEPTH, f"symbol=BTC_USDT&limit={value}"), "MARKET_PARAMETER_ERROR"),
        (api.send("GET", KLINES, f"symbol=BTC_USDT&interval=1M&endTime={value}"), "MARKET_INVALID_TIME"),
    ):
        message = api.refused(response, 400, code)
        assert "64-bit integer" in message and str(INT64_MAX) in message


def cancel_raw(api: Api, order_id: str) -> Any:
    """DELETE /api/v1/trade/order with ``orderId`` written as the given raw JSON text."""
    return api.private("DELETE", ORDER, body=b'{"symbol": "BTC_USDT", "orderId": ' + order_id.encode() + b"}")


def test_int64_ends_are_valid_order_ids_in_bodies(api: Api) -> None:
    for value in (INT64_MIN, INT64_MAX):
        api.refused(cancel_raw(api, str(value)), 400, "TRADE_ORDER_NOT_FOUND")


@pytest.mark.parametrize("raw", [str(INT64_MAX + 1), str(INT64_MIN - 1), "1" + "0" * 40, "9" * 5000])
def test_body_integers_outside_int64_are_refused(api: Api, raw: str) -> None:
    message = api.refused(cancel_raw(api, raw), 400, "TRADE_PARAMETER_ERROR")
    assert "orderId must be a 64-bit integer" in message


@pytest.mark.parametrize("raw", ["true", "false", "5.0", "1e3", '"5"', "null", "[5]"])
def test_body_integers_must_be_json_integers(api: Api, raw: str) -> None:
    message = api.refused(cancel_raw(api, raw), 400, "TRADE_PARAMETER_ERROR")
    assert "orderId must be a JSON integer" in message


def test_a_real_order_is_still_cancelled_by_its_body_id(api: Api) -> None:
    order_id = api.order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.001", price="60000")
    api.ok(cancel_raw(api, str(order_id)))
    assert api.sandbox.engine(Spot).orders[order_id].status == "CLOSED"


# -- HTTP statuses ---------------------------------------------------------------------------------------


def test_market_operations_answer_200_or_400(api: Api) -> None:
    for op in OPERATIONS:
        # The public dual-investment reads take a base and a quote, not a symbol, and refuse with
        # their own code (tests/sandbox/test_earn_dual.py).
        if op.permission is None and not op.operation_id.startswith("earnDual"):
            symbol = "BTC_USDT_PERP" if op.operation_id.startswith("futures") else "BTC_USDT"
            assert api.send("GET", op.path, f"symbol={symbol}&interval=1M&foo=1&foo=2").status_code == 200
            response = api.send("GET", op.path, "symbol=NOPE&symbols=NOPE&interval=1M")
            if op.operation_id == "futuresGetOpenInterests":  # takes no parameter at all
                assert response.status_code == 200
                continue
            assert api.refused(response, 400, "MARKET_INVALID_SYMBOL")


def test_balances_answer_200_or_401_whatever_the_query(api: Api) -> None:
    """getBalances documents no 400: it takes no parameter but the timestamp."""
    junk = [("limit", "abc"), ("limit", "-1"), ("symbol", "NOPE"), ("x", ""), ("x", "")]
    assert api.private("GET", BALANCES, extra=junk).status_code == 200
    assert api.private("GET", BALANCES, extra=junk, signature="0" * 64).status_code == 401


def test_authentication_failures_are_401_for_every_private_operation(api: Api) -> None:
    readonly: dict[str, Any] = {"key": READONLY_API_KEY, "secret": READONLY_API_SECRET}
    for op in OPERATIONS:
        if op.permission is None:
            continue
        body = {"symbol": "BTC_USDT"} if op.method != "GET" else None
        api.refused(api.private(op.method, op.path, body=body, key=None), 401, "APIKEY_LOST")
        api.refused(api.private(op.method, op.path, body=body, signature=""), 401, "SIGNATURE_LOST")
        api.refused(api.private(op.method, op.path, body=body, key="nobody"), 401, "INVALID_APIKEY")
        api.refused(api.private(op.method, op.path, body=body, timestamp="x"), 401, "INVALID_TIMESTAMP")
        api.refused(api.private(op.method, op.path, body=body, sign_with="wrong"), 401, "INVALID_SIGNATURE")
        if op.permission not in (None, "read"):  # all the read-only key lacks
            api.refused(api.private(op.method, op.path, body=body, **readonly), 401, "PERMISSION_DENIED")


# -- rate limits (429) -----------------------------------------------------------------------------------


@dataclass
class Seconds:
    """A monotonic clock the tests move by hand."""

    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def seconds(app: Starlette) -> Seconds:
    clock = Seconds()
    sandbox_of(app).rate_limits = RateLimits(clock)
    return clock


def test_operation_weights_are_the_documented_ones() -> None:
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    documented = {
        operation["operationId"]: operation["x-pionex-weight"]
        for item in spec["paths"].values()
        for operation in item.values()
    }
    assert {op.operation_id: op.weight for op in OPERATIONS} == documented
    futures = {op.operation_id for op in OPERATIONS if op.operation_id.startswith("futures")}
    assert len(futures) == 32
    heavy = {"getSymbols", "getOpenOrders", "getAllOrders", "getFills", "getFillsByOrderId"}
    assert {op.operation_id for op in OPERATIONS if op.weight == 5} == heavy | futures


def test_rate_limits_are_off_unless_asked_for(api: Api) -> None:
    assert api.sandbox.rate_limits is None
    for _ in range(30):
        api.ok(api.public(SYMBOLS))
    assert sandbox_of(create_app(rate_limits=True)).rate_limits is not None


def test_ip_limit_gives_429_and_a_ban_that_grows(api: Api, seconds: Seconds) -> None:
    for _ in range(10):
        api.ok(api.public(DEPTH, symbol="BTC_USDT", limit=1))
    over = api.public(DEPTH, symbol="BTC_USDT", limit=1)
    assert over.status_code == 429
    payload = over.json()
    assert payload["result"] is False and payload["code"] == "TOO_MANY_REQUESTS" and "rate limit" in payload["message"]
    assert api.sandbox.rate_limits is not None
    assert api.sandbox.rate_limits.banned_for("ip 127.0.0.1") == BAN_SECONDS
    # Banned: a second later the window has room again, but every request adds to the ban.
    seconds.now += 1
    for count in range(1, 4):
        assert api.public(DEPTH, symbol="BTC_USDT").status_code == 429
        assert api.sandbox.rate_limits.banned_for("ip 127.0.0.1") == BAN_SECONDS - 1 + count * BAN_EXTENSION_SECONDS
    assert api.private("GET", BALANCES).status_code == 429
    seconds.now += BAN_SECONDS + 4 * BAN_EXTENSION_SECONDS
    api.ok(api.public(DEPTH, symbol="BTC_USDT"))


def test_weights_count_and_the_window_slides(api: Api, seconds: Seconds) -> None:
    api.ok(api.public(SYMBOLS))
    seconds.now += 0.5
    api.ok(api.public(SYMBOLS))
    seconds.now += 0.6  # the first request left the window: weight 5 in use
    api.ok(api.public(DEPTH, symbol="BTC_USDT"))
    for _ in range(4):
        api.ok(api.public(TRADES, symbol="BTC_USDT"))
    assert api.public(SYMBOLS).status_code == 429  # 5 + 5 in use


def test_account_limit_is_separate_from_the_ip_limit(app: Starlette, clock: Clock, seconds: Seconds) -> None:
    limits = sandbox_of(app).rate_limits
    assert limits is not None
    for first in open_api(app, clock, "10.0.0.1"):
        for _ in range(2):
            first.get(ALL, symbol="BTC_USDT")  # weight 5 each: this IP's and this account's 10 are used
    for second in open_api(app, clock, "10.0.0.2"):
        response = second.private("GET", BALANCES)
        assert response.status_code == 429 and "this account" in response.json()["message"]
        assert limits.banned_for("account sandbox-key-NOT-A-REAL-KEY") == BAN_SECONDS
        assert limits.banned_for("ip 10.0.0.2") == 0
        # Public operations and other accounts are still served from the second address.
        second.ok(second.public(DEPTH, symbol="BTC_USDT"))
        readonly: dict[str, Any] = {"key": READONLY_API_KEY, "secret": READONLY_API_SECRET}
        second.ok(second.private("GET", BALANCES, **readonly))
    for first in open_api(app, clock, "10.0.0.1"):
        assert first.public(DEPTH, symbol="BTC_USDT").status_code == 429  # the first IP's own limit
    assert limits.banned_for("ip 10.0.0.1") == BAN_SECONDS


def test_failed_authentication_counts_only_against_the_ip(api: Api, seconds: Seconds) -> None:
    for _ in range(10):
        api.refused(api.private("GET", BALANCES, signature="0" * 64), 401, "INVALID_SIGNATURE")
    limits = api.sandbox.rate_limits
    assert limits is not None and limits.banned_for("account sandbox-key-NOT-A-REAL-KEY") == 0
    assert api.private("GET", BALANCES).status_code == 429


def test_429_is_documented_for_every_operation(api: Api, seconds: Seconds) -> None:
    for op in OPERATIONS:
        seconds.now += 10_000  # every ban is over
        body = {"symbol": "BTC_USDT"} if op.method != "GET" else None
        for _ in range(11):
            response = api.private(op.method, op.path, body=body) if op.permission else api.public(op.path)
        assert response.status_code == 429
        assert (op.operation_id, 429) in api.seen
