"""The guard rails of ``pionex-mcp``, end to end: an MCP client (the official SDK's ``Client``,
in-process, and once over stdio against a second server process) calls the tools of a server
whose client talks to a running sandbox.

A token is good once, for a short time, in the process that made it, for exactly the prepared
arguments; a reply lost after a confirm is reconciled, not placed twice; each limit refuses and
names itself; the day's notional survives a restart; the kill switch cancels every open order;
the audit log records all of it with no secret and no token in clear.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from decimal import ROUND_DOWN, Decimal
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client, StdioServerParameters

from pionex_cli.profiles import Profile
from pionex_mcp.audit import AuditLog, token_hash
from pionex_mcp.config import Limits, ServerConfig
from pionex_mcp.guard import Guard
from pionex_mcp.server import build
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, Futures, Spot, running_sandbox
from pionex_sandbox.server import RunningSandbox
from pionex_wrapper import AsyncPionex

ORDER = "path=/api/v1/trade/order:method=POST"
Session = tuple[Client, Guard, AsyncPionex]


class FakeClock:
    """A clock a test moves by hand (monotonic seconds for the tokens, epoch for the day)."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def served() -> Iterator[RunningSandbox]:
    with running_sandbox(seed=21) as sandbox:
        yield sandbox


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, served: RunningSandbox) -> Iterator[None]:
    """Never the real ~/.pionex; no fault left over from another test."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PIONEX_CONFIG", str(tmp_path / "config.toml"))
    for name in [n for n in os.environ if n.startswith("PIONEX_MCP_") or n in ("PIONEX_API_KEY", "PIONEX_API_SECRET")]:
        monkeypatch.delenv(name)
    served.faults.clear()
    yield
    served.faults.clear()


def configured(served: RunningSandbox, audit: Path, **options: Any) -> ServerConfig:
    options.setdefault("allow_writes", True)
    profile = Profile(
        "guard-test", DEFAULT_API_KEY, DEFAULT_API_SECRET, served.base_url, options.pop("read_only", False)
    )
    return ServerConfig(profile=profile, sandbox=True, audit_log=audit, **options)


@contextlib.asynccontextmanager
async def connected(
    config: ServerConfig, *, clock: Callable[[], float] | None = None, wall: Callable[[], float] | None = None
) -> AsyncIterator[Session]:
    """An MCP client session with a server built for ``config`` (its guard's clocks replaced)."""
    base_url = config.profile.base_url
    assert base_url is not None
    async with AsyncPionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=base_url, timeout=5) as client:
        server, tools = build(config, client)
        guard = tools.guard
        if clock is not None:
            guard.clock = clock
        if wall is not None:
            guard.wall = guard.audit.wall = wall
        async with Client(server) as session:
            yield session, guard, client


def run(test: Callable[[], Any]) -> Any:
    return anyio.run(test)


def body(result: Any) -> dict[str, Any]:
    """A tool result's JSON (the structured content of a success, the text of an error)."""
    if result.structured_content is not None and not result.is_error:
        return dict(result.structured_content)
    parsed = json.loads(result.content[0].text)
    assert isinstance(parsed, dict)
    return parsed


async def last(client: AsyncPionex, symbol: str = "BTC_USDT") -> Decimal:
    if symbol.endswith("_PERP"):
        indexes = (await client.invoke("futuresGetIndexes", {"symbol": symbol})).indexes
        price = indexes[0].mark_price
    else:
        price = (await client.invoke("getTickers", {"symbol": symbol, "type": "SPOT"})).tickers[0].close
    assert isinstance(price, Decimal)
    return price


def below(price: Decimal, percent: str, step: str = "0.01") -> str:
    """``price`` less ``percent`` percent, to the ``step`` (a buy that rests on the book)."""
    return str((price * (1 - Decimal(percent) / 100)).quantize(Decimal(step), rounding=ROUND_DOWN))


def spot_orders(served: RunningSandbox, client_order_id: str) -> list[Any]:
    return [o for o in served.sandbox.engine(Spot).orders.values() if o.client_order_id == client_order_id]


