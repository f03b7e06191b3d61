"""Stream faults on a schedule, as the command line's ``--stream-fault`` asks for them."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from ..symbols import SYMBOLS_BY_NAME
from .hub import Streams

TOPICS = frozenset({"TRADE", "DEPTH", "ORDERBOOK", "INDEX", "ORDER", "FILL", "BALANCE", "RISK", "POSITION"})
"""The topics of Pionex's streams, which ``refuse:TOPIC`` may name."""

# -- faults from the command line ----------------------------------------------------------------

STREAM_FAULT_KINDS = ("drop", "silence", "skip", "refuse")


def _seconds(text: str) -> float:
    for unit, factor in (("ms", 0.001), ("s", 1.0)):
        if text.endswith(unit):
            try:
                value = float(text[: -len(unit)]) * factor
            except ValueError:
                break
            if value > 0:
                return value
            break
    raise ValueError(f"{text!r} is not a positive duration such as 500ms or 30s")


@dataclass(frozen=True)
class StreamFault:
    """A stream fault repeated on a schedule (the command line's ``--stream-fault``).

    Specs: ``drop:every=30s`` (close every stream connection), ``silence:5s:every=60s`` (send
    nothing for 5 s), ``skip:BTC_USDT_PERP:every=10s`` (a gap in that pair's ORDERBOOK numbers),
    ``refuse:DEPTH`` (refuse the first subscription of the topic; with ``every=`` one each
    period).  The first strike comes one period after the server starts.
    """

    kind: str
    every: float | None = None
    seconds: float = 0.0
    target: str = ""

    @classmethod
    def parse(cls, spec: str) -> StreamFault:
        kind, *parts = spec.split(":")
        if kind not in STREAM_FAULT_KINDS:
            raise ValueError(f"stream fault kind must be one of {', '.join(STREAM_FAULT_KINDS)}, not {kind!r}")
        every: float | None = None
        seconds = 0.0
        target = ""
        for part in parts:
            if part.startswith("every="):
                every = _seconds(part.removeprefix("every="))
            elif kind == "silence" and not seconds:
                seconds = _seconds(part)
            elif kind in ("skip", "refuse") and not target:
                target = part
            else:
                raise ValueError(f"unexpected part {part!r} in stream fault {spec!r}")
        if kind in ("drop", "silence", "skip") and every is None:
            raise ValueError(f"{kind} needs a period, e.g. {kind}{':5s' if kind == 'silence' else ''}:every=30s")
        if kind == "silence" and not seconds:
            raise ValueError("silence needs a duration, e.g. silence:5s:every=60s")
        if kind == "skip":
            rules = SYMBOLS_BY_NAME.get(target)
            if rules is None or rules.type != "PERP":
                raise ValueError("skip needs a perpetual pair, e.g. skip:BTC_USDT_PERP:every=10s")
        if kind == "refuse" and target not in TOPICS:
            raise ValueError("refuse needs a topic, e.g. refuse:DEPTH")
        return cls(kind, every, seconds, target)

    def __str__(self) -> str:
        parts = [self.kind]
        if self.seconds:
            parts.append(f"{self.seconds:g}s")
        if self.target:
            parts.append(self.target)
        if self.every is not None:
            parts.append(f"every={self.every:g}s")
        return ":".join(parts)

    def strike(self, streams: Streams) -> None:
        if self.kind == "drop":
            streams.drop_all()
        elif self.kind == "silence":
            streams.silence(self.seconds)
        elif self.kind == "skip":
            streams.skip_sequence(self.target)
        else:
            streams.refuse_next(self.target)

    async def run(self, streams: Streams) -> None:
        """Strike on schedule until cancelled (``refuse`` without a period strikes once, now)."""
        if self.every is None:
            self.strike(streams)
            return
        while True:
            await asyncio.sleep(self.every)
            self.strike(streams)
