"""Pionex's request rate limits, for sandboxes that ask for them.

The rules, as Pionex states them and the spec records them (``x-pionex-rate-limits``, read
from the spec here): every operation has a weight (1 or 5 for the Spot API).  Within any one
second the requests from one IP address may weigh 10 in all, and, counted separately, the
private requests of one account may weigh 10 in all.  A request over
either limit is answered with HTTP 429 and bans that IP address or account for 60 seconds;
every further request during a ban lengthens it by 10 seconds.

The limits are off unless asked for (``create_app(rate_limits=True)`` or the command line's
``--rate-limits``): tests and recordings send requests much faster than ten a second.  They
run on their own clock (:func:`time.monotonic` by default), never on the sandbox clock,
which may be frozen.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any

from .http.routes import load_spec


def _rules(spec: Mapping[str, Any]) -> dict[str, float]:
    """The budgets, window and bans of ``spec``'s ``x-pionex-rate-limits``."""
    rules = spec["info"]["x-pionex-rate-limits"]
    budgets = {budget["name"]: budget["weight"] for budget in rules["budgets"]}
    return {
        "window": rules["windowSeconds"],
        "ip": budgets["ip"],
        "account": budgets["account"],
        "ban": rules["banSeconds"],
        "extension": rules["banExtensionSeconds"],
    }


_SHIPPED = _rules(load_spec())

WEIGHT_PER_SECOND = int(_SHIPPED["ip"])
"""What the requests of one IP address may weigh per second (the spec's ``ip`` budget)."""

ACCOUNT_WEIGHT_PER_SECOND = int(_SHIPPED["account"])
"""What the private requests of one account may weigh per second (the spec's ``account`` budget)."""

BAN_SECONDS = float(_SHIPPED["ban"])
"""How long an IP address or account that went over the limit is refused."""

BAN_EXTENSION_SECONDS = float(_SHIPPED["extension"])
"""How much longer a ban lasts for every request made during it."""

WINDOW_SECONDS = float(_SHIPPED["window"])


class RateLimited(Exception):
    """A request refused because its IP address or account is over the limit (HTTP 429)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RateLimits:
    """Sliding one-second windows of request weights, and bans, per IP address and per account.

    ``clock`` returns seconds from any fixed point (tests pass one they move by hand).
    """

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        *,
        weight_per_second: int = WEIGHT_PER_SECOND,
        account_weight_per_second: int = ACCOUNT_WEIGHT_PER_SECOND,
        ban_seconds: float = BAN_SECONDS,
        ban_extension_seconds: float = BAN_EXTENSION_SECONDS,
        window_seconds: float = WINDOW_SECONDS,
    ) -> None:
        self.clock = clock
        self.weight_per_second = weight_per_second
        self.account_weight_per_second = account_weight_per_second
        self.ban_seconds = ban_seconds
        self.ban_extension_seconds = ban_extension_seconds
        self.window_seconds = window_seconds
        self._recent: dict[str, deque[tuple[float, int]]] = {}
        self._banned_until: dict[str, float] = {}

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any], clock: Callable[[], float] = time.monotonic) -> RateLimits:
        """The limits ``spec`` states in its ``x-pionex-rate-limits``."""
        rules = _rules(spec)
        return cls(
            clock,
            weight_per_second=int(rules["ip"]),
            account_weight_per_second=int(rules["account"]),
            ban_seconds=float(rules["ban"]),
            ban_extension_seconds=float(rules["extension"]),
            window_seconds=float(rules["window"]),
        )

    def banned_for(self, subject: str) -> float:
        """Seconds the ban of ``subject`` still lasts (0 when it is not banned)."""
        return max(0.0, self._banned_until.get(subject, 0.0) - self.clock())

    def admit(self, subject: str, weight: int, what: str, *, account: bool = False) -> None:
        """Count a request of ``weight`` for ``subject``, or raise :class:`RateLimited`.

        ``what`` names the subject in the refusal's message ("this IP address", "this account");
        ``account`` says the subject is an account (its budget applies), not an IP address.
        """
        budget = self.account_weight_per_second if account else self.weight_per_second
        now = self.clock()
        until = self._banned_until.get(subject)
        if until is not None and now < until:
            until += self.ban_extension_seconds
            self._banned_until[subject] = until
            raise RateLimited(
                f"{what} is banned for {until - now:.0f} more seconds for going over the rate limit; "
                f"every request during the ban adds {self.ban_extension_seconds:.0f} seconds"
            )
        recent = self._recent.setdefault(subject, deque())
        while recent and recent[0][0] <= now - self.window_seconds:
            recent.popleft()
        used = sum(entry[1] for entry in recent)
        if used + weight > budget:
            recent.clear()
            self._banned_until[subject] = now + self.ban_seconds
            raise RateLimited(
                f"rate limit exceeded: {what} may send requests weighing {budget} per second "
                f"(this one weighs {weight}, {used} already used); banned for {self.ban_seconds:.0f} seconds"
            )
        recent.append((now, weight))
