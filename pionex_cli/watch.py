"""``pionex watch``: live views of the streams (a book, trades, orders, positions) and of the bots.

* ``watch book SYMBOL``: a local order book kept from the stream (``_PERP`` symbols: futures
  ORDERBOOK; others: spot DEPTH), shown to ``--depth`` levels, one update each time those levels
  change;
* ``watch trades SYMBOL``: the public trades, newest first;
* ``watch orders [SYMBOL]``: the account's orders as they change (a spot pair, a ``_PERP`` pair, or
  without SYMBOL every futures pair: Pionex's spot ORDER channel takes one pair only);
* ``watch positions [SYMBOL]``: the account's futures positions as they change (every pair by default);
* ``watch bots``: the account's bots by polling ``bot orders list`` every ``--interval`` seconds
  (5 by default, never under 1; Pionex has no bot stream), an update each time the list changes.
  Each poll is one request of weight 1 (its first page: the most bots one reply holds), at most one
  a second against Pionex's budget of 10 a second, through the client's rate limiter like any other.

On a terminal: a table refreshed in place (rich's Live).  Otherwise (a pipe, ``--json``,
``--output PATH``): JSON lines, one per update, decimals as exact strings, flushed at once.
``--seconds N`` stops after N seconds and ``--max-updates N`` after N updates (exit 0); Ctrl-C
stops at once with exit code 130 (``interrupted``), like every other command; either way the stream
connections are closed.  A refused subscription or refused credentials is one line and the exit
codes of :mod:`pionex_cli.app`.

This module imports neither httpx nor the client at import time (``pionex --help`` stays light):
they are imported when a view starts.
"""

from __future__ import annotations

import json
import sys
import time
from collections import deque
from contextlib import ExitStack
from typing import IO, TYPE_CHECKING, Any, NoReturn

import click

from .session import Session

if TYPE_CHECKING:
    from collections.abc import Callable

ROWS = 20
"""Rows kept in a table of trades, orders or positions (the newest)."""
MIN_BOT_INTERVAL = 1.0
"""``watch bots`` never polls more often than this (seconds)."""
POLL = 0.25
"""How long one wait for a stream message lasts before the deadline is looked at again (seconds)."""


def is_futures(symbol: str | None) -> bool:
    """A futures symbol as the streams take them (``BTC_USDT_PERP``)."""
    return symbol is not None and symbol.upper().endswith("_PERP")


def _plain(value: Any) -> Any:
    from .output import json_ready, plain

    return json_ready(plain(value))


class View:
    """One live view: its updates (``next``), its table, and what closes it."""

    title = ""

    def next(self, timeout: float) -> Any | None:
        """The next update as JSON-ready builtins, or None if none came within ``timeout`` s."""
        raise NotImplementedError

    def table(self) -> Any:
        raise NotImplementedError

    def check(self) -> None:
        """Raise if the view could not start (nothing answered)."""

    def close(self) -> None:
        """Stop (unsubscribe); quiet if already stopped."""


def _unreachable(what: str) -> NoReturn:
    from pionex_wrapper.errors import PionexConnectionError

    raise PionexConnectionError(f"no answer from the streams for the {what} (is the exchange reachable?)")