async def buy(session: Client, client: AsyncPionex, size: str = "0.0003", percent: str = "5", **extra: Any) -> Any:
    arguments = {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "size": size}
    arguments["price"] = below(await last(client), percent)
    return await session.call_tool("trade_new_order", {**arguments, **extra})


def audit_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


# -- read-only mode --------------------------------------------------------------------------


def test_read_only_mode_lists_no_write_tool(served: RunningSandbox, tmp_path: Path) -> None:
    async def test() -> None:
        for options in ({"allow_writes": False}, {"allow_writes": True, "read_only": True}):
            async with connected(configured(served, tmp_path / "audit.jsonl", **options)) as (session, _, _):
                listed = (await session.list_tools()).tools
                assert listed, "the read tools are listed"
                assert all(t.annotations is not None and t.annotations.read_only_hint for t in listed)
                names = {t.name for t in listed}
                assert not names & {"confirm", "kill_switch", "trade_new_order", "trade_cancel_all_orders"}
                refused = await session.call_tool("trade_new_order", {"symbol": "BTC_USDT"})
                assert refused.is_error and body(refused)["error"] == "UnknownTool"
        async with connected(configured(served, tmp_path / "audit.jsonl")) as (session, _, _):
            names = {t.name for t in (await session.list_tools()).tools}
            assert {"confirm", "kill_switch", "trade_new_order"} <= names
            assert "inst_fund_create_withdraw" not in names  # withdrawals need their own switch
        async with connected(configured(served, tmp_path / "audit.jsonl", allow_withdrawal=True)) as (session, _, _):
            assert "inst_fund_create_withdraw" in {t.name for t in (await session.list_tools()).tools}

    run(test)


# -- tokens ----------------------------------------------------------------------------------


def test_a_prepared_order_is_sent_only_by_its_confirm_and_only_once(served: RunningSandbox, tmp_path: Path) -> None:
    async def test() -> None:
        async with connected(configured(served, tmp_path / "audit.jsonl")) as (session, _, client):
            prepared = await buy(session, client)
            assert not prepared.is_error
            ready = body(prepared)
            assert (ready["prepared"], ready["sent"]) == (True, False)
            key = ready["arguments"]["clientOrderId"]  # fixed at prepare
            assert spot_orders(served, key) == []  # nothing sent
            text = ready["summary"]
            assert "BTC_USDT" in text and "notional" in text and "below the last price" in text
            assert Decimal(ready["notional"]) == Decimal(ready["arguments"]["price"]) * Decimal("0.0003")

            sent = await session.call_tool("confirm", {"token": ready["token"]})
            assert not sent.is_error and body(sent)["clientOrderId"] == key
            (order,) = spot_orders(served, key)
            assert (str(order.price), str(order.size)) == (ready["arguments"]["price"], "0.0003")

            again = await session.call_tool("confirm", {"token": ready["token"]})
            assert again.is_error and body(again)["error"] == "InvalidToken"
            assert len(spot_orders(served, key)) == 1

    run(test)


def test_an_expired_token_is_refused(served: RunningSandbox, tmp_path: Path) -> None:
    clock = FakeClock(1000.0)

    async def test() -> None:
        config = configured(served, tmp_path / "audit.jsonl", token_ttl=30.0)
        async with connected(config, clock=clock) as (session, _, client):
            ready = body(await buy(session, client))
            assert ready["expiresInSeconds"] == 30.0
            clock.now += 30.0
            late = await session.call_tool("confirm", {"token": ready["token"]})
            assert late.is_error and body(late)["error"] == "InvalidToken"
            assert spot_orders(served, ready["arguments"]["clientOrderId"]) == []
            fresh = body(await buy(session, client))  # just inside the time: sent
            clock.now += 29.9
            assert not (await session.call_tool("confirm", {"token": fresh["token"]})).is_error
            assert len(spot_orders(served, fresh["arguments"]["clientOrderId"])) == 1

    run(test)


