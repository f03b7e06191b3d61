"""The sandbox's clock seen from outside: move a running sandbox's time ahead over HTTP.

A sandbox started with time travel (``python -m pionex_sandbox --time-travel``, ``make demo``,
``running_sandbox(time_travel=True)``) serves ``GET`` and ``POST /sandbox/v1/clock``; a script
that talks to it like any client (the walk-throughs in ``examples/``) moves its markets, orders,
bots and earn products on with :func:`sandbox_clock`.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

CLOCK_PATH = "/sandbox/v1/clock"
"""The sandbox's own clock control (not a Pionex operation), served when time travel is on."""


def sandbox_clock(base_url: str, *, timeout: float = 30.0) -> Callable[[int], int] | None:
    """A function that moves the sandbox at ``base_url`` ``ms`` milliseconds ahead and returns its
    new time, or None when that server has no clock to move (a real exchange, or a sandbox
    started without time travel)."""
    root = base_url.rstrip("/")
    try:
        probe = httpx.get(f"{root}{CLOCK_PATH}", timeout=timeout)
    except httpx.HTTPError:
        return None
    if probe.status_code != 200:
        return None

    def advance(ms: int) -> int:
        reply = httpx.post(f"{root}{CLOCK_PATH}", json={"advanceMs": ms}, timeout=timeout)
        reply.raise_for_status()
        moved = reply.json()["data"]["time"]
        if not isinstance(moved, int):
            raise TypeError(f"the sandbox answered the clock move with a time of {moved!r}")
        return moved

    return advance