def _is_number(value: Any) -> bool:
    """A number, or a decimal written as a string (the digits line up right-aligned)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    if isinstance(value, str):
        from decimal import Decimal, InvalidOperation

        try:
            return Decimal(value).is_finite()
        except InvalidOperation:
            return False
    return False


def _rows_table(title: str, rows: list[dict[str, Any]], empty: str = "(waiting for an update)") -> Any:
    from rich.table import Table

    from .output import _cell, _columns

    table = Table(title=title)
    columns = [
        column
        for column in _columns(rows)  # without empty columns and nested objects (in the JSON lines)
        if any(row.get(column) is not None for row in rows)
        and not any(isinstance(row.get(column), (dict, list)) for row in rows)
    ] or [empty]
    for column in columns:
        values = [row.get(column) for row in rows if row.get(column) is not None]
        numeric = bool(values) and all(_is_number(value) for value in values)
        table.add_column(column, overflow="fold", justify="right" if numeric else "left")
    for row in rows:
        table.add_row(*(_cell(row.get(column)) for column in columns))
    return table


class StreamView(View):
    """A subscription's messages; the table holds the last rows of their ``data`` (by ``key``
    where a row updates an earlier one: an order, a position)."""

    def __init__(self, title: str, subscription: Any, key: Callable[[dict[str, Any]], Any] | None = None) -> None:
        self.title = title
        self.subscription = subscription
        self.key = key
        self.recent: deque[dict[str, Any]] = deque(maxlen=ROWS)
        self.keyed: dict[Any, dict[str, Any]] = {}

    def check(self) -> None:
        inner = getattr(self.subscription, "_subscription", None)
        # subscribe() waited 10 s for the exchange's answer; a refusal ends the subscription (and is
        # raised on the first read), silence means the streams could not be reached
        if inner is not None and not inner.confirmed.is_set() and not inner._ended:
            _unreachable(self.title)

    def next(self, timeout: float) -> Any | None:
        try:
            message = self.subscription.next(timeout)
        except TimeoutError:
            return None
        from pionex_wrapper.streams.reconcile import Replayed

        from .output import rows_of

        update = _plain(message)
        if not isinstance(update, dict):
            return {"value": update}
        data = update.get("data")
        if isinstance(message, Replayed):  # missed while the stream was away, read over REST
            update = {"replayed": True, **update}
            data, _ = rows_of(update["item"]) if isinstance(update["item"], dict) else (None, {})
            data = data if data is not None else update["item"]
        rows = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
        for row in rows:
            if self.key is None:
                self.recent.appendleft(row)
            else:
                key = self.key(row)
                self.keyed.pop(key, None)
                self.keyed[key] = row  # latest last
                while len(self.keyed) > ROWS:
                    self.keyed.pop(next(iter(self.keyed)))
        return update

    def table(self) -> Any:
        rows = list(self.recent) if self.key is None else list(reversed(self.keyed.values()))
        return _rows_table(self.title, rows)

    def close(self) -> None:
        self.subscription.close()


class LiveBookView(View):
    """A live local book; an update each time its best ``depth`` levels change."""

    def __init__(self, title: str, book: Any, depth: int) -> None:
        self.title = title
        self.book = book
        self.depth = depth
        self.last: Any = None
        self.first = True

    def _levels(self) -> tuple[list[list[str]], list[list[str]]]:
        from .output import decimal_text

        bids, asks = self.book.levels(self.depth)
        return (
            [[decimal_text(p), decimal_text(s)] for p, s in bids],
            [[decimal_text(p), decimal_text(s)] for p, s in asks],
        )

    def next(self, timeout: float) -> Any | None:
        until = time.monotonic() + timeout
        while True:
            levels = self._levels()
            if self.first or levels != self.last:
                self.first = False
                self.last = levels
                view = self.book.view()
                return {
                    "symbol": self.book.symbol,
                    "bids": levels[0],
                    "asks": levels[1],
                    "number": view.number,
                    "timestamp": view.timestamp,
                    "resyncs": self.book.resyncs,
                }
            left = until - time.monotonic()
            if left <= 0:
                return None
            time.sleep(min(0.05, left))

    def table(self) -> Any:
        from rich.table import Table

        bids, asks = self.last or ([], [])
        table = Table(title=self.title)
        for name in ("bid size", "bid", "ask", "ask size"):
            table.add_column(name, justify="right" if name.startswith("bid") else "left")
        for i in range(max(len(bids), len(asks))):
            bid = bids[i] if i < len(bids) else ["", ""]
            ask = asks[i] if i < len(asks) else ["", ""]
            table.add_row(bid[1], bid[0], ask[0], ask[1])
        return table

    def close(self) -> None:
        self.book.close()


class BotsView(View):
    """``bot orders list`` polled every ``interval`` seconds; an update when the list changed."""

    def __init__(self, title: str, poll: Callable[[], Any], interval: float) -> None:
        self.title = title
        self.poll = poll
        self.interval = interval
        self.due = time.monotonic()
        self.last: Any = None
        self.first = True

    def next(self, timeout: float) -> Any | None:
        wait = self.due - time.monotonic()
        if wait > 0:
            time.sleep(min(wait, timeout))
            if self.due > time.monotonic():
                return None
        self.due = time.monotonic() + self.interval
        current = _plain(self.poll())
        if not self.first and current == self.last:
            return None
        self.first = False
        self.last = current
        return current

    def table(self) -> Any:
        from .output import rows_of

        rows, _ = rows_of(self.last or {})
        return _rows_table(self.title, rows or [], "(none)" if self.last is not None else "(waiting for an update)")


def _run_view(session: Session, make: Callable[[], View], seconds: float | None, max_updates: int | None) -> None:
    """Show a view until ``seconds`` passed, ``max_updates`` came, or Ctrl-C (raised on: exit 130)."""
    session.ready()
    if session.output == "csv":
        raise click.UsageError("pionex watch writes a table or JSON lines, not CSV")
    deadline = None if seconds is None else time.monotonic() + seconds
    count = 0
    with ExitStack() as stack:
        file: IO[str] = sys.stdout
        if session.output_path is not None:
            file = stack.enter_context(open(session.output_path, "a", encoding="utf-8"))
        terminal = session.output_path is None and session.output == "table"
        view = make()
        stack.callback(view.close)
        view.check()
        live: Any = None
        if terminal:
            from rich.console import Console
            from rich.live import Live

            live = stack.enter_context(Live(view.table(), console=Console(), refresh_per_second=4))
        while max_updates is None or count < max_updates:
            wait = POLL
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                wait = min(wait, left)
            update = view.next(wait)
            if update is None:
                continue
            count += 1
            if live is not None:
                live.update(view.table())
            else:
                try:
                    file.write(json.dumps(update, ensure_ascii=False, separators=(",", ":")) + "\n")
                    file.flush()
                except BrokenPipeError:  # the reader went away (| head): stop quietly
                    _quiet_stdout()
                    return


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush of a closed pipe says nothing."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (a test's capture)
        pass


def _session() -> Session:
    session = click.get_current_context().find_object(Session)
    assert session is not None
    return session


def _common(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.option("--max-updates", type=click.IntRange(min=1), metavar="N", help="Stop after N updates.")(
        function
    )
    return click.option(
        "--seconds", type=click.FloatRange(min=0), metavar="N", help="Stop after N seconds (else until Ctrl-C)."
    )(function)


@click.group("watch")
def watch_group() -> None:
    """Live views: an order book, trades, orders, positions (streams) and bots (polled).

    A table refreshed in place on a terminal; JSON lines (one per update, flushed) otherwise.
    Symbols ending in _PERP are futures, others spot. --seconds N or --max-updates N stop with
    exit 0; Ctrl-C stops with exit 130. The stream connections are closed either way.
    """


@watch_group.command("book")
@click.argument("symbol")
@click.option("--depth", type=click.IntRange(1, 100), default=10, show_default=True, help="Levels shown per side.")
@_common
def watch_book(symbol: str, depth: int, seconds: float | None, max_updates: int | None) -> None:
    """The order book of SYMBOL kept live (futures ORDERBOOK, spot DEPTH), to --depth levels."""
    session = _session()

    def make() -> View:
        client = session.client()
        streams: Any = client.streams.futures if is_futures(symbol) else client.streams
        limit = None if is_futures(symbol) else _spot_limit(depth)
        try:
            book = streams.order_book(symbol, limit=limit)
        except TimeoutError:  # no snapshot in 10 s (a refusal raises its own error)
            _unreachable(f"{symbol} order book")
        return LiveBookView(f"{symbol} order book", book, depth)

    _run_view(session, make, seconds, max_updates)


def _spot_limit(depth: int) -> int:
    """The smallest DEPTH limit Pionex serves that holds ``depth`` levels."""
    for limit in (5, 10, 20, 50, 100):
        if depth <= limit:
            return limit
    return 100


@watch_group.command("trades")
@click.argument("symbol")
@_common
def watch_trades(symbol: str, seconds: float | None, max_updates: int | None) -> None:
    """The public trades of SYMBOL, newest first."""
    session = _session()

    def make() -> View:
        client = session.client()
        streams: Any = client.streams.futures if is_futures(symbol) else client.streams
        return StreamView(f"{symbol} trades", streams.trades(symbol))

    _run_view(session, make, seconds, max_updates)


def _order_key(row: dict[str, Any]) -> Any:
    return row.get("orderId")


def _position_key(row: dict[str, Any]) -> Any:
    return row.get("positionId") or (row.get("symbol"), row.get("positionSide"))


@watch_group.command("orders")
@click.argument("symbol", required=False)
@_common
def watch_orders(symbol: str | None, seconds: float | None, max_updates: int | None) -> None:
    """The account's orders as they change: of SYMBOL (spot or _PERP), or of every futures pair."""
    session = _session()

    def make() -> View:
        client = session.client()
        subscription: Any
        if symbol is None or is_futures(symbol):
            subscription = client.streams.futures.orders(symbol or "ALL")
        else:
            subscription = client.streams.orders(symbol)
        return StreamView(f"{symbol or 'futures'} orders", subscription, _order_key)

    _run_view(session, make, seconds, max_updates)


