"""The budgets of this process, in memory: the limiter's default store."""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from typing import Any

from ..forking import reset_in_child
from .rules import GUARD_SECONDS, IN_FLIGHT_POLL_SECONDS, PIONEX_RULES, Budget, Reservation, Rules, Verdict


class _Log:
    """One budget in memory: weight in flight by lease, and settled weight by end time."""

    __slots__ = ("banned_until", "flying", "flying_weight", "settled", "settled_weight")

    def __init__(self) -> None:
        self.flying: dict[str, int] = {}
        self.flying_weight = 0
        self.settled: deque[tuple[float, int]] = deque()  # (end, weight), in order of end
        self.settled_weight = 0
        self.banned_until = 0.0

    def prune(self, horizon: float) -> None:
        settled = self.settled
        while settled and settled[0][0] <= horizon:
            self.settled_weight -= settled.popleft()[1]

    def wait_for(self, need: int, now: float, window: float) -> tuple[float, bool]:
        """Seconds until ``need`` of the settled weight has left the window, or (poll, True) when
        only the end of a request in flight can free enough."""
        freed = 0
        for end, weight in self.settled:
            freed += weight
            if freed >= need:
                return max(end + window - now, 0.0), False
        return IN_FLIGHT_POLL_SECONDS, True


class MemoryStore:
    """The budgets of this process, on its monotonic clock (thread-safe)."""

    reserves = True

    def __init__(self, rules: Rules = PIONEX_RULES, clock: Any = time.monotonic) -> None:
        self.rules = rules
        self.window = rules.window + GUARD_SECONDS
        self.clock = clock
        self._lock = threading.Lock()
        self._logs: dict[str, _Log] = {}
        self._ids = itertools.count(1)
        reset_in_child(self)

    def _after_fork(self) -> None:
        """In a forked child: a new lock (a thread of the parent may have held the old one); the
        bans and the weight in the window are kept (the exchange still counts them, and the child
        leaves through the same address); the parent's requests in flight, which only the parent
        can settle, count as having ended at the fork, so they leave the child's window one
        window later instead of holding their weight there for ever.  Totals are counted again
        from the entries (a thread may have been midway through an update)."""
        self._lock = threading.Lock()
        now = self.clock()
        for log in self._logs.values():
            flown = sum(log.flying.values())
            log.flying.clear()
            log.flying_weight = 0
            if flown:
                log.settled.append((now, flown))
            log.settled_weight = sum(weight for _, weight in log.settled)

    def _log(self, key: str) -> _Log:
        log = self._logs.get(key)
        if log is None:
            log = self._logs[key] = _Log()
        return log

    def take(
        self,
        budgets: tuple[Budget, ...],
        weight: int,
        lease_seconds: float,
        behind: Reservation | None = None,
        *,
        reserve: bool = False,
    ) -> Verdict:
        """Grants ``weight`` from every budget or none; ``behind``: only if the head of the queue
        still gets its reservation on time."""
        with self._lock:
            now = self.clock()
            logs = [self._log(budget.key) for budget in budgets]
            worst: Verdict | None = None
            for index, log in enumerate(logs):
                if log.banned_until > now:
                    wait = log.banned_until - now
                    if worst is None or not worst.banned or wait > worst.wait:
                        worst = Verdict(None, wait, banned=True, budget=index)
            if worst is not None:
                return worst
            for index, (budget, log) in enumerate(zip(budgets, logs, strict=True)):
                log.prune(now - self.window)
                need = log.flying_weight + log.settled_weight + weight - budget.limit
                if need > 0:
                    wait, in_flight = log.wait_for(need, now, self.window)
                    if worst is None or wait > worst.wait:
                        worst = Verdict(None, wait, budget=index, in_flight=in_flight, at=now + wait)
            if worst is not None:
                return worst
            if behind is not None and not self._leaves_room(budgets, weight, behind):
                return Verdict(None, max(behind.at - now, 0.0), at=behind.at)
            lease = str(next(self._ids))
            for log in logs:
                log.flying[lease] = weight
                log.flying_weight += weight
            return Verdict(lease)

    def _leaves_room(self, budgets: tuple[Budget, ...], weight: int, reserved: Reservation) -> bool:
        """Whether taking ``weight`` from ``budgets`` now still leaves the reservation its weight
        at its time.  What is in flight then is still in the window (it ends after now, and is
        counted for a window after it ends)."""
        taking = {budget.key for budget in budgets}
        horizon = reserved.at - self.window
        for budget in reserved.budgets:
            if budget.key not in taking:
                continue  # a budget this call does not use: it cannot delay the head there
            log = self._log(budget.key)
            used = log.flying_weight + sum(w for end, w in log.settled if end > horizon)
            if used + weight + reserved.weight > budget.limit:
                return False
        return True

    def settle(self, budgets: tuple[Budget, ...], lease: str) -> None:
        with self._lock:
            now = self.clock()
            for budget in budgets:
                log = self._log(budget.key)
                weight = log.flying.pop(lease, None)
                if weight is not None:
                    log.flying_weight -= weight
                    log.settled.append((now, weight))
                    log.settled_weight += weight

    def ban(self, budgets: tuple[Budget, ...], seconds: float) -> float:
        with self._lock:
            now = self.clock()
            longest = 0.0
            for budget in budgets:
                log = self._log(budget.key)
                until = now + seconds
                if log.banned_until > now:  # every 429 during a ban lengthens it at the exchange
                    until = max(until, log.banned_until + self.rules.ban_extension_seconds)
                log.banned_until = until
                longest = max(longest, until - now)
            return longest

    def banned_for(self, key: str) -> float:
        """Seconds the ban of budget ``key`` still lasts (0 when not banned)."""
        with self._lock:
            log = self._logs.get(key)
            return max(0.0, log.banned_until - self.clock()) if log is not None else 0.0


class AsyncMemoryStore:
    """A :class:`MemoryStore` as an :class:`~.rules.AsyncStore`: it never blocks (its lock is
    held for a few list operations), so the async limiter uses it as it is, through one await."""

    reserves = True

    __slots__ = ("store",)

    def __init__(self, store: MemoryStore) -> None:
        self.store = store

    async def take(
        self,
        budgets: tuple[Budget, ...],
        weight: int,
        lease_seconds: float,
        behind: Reservation | None = None,
        *,
        reserve: bool = False,
    ) -> Verdict:
        return self.store.take(budgets, weight, lease_seconds, behind)  # the queue keeps the reservation

    async def settle(self, budgets: tuple[Budget, ...], lease: str) -> None:
        self.store.settle(budgets, lease)

    async def ban(self, budgets: tuple[Budget, ...], seconds: float) -> float:
        return self.store.ban(budgets, seconds)
