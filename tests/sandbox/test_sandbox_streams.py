"""The sandbox's streams (/wsPub, /ws, /wsUA) against a real server on loopback, with `websockets` as the client.

Signatures are computed here from the signing rules with hmac, sharing no code with the sandbox's
verifier or the client.  Message shapes are checked against small JSON schemas written from the
fields Pionex documents for each channel.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from pionex_sandbox import (
    DEFAULT_API_KEY,
    DEFAULT_API_SECRET,
    READONLY_API_KEY,
    READONLY_API_SECRET,
    RunningSandbox,
    StreamSettings,
    running_sandbox,
)
from pionex_sandbox.__main__ import main as cli_main
from pionex_sandbox.accounts import TRADE
from pionex_sandbox.core.replies import depth_reply
from pionex_sandbox.futures import Futures
from pionex_sandbox.streams import StreamFault
from pionex_sandbox.verify import expected_signature, futures_stream_payload, spot_stream_payload
from tests.sandbox.sandbox_support import sign, start_cli, stop_cli

PERP = "BTC_USDT_PERP"
SPOT = "BTC_USDT"

# Pionex's worked example (shared by its spot and futures stream files).
EXAMPLE_SECRET = "NFqv4MB3hB0SOiEsJNDP9e0jDdKPWbDqS_Z1dbU4"
EXAMPLE_KEY = "OElNn5D_Frnf5MR0ChjYdG7PunK0AOgHTvevwzWS"
EXAMPLE_TIMESTAMP = 1655896754515
EXAMPLE_SPOT_TEXT = "/ws?key=OElNn5D_Frnf5MR0ChjYdG7PunK0AOgHTvevwzWS&timestamp=1655896754515websocket_auth"
EXAMPLE_PUBLISHED_SIGNATURE = "3e901247350e744353f4a7a479fd67181184a627b119352ec1b7a432925e772c"
EXAMPLE_FUTURES_TEXT = "1655896754515websocket_auth"
EXAMPLE_FUTURES_SIGNATURE = "b4acc6fd1e2806efa08d4db56292c9e16effb8d60000280e7e024f4debddab5f"
"""What the futures rule (timestamp + "websocket_auth") really gives for the example; Pionex's
futures file prints the spot example's signature instead, which does not match its own rule."""


# -- signing, from the rules --------------------------------------------------------------------


def hex_hmac(secret: str, text: str) -> str:
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def spot_url(served: RunningSandbox, key: str = DEFAULT_API_KEY, secret: str = DEFAULT_API_SECRET, **over: Any) -> str:
    timestamp = over.get("timestamp", now_ms())
    signature = over.get("signature", hex_hmac(secret, f"/ws?key={key}&timestamp={timestamp}websocket_auth"))
    return f"{served.ws_url}/ws?key={key}&timestamp={timestamp}&signature={signature}"


def auth_message(key: str = DEFAULT_API_KEY, secret: str = DEFAULT_API_SECRET, **over: Any) -> str:
    timestamp = over.get("timestamp", now_ms())
    signature = over.get("signature", hex_hmac(secret, f"{timestamp}websocket_auth"))
    return json.dumps({"op": "auth", "args": [key, timestamp, signature]})


def test_pionex_worked_examples() -> None:
    # The spot rule reproduces Pionex's example exactly.
    assert hex_hmac(EXAMPLE_SECRET, EXAMPLE_SPOT_TEXT) == EXAMPLE_PUBLISHED_SIGNATURE
    # The futures rule gives another value than the one Pionex prints for it.
    assert hex_hmac(EXAMPLE_SECRET, EXAMPLE_FUTURES_TEXT) == EXAMPLE_FUTURES_SIGNATURE
    assert EXAMPLE_FUTURES_SIGNATURE != EXAMPLE_PUBLISHED_SIGNATURE
    # The sandbox's verifier signs the same texts.
    spot = spot_stream_payload("/ws", EXAMPLE_KEY, str(EXAMPLE_TIMESTAMP))
    assert spot == EXAMPLE_SPOT_TEXT.encode()
    assert expected_signature(EXAMPLE_SECRET, spot) == EXAMPLE_PUBLISHED_SIGNATURE
    futures = futures_stream_payload(str(EXAMPLE_TIMESTAMP))
    assert futures == EXAMPLE_FUTURES_TEXT.encode()
    assert expected_signature(EXAMPLE_SECRET, futures) == EXAMPLE_FUTURES_SIGNATURE


# -- REST, signed here ----------------------------------------------------------------------------


def rest(
    served: RunningSandbox,
    method: str,
    path: str,
    body: object = None,
    key: str = DEFAULT_API_KEY,
    secret: str = DEFAULT_API_SECRET,
    **params: object,
) -> Any:
    pairs = [(name, str(value)) for name, value in params.items()] + [("timestamp", str(now_ms()))]
    raw = b"" if body is None else json.dumps(body).encode()
    headers = {"PIONEX-KEY": key, "PIONEX-SIGNATURE": sign(secret, method, path, pairs, raw)}
    response = httpx.request(method, served.base_url + path, params=pairs, content=raw, headers=headers)
    payload = response.json()
    assert payload["result"] is True, payload
    return payload.get("data")


# -- schemas from Pionex's documented fields ---------------------------------------------------------

STR = {"type": "string"}
DEC = {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}
LEVEL = {"type": "array", "items": DEC, "minItems": 2, "maxItems": 2}


def enum(*values: str) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


def obj(properties: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }


def message(topic: str, data: dict[str, Any], symbol: bool = True) -> dict[str, Any]:
    properties: dict[str, Any] = {"topic": {"const": topic}}
    if symbol:
        properties["symbol"] = STR
    properties.update({"timestamp": INT, "data": data})
    return obj(properties)


