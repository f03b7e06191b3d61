"""When a failed call is sent again: a pure decision, no I/O, shared by the sync and async clients.

Only reads are retried.  A read (an operation whose ``x-pionex-effect`` is ``read``, whatever its
HTTP method: the bots' ``checkParams`` is a read sent as POST) changes nothing on the exchange,
so sending it again after a connection error, a timeout, a 5xx or the end of a rate-limit ban
is safe.  A write (an order, a cancel, a transfer, a bot action: any other effect) is never sent
again blindly: the exchange may have acted on it before the reply was lost.

Waits grow exponentially with full jitter (a random wait between half and all of the step), a
``Retry-After`` the exchange gives is honoured, and no retry starts past the call's deadline.
"""

from __future__ import annotations

import math
import random
import re
import time
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from .errors import (
    ClientRateLimitError,
    InvalidParameterError,
    PionexConnectionError,
    PionexError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
)
from .operation import Operation
from .ratelimit import PIONEX_RULES

DEFAULT_MAX_RETRIES = 2
MAX_RETRIES_LIMIT = 10


def check_max_retries(value: object, name: str = "max_retries") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RETRIES_LIMIT:
        raise InvalidParameterError(name, f"must be a whole number from 0 to {MAX_RETRIES_LIMIT}, got {value!r}")
    return value


def is_read(operation: Operation[Any]) -> bool:
    """Whether sending the operation twice is harmless: the spec says it changes nothing (its
    effect is ``read``), never guessed from the HTTP method."""
    return operation.effect == "read"


def is_retryable(error: PionexError) -> bool:
    """A failure that says nothing about the request itself: the network, the server, a ban
    (when its end is near enough; see :meth:`RetryPolicy.delay`).  Not a call this client's
    own rate limiter held back: it knows the budget, and waiting is its decision."""
    return isinstance(error, (PionexConnectionError, ServerError, RateLimitError)) and not isinstance(
        error, ClientRateLimitError
    )


def is_ambiguous(error: PionexError) -> bool:
    """A failure after which a write may or may not have been carried out: the request may have
    reached the exchange and only the reply was lost (a timeout, a reset, a 5xx, a reply that
    could not be read).  A rate-limit refusal is not: the exchange turned the request away."""
    return isinstance(error, (PionexConnectionError, ServerError, ResponseDecodeError))


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many times, and after how long, a read is sent again."""

    max_retries: int = DEFAULT_MAX_RETRIES
    base_delay: float = 0.25
    max_delay: float = 8.0
    deadline: float = 30.0
    """Seconds from the first attempt after which no retry starts."""
    ban_seconds: float = PIONEX_RULES.ban_seconds
    """How long a 429 without ``Retry-After`` is taken to ban for (Pionex's ban): a retry
    sooner would only lengthen the ban, so such a read is not retried within the deadline."""

    def delay(self, retry: int, error: PionexError, rng: random.Random | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (1 for the first)."""
        step = min(self.max_delay, self.base_delay * 2 ** (retry - 1))
        wait: float = step * (0.5 + 0.5 * (rng or random).random())
        if isinstance(error, RateLimitError):
            retry_after = error.retry_after
            if retry_after is None or not math.isfinite(retry_after):
                retry_after = self.ban_seconds
            wait = max(wait, retry_after)
        return wait

    def next_wait(
        self,
        operation: Operation[Any],
        error: PionexError,
        retry: int,
        elapsed: float,
        rng: random.Random | None = None,
        *,
        safe: bool = False,
    ) -> float | None:
        """Seconds to wait before sending ``operation`` again after ``error``, or None to give up.

        ``retry`` is the number of the retry being considered (1 for the first); ``elapsed`` the
        seconds since the first attempt started; ``safe`` that sending it again is known to be
        harmless although it is a write (the exchange said the order does not exist).
        """
        if retry > self.max_retries or not (safe or is_read(operation)) or not is_retryable(error):
            return None
        wait = self.delay(retry, error, rng)
        if elapsed + wait > self.deadline:
            return None
        return wait


MAX_RETRY_AFTER = 86_400.0
"""The longest Retry-After taken, in seconds (a day); a longer one is read as a day."""

_DELAY_SECONDS = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _seconds(value: str | None, now: float | None = None) -> float | None:
    """A Retry-After in seconds from now, at most :data:`MAX_RETRY_AFTER`; None if absent or not
    understood.

    Either a number of seconds (digits, a fraction taken too; not ``1e12``, ``-5`` or ``nan``)
    or an HTTP date, counted from ``now`` (``time.time()`` by default; 0 once it has passed).
    """
    if value is None:
        return None
    text = value.strip()
    if _DELAY_SECONDS.fullmatch(text):
        return min(float(text), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000": the zone is unknown; HTTP dates are GMT
        when = when.replace(tzinfo=UTC)
    delay = when.timestamp() - (time.time() if now is None else now)
    return min(max(delay, 0.0), MAX_RETRY_AFTER) if math.isfinite(delay) else None


def retry_after(response: httpx.Response) -> float | None:
    """The reply's Retry-After in seconds (see :func:`_seconds`), or None."""
    return _seconds(response.headers.get("Retry-After"))
