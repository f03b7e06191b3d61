"""ccxt pro's ``watch_*`` methods of the async class against the sandbox's streams, every
structure checked with ccxt's own unified-structure tests, for spot and perpetual markets."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import ccxt
import pytest
from ccxt.test.exchange.base.test_balance import test_balance as check_balance
from ccxt.test.exchange.base.test_order import test_order as check_order
from ccxt.test.exchange.base.test_order_book import test_order_book as check_order_book
from ccxt.test.exchange.base.test_position import test_position as check_position
from ccxt.test.exchange.base.test_ticker import test_ticker as check_ticker
from ccxt.test.exchange.base.test_trade import test_trade as check_trade

import pionex_ccxt
from pionex_ccxt.async_support import pionex as async_pionex
from pionex_ccxt.pro import pionex as pro_pionex
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, running_sandbox
from pionex_sandbox.server import RunningSandbox
from pionex_sandbox.streams import StreamSettings as SandboxStreams
from pionex_wrapper import Pionex
from pionex_wrapper.streams.connection import StreamSettings

SPOT, PERP = "BTC/USDT", "BTC/USDT:USDT"
SKIPPED: dict[str, Any] = {}
"""No property of any structure is skipped."""
MANY_CONNECTIONS = StreamSettings(max_new_connections=1000)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with running_sandbox(seed=22, streams=SandboxStreams(push_interval=0.05, idle_interval=1.0)) as served:
        with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=served.base_url) as client:  # margin for PERP
            client.invoke(
                "futuresCreateTransfer",
                {"from_account": "MAIN", "to_account": "TRADE", "currency": "USDT", "amount": "5000"},
            )
            client.invoke("futuresUpdateLeverage", {"symbol": "BTC_USDT_PERP", "leverage": "20"})
        yield served


def exchange_on(sandbox: RunningSandbox) -> Any:
    """An async exchange on the sandbox.  Every test opens new stream connections: the client's
    cap on new connections per minute (20, for Pionex) is raised, as the client's own stream
    tests do."""
    exchange = async_pionex(
        {"apiKey": DEFAULT_API_KEY, "secret": DEFAULT_API_SECRET, "options": {"baseUrl": sandbox.base_url}}
    )
    exchange.client.streams.settings = MANY_CONNECTIONS
    exchange.client.streams.futures.settings = MANY_CONNECTIONS
    return exchange


def scenario(sandbox: RunningSandbox, body: Callable[[Any], Awaitable[None]], timeout: float = 60) -> None:
    """Runs ``body(exchange)`` with an async exchange on the sandbox, closed afterwards."""

    async def run() -> None:
        exchange = exchange_on(sandbox)
        try:
            await exchange.load_markets()  # so that a watch started as a task subscribes at once
            await asyncio.wait_for(body(exchange), timeout)
        finally:
            await exchange.close()

    asyncio.run(run())


async def until(watch: Callable[[], Awaitable[Any]], done: Callable[[Any], bool], tries: int = 50) -> Any:
    """Calls ``watch`` until what it returns satisfies ``done`` (each call waits for an update)."""
    for _ in range(tries):
        found = await watch()
        if done(found):
            return found
    raise AssertionError(f"no update satisfied the test in {tries} calls; last: {found!r}")


def started(coroutine: Awaitable[Any]) -> asyncio.Task[Any]:
    return asyncio.ensure_future(coroutine)


async def subscribed(exchange: Any) -> None:
    """Waits until the watches just started (as tasks) are subscribed, before the test acts."""
    await exchange.wait_for_subscriptions()


async def spot_market_buy(exchange: Any, sandbox: RunningSandbox, amount: str = "300") -> Any:
    reply = await exchange.client.invoke(
        "newOrder", {"symbol": "BTC_USDT", "side": "BUY", "type": "MARKET", "amount": amount}
    )
    sandbox.streams.push_now()
    return reply


def test_has_is_true_for_the_watch_methods_on_the_async_classes_only() -> None:
    watches = {name for name, value in async_pionex().has.items() if "atch" in name and value}
    assert watches == {
        "watchOrderBook",
        "watchTrades",
        "watchTicker",
        "watchOrders",
        "watchMyTrades",
        "watchBalance",
        "watchPositions",
        "unWatchOrderBook",
        "unWatchTrades",
        "unWatchTicker",
        "unWatchOrders",
        "unWatchMyTrades",
        "unWatchPositions",
    }
    assert pro_pionex is async_pionex and async_pionex().has["ws"] is True
    assert not any(value for name, value in pionex_ccxt.pionex().has.items() if "atch" in name)


@pytest.mark.parametrize("symbol", [SPOT, PERP])
def test_watch_order_book_is_the_local_book(sandbox: RunningSandbox, symbol: str) -> None:
    async def body(exchange: Any) -> None:
        book = await exchange.watch_order_book(symbol)
        check_order_book(exchange, SKIPPED, "watchOrderBook", book, symbol)
        assert len(book["bids"]) > 5 and len(book["asks"]) > 5  # the whole book, not DEPTH's default 5
        assert book["bids"] and book["asks"] and book["bids"][0][0] < book["asks"][0][0]
        assert exchange.orderbooks[symbol]["bids"][0] == book["bids"][0]
        if symbol == PERP:
            assert isinstance(book["nonce"], int)
        # the book follows the market: a buy of more than the best ask changes it
        first = (book["nonce"], book["bids"][:5], book["asks"][:5])
        best_price, best_size = (Decimal(str(value)) for value in book["asks"][0])
        if symbol == SPOT:
            await spot_market_buy(exchange, sandbox, format(best_price * best_size * 2 + 100, ".2f"))
        else:
            await exchange.client.invoke(
                "futuresPlaceOrder",
                {"symbol": "BTC_USDT_PERP", "side": "BUY", "type": "MARKET_QTY", "size": str(best_size + 1)},
            )
            sandbox.streams.push_now()
        moved = await until(
            lambda: exchange.watch_order_book(symbol, 5), lambda b: (b["nonce"], b["bids"], b["asks"]) != first
        )
        check_order_book(exchange, SKIPPED, "watchOrderBook", moved, symbol)
        assert len(moved["bids"]) <= 5 and len(moved["asks"]) <= 5
        assert len(exchange.orderbooks[symbol]["bids"]) > 5  # the kept book stays whole
        assert exchange.orderbooks[symbol]["bids"][:5] == moved["bids"]

    scenario(sandbox, body)


@pytest.mark.parametrize("symbol", [SPOT, PERP])
def test_watch_trades_gives_the_new_trades(sandbox: RunningSandbox, symbol: str) -> None:
    async def body(exchange: Any) -> None:
        watching = started(exchange.watch_trades(symbol))
        await subscribed(exchange)
        if symbol == SPOT:
            await spot_market_buy(exchange, sandbox)
        else:
            await exchange.client.invoke(
                "futuresPlaceOrder", {"symbol": "BTC_USDT_PERP", "side": "BUY", "type": "MARKET_QTY", "size": "0.01"}
            )
            sandbox.streams.push_now()
        trades = await watching
        assert trades
        now = exchange.milliseconds()
        for trade in trades:
            check_trade(exchange, SKIPPED, "watchTrades", trade, symbol, now, True)
            assert trade["info"]["price"] == exchange.safe_string(trade["info"], "price")  # exact text
            assert Decimal(trade["info"]["price"]) == Decimal(str(trade["price"]))
        assert len(exchange.trades[symbol]) >= len(trades)

    scenario(sandbox, body)


@pytest.mark.parametrize("symbol", [SPOT, PERP])
def test_watch_ticker_answers_then_follows_trades(sandbox: RunningSandbox, symbol: str) -> None:
    async def body(exchange: Any) -> None:
        first = await exchange.watch_ticker(symbol)
        check_ticker(exchange, SKIPPED, "watchTicker", first, symbol)
        assert exchange.tickers[symbol] is first
        watching = started(exchange.watch_ticker(symbol))
        await subscribed(exchange)
        if symbol == SPOT:
            await spot_market_buy(exchange, sandbox)
        else:
            await exchange.client.invoke(
                "futuresPlaceOrder", {"symbol": "BTC_USDT_PERP", "side": "SELL", "type": "MARKET_QTY", "size": "0.01"}
            )
            sandbox.streams.push_now()
        second = await watching
        check_ticker(exchange, SKIPPED, "watchTicker", second, symbol)
        assert second is not first and exchange.tickers[symbol] is second

    scenario(sandbox, body)


def test_watch_orders_and_my_trades_spot(sandbox: RunningSandbox) -> None:
    async def body(exchange: Any) -> None:
        orders = started(exchange.watch_orders(SPOT))
        fills = started(exchange.watch_my_trades(SPOT))
        await subscribed(exchange)
        placed = await spot_market_buy(exchange, sandbox)
        order_id = str(placed.order_id)
        now = exchange.milliseconds() + 1000
        seen = await orders
        mine = await fills
        for order in seen:
            check_order(exchange, SKIPPED, "watchOrders", order, SPOT, now)
        for fill in mine:
            check_trade(exchange, SKIPPED, "watchMyTrades", fill, SPOT, now, False)
        assert all(fill["order"] == order_id for fill in mine) and mine[0]["fee"]["cost"] is not None
        closed = (
            await until(
                lambda: exchange.watch_orders(SPOT),
                lambda found: any(o["id"] == order_id and o["status"] == "closed" for o in found),
            )
            if not any(o["id"] == order_id and o["status"] == "closed" for o in seen)
            else seen
        )
        final = next(o for o in closed if o["id"] == order_id)
        assert final["side"] == "buy" and final["type"] == "market" and final["filled"] > 0
        assert final["cost"] == pytest.approx(300, rel=0.01)

        # a limit order far from the market stays open; cancelled, it is "canceled"
        ticker = await exchange.fetch_ticker(SPOT)
        price = format(Decimal(str(ticker["last"])) * Decimal("0.5"), ".2f")
        limit = await exchange.client.invoke(
            "newOrder", {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "size": "0.001", "price": price}
        )
        opened = await until(
            lambda: exchange.watch_orders(SPOT), lambda found: any(o["id"] == str(limit.order_id) for o in found)
        )
        order = next(o for o in opened if o["id"] == str(limit.order_id))
        check_order(exchange, SKIPPED, "watchOrders", order, SPOT, exchange.milliseconds() + 1000)
        assert order["status"] == "open" and order["timeInForce"] == "GTC" and order["price"] == float(price)
        await exchange.client.invoke("cancelOrder", {"symbol": "BTC_USDT", "order_id": limit.order_id})
        cancelled = await until(
            lambda: exchange.watch_orders(SPOT),
            lambda found: any(o["id"] == str(limit.order_id) and o["status"] == "canceled" for o in found),
        )
        for order in cancelled:
            check_order(exchange, SKIPPED, "watchOrders", order, SPOT, exchange.milliseconds() + 1000)

    scenario(sandbox, body)


def test_watch_orders_and_my_trades_perpetual_all_pairs(sandbox: RunningSandbox) -> None:
    async def body(exchange: Any) -> None:
        orders = started(exchange.watch_orders(None, params={"type": "swap"}))
        fills = started(exchange.watch_my_trades(PERP))
        spot_orders = started(exchange.watch_orders(SPOT))  # the same cache holds spot orders
        await subscribed(exchange)
        await spot_market_buy(exchange, sandbox)
        assert all(order["symbol"] == SPOT for order in await spot_orders)
        placed = await exchange.client.invoke(
            "futuresPlaceOrder", {"symbol": "BTC_USDT_PERP", "side": "BUY", "type": "MARKET_QTY", "size": "0.01"}
        )
        sandbox.streams.push_now()
        now = exchange.milliseconds() + 1000
        seen = await orders
        mine = await fills
        assert any(order["id"] == str(placed.order_id) for order in seen)
        assert all(order["symbol"] == PERP for order in seen)  # every perpetual: no spot order
        for order in seen:
            check_order(exchange, SKIPPED, "watchOrders", order, PERP, now)
        for fill in mine:
            check_trade(exchange, SKIPPED, "watchMyTrades", fill, PERP, now, False)
        assert mine and all(fill["order"] == str(placed.order_id) for fill in mine)

    scenario(sandbox, body)


def test_spot_private_watches_need_a_symbol(sandbox: RunningSandbox) -> None:
    async def body(exchange: Any) -> None:
        with pytest.raises(ccxt.ArgumentsRequired):
            await exchange.watch_orders()
        with pytest.raises(ccxt.ArgumentsRequired):
            await exchange.watch_my_trades()

    scenario(sandbox, body)


@pytest.mark.parametrize("kind", ["spot", "swap"])
def test_watch_balance(sandbox: RunningSandbox, kind: str) -> None:
    async def body(exchange: Any) -> None:
        watching = started(exchange.watch_balance({"type": kind}))
        await subscribed(exchange)
        if kind == "spot":
            await spot_market_buy(exchange, sandbox, "100")
        else:
            await exchange.client.invoke(
                "futuresPlaceOrder", {"symbol": "BTC_USDT_PERP", "side": "BUY", "type": "MARKET_QTY", "size": "0.01"}
            )
            sandbox.streams.push_now()
        balance = await watching
        check_balance(exchange, SKIPPED, "watchBalance", balance)
        assert balance is exchange.balance[kind] and "USDT" in balance["total"]
        reply = await exchange.client.invoke("getBalances" if kind == "spot" else "futuresGetAccountBalances", {})
        usdt = next(b for b in reply.balances if b.coin == "USDT")
        assert Decimal(str(balance["USDT"]["free"])) == usdt.free  # what REST says once it settled

    scenario(sandbox, body)


def test_watch_positions(sandbox: RunningSandbox) -> None:
    async def body(exchange: Any) -> None:
        await exchange.client.invoke(
            "futuresPlaceOrder", {"symbol": "BTC_USDT_PERP", "side": "BUY", "type": "MARKET_QTY", "size": "0.02"}
        )
        first = await exchange.watch_positions([PERP])  # the positions as they are, at once
        assert first
        for position in first:
            check_position(exchange, SKIPPED, "watchPositions", position, PERP, exchange.milliseconds() + 1000)
        before = first[0]["contracts"]
        watching = started(exchange.watch_positions([PERP]))
        await subscribed(exchange)
        await exchange.client.invoke(
            "futuresPlaceOrder", {"symbol": "BTC_USDT_PERP", "side": "BUY", "type": "MARKET_QTY", "size": "0.01"}
        )
        sandbox.streams.push_now()
        changed = await watching
        for position in changed:
            check_position(exchange, SKIPPED, "watchPositions", position, PERP, exchange.milliseconds() + 1000)
        long = next(p for p in changed if p["side"] == "long")
        assert long["contracts"] > before
        # closed: REST no longer lists it; the watch reports it with no contracts, as ccxt pro does
        watching = started(exchange.watch_positions([PERP]))
        await subscribed(exchange)
        await exchange.client.invoke(
            "futuresPlaceOrder",
            {
                "symbol": "BTC_USDT_PERP",
                "side": "SELL",
                "type": "MARKET_QTY",
                "size": long["info"]["netSize"],
                "reduce_only": True,
            },
        )
        sandbox.streams.push_now()
        gone = await watching
        assert [(p["symbol"], p["side"], p["contracts"]) for p in gone] == [(PERP, "long", 0)]
        assert exchange.positions.hashmap[PERP]["long"]["contracts"] == 0

    scenario(sandbox, body)


def test_close_ends_every_watch(sandbox: RunningSandbox) -> None:
    async def run() -> None:
        exchange = exchange_on(sandbox)
        await exchange.watch_order_book(SPOT)
        waiting = started(exchange.watch_orders("ETH/USDT"))  # nothing happens to ETH orders here
        await subscribed(exchange)
        tasks = [task for feed in exchange._feeds.values() for task in feed._tasks]
        assert len(tasks) == 2 and not any(task.done() for task in tasks)
        await exchange.close()
        with pytest.raises(ccxt.ExchangeClosedByUser):
            await asyncio.wait_for(waiting, 10)
        assert exchange._feeds is None and exchange._client is None
        assert all(task.done() for task in tasks)  # the subscriptions' readers are gone

    asyncio.run(run())


def readme_snippets() -> list[str]:
    """The code of the ccxt page's section "Streams the ccxt way" (docs/guides/ccxt.md)."""
    text = (Path(__file__).parents[2] / "docs" / "guides" / "ccxt.md").read_text(encoding="utf-8")
    section = text.split("\n## Streams the ccxt way", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.DOTALL)


