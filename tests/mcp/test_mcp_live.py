"""The live tools of ``pionex-mcp`` (pionex_mcp.live) through a real MCP client (in-process) against
the sandbox: a live book, a window of trades and the account's order events from the streams
(subscribed lazily, kept, bounded, left), a pair's market rules, a portfolio summary; each tool in
its module for ``--modules``.  Every result also passes the client's check against the tool's
output schema."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from mcp import Client, StdioServerParameters

from pionex_mcp import config as mcp_config
from pionex_mcp import live as live_module
from pionex_mcp import server
from pionex_mcp.tools import Tools
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, RunningSandbox, running_sandbox
from pionex_sandbox.streams import StreamSettings as SandboxStreams
from pionex_wrapper import AsyncPionex
from pionex_wrapper.decoding import decode_success

PERP = "BTC_USDT_PERP"
LIVE_TOOLS = {
    "market_live_book": "market",
    "market_live_trades": "market",
    "market_rules": "market",
    "trade_live_orders": "trade",
    "futures_live_orders": "futures",
    "account_portfolio": "account",
}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An empty home and profiles file: never the real ~/.pionex."""
    path = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(path))
        patch.setenv("PIONEX_CONFIG", str(path / "config.toml"))
        for name in ("PIONEX_API_KEY", "PIONEX_API_SECRET", "PIONEX_BASE_URL", "PIONEX_PROFILE"):
            patch.delenv(name, raising=False)
        yield path


@pytest.fixture(scope="module")
def sandbox(home: Path) -> Iterator[RunningSandbox]:
    """One sandbox for the module: a moving market, streams pushed every 50 ms."""
    with running_sandbox(seed=21, streams=SandboxStreams(ping_interval=0.3, push_interval=0.05)) as running:
        yield running


def configure(sandbox: RunningSandbox, home: Path, *flags: str) -> mcp_config.ServerConfig:
    env = {"PIONEX_SANDBOX_URL": sandbox.base_url, "PIONEX_CONFIG": str(home / "config.toml"), "HOME": str(home)}
    return mcp_config.from_args(["--sandbox", "--audit-log", str(home / "audit.jsonl"), *flags], env)


@contextlib.asynccontextmanager
async def connected(sandbox: RunningSandbox, home: Path, *flags: str) -> AsyncIterator[tuple[Client, Tools]]:
    """An MCP client session with a server for the sandbox (its live subscriptions left on exit)."""
    async with server.serving(configure(sandbox, home, *flags)) as (made, tools), Client(made) as client:
        yield client, tools


def run(scenario: Awaitable[None]) -> None:
    asyncio.run(asyncio.wait_for(scenario, 120))  # type: ignore[arg-type]


async def call(client: Client, name: str, arguments: dict[str, Any] | None = None) -> dict[str, Any]:
    """A successful call's structured content (the same JSON as its text)."""
    result = await client.call_tool(name, arguments or {})
    assert not result.is_error, result.content
    assert isinstance(result.structured_content, dict)
    text = result.content[0]
    assert json.loads(getattr(text, "text", "")) == result.structured_content
    return result.structured_content


async def refused(client: Client, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool(name, arguments)
    assert result.is_error
    body: dict[str, Any] = json.loads(getattr(result.content[0], "text", ""))
    return body


async def until(
    client: Client, name: str, arguments: dict[str, Any], done: Callable[[dict[str, Any]], bool]
) -> dict[str, Any]:
    """Calls the tool until ``done`` holds of its answer (at most 200 calls, 50 ms apart)."""
    answer: dict[str, Any] = {}
    for _ in range(200):
        answer = await call(client, name, arguments)
        if done(answer):
            return answer
        await asyncio.sleep(0.05)
    raise AssertionError(f"{name} never got there: {answer}")


def rest(sandbox: RunningSandbox) -> AsyncPionex:
    return AsyncPionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url, rate_limit="off")


def exact(text: Any) -> Decimal:
    assert isinstance(text, str) and "E" not in text.upper(), text
    return Decimal(text)


