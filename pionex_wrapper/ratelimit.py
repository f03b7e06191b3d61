"""Client-side rate limiting: Pionex's request budgets, kept before anything is sent.

Pionex counts the weight of requests (``x-pionex-weight`` of each operation in the spec) against
two budgets at once (``x-pionex-rate-limits``): 10 per second for everything sent from one IP
address, and 10 per second for the private requests of one account.  Going over either is
answered with HTTP 429 and a ban of 60 s that every further request lengthens by 10 s.  Pionex
does not say how it counts a second, so the limiter takes the strictest reading:

* **Never more than the budget in any one-second sliding window, counted where the exchange
  counts.**  A request reaches the exchange somewhere between the moment it is sent and the
  moment its reply is back.  A request holds its weight from when it is sent until one window
  after its reply arrived (or it failed), so two requests the limiter let through a window
  apart reach the exchange at least a window apart too, whatever the network's delays.
* **Both budgets or neither.**  A private call takes its weight from the IP budget and the
  account budget in one step; it never holds one while waiting for the other.
* **Bans are respected, not extended.**  After a 429 every call that would count against the
  banned budget is refused without being sent (:class:`ClientRateLimitError`, which says for how
  long) until the ban ends: ``Retry-After`` when the exchange gives one, else Pionex's 60 s, plus
  Pionex's 10 s for every further 429.  A 429 on a private call bans both budgets, since the
  exchange does not say which one it counted.
* **First come, first served.**  Calls waiting for budget in one process (threads of
  :class:`~pionex_wrapper.Pionex`, tasks of :class:`~pionex_wrapper.AsyncPionex`) go in the
  order they asked.  Weight leaves the window in chunks, so the head of the queue (a weight-5
  read, say) may have to wait for more than is free; a lighter call behind it may use what is
  free meanwhile if the head still finds its weight at its time (in memory; the Redis store
  keeps strict order).

Where the budget lives is the :class:`RateLimiter`: in this process (the default, shared by
every client of the process) or in Redis (``RateLimiter(redis="redis://...")``), where every
process and host that uses it shares one budget per account and per IP address.  The Redis
store is one Lua script run atomically by the server, on the server's clock.

The decisions are plain code without I/O (:class:`MemoryStore`, the script) and the waiting is
done by the caller with its own primitive, so the sync and async clients share all of it.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import threading
import time
import weakref
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, Protocol
from urllib.parse import urlsplit

from pionex_client.facade import RATE_LIMITS

from .errors import ClientRateLimitError, InvalidParameterError, RateLimitStoreError

if TYPE_CHECKING:
    import asyncio

    from .operation import Operation

logger = logging.getLogger("pionex_wrapper")

Mode = Literal["wait", "fail", "off"]
MODES: tuple[Mode, ...] = ("wait", "fail", "off")

GUARD_SECONDS = 0.005
"""Added to the window: the exchange's clock and ours may tick a little differently."""

IN_FLIGHT_POLL_SECONDS = 0.01
"""How often a caller looks again when another process's request in flight holds the budget."""

DEFAULT_LEASE_SECONDS = 300.0
"""How long a request in flight holds its weight in Redis if its process never says it ended
(it crashed): its overall deadline when it has one, else this."""


