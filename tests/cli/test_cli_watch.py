"""``pionex watch``: live views of the sandbox's streams (book, trades, orders, positions) and of its
bots (polled), as JSON lines through a pipe and as a table on a pseudo-terminal (pionex_cli.watch)."""

from __future__ import annotations

import itertools
import json
import os
import pty
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, RunningSandbox, running_sandbox
from pionex_sandbox.streams import StreamSettings as SandboxStreams
from pionex_wrapper import Pionex

from .conftest import Ran, on, run

ROOT = Path(__file__).resolve().parents[2]
PERP = "BTC_USDT_PERP"


@pytest.fixture(scope="module")
def live() -> Iterator[RunningSandbox]:
    """A sandbox whose market moves and whose streams push every 50 ms."""
    with running_sandbox(seed=11, streams=SandboxStreams(ping_interval=0.3, push_interval=0.05)) as running:
        yield running


@pytest.fixture
def client(live: RunningSandbox) -> Iterator[Pionex]:
    with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=live.base_url, rate_limit="off") as made:
        yield made


def lines(ran: Ran) -> list[dict[str, Any]]:
    assert ran.code == 0, ran.stderr
    return [json.loads(line) for line in ran.stdout.splitlines()]


def wait_for(condition: Callable[[], bool], seconds: float = 10) -> bool:
    until = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > until:
            return False
        time.sleep(0.05)
    return True


def while_watching(live: RunningSandbox, args: list[str], act: Callable[[], None]) -> Ran:
    """``pionex watch *args`` in a thread; ``act()`` repeated meanwhile (so whatever it does after the
    subscription started arrives on the stream), until the command ends."""
    done: list[Ran] = []
    thread = threading.Thread(target=lambda: done.append(on(live, "watch", *args)))
    thread.start()
    try:
        while thread.is_alive():
            act()
            thread.join(0.1)
    finally:
        thread.join()
    (ran,) = done
    return ran


def test_book_json_lines_exact_decimals_and_depth(live: RunningSandbox) -> None:
    for symbol in (PERP, "BTC_USDT"):
        updates = lines(on(live, "watch", "book", symbol, "--depth", "3", "--seconds", "1.5"))
        assert len(updates) >= 2, updates  # the first picture, then changes
        assert updates[0] != updates[-1]
        for update in updates:
            assert update["symbol"] == symbol
            bids = [(Decimal(p), Decimal(s)) for p, s in update["bids"]]
            asks = [(Decimal(p), Decimal(s)) for p, s in update["asks"]]
            assert 0 < len(bids) <= 3 and 0 < len(asks) <= 3
            assert bids == sorted(bids, reverse=True) and asks == sorted(asks)
            assert bids[0][0] < asks[0][0]
            assert all(isinstance(p, str) and "E" not in p for p, _ in update["bids"] + update["asks"])
    assert wait_for(lambda: not live.streams.connections)  # the command closed its connections


def test_trades_json_lines(live: RunningSandbox) -> None:
    for symbol in ("BTC_USDT", PERP):
        updates = lines(on(live, "watch", "trades", symbol, "--seconds", "1.5"))
        assert updates, "no trade in 1.5 s of a moving market"
        ids = [int(trade["tradeId"]) for update in updates for trade in update["data"]]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
        for update in updates:
            assert update["topic"] == "TRADE" and update["symbol"] == symbol
            assert all(Decimal(trade["price"]) > 0 and isinstance(trade["size"], str) for trade in update["data"])


def test_orders_placed_while_watching_arrive(live: RunningSandbox, client: Pionex) -> None:
    placed: set[int] = set()

    def place() -> None:
        order = client.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.02", price="1000")
        assert order.order_id is not None
        placed.add(order.order_id)

    updates = lines(while_watching(live, ["orders", "BTC_USDT", "--seconds", "2"], place))
    seen = {update["data"]["orderId"] for update in updates}
    assert seen and seen <= placed
    assert all(update["data"]["status"] == "OPEN" and Decimal(update["data"]["price"]) == 1000 for update in updates)
    client.trade.cancel_all_orders(symbol="BTC_USDT")


def test_futures_orders_and_positions_arrive(live: RunningSandbox, client: Pionex) -> None:
    client.futures.transfer.create_transfer(from_account="MAIN", to_account="TRADE", currency="USDT", amount="5000")
    sides = iter(["BUY", "SELL"] * 100)

    def trade() -> None:
        client.futures.trade.place_order(symbol=PERP, side=next(sides), type="MARKET_QTY", size="0.01")

    orders = lines(while_watching(live, ["orders", "--seconds", "2"], trade))
    assert orders and {update["data"]["symbol"] for update in orders} == {PERP}
    positions = lines(while_watching(live, ["positions", "--seconds", "2"], trade))
    assert positions and {update["data"]["symbol"] for update in positions} == {PERP}
    assert all(isinstance(update["data"]["netSize"], str) for update in positions)


