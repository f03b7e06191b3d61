"""openapi/streams.json: a valid AsyncAPI 3.0 document that holds every Pionex stream channel.

The expectations are constants here, taken from Pionex's published stream descriptions, so the
test says on its own what the spec must hold.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

ROOT = Path(__file__).parents[1]
STREAMS = json.loads((ROOT / "openapi" / "streams.json").read_text(encoding="utf-8"))

# (market, topic, endpoint path, private, symbol rule) of every channel Pionex documents: 5 spot, 9 futures.
CHANNELS = [
    ("spot", "TRADE", "/wsPub", False, "required"),
    ("spot", "DEPTH", "/wsPub", False, "required"),
    ("spot", "ORDER", "/ws", True, "required"),
    ("spot", "FILL", "/ws", True, "required"),
    ("spot", "BALANCE", "/ws", True, "none"),
    ("futures", "TRADE", "/wsPub", False, "required"),
    ("futures", "DEPTH", "/wsPub", False, "required"),
    ("futures", "ORDERBOOK", "/wsPub", False, "required"),
    ("futures", "INDEX", "/wsPub", False, "required"),
    ("futures", "ORDER", "/wsUA", True, "required-or-all"),
    ("futures", "FILL", "/wsUA", True, "required-or-all"),
    ("futures", "BALANCE", "/wsUA", True, "none"),
    ("futures", "RISK", "/wsUA", True, "none"),
    ("futures", "POSITION", "/wsUA", True, "required-or-all"),
]

# The fields Pionex documents for each message's data (or for one item of it), by channel.
FIELDS = {
    ("spot", "TRADE"): {"symbol", "tradeId", "price", "size", "side", "timestamp"},
    ("spot", "DEPTH"): {"bids", "asks"},
    ("spot", "ORDER"): {
        "orderId",
        "symbol",
        "type",
        "side",
        "price",
        "size",
        "filledSize",
        "filledAmount",
        "fee",
        "feeCoin",
        "IOC",
        "status",
        "clientOrderId",
        "createTime",
        "updateTime",
    },
    ("spot", "FILL"): {"id", "orderId", "side", "role", "price", "size", "fee", "feeCoin", "timestamp"},
    ("spot", "BALANCE"): {"balances", "timestamp"},
    ("futures", "TRADE"): {"symbol", "tradeId", "price", "size", "side", "type", "timestamp"},
    ("futures", "DEPTH"): {"bids", "asks"},
    ("futures", "ORDERBOOK"): {"action", "bids", "asks", "number", "prevNumber", "timeStamp"},
    ("futures", "INDEX"): {"symbol", "indexPrice", "markPrice", "nextFundingRate", "nextFundingTime", "updateTime"},
    ("futures", "ORDER"): {
        "orderId",
        "symbol",
        "type",
        "positionMode",
        "isolatedMode",
        "side",
        "positionSide",
        "price",
        "origSize",
        "size",
        "amount",
        "filledSize",
        "filledAmount",
        "status",
        "reduceOnly",
        "clientOrderId",
        "source",
        "createTime",
        "updateTime",
    },
    ("futures", "FILL"): {
        "id",
        "orderId",
        "symbol",
        "side",
        "role",
        "price",
        "size",
        "fee",
        "feeCoin",
        "feeType",
        "timestamp",
    },
    ("futures", "BALANCE"): {"type", "symbol", "balances", "timestamp"},
    ("futures", "RISK"): {"type", "symbol", "riskState", "quote", "updatedTime", "extraInfo"},
    ("futures", "POSITION"): {
        "positionId",
        "symbol",
        "isolatedMode",
        "positionSide",
        "netSize",
        "avgPrice",
        "sizeLong",
        "sizeShort",
        "amountLong",
        "amountShort",
        "amountSettled",
        "sizeLiquidated",
        "amountLiquidated",
        "sizeTakeover",
        "createTime",
        "updateTime",
    },
}

# Fields that hold money (exact decimals) in the data of each channel; everything else named *Time,
# timestamp, number, id or orderId is an int64.
MONEY = {"price", "size", "filledSize", "filledAmount", "fee", "free", "frozen", "debts", "indexPrice", "markPrice",
         "nextFundingRate", "origSize", "amount", "netSize", "avgPrice", "sizeLong", "sizeShort", "amountLong",
         "amountShort", "amountSettled", "sizeLiquidated", "amountLiquidated", "sizeTakeover", "accountEquity",
         "totalMaintMargin"}  # fmt: skip
INT64 = {"timestamp", "createTime", "updateTime", "updatedTime", "nextFundingTime", "number", "prevNumber",
         "timeStamp", "id", "orderId"}  # fmt: skip

# Signing, checked with Python's hmac against Pionex's worked examples (secret from Pionex's REST example).
SECRET = "NFqv4MB3hB0SOiEsJNDP9e0jDdKPWbDqS_Z1dbU4"
KEY = "OElNn5D_Frnf5MR0ChjYdG7PunK0AOgHTvevwzWS"
TIMESTAMP = 1655896754515
SPOT_SIGNED = f"/ws?key={KEY}&timestamp={TIMESTAMP}websocket_auth"
SPOT_SIGNATURE = "3e901247350e744353f4a7a479fd67181184a627b119352ec1b7a432925e772c"  # as Pionex publishes it
FUTURES_SIGNED = f"{TIMESTAMP}websocket_auth"
FUTURES_SIGNATURE = "b4acc6fd1e2806efa08d4db56292c9e16effb8d60000280e7e024f4debddab5f"
# Pionex's futures example prints the spot signature for the futures string: it does not follow its own rule.
FUTURES_PRINTED_BY_PIONEX = SPOT_SIGNATURE


def resolve(ref: str) -> Any:
    node: Any = STREAMS
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs(item)


def channel(market: str, topic: str) -> dict[str, Any]:
    found = [
        c
        for c in STREAMS["channels"].values()
        if c.get("x-pionex-market") == market and c.get("x-pionex-topic") == topic
    ]
    assert len(found) == 1, (market, topic)
    return found[0]


def payload(msg_ref: str) -> dict[str, Any]:
    return resolve(resolve(msg_ref)["payload"]["$ref"])


def test_asyncapi_shape() -> None:
    assert STREAMS["asyncapi"] == "3.0.0"
    assert {"info", "servers", "channels", "operations", "components"} <= STREAMS.keys()
    assert "AsyncAPI" in STREAMS["info"]["description"]
    for op in STREAMS["operations"].values():
        assert op["action"] in ("send", "receive")
        assert op["channel"]["$ref"].startswith("#/channels/")


def test_every_ref_resolves() -> None:
    all_refs = list(refs(STREAMS))
    assert len(all_refs) > 100
    for ref in all_refs:
        assert ref.startswith("#/"), ref
        resolve(ref)  # raises KeyError if it does not


@pytest.mark.parametrize("name", sorted(STREAMS["components"]["schemas"]))
def test_schema_is_valid_json_schema(name: str) -> None:
    schema = STREAMS["components"]["schemas"][name]
    # AsyncAPI's default schema format is a superset of JSON Schema draft 7.
    jsonschema.Draft7Validator.check_schema(schema)


def test_every_pionex_channel_is_there_and_nothing_else() -> None:
    found = []
    for c in STREAMS["channels"].values():
        if "x-pionex-topic" not in c:
            continue
        server = resolve(c["servers"][0]["$ref"])
        found.append(
            (c["x-pionex-market"], c["x-pionex-topic"], server["pathname"], server["x-pionex-auth"] != "none",
             c["x-pionex-symbol"])
        )  # fmt: skip
        assert server["x-pionex-market"] == c["x-pionex-market"]
    assert sorted(found) == sorted(CHANNELS)
    assert len(found) == 14


@pytest.mark.parametrize(("market", "topic"), sorted(FIELDS))
def test_data_message_fields_and_types(market: str, topic: str) -> None:
    message = payload(channel(market, topic)["messages"]["data"]["$ref"])
    assert message["properties"]["topic"]["const"] == topic
    assert message["properties"]["timestamp"]["format"] == "int64"
    data = message["properties"]["data"]
    if data.get("type") == "array":
        data = data["items"]
    data = resolve(data["$ref"])
    assert set(data["properties"]) == FIELDS[(market, topic)]

    def check(props: dict[str, Any]) -> None:
        for name, prop in props.items():
            if "$ref" in prop:
                check(resolve(prop["$ref"])["properties"])
            elif prop.get("type") == "array":
                item = prop["items"]
                if "$ref" in item:
                    check(resolve(item["$ref"])["properties"])
                else:  # a price level
                    assert item["items"] == {"type": "string", "format": "decimal"}, name
                    assert item["minItems"] == item["maxItems"] == 2
            elif name in MONEY:
                assert prop == {**prop, "type": "string", "format": "decimal"}, name
            elif name in INT64:
                assert prop["type"] == "integer" and prop["format"] == "int64", name
            else:
                assert prop["type"] in ("string", "boolean"), name

    check(data["properties"])


def test_channels_carry_subscribe_and_acks() -> None:
    for market, topic, *_ in CHANNELS:
        messages = channel(market, topic)["messages"]
        assert {"data", "subscribe", "unsubscribe", "subscribed", "unsubscribed"} <= messages.keys()
    sub = payload("#/components/messages/Subscribe")
    assert sub["properties"]["op"]["const"] == "SUBSCRIBE"
    assert set(sub["properties"]["topic"]["enum"]) == {t for _, t, *_ in CHANNELS}
    assert payload("#/components/messages/Subscribed")["properties"]["type"]["const"] == "SUBSCRIBED"
    assert payload("#/components/messages/Ping")["properties"]["op"]["const"] == "PING"
    assert payload("#/components/messages/Pong")["properties"]["op"]["const"] == "PONG"
    assert payload("#/components/messages/Auth")["properties"]["op"]["const"] == "auth"
    assert set(payload("#/components/messages/Error")["properties"]) == {"event", "mcode", "message", "timestamp"}


def test_limits_and_rules() -> None:
    limits = STREAMS["info"]["x-pionex-limits"]
    assert limits["connectionsPerIp"] == 10
    assert limits["messagesPerSecondPerConnection"] == 5
    assert limits["heartbeat"]["pingIntervalSeconds"] == 15
    assert limits["heartbeat"]["missedPongsBeforeClose"] == 3
    for market in ("spot", "futures"):
        assert channel(market, "DEPTH")["x-pionex-depth-limit"] == {"minimum": 1, "maximum": 100, "default": 5}
    book = channel("futures", "ORDERBOOK")["x-pionex-orderbook"]
    assert book["levels"] == 100
    assert "prevNumber" in book["sequence"]
    auth = {s["pathname"]: s["x-pionex-auth"] for s in STREAMS["servers"].values()}
    assert auth == {"/wsPub": "none", "/ws": "url-signature", "/wsUA": "auth-message"}


def test_signing_examples() -> None:
    def sign(text: str) -> str:
        return hmac.new(SECRET.encode(), text.encode(), hashlib.sha256).hexdigest()

    assert sign(SPOT_SIGNED) == SPOT_SIGNATURE
    assert sign(FUTURES_SIGNED) == FUTURES_SIGNATURE
    assert sign(FUTURES_SIGNED) != FUTURES_PRINTED_BY_PIONEX
    text = json.dumps(STREAMS)
    assert SPOT_SIGNATURE in STREAMS["servers"]["spotPrivate"]["description"]
    assert FUTURES_SIGNATURE in STREAMS["servers"]["futuresPrivate"]["description"]
    assert FUTURES_SIGNATURE in text and SPOT_SIGNATURE in STREAMS["info"]["description"]
