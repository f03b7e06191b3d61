"""The clients' streams against the sandbox's WebSocket server: typed messages, orders placed over
REST arriving on ORDER and FILL, nothing lost while the connection is dropped and silenced
again and again, and local books that resynchronise and equal the sandbox's own book.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from pionex_client.streams import (
    FUTURES_ORDERBOOK,
    SPOT_BALANCE,
    SPOT_DEPTH,
    SPOT_FILL,
    SPOT_ORDER,
    SPOT_TRADE,
    SpotTradeMessage,
)
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, running_sandbox
from pionex_sandbox.core.replies import depth_reply
from pionex_sandbox.server import RunningSandbox
from pionex_sandbox.streams import StreamSettings as SandboxStreams
from pionex_wrapper import AsyncPionex, InvalidParameterError, Pionex
from pionex_wrapper.streams.connection import StreamSettings, SubscriptionRefusedError
from pionex_wrapper.streams.reconcile import Replayed

FAST_SANDBOX = SandboxStreams(ping_interval=0.3, push_interval=0.05, idle_interval=1.0)
FAST_CLIENT = StreamSettings(silence=1.0, reconnect_min=0.05, reconnect_max=0.3, max_new_connections=1000)
"""The sandbox drops every connection every 1.5 s in the long tests: far above the default cap of
new connections per minute, which a test of its own checks."""
PERP = "BTC_USDT_PERP"


@pytest.fixture(params=["binary", "text"])
def served(request: pytest.FixtureRequest) -> Any:
    """A sandbox sending its stream messages in binary frames (its default), then in text frames."""
    with running_sandbox(seed=7, streams=replace(FAST_SANDBOX, frames=request.param)) as sandbox:
        yield sandbox


@pytest.fixture
def served_binary() -> Any:
    """The sandbox with its default frames only, for the long tests."""
    with running_sandbox(seed=7, streams=FAST_SANDBOX) as sandbox:
        yield sandbox


def client_for(served: RunningSandbox) -> AsyncPionex:
    client = AsyncPionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=served.base_url, rate_limit="off")
    client.streams.settings = FAST_CLIENT
    client.streams.futures.settings = FAST_CLIENT
    return client


def run(coroutine: Any, timeout: float = 120) -> Any:
    return asyncio.run(asyncio.wait_for(coroutine, timeout))


def test_public_messages_are_typed(served: RunningSandbox) -> None:
    async def scenario() -> None:
        async with client_for(served) as client:
            async with client.streams.subscribe(SPOT_TRADE, "BTC_USDT") as trades:
                await client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="500")
                served.streams.push_now()
                message = await asyncio.wait_for(trades.__anext__(), 10)
            assert isinstance(message, SpotTradeMessage) and message.symbol == "BTC_USDT"
            assert all(isinstance(trade.price, Decimal) and trade.price > 0 for trade in message.data)
            async with client.streams.subscribe(SPOT_DEPTH, "ETH_USDT", limit=10) as depth:
                book = await asyncio.wait_for(depth.__anext__(), 10)
            assert book.data is not None and 0 < len(book.data.bids) <= 10

    run(scenario())


def test_bad_subscriptions_are_refused_before_sending_and_by_the_exchange(served: RunningSandbox) -> None:
    async def scenario() -> None:
        async with client_for(served) as client:
            with pytest.raises(InvalidParameterError, match="channel"):
                client.streams.subscribe(FUTURES_ORDERBOOK, PERP)  # a futures channel on spot streams
            with pytest.raises(InvalidParameterError, match="limit"):
                client.streams.subscribe(SPOT_DEPTH, "BTC_USDT", limit=100_000)
            served.streams.refuse_next("DEPTH")
            refused = client.streams.subscribe(SPOT_DEPTH, "BTC_USDT")
            with pytest.raises(SubscriptionRefusedError, match="DEPTH BTC_USDT"):
                await asyncio.wait_for(refused.__anext__(), 10)

    run(scenario())


def test_nothing_is_lost_while_the_connection_is_dropped_and_silenced_again_and_again(
    served_binary: RunningSandbox,
) -> None:
    served = served_binary
    """Market orders fill every ~0.2 s for a minute while the sandbox, every 1.5 s in turn, drops
    every stream connection, goes silent, or skips a futures book sequence number: every order and
    every fill reaches the consumer, live or replayed, and the live futures book ends equal to the
    sandbox's own."""
    seconds = 60.0

    async def scenario() -> None:
        async with client_for(served) as client:
            orders = await client.streams.subscribe(SPOT_ORDER, "BTC_USDT").start()
            fills = await client.streams.subscribe(SPOT_FILL, "BTC_USDT").start()
            await asyncio.wait_for(orders.confirmed.wait(), 10)
            await asyncio.wait_for(fills.confirmed.wait(), 10)
            placed: list[int] = []
            seen_orders: dict[int, str] = {}
            seen_fills: set[int] = set()
            replayed = 0

            async def consume(subscription: Any, note: Any) -> None:
                nonlocal replayed
                async for event in subscription:
                    if isinstance(event, Replayed):
                        replayed += 1
                        note(event.item, replayed=True)
                    else:
                        note(event.data, replayed=False)

            def note_order(record: Any, replayed: bool) -> None:
                seen_orders[int(record.order_id)] = str(record.status)

            def note_fill(record: Any, replayed: bool) -> None:
                seen_fills.add(int(record.id))

            consumers = [
                asyncio.create_task(consume(orders, note_order)),
                asyncio.create_task(consume(fills, note_fill)),
            ]

            async def trade() -> None:
                side = "BUY"
                while True:
                    if side == "BUY":
                        got = await client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="20")
                    else:
                        got = await client.trade.new_order(symbol="BTC_USDT", side="SELL", type="MARKET", size="0.0003")
                    placed.append(got.order_id)
                    side = "SELL" if side == "BUY" else "BUY"
                    await asyncio.sleep(0.2)

            trader = asyncio.create_task(trade())
            book = await client.streams.futures.order_book(PERP).wait_ready()
            started = time.monotonic()
            faults = compared = 0
            while time.monotonic() - started < seconds:
                await asyncio.sleep(1.5)
                if faults % 3 == 0:
                    served.streams.drop_all()
                elif faults % 3 == 1:
                    served.streams.silence(1.5)
                else:
                    before = book.resyncs
                    served.streams.skip_sequence(PERP)  # a gap in the futures book
                    served.streams.push_now()
                    deadline = time.monotonic() + 1.2
                    while (book.resyncs == before or not book.ready) and time.monotonic() < deadline:
                        await asyncio.sleep(0.02)
                    if book.resyncs > before and book.ready:  # rebuilt from a new snapshot: the sandbox's book
                        await assert_same_book(book, served)
                        compared += 1
                faults += 1
            trader.cancel()
            with pytest.raises(asyncio.CancelledError):
                await trader
            # Let the last reconnection catch up, then compare with what the exchange has.
            exchange_fills = {f.id for f in (await client.trade.get_fills(symbol="BTC_USDT")).fills}
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and not (
                set(placed) <= set(seen_orders) and exchange_fills <= seen_fills
            ):
                await asyncio.sleep(0.2)
            for consumer in consumers:
                consumer.cancel()
            # The futures book came through every drop, silence and gap: once quiet, it is the sandbox's.
            await asyncio.wait_for(book._ready.wait(), 10)
            served.streams.push_now()
            await assert_same_book(book, served)
            assert book.resyncs >= 5 and compared >= 5
            await book.aclose()
            assert faults >= 30 and len(placed) >= 100
            assert set(placed) <= set(seen_orders), sorted(set(placed) - set(seen_orders))
            assert exchange_fills <= seen_fills, sorted(exchange_fills - seen_fills)
            assert all(seen_orders[order_id] == "CLOSED" for order_id in placed)
            assert replayed > 0  # the faults did lose live events: the replays made up for them
            links = client.streams._hub.links
            assert links["/ws"].connections >= 20

    run(scenario(), timeout=180)


