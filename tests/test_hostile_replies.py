"""Replies a broken or hostile server could send: each ends as a PionexError, never as another
exception and never as a success.

* a refusal (``"result": false``) that also carries a well-formed ``data`` is a refusal;
* any bytes at all as the body, and valid replies with bytes changed, raise only PionexError
  subclasses (a property test over every operation, sync and async);
* a number too large for its field is refused naming the field;
* a flood of unreadable list items is one warning with a count, and a list whose items are all
  unreadable is an error.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pionex_wrapper import (
    OPERATIONS,
    AsyncPionex,
    Operation,
    Pionex,
    PionexError,
    ResponseDecodeError,
    TradeOperationDeniedError,
)
from pionex_wrapper.streams import StreamDecoder
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, area_of, envelope, minimal_data, valid_arguments
from tests.test_replies import data_schema, full_instance

WITH_DATA = [op for op in OPERATIONS if op.data_type is not None]


def call_sync(op: Operation[Any], reply: httpx.Response) -> Any:
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=Recorder(lambda r: reply).sync(), max_retries=0) as client:
        return getattr(area_of(client, op), op.name)(**valid_arguments(op))


def call_async(op: Operation[Any], reply: httpx.Response) -> Any:
    async def main() -> Any:
        async with AsyncPionex(
            FAKE_KEY, FAKE_SECRET, transport=Recorder(lambda r: reply).asynchronous(), max_retries=0
        ) as client:
            return await getattr(area_of(client, op), op.name)(**valid_arguments(op))

    return asyncio.run(main())


# -- a refusal that carries data is a refusal ------------------------------------------------------


def refusal_with_data(op: Operation[Any]) -> httpx.Response:
    """A refusal whose ``data`` would decode cleanly as the operation's reply."""
    body = {
        "result": False,
        "code": "TRADE_OPERATION_DENIED",
        "message": "operation denied",
        "data": minimal_data(op.method, op.path),
        "timestamp": 1700000000000,
    }
    return httpx.Response(200, json=body)


@pytest.mark.parametrize("op", WITH_DATA, ids=lambda op: op.operation_id)
def test_a_refusal_that_carries_data_is_raised_sync(op: Operation[Any]) -> None:
    with pytest.raises(TradeOperationDeniedError) as caught:
        call_sync(op, refusal_with_data(op))
    assert caught.value.code == "TRADE_OPERATION_DENIED"


@pytest.mark.parametrize("op", WITH_DATA, ids=lambda op: op.operation_id)
def test_a_refusal_that_carries_data_is_raised_async(op: Operation[Any]) -> None:
    with pytest.raises(TradeOperationDeniedError) as caught:
        call_async(op, refusal_with_data(op))
    assert caught.value.code == "TRADE_OPERATION_DENIED"


@pytest.mark.parametrize("result", [False, None, "true", 1, 0, "false"])
@pytest.mark.parametrize("call", [call_sync, call_async], ids=["sync", "async"])
def test_a_placed_order_is_done_only_if_result_is_true(call: Any, result: Any) -> None:
    """A refused order that carries an order id must not come back as placed, whatever ``result`` is
    when it is not ``true`` (and even without an error code)."""
    op = next(op for op in OPERATIONS if op.operation_id == "newOrder")
    body: dict[str, Any] = {"data": {"orderId": 123, "clientOrderId": "abc-1"}, "timestamp": 1700000000000}
    if result is not None:
        body["result"] = result
    with pytest.raises(PionexError):
        call(op, httpx.Response(200, json=body))


# -- any bytes at all: only PionexError escapes ----------------------------------------------------

# Few examples per operation, the same ones on every run: 49 operations x 2 clients x EXAMPLES calls
# take a few seconds, and a failure found once is found again in CI.
EXAMPLES = 30
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Bytes that break JSON, UTF-8 or Decimal in interesting ways, spliced into valid replies.
NASTY = [
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"1e999999999",
    b"-1e-999999999",
    b"9" * 5000,
    b'"NaN"',
    b"Infinity",
    b'"\\ud800"',
    b"\\u0000",
    b"null",
    b"[",
    b"}",
    b'"',
    b"[" * 2000,
    b'{"result":false}',
    b'"1e999999999"',
]


def valid_reply(op: Operation[Any]) -> bytes:
    """A success with every field of the operation's data set (strings, numbers, lists)."""
    data = full_instance(data_schema(op)) if op.data_type is not None else None
    return json.dumps(envelope(data)).encode()