def test_a_token_is_good_only_in_the_server_process_that_made_it(served: RunningSandbox, tmp_path: Path) -> None:
    """One server in this process, another a ``pionex-mcp --sandbox`` subprocess over stdio."""
    audit = tmp_path / "audit.jsonl"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PIONEX_")},
        "HOME": str(tmp_path),
        "PIONEX_CONFIG": str(tmp_path / "config.toml"),
        "PIONEX_SANDBOX_URL": served.base_url,
    }
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "pionex_mcp", "--sandbox", "--allow-writes", "--audit-log", str(tmp_path / "other.jsonl")],
        env=env,
    )

    async def test() -> None:
        async with connected(configured(served, audit)) as (here, _, client), Client(params) as there:
            theirs = body(await buy(there, client))
            refused = await here.call_tool("confirm", {"token": theirs["token"]})
            assert refused.is_error and body(refused)["error"] == "InvalidToken"
            ours = body(await buy(here, client))
            refused = await there.call_tool("confirm", {"token": ours["token"]})
            assert refused.is_error and body(refused)["error"] == "InvalidToken"
            assert spot_orders(served, theirs["arguments"]["clientOrderId"]) == []
            assert spot_orders(served, ours["arguments"]["clientOrderId"]) == []
            # Refused elsewhere, the token is still good where it was made.
            assert not (await here.call_tool("confirm", {"token": ours["token"]})).is_error
            assert len(spot_orders(served, ours["arguments"]["clientOrderId"])) == 1

    run(test)


def test_a_changed_argument_needs_a_new_prepare(served: RunningSandbox, tmp_path: Path) -> None:
    async def test() -> None:
        async with connected(configured(served, tmp_path / "audit.jsonl")) as (session, _, client):
            first = body(await buy(session, client, percent="5"))
            changed = await session.call_tool("confirm", {"token": first["token"], "price": "1"})
            assert changed.is_error
            assert spot_orders(served, first["arguments"]["clientOrderId"]) == []
            again = await session.call_tool("confirm", {"token": first["token"]})
            assert again.is_error  # spent by the first confirm, whatever it did

            second = body(await buy(session, client, percent="6"))
            assert second["token"] != first["token"] and second["arguments"]["price"] != first["arguments"]["price"]
            assert not (await session.call_tool("confirm", {"token": second["token"]})).is_error
            (order,) = spot_orders(served, second["arguments"]["clientOrderId"])
            assert str(order.price) == second["arguments"]["price"]

    run(test)


def test_a_reply_lost_after_confirm_is_reconciled_not_placed_twice(served: RunningSandbox, tmp_path: Path) -> None:
    async def test() -> None:
        async with connected(configured(served, tmp_path / "audit.jsonl")) as (session, _, client):
            ready = body(await buy(session, client))
            key = ready["arguments"]["clientOrderId"]
            served.faults.set(f"reset:after:{ORDER}:times=1")
            sent = await session.call_tool("confirm", {"token": ready["token"]})
            assert served.faults.count() == 1  # the order was placed and its reply lost
            assert not sent.is_error, sent.content
            (order,) = spot_orders(served, key)  # exactly one, and it is the one returned
            assert body(sent)["orderId"] == order.order_id
            assert (await session.call_tool("confirm", {"token": ready["token"]})).is_error

    run(test)


# -- limits ----------------------------------------------------------------------------------


