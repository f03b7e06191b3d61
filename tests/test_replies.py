"""Replies are taken as Pionex may really send them, and refused only when a value cannot be read.

The cases are built from the spec's reply schemas for every operation: complete replies,
``data: {}``, each field left out in turn, every enum value and one the spec does not know,
integers and times as numbers or digit strings, money as strings or JSON numbers.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from pionex_wrapper import OPERATIONS, AsyncPionex, Operation, Pionex, RawResponse, ResponseDecodeError
from tests.helpers import FAKE_KEY, FAKE_SECRET, SPEC, Recorder, area_of, resolve
from tests.test_operations import arguments

WITH_DATA = [op for op in OPERATIONS if op.data_type is not None]


def data_schema(op: Operation[Any]) -> dict[str, Any]:
    reply = SPEC["paths"][op.path][op.method.lower()]["responses"]["200"]["content"]["application/json"]["schema"]
    return resolve(reply["allOf"][1]["properties"]["data"])


def full_instance(schema: dict[str, Any], seed: int = 1) -> Any:
    """A value with every property of the schema set (one item per list)."""
    schema = resolve(schema)
    kind = schema.get("type")
    if kind == "object":
        return {
            name: full_instance(sub, seed + i) for i, (name, sub) in enumerate(schema.get("properties", {}).items())
        }
    if kind == "array":
        return [full_instance(schema["items"], seed)] * max(1, schema.get("minItems", 1))
    if "enum" in schema:
        return schema["enum"][seed % len(schema["enum"])]
    if schema.get("format") == "decimal":
        return f"{seed}.{seed:02d}"
    if kind == "integer" or schema.get("format") == "int64":
        value = 1_700_000_000_000 + seed
        return str(value) if kind == "string" else value
    if kind == "boolean":
        return seed % 2 == 0
    return f"TEXT{seed}"


def places(schema: dict[str, Any], path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every (path, schema) of a scalar or object property, descending into the first list item."""
    schema = resolve(schema)
    if schema.get("type") == "object":
        for name, sub in schema.get("properties", {}).items():
            yield (*path, name), resolve(sub)
            yield from places(sub, (*path, name))
    elif schema.get("type") == "array" and resolve(schema["items"]).get("type") == "object":
        yield from places(schema["items"], (*path, 0))


def required_at(op: Operation[Any], path: tuple[Any, ...]) -> bool:
    """Whether the property at ``path`` is in its object's ``required`` list."""
    schema = data_schema(op)
    for step in path[:-1]:
        schema = resolve(schema["items"] if isinstance(step, int) else schema["properties"][step])
    return path[-1] in schema.get("required", [])


def positional(op: Operation[Any], list_path: tuple[Any, ...]) -> bool:
    """Whether the list at ``list_path`` is marked x-pionex-positional in the spec."""
    schema: dict[str, Any] = data_schema(op)
    for step in list_path[:-1]:
        schema = resolve(schema["items"] if isinstance(step, int) else schema["properties"][step])
    return bool(schema["properties"][list_path[-1]].get("x-pionex-positional"))


def get(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def without(value: Any, path: tuple[Any, ...]) -> Any:
    value = copy.deepcopy(value)
    del get(value, path[:-1])[path[-1]]
    return value


def replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    value = copy.deepcopy(value)
    get(value, path[:-1])[path[-1]] = new
    return value


def call_raw(op: Operation[Any], body: bytes | dict[str, Any]) -> RawResponse[Any]:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    reply = httpx.Response(200, content=content, headers={"Content-Type": "application/json"})
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=Recorder(lambda r: reply).sync()) as client:
        result: RawResponse[Any] = getattr(area_of(client.with_raw_response, op), op.name)(**arguments(op))
        return result


def decode(op: Operation[Any], data: Any) -> RawResponse[Any]:
    raw = call_raw(op, {"result": True, "data": data, "timestamp": 1700000000000})
    raw.parse()
    return raw


def python_value(model: Any, path: tuple[Any, ...]) -> Any:
    """The decoded value at a wire path (field names looked up by their wire names)."""
    import msgspec

    for step in path:
        if isinstance(step, int):
            model = model[step]
        else:
            field = next(f for f in msgspec.structs.fields(model) if f.encode_name == step)
            model = getattr(model, field.name)
    return model


def expected(schema: dict[str, Any], sent: Any) -> Any:
    if schema.get("format") == "decimal":
        return Decimal(str(sent))
    if schema.get("type") == "integer" or schema.get("format") == "int64":
        return int(sent)
    return sent


