"""The limiter: where the budgets live, the queue of calls waiting for them, and a client's binding."""

from __future__ import annotations

import logging
import threading
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..errors import RateLimitStoreError
from ..forking import reset_in_child
from .memory import AsyncMemoryStore, MemoryStore
from .queue import Queue, Take, TaskWaiter, ThreadWaiter, acquiring
from .redis import AsyncRedisStore, RedisStore, redis_module
from .rules import DEFAULT_LEASE_SECONDS, PIONEX_RULES, AsyncStore, Budget, Lease, Mode, Rules, when

if TYPE_CHECKING:
    import asyncio

    from ..operation import Operation

logger = logging.getLogger("pionex_wrapper")


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
        self._queue = Queue()
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
        self._async_memory: AsyncMemoryStore | None = None
        if redis is None:
            self._store = MemoryStore(rules)
            self._async_memory = AsyncMemoryStore(self._store)
        elif isinstance(redis, str):
            self._redis_url = redis
            client = redis_module().Redis.from_url(redis, socket_timeout=5, socket_connect_timeout=5)
            self._store = RedisStore(client, rules, self._prefix)
        elif isinstance(redis, redis_module().asyncio.Redis):
            self._aredis = redis
            self._store = None
        else:
            self._store = RedisStore(redis, rules, self._prefix)
            self._sync_client = redis
        reset_in_child(self)

    def _after_fork(self) -> None:
        """In a forked child: an empty queue (the parent's waiting threads and tasks are not in
        the child) and no async Redis store (they belong to the parent's event loops, which do
        not run in the child; a new one is made for the child's loop on first use).  A Redis
        store names the child's leases apart from the parent's; redis-py opens the child's own
        connections by itself.  The budgets in memory are the :class:`MemoryStore`'s to reset."""
        self._queue._after_fork()
        self._async_stores = weakref.WeakKeyDictionary()
        if isinstance(self._store, RedisStore):
            self._store._after_fork()

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

    def _async_store(self) -> AsyncStore:
        if self._async_memory is not None:
            return self._async_memory
        import asyncio

        loop = asyncio.get_running_loop()
        store = self._async_stores.get(loop)
        if store is None:
            aioredis = redis_module().asyncio
            if self._aredis is not None:
                client = self._aredis
            elif self._redis_url is not None:
                client = aioredis.Redis.from_url(self._redis_url, socket_timeout=5, socket_connect_timeout=5)
            else:
                client = aioredis.Redis(**self._sync_client.connection_pool.connection_kwargs)
            store = self._async_stores[loop] = AsyncRedisStore(client, self.rules, self._prefix)
        return store

    # -- the life of a request: the decisions are acquiring() in queue.py; these drive them ----

    def acquire(
        self, operation: Operation[Any], budgets: tuple[Budget, ...], mode: Mode, lease_seconds: float | None
    ) -> Lease:
        """Takes the operation's weight from ``budgets``, waiting in turn (``mode="wait"``), or
        raises :class:`ClientRateLimitError` (a ban; ``mode="fail"`` and no budget now; or the
        wait would outlast the call's deadline).  ``lease_seconds`` is the call's deadline: no
        wait here lasts longer, and a request in flight holds its weight in Redis at most that
        long if its process never says it ended (None: :data:`DEFAULT_LEASE_SECONDS`, and the
        call waits its turn however long it takes)."""
        store = self._sync_store()
        weight, seconds = operation.weight, lease_seconds or DEFAULT_LEASE_SECONDS
        waits = mode == "wait"
        flow = acquiring(self._queue, operation, budgets, mode, self.rules, store.reserves, ThreadWaiter, lease_seconds)
        try:
            action = next(flow)
            while True:
                if isinstance(action, Take):
                    action = flow.send(store.take(budgets, weight, seconds, action.behind, reserve=waits))
                else:
                    action.waiter.event.wait(action.seconds)
                    action.waiter.event.clear()
                    action = next(flow)
        except StopIteration as done:
            lease: Lease = done.value
            return lease
        finally:
            flow.close()  # a wait or the store raised: the call leaves the queue

    async def aacquire(
        self, operation: Operation[Any], budgets: tuple[Budget, ...], mode: Mode, lease_seconds: float | None
    ) -> Lease:
        """The awaitable twin of :meth:`acquire`."""
        import asyncio

        store = self._async_store()
        weight, seconds = operation.weight, lease_seconds or DEFAULT_LEASE_SECONDS
        waits = mode == "wait"
        flow = acquiring(self._queue, operation, budgets, mode, self.rules, store.reserves, TaskWaiter, lease_seconds)
        try:
            action = next(flow)
            while True:
                if isinstance(action, Take):
                    action = flow.send(await store.take(budgets, weight, seconds, action.behind, reserve=waits))
                else:
                    try:
                        async with asyncio.timeout(action.seconds):
                            await action.waiter.event.wait()
                    except TimeoutError:
                        pass
                    action.waiter.event.clear()
                    action = next(flow)
        except StopIteration as done:
            lease: Lease = done.value
            return lease
        finally:
            flow.close()  # cancelled, or the store raised: the call leaves the queue

    def release(self, lease: Lease) -> None:
        """The request has ended (answered or failed): its weight leaves the window one window
        from now."""
        self._sync_store().settle(lease.budgets, lease.lease)
        self._queue.poke()

    async def arelease(self, lease: Lease) -> None:
        await self._async_store().settle(lease.budgets, lease.lease)
        self._queue.poke()

    def _ban_seconds(self, retry_after: float | None) -> float:
        return retry_after if retry_after is not None and retry_after > 0 else self.rules.ban_seconds

    def _log_ban(self, operation: Operation[Any], budgets: tuple[Budget, ...], seconds: float) -> str:
        labels = " and ".join(budget.label for budget in budgets)
        told = (
            f"the exchange banned {labels} (HTTP 429); calls that would count against it are held back, "
            f"not sent, for {seconds:.0f} s (until about {when(seconds)})"
        )
        logger.warning("%s %s: %s", operation.method, operation.path, told)
        return told

    def banned(self, operation: Operation[Any], budgets: tuple[Budget, ...], retry_after: float | None) -> str:
        """Records the ban a 429 announced; returns what the error should say about it."""
        return self._log_ban(operation, budgets, self._sync_store().ban(budgets, self._ban_seconds(retry_after)))

    async def abanned(self, operation: Operation[Any], budgets: tuple[Budget, ...], retry_after: float | None) -> str:
        longest = await self._async_store().ban(budgets, self._ban_seconds(retry_after))
        return self._log_ban(operation, budgets, longest)


_default: RateLimiter | None = None
_default_lock = threading.Lock()


class _DefaultLock:
    """Resets the module's lock in a forked child (a parent's thread may have held it); the
    default limiter itself is kept, and resets its own state (see :meth:`RateLimiter._after_fork`)."""

    def _after_fork(self) -> None:
        global _default_lock
        _default_lock = threading.Lock()


_default_lock_reset = _DefaultLock()
reset_in_child(_default_lock_reset)


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
