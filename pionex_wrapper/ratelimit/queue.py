"""First come, first served: the calls of one process waiting for budget."""

from __future__ import annotations

import threading
from collections import deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio


class _Waiter:
    """One call waiting for budget: woken when it reaches the head of the queue, and while it
    is the head, when a request ends (budget may be free)."""

    __slots__ = ("event", "loop")

    def __init__(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self.loop = loop
        self.event: threading.Event | asyncio.Event
        if loop is None:
            self.event = threading.Event()
        else:
            import asyncio

            self.event = asyncio.Event()

    def wake(self) -> None:
        if self.loop is None:
            self.event.set()
        elif not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.event.set)


class _Queue:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: deque[_Waiter] = deque()

    def join(self, waiter: _Waiter) -> None:
        with self._lock:
            self._waiters.append(waiter)
            if self._waiters[0] is waiter:
                waiter.wake()

    def is_head(self, waiter: _Waiter) -> bool:
        with self._lock:
            return bool(self._waiters) and self._waiters[0] is waiter

    def leave(self, waiter: _Waiter) -> None:
        with self._lock:
            head = bool(self._waiters) and self._waiters[0] is waiter
            try:
                self._waiters.remove(waiter)
            except ValueError:
                return
            if head and self._waiters:
                self._waiters[0].wake()

    def poke(self) -> None:
        with self._lock:
            if self._waiters:
                self._waiters[0].wake()

    def wake_next(self, waiter: _Waiter) -> None:
        """Wakes the call behind ``waiter``, to see whether it fits in before the head."""
        with self._lock:
            try:
                index = self._waiters.index(waiter)
            except ValueError:
                return
            if index + 1 < len(self._waiters):
                self._waiters[index + 1].wake()

    def __len__(self) -> int:
        return len(self._waiters)