# -- built from the spec, for every operation ------------------------------------------------------


@pytest.mark.parametrize("op", WITH_DATA, ids=lambda op: op.operation_id)
def test_complete_reply_decodes_every_field(op: Operation[Any]) -> None:
    data = full_instance(data_schema(op))
    value = decode(op, data).parse()
    assert type(value) is op.data_type
    for path, schema in places(data_schema(op)):
        if schema.get("type") in ("object", "array"):
            continue
        got = python_value(value, path)
        assert got == expected(schema, get(data, path)), path
        if schema.get("format") == "decimal":
            assert isinstance(got, Decimal), path


@pytest.mark.parametrize("op", WITH_DATA, ids=lambda op: op.operation_id)
def test_empty_data_decodes_unless_a_field_is_required(op: Operation[Any]) -> None:
    top_required = data_schema(op).get("required", [])
    for data in ({}, None):
        if top_required:
            with pytest.raises(ResponseDecodeError, match=rf"data\.{top_required[0]} is missing"):
                decode(op, data)
        else:
            value = decode(op, data).parse()
            assert type(value) is op.data_type


def leave_one_out_cases() -> Iterator[Any]:
    for op in WITH_DATA:
        for path, _ in places(data_schema(op)):
            yield pytest.param(op, path, id=f"{op.operation_id}-{'.'.join(map(str, path))}")


@pytest.mark.parametrize(("op", "path"), list(leave_one_out_cases()))
def test_each_field_left_out_in_turn(op: Operation[Any], path: tuple[Any, ...]) -> None:
    data = without(full_instance(data_schema(op)), path)
    if not required_at(op, path):
        value = decode(op, data).parse()
        got = python_value(value, path)
        assert got is None or got == [], path
        return
    in_list = next((i for i, step in enumerate(path) if isinstance(step, int)), None)
    if in_list is not None and positional(op, path[:in_list]):
        # Items that stand for the request's items in order: leaving one out would shift the rest.
        with pytest.raises(ResponseDecodeError, match=rf"{path[in_list - 1]}\[0\].*missing.*in order"):
            decode(op, data)
    elif in_list is not None:
        # A list item that means nothing without this field is left out, and reported; a good
        # item beside it is kept.  A list of nothing but such items refuses the reply.
        list_path = path[:in_list]
        with pytest.raises(ResponseDecodeError, match=r"none of its 1 items could be read.*missing"):
            decode(op, data)
        mixed = full_instance(data_schema(op))
        get(mixed, list_path).append(get(data, list_path)[0])
        raw = decode(op, mixed)
        (error,) = raw.skipped
        assert path[-1] in error.message and "missing" in error.message and raw.skipped_count == 1
        assert len(python_value(raw.parse(), list_path)) == 1
    else:
        with pytest.raises(ResponseDecodeError, match=f"data.{path[-1]} is missing"):
            decode(op, data)


def enum_cases() -> Iterator[Any]:
    for op in WITH_DATA:
        for path, schema in places(data_schema(op)):
            if "enum" in schema:
                for value in [*schema["enum"], "SOMETHING_NEW"]:
                    yield pytest.param(op, path, value, id=f"{op.operation_id}-{path[-1]}-{value}")


@pytest.mark.parametrize(("op", "path", "value"), list(enum_cases()))
def test_every_enum_value_and_an_unknown_one_arrive_as_strings(op: Operation[Any], path: Any, value: str) -> None:
    data = replaced(full_instance(data_schema(op)), path, value)
    raw = decode(op, data)
    assert raw.skipped == ()
    assert python_value(raw.parse(), path) == value


def number_cases() -> Iterator[Any]:
    for op in WITH_DATA:
        for path, schema in places(data_schema(op)):
            if schema.get("format") in ("int64", "decimal") or schema.get("type") == "integer":
                yield pytest.param(op, path, schema, id=f"{op.operation_id}-{'.'.join(map(str, path))}")