@st.composite
def bodies(draw: st.DrawFn, op: Operation[Any]) -> tuple[int, bytes]:
    """A status and a body: arbitrary bytes, or the operation's valid reply with bytes changed."""
    status = draw(st.sampled_from([200, 200, 200, 400, 500]))
    if draw(st.booleans()):
        return status, draw(st.binary(max_size=200))
    body = bytearray(valid_reply(op))
    for _ in range(draw(st.integers(1, 3))):
        # Half the changes go just inside a string or right after a colon, where they stay valid JSON.
        marks = [i + 1 for i, byte in enumerate(body) if byte in b'":']
        if draw(st.booleans()) and marks:
            at = end = draw(st.sampled_from(marks))
        else:
            at = draw(st.integers(0, len(body)))
            end = draw(st.integers(at, min(len(body), at + 4)))
        body[at:end] = draw(st.one_of(st.sampled_from(NASTY), st.binary(min_size=1, max_size=4)))
    return status, bytes(body)


class Holder:
    """The reply the transport gives, changed by each example."""

    def __init__(self) -> None:
        self.status, self.body = 200, b""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(self.status, content=self.body, headers={"Content-Type": "application/json"})


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_any_body_raises_only_pionex_errors_sync(op: Operation[Any]) -> None:
    holder = Holder()
    with Pionex(
        FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(holder), max_retries=0, rate_limit="off"
    ) as client:
        method = getattr(area_of(client, op), op.name)
        args = valid_arguments(op)

        @FUZZ
        @given(bodies(op))
        def one(reply: tuple[int, bytes]) -> None:
            holder.status, holder.body = reply
            try:
                method(**args)
            except PionexError:
                pass

        one()


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_any_body_raises_only_pionex_errors_async(op: Operation[Any]) -> None:
    holder = Holder()
    args = valid_arguments(op)
    with asyncio.Runner() as runner:
        client = AsyncPionex(
            FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(holder), max_retries=0, rate_limit="off"
        )
        method = getattr(area_of(client, op), op.name)

        @FUZZ
        @given(bodies(op))
        def one(reply: tuple[int, bytes]) -> None:
            holder.status, holder.body = reply
            try:
                runner.run(method(**args))
            except PionexError:
                pass

        try:
            one()
        finally:
            runner.run(client.aclose())


FRAME = (
    b'{"topic":"DEPTH","symbol":"BTC_USDT","data":{"bids":[["64987.63","0.408539"]],'
    b'"asks":[["64994.11","0.530663"]]},"timestamp":1767225600000}'
)


@FUZZ
@given(st.one_of(st.binary(max_size=200), st.builds(lambda b: FRAME[:40] + b + FRAME[40:], st.sampled_from(NASTY))))
def test_any_frame_raises_only_pionex_errors(frame: bytes) -> None:
    try:
        StreamDecoder("/wsPub").decode(frame)
    except PionexError:
        pass


# -- the cases the audit found, one by one ---------------------------------------------------------

DEPTH = next(op for op in OPERATIONS if op.operation_id == "getMarketDepth")
BALANCES = next(op for op in OPERATIONS if op.operation_id == "getBalances")


def reply_bytes(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})


@pytest.mark.parametrize("call", [call_sync, call_async], ids=["sync", "async"])
def test_invalid_utf8_inside_a_string_is_a_decode_error_naming_the_field(call: Any) -> None:
    body = b'{"result":true,"data":{"bids":[["1\xff","2"]],"asks":[]},"timestamp":1700000000000}'
    with pytest.raises(ResponseDecodeError, match=r"data\.bids.*UTF-8"):
        call(DEPTH, reply_bytes(body))


@pytest.mark.parametrize("call", [call_sync, call_async], ids=["sync", "async"])
def test_invalid_utf8_in_the_envelope_is_a_decode_error(call: Any) -> None:
    body = b'{"result":false,"code":"X","message":"\xff\xfe","timestamp":1700000000000}'
    with pytest.raises(ResponseDecodeError):
        call(DEPTH, reply_bytes(body))