# -- listing and modules --------------------------------------------------------------------


def test_each_live_tool_is_listed_read_only_in_its_module(sandbox: RunningSandbox, home: Path) -> None:
    async def scenario() -> None:
        async with connected(sandbox, home) as (client, _):
            listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        for name in LIVE_TOOLS:
            tool = listed[name]
            assert tool.annotations is not None and tool.annotations.read_only_hint is True
            assert tool.annotations.destructive_hint is False
            assert tool.output_schema is not None and tool.input_schema["additionalProperties"] is False
        async with connected(sandbox, home, "--modules", "market") as (client, _):
            names = {tool.name for tool in (await client.list_tools()).tools}
        assert {n for n in LIVE_TOOLS if n in names} == {n for n, m in LIVE_TOOLS.items() if m == "market"}
        async with connected(sandbox, home, "--modules", "trade,futures,account") as (client, _):
            names = {tool.name for tool in (await client.list_tools()).tools}
        assert {n for n in LIVE_TOOLS if n in names} == {n for n, m in LIVE_TOOLS.items() if m != "market"}

    run(scenario())


# -- the book -------------------------------------------------------------------------------


def test_the_book_is_subscribed_on_first_call_kept_and_says_how_fresh(sandbox: RunningSandbox, home: Path) -> None:
    async def scenario() -> None:
        async with connected(sandbox, home) as (client, tools):
            assert tools.live.feeds == {}  # nothing subscribed before a call
            for symbol, market in ((PERP, "futures"), ("BTC_USDT", "spot")):
                first = await call(client, "market_live_book", {"symbol": symbol, "depth": 3})
                assert first["symbol"] == symbol and first["market"] == market
                bids = [(exact(p), exact(s)) for p, s in first["bids"]]
                asks = [(exact(p), exact(s)) for p, s in first["asks"]]
                assert 0 < len(bids) <= 3 and 0 < len(asks) <= 3
                assert bids == sorted(bids, reverse=True) and asks == sorted(asks)
                assert exact(first["bestBid"]) == bids[0][0] < asks[0][0] == exact(first["bestAsk"])
                assert exact(first["spread"]) == asks[0][0] - bids[0][0]
                assert isinstance(first["ageMs"], int) and first["ageMs"] >= 0
                assert first["updatedAt"] >= first["subscribedAt"] - 60_000
                later = await until(
                    client, "market_live_book", {"symbol": symbol}, lambda a, n=first["messages"]: a["messages"] > n
                )
                assert later["subscribedAt"] == first["subscribedAt"]  # the same subscription, kept
                assert later["updatedAt"] >= first["updatedAt"]
                assert len(later["bids"]) == 5  # the default depth
            assert set(tools.live.feeds) == {("book", PERP), ("book", "BTC_USDT")}
            assert sandbox.streams.connections
        for _ in range(100):  # leaving the server left the subscriptions, and the client its connections
            if not sandbox.streams.connections:
                break
            await asyncio.sleep(0.05)
        assert not sandbox.streams.connections

    run(scenario())