def check_mode(value: object, name: str = "rate_limit") -> Mode:
    if value not in MODES:
        raise InvalidParameterError(name, f"must be one of 'wait', 'fail' or 'off', got {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class Rules:
    """Pionex's budgets, from ``x-pionex-rate-limits`` in the spec."""

    window: float
    """Seconds of the sliding window."""
    ip_weight: int
    """Weight per window for every request from one IP address."""
    account_weight: int
    """Weight per window for the private requests of one account."""
    ban_seconds: float
    ban_extension_seconds: float

    @classmethod
    def from_spec(cls, table: Mapping[str, Any]) -> Rules:
        budgets = {budget["name"]: budget for budget in table["budgets"]}
        if budgets["ip"]["appliesTo"] != "all" or budgets["account"]["appliesTo"] != "private":
            raise ValueError("x-pionex-rate-limits: the ip budget must apply to all requests, account to private ones")
        return cls(
            window=float(table["windowSeconds"]),
            ip_weight=int(budgets["ip"]["weight"]),
            account_weight=int(budgets["account"]["weight"]),
            ban_seconds=float(table["banSeconds"]),
            ban_extension_seconds=float(table["banExtensionSeconds"]),
        )


PIONEX_RULES = Rules.from_spec(RATE_LIMITS)


@dataclass(frozen=True, slots=True)
class Budget:
    """One budget a request counts against: its store key (never a secret) and its size."""

    key: str
    limit: int
    label: str
    """How messages name it: "this IP address", "this account"."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """A store's answer to a request for weight."""

    lease: str | None
    """Granted: the lease to settle when the request has ended."""
    wait: float = 0.0
    """Refused: seconds after which asking again may succeed."""
    banned: bool = False
    """Refused because the budget is banned; ``wait`` is what the ban still lasts."""
    budget: int = 0
    """Refused: the index of the budget that refused."""
    in_flight: bool = False
    """Refused, and a request still in flight holds the weight: it may come back sooner."""
    at: float = 0.0
    """Refused by a :class:`MemoryStore`: when (on its clock) the weight will be there."""


@dataclass(frozen=True, slots=True)
class Reservation:
    """What the call at the head of the queue waits for: ``weight`` from ``budgets`` at ``at``.
    A call behind it may go first only if it leaves that weight there at that time."""

    budgets: tuple[Budget, ...]
    weight: int
    at: float


class Store(Protocol):
    """Keeps the budgets: the three steps of a request's life, each atomic."""

    def take(self, budgets: tuple[Budget, ...], weight: int, lease_seconds: float) -> Verdict: ...

    def settle(self, budgets: tuple[Budget, ...], lease: str) -> None: ...

    def ban(self, budgets: tuple[Budget, ...], seconds: float) -> float: ...


class AsyncStore(Protocol):
    async def take(self, budgets: tuple[Budget, ...], weight: int, lease_seconds: float) -> Verdict: ...

    async def settle(self, budgets: tuple[Budget, ...], lease: str) -> None: ...

    async def ban(self, budgets: tuple[Budget, ...], seconds: float) -> float: ...


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

    def __init__(self, rules: Rules = PIONEX_RULES, clock: Any = time.monotonic) -> None:
        self.rules = rules
        self.window = rules.window + GUARD_SECONDS
        self.clock = clock
        self._lock = threading.Lock()
        self._logs: dict[str, _Log] = {}
        self._ids = itertools.count(1)

    def _log(self, key: str) -> _Log:
        log = self._logs.get(key)
        if log is None:
            log = self._logs[key] = _Log()
        return log

    def take(
        self, budgets: tuple[Budget, ...], weight: int, lease_seconds: float, behind: Reservation | None = None
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


# -- Redis: one script, run atomically by the server on its own clock -------------------------
#
# Per budget two keys: <key>:log, a sorted set of leases scored by the latest time (ms) the
# request can have reached the exchange (in flight: now + its lease time; settled: its end),
# each member "<lease>:<weight>"; and <key>:ban, the time the ban ends.  All keys of one
# limiter share a {hash tag}, so the script also runs on Redis Cluster.
#
# ARGV: command ("take" | "settle" | "ban"), then
#   take:   weight, lease, lease_ms, window_ms, then the limit of each budget
#   settle: lease, weight, window_ms
#   ban:    ban_ms, extension_ms
# Replies: take -> {0, lease} granted; {1, wait_ms, budget, in_flight} over budget;
#          {2, wait_ms, budget} banned.  ban -> the longest ban now in ms.

REDIS_SCRIPT = """
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local n = #KEYS / 2
local command = ARGV[1]
local now = now_ms()
if command == 'take' then
  local weight = tonumber(ARGV[2])
  local lease = ARGV[3]
  local lease_ms = tonumber(ARGV[4])
  local window = tonumber(ARGV[5])
  local banned, banned_at = -1, 0
  for i = 1, n do
    local until_ms = tonumber(redis.call('GET', KEYS[n + i]) or '0')
    if until_ms > now and until_ms - now > banned then banned, banned_at = until_ms - now, i end
  end
  if banned_at > 0 then return {2, banned, banned_at - 1} end
  local wait, blocked, flying = -1, 0, 0
  for i = 1, n do
    redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
    local entries = redis.call('ZRANGE', KEYS[i], 0, -1, 'WITHSCORES')
    local used = 0
    for j = 1, #entries, 2 do used = used + tonumber(string.match(entries[j], ':(%d+)$')) end
    local need = used + weight - tonumber(ARGV[5 + i])
    if need > 0 then
      local freed, at, in_flight = 0, 0, 0
      for j = 1, #entries, 2 do
        freed = freed + tonumber(string.match(entries[j], ':(%d+)$'))
        if freed >= need then at = tonumber(entries[j + 1]); break end
      end
      if at > now then in_flight = 1 end
      local this_wait = at + window - now
      if this_wait > wait then wait, blocked, flying = this_wait, i, in_flight end
    end
  end
  if blocked > 0 then return {1, wait, blocked - 1, flying} end
  local member = lease .. ':' .. weight
  for i = 1, n do
    redis.call('ZADD', KEYS[i], now + lease_ms, member)
    redis.call('PEXPIRE', KEYS[i], lease_ms + window + 1000)
  end
  return {0, lease}
elseif command == 'settle' then
  local member = ARGV[2] .. ':' .. ARGV[3]
  for i = 1, n do
    if redis.call('ZADD', KEYS[i], 'XX', 'CH', now, member) == 1 then
      redis.call('PEXPIRE', KEYS[i], tonumber(ARGV[4]) + 1000)
    end
  end
  return 0
elseif command == 'ban' then
  local ban_ms, extension = tonumber(ARGV[2]), tonumber(ARGV[3])
  local longest = 0
  for i = 1, n do
    local until_ms = now + ban_ms
    local current = tonumber(redis.call('GET', KEYS[n + i]) or '0')
    if current > now then until_ms = math.max(until_ms, current + extension) end
    redis.call('SET', KEYS[n + i], until_ms, 'PX', until_ms - now + 1000)
    longest = math.max(longest, until_ms - now)
  end
  return longest
end
return redis.error_reply('unknown command ' .. tostring(command))
"""


class _RedisCommands:
    """What the sync and async Redis stores share: keys, arguments, replies."""

    def __init__(self, rules: Rules, prefix: str) -> None:
        self.rules = rules
        self.window_ms = round((rules.window + GUARD_SECONDS) * 1000)
        self.prefix = prefix
        self._ids = itertools.count(1)
        self._origin = hashlib.sha256(f"{time.time_ns()}:{id(self)}".encode()).hexdigest()[:12]

    def keys(self, budgets: tuple[Budget, ...]) -> list[str]:
        base = [f"{self.prefix}{budget.key}" for budget in budgets]
        return [f"{key}:log" for key in base] + [f"{key}:ban" for key in base]

    def take_args(self, budgets: tuple[Budget, ...], weight: int, lease_seconds: float) -> list[Any]:
        lease = f"{self._origin}-{next(self._ids)}"
        return ["take", weight, lease, max(1, round(lease_seconds * 1000)), self.window_ms] + [
            budget.limit for budget in budgets
        ]

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
        return Verdict(None, wait, budget=int(reply[2]), in_flight=in_flight)

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

    def __init__(self, client: Any, rules: Rules, prefix: str) -> None:
        self._commands = _RedisCommands(rules, prefix)
        self._script = client.register_script(REDIS_SCRIPT)
        self._weights: dict[str, int] = {}
        # redis.RedisError, and socket errors; a settle or ban that fails lapses on its own
        self._errors: tuple[type[Exception], ...] = (_redis_module().RedisError, OSError)

    def take(self, budgets: tuple[Budget, ...], weight: int, lease_seconds: float) -> Verdict:
        c = self._commands
        try:
            verdict = c.verdict(self._script(keys=c.keys(budgets), args=c.take_args(budgets, weight, lease_seconds)))
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

    def __init__(self, client: Any, rules: Rules, prefix: str) -> None:
        self._commands = _RedisCommands(rules, prefix)
        self._script = client.register_script(REDIS_SCRIPT)
        self._weights: dict[str, int] = {}
        # redis.RedisError, and socket errors; a settle or ban that fails lapses on its own
        self._errors: tuple[type[Exception], ...] = (_redis_module().RedisError, OSError)

    async def take(self, budgets: tuple[Budget, ...], weight: int, lease_seconds: float) -> Verdict:
        c = self._commands
        try:
            reply = await self._script(keys=c.keys(budgets), args=c.take_args(budgets, weight, lease_seconds))
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


# -- first come, first served ------------------------------------------------------------------


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


# -- the limiter -------------------------------------------------------------------------------


def _when(seconds: float) -> str:
    return datetime.fromtimestamp(time.time() + seconds, UTC).strftime("%H:%M:%S UTC")


@dataclass(frozen=True, slots=True)
class Lease:
    """Weight a request holds from the budgets; given back (settled) when the request ends."""

    budgets: tuple[Budget, ...]
    lease: str


class RateLimiter:
    """Where the request budgets live, and the queue of calls waiting for them.

    ``RateLimiter()`` keeps them in this process (every client of the process shares the
    default one, so two clients with the same key share that account's budget).
    ``RateLimiter(redis="redis://host:6379/0")`` (or a ``redis.Redis`` client) keeps them in
    Redis, shared by every process and host using that server and ``prefix``; it needs the
    ``redis`` package (``pip install "pionex-sdk[redis]"``).

    The account budget is keyed by a digest of the API key, never the key itself.  The IP
    budget is keyed by the exchange's host and ``ip_group``: in Redis every user of the prefix
    shares one IP budget by default (right when they all leave through one address, and safe
    otherwise); give hosts with their own public addresses their own ``ip_group``.
    ``rules`` replaces Pionex's budgets (a test or a benchmark may want others).
    """

    def __init__(
        self,
        *,
        redis: Any = None,
        prefix: str = "pionex",
        ip_group: str = "shared",
        rules: Rules = PIONEX_RULES,
    ) -> None:
        self.rules = rules
        self.ip_group = ip_group
        self._queue = _Queue()
        self._reserved: Reservation | None = None
        self._redis_url: str | None = None
        self._aredis: Any = None  # a redis.asyncio.Redis the caller gave
        self._async_stores: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncRedisStore] = (
            weakref.WeakKeyDictionary()
        )
        self._store: MemoryStore | RedisStore | None
        # One {hash tag} for every key of this limiter: a Lua script may only touch keys of one
        # Redis Cluster slot.
        self._prefix = "{" + prefix + "}:"
        self.shared = redis is not None
        if redis is None:
            self._store = MemoryStore(rules)
        elif isinstance(redis, str):
            self._redis_url = redis
            client = _redis_module().Redis.from_url(redis, socket_timeout=5, socket_connect_timeout=5)
            self._store = RedisStore(client, rules, self._prefix)
        elif isinstance(redis, _redis_module().asyncio.Redis):
            self._aredis = redis
            self._store = None
        else:
            self._store = RedisStore(redis, rules, self._prefix)
            self._sync_client = redis

    def __repr__(self) -> str:
        where = "redis" if self.shared else "memory"
        return f"RateLimiter({where}, ip_group={self.ip_group!r})"

    # -- budgets -------------------------------------------------------------------------

    def budgets(self, host: str, key_digest: str | None) -> tuple[tuple[Budget, ...], tuple[Budget, ...]]:
        """The budgets of a public and of a private request to ``host`` by the account whose API
        key has ``key_digest`` (:meth:`PionexAuth.key_digest`)."""
        ip = Budget(f"{host}:ip:{self.ip_group}", self.rules.ip_weight, "this IP address")
        if key_digest is None:
            return (ip,), (ip,)
        account = Budget(f"{host}:account:{key_digest}", self.rules.account_weight, "this account")
        return (ip,), (ip, account)

    def _sync_store(self) -> MemoryStore | RedisStore:
        if self._store is None:
            raise RateLimitStoreError(
                "this RateLimiter holds a redis.asyncio client, which only AsyncPionex can use: give a "
                "redis:// URL or a redis.Redis to share it with Pionex; nothing was sent"
            )
        return self._store

    def _async_store(self) -> AsyncStore | MemoryStore:
        if isinstance(self._store, MemoryStore):
            return self._store
        import asyncio

        loop = asyncio.get_running_loop()
        store = self._async_stores.get(loop)
        if store is None:
            aioredis = _redis_module().asyncio
            if self._aredis is not None:
                client = self._aredis
            elif self._redis_url is not None:
                client = aioredis.Redis.from_url(self._redis_url, socket_timeout=5, socket_connect_timeout=5)
            else:
                client = aioredis.Redis(**self._sync_client.connection_pool.connection_kwargs)
            store = self._async_stores[loop] = AsyncRedisStore(client, self.rules, self._prefix)
        return store

    # -- the life of a request -----------------------------------------------------------

    def _refusal(
        self, operation: Operation[Any], budgets: tuple[Budget, ...], verdict: Verdict
    ) -> ClientRateLimitError:
        budget = budgets[verdict.budget]
        if verdict.banned:
            message = (
                f"not sent: the exchange banned {budget.label} after an HTTP 429; the ban ends in "
                f"{verdict.wait:.0f} s (about {_when(verdict.wait)}), and every request sent during it "
                f"would lengthen it by {self.rules.ban_extension_seconds:.0f} s"
            )
        else:
            message = (
                f"not sent: {operation.name} weighs {operation.weight} and the budget of {budget.label} "
                f"({budget.limit} per {self.rules.window:g} s) is used up for {verdict.wait:.2f} s more "
                "(rate_limit='fail'; 'wait' would have waited)"
            )
        return ClientRateLimitError(
            message,
            retry_after=verdict.wait,
            budget=budget.label,
            banned=verdict.banned,
            method=operation.method,
            path=operation.path,
        )

    def acquire(
        self, operation: Operation[Any], budgets: tuple[Budget, ...], mode: Mode, lease_seconds: float | None
    ) -> Lease:
        """Takes the operation's weight from ``budgets``, waiting in turn (``mode="wait"``), or
        raises :class:`ClientRateLimitError` (a ban; ``mode="fail"`` and no budget now)."""
        store = self._sync_store()
        weight = operation.weight
        seconds = lease_seconds or DEFAULT_LEASE_SECONDS
        if mode == "fail" or not len(self._queue):  # try at once, without joining the queue
            verdict = self._take(store, budgets, weight, seconds, self._reserved if len(self._queue) else None)
            if verdict.lease is not None:
                return Lease(budgets, verdict.lease)
            if verdict.banned or mode == "fail":
                raise self._refusal(operation, budgets, verdict)
        waiter = _Waiter()
        self._queue.join(waiter)
        event = waiter.event
        assert isinstance(event, threading.Event)
        try:
            while True:
                event.wait()  # woken: at the head of the queue, or to fit in behind it
                event.clear()
                if not self._queue.is_head(waiter):
                    reserved = self._reserved
                    if reserved is not None:
                        verdict = self._take(store, budgets, weight, seconds, reserved)
                        if verdict.lease is not None:
                            self._queue.wake_next(waiter)
                            return Lease(budgets, verdict.lease)
                    self._queue.wake_next(waiter)
                    continue
                verdict = self._take(store, budgets, weight, seconds, None)
                if verdict.lease is not None:
                    self._reserved = None
                    return Lease(budgets, verdict.lease)
                if verdict.banned:
                    self._reserved = None
                    raise self._refusal(operation, budgets, verdict)
                self._reserve(store, budgets, weight, verdict)
                if self._reserved is not None:
                    self._queue.wake_next(waiter)
                event.wait(verdict.wait)  # or until a request ends
                event.set()  # look again as the head
        finally:
            self._queue.leave(waiter)

    def _take(
        self,
        store: MemoryStore | RedisStore,
        budgets: tuple[Budget, ...],
        weight: int,
        seconds: float,
        behind: Reservation | None,
    ) -> Verdict:
        if isinstance(store, MemoryStore):
            return store.take(budgets, weight, seconds, behind)
        if behind is not None:  # the Redis store keeps no reservations: nobody passes the head
            return Verdict(None, behind.at)
        return store.take(budgets, weight, seconds)

    def _reserve(self, store: object, budgets: tuple[Budget, ...], weight: int, verdict: Verdict) -> None:
        """The head of the queue was refused: what it waits for, so that calls behind it may
        use the time if they do not delay it (in memory; not when the wait is for a request in
        flight, whose end nobody knows)."""
        if isinstance(store, MemoryStore) and not verdict.in_flight and not verdict.banned:
            self._reserved = Reservation(budgets, weight, verdict.at)
        else:
            self._reserved = None

    async def aacquire(
        self, operation: Operation[Any], budgets: tuple[Budget, ...], mode: Mode, lease_seconds: float | None
    ) -> Lease:
        """The awaitable twin of :meth:`acquire`."""
        import asyncio

        store = self._async_store()
        weight = operation.weight
        seconds = lease_seconds or DEFAULT_LEASE_SECONDS

        async def take(behind: Reservation | None) -> Verdict:
            if isinstance(store, MemoryStore):
                return store.take(budgets, weight, seconds, behind)
            if behind is not None:
                return Verdict(None, behind.at)
            return await store.take(budgets, weight, seconds)

        if mode == "fail" or not len(self._queue):
            verdict = await take(self._reserved if len(self._queue) else None)
            if verdict.lease is not None:
                return Lease(budgets, verdict.lease)
            if verdict.banned or mode == "fail":
                raise self._refusal(operation, budgets, verdict)
        waiter = _Waiter(asyncio.get_running_loop())
        self._queue.join(waiter)
        event = waiter.event
        assert isinstance(event, asyncio.Event)
        try:
            while True:
                await event.wait()
                event.clear()
                if not self._queue.is_head(waiter):
                    reserved = self._reserved
                    if reserved is not None:
                        verdict = await take(reserved)
                        if verdict.lease is not None:
                            self._queue.wake_next(waiter)
                            return Lease(budgets, verdict.lease)
                    self._queue.wake_next(waiter)
                    continue
                verdict = await take(None)
                if verdict.lease is not None:
                    self._reserved = None
                    return Lease(budgets, verdict.lease)
                if verdict.banned:
                    self._reserved = None
                    raise self._refusal(operation, budgets, verdict)
                self._reserve(store, budgets, weight, verdict)
                if self._reserved is not None:
                    self._queue.wake_next(waiter)
                try:
                    async with asyncio.timeout(verdict.wait):
                        await event.wait()
                except TimeoutError:
                    pass
                event.set()
        finally:
            self._queue.leave(waiter)

    def release(self, lease: Lease) -> None:
        """The request has ended (answered or failed): its weight leaves the window one window
        from now."""
        self._sync_store().settle(lease.budgets, lease.lease)
        self._queue.poke()

    async def arelease(self, lease: Lease) -> None:
        store = self._async_store()
        if isinstance(store, MemoryStore):
            store.settle(lease.budgets, lease.lease)
        else:
            await store.settle(lease.budgets, lease.lease)
        self._queue.poke()

    def _ban_seconds(self, retry_after: float | None) -> float:
        return retry_after if retry_after is not None and retry_after > 0 else self.rules.ban_seconds

    def _log_ban(self, operation: Operation[Any], budgets: tuple[Budget, ...], seconds: float) -> str:
        labels = " and ".join(budget.label for budget in budgets)
        told = (
            f"the exchange banned {labels} (HTTP 429); calls that would count against it are held back, "
            f"not sent, for {seconds:.0f} s (until about {_when(seconds)})"
        )
        logger.warning("%s %s: %s", operation.method, operation.path, told)
        return told

    def banned(self, operation: Operation[Any], budgets: tuple[Budget, ...], retry_after: float | None) -> str:
        """Records the ban a 429 announced; returns what the error should say about it."""
        return self._log_ban(operation, budgets, self._sync_store().ban(budgets, self._ban_seconds(retry_after)))

    async def abanned(self, operation: Operation[Any], budgets: tuple[Budget, ...], retry_after: float | None) -> str:
        store = self._async_store()
        seconds = self._ban_seconds(retry_after)
        longest = store.ban(budgets, seconds) if isinstance(store, MemoryStore) else await store.ban(budgets, seconds)
        return self._log_ban(operation, budgets, longest)


def _redis_module() -> Any:
    try:
        import redis
        import redis.asyncio
    except ImportError:
        raise InvalidParameterError(
            "rate_limiter", 'needs the redis package for a Redis store: pip install "pionex-sdk[redis]"'
        ) from None
    return redis


_default: RateLimiter | None = None
_default_lock = threading.Lock()


def default_limiter() -> RateLimiter:
    """The limiter of clients given none: in this process, or in Redis when ``PIONEX_REDIS_URL``
    is set; one for the whole process."""
    global _default
    with _default_lock:
        if _default is None:
            import os

            url = os.environ.get("PIONEX_REDIS_URL") or None
            _default = RateLimiter(redis=url) if url else RateLimiter()
        return _default


@dataclass(frozen=True, slots=True)
class Limits:
    """A client's side of the limiter: which limiter, how calls behave, and its two budgets."""

    limiter: RateLimiter
    mode: Mode
    public: tuple[Budget, ...]
    private: tuple[Budget, ...]

    @classmethod
    def bind(cls, limiter: RateLimiter, mode: Mode, base_url: str, key_digest: str | None) -> Limits:
        host = urlsplit(base_url).netloc.lower()
        public, private = limiter.budgets(host, key_digest)
        return cls(limiter, mode, public, private)

    def of(self, operation: Operation[Any]) -> tuple[Budget, ...]:
        return self.private if operation.private else self.public

    def acquire(self, operation: Operation[Any], seconds: float | None) -> Lease | None:
        if self.mode == "off":
            return None
        return self.limiter.acquire(operation, self.of(operation), self.mode, seconds)

    async def aacquire(self, operation: Operation[Any], seconds: float | None) -> Lease | None:
        if self.mode == "off":
            return None
        return await self.limiter.aacquire(operation, self.of(operation), self.mode, seconds)
