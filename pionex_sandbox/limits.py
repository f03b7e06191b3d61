"""Pionex's request rate limits, for sandboxes that ask for them.

The rules, as Pionex states them: every operation has a weight (1 or 5 for the Spot API).
Within any one second the requests from one IP address may weigh 10 in all, and, counted
separately, the private requests of one account may weigh 10 in all.  A request over
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
from collections.abc import Callable

WEIGHT_PER_SECOND = 10
"""What the requests of one IP address, or the private requests of one account, may weigh per second."""

BAN_SECONDS = 60.0
"""How long an IP address or account that went over the limit is refused."""

BAN_EXTENSION_SECONDS = 10.0
"""How much longer a ban lasts for every request made during it."""

WINDOW_SECONDS = 1.0


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
        ban_seconds: float = BAN_SECONDS,
        ban_extension_seconds: float = BAN_EXTENSION_SECONDS,
    ) -> None:
        self.clock = clock
        self.weight_per_second = weight_per_second
        self.ban_seconds = ban_seconds
        self.ban_extension_seconds = ban_extension_seconds
        self._recent: dict[str, deque[tuple[float, int]]] = {}
        self._banned_until: dict[str, float] = {}

    def banned_for(self, subject: str) -> float:
        """Seconds the ban of ``subject`` still lasts (0 when it is not banned)."""
        return max(0.0, self._banned_until.get(subject, 0.0) - self.clock())

    def admit(self, subject: str, weight: int, what: str) -> None:
        """Count a request of ``weight`` for ``subject``, or raise :class:`RateLimited`.

        ``what`` names the subject in the refusal's message ("this IP address", "this account").
        """
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
        while recent and recent[0][0] <= now - WINDOW_SECONDS:
            recent.popleft()
        used = sum(entry[1] for entry in recent)
        if used + weight > self.weight_per_second:
            recent.clear()
            self._banned_until[subject] = now + self.ban_seconds
            raise RateLimited(
                f"rate limit exceeded: {what} may send requests weighing {self.weight_per_second} per second "
                f"(this one weighs {weight}, {used} already used); banned for {self.ban_seconds:.0f} seconds"
            )
        recent.append((now, weight))
