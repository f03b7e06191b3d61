"""The rules of the limiter: Pionex's budgets, what a store answers, and the modes of a client."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from pionex_client.facade import RATE_LIMITS

from ..errors import InvalidParameterError

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