@pytest.mark.parametrize(("op", "path", "schema"), list(number_cases()))
def test_numbers_as_strings_and_as_json_numbers(op: Operation[Any], path: Any, schema: dict[str, Any]) -> None:
    money = schema.get("format") == "decimal"
    forms: list[tuple[bytes, Any]] = (
        [(b'"0.1000000000000000055511151231257827"', Decimal("0.1000000000000000055511151231257827")),
         (b"0.1000000000000000055511151231257827", Decimal("0.1000000000000000055511151231257827")),
         (b"12", Decimal(12)), (b'"1E-8"', Decimal("1E-8"))]
        if money
        else [(b"1566691672311", 1566691672311), (b'"1566691672311"', 1566691672311)]
    )  # fmt: skip
    marker = "__NUMBER__"
    base = json.dumps({"result": True, "data": replaced(full_instance(data_schema(op)), path, marker)})
    for text, want in forms:
        raw = call_raw(op, base.replace(f'"{marker}"', text.decode()).encode())
        got = python_value(raw.parse(), path)
        assert got == want and type(got) is type(want), (text, got)
        if money:
            assert str(got) == str(want)  # the digits as sent, never through a float


# -- refused, naming the field ---------------------------------------------------------------------

GET_ORDER = next(op for op in OPERATIONS if op.operation_id == "getOrder")
GET_ALL_ORDERS = next(op for op in OPERATIONS if op.operation_id == "getAllOrders")
GET_BALANCES = next(op for op in OPERATIONS if op.operation_id == "getBalances")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("orderId", '"abc"', "Expected `int"),
        ("orderId", "1.5", "Expected `int"),
        ("orderId", "true", "Expected `int"),
        ("orderId", str(2**63), "<="),
        ("createTime", '"12:00"', "Expected `int"),
        ("price", '"NaN"', "not a finite number"),
        ("price", '"-Infinity"', "not a finite number"),
        ("price", "NaN", "not a finite number"),
        ("price", '"ten"', "Invalid decimal"),
        ("price", "[1]", "Expected `decimal"),
        ("symbol", "5", "Expected `str"),
        ("status", "{}", "Expected `str"),
    ],
)
def test_a_value_of_the_wrong_type_is_refused_naming_the_field(field: str, value: str, message: str) -> None:
    body = json.dumps({"result": True, "data": {"orderId": 1, "symbol": "BTC_USDT", field: "__X__"}})
    raw = call_raw(GET_ORDER, body.replace('"__X__"', value).encode())
    with pytest.raises(ResponseDecodeError) as caught:
        raw.parse()
    assert f"data.{field}" in caught.value.message and message in caught.value.message
    assert (caught.value.method, caught.value.path) == ("GET", "/api/v1/trade/order")


def test_one_odd_item_does_not_cost_the_rest(caplog: pytest.LogCaptureFixture) -> None:
    orders = [
        {"orderId": 1, "symbol": "BTC_USDT", "status": "OPEN", "price": "1.5"},
        {"orderId": "x", "symbol": "BTC_USDT", "status": "OPEN"},
        {"orderId": 3, "symbol": "BTC_USDT", "status": "PARTIALLY_CANCELED"},
    ]
    with caplog.at_level(logging.WARNING, logger="pionex_wrapper"):
        raw = decode(GET_ALL_ORDERS, {"orders": orders})
    kept = raw.parse().orders
    assert [(o.order_id, o.status) for o in kept] == [(1, "OPEN"), (3, "PARTIALLY_CANCELED")]
    (error,) = raw.skipped
    assert "data.orders[1].orderId" in error.message
    assert "data.orders[1].orderId" in caplog.text


def test_plain_call_returns_the_good_items_too() -> None:
    balances = [{"coin": "BTC", "free": "1", "frozen": "0"}, {"coin": "ETH", "free": "NaN"}, {"free": "2"}]
    reply = httpx.Response(200, json={"result": True, "data": {"balances": balances}})
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=Recorder(lambda r: reply).sync()) as client:
        got = client.account.get_balances().balances
    assert [(b.coin, b.free, b.frozen) for b in got] == [("BTC", Decimal(1), Decimal(0))]


def test_string_timestamps_in_trades_and_book_tickers_become_ints() -> None:
    trades = next(op for op in OPERATIONS if op.operation_id == "getMarketTrades")
    book = next(op for op in OPERATIONS if op.operation_id == "getBookTickers")
    t = decode(trades, {"trades": [{"symbol": "BTC_USDT", "price": "1", "timestamp": "1566691672311"}]}).parse()
    b = decode(book, {"tickers": [{"symbol": "BTC_USDT", "timestamp": "1566691672311", "bidPrice": 5}]}).parse()
    assert t.trades[0].timestamp == 1566691672311 == b.tickers[0].timestamp
    assert b.tickers[0].bid_price == Decimal(5)


