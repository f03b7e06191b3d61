"""First come, first served: the calls of one process waiting for budget, and the decisions of
a call for budget, written once and without I/O.

:func:`acquiring` is a generator, like ``httpx.Auth.auth_flow``: it yields what it needs done
and is answered with the result.  A :class:`Take` (take the call's weight from the store now)
is answered with the store's :class:`~.rules.Verdict` (``send``); a :class:`Wait` (until the
waiter is woken, or a time has passed) with nothing (``next``).  It returns the
:class:`~.rules.Lease`, or raises :class:`ClientRateLimitError`.  ``RateLimiter.acquire`` and
``RateLimiter.aacquire`` drive it, one with a blocking store and a thread's event, the other
awaiting; closing the generator (a driver's ``finally``) always takes its call out of the queue.

The queue's own bookkeeping (join, leave, wake the next) is done by the generator directly, not
yielded: it never blocks (a lock held for a few deque operations), it is the same whatever
drives the call, and waking is thread-safe for both kinds of waiter.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from ..record import Record
from .rules import Budget, Lease, Mode, Reservation, Rules, Verdict, out_of_time, refusal

if TYPE_CHECKING:
    import asyncio

    from ..operation import Operation


class Waiter(Protocol):
    """One call waiting for budget: woken when it reaches the head of the queue, and while it
    is the head, when a request ends (budget may be free).  ``wake`` may be called from any
    thread."""

    def wake(self) -> None: ...


class ThreadWaiter:
    """A waiter of :class:`~pionex_wrapper.Pionex`: a thread blocked on its event."""

    __slots__ = ("event",)

    def __init__(self) -> None:
        self.event = threading.Event()

    def wake(self) -> None:
        self.event.set()


class TaskWaiter:
    """A waiter of :class:`~pionex_wrapper.AsyncPionex`: a task of the running loop, woken
    through that loop (a thread or another loop may wake it)."""

    __slots__ = ("event", "loop")

    def __init__(self) -> None:
        import asyncio

        self.loop: asyncio.AbstractEventLoop = asyncio.get_running_loop()
        self.event = asyncio.Event()

    def wake(self) -> None:
        if not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.event.set)


class Queue:
    """The calls of one limiter waiting for budget, in the order they asked (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: deque[Waiter] = deque()
        self.reserved: Reservation | None = None
        """What the head of the queue waits for, when calls behind it may use the time meanwhile."""

    def _after_fork(self) -> None:
        """In a forked child (called by its limiter): empty, with a new lock.  The waiters were
        the parent's threads and tasks, which do not exist in the child: left in the queue, they
        would stand before the child's calls for ever."""
        self._lock = threading.Lock()
        self._waiters = deque()
        self.reserved = None

    def join(self, waiter: Waiter) -> None:
        with self._lock:
            self._waiters.append(waiter)
            if self._waiters[0] is waiter:
                waiter.wake()

    def is_head(self, waiter: Waiter) -> bool:
        with self._lock:
            return bool(self._waiters) and self._waiters[0] is waiter

    def leave(self, waiter: Waiter) -> None:
        with self._lock:
            head = bool(self._waiters) and self._waiters[0] is waiter
            try:
                self._waiters.remove(waiter)
            except ValueError:
                return
            if head and self._waiters:
                self._waiters[0].wake()

    def poke(self) -> None:
        """A request has ended: the head may find its budget now."""
        with self._lock:
            if self._waiters:
                self._waiters[0].wake()

    def wake_next(self, waiter: Waiter) -> None:
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


# -- the decisions of a call for budget ----------------------------------------------------------

W = TypeVar("W", bound=Waiter)


# Records, not dataclasses (see pionex_wrapper.record): they are made on every call for budget.


class Take(Record):
    """Take the call's weight from its budgets now, all or nothing; answered with the store's
    verdict.  ``behind``: only if the head of the queue still gets this reservation on time."""

    __slots__ = ("behind",)

    def __init__(self, behind: Reservation | None) -> None:
        self.behind = behind


TAKE = Take(None)


class Wait(Record, Generic[W]):
    """Wait until ``waiter`` is woken, or ``seconds`` have passed (``None``: only woken), then
    forget the wake; answered with nothing."""

    __slots__ = ("seconds", "waiter")

    def __init__(self, waiter: W, seconds: float | None) -> None:
        self.waiter = waiter
        self.seconds = seconds


def acquiring(
    queue: Queue,
    operation: Operation[Any],
    budgets: tuple[Budget, ...],
    mode: Mode,
    rules: Rules,
    reserves: bool,
    new_waiter: Callable[[], W],
    seconds: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Generator[Take | Wait[W], Verdict, Lease]:
    """The decisions of a call for ``operation``'s weight from ``budgets``.

    Tried at once when nobody waits, or behind the head's reservation when it has one (in
    ``"fail"`` mode, always); refused at once on a ban, or in ``"fail"`` mode.  Otherwise the call joins
    the queue (a waiter from ``new_waiter``) and waits its turn.  At the head it takes, or learns
    how long it must wait; when the store ``reserves``, and that wait is for settled weight to
    leave the window (not for a request in flight, whose end nobody knows), it reserves that
    weight at that time and wakes the call behind it, which may take meanwhile if it does not
    delay the head, and wakes the one behind it in turn.  A ban refuses the head too.

    ``seconds``: the call's deadline (its ``timeout``), read on ``clock``; None, none.  No wait
    lasts past it: every :class:`Wait` is cut to the time left, and a call still without its
    weight when the time is up is refused (:class:`ClientRateLimitError`, nothing sent).  So is
    the head at once when the store says its weight comes back only after the deadline (waiting
    could not help).
    """
    weight = operation.weight
    deadline = None if seconds is None else clock() + seconds
    reserved = queue.reserved if len(queue) else None
    if mode == "fail" or not len(queue) or reserved is not None:  # try at once, without joining the queue
        verdict = yield TAKE if reserved is None else Take(reserved)
        if verdict.lease is not None:
            return Lease(budgets, verdict.lease)
        if verdict.banned or mode == "fail":
            raise refusal(rules, operation, budgets, verdict)
    waiter = new_waiter()
    queue.join(waiter)
    timeout: float | None = None
    last: Verdict | None = None
    try:
        while True:
            if deadline is not None:
                left = deadline - clock()
                if left <= 0:
                    raise out_of_time(rules, operation, budgets, seconds, last)
                timeout = left if timeout is None else min(timeout, left)
            yield Wait(waiter, timeout)  # woken: at the head of the queue, or to fit in behind it
            timeout = None
            if not queue.is_head(waiter):
                reserved = queue.reserved
                if reserved is not None:
                    verdict = yield Take(reserved)
                    if verdict.lease is not None:
                        queue.wake_next(waiter)
                        return Lease(budgets, verdict.lease)
                queue.wake_next(waiter)
                continue
            verdict = yield TAKE
            if verdict.lease is not None:
                queue.reserved = None
                return Lease(budgets, verdict.lease)
            if verdict.banned:
                queue.reserved = None
                raise refusal(rules, operation, budgets, verdict)
            last = verdict
            if deadline is not None and not verdict.in_flight and clock() + verdict.wait > deadline:
                queue.reserved = None
                raise out_of_time(rules, operation, budgets, seconds, verdict)
            if reserves and not verdict.in_flight:
                queue.reserved = Reservation(budgets, weight, verdict.at)
                queue.wake_next(waiter)
            else:
                queue.reserved = None
            timeout = verdict.wait  # or until a request ends; then look again as the head
    finally:
        queue.leave(waiter)