def test_over_stdio_a_book_and_a_trade_window_are_kept_between_calls(sandbox: RunningSandbox, home: Path) -> None:
    """The same from a ``pionex-mcp --sandbox`` process: its subscriptions live between requests."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PIONEX_")},
        "HOME": str(home),
        "PIONEX_CONFIG": str(home / "config.toml"),
        "PIONEX_SANDBOX_URL": sandbox.base_url,
        "PIONEX_MCP_AUDIT_LOG": str(home / "audit.jsonl"),
    }
    process = StdioServerParameters(command=sys.executable, args=["-m", "pionex_mcp", "--sandbox"], env=env)

    async def scenario() -> None:
        async with Client(process) as client:
            first = await call(client, "market_live_book", {"symbol": PERP, "depth": 2})
            later = await until(
                client, "market_live_book", {"symbol": PERP}, lambda a: a["messages"] > first["messages"]
            )
            assert later["subscribedAt"] == first["subscribedAt"] and len(later["bids"]) == 5
            trades = await call(client, "market_live_trades", {"symbol": "ETH_USDT", "limit": 3})
            assert len(trades["trades"]) == 3 and trades["seededFromRest"] > 0

    run(scenario())


def test_refusals_name_the_input_and_a_refused_pair_is_not_kept(sandbox: RunningSandbox, home: Path) -> None:
    async def scenario() -> None:
        async with connected(sandbox, home) as (client, tools):
            body = await refused(client, "market_live_book", {"symbol": "NOPE_USDT"})
            assert body["error"] == "SubscriptionRefusedError" and "NOPE_USDT" in body["message"]
            assert tools.live.feeds == {}
            body = await refused(client, "trade_live_orders", {"symbol": PERP})
            assert body["parameter"] == "symbol"
            body = await refused(client, "futures_live_orders", {"symbol": "BTC_USDT"})
            assert body["parameter"] == "symbol"
            body = await refused(client, "market_live_book", {"symbol": "BTC_USDT", "depth": 0})
            assert body["parameter"] == "depth"
            body = await refused(client, "market_live_trades", {"symbol": "btc usdt"})
            assert body["parameter"] == "symbol"
            body = await refused(client, "account_portfolio", {"top": 3, "coins": "all"})
            assert body["parameter"] == "coins"
            body = await refused(client, "market_rules", {"symbol": "NOPE_USDT"})
            assert body["parameter"] == "symbol" and "NOPE_USDT" in body["message"]
            assert tools.live.feeds == {}

    run(scenario())


def test_subscriptions_are_bounded_and_idle_ones_are_left(sandbox: RunningSandbox, home: Path) -> None:
    async def scenario() -> None:
        async with connected(sandbox, home) as (client, tools):
            tools.live.max_feeds = 2
            await call(client, "market_live_book", {"symbol": "BTC_USDT"})
            await call(client, "market_live_book", {"symbol": "ETH_USDT"})
            await call(client, "market_live_book", {"symbol": "BTC_USDT"})  # ETH_USDT is now the least used
            await call(client, "market_live_trades", {"symbol": "BTC_USDT"})
            assert set(tools.live.feeds) == {("book", "BTC_USDT"), ("trades", "BTC_USDT")}
            tools.live.feeds[("book", "BTC_USDT")].used -= tools.live.idle_seconds + 1  # unused for too long
            await call(client, "market_live_trades", {"symbol": "BTC_USDT"})
            assert set(tools.live.feeds) == {("trades", "BTC_USDT")}
            await tools.live.aclose()
            assert tools.live.feeds == {}

    run(scenario())


def test_private_stream_refusals_say_why_and_never_hold_the_secret(sandbox: RunningSandbox, home: Path) -> None:
    secret = "not-the-sandbox-secret-0123456789abcdef"

    async def scenario() -> None:
        config = configure(sandbox, home)
        wrong = AsyncPionex(DEFAULT_API_KEY, secret, base_url=sandbox.base_url, rate_limit="off")
        nobody = AsyncPionex(base_url=sandbox.base_url, rate_limit="off")
        async with wrong, nobody:
            async with server.serving(config, client=wrong) as (made, tools), Client(made) as client:
                for name, arguments in (("trade_live_orders", {"symbol": "BTC_USDT"}), ("futures_live_orders", {})):
                    result = await client.call_tool(name, arguments)
                    text = getattr(result.content[0], "text", "")
                    assert result.is_error and json.loads(text)["error"] == "StreamAuthenticationError"
                    assert secret not in text and DEFAULT_API_SECRET not in text
                assert tools.live.feeds == {}
            async with server.serving(config, client=nobody) as (made, _), Client(made) as client:
                body = await refused(client, "trade_live_orders", {"symbol": "BTC_USDT"})
                assert body["error"] == "MissingCredentialsError"
                book = await call(client, "market_live_book", {"symbol": "BTC_USDT"})  # public: no key needed
                assert book["bids"]

    run(scenario())


# -- trades ---------------------------------------------------------------------------------


def test_trades_are_a_window_seeded_over_rest_then_live(sandbox: RunningSandbox, home: Path) -> None:
    async def scenario() -> None:
        async with connected(sandbox, home) as (client, _), rest(sandbox) as other:
            for symbol in ("BTC_USDT", PERP):
                first = await call(client, "market_live_trades", {"symbol": symbol, "limit": 5})
                assert first["seededFromRest"] > 0 and first["kept"] >= first["seededFromRest"]
                assert len(first["trades"]) == 5
                ids = [int(trade["tradeId"]) for trade in first["trades"]]
                assert ids == sorted(ids, reverse=True) and len(set(ids)) == 5  # newest first, once each
                assert all(trade["symbol"] == symbol and exact(trade["price"]) > 0 for trade in first["trades"])
                assert first["newestAt"] == first["trades"][0]["timestamp"] >= first["oldestAt"]
                recent = await other.market.get_market_trades(symbol=symbol, limit=10)
                assert int(recent.trades[0].trade_id or 0) >= ids[0]  # the window is the market's latest
                later = await until(
                    client,
                    "market_live_trades",
                    {"symbol": symbol, "limit": 200},
                    lambda a, top=ids[0]: a["messages"] > 0 and int(a["trades"][0]["tradeId"]) > top,
                )
                assert later["lastMessageAt"] is not None and later["lastMessageAt"] >= later["subscribedAt"]
                assert later["kept"] <= live_module.TRADES_KEPT and later["dropped"] == 0
                ids = [int(trade["tradeId"]) for trade in later["trades"]]
                assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)

    run(scenario())


# -- order events ---------------------------------------------------------------------------


def test_spot_order_events_arrive_numbered_and_after_filters(sandbox: RunningSandbox, home: Path) -> None:
    async def scenario() -> None:
        async with connected(sandbox, home) as (client, _), rest(sandbox) as other:
            first = await call(client, "trade_live_orders", {"symbol": "BTC_USDT"})
            assert first["events"] == [] and first["lastSeq"] == 0 and first["since"] == first["subscribedAt"]
            placed = await other.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.02", price="1000")
            seen = await until(
                client,
                "trade_live_orders",
                {"symbol": "BTC_USDT"},
                lambda a: any(e["order"].get("orderId") == placed.order_id for e in a["events"]),
            )
            event = next(e for e in seen["events"] if e["order"]["orderId"] == placed.order_id)
            assert event["order"]["status"] == "OPEN" and exact(event["order"]["price"]) == 1000
            assert event["replayed"] is False and event["receivedAt"] >= seen["subscribedAt"]
            assert [e["seq"] for e in seen["events"]] == list(range(1, seen["lastSeq"] + 1))
            mark = seen["lastSeq"]
            assert (await call(client, "trade_live_orders", {"symbol": "BTC_USDT", "after": mark}))["events"] == []
            await other.trade.cancel_order(symbol="BTC_USDT", order_id=placed.order_id)
            after = await until(
                client, "trade_live_orders", {"symbol": "BTC_USDT", "after": mark}, lambda a: bool(a["events"])
            )
            assert all(e["seq"] > mark for e in after["events"])
            assert any(
                e["order"]["orderId"] == placed.order_id and e["order"]["status"] == "CLOSED" for e in after["events"]
            )

    run(scenario())


def test_futures_order_events_of_every_pair(sandbox: RunningSandbox, home: Path) -> None:
    async def scenario() -> None:
        async with connected(sandbox, home) as (client, _), rest(sandbox) as other:
            first = await call(client, "futures_live_orders")
            assert first["symbol"] == "ALL" and first["events"] == []
            await other.futures.transfer.create_transfer(
                from_account="MAIN", to_account="TRADE", currency="USDT", amount="5000"
            )
            placed = await other.futures.trade.place_order(symbol=PERP, side="BUY", type="MARKET_QTY", size="0.01")
            seen = await until(
                client,
                "futures_live_orders",
                {},
                lambda a: any(e["order"].get("orderId") == placed.order_id for e in a["events"]),
            )
            assert {e["order"]["symbol"] for e in seen["events"]} == {PERP}
            await other.futures.trade.place_order(symbol=PERP, side="SELL", type="MARKET_QTY", size="0.01")

    run(scenario())


# -- market rules ---------------------------------------------------------------------------


def test_market_rules_are_the_clients_and_round_onto_the_steps(sandbox: RunningSandbox, home: Path) -> None:
    async def scenario() -> None:
        async with connected(sandbox, home) as (client, _), rest(sandbox) as other:
            spot = await call(
                client, "market_rules", {"symbol": "BTC_USDT", "price": "123.456789", "size": "0.1234567"}
            )
            expected = (await other.rules())["BTC_USDT"]
            assert spot["market"] == "SPOT" and spot["tradable"] is True
            assert exact(spot["priceStep"]) == expected.price_step and exact(spot["sizeStep"]) == expected.size_step
            assert exact(spot["minNotional"]) == expected.min_notional
            assert exact(spot["limitOrderSize"]["min"]) == expected.min_size
            assert spot["rounded"] == {
                "price": str(expected.round_price("123.456789")),
                "size": str(expected.round_size("0.1234567")),
            }
            assert spot["exchange"]["symbol"] == "BTC_USDT" and spot["loadedAt"] is not None
            up = await call(client, "market_rules", {"symbol": "BTC_USDT", "price": "123.451", "direction": "up"})
            assert up["rounded"] == {"price": str(expected.round_price("123.451", "up"))}
            assert up["loadedAt"] == spot["loadedAt"]  # read once and kept
            perp = await call(client, "market_rules", {"symbol": PERP, "refresh": True})
            assert perp["market"] == "PERP" and perp["amountStep"] is None
            assert any("minNotional" in rule for rule in perp["leftToTheExchange"])
            assert perp["loadedAt"] >= spot["loadedAt"]

    run(scenario())


def test_once_the_rules_are_read_a_prepared_order_is_checked_against_them(sandbox: RunningSandbox, home: Path) -> None:
    order = {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "size": "0.001", "price": "20000.123"}

    async def scenario() -> None:
        async with connected(sandbox, home, "--allow-writes") as (client, _):
            assert not (await client.call_tool("trade_new_order", order)).is_error  # prepared: the rules not read yet
            await call(client, "market_rules", {"symbol": "BTC_USDT"})
            body = await refused(client, "trade_new_order", order)
            assert body["parameter"] == "price" and "BTC_USDT" in body["message"]

    run(scenario())


# -- portfolio ------------------------------------------------------------------------------


def test_the_portfolio_sums_the_full_balances(sandbox: RunningSandbox, home: Path) -> None:
    async def scenario() -> None:
        async with connected(sandbox, home) as (client, tools), rest(sandbox) as other:
            await other.futures.transfer.create_transfer(
                from_account="MAIN", to_account="TRADE", currency="USDT", amount="1000"
            )
            await other.futures.trade.place_order(symbol=PERP, side="BUY", type="MARKET_QTY", size="0.02")
            replies: list[Any] = []
            invoke = tools.client.invoke

            async def kept(operation: str, arguments: Any = None) -> Any:  # the reply the tool summed
                reply = await invoke(operation, arguments)
                replies.append(reply)
                return reply

            tools.client.invoke = kept  # type: ignore[method-assign]
            try:
                summary = await call(client, "account_portfolio", {"top": 2})
            finally:
                await other.futures.trade.place_order(symbol=PERP, side="SELL", type="MARKET_QTY", size="0.02")
        (reply,) = replies
        assert (
            exact(summary["totalInUsdt"]) == reply.total_in_usdt and exact(summary["totalInBtc"]) == reply.total_in_btc
        )
        lines = [(c, "spot") for c in reply.bot_account.detail] + [(c, "futures") for c in reply.trader_account.detail]
        assert [(c["side"], c["type"], exact(c["totalInUsdt"])) for c in summary["categories"]] == [
            (side, c.type, c.total_in_usdt) for c, side in lines
        ]
        shares = [exact(c["share"]) for c in summary["categories"]]
        assert shares[0] == (reply.bot_account.detail[0].total_in_usdt * 100 / reply.total_in_usdt).quantize(
            Decimal("0.01")
        )
        coins = summary["coins"]
        assert len(coins) == 2 and summary["otherCoins"]["count"] >= 1
        values = [exact(c["valueInUsdt"]) for c in coins]
        assert values == sorted(values, reverse=True)
        spot_lines = {line.coin: line for line in reply.bot_account.detail[0].entries}
        futures_usdt = sum(b.free + b.frozen for b in reply.trader_account.detail[0].balances if b.coin == "USDT")
        for coin in coins:
            line = spot_lines[coin["coin"]]
            extra = futures_usdt if coin["coin"] == "USDT" else 0
            assert exact(coin["amount"]) == line.amount + extra
        (position,) = [p for p in summary["positions"] if p["symbol"] == PERP]
        assert exact(position["netSize"]) == Decimal("0.02")
        (expected,) = [p for p in reply.trader_account.detail[0].positions if p.symbol == PERP]
        assert exact(position["unrealizedPnL"]) == expected.unrealized_pnl
        assert exact(summary["unrealizedPnL"]) == sum(exact(p["unrealizedPnL"]) for p in summary["positions"])

    run(scenario())


def test_the_portfolio_summary_takes_categories_bots_and_gaps_as_they_come() -> None:
    from pionex_client.facade.wallet import BalancesFull

    data = {
        "prices": {"BTC": {"priceInUsd": "50000"}, "DOGE": {"priceInUsd": "0.1"}},
        "totalInUsdt": "60000",
        "botAccount": {
            "totalInUsdt": "55000",
            "detail": [
                {
                    "type": "spot",
                    "totalInUsdt": "50000",
                    "list": [{"coin": "BTC", "free": "0.5", "frozen": "0.5"}, {"coin": "XYZ", "amount": "3"}],
                    "hasMore": True,
                },
                {
                    "type": "bot",
                    "totalInUsdt": "4000",
                    "list": [
                        {
                            "buOrderId": "b1",
                            "buOrderType": "spot_grid",
                            "base": "BTC",
                            "quote": "USDT",
                            "totalInUsdt": "4000",
                        }
                    ],
                },
                {"type": "shiny_new_product", "totalInUsdt": "1000", "list": [{"coin": "DOGE", "amount": "10000"}]},
            ],
        },
        "traderAccount": {
            "totalInUsdt": "5000",
            "detail": [{"type": "futures", "totalInUsdt": "5000", "balances": [{"coin": "BTC", "free": "0.1"}]}],
        },
    }
    body = json.dumps({"result": True, "data": data, "timestamp": 1}).encode()
    decoded = decode_success(BalancesFull, body)
    assert decoded is not None
    summary = live_module.summarize(decoded[0], top=10)
    coins = {c["coin"]: c for c in summary["coins"]}
    assert coins["BTC"]["amount"] == Decimal("1.1") and coins["BTC"]["in"] == ["spot", "futures"]
    assert coins["BTC"]["valueInUsdt"] == Decimal(55000)  # no value in the lines: 1.1 BTC at its price
    assert coins["XYZ"]["unvalued"] is True and coins["XYZ"]["valueInUsdt"] == 0
    assert coins["DOGE"]["valueInUsdt"] == Decimal("1000.0") and coins["DOGE"]["in"] == ["shiny_new_product"]
    assert summary["bots"]["count"] == 1 and summary["bots"]["byType"] == {"spot_grid": 1}
    assert summary["bots"]["list"][0]["pair"] == "BTC_USDT"
    assert summary["incompleteCategories"] == ["spot"]
    assert [c["share"] for c in summary["categories"]] == [
        Decimal("83.33"),
        Decimal("6.67"),
        Decimal("1.67"),
        Decimal("8.33"),
    ]
    assert summary["positions"] == [] and summary["unrealizedPnL"] == 0