def test_the_readme_streams_example_runs_against_the_sandbox(sandbox: RunningSandbox, tmp_path: Path) -> None:
    (snippet,) = readme_snippets()
    assert "watch_order_book" in snippet and "watch_orders" in snippet and "await exchange.close()" in snippet
    if not async_pionex().has.get("createOrder"):
        pytest.skip("the example places its order with create_order (the trading part of the class)")
    script = tmp_path / "streams_example.py"
    script.write_text(snippet, encoding="utf-8")
    env = dict(
        os.environ,
        PIONEX_BASE_URL=sandbox.base_url,
        PIONEX_API_KEY=DEFAULT_API_KEY,
        PIONEX_API_SECRET=DEFAULT_API_SECRET,
    )
    run = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 0, run.stderr
    assert "best bid" in run.stdout and "order " in run.stdout and "fill " in run.stdout and "USDT free" in run.stdout


def test_a_refused_subscription_is_a_ccxt_error_and_the_next_call_subscribes_again(sandbox: RunningSandbox) -> None:
    async def body(exchange: Any) -> None:
        sandbox.streams.refuse_next("TRADE")
        with pytest.raises(ccxt.BadRequest, match="SUBSCRIBE_REFUSED"):
            await exchange.watch_trades("ETH/USDT")
        watching = started(exchange.watch_trades("ETH/USDT"))
        await subscribed(exchange)
        await exchange.client.invoke(
            "newOrder", {"symbol": "ETH_USDT", "side": "BUY", "type": "MARKET", "amount": "100"}
        )
        sandbox.streams.push_now()
        trades = await watching
        for trade in trades:
            check_trade(exchange, SKIPPED, "watchTrades", trade, "ETH/USDT", exchange.milliseconds() + 1000, True)

    scenario(sandbox, body)


