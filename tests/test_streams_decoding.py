"""Stream frames decode to the right model, tolerantly, and bad values are refused by name.

Every data message is built from the spec's own schemas (every field set), like the REST reply
tests do; the tolerance cases then change one thing at a time.
"""

from __future__ import annotations

import copy
import json
import logging
from decimal import Decimal
from typing import Any

import msgspec
import pytest

from pionex_client.streams import (
    CHANNELS,
    FUTURES_ORDERBOOK,
    FuturesDepthMessage,
    FuturesOrderMessage,
    FuturesTradeMessage,
    Ping,
    SpotDepthMessage,
    SpotTradeMessage,
    StreamError,
    SubscribedAck,
    UnsubscribedAck,
)
from pionex_wrapper import ResponseDecodeError
from pionex_wrapper.streams import Channel, OtherMessage, StreamDecoder
from tests.test_streams_spec import STREAMS, resolve

SCHEMAS = STREAMS["components"]["schemas"]


def schema_of(channel: Channel[Any]) -> dict[str, Any]:
    return dict(SCHEMAS[channel.message.__name__])


def deref(schema: dict[str, Any]) -> dict[str, Any]:
    return resolve(schema["$ref"]) if "$ref" in schema else schema


def full_instance(schema: dict[str, Any], seed: int = 1) -> Any:
    """A value with every property of the schema set (two items per list)."""
    schema = deref(schema)
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "object":
        return {name: full_instance(sub, seed + i) for i, (name, sub) in enumerate(schema["properties"].items())}
    if kind == "array":
        return [full_instance(schema["items"], seed + k) for k in range(max(2, schema.get("minItems", 2)))][
            : schema.get("maxItems", 2)
        ]
    if "enum" in schema:
        return schema["enum"][seed % len(schema["enum"])]
    if schema.get("format") == "decimal":
        return f"{seed}.{seed:02d}"
    if kind == "integer":
        return 1_700_000_000_000 + seed
    if kind == "boolean":
        return seed % 2 == 0
    return f"TEXT{seed}"


def symbol_for(channel: Channel[Any]) -> str:
    return "BTC_USDT_PERP" if channel.market == "futures" else "BTC_USDT"


def frame_for(channel: Channel[Any]) -> dict[str, Any]:
    frame = full_instance(schema_of(channel))
    if "symbol" in frame:
        frame["symbol"] = symbol_for(channel)
    if channel is FUTURES_ORDERBOOK:  # a book that is not crossed
        frame["data"]["bids"] = [["100.5", "1"], ["100.4", "2"]]
        frame["data"]["asks"] = [["100.6", "1"], ["100.7", "2"]]
    return frame


def as_json(value: Any) -> Any:
    """A decoded model as plain JSON values, money as its decimal string (to compare with a frame)."""
    return json.loads(msgspec.json.encode(value))


def drop_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_nulls(v) for v in value]
    return value


def decode(channel: Channel[Any], frame: dict[str, Any] | bytes | str) -> Any:
    """The frame decoded by a decoder pinned to the channel's market (a frame without a symbol on
    /wsPub could not say which market it is for; test_full_message checks the unpinned decoder)."""
    body = frame if isinstance(frame, (bytes, str)) else json.dumps(frame)
    return StreamDecoder(channel.path, market=channel.market).decode(body)


@pytest.mark.parametrize("channel", CHANNELS, ids=lambda c: c.name)
def test_full_message(channel: Channel[Any]) -> None:
    frame = frame_for(channel)
    message = StreamDecoder(channel.path).decode(json.dumps(frame))
    assert type(message) is channel.message
    assert message.topic == channel.topic
    assert as_json(message) == frame  # every field read, money exact, times as ints


@pytest.mark.parametrize("channel", CHANNELS, ids=lambda c: c.name)
def test_bytes_and_str_frames_agree(channel: Channel[Any]) -> None:
    text = json.dumps(frame_for(channel))
    decoder = StreamDecoder(channel.path)
    assert decoder.decode(text) == decoder.decode(text.encode()) == decoder.decode(bytearray(text.encode()))