def test_unknown_fields_are_ignored() -> None:
    raw = decode(GET_ORDER, {"orderId": 5, "brandNewField": {"x": [1, 2]}, "status": "OPEN"})
    assert raw.parse().order_id == 5


def test_money_is_ready_for_arithmetic() -> None:
    order = decode(GET_ORDER, {"orderId": 5, "price": "30000.10", "size": 0.5}).parse()
    assert order.price is not None and order.size is not None
    assert order.price * order.size == Decimal("15000.050")


# -- the envelope and the raw response -------------------------------------------------------------


@pytest.mark.parametrize(("stamp", "want"), [(1700000000123, 1700000000123), ("1700000000123", 1700000000123)])
def test_server_time_from_the_envelope(stamp: Any, want: int) -> None:
    raw = call_raw(GET_BALANCES, {"result": True, "data": {"balances": []}, "timestamp": stamp})
    assert raw.server_time == want
    assert raw.http_response.status_code == 200 and raw.status_code == 200
    assert raw.headers["Content-Type"] == "application/json"


@pytest.mark.parametrize("stamp", [None, "soon", -5, True, 2**70])
def test_unusable_server_time_reads_as_none(stamp: Any) -> None:
    raw = call_raw(GET_BALANCES, {"result": True, "data": {"balances": []}, "timestamp": stamp})
    assert raw.server_time is None
    assert raw.parse().balances == []


def test_raw_parse_decodes_once_and_returns_the_plain_calls_type() -> None:
    raw = call_raw(GET_ORDER, {"result": True, "data": {"orderId": 7}})
    first = raw.parse()
    assert first is raw.parse() and first.order_id == 7
    assert "GET /api/v1/trade/order" in repr(raw)


def test_raw_call_still_raises_refusals() -> None:
    from pionex_wrapper import OrderNotFoundError

    with pytest.raises(OrderNotFoundError):
        call_raw(GET_ORDER, {"result": False, "code": "TRADE_ORDER_NOT_FOUND", "message": "no"})


def test_async_raw_response() -> None:
    reply = httpx.Response(200, json={"result": True, "data": {"orderId": 8, "status": "NEW"}, "timestamp": 42})

    async def main() -> RawResponse[Any]:
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=Recorder(lambda r: reply).asynchronous()) as client:
            return await client.with_raw_response.trade.get_order(order_id=8)

    raw = asyncio.run(main())
    assert raw.server_time == 42
    assert (raw.parse().order_id, raw.parse().status) == (8, "NEW")


@pytest.mark.parametrize(
    ("balances", "refused"),
    [
        ([{"coin": "NANO", "free": "1"}, {"coin": "INF", "free": "2"}], None),
        ([{"coin": "NANO", "free": "1"}, {"coin": "BTC", "free": " nan "}], "data.balances[1].free"),
        ([{"coin": "NANO", "free": "1"}, {"coin": "BTC", "free": "\\u004eaN"}], "data.balances[1].free"),
        ([{"coin": "NANO", "free": "1"}, {"coin": "BTC", "free": "sNaN12"}], "data.balances[1].free"),
        ([{"coin": "BTC", "free": "1"}, {"coin": "ETH", "frozen": "INFINITY"}], "data.balances[1].frozen"),
    ],
    ids=["coins-spelling-nan-and-inf", "nan-with-spaces", "escaped", "signalling-nan", "upper-case-infinity"],
)
def test_non_finite_money_is_found_wherever_it_hides(balances: list[dict[str, str]], refused: str | None) -> None:
    body = json.dumps({"result": True, "data": {"balances": "__B__"}}).replace('"__B__"', json.dumps(balances))
    raw = call_raw(GET_BALANCES, body.replace("\\\\u", "\\u").encode())
    coins = [b.coin for b in raw.parse().balances]
    if refused is None:
        assert coins == ["NANO", "INF"] and raw.skipped == ()
    else:
        (error,) = raw.skipped
        assert refused in error.message and "not a finite number" in error.message
        assert len(coins) == len(balances) - 1


