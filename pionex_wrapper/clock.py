"""The exchange's clock, as seen from here: what private requests are stamped with.

Pionex refuses a private request whose ``timestamp`` is more than 20 s from its own clock, and
every reply carries that clock (the envelope's ``timestamp``).  :class:`ServerClock` keeps the
offset between the two from the replies the client receives, with no I/O of its own.

The reply was stamped somewhere between sending and receiving, so ``server - local-at-receipt``
is the lowest the offset can be.  That bound is what is kept: a request stamped with it is never
ahead of the exchange's clock (at most one round trip behind it), which is the safe side.  The
local time passed in is therefore the one at which the reply had been received (read after the
reply's body), never the time the request was sent.

Which replies it learns from, and how far (see :class:`ServerClock`):

* Only replies to private requests (the client passes those alone to :meth:`ServerClock.observe`),
  refusals included (an ``INVALID_TIMESTAMP`` refusal is what corrects the clock).  A private
  request is signed and stamped, so its reply was made for it, by the exchange, just now; a public
  reply can be served from a cache or a proxy on the way, with a stamp as old as the cached copy,
  and is what a program fetches most often.
* Only within :data:`MAX_OFFSET_MS` (5 minutes) of this machine's clock.  A reply that would put
  the offset further is ignored, and a warning says so (at most once a minute, with a count of
  those ignored since; it holds no credentials).  Pionex accepts stamps within 20 s of its clock,
  so the offset only has to absorb this machine's clock error; 5 minutes is the tolerance
  Kerberos uses by default for the same purpose, and a machine further off than that has a
  broken clock to fix (its private requests are refused with ``INVALID_TIMESTAMP`` rather than
  stamped with whatever a reply claimed: years ahead, say).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from time import monotonic

logger = logging.getLogger("pionex_wrapper")

MAX_OFFSET_MS = 5 * 60 * 1000
"""The furthest the exchange's clock is believed to be from this machine's: 5 minutes, in ms."""

WARN_EVERY = 60.0
"""Seconds between two warnings about ignored replies (the ignored ones are counted between)."""


class ServerClock:
    """The exchange's time in ms: the local clock plus the offset last observed.

    Shared by a client and its ``with_options`` copies (one exchange, one clock).  Updating the
    offset is one attribute store, atomic in CPython, so threads and tasks need no lock (the
    count of ignored replies, only used in a warning, may miss one under a race).
    """

    __slots__ = ("_ignored", "_offset", "_warned_at", "enabled", "local_ms", "max_offset_ms")

    def __init__(
        self, local_ms: Callable[[], int], *, enabled: bool = True, max_offset_ms: int = MAX_OFFSET_MS
    ) -> None:
        self.local_ms = local_ms
        """The local clock, in ms since the epoch."""
        self.enabled = enabled
        self.max_offset_ms = max_offset_ms
        """The largest offset taken from a reply, either way (see :data:`MAX_OFFSET_MS`)."""
        self._offset = 0
        self._ignored = 0
        self._warned_at: float | None = None

    @property
    def offset_ms(self) -> int:
        """Exchange time minus local time, in ms (0 until a reply has been seen, or if disabled)."""
        return self._offset if self.enabled else 0

    def now(self) -> int:
        """The time to stamp a request with: the exchange's clock, never ahead of it."""
        return self.local_ms() + self.offset_ms

    def observe(self, server_ms: int | None, received_local_ms: int) -> None:
        """Learns from one trusted reply (a private request's): its envelope timestamp and the
        local time it had been received at.  An offset beyond :attr:`max_offset_ms` is ignored."""
        if server_ms is None or server_ms <= 0:
            return
        offset = server_ms - received_local_ms
        if -self.max_offset_ms <= offset <= self.max_offset_ms:
            self._offset = offset
        elif self.enabled:
            self._refuse(offset)

    def _refuse(self, offset: int) -> None:
        self._ignored += 1
        now = monotonic()
        if self._warned_at is not None and now - self._warned_at < WARN_EVERY:
            return
        self._warned_at = now
        ignored, self._ignored = self._ignored, 0
        logger.warning(
            "ignored the exchange's clock in %d repl%s: %+d ms from this machine's, beyond the %d ms "
            "a clock is taken to be off; private requests keep the offset %d ms (check this machine's clock)",
            ignored,
            "y" if ignored == 1 else "ies",
            offset,
            self.max_offset_ms,
            self._offset,
        )

    def __repr__(self) -> str:
        state = f"offset {self.offset_ms} ms" if self.enabled else "disabled"
        return f"ServerClock({state})"
