"""The stream connection runtime against a small WebSocket server on loopback that misbehaves on
request: heartbeat, reconnection with resubscription, silence, refusals, pacing, both auth styles.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from pionex_client.streams import FUTURES_POSITION, SPOT_TRADE
from pionex_wrapper import AsyncPionex, Pionex
from pionex_wrapper.auth import PionexAuth
from pionex_wrapper.streams.connection import (
    Endpoint,
    Hub,
    StreamAuthenticationError,
    StreamSettings,
    SubscriptionRefusedError,
)
from tests.helpers import FAKE_KEY, FAKE_SECRET

FAST = StreamSettings(silence=10, reconnect_min=0.01, reconnect_max=0.05, messages_per_second=5)
QUIET = StreamSettings(silence=0.5, reconnect_min=0.01, reconnect_max=0.05, messages_per_second=5)
"""The fake exchange sends no PINGs: only the silence test takes a short silence for death."""


class FakeExchange:
    """Acknowledges subscriptions, pushes what the test asks, and fails on request."""

    def __init__(self) -> None:
        self.connections: list[ServerConnection] = []
        self.received: list[tuple[float, dict[str, Any]]] = []
        self.paths: list[str] = []
        self.refuse: set[str] = set()
        self.silent = False
        self.opened = asyncio.Event()
        self.port = 0

    async def handler(self, connection: ServerConnection) -> None:
        assert connection.request is not None
        self.paths.append(connection.request.path)
        self.connections.append(connection)
        self.opened.set()
        try:
            async for text in connection:
                message = json.loads(text)
                self.received.append((time.monotonic(), message))
                if self.silent:
                    continue
                if message.get("op") == "SUBSCRIBE":
                    topic = message["topic"]
                    if topic in self.refuse:
                        refusal = {"event": "ERROR", "mcode": "TOPIC_INVALID", "message": "no such topic"}
                        await connection.send(json.dumps({**refusal, "topic": topic, "symbol": message.get("symbol")}))
                    else:
                        await connection.send(
                            json.dumps({"type": "SUBSCRIBED", "topic": topic, "symbol": message.get("symbol")})
                        )
        except ConnectionClosed:
            pass  # the client went away, or the test dropped it
        finally:
            self.connections.remove(connection)

    async def push(self, frame: dict[str, Any]) -> None:
        for connection in list(self.connections):
            await connection.send(json.dumps(frame))

    async def drop_all(self) -> None:
        for connection in list(self.connections):
            await connection.close()

    def subscribes(self) -> list[dict[str, Any]]:
        return [m for _, m in self.received if m.get("op") == "SUBSCRIBE"]


@asynccontextmanager
async def fake_exchange() -> AsyncIterator[FakeExchange]:
    exchange = FakeExchange()
    async with serve(exchange.handler, "127.0.0.1", 0) as server:
        exchange.port = next(iter(server.sockets)).getsockname()[1]
        yield exchange


def hub_for(exchange: FakeExchange, market: str = "spot", settings: StreamSettings = FAST) -> Hub:
    auth = PionexAuth(FAKE_KEY, FAKE_SECRET, clock=lambda: 1655896754515)

    def url(endpoint: Endpoint) -> str:
        base = f"ws://127.0.0.1:{exchange.port}{endpoint.path}"
        return f"{base}?{auth.stream_query(endpoint.path)}" if endpoint.auth == "url" else base

    return Hub(market, url, auth.stream_auth_message, settings)  # type: ignore[arg-type]


def trade(price: str, symbol: str = "BTC_USDT") -> dict[str, Any]:
    return {"topic": "TRADE", "symbol": symbol, "data": [{"price": price}], "timestamp": 1}


async def confirmed(subscription: Any) -> None:
    await asyncio.wait_for(subscription.confirmed.wait(), 5)


def run(coroutine: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coroutine, 30))


def test_messages_arrive_in_order_and_pings_are_answered() -> None:
    async def scenario() -> None:
        async with fake_exchange() as exchange:
            hub = hub_for(exchange)
            trades = await hub.subscribe("TRADE", "BTC_USDT", private=False)
            await confirmed(trades)
            await exchange.push({"op": "PING", "timestamp": 42})
            for price in ("1", "2", "3"):
                await exchange.push(trade(price))
            got = [await trades.__anext__() for _ in range(3)]
            assert [m.data[0].price for m in got] == [Decimal(1), Decimal(2), Decimal(3)]
            for _ in range(100):
                if any(m.get("op") == "PONG" for _, m in exchange.received):
                    break
                await asyncio.sleep(0.01)
            assert {"op": "PONG", "timestamp": 42} in [m for _, m in exchange.received]
            await hub.close()

    run(scenario())


def test_a_dropped_connection_is_reopened_and_every_subscription_sent_again() -> None:
    async def scenario() -> None:
        async with fake_exchange() as exchange:
            hub = hub_for(exchange)
            reconnected: list[str] = []

            async def note(endpoint: Endpoint) -> None:
                reconnected.append(endpoint.path)

            hub.on_reconnect.append(note)
            trades = await hub.subscribe("TRADE", "BTC_USDT", private=False)
            depth = await hub.subscribe("DEPTH", "ETH_USDT", private=False)
            await confirmed(trades)
            await confirmed(depth)
            link = hub.links["/wsPub"]
            for drop in range(3):
                await exchange.drop_all()
                for _ in range(500):
                    if link.connections == drop + 2:
                        break
                    await asyncio.sleep(0.01)
                await confirmed(trades)
                await confirmed(depth)
            await exchange.push(trade("9"))
            assert (await trades.__anext__()).data[0].price == Decimal(9)
            assert [m["topic"] for m in exchange.subscribes()].count("DEPTH") == 4
            assert reconnected == ["/wsPub"] * 3
            await hub.close()

    run(scenario())


def test_a_silent_connection_is_replaced() -> None:
    async def scenario() -> None:
        async with fake_exchange() as exchange:
            hub = hub_for(exchange, settings=QUIET)
            trades = await hub.subscribe("TRADE", "BTC_USDT", private=False)
            await confirmed(trades)
            link = hub.links["/wsPub"]
            exchange.silent = True  # keeps the socket open, says nothing
            await asyncio.sleep(QUIET.silence + 0.3)
            exchange.silent = False
            await confirmed(trades)
            assert link.connections >= 2
            await exchange.push(trade("5"))
            assert (await trades.__anext__()).data[0].price == Decimal(5)
            await hub.close()

    run(scenario())


def test_a_refused_subscription_ends_alone() -> None:
    async def scenario() -> None:
        async with fake_exchange() as exchange:
            exchange.refuse.add("NOPE")
            hub = hub_for(exchange)
            trades = await hub.subscribe("TRADE", "BTC_USDT", private=False)
            refused = await hub.subscribe("NOPE", "BTC_USDT", private=False)
            with pytest.raises(SubscriptionRefusedError, match="NOPE BTC_USDT: TOPIC_INVALID no such topic"):
                await asyncio.wait_for(refused.__anext__(), 5)
            await confirmed(trades)
            await exchange.push(trade("7"))
            assert (await trades.__anext__()).data[0].price == Decimal(7)
            await hub.close()

    run(scenario())


def test_client_messages_are_paced_and_subscriptions_come_and_go_on_one_connection() -> None:
    async def scenario() -> None:
        async with fake_exchange() as exchange:
            hub = hub_for(exchange)
            subscriptions = [await hub.subscribe("TRADE", f"S{index}_USDT", private=False) for index in range(12)]
            for subscription in subscriptions:
                await confirmed(subscription)
            times = [at for at, m in exchange.received if m.get("op") == "SUBSCRIBE"]
            assert len(times) == 12
            for index in range(len(times) - FAST.messages_per_second):
                assert times[index + FAST.messages_per_second] - times[index] >= 1.0 - 0.05  # 5 in any second
            await subscriptions[0].aclose()
            for _ in range(300):
                if any(m.get("op") == "UNSUBSCRIBE" for _, m in exchange.received):
                    break
                await asyncio.sleep(0.01)
            assert {"op": "UNSUBSCRIBE", "topic": "TRADE", "symbol": "S0_USDT"} in [m for _, m in exchange.received]
            assert hub.links["/wsPub"].connections == 1
            for subscription in subscriptions[1:]:
                await subscription.aclose()
            assert "/wsPub" not in hub.links  # the last one gone: the connection is closed
            await hub.close()

    run(scenario())


def test_spot_private_streams_sign_the_url() -> None:
    async def scenario() -> None:
        async with fake_exchange() as exchange:
            hub = hub_for(exchange, "spot")
            orders = await hub.subscribe("ORDER", "BTC_USDT", private=True)
            await confirmed(orders)
            path = exchange.paths[0]
            query = dict(parse_qsl(urlsplit(path).query))
            assert urlsplit(path).path == "/ws" and query["key"] == FAKE_KEY
            text = f"/ws?key={FAKE_KEY}&timestamp={query['timestamp']}websocket_auth"
            assert query["signature"] == hmac.new(FAKE_SECRET.encode(), text.encode(), hashlib.sha256).hexdigest()
            await hub.close()

    run(scenario())


def test_futures_private_streams_authenticate_by_message_first() -> None:
    async def scenario() -> None:
        async with fake_exchange() as exchange:
            hub = hub_for(exchange, "futures")
            positions = await hub.subscribe("POSITION", None, private=True)
            await confirmed(positions)
            assert exchange.paths == ["/wsUA"]
            first = exchange.received[0][1]
            key, stamp, signature = first["args"]
            assert first["op"] == "auth" and key == FAKE_KEY and stamp == 1655896754515
            expected = hmac.new(FAKE_SECRET.encode(), b"1655896754515websocket_auth", hashlib.sha256).hexdigest()
            assert signature == expected
            await hub.close()

    run(scenario())


def test_a_refused_stream_login_ends_every_subscription() -> None:
    async def scenario() -> None:
        async with fake_exchange() as exchange:
            hub = hub_for(exchange, "futures")
            orders = await hub.subscribe("ORDER", "BTC_USDT_PERP", private=True)
            await exchange.opened.wait()
            await asyncio.sleep(0.05)
            await exchange.push({"event": "ERROR", "mcode": "INVALID_SIGNATURE", "message": "bad signature"})
            with pytest.raises(StreamAuthenticationError, match="INVALID_SIGNATURE"):
                await asyncio.wait_for(orders.__anext__(), 5)
            await hub.close()

    run(scenario())


def test_pionex_worked_examples_of_stream_signing() -> None:
    """Spot's example matches its rule; futures' example shows the spot signature, which its own
    rule (timestamp + websocket_auth) does not give: the rule is what the client follows."""
    secret, key, stamp = (
        "NFqv4MB3hB0SOiEsJNDP9e0jDdKPWbDqS_Z1dbU4",
        "OElNn5D_Frnf5MR0ChjYdG7PunK0AOgHTvevwzWS",
        1655896754515,
    )
    auth = PionexAuth(key, secret, clock=lambda: stamp)
    assert auth.stream_query("/ws").endswith(
        "signature=3e901247350e744353f4a7a479fd67181184a627b119352ec1b7a432925e772c"
    )
    message = auth.stream_auth_message()
    assert message["args"] == [key, stamp, "b4acc6fd1e2806efa08d4db56292c9e16effb8d60000280e7e024f4debddab5f"]


# -- through the clients ------------------------------------------------------------------------


def test_the_async_client_streams_from_the_rest_base_url() -> None:
    async def scenario() -> None:
        async with fake_exchange() as exchange:
            async with AsyncPionex(FAKE_KEY, FAKE_SECRET, base_url=f"http://127.0.0.1:{exchange.port}") as client:
                trades = await client.streams.subscribe(SPOT_TRADE, "BTC_USDT").start()
                positions = await client.streams.futures.subscribe(FUTURES_POSITION, "ALL").start()
                await confirmed(trades)
                await confirmed(positions)
                await exchange.push(trade("3"))
                assert (await trades.__anext__()).data[0].price == Decimal(3)
                assert sorted(exchange.paths) == ["/wsPub", "/wsUA"]
            assert exchange.connections == []  # closing the client closed its streams

    run(scenario())


def test_the_sync_client_iterates_on_a_background_loop() -> None:
    ready: threading.Event = threading.Event()
    holder: dict[str, Any] = {}

    def serve_in_thread() -> None:
        async def main() -> None:
            async with fake_exchange() as exchange:
                holder["exchange"], holder["loop"] = exchange, asyncio.get_running_loop()
                holder["stop"] = asyncio.Event()
                ready.set()
                await holder["stop"].wait()

        asyncio.run(main())

    server = threading.Thread(target=serve_in_thread, daemon=True)
    server.start()
    assert ready.wait(10)
    exchange, loop = holder["exchange"], holder["loop"]
    try:
        with Pionex(base_url=f"http://127.0.0.1:{exchange.port}") as client:
            with client.streams.subscribe(SPOT_TRADE, "BTC_USDT") as trades:
                for _ in range(500):
                    if exchange.subscribes():
                        break
                    time.sleep(0.01)
                for price in ("1", "2"):
                    asyncio.run_coroutine_threadsafe(exchange.push(trade(price)), loop).result(5)
                assert [trades.next(timeout=5).data[0].price for _ in range(2)] == [Decimal(1), Decimal(2)]
                assert client.market is not None  # REST is not blocked by the stream's loop
    finally:
        loop.call_soon_threadsafe(holder["stop"].set)
        server.join(10)


# -- what a private stream misses across a reconnection --------------------------------------------


def test_fills_and_orders_missed_while_away_are_replayed_in_order_without_repeats() -> None:
    from pionex_wrapper import Fill, Fills, Order, Orders
    from pionex_wrapper.streams.reconcile import Replayed

    def fill_frame(fill_id: int) -> dict[str, Any]:
        return {
            "topic": "FILL",
            "symbol": "BTC_USDT",
            "timestamp": 1000 + fill_id,
            "data": {"id": fill_id, "orderId": 7},
        }

    def order_frame(status: str, filled: str) -> dict[str, Any]:
        data = {"orderId": 7, "status": status, "filledSize": filled, "updateTime": 1000}
        return {"topic": "ORDER", "symbol": "BTC_USDT", "timestamp": 1000, "data": data}

    rest_calls: list[tuple[str, dict[str, Any]]] = []

    async def rest(operation: str, arguments: dict[str, Any]) -> Any:
        rest_calls.append((operation, arguments))
        if operation == "trade.get_fills":  # the exchange's fills: 1 was streamed, 2 and 3 were missed
            return Fills(fills=[Fill(id=i, order_id=7, timestamp=1000 + i) for i in (3, 1, 2)])
        if operation == "trade.get_all_orders":  # order 7 filled while away
            return Orders(orders=[Order(order_id=7, status="CLOSED", filled_size=Decimal(1), update_time=1003)])
        return Orders(orders=[])

    async def scenario() -> None:
        async with fake_exchange() as exchange:
            hub = hub_for(exchange)
            hub.rest, hub.now_ms = rest, lambda: 1000
            fills = await hub.subscribe("FILL", "BTC_USDT", private=True)
            orders = await hub.subscribe("ORDER", "BTC_USDT", private=True)
            await confirmed(fills)
            await confirmed(orders)
            await exchange.push(fill_frame(1))
            await exchange.push(order_frame("OPEN", "0.5"))
            assert (await fills.__anext__()).data.id == 1
            assert (await orders.__anext__()).data.status == "OPEN"
            await exchange.drop_all()
            link = hub.links["/ws"]
            for _ in range(500):
                if link.connections == 2 and fills.confirmed.is_set():
                    break
                await asyncio.sleep(0.01)
            await exchange.push(fill_frame(3))  # the new connection repeats fill 3: left out
            await exchange.push(fill_frame(4))
            got = [await asyncio.wait_for(fills.__anext__(), 5) for _ in range(3)]
            assert [type(g).__name__ for g in got] == ["Replayed", "Replayed", "SpotFillMessage"]
            assert [g.item.id for g in got[:2]] == [2, 3] and got[2].data.id == 4
            assert all(g.topic == "FILL" and g.symbol == "BTC_USDT" for g in got[:2])
            replayed = await asyncio.wait_for(orders.__anext__(), 5)
            assert isinstance(replayed, Replayed) and replayed.item.status == "CLOSED"
            assert ("trade.get_fills", {"symbol": "BTC_USDT", "start_time": 1001 - 5000}) in rest_calls
            await hub.close()

    run(scenario())


def test_a_process_keeps_to_the_connection_limit_per_host() -> None:
    from pionex_wrapper.streams.connection import SLOTS

    one_slot = StreamSettings(silence=10, reconnect_min=0.01, reconnect_max=0.05, max_connections=1)

    async def scenario() -> None:
        async with fake_exchange() as exchange:
            first, second = hub_for(exchange, settings=one_slot), hub_for(exchange, settings=one_slot)
            a = await first.subscribe("TRADE", "BTC_USDT", private=False)
            await confirmed(a)
            b = await second.subscribe("TRADE", "ETH_USDT", private=False)
            await asyncio.sleep(0.3)
            assert not b.confirmed.is_set() and len(exchange.connections) == 1  # waits for a slot
            await first.close()
            await asyncio.wait_for(b.confirmed.wait(), 5)  # the slot freed: it connects
            assert SLOTS.count(f"127.0.0.1:{exchange.port}") == 1
            await second.close()
            assert SLOTS.count(f"127.0.0.1:{exchange.port}") == 0

    run(scenario())