def test_the_notional_per_order_is_limited(served: RunningSandbox, tmp_path: Path) -> None:
    async def test() -> None:
        config = configured(served, tmp_path / "audit.jsonl", limits=Limits(max_order_notional=Decimal(50)))
        async with connected(config) as (session, _, client):
            price = await last(client)
            refused = body(await buy(session, client, size="0.01"))  # about 650 USDT
            assert (refused["error"], refused["limit"], refused["flag"]) == (
                "LimitExceeded",
                "max_order_notional",
                "--max-order-notional",
            )
            assert refused["maximum"] == "50" and Decimal(refused["value"]) > 50
            assert not (await buy(session, client, size="0.0003")).is_error
            # A market buy's notional is its amount; a market sell's is size x the last price.
            market = {"symbol": "BTC_USDT", "type": "MARKET"}
            assert not (await session.call_tool("trade_new_order", {**market, "side": "BUY", "amount": "40"})).is_error
            big = body(await session.call_tool("trade_new_order", {**market, "side": "BUY", "amount": "60"}))
            assert (big["limit"], big["value"]) == ("max_order_notional", "60")
            sell = body(await session.call_tool("trade_new_order", {**market, "side": "SELL", "size": "0.001"}))
            assert sell["limit"] == "max_order_notional"
            assert Decimal(sell["value"]) == pytest.approx(price * Decimal("0.001"), rel=Decimal("0.05"))
            # A batch: each order is held to the limit, and its notional is their sum.
            item = {"side": "BUY", "type": "LIMIT", "size": "0.0003", "price": below(price, "5")}
            batch = body(
                await session.call_tool("trade_new_mass_order", {"symbol": "BTC_USDT", "orders": [item, item]})
            )
            assert Decimal(batch["notional"]) == 2 * Decimal(item["price"]) * Decimal("0.0003")
            placed = body(await session.call_tool("confirm", {"token": batch["token"]}))
            assert len(placed["orderIds"]) == 2
            heavy = [item, {**item, "size": "0.01"}]
            refused = body(await session.call_tool("trade_new_mass_order", {"symbol": "BTC_USDT", "orders": heavy}))
            assert refused["limit"] == "max_order_notional"

    run(test)


def test_futures_notional_is_size_times_mark_not_leverage(served: RunningSandbox, tmp_path: Path) -> None:
    async def test() -> None:
        config = configured(served, tmp_path / "audit.jsonl", limits=Limits(max_order_notional=Decimal(100)))
        async with connected(config) as (session, _, client):
            mark = await last(client, "BTC_USDT_PERP")
            order = {"symbol": "BTC_USDT_PERP", "side": "BUY", "type": "MARKET_QTY", "size": "0.01"}
            refused = body(await session.call_tool("futures_trade_place_order", order))
            assert refused["limit"] == "max_order_notional"
            assert Decimal(refused["value"]) == pytest.approx(mark * Decimal("0.01"), rel=Decimal("0.05"))
            ready = body(await session.call_tool("futures_trade_place_order", {**order, "size": "0.001"}))
            assert Decimal(ready["notional"]) <= 100 and "mark price" in ready["summary"]

    run(test)


def test_the_notional_per_utc_day_is_limited_and_survives_a_restart(served: RunningSandbox, tmp_path: Path) -> None:
    wall = FakeClock(20834 * 86400.0 - 3600)  # an hour before a UTC midnight
    audit = tmp_path / "audit.jsonl"
    config = configured(served, audit, limits=Limits(max_daily_notional=Decimal(50)))

    async def test() -> None:
        async with connected(config, wall=wall) as (session, _, client):
            one = body(await buy(session, client, size="0.0003"))  # about 20 USDT each
            two = body(await buy(session, client, size="0.0003"))
            three = body(await buy(session, client, size="0.0003"))  # each passes alone at prepare
            assert not (await session.call_tool("confirm", {"token": one["token"]})).is_error
            assert not (await session.call_tool("confirm", {"token": two["token"]})).is_error
            late = body(await session.call_tool("confirm", {"token": three["token"]}))  # checked again at confirm
            assert (late["limit"], late["maximum"]) == ("max_daily_notional", "50")
            assert Decimal(late["today"]) == Decimal(one["notional"]) + Decimal(two["notional"])
            assert spot_orders(served, three["arguments"]["clientOrderId"]) == []
        async with connected(config, wall=wall) as (session, guard, client):  # a restart
            assert guard.day_total() == Decimal(one["notional"]) + Decimal(two["notional"])
            refused = body(await buy(session, client, size="0.0003"))
            assert refused["limit"] == "max_daily_notional"
            wall.now += 3600  # the next UTC day
            assert guard.day_total() == 0
            assert not (await buy(session, client, size="0.0003")).is_error

    run(test)