@pytest.mark.parametrize("stamp", [b"1e999999999", b"-1e999999999", b"1e9999999991700000000000"])
@pytest.mark.parametrize("call", [call_sync, call_async], ids=["sync", "async"])
def test_a_huge_number_in_the_envelope_does_not_make_the_reply_unreadable(call: Any, stamp: bytes) -> None:
    body = b'{"result":true,"data":{"bids":[["1.5","2"]],"asks":[]},"timestamp":' + stamp + b"}"
    depth = call(DEPTH, reply_bytes(body))
    assert depth.bids == [(Decimal("1.5"), Decimal(2))]


@pytest.mark.parametrize("money", [b"1e999999999", b'"-1E+999999999"', b"1e-999999999", b"1e9999999991700000"])
@pytest.mark.parametrize("call", [call_sync, call_async], ids=["sync", "async"])
def test_huge_but_exact_money_reads_the_same_on_both_paths(call: Any, money: bytes) -> None:
    """Money far beyond any price is still the exact Decimal it says (a refusal would need a screen
    of every reply's bytes; see decoding.py), and reads the same whether or not a neighbour sends
    the reply down the careful path (here: a NaN in the second item, which is left out)."""
    item = b'{"coin":"BTC","free":' + money + b',"frozen":"0"}'
    alone = b'{"result":true,"data":{"balances":[' + item + b']},"timestamp":1}'
    careful = alone.replace(b"]}", b',{"coin":"ETH","free":"NaN"}]}')
    wanted = Decimal(money.strip(b'"').decode())
    for body in (alone, careful):
        (balance,) = call(BALANCES, reply_bytes(body)).balances
        assert balance.free == wanted and str(balance.free) == str(wanted)


# -- a flood of unreadable list items --------------------------------------------------------------

ALL_ORDERS = next(op for op in OPERATIONS if op.operation_id == "getAllOrders")
FLOOD = 100_000


def orders_reply(good: int, bad: int) -> httpx.Response:
    orders = [{"orderId": 1, "symbol": "BTC_USDT"}] * good + [{"orderId": "x", "symbol": "BTC_USDT"}] * bad
    now = int(time.time() * 1000)  # the exchange's clock as this machine's: no clock warning
    return httpx.Response(200, json={"result": True, "data": {"orders": orders}, "timestamp": now})


def test_a_flood_of_unreadable_items_is_one_warning_with_a_count(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="pionex_wrapper"):
        with Pionex(FAKE_KEY, FAKE_SECRET, transport=Recorder(lambda r: orders_reply(1, FLOOD)).sync()) as client:
            raw = client.with_raw_response.trade.get_all_orders(symbol="BTC_USDT")
            orders = raw.parse().orders
    assert [o.order_id for o in orders] == [1]
    (record,) = [r for r in caplog.records if r.name == "pionex_wrapper" and "unreadable" in r.getMessage()]
    assert f"left out {FLOOD} unreadable list items" in record.getMessage()
    assert "data.orders[1].orderId" in record.getMessage()
    assert raw.skipped_count == FLOOD and 0 < len(raw.skipped) <= 10
    assert raw.skipped[0].message.startswith("data.orders[1].orderId")


@pytest.mark.parametrize("call", [call_sync, call_async], ids=["sync", "async"])
def test_a_list_whose_items_are_all_unreadable_is_an_error(call: Any) -> None:
    with pytest.raises(ResponseDecodeError, match=r"data\.orders: none of its 1000 items could be read.*orderId"):
        call(ALL_ORDERS, orders_reply(0, 1000))


def test_an_empty_list_is_still_an_empty_list() -> None:
    assert call_sync(ALL_ORDERS, orders_reply(0, 0)).orders == []


def test_a_stream_frame_with_a_flood_of_bad_items_is_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    trades = [{"symbol": "BTC_USDT", "tradeId": "1", "price": "1", "size": "1", "side": "BUY", "timestamp": 1}]
    trades += [{"symbol": "BTC_USDT", "tradeId": "2", "price": "x", "size": "1", "side": "BUY", "timestamp": 1}] * 5000
    frame = json.dumps({"topic": "TRADE", "symbol": "BTC_USDT", "data": trades}).encode()
    with caplog.at_level(logging.WARNING, logger="pionex_wrapper"):
        message = StreamDecoder("/wsPub").decode(frame)
    assert len(message.data) == 1  # type: ignore[union-attr]
    (record,) = [r for r in caplog.records if r.name == "pionex_wrapper"]
    assert "left out 5000 unreadable list item(s)" in record.getMessage()