def sandbox_book(
    served: RunningSandbox, depth: int
) -> tuple[list[tuple[Decimal, Decimal]], list[tuple[Decimal, Decimal]]]:
    with served.sandbox.lock:  # the market moves every second in the server's thread
        reply = depth_reply(served.sandbox.markets[PERP], depth)
    return (
        [(Decimal(p), Decimal(s)) for p, s in reply["bids"]],  # type: ignore[index]
        [(Decimal(p), Decimal(s)) for p, s in reply["asks"]],  # type: ignore[index]
    )


async def assert_same_book(book: Any, served: RunningSandbox, depth: int = 100, within: float = 3.0) -> None:
    """The live book equals the sandbox's own, level for level, once the last update has arrived.

    The sandbox's market moves every second, so the two are compared until they agree (a live book
    is a few milliseconds behind the exchange's after each move) or ``within`` seconds have passed.
    """
    deadline = time.monotonic() + within
    while True:
        bids, asks = book.levels(depth)
        expected = sandbox_book(served, depth)
        if (list(bids), list(asks)) == expected or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.02)
    assert (list(bids), list(asks)) == expected


def test_the_futures_book_resyncs_on_a_gap_and_equals_the_sandbox_book(served: RunningSandbox) -> None:
    async def scenario() -> None:
        async with client_for(served) as client:
            await client.futures.transfer.create_transfer(
                from_account="MAIN", to_account="TRADE", currency="USDT", amount="50000"
            )
            async with client.streams.futures.order_book(PERP) as book:
                assert book.ready
                for step in range(3):
                    served.streams.skip_sequence(PERP)
                    side = "BUY" if step % 2 == 0 else "SELL"
                    await client.futures.trade.place_order(symbol=PERP, side=side, type="MARKET_QTY", size="0.2")
                    served.streams.push_now()
                    deadline = time.monotonic() + 10
                    while book.resyncs < step + 1 and time.monotonic() < deadline:
                        await asyncio.sleep(0.02)
                    assert book.resyncs == step + 1
                    await asyncio.wait_for(book._ready.wait(), 10)
                    # The rebuilt book is the sandbox's own, level for level.
                    await assert_same_book(book, served)
                best_bid, best_ask = book.best_bid(), book.best_ask()
                assert best_bid is not None and best_ask is not None and best_bid[0] < best_ask[0]

    run(scenario())