def test_leverage_is_limited(served: RunningSandbox, tmp_path: Path) -> None:
    async def test() -> None:
        config = configured(served, tmp_path / "audit.jsonl", limits=Limits(max_leverage=Decimal(10)))
        async with connected(config) as (session, _, _):
            tool = "futures_account_update_leverage"
            refused = body(await session.call_tool(tool, {"symbol": "BTC_USDT_PERP", "leverage": "20"}))
            assert (refused["limit"], refused["value"], refused["maximum"]) == ("max_leverage", "20", "10")
            ready = await session.call_tool(tool, {"symbol": "BTC_USDT_PERP", "leverage": "5"})
            assert not ready.is_error and "leverage 5 at most 10" in body(ready)["checks"]

    run(test)


def test_the_distance_of_a_limit_price_is_limited(served: RunningSandbox, tmp_path: Path) -> None:
    async def test() -> None:
        config = configured(served, tmp_path / "audit.jsonl", limits=Limits(max_price_distance=Decimal(10)))
        async with connected(config) as (session, _, client):
            far = body(await buy(session, client, percent="30"))
            assert (far["limit"], far["maximum"]) == ("max_price_distance", "10")
            assert Decimal(far["value"]) == pytest.approx(Decimal(30), abs=Decimal(2))
            assert not (await buy(session, client, percent="3")).is_error
            mark = await last(client, "BTC_USDT_PERP")
            perp = {"symbol": "BTC_USDT_PERP", "side": "BUY", "type": "LIMIT", "size": "0.001"}
            refused = body(await session.call_tool("futures_trade_place_order", {**perp, "price": below(mark, "50")}))
            assert refused["limit"] == "max_price_distance" and "mark price" in refused["message"]

    run(test)


def test_only_pairs_on_the_allow_list_are_traded(served: RunningSandbox, tmp_path: Path) -> None:
    async def test() -> None:
        limits = Limits(symbols=frozenset({"BTC_USDT", "BTC_USDT_PERP"}))
        async with connected(configured(served, tmp_path / "audit.jsonl", limits=limits)) as (session, _, client):
            order = {
                "side": "BUY",
                "type": "LIMIT",
                "size": "0.01",
                "price": below(await last(client, "ETH_USDT"), "5"),
            }
            refused = body(await session.call_tool("trade_new_order", {"symbol": "ETH_USDT", **order}))
            assert (refused["limit"], refused["pair"]) == ("symbols", "ETH_USDT")
            cancel = body(await session.call_tool("trade_cancel_all_orders", {"symbol": "SOL_USDT"}))
            assert cancel["limit"] == "symbols"
            assert not (await buy(session, client)).is_error
            assert not (
                await session.call_tool("futures_trade_cancel_all_orders", {"symbol": "BTC_USDT_PERP"})
            ).is_error

    run(test)


# -- kill switch and audit log -----------------------------------------------------------------


