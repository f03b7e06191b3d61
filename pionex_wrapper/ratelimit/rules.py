"""The rules of the limiter: Pionex's budgets, what a store answers, and the modes of a client."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pionex_client.facade import RATE_LIMITS

from ..errors import ClientRateLimitError, InvalidParameterError
from ..record import Record

if TYPE_CHECKING:
    from ..operation import Operation

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


class Verdict(Record):
    """A store's answer to a request for weight (a :class:`~pionex_wrapper.record.Record`: one is
    made on every call).

    ``lease``: granted, the lease to settle when the request has ended.  Refused: ``wait``, the
    seconds after which asking again may succeed; ``banned``, the budget is banned (``wait`` is
    what the ban still lasts); ``budget``, the index of the budget that refused; ``in_flight``, a
    request still in flight holds the weight (it may come back sooner); ``at``, when (on a
    :class:`MemoryStore`'s clock) the weight will be there.
    """

    __slots__ = ("at", "banned", "budget", "in_flight", "lease", "wait")

    def __init__(
        self,
        lease: str | None,
        wait: float = 0.0,
        *,
        banned: bool = False,
        budget: int = 0,
        in_flight: bool = False,
        at: float = 0.0,
    ) -> None:
        self.lease, self.wait, self.banned, self.budget, self.in_flight, self.at = (
            lease,
            wait,
            banned,
            budget,
            in_flight,
            at,
        )


@dataclass(frozen=True, slots=True)
class Reservation:
    """What the call at the head of the queue waits for: ``weight`` from ``budgets`` at ``at``.
    A call behind it may go first only if it leaves that weight there at that time."""

    budgets: tuple[Budget, ...]
    weight: int
    at: float


class Lease(Record):
    """Weight a request holds from the budgets; given back (settled) when the request ends (a
    :class:`~pionex_wrapper.record.Record`: one is made on every call)."""

    __slots__ = ("budgets", "lease")

    def __init__(self, budgets: tuple[Budget, ...], lease: str) -> None:
        self.budgets = budgets
        self.lease = lease


class Store(Protocol):
    """Keeps the budgets: the three steps of a request's life, each atomic."""

    reserves: bool
    """Whether ``take`` honours ``behind`` (a call may pass the head of the queue without
    delaying it); a store that does not keeps strict order, and is never given one.  ``reserve``
    says the call waits its turn if refused (``mode="wait"``): a store shared by processes may
    then hold the head's reservation for all of them (in memory the queue holds it)."""

    def take(
        self,
        budgets: tuple[Budget, ...],
        weight: int,
        lease_seconds: float,
        behind: Reservation | None = None,
        *,
        reserve: bool = False,
    ) -> Verdict: ...

    def settle(self, budgets: tuple[Budget, ...], lease: str) -> None: ...

    def ban(self, budgets: tuple[Budget, ...], seconds: float) -> float: ...


class AsyncStore(Protocol):
    reserves: bool

    async def take(
        self,
        budgets: tuple[Budget, ...],
        weight: int,
        lease_seconds: float,
        behind: Reservation | None = None,
        *,
        reserve: bool = False,
    ) -> Verdict: ...

    async def settle(self, budgets: tuple[Budget, ...], lease: str) -> None: ...

    async def ban(self, budgets: tuple[Budget, ...], seconds: float) -> float: ...


def when(seconds: float) -> str:
    """The wall-clock time ``seconds`` from now, as messages give it."""
    return datetime.fromtimestamp(time.time() + seconds, UTC).strftime("%H:%M:%S UTC")


def refusal(
    rules: Rules, operation: Operation[Any], budgets: tuple[Budget, ...], verdict: Verdict
) -> ClientRateLimitError:
    """The error of a call the limiter does not send: a ban, or no budget now in ``"fail"`` mode."""
    budget = budgets[verdict.budget]
    if verdict.banned:
        message = (
            f"not sent: the exchange banned {budget.label} after an HTTP 429; the ban ends in "
            f"{verdict.wait:.0f} s (about {when(verdict.wait)}), and every request sent during it "
            f"would lengthen it by {rules.ban_extension_seconds:.0f} s"
        )
    else:
        message = (
            f"not sent: {operation.name} weighs {operation.weight} and the budget of {budget.label} "
            f"({budget.limit} per {rules.window:g} s) is used up for {verdict.wait:.2f} s more "
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


def out_of_time(
    rules: Rules, operation: Operation[Any], budgets: tuple[Budget, ...], seconds: float | None, last: Verdict | None
) -> ClientRateLimitError:
    """The error of a call whose deadline came before its weight: nothing was sent.  ``last``:
    the store's latest answer to it (None: it never reached the head of the queue)."""
    if last is None:
        budget, retry_after = None, None
        why = "other calls of this process were still waiting before it"
    else:
        budget, retry_after = budgets[last.budget], None if last.in_flight else last.wait
        why = f"the budget of {budget.label} ({budget.limit} per {rules.window:g} s) was used up"
        if retry_after is not None:
            why += f" for {retry_after:.2f} s more"
    return ClientRateLimitError(
        f"not sent: {operation.name} would have waited for its rate budget past its deadline "
        f"({seconds:g} s, the call's timeout): {why}",
        retry_after=retry_after,
        budget=budget.label if budget is not None else None,
        banned=False,
        method=operation.method,
        path=operation.path,
    )