def test_the_sync_client_reads_a_live_book_and_private_events(served: RunningSandbox) -> None:
    with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=served.base_url, rate_limit="off") as client:
        client.streams.settings = FAST_CLIENT
        client.streams.futures.settings = FAST_CLIENT
        with client.streams.futures.order_book(PERP) as book:
            best_bid, best_ask = book.best_bid(), book.best_ask()
            assert best_bid is not None and best_ask is not None and best_bid[0] < best_ask[0]
            assert isinstance(book.view().bids[0][0], Decimal)
        with (
            client.streams.subscribe(SPOT_BALANCE) as balances,
            client.streams.subscribe(SPOT_ORDER, "BTC_USDT") as orders,
        ):
            time.sleep(0.3)
            placed = client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="50")
            served.streams.push_now()
            event = orders.next(timeout=10)
            while event.data is None or event.data.order_id != placed.order_id:
                event = orders.next(timeout=10)
            assert event.data.status in ("OPEN", "CLOSED")
            balance = balances.next(timeout=10)
            assert balance.data is not None and any(b.coin == "USDT" for b in balance.data.balances)


def test_every_channel_of_the_stream_spec_delivers_its_typed_message(served: RunningSandbox) -> None:
    """Found from the generated channel table (not a count): each subscribed, activity made over
    REST, and the first message of each is the channel's model."""
    from pionex_client.streams import CHANNELS

    async def scenario() -> None:
        async with client_for(served) as client:
            subscriptions = []
            for channel in CHANNELS:
                streams = client.streams.futures if channel.market == "futures" else client.streams
                symbol = None if channel.symbol == "none" else PERP if channel.market == "futures" else "BTC_USDT"
                subscriptions.append((channel, await streams.subscribe(channel, symbol).start()))
            assert len({channel.name for channel, _ in subscriptions}) == len(CHANNELS) >= 14
            await client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="100")
            await client.futures.transfer.create_transfer(
                from_account="MAIN", to_account="TRADE", currency="USDT", amount="1000"
            )
            await client.futures.trade.place_order(symbol=PERP, side="BUY", type="MARKET_QTY", size="0.01")
            served.streams.push_now()
            for channel, subscription in subscriptions:
                message = await asyncio.wait_for(subscription.__anext__(), 10)
                assert isinstance(message, channel.message), (channel.name, type(message).__name__)

    run(scenario())