@pytest.mark.parametrize(
    "wire",
    [b'"\\tNaN"', b'"Infinity\\n"', b'"\\f-inf"', '"\u00a0NaN"'.encode(), '"\u3000Infinity"'.encode()],
    ids=["tab-escape", "newline-escape", "formfeed-escape", "nbsp", "ideographic-space"],
)
def test_non_finite_money_behind_escapes_and_unicode_spaces_is_refused(wire: bytes) -> None:
    body = b'{"result":true,"data":{"balances":[{"coin":"BTC","free":"1"},{"coin":"ETH","free":' + wire + b"}]}}"
    raw = call_raw(GET_BALANCES, body)
    (error,) = raw.skipped
    assert "data.balances[1].free: not a finite number" in error.message
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=Recorder(lambda r: httpx.Response(200, content=body)).sync()) as c:
        assert [b.coin for b in c.account.get_balances().balances] == ["BTC"]


def test_a_bad_entry_in_a_positional_list_refuses_the_reply() -> None:
    mass = next(op for op in OPERATIONS if op.operation_id == "newMassOrder")
    raw = call_raw(mass, {"result": True, "data": {"orderIds": [{"orderId": 1}, {"orderId": "x"}, {"orderId": 3}]}})
    with pytest.raises(ResponseDecodeError, match=r"data\.orderIds\[1\]\.orderId.*in order"):
        raw.parse()
    with pytest.raises(ResponseDecodeError, match=r"data\.orderIds is missing"):
        call_raw(mass, {"result": True, "data": {}}).parse()


def test_null_lists_read_as_empty_and_null_values_as_none() -> None:
    raw = call_raw(GET_ALL_ORDERS, {"result": True, "data": {"orders": None}})
    assert raw.parse().orders == [] and raw.skipped == ()
    book = next(op for op in OPERATIONS if op.operation_id == "getMarketDepth")
    depth = call_raw(book, {"result": True, "data": {"bids": None, "asks": [["1", "2"]], "updateTime": None}}).parse()
    assert (depth.bids, depth.asks, depth.update_time) == ([], [(Decimal(1), Decimal(2))], None)


@pytest.mark.parametrize(
    "orders",
    [
        [{"orderId": 1, "createTime": 1700000000000.0}],
        [{"orderId": 1, "createTime": 1700000000000.0}, {"orderId": "x"}],
        [{"orderId": 1, "createTime": 1700000000000.0}, {"orderId": 2, "price": "NaN"}],
        [{"orderId": 1, "createTime": "1700000000000"}, {"orderId": 2, "price": {"no": 1}}],
    ],
    ids=["alone", "beside-a-bad-id", "beside-a-nan", "digit-string-beside-a-bad-price"],
)
def test_an_item_reads_the_same_whatever_its_neighbours(orders: list[dict[str, Any]]) -> None:
    """The one-pass path and the careful path read every value with the same rules."""
    raw = call_raw(GET_ALL_ORDERS, {"result": True, "data": {"orders": orders}})
    first = raw.parse().orders[0]
    assert (first.order_id, first.create_time) == (1, 1700000000000)
    assert len(raw.skipped) == len(orders) - 1


@pytest.mark.parametrize(
    "data",
    [
        {"orders": [{"orderId": 1, "price": "1.50", "status": "NEW"}]},
        {"orders": [{"orderId": 1}, {"orderId": "bad"}, {"orderId": 3, "size": 2.5}]},
        {"orders": None},
    ],
)
def test_plain_and_raw_calls_decode_the_same_body_identically(data: dict[str, Any]) -> None:
    body = {"result": True, "data": data, "timestamp": 5}
    reply = httpx.Response(200, json=body)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=Recorder(lambda r: reply).sync()) as client:
        plain = client.trade.get_all_orders(symbol="BTC_USDT")
    assert plain == call_raw(GET_ALL_ORDERS, body).parse()


def test_lists_of_amounts_are_checked_inside() -> None:
    import msgspec

    from pionex_wrapper import Model
    from pionex_wrapper.decoding import Envelope, decode_data

    class History(Model, frozen=True, kw_only=True):
        amounts: list[Decimal] = msgspec.field(default_factory=list)
        items: list[list[Decimal]] = msgspec.field(default_factory=list)

    good = decode_data(History, Envelope(data=b'{"amounts":["1","2.5"],"items":[["3"]]}'), {})
    assert good.value.amounts == [Decimal(1), Decimal("2.5")] and good.value.items == [[Decimal(3)]]
    bad = decode_data(History, Envelope(data=b'{"amounts":["1","NaN"],"items":[["3"],["x"]]}'), {})
    assert bad.value.amounts == [Decimal(1)] and bad.value.items == [[Decimal(3)]]
    assert [e.message.split(":")[0] for e in bad.skipped] == ["data.amounts[1]", "data.items[1][0]"]
