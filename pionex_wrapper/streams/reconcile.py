"""What a private stream missed while it was away, found over REST and handed on, marked.

A private subscription (orders, fills, balances, positions) keeps a :class:`Tracker` of what
its messages said.  When its connection comes back, the tracker asks the REST API what changed
since the last message it saw (less a margin), and the subscription delivers each change the
stream did not bring as :class:`Replayed` (the REST model: ``Order``, ``Fill``, ``Balances``,
``Positions``...), *before* any message that arrives on the new connection; messages of the new
connection that only repeat something replayed (a fill with an id already delivered) are left
out.  A consumer of ORDER and FILL events therefore misses none, and can tell live from
replayed ones.

The REST calls count against the rate budget like any other (see :mod:`pionex_wrapper.ratelimit`).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

logger = logging.getLogger("pionex_wrapper.streams")

T = TypeVar("T")

MARGIN_MS = 5_000
"""How far before the last message seen the REST look-up starts (clocks and delivery differ)."""

SEEN_FILLS = 10_000
"""Fill ids remembered per subscription, to leave out repeats."""

Rest = Callable[[str, dict[str, Any]], Awaitable[Any]]
"""Calls a REST operation by its path under the client (``"trade.get_fills"``) with keyword
arguments, and returns its typed reply."""


@dataclass(frozen=True, slots=True)
class Replayed(Generic[T]):
    """Something that happened while the stream was away: ``item`` is the REST model that says
    so (an ``Order``, a ``Fill``, ``Balances``, ``Positions``...)."""

    item: T
    topic: str
    symbol: str | None


@dataclass(frozen=True, slots=True)
class Gap:
    """In a subscription's messages: ``dropped`` messages of ``topic`` (and ``symbol``) were
    dropped here, because the reader fell ``StreamSettings.max_queued`` messages behind (the
    oldest go first).  ``Subscription.dropped`` counts them all.  For a private topic, what was
    dropped can be looked up over REST; a local order book resynchronises by itself."""

    dropped: int
    topic: str
    symbol: str | None


def _records(message: Any) -> list[Any]:
    """The records a stream message carries (``data`` is one record or a list of them)."""
    data = getattr(message, "data", None)
    if data is None:
        return []
    return list(data) if isinstance(data, list) else [data]


def _time(message: Any) -> int | None:
    stamp = getattr(message, "timestamp", None)
    return stamp if isinstance(stamp, int) else None


class Tracker:
    """What one private subscription has delivered, and how to ask REST what it missed."""

    def __init__(self, topic: str, symbol: str | None, market: str, rest: Rest) -> None:
        self.topic = topic
        self.symbol = symbol
        self.market = market
        self.rest = rest
        self.last_ms: int | None = None
        self._orders: dict[int, tuple[Any, Any]] = {}
        self._fills: set[int] = set()
        self._fill_order: deque[int] = deque()
        self._snapshot: Any = None

    # -- live messages ---------------------------------------------------------------------

    def fresh(self, message: Any) -> bool:
        """Notes a live message; False if it only repeats what was already delivered."""
        stamp = _time(message)
        if stamp is not None:
            self.last_ms = max(self.last_ms or 0, stamp)
        if self.topic == "FILL":
            records = _records(message)
            ids = [getattr(r, "id", None) for r in records]
            if ids and all(i is not None and int(i) in self._fills for i in ids):
                return False
            for fill_id in ids:
                if fill_id is not None:
                    self._remember_fill(int(fill_id))
        elif self.topic == "ORDER":
            for record in _records(message):
                order_id = getattr(record, "order_id", None)
                if order_id is not None:
                    self._orders[int(order_id)] = self._order_state(record)
        return True

    @staticmethod
    def _order_state(record: Any) -> tuple[Any, Any]:
        filled = getattr(record, "filled_size", None)
        return (getattr(record, "status", None), Decimal(str(filled)) if filled is not None else None)

    def _remember_fill(self, fill_id: int) -> None:
        if fill_id in self._fills:
            return
        self._fills.add(fill_id)
        self._fill_order.append(fill_id)
        if len(self._fill_order) > SEEN_FILLS:
            self._fills.discard(self._fill_order.popleft())

    # -- after a reconnection ------------------------------------------------------------------

    async def missed(self) -> list[Any]:
        """The REST models of what changed while the stream was away, oldest first."""
        since = None if self.last_ms is None else self.last_ms - MARGIN_MS
        futures = self.market == "futures"
        prefix = "futures." if futures else ""
        if self.topic == "ORDER":
            return await self._missed_orders(prefix, since)
        if self.topic == "FILL":
            return await self._missed_fills(prefix, since)
        reads = {
            ("spot", "BALANCE"): "account.get_balances",
            ("futures", "BALANCE"): "futures.account.get_account_balances",
            ("futures", "POSITION"): "futures.account.get_positions",
            ("futures", "RISK"): "futures.account.get_account_detail",
        }
        operation = reads.get((self.market, self.topic))
        if operation is None:
            return []
        snapshot = await self.rest(operation, {})
        if snapshot == self._snapshot:
            return []
        self._snapshot = snapshot
        return [snapshot]

    async def _missed_orders(self, prefix: str, since: int | None) -> list[Any]:
        symbol = self.symbol
        history = "futures.trade.get_history_orders" if prefix else "trade.get_all_orders"
        found: dict[int, Any] = {}
        recent = await self.rest(history, {"symbol": symbol, "start_time": since, "limit": 100})
        for order in getattr(recent, "orders", []):
            found[int(order.order_id)] = order
        opened = await self.rest(f"{prefix}trade.get_open_orders", {"symbol": symbol})
        for order in getattr(opened, "orders", []):
            found[int(order.order_id)] = order
        changed = []
        for order_id, order in sorted(found.items(), key=lambda pair: (pair[1].update_time or 0, pair[0])):
            state = self._order_state(order)
            if self._orders.get(order_id) != state:
                self._orders[order_id] = state
                changed.append(order)
        return changed

    async def _missed_fills(self, prefix: str, since: int | None) -> list[Any]:
        reply = await self.rest(f"{prefix}trade.get_fills", {"symbol": self.symbol, "start_time": since})
        missed = []
        for fill in sorted(getattr(reply, "fills", []), key=lambda f: (f.timestamp or 0, f.id or 0)):
            if fill.id is not None and int(fill.id) not in self._fills:
                self._remember_fill(int(fill.id))
                missed.append(fill)
        return missed


def rest_caller(client: Any, run: Callable[[Callable[[], Any]], Awaitable[Any]] | None = None) -> Rest:
    """A :data:`Rest` over a client: awaited for ``AsyncPionex``; for ``Pionex``, ``run`` moves
    the blocking call off the stream's event loop (``loop.run_in_executor``)."""

    def bound(operation: str, arguments: dict[str, Any]) -> Callable[..., Any]:
        target: Any = client
        for part in operation.split("."):
            target = getattr(target, part)
        given = {key: value for key, value in arguments.items() if value is not None}
        return lambda: target(**given)

    async def call(operation: str, arguments: dict[str, Any]) -> Any:
        call = bound(operation, arguments)
        if run is None:
            return await call()
        return await run(call)

    return call