def test_futures_orders_and_fills_are_not_lost_across_drops_either(served: RunningSandbox) -> None:
    from pionex_client.streams import FUTURES_FILL, FUTURES_ORDER

    async def scenario() -> None:
        async with client_for(served) as client:
            await client.futures.transfer.create_transfer(
                from_account="MAIN", to_account="TRADE", currency="USDT", amount="20000"
            )
            orders = await client.streams.futures.subscribe(FUTURES_ORDER, PERP).start()
            fills = await client.streams.futures.subscribe(FUTURES_FILL, PERP).start()
            placed: list[int] = []
            seen_orders: dict[int, str] = {}
            seen_fills: set[int] = set()

            async def consume(subscription: Any, note: Any) -> None:
                async for event in subscription:
                    note(event.item if isinstance(event, Replayed) else event.data)

            def note_order(record: Any) -> None:
                seen_orders[int(record.order_id)] = str(record.status)

            def note_fill(record: Any) -> None:
                seen_fills.add(int(record.id))

            consumers = [
                asyncio.create_task(consume(orders, note_order)),
                asyncio.create_task(consume(fills, note_fill)),
            ]
            for step in range(24):
                side = "BUY" if step % 2 == 0 else "SELL"
                got = await client.futures.trade.place_order(symbol=PERP, side=side, type="MARKET_QTY", size="0.01")
                placed.append(got.order_id)
                if step % 4 == 1:
                    served.streams.drop_all()
                elif step % 4 == 3:
                    served.streams.silence(1.2)
                await asyncio.sleep(0.3)
            exchange_fills = {f.id for f in (await client.futures.trade.get_fills(symbol=PERP)).fills}
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and not (
                set(placed) <= set(seen_orders) and exchange_fills <= seen_fills
            ):
                await asyncio.sleep(0.2)
            for consumer in consumers:
                consumer.cancel()
            assert set(placed) <= set(seen_orders), sorted(set(placed) - set(seen_orders))
            assert exchange_fills and exchange_fills <= seen_fills, sorted(exchange_fills - seen_fills)

    run(scenario())


def test_every_channel_has_its_named_method_on_its_market(served: RunningSandbox) -> None:
    """From the generated table: each channel's x-pionex-name is a method of its market's streams,
    sync and async, that subscribes to that channel."""
    import json
    from pathlib import Path

    from pionex_client.streams import CHANNELS

    spec = json.loads((Path(__file__).parents[1] / "openapi" / "streams.json").read_text(encoding="utf-8"))
    names = {
        (c["x-pionex-market"], c["x-pionex-topic"]): c["x-pionex-name"]
        for c in spec["channels"].values()
        if "x-pionex-name" in c
    }
    sync = Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=served.base_url, rate_limit="off")
    client = client_for(served)
    for channel in CHANNELS:
        name = names[(channel.market, channel.topic)]
        streams: Any = client.streams.futures if channel.market == "futures" else client.streams
        method = getattr(streams, name)
        assert callable(getattr(sync.streams.futures if channel.market == "futures" else sync.streams, name))
        symbol = () if channel.symbol == "none" else (PERP,) if channel.market == "futures" else ("BTC_USDT",)
        subscription = method(*symbol)
        assert (subscription.topic, subscription.symbol) == (channel.topic, symbol[0] if symbol else None)
    sync.close()