def test_the_kill_switch_cancels_every_open_order_and_says_what_it_left(served: RunningSandbox, tmp_path: Path) -> None:
    async def test() -> None:
        async with connected(configured(served, tmp_path / "audit.jsonl")) as (session, _, client):
            await client.invoke(
                "futuresCreateTransfer",
                {"fromAccount": "MAIN", "toAccount": "TRADE", "currency": "USDT", "amount": "500"},
            )
            eth = {"symbol": "ETH_USDT", "side": "BUY", "type": "LIMIT", "size": "0.01"}
            # Placed without the server (by the account's owner, say): the kill switch finds them too.
            await client.invoke("newOrder", {**eth, "price": below(await last(client, "ETH_USDT"), "10")})
            await client.invoke(
                "newOrder",
                {
                    "symbol": "BTC_USDT",
                    "side": "BUY",
                    "type": "LIMIT",
                    "size": "0.0003",
                    "price": below(await last(client), "10"),
                },
            )
            perp = {"symbol": "BTC_USDT_PERP", "side": "BUY", "type": "LIMIT", "size": "0.001"}
            await client.invoke(
                "futuresPlaceOrder", {**perp, "price": below(await last(client, "BTC_USDT_PERP"), "10", "0.1")}
            )
            assert any(o.status == "OPEN" for o in served.sandbox.engine(Futures).orders.values())
            now = await last(client)
            grid = {
                "top": str((now * Decimal("1.015")).quantize(Decimal("0.01"))),
                "bottom": str((now * Decimal("0.985")).quantize(Decimal("0.01"))),
                "row": 20,
                "gridType": "arithmetic",
                "quoteTotalInvestment": "2000",
            }
            bot = await client.invoke("botSpotGridCreate", {"base": "BTC", "quote": "USDT", "buOrderData": grid})

            killed = await session.call_tool("kill_switch", {})
            assert not killed.is_error, killed.content
            report = body(killed)
            assert {"ETH_USDT", "BTC_USDT"} <= {c["symbol"] for c in report["cancelled"]["spot"]}
            assert [c["symbol"] for c in report["cancelled"]["futures"]] == ["BTC_USDT_PERP"]
            assert any("bots" in line for line in report["notTouched"]) and report["complete"] is True
            assert bot.bu_order_id in {b["buOrderId"] for b in report["runningBots"]}  # named, left running
            running = (await client.invoke("botOrdersList", {"status": "running"})).results
            assert bot.bu_order_id in {b.bu_order_id for b in running}
            assert all(o.status != "OPEN" for o in served.sandbox.engine(Spot).orders.values())
            assert all(o.status != "OPEN" for o in served.sandbox.engine(Futures).orders.values())

    run(test)


def test_the_audit_log_records_every_step_with_no_secret(served: RunningSandbox, tmp_path: Path) -> None:
    audit = tmp_path / "logs" / "audit.jsonl"

    async def test() -> list[str]:
        limits = Limits(max_order_notional=Decimal(100))
        async with connected(configured(served, audit, limits=limits)) as (session, _, client):
            ready = body(await buy(session, client))
            await session.call_tool("confirm", {"token": ready["token"]})
            await session.call_tool("confirm", {"token": ready["token"]})
            await buy(session, client, size="1")
            await session.call_tool("kill_switch", {})
            return [ready["token"]]

    (token,) = run(test)
    lines = audit_lines(audit)
    assert [line["event"] for line in lines] == ["prepare", "confirm", "confirm", "refusal", "refusal", "kill"]
    prepare, sending, confirm, spent, limit, kill = lines
    assert prepare["token"] == sending["token"] == confirm["token"] == spent["token"] == token_hash(token)
    assert (sending["outcome"], sending["counted"]) == ("sending", True)  # written before it went
    assert prepare["arguments"]["clientOrderId"] == confirm["reply"]["clientOrderId"]
    assert (confirm["outcome"], confirm["counted"], confirm["notional"]) == ("sent", True, prepare["notional"])
    assert (spent["error"], limit["limit"]) == ("InvalidToken", "max_order_notional")
    assert kill["complete"] is True
    assert all(line["pid"] == os.getpid() and line["day"] == line["time"][:10] for line in lines)
    text = audit.read_text()
    for secret in (token, DEFAULT_API_KEY, DEFAULT_API_SECRET):
        assert secret not in text
    assert "SIGNATURE" not in text.upper()


def test_the_day_total_counts_a_confirm_once_and_a_crash_while_sending(tmp_path: Path) -> None:
    """A confirm is written before it is sent and again with its outcome: the last line of a token
    holds, so a send cut short by a crash still counts and one the exchange refused does not."""
    log = AuditLog(tmp_path / "audit.jsonl", wall=FakeClock(20834 * 86400.0 + 60))
    for token, outcomes in (("sent", ["sending", "sent"]), ("crash", ["sending"]), ("refused", ["sending", "refused"])):
        for outcome in outcomes:
            log.write("confirm", {"token": token_hash(token), "notional": Decimal("10.5"), "outcome": outcome,
                                  "counted": outcome != "refused"})  # fmt: skip
    log.write("prepare", {"token": token_hash("other"), "notional": Decimal(1000)})
    with log.path.open("a") as torn:
        torn.write('{"event": "confirm", "notional": "99", "coun')  # a line cut short is skipped
    assert log.daily_totals() == {"2027-01-16": Decimal(21)}
