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
  read, say) may have to wait for more than is free; a lighter call behind it (or just
  arriving) may use what is free meanwhile if the head still finds its weight at its time.
  Through Redis, the first head across processes holds that reservation in Redis, and every
  process's calls leave room for it.
* **No wait outlives its call's deadline.**  A call waits for budget at most its ``timeout``;
  still without it then, or told its weight comes back only later, it raises
  :class:`ClientRateLimitError` (nothing sent).
* **Forks start clean.**  A forked child has an empty queue and new locks, and keeps the
  weight in the window and the bans (see :mod:`pionex_wrapper.forking`).

Where the budget lives is the :class:`RateLimiter`: in this process (the default, shared by
every client of the process) or in Redis (``RateLimiter(redis="redis://...")``), where every
process and host that uses it shares one budget per account and per IP address.  The Redis
store is one Lua script run atomically by the server, on the server's clock.

The decisions are plain code without I/O (:class:`MemoryStore`, the script) and the waiting is
done by the caller with its own primitive, so the sync and async clients share all of it.

The package: ``rules`` (budgets, verdicts, modes), ``memory`` and ``redis`` (the stores; the
Redis one is ``store.lua``), ``queue`` (first come, first served) and ``limiter``
(:class:`RateLimiter`, a client's :class:`Limits`, the process default).  The decisions of a
call for budget are one generator without I/O (``queue.acquiring``), driven by the sync and
the async limiter alike.
"""

from .limiter import Limits, RateLimiter, default_limiter
from .memory import MemoryStore
from .redis import AsyncRedisStore, RedisStore
from .rules import (
    DEFAULT_LEASE_SECONDS,
    GUARD_SECONDS,
    IN_FLIGHT_POLL_SECONDS,
    MODES,
    PIONEX_RULES,
    AsyncStore,
    Budget,
    Lease,
    Mode,
    Reservation,
    Rules,
    Store,
    Verdict,
    check_mode,
)

__all__ = [
    "DEFAULT_LEASE_SECONDS",
    "GUARD_SECONDS",
    "IN_FLIGHT_POLL_SECONDS",
    "MODES",
    "PIONEX_RULES",
    "AsyncRedisStore",
    "AsyncStore",
    "Budget",
    "Lease",
    "Limits",
    "MemoryStore",
    "Mode",
    "RateLimiter",
    "RedisStore",
    "Reservation",
    "Rules",
    "Store",
    "Verdict",
    "check_mode",
    "default_limiter",
]
