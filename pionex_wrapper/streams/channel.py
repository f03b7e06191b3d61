"""What one stream channel is: the handwritten type the generated channel table is made of.

``generated/pionex_client/streams/channels.py`` holds one :class:`Channel` per channel of
``openapi/streams.json`` (``SPOT_TRADE``, ``FUTURES_ORDERBOOK``, ...).  A channel knows where it is
served, whether it needs authentication and a symbol, the model its data messages decode to,
and builds its own subscribe and unsubscribe messages, refusing one Pionex would not accept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

Market = Literal["spot", "futures"]
"""Which Pionex market a channel belongs to."""

AuthKind = Literal["none", "url-signature", "auth-message"]
"""How a connection to the channel's endpoint is authenticated: not at all (``/wsPub``), by a
signed query string in the URL (spot ``/ws``), or by an ``auth`` message sent first (futures ``/wsUA``)."""

SymbolRule = Literal["required", "required-or-all", "none"]
"""Whether a subscription names a pair: always, a pair or ``ALL``, or never (BALANCE, RISK)."""

ALL_SYMBOLS = "ALL"
PERPETUAL_SUFFIX = "_PERP"

M = TypeVar("M")


@dataclass(frozen=True, slots=True)
class DepthLimit:
    """The levels a DEPTH subscription may ask for per side."""

    minimum: int
    maximum: int
    default: int


@dataclass(frozen=True, slots=True)
class Channel(Generic[M]):
    """One stream channel of the spec.

    Attributes:
        name: ``market.topic``, such as ``futures.ORDERBOOK``; unique.
        topic: The topic Pionex names the channel by (``TRADE``); spot and futures share some.
        market: ``spot`` or ``futures``.
        path: The endpoint that serves it (``/wsPub``, ``/ws``, ``/wsUA``).
        auth: How a connection to that endpoint authenticates.
        symbol: Whether a subscription names a pair.
        message: The model a data message of the channel decodes to.
        depth_limit: For DEPTH, the levels a subscription may ask for; else None.
    """

    name: str
    topic: str
    market: Market
    path: str
    auth: AuthKind
    symbol: SymbolRule
    message: type[M]
    depth_limit: DepthLimit | None = None

    @property
    def private(self) -> bool:
        """Whether the channel carries the account's own data (its endpoint needs authentication)."""
        return self.auth != "none"

    @property
    def symbol_required(self) -> bool:
        """Whether a subscription must name a pair (or ``ALL``, where the channel accepts it)."""
        return self.symbol != "none"

    def subscribe(self, symbol: str | None = None, *, limit: int | None = None) -> dict[str, Any]:
        """The SUBSCRIBE message for ``symbol`` (and, for DEPTH, ``limit`` levels per side)."""
        message: dict[str, Any] = {"op": "SUBSCRIBE", "topic": self.topic}
        message.update(self._symbol(symbol))
        if limit is not None:
            if self.depth_limit is None:
                raise ValueError(f"{self.name} takes no limit")
            if isinstance(limit, bool) or not isinstance(limit, int):
                raise TypeError(f"{self.name}: limit must be an int, not {type(limit).__name__}")
            if not self.depth_limit.minimum <= limit <= self.depth_limit.maximum:
                raise ValueError(
                    f"{self.name}: limit must be {self.depth_limit.minimum} to {self.depth_limit.maximum}, not {limit}"
                )
            message["limit"] = limit
        return message

    def unsubscribe(self, symbol: str | None = None) -> dict[str, Any]:
        """The UNSUBSCRIBE message for ``symbol``."""
        return {"op": "UNSUBSCRIBE", "topic": self.topic, **self._symbol(symbol)}

    def _symbol(self, symbol: str | None) -> dict[str, str]:
        if self.symbol == "none":
            if symbol is not None:
                raise ValueError(f"{self.name} takes no symbol")
            return {}
        if not symbol or not isinstance(symbol, str):
            raise ValueError(f"{self.name} needs a symbol")
        if symbol == ALL_SYMBOLS:
            if self.symbol != "required-or-all":
                raise ValueError(f"{self.name} does not take {ALL_SYMBOLS}: name one pair")
            return {"symbol": symbol}
        perpetual = symbol.endswith(PERPETUAL_SUFFIX)
        if perpetual != (self.market == "futures"):
            wanted = "a perpetual pair (ending in _PERP)" if self.market == "futures" else "a spot pair (no _PERP)"
            raise ValueError(f"{self.name} needs {wanted}, not {symbol!r}")
        return {"symbol": symbol}