def trade_record(perp: bool) -> dict[str, Any]:
    fields = {"symbol": STR, "tradeId": STR, "price": DEC, "size": DEC, "side": enum("BUY", "SELL"), "timestamp": INT}
    if perp:
        fields["type"] = enum("NORMAL")
    return obj(fields)


BALANCE_ROW = obj({"coin": STR, "free": DEC, "frozen": DEC})
FUTURES_BALANCE_ROW = obj({"coin": STR, "free": DEC, "frozen": DEC, "debts": DEC})
EXTRA = obj({"accountEquity": DEC, "totalMaintMargin": DEC})
ISOLATE = enum("ISOLATE_LONG", "ISOLATE_SHORT", "ISOLATE_BOTH")
SCHEMAS: dict[str, dict[str, Any]] = {
    "spot TRADE": message("TRADE", {"type": "array", "maxItems": 100, "items": trade_record(False)}),
    "perp TRADE": message("TRADE", {"type": "array", "items": trade_record(True)}),
    "DEPTH": message(
        "DEPTH", obj({"bids": {"type": "array", "items": LEVEL}, "asks": {"type": "array", "items": LEVEL}})
    ),
    "ORDERBOOK": message(
        "ORDERBOOK",
        obj(
            {
                "action": enum("SNAPSHOT", "UPDATE"),
                "bids": {"type": "array", "items": LEVEL},
                "asks": {"type": "array", "items": LEVEL},
                "number": INT,
                "prevNumber": INT,
                "timeStamp": INT,
            }
        ),
    ),
    "INDEX": message(
        "INDEX",
        {
            "type": "array",
            "items": obj(
                {
                    "symbol": STR,
                    "indexPrice": DEC,
                    "markPrice": DEC,
                    "nextFundingRate": DEC,
                    "nextFundingTime": INT,
                    "updateTime": INT,
                }
            ),
        },
    ),
    "spot ORDER": message(
        "ORDER",
        obj(
            {
                "orderId": INT,
                "symbol": STR,
                "type": enum("LIMIT", "MARKET"),
                "side": enum("BUY", "SELL"),
                "price": DEC,
                "size": DEC,
                "filledSize": DEC,
                "filledAmount": DEC,
                "fee": DEC,
                "feeCoin": STR,
                "IOC": BOOL,
                "status": enum("OPEN", "CLOSED"),
                "clientOrderId": STR,
                "createTime": INT,
                "updateTime": INT,
            },
            optional=("price", "size", "clientOrderId"),
        ),
    ),
    "spot FILL": message(
        "FILL",
        obj(
            {
                "id": INT,
                "orderId": INT,
                "side": enum("BUY", "SELL"),
                "role": enum("TAKER", "MAKER"),
                "price": DEC,
                "size": DEC,
                "fee": DEC,
                "feeCoin": STR,
                "timestamp": INT,
            }
        ),
    ),
    "spot BALANCE": message(
        "BALANCE", obj({"balances": {"type": "array", "items": BALANCE_ROW}, "timestamp": INT}), symbol=False
    ),
    "futures ORDER": message(
        "ORDER",
        obj(
            {
                "orderId": INT,
                "symbol": STR,
                "type": enum("LIMIT", "MARKET_QTY", "IOC", "FOK", "POSTONLY"),
                "positionMode": enum("BUYSELL", "OPENCLOSE"),
                "isolatedMode": enum("CROSS", "ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"),
                "side": enum("BUY", "SELL"),
                "positionSide": enum("BOTH", "LONG", "SHORT"),
                "price": DEC,
                "origSize": DEC,
                "size": DEC,
                "amount": STR,
                "filledSize": DEC,
                "filledAmount": DEC,
                "status": enum("OPEN", "CLOSED"),
                "reduceOnly": BOOL,
                "clientOrderId": STR,
                "source": enum("MANUAL", "API", "SYSTEM", "TRIGGER"),
                "createTime": INT,
                "updateTime": INT,
            },
            optional=("price", "clientOrderId"),
        ),
    ),
    "futures FILL": message(
        "FILL",
        obj(
            {
                "id": INT,
                "orderId": INT,
                "symbol": STR,
                "side": enum("BUY", "SELL"),
                "role": enum("TAKER", "MAKER"),
                "price": DEC,
                "size": DEC,
                "fee": DEC,
                "feeCoin": STR,
                "feeType": enum("TRADING", "LIQUIDATION"),
                "timestamp": INT,
            }
        ),
    ),
    "futures BALANCE": message(
        "BALANCE",
        {
            "oneOf": [
                obj(
                    {
                        "type": enum("CROSS"),
                        "balances": {"type": "array", "items": FUTURES_BALANCE_ROW},
                        "timestamp": INT,
                    }
                ),
                obj(
                    {
                        "type": ISOLATE,
                        "symbol": STR,
                        "balances": {"type": "array", "items": FUTURES_BALANCE_ROW},
                        "timestamp": INT,
                    }
                ),
            ]
        },
        symbol=False,
    ),
    "RISK": message(
        "RISK",
        {
            "oneOf": [
                obj({"type": enum("CROSS"), "riskState": STR, "quote": STR, "updatedTime": INT, "extraInfo": EXTRA}),
                obj(
                    {
                        "type": ISOLATE,
                        "symbol": STR,
                        "riskState": STR,
                        "quote": STR,
                        "updatedTime": INT,
                        "extraInfo": EXTRA,
                    }
                ),
            ]
        },
        symbol=False,
    ),
    "POSITION": message(
        "POSITION",
        obj(
            {
                "positionId": STR,
                "symbol": STR,
                "isolatedMode": enum("CROSS", "ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"),
                "positionSide": enum("LONG", "SHORT"),
                "netSize": DEC,
                "avgPrice": DEC,
                "sizeLong": DEC,
                "sizeShort": DEC,
                "amountLong": DEC,
                "amountShort": DEC,
                "amountSettled": DEC,
                "sizeLiquidated": DEC,
                "amountLiquidated": DEC,
                "sizeTakeover": DEC,
                "createTime": INT,
                "updateTime": INT,
            }
        ),
    ),
    "ERROR": obj(
        {"event": {"const": "ERROR"}, "mcode": STR, "message": STR, "topic": {}, "symbol": {}, "timestamp": INT},
        optional=("topic", "symbol"),
    ),
}


