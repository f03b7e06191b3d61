"""Budgets kept in Redis, shared by every process and host that uses one server and prefix.

The store is one Lua script (``store.lua`` beside this module), run atomically by the server
on the server's clock.  The ``redis`` package is imported only when a Redis store is made.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import logging
import os
import time
from typing import Any

from ..errors import InvalidParameterError, RateLimitStoreError
from .rules import GUARD_SECONDS, IN_FLIGHT_POLL_SECONDS, Budget, Reservation, Rules, Verdict

logger = logging.getLogger("pionex_wrapper")


@functools.cache
def redis_script() -> str:
    """The store's Lua script, read from the package (it ships as package data)."""
    from importlib.resources import files

    return files(__package__).joinpath("store.lua").read_text(encoding="utf-8")


def redis_module() -> Any:
    try:
        import redis
        import redis.asyncio
    except ImportError:
        raise InvalidParameterError(
            "rate_limiter", 'needs the redis package for a Redis store: pip install "pionex-sdk[redis]"'
        ) from None
    return redis


class _RedisCommands:
    """What the sync and async Redis stores share: keys, arguments, replies."""

    def __init__(self, rules: Rules, prefix: str) -> None:
        self.rules = rules
        self.window_ms = round((rules.window + GUARD_SECONDS) * 1000)
        self.prefix = prefix
        self._ids = itertools.count(1)
        self._origin = self._new_origin()

    def _new_origin(self) -> str:
        """What names this process's leases apart from every other's (and from its parent's)."""
        return hashlib.sha256(f"{time.time_ns()}:{os.getpid()}:{id(self)}".encode()).hexdigest()[:12]

    def _after_fork(self) -> None:
        """In a forked child: its own lease names.  The child's copy of the counter goes on from
        the same number as the parent's, so without a new origin the two would name different
        requests alike, and the sorted set would count two requests' weight once."""
        self._origin = self._new_origin()

    def keys(self, budgets: tuple[Budget, ...]) -> list[str]:
        base = [f"{self.prefix}{budget.key}" for budget in budgets]
        return [f"{key}:log" for key in base] + [f"{key}:ban" for key in base] + [f"{key}:head" for key in base]

    def take_args(
        self, budgets: tuple[Budget, ...], weight: int, lease_seconds: float, behind: Reservation | None, reserve: bool
    ) -> list[Any]:
        lease = f"{self._origin}-{next(self._ids)}"
        args: list[Any] = ["take", weight, lease, max(1, round(lease_seconds * 1000)), self.window_ms]
        args += [self._origin, 1 if reserve else 0]
        args += [budget.limit for budget in budgets]
        if behind is not None:  # its time is on the server's clock: it came from this script
            reserved = {budget.key for budget in behind.budgets}
            args += [behind.weight, round(behind.at * 1000)]
            args += [1 if budget.key in reserved else 0 for budget in budgets]
        return args

    @staticmethod
    def verdict(reply: list[Any]) -> Verdict:
        kind = int(reply[0])
        if kind == 0:
            lease = reply[1]
            return Verdict(lease.decode() if isinstance(lease, bytes) else str(lease))
        if kind == 2:
            return Verdict(None, int(reply[1]) / 1000, banned=True, budget=int(reply[2]))
        in_flight = bool(int(reply[3]))
        wait = IN_FLIGHT_POLL_SECONDS if in_flight else max(int(reply[1]), 0) / 1000
        return Verdict(None, wait, budget=int(reply[2]), in_flight=in_flight, at=int(reply[4]) / 1000)

    def settle_args(self, lease: str, weight: int) -> list[Any]:
        return ["settle", lease, weight, self.window_ms]

    def ban_args(self, seconds: float) -> list[Any]:
        return ["ban", max(1, round(seconds * 1000)), round(self.rules.ban_extension_seconds * 1000)]


def _store_failure(error: Exception) -> RateLimitStoreError:
    # redis-py's text names the host and port, never the password of the URL.
    return RateLimitStoreError(
        f"the rate-limit store (Redis) could not be used, so nothing was sent: {type(error).__name__}: {error}"
    )