@watch_group.command("positions")
@click.argument("symbol", required=False)
@_common
def watch_positions(symbol: str | None, seconds: float | None, max_updates: int | None) -> None:
    """The account's futures positions as they change (of SYMBOL, else every pair)."""
    session = _session()

    def make() -> View:
        client = session.client()
        subscription = client.streams.futures.positions(symbol or "ALL")
        return StreamView(f"{symbol or 'futures'} positions", subscription, _position_key)

    _run_view(session, make, seconds, max_updates)


@watch_group.command("bots")
@click.option(
    "--interval",
    type=click.FloatRange(min=MIN_BOT_INTERVAL),
    default=5.0,
    show_default=True,
    metavar="SECONDS",
    help=f"Seconds between two polls of bot orders list (at least {MIN_BOT_INTERVAL:g}).",
)
@click.option("--status", type=click.Choice(["running", "finished"]), default="running", show_default=True)
@_common
def watch_bots(interval: float, status: str, seconds: float | None, max_updates: int | None) -> None:
    """The account's bots (bot orders list), polled every --interval seconds; an update when the list
    changes. Pionex has no bot stream; each poll goes through the client's rate limiter."""
    session = _session()

    def make() -> View:
        client = session.client()
        return BotsView(f"{status} bots", lambda: client.bot.orders.list(status=status), interval)  # type: ignore[arg-type]

    _run_view(session, make, seconds, max_updates)
