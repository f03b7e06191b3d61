"""The guard's append-only audit log: one JSON object per line for every prepare, confirm,
refusal and kill of a ``pionex-mcp`` server.

Each line has ``time`` (UTC, ISO 8601 with milliseconds), ``day`` (the UTC date), ``event``
(``prepare``, ``confirm``, ``refusal``, ``kill``), ``pid`` (the server process) and what the event
adds (the tool, the operation, the checked arguments, the notional, the outcome...).  A token is
never written, only :func:`token_hash` of it (enough to tie a confirm to its prepare); no key,
secret or signature is ever in a line: nothing here is given one.

The log is also the memory of the per-day notional limit: :meth:`AuditLog.daily_totals` adds up
the ``notional`` of the confirms marked ``counted``, by UTC day, so a restart does not reset the
day's total.  A confirm is written twice: before it is sent (``outcome`` ``sending``, so a crash
while sending still counts) and with its outcome (``sent``, ``unknown``, or ``refused``, which is
not counted).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .results import jsonable

EVENTS = ("prepare", "confirm", "refusal", "kill")


def token_hash(token: str) -> str:
    """What the log keeps of a token: the first 32 hex digits of its SHA-256."""
    return hashlib.sha256(token.encode()).hexdigest()[:32]


def utc_day(at: float) -> str:
    """The UTC date of the epoch time ``at`` (``2026-12-05``)."""
    return datetime.fromtimestamp(at, UTC).date().isoformat()


class AuditLog:
    """Appends events to the JSON-lines file at ``path`` (its folder made if needed); ``wall`` is
    the wall clock (epoch seconds) the lines are stamped with."""

    def __init__(self, path: Path, *, wall: Callable[[], float]) -> None:
        self.path = path
        self.wall = wall
        self._lock = threading.Lock()

    def write(self, event: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Append one line for ``event`` with ``fields`` (decimals as exact strings) and return it.
        Raises ``OSError`` if the line could not be written."""
        if event not in EVENTS:
            raise ValueError(f"not an audit event: {event!r}")
        at = self.wall()
        stamp = datetime.fromtimestamp(at, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        line = {"time": stamp, "day": utc_day(at), "event": event, "pid": os.getpid(), **jsonable(dict(fields))}
        data = (json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(descriptor, data)  # one write of one line with O_APPEND: lines never interleave
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
        return line

    def lines(self) -> list[dict[str, Any]]:
        """Every well-formed line so far (a torn or foreign line is skipped)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        found: list[dict[str, Any]] = []
        for raw in text.splitlines():
            try:
                line = json.loads(raw)
            except ValueError:
                continue
            if isinstance(line, dict):
                found.append(line)
        return found

    def daily_totals(self) -> dict[str, Decimal]:
        """The notional confirmed on each UTC day, from the ``confirm`` lines marked ``counted``.

        A confirm writes a line before it sends (``outcome`` ``sending``, counted) and one with its
        outcome after (a refused write is not counted): the last line of a token holds."""
        latest: dict[str, dict[str, Any]] = {}
        for index, line in enumerate(self.lines()):
            if line.get("event") == "confirm":
                latest[str(line.get("token") or f"#{index}")] = line
        totals: dict[str, Decimal] = {}
        for line in latest.values():
            if not line.get("counted"):
                continue
            try:
                notional = Decimal(str(line.get("notional")))
            except InvalidOperation:
                continue
            if notional.is_finite() and notional > 0 and isinstance(line.get("day"), str):
                totals[line["day"]] = totals.get(line["day"], Decimal(0)) + notional
        return totals