def check(schema: str, received: dict[str, Any]) -> dict[str, Any]:
    Draft202012Validator(SCHEMAS[schema]).validate(received)
    return received


# -- the client side ----------------------------------------------------------------------------


@pytest.fixture(params=["binary", "text"])
def served(request: pytest.FixtureRequest) -> Iterator[RunningSandbox]:
    """A sandbox sending its messages in binary frames (the default), then in text frames."""
    # Pionex's limits apply in test_connection_and_message_limits; elsewhere tests may talk faster.
    settings = StreamSettings(push_interval=0.05, max_messages_per_second=1000, frames=request.param)
    # A still market: these tests count the messages of each topic, which a moving market adds to.
    with running_sandbox(streams=settings, moving_market=False) as running:
        yield running


def test_messages_come_in_binary_frames_unless_text_is_asked_for() -> None:
    async def first_frame(served: RunningSandbox) -> object:
        async with connect(served.ws_url + "/wsPub") as ws:
            await ws.send(json.dumps({"op": "SUBSCRIBE", "topic": "DEPTH", "symbol": SPOT}).encode())  # binary in
            return await asyncio.wait_for(ws.recv(), 5)

    with running_sandbox() as served:
        frame = run(first_frame(served))
        assert isinstance(frame, bytes) and json.loads(frame) == acked("DEPTH", SPOT)
    with running_sandbox(streams=StreamSettings(frames="text")) as served:
        frame = run(first_frame(served))
        assert isinstance(frame, str) and json.loads(frame) == acked("DEPTH", SPOT)
    with pytest.raises(ValueError, match="frames must be"):
        StreamSettings(frames="json")  # type: ignore[arg-type]


def run(coroutine: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coroutine, timeout=20))


async def receive(ws: ClientConnection, timeout: float = 2.0) -> dict[str, Any]:
    """The next message that is not a PING."""
    while True:
        received = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        assert isinstance(received, dict)
        if received.get("op") != "PING":
            return received