def data_places(schema: dict[str, Any], path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every (path, schema) of a property inside the message, descending into first list items."""
    schema = deref(schema)
    out: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    if schema.get("type") == "object":
        for name, sub in schema["properties"].items():
            out.append(((*path, name), deref(sub)))
            out.extend(data_places(sub, (*path, name)))
    elif schema.get("type") == "array" and deref(schema["items"]).get("type") == "object":
        out.extend(data_places(schema["items"], (*path, 0)))
    return out


def cases(kind: str) -> list[tuple[Channel[Any], tuple[Any, ...], dict[str, Any]]]:
    found = []
    for channel in CHANNELS:
        for path, schema in data_places(schema_of(channel)):
            if (
                kind == "any"
                and path != ("topic",)
                or kind == "enum"
                and "enum" in schema
                or kind == "int"
                and schema.get("type") == "integer"
                or kind == "money"
                and schema.get("format") == "decimal"
            ):
                found.append((channel, path, schema))
    return found


def ident(case: Any) -> str:
    if isinstance(case, Channel):
        return case.name
    if isinstance(case, tuple):
        return ".".join(map(str, case))
    return ""


def at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def put(frame: dict[str, Any], path: tuple[Any, ...], new: Any) -> dict[str, Any]:
    frame = copy.deepcopy(frame)
    at(frame, path[:-1])[path[-1]] = new
    return frame


@pytest.mark.parametrize(("channel", "path", "schema"), cases("any"), ids=ident)
def test_each_field_may_be_missing(channel: Channel[Any], path: tuple[Any, ...], schema: dict[str, Any]) -> None:
    frame = copy.deepcopy(frame_for(channel))
    del at(frame, path[:-1])[path[-1]]
    message = decode(channel, frame)
    assert type(message) is channel.message
    got = as_json(message)
    assert at(got, path[:-1])[path[-1]] in (None, [])
    # Nothing else changed.
    assert drop_nulls(put(got, path, None)) == drop_nulls(put(frame_for(channel), path, None))


@pytest.mark.parametrize(("channel", "path", "schema"), cases("any"), ids=ident)
def test_each_field_may_be_null(channel: Channel[Any], path: tuple[Any, ...], schema: dict[str, Any]) -> None:
    message = decode(channel, put(frame_for(channel), path, None))
    assert at(as_json(message), path) in (None, [])


@pytest.mark.parametrize(("channel", "path", "schema"), cases("enum"), ids=ident)
def test_every_enum_value_and_an_unknown_one(
    channel: Channel[Any], path: tuple[Any, ...], schema: dict[str, Any]
) -> None:
    for value in [*schema["enum"], "SOMETHING_NEW"]:
        message = decode(channel, put(frame_for(channel), path, value))
        assert at(as_json(message), path) == value


@pytest.mark.parametrize(("channel", "path", "schema"), cases("int"), ids=ident)
def test_integers_from_numbers_or_digit_strings(
    channel: Channel[Any], path: tuple[Any, ...], schema: dict[str, Any]
) -> None:
    for sent in (1566691672311, "1566691672311"):
        assert at(as_json(decode(channel, put(frame_for(channel), path, sent))), path) == 1566691672311
    for bad in ("abc", "1.5", 2**64):
        refused_or_left_out(channel, put(frame_for(channel), path, bad), path, "")


def refused_or_left_out(channel: Channel[Any], frame: dict[str, Any], path: tuple[Any, ...], why: str) -> None:
    """A bad value inside a list item leaves that item out (the other kept); elsewhere the frame is
    refused with an error naming the field."""
    if 0 in path:
        message = decode(channel, frame)
        assert len(at(as_json(message), path[: path.index(0)])) == 1
    else:
        with pytest.raises(ResponseDecodeError, match=_field_pattern(path) + why):
            decode(channel, frame)


def _field_pattern(path: tuple[Any, ...]) -> str:
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    return "^" + text.replace("[", r"\[").replace("]", r"\]").replace(".", r"\.")


@pytest.mark.parametrize(("channel", "path", "schema"), cases("money"), ids=ident)
def test_money_is_exact(channel: Channel[Any], path: tuple[Any, ...], schema: dict[str, Any]) -> None:
    frame = put(frame_for(channel), path, "0.1")
    text = json.dumps(frame).replace('"0.1"', "0.1")  # a JSON number: read as its digits, not a float
    message = decode(channel, text)
    assert _attr_at(message, path) == Decimal("0.1")
    assert str(_attr_at(message, path)) == "0.1"
    exact = decode(channel, put(frame_for(channel), path, "12345678901234567890.123456789"))
    assert _attr_at(exact, path) == Decimal("12345678901234567890.123456789")
    assert _attr_at(decode(channel, put(frame_for(channel), path, "")), path) is None  # "" is absent


@pytest.mark.parametrize(("channel", "path", "schema"), cases("money"), ids=ident)
def test_nan_and_infinity_refused(channel: Channel[Any], path: tuple[Any, ...], schema: dict[str, Any]) -> None:
    for bad in ("NaN", "Infinity", "-inf", " nan "):
        refused_or_left_out(channel, put(frame_for(channel), path, bad), path, ".*not a finite number")


def _attr_at(message: Any, path: tuple[Any, ...]) -> Any:
    value = message
    for step in path:
        if isinstance(step, int):
            value = value[step]
        else:
            wire = {f.encode_name: f.name for f in msgspec.structs.fields(type(value))}
            value = getattr(value, wire[step])
    return value


def test_bad_list_item_is_left_out_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    frame = {
        "topic": "TRADE",
        "symbol": "BTC_USDT",
        "timestamp": 1566691672311,
        "data": [
            {"tradeId": "1", "price": "7962.62", "size": "0.0122", "side": "BUY", "timestamp": 1566691672311},
            {"tradeId": "2", "price": "abc", "size": "0.5", "side": "SELL", "timestamp": 1566691672312},
            {"tradeId": "3", "price": "7962.60", "size": "1", "side": "SELL", "timestamp": 1566691672313},
        ],
    }
    with caplog.at_level(logging.WARNING, logger="pionex_wrapper"):
        message = StreamDecoder("/wsPub").decode(json.dumps(frame))
    assert isinstance(message, SpotTradeMessage)
    assert [t.trade_id for t in message.data] == ["1", "3"]
    assert "data[1].price" in caplog.text and "TRADE /wsPub" in caplog.text


@pytest.mark.parametrize("bad", [["abc", "1"], ["1"], ["NaN", "1"], "x"])
def test_a_bad_book_level_refuses_the_frame(bad: Any) -> None:
    frame = {
        "topic": "ORDERBOOK",
        "symbol": "BTC_USDT_PERP",
        "data": {"action": "UPDATE", "bids": [["1", "2"], bad], "asks": [], "number": 2, "prevNumber": 1},
    }
    with pytest.raises(ResponseDecodeError, match=r"data\.bids\[1\].*no item of this list may be left out"):
        StreamDecoder("/wsPub").decode(json.dumps(frame))
    depth = {"topic": "DEPTH", "symbol": "BTC_USDT", "data": {"bids": [], "asks": [["1", "2"], bad]}}
    with pytest.raises(ResponseDecodeError, match=r"data\.asks\[1\]"):
        StreamDecoder("/wsPub").decode(json.dumps(depth))


def test_bare_nan_in_a_frame() -> None:
    frame = '{"topic":"DEPTH","symbol":"BTC_USDT","data":{"bids":[["1", NaN]],"asks":[]}}'
    with pytest.raises(ResponseDecodeError, match=r"data\.bids\[0\]"):
        StreamDecoder("/wsPub").decode(frame)
    trade = '{"topic":"TRADE","symbol":"BTC_USDT","data":[{"price":NaN},{"price":1.5}]}'
    message = StreamDecoder("/wsPub").decode(trade)
    assert isinstance(message, SpotTradeMessage) and [t.price for t in message.data] == [Decimal("1.5")]


# Frames shaped like Pionex's published examples.
FUTURES_ORDER_EXAMPLE = (
    '{"topic":"ORDER","symbol":"BTC_USDT_PERP","timestamp":1566691672311,"data":{"orderId":1234567890,'
    '"symbol":"BTC_USDT_PERP","type":"LIMIT","positionMode":"BUYSELL","isolatedMode":"CROSS","side":"BUY",'
    '"positionSide":"LONG","price":"30000.00","origSize":"0.2000","size":"0.1000","amount":"",'
    '"filledSize":"0.0500","filledAmount":"1500.00","status":"OPEN","reduceOnly":false,'
    '"clientOrderId":"9e3d93d6-e9a4-465a-a39c-2e48568fe194","source":"API","createTime":1566676132311,'
    '"updateTime":1566691672311}}'
)


def test_pionex_futures_order_example_with_empty_amount() -> None:
    message = StreamDecoder("/wsUA").decode(FUTURES_ORDER_EXAMPLE)
    assert isinstance(message, FuturesOrderMessage) and message.data is not None
    assert message.data.amount is None
    assert message.data.filled_amount == Decimal("1500.00")
    assert message.data.client_order_id == "9e3d93d6-e9a4-465a-a39c-2e48568fe194"


def test_spot_and_futures_share_topics_on_wspub() -> None:
    decoder = StreamDecoder("/wsPub")
    spot = '{"topic":"DEPTH","symbol":"BTC_USDT","data":{"bids":[["27964.01","0.0675"]],"asks":[]}}'
    perp = spot.replace("BTC_USDT", "BTC_USDT_PERP")
    assert isinstance(decoder.decode(spot), SpotDepthMessage)
    assert isinstance(decoder.decode(perp), FuturesDepthMessage)
    trade = '{"topic":"TRADE","symbol":"ETH_USDT_PERP","data":[{"price":"1","type":"NORMAL"}]}'
    assert isinstance(decoder.decode(trade), FuturesTradeMessage)
    pinned = StreamDecoder("/wsPub", market="spot")
    assert isinstance(pinned.decode(perp), SpotDepthMessage)
    assert isinstance(pinned.decode('{"topic":"ORDERBOOK","symbol":"X_PERP","data":{}}'), OtherMessage)
    assert {c.name for c in decoder.channels} == {
        "spot.TRADE",
        "spot.DEPTH",
        "futures.TRADE",
        "futures.DEPTH",
        "futures.ORDERBOOK",
        "futures.INDEX",
    }


def test_control_messages() -> None:
    decoder = StreamDecoder("/wsUA")
    assert decoder.decode('{"op":"PING","timestamp":1655896754515}') == Ping(op="PING", timestamp=1655896754515)
    assert decoder.decode('{"op":"PING","timestamp":"1655896754515"}') == Ping(op="PING", timestamp=1655896754515)
    ack = decoder.decode('{"type":"SUBSCRIBED","topic":"ORDER","symbol":"ALL"}')
    assert ack == SubscribedAck(type="SUBSCRIBED", topic="ORDER", symbol="ALL")
    gone = decoder.decode('{"type":"UNSUBSCRIBED","topic":"BALANCE"}')
    assert gone == UnsubscribedAck(type="UNSUBSCRIBED", topic="BALANCE", symbol=None)
    error = decoder.decode('{"event":"ERROR","mcode":"AUTH_FAILED","message":"bad signature","timestamp":1}')
    assert error == StreamError(event="ERROR", mcode="AUTH_FAILED", message="bad signature", timestamp=1)
    # The answer to auth is not documented: delivered as it came, exact.
    other = decoder.decode('{"op":"auth","result":true,"rate":0.1}')
    assert other == OtherMessage({"op": "auth", "result": True, "rate": Decimal("0.1")})
    # A "type" that marks no control message does not make a data frame one.
    order = decoder.decode('{"topic":"ORDER","type":"SOMETHING","symbol":"BTC_USDT_PERP","data":{"orderId":1}}')
    assert isinstance(order, FuturesOrderMessage) and order.data is not None and order.data.order_id == 1
    unknown = decoder.decode('{"topic":"NEWTOPIC","data":{}}')
    assert isinstance(unknown, OtherMessage) and unknown.topic == "NEWTOPIC"
    with pytest.raises(ResponseDecodeError, match="Ping"):
        decoder.decode('{"op":"PING","timestamp":"soon"}')


@pytest.mark.parametrize("frame", ["", "nope", "[1, 2]", '"PING"', "123", '{"topic":'])
def test_frames_that_are_not_json_objects(frame: str) -> None:
    with pytest.raises(ResponseDecodeError, match="not JSON|not a JSON object"):
        StreamDecoder("/ws").decode(frame)


def test_required_topic_is_checked_and_unknown_path_refused() -> None:
    with pytest.raises(ValueError, match="no channel"):
        StreamDecoder("/nowhere")
    with pytest.raises(ValueError, match="no channel"):
        StreamDecoder("/ws", market="futures")