def test_bots_are_polled_and_a_new_grid_is_listed(live: RunningSandbox, client: Pionex) -> None:
    now = live.app.state.sandbox.markets.path("BTC_USDT").price(int(time.time() * 1000) // 60_000 * 60_000)
    created: list[str] = []

    def create() -> None:
        if created:
            return
        bot = client.bot.spot_grid.create(
            base="BTC",
            quote="USDT",
            bu_order_data={
                "top": (now * Decimal("1.015")).quantize(Decimal("0.01")),
                "bottom": (now * Decimal("0.985")).quantize(Decimal("0.01")),
                "row": 20,
                "grid_type": "arithmetic",
                "quote_total_investment": Decimal(2000),
            },
        )
        assert bot.bu_order_id is not None
        created.append(bot.bu_order_id)

    updates = lines(while_watching(live, ["bots", "--interval", "1", "--seconds", "2.5"], create))
    listed = [{bot["buOrderId"] for bot in update["results"]} for update in updates]
    assert listed[-1] >= set(created) and created  # the grid made while watching is listed
    assert all(a != b for a, b in itertools.pairwise(updates))  # a line only when the list changed
    client.bot.spot_grid.cancel(bu_order_id=created[0], close_sell_model="TO_QUOTE")


def test_bots_interval_under_a_second_is_refused(live: RunningSandbox) -> None:
    ran = on(live, "watch", "bots", "--interval", "0.5", "--seconds", "1")
    assert ran.code == 2 and "0.5" in ran.stderr and ran.stdout == ""


def test_refusals_are_one_line_and_the_exit_codes(live: RunningSandbox) -> None:
    refused = on(live, "watch", "trades", "NOPE_USDT", "--seconds", "1")
    assert refused.code == 1 and "NOPE_USDT" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    wrong = ["--base-url", live.base_url, "--api-key", DEFAULT_API_KEY, "--api-secret", "wrong-secret-0123456789"]
    denied = run([*wrong, "watch", "positions", "--seconds", "1"])
    assert denied.code == 1 and "credentials" in denied.stderr and "wrong-secret" not in denied.stderr
    assert on(live, "--csv", "watch", "trades", "BTC_USDT", "--seconds", "1").code == 2


def test_a_live_table_on_a_terminal_and_ctrl_c(live: RunningSandbox) -> None:
    """Through a pseudo-terminal: rich's table of the book, redrawn; SIGINT exits 130 and the
    stream connections are closed."""
    assert wait_for(lambda: not live.streams.connections)
    main_fd, child_fd = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIONEX_"))}
    env.update(PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "generated")]), COLUMNS="100", TERM="xterm")
    args = ["--base-url", live.base_url, "--api-key", DEFAULT_API_KEY, "--api-secret", DEFAULT_API_SECRET]
    process = subprocess.Popen(
        [sys.executable, "-m", "pionex_cli", *args, "watch", "book", PERP, "--depth", "3"],
        stdin=child_fd,
        stdout=child_fd,
        stderr=child_fd,
        env=env,
    )
    os.close(child_fd)
    text = ""
    try:
        until = time.monotonic() + 30
        while text.count("bid size") < 2 and time.monotonic() < until:  # drawn, then redrawn
            ready, _, _ = select.select([main_fd], [], [], 1)
            if ready:
                text += os.read(main_fd, 4096).decode(errors="replace")
        assert text.count("bid size") >= 2, text
        assert "BTC_USDT_PERP order book" in text and "{" not in text
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 130
        while select.select([main_fd], [], [], 0.2)[0]:
            try:
                chunk = os.read(main_fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            text += chunk.decode(errors="replace")
    finally:
        if process.poll() is None:
            process.kill()
        os.close(main_fd)
    assert "interrupted" in text and "Traceback" not in text
    assert wait_for(lambda: not live.streams.connections)


def test_max_updates_and_output_path(live: RunningSandbox, tmp_path: Path) -> None:
    assert len(lines(on(live, "watch", "book", PERP, "--max-updates", "2", "--seconds", "20"))) == 2
    path = tmp_path / "book.jsonl"
    ran = on(live, "--output", str(path), "watch", "book", PERP, "--max-updates", "3", "--seconds", "20")
    assert ran.code == 0 and ran.stdout == ""
    written = [json.loads(line) for line in path.read_text().splitlines()]
    assert len(written) == 3 and all(update["symbol"] == PERP for update in written)


def test_what_a_private_stream_replays_after_a_reconnection_is_a_row_too() -> None:
    """A :class:`Replayed` (an order read over REST after the stream came back) is a JSON line marked
    ``replayed`` and updates the order's row in the table."""
    from rich.console import Console

    from pionex_cli.watch import StreamView
    from pionex_wrapper.streams.reconcile import Gap, Replayed

    class Fake:
        def __init__(self, messages: list[Any]) -> None:
            self.messages = messages

        def next(self, timeout: float) -> Any:
            if not self.messages:
                raise TimeoutError
            return self.messages.pop(0)

    live_order = {"topic": "ORDER", "symbol": "BTC_USDT", "data": {"orderId": 7, "status": "OPEN"}}
    replayed = Replayed(item={"orderId": 7, "status": "FILLED"}, topic="ORDER", symbol="BTC_USDT")
    gap = Gap(dropped=3, topic="ORDER", symbol="BTC_USDT")
    view = StreamView("orders", Fake([live_order, replayed, gap]), lambda row: row.get("orderId"))
    assert view.next(0.1) == live_order
    assert view.next(0.1) == {"replayed": True, "item": {"orderId": 7, "status": "FILLED"}, "topic": "ORDER",
                              "symbol": "BTC_USDT"}  # fmt: skip
    assert view.next(0.1) == {"dropped": 3, "topic": "ORDER", "symbol": "BTC_USDT"}
    assert view.next(0.1) is None
    console = Console(record=True, width=80)
    console.print(view.table())
    text = console.export_text()
    assert "FILLED" in text and "OPEN" not in text