async def until(ws: ClientConnection, wanted: Callable[[dict[str, Any]], bool], timeout: float = 3.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        received = await receive(ws, max(deadline - time.monotonic(), 0.01))
        if wanted(received):
            return received


async def quiet(ws: ClientConnection, seconds: float) -> list[dict[str, Any]]:
    """Everything (PINGs included) received within ``seconds``."""
    got: list[dict[str, Any]] = []
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            got.append(json.loads(await asyncio.wait_for(ws.recv(), left)))
        except TimeoutError:
            break
    return got


async def subscribe(ws: ClientConnection, topic: str, symbol: str | None = None, **extra: object) -> dict[str, Any]:
    request: dict[str, object] = {"op": "SUBSCRIBE", "topic": topic}
    if symbol is not None:
        request["symbol"] = symbol
    request.update(extra)
    await ws.send(json.dumps(request))
    return await receive(ws)


def acked(topic: str, symbol: str | None = None) -> dict[str, Any]:
    ack: dict[str, Any] = {"type": "SUBSCRIBED", "topic": topic}
    if symbol is not None:
        ack["symbol"] = symbol
    return ack


async def closed_with(ws: ClientConnection) -> int | None:
    with pytest.raises(ConnectionClosed):
        while True:
            await asyncio.wait_for(ws.recv(), 3)
    return ws.close_code


# -- authentication --------------------------------------------------------------------------------


def test_spot_private_stream_authenticates_by_its_signed_url(served: RunningSandbox) -> None:
    served.sandbox.add_account("trade-only", "trade-key", "trade-secret", (TRADE,))

    async def refused(url: str) -> tuple[dict[str, Any], int | None]:
        async with connect(url) as ws:
            error = check("ERROR", await receive(ws))
            return error, await closed_with(ws)

    async def main() -> None:
        for key, secret in ((DEFAULT_API_KEY, DEFAULT_API_SECRET), (READONLY_API_KEY, READONLY_API_SECRET)):
            async with connect(spot_url(served, key, secret)) as ws:
                assert await subscribe(ws, "BALANCE") == acked("BALANCE")
        cases = {
            "INVALID_SIGNATURE": spot_url(served, signature="00" * 32),
            "INVALID_TIMESTAMP": spot_url(served, timestamp=now_ms() - 30_000),
            "INVALID_APIKEY": spot_url(served, key="nobody"),
            "PERMISSION_DENIED": spot_url(served, "trade-key", "trade-secret"),
            "SIGNATURE_LOST": f"{served.ws_url}/ws?key={DEFAULT_API_KEY}&timestamp={now_ms()}",
        }
        for code, url in cases.items():
            error, close_code = await refused(url)
            assert error["mcode"] == code and close_code == 1008, error
        error, _ = await refused(spot_url(served, timestamp=now_ms() - 30_000))
        assert "behind the server clock" in error["message"]

    run(main())


def test_futures_private_stream_authenticates_by_its_auth_message(served: RunningSandbox) -> None:
    async def attempt(text: str) -> dict[str, Any]:
        async with connect(served.ws_url + "/wsUA") as ws:
            await ws.send(text)
            return await receive(ws)

    async def main() -> None:
        async with connect(served.ws_url + "/wsUA") as ws:
            refused = check("ERROR", await subscribe(ws, "BALANCE"))
            assert refused["mcode"] == "NOT_AUTHENTICATED"
            await ws.send(auth_message())
            assert (await receive(ws))["type"] == "AUTHENTICATED"
            assert await subscribe(ws, "ORDER", "ALL") == acked("ORDER", "ALL")
        assert (await attempt(auth_message(READONLY_API_KEY, READONLY_API_SECRET)))["type"] == "AUTHENTICATED"
        stamp = str(now_ms())  # the timestamp may be written as a string, too
        assert (await attempt(auth_message(timestamp=stamp)))["type"] == "AUTHENTICATED"
        assert (await attempt(auth_message(signature="ab" * 32)))["mcode"] == "INVALID_SIGNATURE"
        assert (await attempt(auth_message(timestamp=now_ms() + 25_000)))["mcode"] == "INVALID_TIMESTAMP"
        # Pionex's printed futures example signature is refused even with the example's own timestamp rule.
        async with connect(served.ws_url + "/wsUA") as ws:
            await ws.send(auth_message(timestamp=now_ms(), signature=EXAMPLE_PUBLISHED_SIGNATURE))
            assert check("ERROR", await receive(ws))["mcode"] == "INVALID_SIGNATURE"
            assert await closed_with(ws) == 1008

    run(main())


# -- public channels ---------------------------------------------------------------------------------


def test_depth_trade_and_index_messages(served: RunningSandbox) -> None:
    async def main() -> None:
        async with connect(served.ws_url + "/wsPub") as ws:
            assert await subscribe(ws, "DEPTH", SPOT) == acked("DEPTH", SPOT)
            depth = check("DEPTH", await receive(ws))
            assert len(depth["data"]["bids"]) == len(depth["data"]["asks"]) == 5  # Pionex's default
            expected = depth_reply(served.sandbox.markets[SPOT], 5)
            assert depth["data"] == {"bids": expected["bids"], "asks": expected["asks"]}
            assert await subscribe(ws, "DEPTH", PERP, limit=100) == acked("DEPTH", PERP)
            assert len(check("DEPTH", await receive(ws))["data"]["bids"]) == 100
            for limit in (0, 101, "5"):
                refused = check("ERROR", await subscribe(ws, "DEPTH", SPOT, limit=limit))
                assert refused["mcode"] == "PARAMETER_ERROR"
            assert await subscribe(ws, "INDEX", PERP) == acked("INDEX", PERP)
            index = check("INDEX", await receive(ws))
            (got,) = index["data"]
            futures, moment = served.sandbox.engine(Futures), got["updateTime"]
            assert got["symbol"] == PERP and got["nextFundingTime"] == futures.next_funding_time(moment)
            assert Decimal(got["markPrice"]) == futures.mark_price(PERP, moment).quantize(Decimal("0.1"))
            assert Decimal(got["indexPrice"]) == futures.index_price(PERP, moment)
            assert await subscribe(ws, "TRADE", SPOT) == acked("TRADE", SPOT)
            order = rest(
                served,
                "POST",
                "/api/v1/trade/order",
                {"symbol": SPOT, "side": "BUY", "type": "MARKET", "amount": "5000"},
            )
            trades = check("spot TRADE", await until(ws, lambda m: m.get("topic") == "TRADE"))
            fills = rest(served, "GET", "/api/v1/trade/fillsByOrderId", orderId=order["orderId"])["fills"]
            assert [(t["price"], t["size"]) for t in trades["data"]] == [(f["price"], f["size"]) for f in fills]
            assert all(t["side"] == "BUY" for t in trades["data"])

    run(main())


def test_futures_trade_messages_say_normal(served: RunningSandbox) -> None:
    async def main() -> None:
        rest(
            served,
            "POST",
            "/api/v1/assets/transfer",
            {"fromAccount": "MAIN", "toAccount": "TRADE", "currency": "USDT", "amount": "20000"},
        )
        async with connect(served.ws_url + "/wsPub") as ws:
            assert await subscribe(ws, "TRADE", PERP) == acked("TRADE", PERP)
            rest(
                served,
                "POST",
                "/uapi/v1/trade/order",
                {"symbol": PERP, "side": "SELL", "type": "MARKET_QTY", "size": "0.05"},
            )
            trades = check("perp TRADE", await until(ws, lambda m: m.get("topic") == "TRADE"))
            assert {t["type"] for t in trades["data"]} == {"NORMAL"} and {t["side"] for t in trades["data"]} == {"SELL"}
            ids = [int(t["tradeId"]) for t in trades["data"]]
            assert ids == sorted(ids, reverse=True)  # newest first

    run(main())


def apply(book: dict[str, dict[str, str]], data: dict[str, Any]) -> None:
    for side in ("bids", "asks"):
        for price, size in data[side]:
            if Decimal(size) == 0:
                book[side].pop(price, None)
            else:
                book[side][price] = size


def test_orderbook_snapshot_and_updates_rebuild_the_sandbox_book(served: RunningSandbox) -> None:
    rest(
        served,
        "POST",
        "/api/v1/assets/transfer",
        {"fromAccount": "MAIN", "toAccount": "TRADE", "currency": "USDT", "amount": "50000"},
    )
    market = served.sandbox.markets[PERP]

    def sandbox_book() -> dict[str, dict[str, str]]:
        depth = depth_reply(market, 100)
        return {side: dict(depth[side]) for side in ("bids", "asks")}  # type: ignore[call-overload]

    async def main() -> None:
        async with connect(served.ws_url + "/wsPub") as ws:
            assert await subscribe(ws, "ORDERBOOK", PERP) == acked("ORDERBOOK", PERP)
            snapshot = check("ORDERBOOK", await receive(ws))
            assert snapshot["data"]["action"] == "SNAPSHOT"
            assert snapshot["data"]["prevNumber"] == snapshot["data"]["number"] - 1
            book: dict[str, dict[str, str]] = {"bids": {}, "asks": {}}
            apply(book, snapshot["data"])
            assert len(book["bids"]) == len(book["asks"]) == 100
            assert book == sandbox_book()
            number = snapshot["data"]["number"]
            best_bid = Decimal(market.bids.top(1)[0].price)
            orders = [
                {"side": "BUY", "type": "LIMIT", "size": "0.01", "price": str(best_bid + 1)},  # a new best bid
                {"side": "BUY", "type": "MARKET_QTY", "size": "0.5"},  # eats ask levels: the 101st moves in
                {"side": "SELL", "type": "LIMIT", "size": "0.02", "price": str(best_bid + 3)},
                {"side": "SELL", "type": "MARKET_QTY", "size": "0.3"},
            ]
            for order in orders:
                rest(served, "POST", "/uapi/v1/trade/order", {"symbol": PERP, **order})
                served.streams.push_now()
                update = check("ORDERBOOK", await until(ws, lambda m: m.get("topic") == "ORDERBOOK"))
                assert update["data"]["action"] == "UPDATE"
                assert update["data"]["prevNumber"] == number and update["data"]["number"] == number + 1
                number = update["data"]["number"]
                apply(book, update["data"])
                assert book == sandbox_book()
                assert len(book["bids"]) == len(book["asks"]) == 100

    run(main())


# -- private channels ------------------------------------------------------------------------------


def test_spot_orders_over_rest_show_up_on_order_fill_and_balance(served: RunningSandbox) -> None:
    async def main() -> None:
        async with connect(spot_url(served)) as ws:
            for topic in ("ORDER", "FILL"):
                assert await subscribe(ws, topic, SPOT) == acked(topic, SPOT)
            assert await subscribe(ws, "BALANCE") == acked("BALANCE")
            best_ask = served.sandbox.markets[SPOT].asks.top(1)[0].price
            resting = rest(
                served,
                "POST",
                "/api/v1/trade/order",
                {
                    "symbol": SPOT,
                    "side": "BUY",
                    "type": "LIMIT",
                    "size": "0.01",
                    "price": "50000",
                    "clientOrderId": "rest-1",
                },
            )["orderId"]
            opened = check("spot ORDER", await until(ws, lambda m: m.get("topic") == "ORDER"))
            assert opened["data"]["orderId"] == resting and opened["data"]["status"] == "OPEN"
            assert opened["data"]["clientOrderId"] == "rest-1"
            balance = check("spot BALANCE", await until(ws, lambda m: m.get("topic") == "BALANCE"))
            assert balance["data"]["balances"] == rest(served, "GET", "/api/v1/account/balances")["balances"]
            taker = rest(
                served,
                "POST",
                "/api/v1/trade/order",
                {"symbol": SPOT, "side": "BUY", "type": "LIMIT", "size": "0.02", "price": str(best_ask), "IOC": True},
            )["orderId"]
            received = [await receive(ws) for _ in range(3)]
            by_topic = {m["topic"]: m for m in received}
            assert set(by_topic) == {"ORDER", "FILL", "BALANCE"}, received
            order = check("spot ORDER", by_topic["ORDER"])["data"]
            assert order == {
                k: v for k, v in rest(served, "GET", "/api/v1/trade/order", orderId=taker).items() if k in order
            }
            assert order["status"] == "CLOSED" and order["orderId"] == taker
            fill = check("spot FILL", by_topic["FILL"])["data"]
            (rest_fill,) = rest(served, "GET", "/api/v1/trade/fillsByOrderId", orderId=taker)["fills"]
            assert fill == {k: v for k, v in rest_fill.items() if k != "symbol"}
            balances = check("spot BALANCE", by_topic["BALANCE"])["data"]["balances"]
            assert balances == rest(served, "GET", "/api/v1/account/balances")["balances"]
            rest(served, "DELETE", "/api/v1/trade/order", {"symbol": SPOT, "orderId": resting})
            cancelled = await until(ws, lambda m: m.get("topic") == "ORDER")
            assert (cancelled["data"]["orderId"], cancelled["data"]["status"]) == (resting, "CLOSED")

    run(main())


def test_futures_orders_over_rest_show_up_on_every_private_channel(served: RunningSandbox) -> None:
    async def main() -> None:
        async with connect(served.ws_url + "/wsUA") as ws:
            await ws.send(auth_message())
            assert (await receive(ws))["type"] == "AUTHENTICATED"
            assert await subscribe(ws, "ORDER", "ALL") == acked("ORDER", "ALL")
            assert await subscribe(ws, "FILL", PERP) == acked("FILL", PERP)
            assert await subscribe(ws, "POSITION", PERP) == acked("POSITION", PERP)
            assert await subscribe(ws, "BALANCE") == acked("BALANCE")
            assert await subscribe(ws, "RISK") == acked("RISK")
            risk = check("RISK", await receive(ws))
            assert risk["data"]["type"] == "CROSS" and risk["data"]["extraInfo"]["accountEquity"] == "0.00000000"
            rest(
                served,
                "POST",
                "/api/v1/assets/transfer",
                {"fromAccount": "MAIN", "toAccount": "TRADE", "currency": "USDT", "amount": "10000"},
            )
            balance = check("futures BALANCE", await until(ws, lambda m: m.get("topic") == "BALANCE"))
            assert balance["data"]["type"] == "CROSS"
            assert balance["data"]["balances"][0] == {
                "coin": "USDT",
                "free": "10000.00000000",
                "frozen": "0.00000000",
                "debts": "0.00000000",
            }
            check("RISK", await until(ws, lambda m: m.get("topic") == "RISK"))
            order_id = rest(
                served,
                "POST",
                "/uapi/v1/trade/order",
                {"symbol": PERP, "side": "BUY", "type": "MARKET_QTY", "size": "0.05"},
            )["orderId"]
            got: dict[str, list[dict[str, Any]]] = {}
            while not {"ORDER", "FILL", "POSITION", "BALANCE", "RISK"} <= set(got):
                received = await receive(ws)
                got.setdefault(received["topic"], []).append(received)
            (order,) = got["ORDER"]
            check("futures ORDER", order)
            assert order["data"]["orderId"] == order_id and order["data"]["status"] == "CLOSED"
            assert order["data"]["amount"] == ""
            rest_order = rest(served, "GET", "/uapi/v1/trade/order", orderId=order_id, symbol=PERP)
            assert {k: v for k, v in order["data"].items() if k != "amount"} == rest_order
            rest_fills = rest(served, "GET", "/uapi/v1/trade/fillsByOrderId", orderId=order_id, symbol=PERP)["fills"]
            stream_fills = [check("futures FILL", m)["data"] for m in got["FILL"]]
            assert sorted(stream_fills, key=lambda f: f["id"]) == sorted(rest_fills, key=lambda f: f["id"])
            position = check("POSITION", got["POSITION"][-1])["data"]
            (rest_position,) = rest(served, "GET", "/uapi/v1/account/positions", symbol=PERP)["positions"]
            for name in ("positionId", "netSize", "avgPrice", "sizeLong", "amountLong", "isolatedMode", "positionSide"):
                assert position[name] == rest_position[name], name
            balance = check("futures BALANCE", got["BALANCE"][-1])["data"]
            rest_balance = rest(served, "GET", "/uapi/v1/account/balances")["balances"][0]
            assert balance["balances"][0] == rest_balance
            check("RISK", got["RISK"][-1])
            # Closing the position sends its last state, netSize 0.
            rest(
                served,
                "POST",
                "/uapi/v1/trade/order",
                {"symbol": PERP, "side": "SELL", "type": "MARKET_QTY", "size": "0.05", "reduceOnly": True},
            )
            closed = check("POSITION", await until(ws, lambda m: m.get("topic") == "POSITION"))
            assert closed["data"]["positionId"] == position["positionId"] and Decimal(closed["data"]["netSize"]) == 0

    run(main())


# -- protocol -------------------------------------------------------------------------------------


def test_refusals_name_the_topic_and_symbol(served: RunningSandbox) -> None:
    async def main() -> None:
        async with connect(served.ws_url + "/wsPub") as ws:
            for topic, symbol, code in (
                ("NOPE", SPOT, "TOPIC_INVALID"),
                ("ORDER", SPOT, "TOPIC_INVALID"),
                ("DEPTH", "DOGE_USDT", "SYMBOL_INVALID"),
                ("ORDERBOOK", SPOT, "SYMBOL_INVALID"),
                ("INDEX", SPOT, "SYMBOL_INVALID"),
                ("TRADE", None, "SYMBOL_INVALID"),
            ):
                refused = check("ERROR", await subscribe(ws, topic, symbol))
                assert (refused["mcode"], refused["topic"], refused.get("symbol")) == (code, topic, symbol)
            await ws.send("not json")
            assert (await receive(ws))["mcode"] == "BAD_MESSAGE"
            await ws.send(json.dumps({"op": "UNSUBSCRIBE", "topic": "DEPTH", "symbol": SPOT}))
            assert await receive(ws) == {"type": "UNSUBSCRIBED", "topic": "DEPTH", "symbol": SPOT}
        async with connect(spot_url(served)) as ws:
            assert (await subscribe(ws, "ORDER", PERP))["mcode"] == "SYMBOL_INVALID"
            assert (await subscribe(ws, "POSITION", SPOT))["mcode"] == "TOPIC_INVALID"
            assert (await subscribe(ws, "ORDER", "ALL"))["mcode"] == "SYMBOL_INVALID"

    run(main())


def test_heartbeat_pings_and_three_missed_pongs_disconnect() -> None:
    async def main(served: RunningSandbox) -> None:
        async with connect(served.ws_url + "/wsPub") as ws:
            for _ in range(5):  # answered PINGs keep the connection
                ping = json.loads(await asyncio.wait_for(ws.recv(), 1))
                assert ping["op"] == "PING" and isinstance(ping["timestamp"], int)
                await ws.send(json.dumps({"op": "PONG", "timestamp": ping["timestamp"]}))
            await ws.send(json.dumps({"op": "PING", "timestamp": 1}))
            assert (await until(ws, lambda m: m.get("op") == "PONG"))["op"] == "PONG"
        async with connect(served.ws_url + "/wsPub") as ws:
            started = time.monotonic()
            pings = []
            while True:
                received = json.loads(await asyncio.wait_for(ws.recv(), 1))
                if received.get("op") != "PING":
                    break
                pings.append(received)
            assert len(pings) == 3 and check("ERROR", received)["mcode"] == "PONG_TIMEOUT"
            assert await closed_with(ws) == 1008
            assert 0.3 <= time.monotonic() - started < 1.5

    settings = StreamSettings(ping_interval=0.1, max_messages_per_second=1000)
    with running_sandbox(streams=settings, moving_market=False) as served:
        run(main(served))


def test_connection_and_message_limits() -> None:
    async def main(served: RunningSandbox) -> None:
        sockets = [await connect(served.ws_url + path) for path in ("/wsPub", "/wsUA") * 5]
        try:
            async with connect(served.ws_url + "/wsPub") as eleventh:
                refused = check("ERROR", await receive(eleventh))
                assert refused["mcode"] == "TOO_MANY_CONNECTIONS"
                assert await closed_with(eleventh) == 1008
            ws = sockets[0]
            for _ in range(5):
                await ws.send(json.dumps({"op": "SUBSCRIBE", "topic": "TRADE", "symbol": SPOT}))
            await ws.send(json.dumps({"op": "SUBSCRIBE", "topic": "TRADE", "symbol": SPOT}))
            answers = [await receive(ws) for _ in range(6)]
            assert answers[:5] == [acked("TRADE", SPOT)] * 5
            assert check("ERROR", answers[5])["mcode"] == "TOO_MANY_MESSAGES"
            await asyncio.sleep(1.05)  # a second later the connection may talk again
            assert await subscribe(ws, "TRADE", SPOT) == acked("TRADE", SPOT)
        finally:
            for ws in sockets:
                await ws.close()
        await asyncio.sleep(0.2)
        async with connect(served.ws_url + "/wsPub") as again:  # a closed connection frees its place
            assert await subscribe(again, "TRADE", SPOT) == acked("TRADE", SPOT)

    # Pionex's limits: 10 connections per IP, 5 messages a second; a still market sends no trades meanwhile.
    with running_sandbox(moving_market=False) as served:
        run(main(served))


def test_a_client_dropping_mid_stream_leaves_no_traceback(
    served: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    async def main() -> None:
        for _ in range(3):
            ws = await connect(served.ws_url + "/wsPub")
            await subscribe(ws, "DEPTH", PERP, limit=100)
            await subscribe(ws, "INDEX", PERP)
            assert ws.transport is not None
            ws.transport.abort()  # no close frame: the socket just goes away
        await asyncio.sleep(0.3)
        for _ in range(5):
            served.streams.push_now()

    with caplog.at_level(logging.WARNING):
        run(main())
        time.sleep(0.2)
    assert [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info] == []
    assert served.streams.connections == []


# -- faults --------------------------------------------------------------------------------------------


def test_drop_all_closes_every_stream(served: RunningSandbox) -> None:
    async def main() -> None:
        public = await connect(served.ws_url + "/wsPub")
        private = await connect(spot_url(served))
        await asyncio.sleep(0.1)
        assert served.streams.drop_all() == 2
        assert await closed_with(public) == 1012
        assert await closed_with(private) == 1012

    run(main())


def test_silence_sends_nothing_not_even_pings() -> None:
    async def main(served: RunningSandbox) -> None:
        async with connect(served.ws_url + "/wsPub") as ws:
            await subscribe(ws, "INDEX", PERP)
            await receive(ws)
            served.streams.silence(0.6)
            assert await quiet(ws, 0.5) == []
            resumed = await quiet(ws, 0.5)
            assert any(m.get("op") == "PING" for m in resumed)
            await ws.send(json.dumps({"op": "PONG"}))  # the socket stayed open
            assert await subscribe(ws, "TRADE", SPOT) == acked("TRADE", SPOT)

    settings = StreamSettings(ping_interval=0.1, push_interval=0.05, missed_pongs=100)
    with running_sandbox(streams=settings, moving_market=False) as served:
        run(main(served))


def test_skip_sequence_leaves_a_gap_in_orderbook_numbers(served: RunningSandbox) -> None:
    async def main() -> None:
        async with connect(served.ws_url + "/wsPub") as ws:
            await subscribe(ws, "ORDERBOOK", PERP)
            number = (await receive(ws))["data"]["number"]
            served.streams.skip_sequence(PERP)
            served.streams.push_now()
            gap = check("ORDERBOOK", await until(ws, lambda m: m.get("topic") == "ORDERBOOK"))["data"]
            assert (gap["prevNumber"], gap["number"]) == (number + 1, number + 2)
            # Subscribing again gives a fresh snapshot to resynchronise from.
            assert await subscribe(ws, "ORDERBOOK", PERP) == acked("ORDERBOOK", PERP)
            snapshot = (await receive(ws))["data"]
            assert (snapshot["action"], snapshot["number"]) == ("SNAPSHOT", number + 2)
        with pytest.raises(ValueError, match="not a perpetual pair"):
            served.streams.skip_sequence(SPOT)

    run(main())


def test_refuse_next_refuses_one_subscription_of_the_topic(served: RunningSandbox) -> None:
    async def main() -> None:
        async with connect(served.ws_url + "/wsPub") as ws:
            served.streams.refuse_next("DEPTH")
            assert await subscribe(ws, "TRADE", SPOT) == acked("TRADE", SPOT)
            refused = check("ERROR", await subscribe(ws, "DEPTH", SPOT))
            assert (refused["mcode"], refused["topic"]) == ("SUBSCRIBE_REFUSED", "DEPTH")
            assert await subscribe(ws, "DEPTH", SPOT) == acked("DEPTH", SPOT)

    run(main())


def test_cli_stream_faults_and_ping_interval() -> None:
    process, lines = start_cli("--port", "0", "--stream-ping-interval", "0.2", "--stream-fault", "drop:every=1s")
    try:
        match = re.search(r"Streams: (ws://127\.0\.0\.1:\d+)/wsPub", "".join(lines))
        assert match is not None, lines
        assert any("Stream faults: drop:every=1s" in line for line in lines)

        async def main() -> None:
            async with connect(match.group(1) + "/wsPub") as ws:
                assert json.loads(await asyncio.wait_for(ws.recv(), 1))["op"] == "PING"
                await ws.send(json.dumps({"op": "PONG"}))
                assert await closed_with(ws) == 1012

        run(main())
    finally:
        code, stderr = stop_cli(process)
    assert code == 0 and "Traceback" not in stderr, stderr


def test_cli_text_frames_and_a_still_market() -> None:
    process, lines = start_cli(
        "--port", "0", "--stream-ping-interval", "0.2", "--stream-frames", "text", "--still-market"
    )
    try:
        said = "".join(lines)
        match = re.search(r"Streams: (ws://127\.0\.0\.1:\d+)/wsPub.*; text frames", said)
        assert match is not None and "a still market" in said, lines

        async def main() -> None:
            async with connect(match.group(1) + "/wsPub") as ws:
                frame = await asyncio.wait_for(ws.recv(), 1)
                assert isinstance(frame, str) and json.loads(frame)["op"] == "PING"

        run(main())
    finally:
        code, stderr = stop_cli(process)
    assert code == 0 and "Traceback" not in stderr, stderr


@pytest.mark.parametrize(
    ("spec", "shown"),
    [
        ("drop:every=30s", "drop:every=30s"),
        ("silence:5s:every=60s", "silence:5s:every=60s"),
        ("skip:BTC_USDT_PERP:every=500ms", "skip:BTC_USDT_PERP:every=0.5s"),
        ("refuse:DEPTH", "refuse:DEPTH"),
    ],
)
def test_stream_fault_specs(spec: str, shown: str) -> None:
    assert str(StreamFault.parse(spec)) == shown


@pytest.mark.parametrize(
    "spec", ["drop", "silence:every=5s", "skip:BTC_USDT:every=1s", "refuse:NOPE", "drop:every=0s", "wobble:every=1s"]
)
def test_cli_refuses_bad_stream_faults(spec: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli_main(["--stream-fault", spec])
    assert stopped.value.code == 2
    assert "error" in capsys.readouterr().err


def test_isolated_positions_have_their_own_balance_and_risk(served: RunningSandbox) -> None:
    transfer = {"fromAccount": "MAIN", "toAccount": "TRADE", "currency": "USDT", "amount": "10000"}
    rest(served, "POST", "/api/v1/assets/transfer", transfer)
    rest(served, "POST", "/uapi/v1/trade/isolatedMode", {"symbol": PERP, "isolatedMode": "ISOLATED"})

    async def main() -> None:
        async with connect(served.ws_url + "/wsUA") as ws:
            await ws.send(auth_message())
            assert (await receive(ws))["type"] == "AUTHENTICATED"
            assert await subscribe(ws, "BALANCE") == acked("BALANCE")
            assert await subscribe(ws, "RISK") == acked("RISK")
            assert check("RISK", await receive(ws))["data"]["type"] == "CROSS"
            order = {"symbol": PERP, "side": "SELL", "type": "MARKET_QTY", "size": "0.02"}
            rest(served, "POST", "/uapi/v1/trade/order", order)
            balances: dict[str, dict[str, Any]] = {}
            risks: dict[str, dict[str, Any]] = {}
            while len(balances) < 2 or len(risks) < 2:
                received = await receive(ws)
                into = balances if received["topic"] == "BALANCE" else risks
                into[received["data"]["type"]] = check("futures BALANCE" if into is balances else "RISK", received)
            isolated = balances["ISOLATE_BOTH"]["data"]
            (position,) = rest(served, "GET", "/uapi/v1/account/positions", symbol=PERP)["positions"]
            assert position["isolatedMode"] == "ISOLATED_BOTH" and isolated["symbol"] == PERP
            rest_isolate = rest(served, "GET", "/uapi/v1/account/balances")["isolates"][0]
            assert isolated["balances"] == rest_isolate["balances"]
            risk = risks["ISOLATE_BOTH"]["data"]
            futures = served.sandbox.engine(Futures)
            (held,) = futures.account(DEFAULT_API_KEY).positions.values()
            mark = futures.mark_price(PERP, risk["updatedTime"])  # the maintenance margin moves with the mark
            assert Decimal(risk["extraInfo"]["totalMaintMargin"]) == held.maint_margin(mark)
            assert Decimal(risk["extraInfo"]["accountEquity"]) == held.margin + held.unrealized(mark)

    run(main())


def test_trade_messages_carry_at_most_100_trades(served: RunningSandbox) -> None:
    market = served.sandbox.markets[SPOT]

    async def main() -> None:
        async with connect(served.ws_url + "/wsPub") as ws:
            assert await subscribe(ws, "TRADE", SPOT) == acked("TRADE", SPOT)
            with served.sandbox.lock:
                first = market.tape[-1].trade_id + 1
                for n in range(150):
                    market.record_trade(Decimal(60000 + n), Decimal("0.001"), "SELL", now_ms())
            served.streams.push_now()
            older = check("spot TRADE", await receive(ws))["data"]
            newer = check("spot TRADE", await receive(ws))["data"]
            assert [int(t["tradeId"]) for t in older] == list(range(first + 99, first - 1, -1))
            assert [int(t["tradeId"]) for t in newer] == list(range(first + 149, first + 99, -1))

    run(main())


def test_funding_on_the_sandbox_clock_reaches_balance_and_risk() -> None:
    offset = [0]

    def clock() -> int:
        return now_ms() + offset[0]

    async def main(served: RunningSandbox) -> None:
        transfer = {"fromAccount": "MAIN", "toAccount": "TRADE", "currency": "USDT", "amount": "10000"}
        rest(served, "POST", "/api/v1/assets/transfer", transfer)
        order = {"symbol": PERP, "side": "BUY", "type": "MARKET_QTY", "size": "0.1"}
        rest(served, "POST", "/uapi/v1/trade/order", order)
        async with connect(served.ws_url + "/wsUA") as ws:
            await ws.send(auth_message())
            assert (await receive(ws))["type"] == "AUTHENTICATED"
            assert await subscribe(ws, "BALANCE") == acked("BALANCE")
            before = rest(served, "GET", "/uapi/v1/account/balances")["balances"][0]
            futures = served.sandbox.engine(Futures)
            offset[0] = futures.next_funding_time(clock()) - now_ms() + 1_000  # just past the next funding time
            served.streams.push_now()  # no REST request: the push itself settles the funding
            balance = check("futures BALANCE", await until(ws, lambda m: m.get("topic") == "BALANCE"))
            (fee,) = futures.account(DEFAULT_API_KEY).funding
            row = balance["data"]["balances"][0]
            assert (
                Decimal(row["free"]) + Decimal(row["frozen"])
                == Decimal(before["free"]) + Decimal(before["frozen"]) + fee.fee
            )

    with running_sandbox(clock=clock, streams=StreamSettings(push_interval=0.05), moving_market=False) as served:
        run(main(served))
