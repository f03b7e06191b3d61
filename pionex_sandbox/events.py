"""What the trading engines changed, for the stream channels to tell subscribers.

The spot and futures engines note every order whose state changed (placed, filled, trimmed,
closed, cancelled) and every fill they record in a :class:`Journal`.  Nothing is kept while
nobody listens, so the REST-only sandbox pays nothing for it.  Whoever serves the streams
calls :meth:`Journal.take` after an operation (the app does after every request, holding the
sandbox lock) and turns what changed into ORDER and FILL messages; balances, positions and
risk are compared with what was last sent instead, so transfers, funding and liquidations
need no hook of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .engine import Fill, Order
    from .futures import FuturesFill, FuturesOrder


@dataclass
class Changes:
    """Orders changed (each once, in the order first touched) and fills recorded since the last take."""

    orders: list[Order | FuturesOrder] = field(default_factory=list)
    fills: list[Fill | FuturesFill] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.orders or self.fills)


class Journal:
    """Collects engine changes while :attr:`listening` is true."""

    def __init__(self) -> None:
        self.listening = False
        self._orders: dict[int, Order | FuturesOrder] = {}
        self._fills: list[Fill | FuturesFill] = []

    def order(self, order: Order | FuturesOrder) -> None:
        """``order`` changed (a later change of the same order before the next take is the same entry)."""
        if self.listening:
            self._orders.setdefault(order.order_id, order)

    def fill(self, fill: Fill | FuturesFill) -> None:
        """``fill`` was recorded."""
        if self.listening:
            self._fills.append(fill)

    def take(self) -> Changes:
        """Everything noted since the last take, forgetting it."""
        changes = Changes(list(self._orders.values()), self._fills)
        self._orders = {}
        self._fills = []
        return changes