def test_an_order_made_while_the_stream_was_away_comes_over_rest(sandbox: RunningSandbox) -> None:
    async def body(exchange: Any) -> None:
        watching = started(exchange.watch_orders("ETH/USDT"))
        await subscribed(exchange)
        assert sandbox.streams.drop_all() > 0
        placed = await exchange.client.invoke(
            "newOrder", {"symbol": "ETH_USDT", "side": "BUY", "type": "MARKET", "amount": "100"}
        )  # while the client reconnects: the sandbox tells no one
        order_id = str(placed.order_id)
        seen = await until(
            lambda: exchange.watch_orders("ETH/USDT") if watching.done() else watching,
            lambda found: any(o["id"] == order_id for o in found),
        )
        order = next(o for o in seen if o["id"] == order_id)
        check_order(exchange, SKIPPED, "watchOrders", order, "ETH/USDT", exchange.milliseconds() + 1000)
        assert "source" in order["info"]  # the REST order (the stream's ORDER has no source)
        assert order["status"] == "closed" and order["filled"] > 0

    scenario(sandbox, body)


def test_un_watch_ends_one_subscription_and_forgets_its_cache(sandbox: RunningSandbox) -> None:
    async def body(exchange: Any) -> None:
        await exchange.watch_order_book(SPOT)
        await exchange.watch_ticker(SPOT)
        orders = started(exchange.watch_orders("ETH/USDT"))  # nothing happens to ETH orders here
        positions = started(exchange.watch_positions([PERP], params={}))
        await subscribed(exchange)
        await positions  # the snapshot
        fills = started(exchange.watch_my_trades(None, params={"type": "swap"}))
        trades = started(exchange.watch_trades("ETH/USDT"))
        await subscribed(exchange)
        await exchange.un_watch_orders("ETH/USDT")
        await exchange.un_watch_my_trades(None, {"type": "swap"})
        await exchange.un_watch_trades("ETH/USDT")
        for waiting in (orders, fills):
            with pytest.raises(ccxt.UnsubscribeError):
                await waiting
        with contextlib.suppress(ccxt.UnsubscribeError):  # the sandbox's market trades ETH by itself
            await trades
        assert "ETH/USDT" not in exchange.trades
        await exchange.un_watch_order_book(SPOT)
        await exchange.un_watch_ticker(SPOT)
        await exchange.un_watch_positions([PERP])
        assert SPOT not in exchange.orderbooks and SPOT not in exchange.tickers and not exchange._feeds
        book = await exchange.watch_order_book(SPOT)  # watched again: a new subscription
        check_order_book(exchange, SKIPPED, "watchOrderBook", book, SPOT)

    scenario(sandbox, body)