class RedisStore:
    """Budgets kept in Redis, shared by every process and host that uses the same server and
    prefix.  ``client`` is a ``redis.Redis``."""

    reserves = True
    """A call may pass the head of its process's queue if the head still finds its weight at its
    time (the script checks the head's reservation, on the server's clock).  Across processes,
    the first head to wait for settled weight holds a reservation in Redis that every other
    process's calls leave room for, until it takes its weight (or 0.2 s past its time, if it
    never comes back for it): a heavy call is not passed for ever by other processes' light ones."""

    def __init__(self, client: Any, rules: Rules, prefix: str) -> None:
        self._commands = _RedisCommands(rules, prefix)
        self._script = client.register_script(redis_script())
        self._weights: dict[str, int] = {}
        # redis.RedisError, and socket errors; a settle or ban that fails lapses on its own
        self._errors: tuple[type[Exception], ...] = (redis_module().RedisError, OSError)

    def _after_fork(self) -> None:
        """In a forked child (called by its limiter): its own lease names, and none of the
        parent's leases to settle (they are the parent's; the parent settles them)."""
        self._commands._after_fork()
        self._weights = {}

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
        still gets its reservation on time; ``reserve``: a call that waits for its turn if
        refused, which may then hold the reservation across processes."""
        c = self._commands
        try:
            verdict = c.verdict(
                self._script(keys=c.keys(budgets), args=c.take_args(budgets, weight, lease_seconds, behind, reserve))
            )
        except self._errors as error:
            raise _store_failure(error) from None
        if verdict.lease is not None:
            self._weights[verdict.lease] = weight
        return verdict

    def settle(self, budgets: tuple[Budget, ...], lease: str) -> None:
        weight = self._weights.pop(lease, 0)
        try:
            self._script(keys=self._commands.keys(budgets), args=self._commands.settle_args(lease, weight))
        except self._errors as error:
            logger.warning("could not settle a rate-limit lease in Redis (%s); it lapses on its own", error)

    def ban(self, budgets: tuple[Budget, ...], seconds: float) -> float:
        try:
            longest = self._script(keys=self._commands.keys(budgets), args=self._commands.ban_args(seconds))
        except self._errors as error:
            logger.warning("could not record a ban in Redis (%s)", error)
            return seconds
        return int(longest) / 1000


class AsyncRedisStore:
    """The awaitable twin of :class:`RedisStore`; ``client`` is a ``redis.asyncio.Redis``."""

    reserves = True
    """A call may pass the head of its process's queue if the head still finds its weight at its
    time (the script checks the head's reservation, on the server's clock).  Across processes,
    the first head to wait for settled weight holds a reservation in Redis that every other
    process's calls leave room for, until it takes its weight (or 0.2 s past its time, if it
    never comes back for it): a heavy call is not passed for ever by other processes' light ones."""

    def __init__(self, client: Any, rules: Rules, prefix: str) -> None:
        self._commands = _RedisCommands(rules, prefix)
        self._script = client.register_script(redis_script())
        self._weights: dict[str, int] = {}
        # redis.RedisError, and socket errors; a settle or ban that fails lapses on its own
        self._errors: tuple[type[Exception], ...] = (redis_module().RedisError, OSError)

    async def take(
        self,
        budgets: tuple[Budget, ...],
        weight: int,
        lease_seconds: float,
        behind: Reservation | None = None,
        *,
        reserve: bool = False,
    ) -> Verdict:
        """Grants ``weight`` from every budget or none; ``behind``: only if the head of the queue
        still gets its reservation on time; ``reserve``: a call that waits for its turn if
        refused, which may then hold the reservation across processes."""
        c = self._commands
        try:
            reply = await self._script(
                keys=c.keys(budgets), args=c.take_args(budgets, weight, lease_seconds, behind, reserve)
            )
        except self._errors as error:
            raise _store_failure(error) from None
        verdict = c.verdict(reply)
        if verdict.lease is not None:
            self._weights[verdict.lease] = weight
        return verdict

    async def settle(self, budgets: tuple[Budget, ...], lease: str) -> None:
        weight = self._weights.pop(lease, 0)
        try:
            await self._script(keys=self._commands.keys(budgets), args=self._commands.settle_args(lease, weight))
        except self._errors as error:
            logger.warning("could not settle a rate-limit lease in Redis (%s); it lapses on its own", error)

    async def ban(self, budgets: tuple[Budget, ...], seconds: float) -> float:
        try:
            longest = await self._script(keys=self._commands.keys(budgets), args=self._commands.ban_args(seconds))
        except self._errors as error:
            logger.warning("could not record a ban in Redis (%s)", error)
            return seconds
        return int(longest) / 1000
