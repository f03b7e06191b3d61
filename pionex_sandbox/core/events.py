"""What an engine changed, for the stream channels to tell subscribers.

Every product engine notes each order whose state changed (placed, filled, trimmed, closed,
cancelled) and each fill it records in its :class:`Journal`.  Nothing is kept while nobody
listens, so the REST-only sandbox pays nothing for it.  The streams take what changed after
every operation (the app asks them after every request, holding the sandbox lock) and turn
it into ORDER and FILL messages; balances, positions and risk are compared with what was
last sent instead, so transfers, funding and liquidations need no hook of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar


class _Order(Protocol):
    @property
    def order_id(self) -> int: ...


O = TypeVar("O", bound=_Order)
F = TypeVar("F")


@dataclass
class Changes(Generic[O, F]):
    """Orders changed (each once, in the order first touched) and fills recorded since the last take."""

    orders: list[O] = field(default_factory=list)
    fills: list[F] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.orders or self.fills)


class Journal(Generic[O, F]):
    """Collects an engine's changes while :attr:`listening` is true."""

    def __init__(self) -> None:
        self.listening = False
        self._orders: dict[int, O] = {}
        self._fills: list[F] = []

    def order(self, order: O) -> None:
        """``order`` changed (a later change of the same order before the next take is the same entry)."""
        if self.listening:
            self._orders.setdefault(order.order_id, order)

    def fill(self, fill: F) -> None:
        """``fill`` was recorded."""
        if self.listening:
            self._fills.append(fill)

    def take(self) -> Changes[O, F]:
        """Everything noted since the last take, forgetting it."""
        if not self._orders and not self._fills:
            return Changes()
        changes = Changes(list(self._orders.values()), self._fills)
        self._orders = {}
        self._fills = []
        return changes
