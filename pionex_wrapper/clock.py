"""The exchange's clock, as seen from here: what private requests are stamped with.

Pionex refuses a private request whose ``timestamp`` is more than 20 s from its own clock, and
every reply carries that clock (the envelope's ``timestamp``).  :class:`ServerClock` keeps the
offset between the two from the replies the client receives, with no I/O of its own.

The reply was stamped somewhere between sending and receiving, so ``server - local-at-receipt``
is the lowest the offset can be.  That bound is what is kept: a request stamped with it is never
ahead of the exchange's clock (at most one round trip behind it), which is the safe side.
"""

from __future__ import annotations

from collections.abc import Callable


class ServerClock:
    """The exchange's time in ms: the local clock plus the offset last observed.

    Shared by a client and its ``with_options`` copies (one exchange, one clock).  Updating the
    offset is one attribute store, atomic in CPython, so threads and tasks need no lock.
    """

    __slots__ = ("_offset", "enabled", "local_ms")

    def __init__(self, local_ms: Callable[[], int], *, enabled: bool = True) -> None:
        self.local_ms = local_ms
        """The local clock, in ms since the epoch."""
        self.enabled = enabled
        self._offset = 0

    @property
    def offset_ms(self) -> int:
        """Exchange time minus local time, in ms (0 until a reply has been seen, or if disabled)."""
        return self._offset if self.enabled else 0

    def now(self) -> int:
        """The time to stamp a request with: the exchange's clock, never ahead of it."""
        return self.local_ms() + self.offset_ms

    def observe(self, server_ms: int | None, received_local_ms: int) -> None:
        """Learns from one reply: its envelope timestamp and the local time it arrived."""
        if server_ms is not None and server_ms > 0:
            self._offset = server_ms - received_local_ms

    def __repr__(self) -> str:
        state = f"offset {self.offset_ms} ms" if self.enabled else "disabled"
        return f"ServerClock({state})"
