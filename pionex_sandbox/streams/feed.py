"""What the stream server and the products share: connections, subscriptions, and feeds.

The server (:mod:`pionex_sandbox.streams.hub`) owns the connections: it accepts them,
authenticates them, reads and paces their messages, pings them, and refuses what is wrong.
What is *said* on a topic is a product's: each product gives the server :class:`Feed` objects,
one per endpoint it publishes on, serving some topics of that endpoint.  The server tells a
feed when a connection authenticates, when one subscribes, after every request (account
changes) and at every push (market data); the feed sends its messages on the connections.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Literal

from ..symbols import SymbolType

if TYPE_CHECKING:
    from starlette.websockets import WebSocket

    from ..accounts import Account

Message = dict[str, object]
Auth = Literal["public", "url", "message"]
"""How an endpoint authenticates: not at all, by a signed URL (spot ``/ws``) or by an auth message (``/wsUA``)."""

ALL = "ALL"
"""The symbol of a subscription to every pair (on the endpoints whose feeds take it)."""

DEPTH_DEFAULT = 5


class StreamError(Exception):
    """A refusal sent to the client as an ERROR message."""

    def __init__(self, code: str, message: str, *, close: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.close = close


@dataclass(eq=False)
class Subscription:
    topic: str
    symbol: str | None
    limit: int = DEPTH_DEFAULT
    last: object = None
    """What was last sent (DEPTH levels, INDEX values) or the last trade id sent (TRADE)."""
    sent_at: float = 0.0


@dataclass(eq=False)
class Connection:
    """One stream connection, what it subscribed to, and what its feeds remember of it."""

    websocket: WebSocket
    path: str
    address: str
    account: Account | None = None
    subs: dict[tuple[str, str | None], Subscription] = field(default_factory=dict)
    outbox: asyncio.Queue[str | None] = field(default_factory=asyncio.Queue)
    unanswered: int = 0
    received: deque[float] = field(default_factory=deque)
    closing: tuple[int, str] = (1000, "")
    closed: bool = False
    told: dict[str, object] = field(default_factory=dict)
    """What each feed last told this connection (by the feed's key), to send only changes."""

    def send(self, message: Message) -> None:
        if not self.closed:
            self.outbox.put_nowait(json.dumps(message, separators=(",", ":")))

    def close(self, code: int, reason: str) -> None:
        if not self.closed:
            self.closed = True
            self.closing = (code, reason)
            self.outbox.put_nowait(None)

    def subscribed(self, topic: str, symbol: str | None) -> bool:
        return (topic, symbol) in self.subs or (topic, ALL) in self.subs


class Feed:
    """A product's part of one stream endpoint.  Every hook does nothing unless the feed needs it."""

    path: ClassVar[str]
    """The endpoint (``/wsPub``, ``/ws``, ``/wsUA``)."""
    auth: ClassVar[Auth]
    """How the endpoint authenticates; every feed of an endpoint says the same."""
    topics: ClassVar[frozenset[str]]
    account_topics: ClassVar[frozenset[str]] = frozenset()
    """Topics of the whole account, subscribed without a symbol."""
    takes_all: ClassVar[bool] = False
    """Whether :data:`ALL` stands for every pair of the feed's kind."""
    pairs: ClassVar[SymbolType | None] = None
    """The kind of pair a subscription names (None: any listed pair)."""

    def subscription(self, topic: str, symbol: str | None, message: Message) -> Subscription:
        """A new subscription, or :class:`StreamError` when the message's options are wrong."""
        return Subscription(topic, symbol)

    def authenticated(self, connection: Connection) -> None:
        """``connection`` was authenticated: remember what its account looks like now."""

    def prepare(self, subscription: Subscription, connections: Sequence[Connection], now: int) -> None:
        """Before ``subscription`` is added (the others may need to hear of changes first)."""

    def subscribed(self, connection: Connection, subscription: Subscription, now: int) -> None:
        """``subscription`` was added and acknowledged: send what goes out at once."""

    def publish(self, connections: Sequence[Connection], now: int) -> None:
        """After a request or at a push: tell the connections what changed in their accounts."""

    def before_push(self, connections: Sequence[Connection], now: int) -> None:
        """At a push, before :meth:`push` runs for each subscription."""

    def push(self, connection: Connection, subscription: Subscription, now: int, idle: bool) -> None:
        """At a push: market data for ``subscription`` (``idle``: nothing was sent on it for a while)."""

    def listening(self, connections: Sequence[Connection]) -> list[Connection]:
        """The authenticated connections of this feed's endpoint that subscribed to something."""
        return [c for c in connections if c.path == self.path and c.account is not None and c.subs]

    @staticmethod
    def tell(connections: Sequence[Connection], key: str, topic: str, pair: str, now: int, record: Message) -> None:
        """Send ``record`` on ``topic`` to the connections of the account with ``key`` that subscribed to it."""
        for connection in connections:
            assert connection.account is not None
            if connection.account.api_key == key and connection.subscribed(topic, pair):
                connection.send({"topic": topic, "symbol": pair, "timestamp": now, "data": record})

    def skip(self, symbol: str) -> None:
        """The ``skip_sequence`` fault, for a feed that numbers its messages."""
        raise ValueError(f"{symbol!r} has no numbered stream here")


def send_data(connection: Connection, subscription: Subscription, pair: str, now: int, data: object) -> None:
    """One data message of ``subscription``'s topic for ``pair``, noting when it was sent."""
    subscription.sent_at = time.monotonic()
    connection.send({"topic": subscription.topic, "symbol": pair, "timestamp": now, "data": data})
