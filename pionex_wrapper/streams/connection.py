"""Stream connections: one WebSocket per endpoint, shared by every subscription to it.

A :class:`Hub` belongs to one client and one market (spot or futures).  It opens a connection
to an endpoint (public ``/wsPub``; private ``/ws`` signed in the URL for spot, ``/wsUA``
authenticated by a message for futures) when the first subscription needs it, and keeps it:

* **Heartbeat.**  Pionex sends ``{"op": "PING"}`` every 15 s and drops a connection that
  misses three PONGs: every PING is answered at once, ahead of anything queued.
* **Silence.**  A connection that brings nothing (no data, no PING) for ``silence`` seconds is
  taken for dead, closed and replaced.
* **Reconnection.**  A connection that drops, goes silent or cannot be opened is opened again
  after a jittered exponential wait (``reconnect_min`` .. ``reconnect_max``), authenticated
  again with a fresh timestamp from the exchange's clock, and every subscription is sent again.
  ``on_reconnect`` callbacks run once it is back (the client reconciles private streams there).
* **Pacing.**  At most ``messages_per_second`` client messages go out per connection in any
  one-second window (Pionex: 5); subscriptions queue for their turn.
* **Refusals.**  A subscription the exchange refuses ends its iterator with
  :class:`SubscriptionRefusedError`; the other subscriptions are not affected.

Subscriptions come and go without reconnecting: SUBSCRIBE and UNSUBSCRIBE are sent on the live
connection.  Messages are delivered in order, through an unbounded queue per subscription, so a
slow consumer loses nothing (and holds the memory until it catches up).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import urlsplit

import msgspec

from ..errors import AuthenticationError, PionexError
from ..forking import reset_in_child
from .reconcile import Replayed, Rest, Tracker

logger = logging.getLogger("pionex_wrapper.streams")

T = TypeVar("T")
Market = Literal["spot", "futures"]


class StreamError(PionexError):
    """A stream failed for good (it is not reconnected): see the message."""


class SubscriptionRefusedError(StreamError):
    """The exchange refused a subscription (an unknown topic or symbol, say)."""


class StreamAuthenticationError(StreamError, AuthenticationError):
    """The exchange refused the credentials of a private stream."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where a stream connects: its path, and how it is authenticated."""

    path: str
    auth: Literal["none", "url", "message"]

    @property
    def private(self) -> bool:
        return self.auth != "none"


ENDPOINTS: dict[tuple[Market, bool], Endpoint] = {
    ("spot", False): Endpoint("/wsPub", "none"),
    ("spot", True): Endpoint("/ws", "url"),
    ("futures", False): Endpoint("/wsPub", "none"),
    ("futures", True): Endpoint("/wsUA", "message"),
}
"""(market, private) -> endpoint, as Pionex serves them."""


@dataclass(frozen=True, slots=True)
class StreamSettings:
    silence: float = 40.0
    """Seconds without any frame after which a connection is replaced (Pionex pings every 15 s)."""
    reconnect_min: float = 0.25
    reconnect_max: float = 30.0
    messages_per_second: int = 5
    """Client messages per connection in any one-second window (Pionex's limit for futures)."""
    open_timeout: float = 10.0
    max_connections: int = 10
    """Stream connections this process keeps open to one host at most (Pionex: 10 per IP); a
    connection beyond waits for a slot."""


class _Slots:
    """Stream connections open per host, across every client and event loop of the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: dict[str, int] = {}
        reset_in_child(self)

    def _after_fork(self) -> None:
        """In a forked child: none open, a new lock (the parent's connections are not the
        child's to use or to give back; see :mod:`pionex_wrapper.forking`)."""
        self._lock = threading.Lock()
        self._open = {}

    def take(self, host: str, limit: int) -> bool:
        with self._lock:
            if self._open.get(host, 0) >= limit:
                return False
            self._open[host] = self._open.get(host, 0) + 1
            return True

    def give(self, host: str) -> None:
        with self._lock:
            self._open[host] = max(0, self._open.get(host, 0) - 1)

    def count(self, host: str) -> int:
        with self._lock:
            return self._open.get(host, 0)


SLOTS = _Slots()

_PARENTS: list[Any] = []
"""In a forked child, the parent's stream connections, kept so that they are never collected:
closing them would act on sockets and an event loop the parent still uses."""


class _Head(msgspec.Struct, omit_defaults=True):
    """What routing needs from a frame, read without decoding the rest."""

    op: str | None = None
    type: str | None = None
    topic: str | None = None
    symbol: str | None = None
    timestamp: int | float | str | None = None
    code: str | int | None = None
    message: str | None = None
    result: bool | None = None


_HEAD = msgspec.json.Decoder(_Head)

PACE_GUARD = 0.05
"""Seconds added to the pacing window: the exchange counts messages when they arrive."""

TRACKED = frozenset({"ORDER", "FILL", "BALANCE", "POSITION", "RISK"})
"""Private topics whose missed events are looked up over REST after a reconnection."""

AUTH_REFUSALS = frozenset(
    {
        "INVALID_SIGNATURE",
        "INVALID_TIMESTAMP",
        "INVALID_APIKEY",
        "INVALID_API_KEY",
        "APIKEY_LOST",
        "APIKEY_EXPIRED",
        "SIGNATURE_LOST",
        "IP_NOT_WHITELISTED",
        "PERMISSION_DENIED",
        "UNAUTHORIZED",
    }
)
"""Error codes of a refusal without a topic that mean the credentials were refused: the stream
is not opened again (it would be refused again)."""


class _End:
    """Put in a subscription's queue when it ends: with the error that ended it, or None."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException | None) -> None:
        self.error = error


class Subscription(Generic[T]):
    """One topic (and symbol) of a stream: an async iterator of its messages, in order.

    Leave it with ``break`` inside ``async with``, or :meth:`aclose`: it is unsubscribed (the
    connection stays for the others).
    """

    def __init__(self, link: _Link, topic: str, symbol: str | None, request: dict[str, Any] | None = None) -> None:
        self.topic = topic
        self.symbol = symbol
        self.request = request or {"op": "SUBSCRIBE", "topic": topic, **({"symbol": symbol} if symbol else {})}
        """The SUBSCRIBE message (sent again after every reconnection)."""
        self._link = link
        self._started = False
        self._queue: asyncio.Queue[Any] = asyncio.Queue()
        self._ended = False
        self.tracker: Tracker | None = None
        """For a private topic: what was delivered, to replay what a reconnection missed."""
        self._held: list[Any] | None = None
        self.confirmed = asyncio.Event()
        """Set once the exchange has acknowledged the subscription (on this connection)."""

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.topic, self.symbol)

    def _put(self, item: Any) -> None:
        if self._ended:
            return
        if self._held is not None:
            self._held.append(item)  # after what the reconnection missed, which is being looked up
        elif self.tracker is None or self.tracker.fresh(item):
            self._queue.put_nowait(item)

    async def _catch_up(self) -> None:
        """Delivers what the stream missed while away (over REST, marked :class:`Replayed`), then
        what arrived meanwhile on the new connection, without repeats."""
        tracker = self.tracker
        assert tracker is not None
        missed: list[Any] = []
        for attempt in range(3):
            try:
                missed = await tracker.missed()
                break
            except PionexError as error:
                logger.warning(
                    "stream %s %s: could not look up what was missed (%s); attempt %d of 3",
                    self.topic,
                    self.symbol or "",
                    error,
                    attempt + 1,
                )
                await asyncio.sleep(0.5 * 2**attempt)
        else:
            logger.error("stream %s %s: events missed while reconnecting may be lost", self.topic, self.symbol or "")
        held, self._held = self._held or [], None
        if self._ended:
            return
        for item in missed:
            self._queue.put_nowait(Replayed(item, self.topic, self.symbol))
        for item in held:
            self._put(item)

    def _end(self, error: BaseException | None) -> None:
        if not self._ended:
            self._queue.put_nowait(_End(error))
            self._ended = True

    async def start(self, wait: float | None = 10.0) -> Subscription[T]:
        """Subscribes now (iterating or ``async with`` does it on first use), and waits up to
        ``wait`` seconds for the exchange to acknowledge it (or refuse it: the refusal is raised
        when the subscription is read), so that what happens next is streamed."""
        if not self._started:
            self._started = True
            await self._link.add(self)
            if wait:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(wait):
                        while not (self.confirmed.is_set() or self._ended):
                            await asyncio.sleep(0.01)
        return self

    def __aiter__(self) -> Subscription[T]:
        return self

    async def __anext__(self) -> T:
        if not self._started:
            await self.start()
        item = await self._queue.get()
        if isinstance(item, _End):
            self._queue.put_nowait(item)  # stays ended
            if item.error is not None:
                raise item.error
            raise StopAsyncIteration
        return item  # type: ignore[no-any-return]

    async def aclose(self) -> None:
        """Unsubscribes; the iterator ends."""
        self._end(None)
        await self._link.remove(self)

    async def __aenter__(self) -> Subscription[T]:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class _Link:
    """One WebSocket connection to one endpoint, kept open while it has subscriptions."""

    def __init__(self, hub: Hub, endpoint: Endpoint) -> None:
        from .decoding import StreamDecoder

        self.hub = hub
        self.endpoint = endpoint
        self.decoder = StreamDecoder(endpoint.path, market=hub.market)
        self._controls = self._control_handlers()
        self.subscriptions: dict[tuple[str, str | None], list[Subscription[Any]]] = {}
        self._outbox: deque[str] = deque()
        self._sent: deque[float] = deque()
        self._wake_sender = asyncio.Event()
        self._socket: Any = None
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self.connections = 0
        """How many times a connection was opened (1 + reconnections)."""
        self.last_frame = 0.0

    # -- subscriptions --------------------------------------------------------------------

    async def add(self, subscription: Subscription[Any]) -> None:
        subscribers = self.subscriptions.setdefault(subscription.key, [])
        subscribers.append(subscription)
        if len(subscribers) == 1 and self._socket is not None:
            self._send(json.dumps(subscription.request, separators=(",", ":")))
        elif len(subscribers) > 1 and subscribers[0].confirmed.is_set():
            subscription.confirmed.set()
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name=f"pionex-stream{self.endpoint.path}")

    async def remove(self, subscription: Subscription[Any]) -> None:
        subscribers = self.subscriptions.get(subscription.key)
        if not subscribers or subscription not in subscribers:
            return
        subscribers.remove(subscription)
        if not subscribers:
            del self.subscriptions[subscription.key]
            if self._socket is not None:
                self._send(self._subscribe_message("UNSUBSCRIBE", subscription.key))
        if not self.subscriptions:
            await self.close()

    @staticmethod
    def _subscribe_message(op: str, key: tuple[str, str | None]) -> str:
        topic, symbol = key
        message: dict[str, Any] = {"op": op, "topic": topic}
        if symbol is not None:
            message["symbol"] = symbol
        return json.dumps(message, separators=(",", ":"))

    # -- sending, paced ---------------------------------------------------------------------

    def _send(self, text: str) -> None:
        self._outbox.append(text)
        self._wake_sender.set()

    async def _sender(self, socket: Any) -> None:
        window = 1.0 + PACE_GUARD
        limit = self.hub.settings.messages_per_second
        while True:
            while not self._outbox:
                self._wake_sender.clear()
                await self._wake_sender.wait()
            now = time.monotonic()
            while self._sent and self._sent[0] <= now - window:
                self._sent.popleft()
            if len(self._sent) >= limit:
                await asyncio.sleep(self._sent[0] + window - now + 0.001)
                continue
            text = self._outbox.popleft()
            self._sent.append(time.monotonic())
            await socket.send(text)

    async def _pong(self, socket: Any, timestamp: int | None) -> None:
        """Answers a PING at once (it counts against the pace, but never waits behind it)."""
        stamp = timestamp if timestamp is not None else int(time.time() * 1000)
        self._sent.append(time.monotonic())
        await socket.send(json.dumps({"op": "PONG", "timestamp": stamp}, separators=(",", ":")))

    # -- the connection's life ----------------------------------------------------------------

    async def _run(self) -> None:
        from websockets.asyncio.client import connect
        from websockets.exceptions import InvalidStatus, WebSocketException

        attempt = 0
        settings = self.hub.settings
        while not self._closing:
            url = self.hub.url(self.endpoint)
            host = urlsplit(url).netloc
            if not SLOTS.take(host, settings.max_connections):
                logger.warning(
                    "stream %s waits: this process already has %d stream connections to %s (the limit per IP)",
                    self.endpoint.path,
                    settings.max_connections,
                    host,
                )
                await asyncio.sleep(1.0)
                continue
            try:
                async with connect(
                    url, ping_interval=None, open_timeout=settings.open_timeout, max_size=2**24, compression=None
                ) as socket:
                    self._socket = socket
                    self.connections += 1
                    attempt = 0
                    await self._opened(socket)
                    await self._read(socket)
            except StreamAuthenticationError as error:
                self._fail_all(error)
                return
            except InvalidStatus as error:
                status = error.response.status_code
                if status in (401, 403):
                    self._fail_all(StreamAuthenticationError(f"the exchange refused the stream (HTTP {status})"))
                    return
                logger.warning("stream %s refused with HTTP %s; reconnecting", self.endpoint.path, status)
            except (OSError, TimeoutError, WebSocketException) as error:
                if self._closing:
                    break
                logger.warning("stream %s lost (%s: %s); reconnecting", self.endpoint.path, type(error).__name__, error)
            except asyncio.CancelledError:
                raise
            finally:
                SLOTS.give(host)
                self._socket = None
                for subscribers in self.subscriptions.values():
                    for subscription in subscribers:
                        subscription.confirmed.clear()
            if self._closing:
                break
            attempt += 1
            step = min(settings.reconnect_max, settings.reconnect_min * 2 ** (attempt - 1))
            await asyncio.sleep(step * (0.5 + 0.5 * random.random()))

    async def _opened(self, socket: Any) -> None:
        """Authenticates if need be, then sends every subscription again (paced)."""
        self._sent.clear()
        if self.endpoint.auth == "message":
            self._sent.append(time.monotonic())  # counts against the pace like any message
            await socket.send(json.dumps(self.hub.auth_message(), separators=(",", ":")))
        self._outbox.clear()
        for subscribers in self.subscriptions.values():
            self._send(json.dumps(subscribers[0].request, separators=(",", ":")))
        if self.connections > 1:
            for subscribers in self.subscriptions.values():
                for subscription in subscribers:
                    if subscription.tracker is not None:
                        subscription._held = []  # held until what was missed is delivered
                        self.hub.spawn(subscription._catch_up())
                        self.hub.spawn(self._catch_up_again(subscription, self.connections))
            for callback in list(self.hub.on_reconnect):
                self.hub.spawn(callback(self.endpoint))

    async def _catch_up_again(self, subscription: Subscription[Any], connection: int) -> None:
        """Looks up once more, ``silence`` seconds after a reconnection, what the stream may have
        missed: events of the first moments of a new connection can be lost too (the network that
        failed may not have recovered at once), and nothing else would tell."""
        await asyncio.sleep(self.hub.settings.silence)
        if self.connections == connection and not subscription._ended and subscription._held is None:
            subscription._held = []
            await subscription._catch_up()

    async def _read(self, socket: Any) -> None:
        sender = asyncio.get_running_loop().create_task(self._sender(socket))
        silence = self.hub.settings.silence
        try:
            while True:
                try:
                    async with asyncio.timeout(silence):
                        frame = await socket.recv()
                except TimeoutError:
                    logger.warning("stream %s silent for %.1f s; replacing the connection", self.endpoint.path, silence)
                    return
                self.last_frame = time.monotonic()
                self._dispatch(socket, frame)
        finally:
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await sender

    def _dispatch(self, socket: Any, frame: str | bytes) -> None:
        try:
            message = self.decoder.decode(frame)
        except PionexError as error:
            logger.warning("stream %s: a frame was left out: %s", self.endpoint.path, error)
            return
        control = self._controls.get(type(message))
        if control is not None:
            control(socket, frame, message)
            return
        subscriptions = self.subscriptions
        topic = message.topic  # type: ignore[union-attr]  # every data model has topic
        subscribers = subscriptions.get((topic, getattr(message, "symbol", None)))
        if subscribers is None:
            subscribers = subscriptions.get((topic, None)) or subscriptions.get((topic, "ALL"))
            if subscribers is None:
                return
        for subscription in subscribers:
            subscription._put(message)

    def _control_handlers(self) -> dict[type[Any], Callable[[Any, str | bytes, Any], None]]:
        """Control messages by type: PING, acks, refusals, and frames the spec does not describe."""
        from pionex_client.streams.models import Ping, StreamError, SubscribedAck, UnsubscribedAck

        from .decoding import OtherMessage

        def ping(socket: Any, frame: str | bytes, message: Any) -> None:
            self.hub.spawn(self._pong(socket, message.timestamp))

        def subscribed(socket: Any, frame: str | bytes, message: Any) -> None:
            for subscription in self.subscriptions.get((message.topic or "", message.symbol), []):
                subscription.confirmed.set()

        def refused(socket: Any, frame: str | bytes, message: Any) -> None:
            head = _HEAD.decode(frame)  # the refusal's topic and symbol, which the model leaves out
            self._refused(head.topic, head.symbol, message.mcode, message.message)

        def other(socket: Any, frame: str | bytes, message: Any) -> None:
            logger.debug("stream %s: frame %s", self.endpoint.path, str(message.fields)[:200])

        return {
            Ping: ping,
            SubscribedAck: subscribed,
            UnsubscribedAck: lambda socket, frame, message: None,
            StreamError: refused,
            OtherMessage: other,
        }

    def _refused(self, topic: str | None, symbol: str | None, code: str | None, reason: str | None) -> None:
        detail = " ".join(part for part in (code, reason) if part) or "no reason given"
        key = (topic or "", symbol)
        if topic is None:
            if self.endpoint.private and code in AUTH_REFUSALS:
                raise StreamAuthenticationError(f"the exchange refused the stream's credentials: {detail}")
            logger.warning("stream %s: the exchange said %s", self.endpoint.path, detail)
            return
        subscribers = self.subscriptions.pop(key, [])
        if not subscribers:
            logger.warning("stream %s: refusal %s for no known subscription", self.endpoint.path, detail)
            return
        what = f"{topic}" + (f" {symbol}" if symbol else "")
        for subscription in subscribers:
            subscription._end(SubscriptionRefusedError(f"the exchange refused the subscription to {what}: {detail}"))

    def _fail_all(self, error: StreamError) -> None:
        for subscribers in self.subscriptions.values():
            for subscription in subscribers:
                subscription._end(error)
        self.subscriptions.clear()
        self._closing = True

    async def close(self) -> None:
        self._closing = True
        socket, task = self._socket, self._task
        if socket is not None:
            with contextlib.suppress(Exception):
                await socket.close()
        if task is not None and task is not asyncio.current_task():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._task = None
        self.hub.links.pop(self.endpoint.path, None)


@dataclass
class Hub:
    """The stream connections of one client for one market."""

    market: Market
    url: Callable[[Endpoint], str]
    """The full ws:// or wss:// URL of an endpoint, signed when the endpoint says so."""
    auth_message: Callable[[], dict[str, object]]
    settings: StreamSettings = field(default_factory=StreamSettings)
    links: dict[str, _Link] = field(default_factory=dict)
    on_reconnect: list[Callable[[Endpoint], Awaitable[None]]] = field(default_factory=list)
    rest: Rest | None = None
    """REST calls for replaying what private streams miss across a reconnection (None: none)."""
    now_ms: Callable[[], int] | None = None
    """The exchange's clock, in ms (where replays start for a new subscription)."""
    _tasks: set[asyncio.Task[Any]] = field(default_factory=set)

    def __post_init__(self) -> None:
        reset_in_child(self)

    def _after_fork(self) -> None:
        """In a forked child: no connections (a subscription made in the child opens its own).
        The parent's connections and tasks are set aside, never used nor closed: their sockets
        and event loop are shared with the parent, which still uses them."""
        _PARENTS.append((self.links, self._tasks))
        self.links, self._tasks = {}, set()

    def spawn(self, coroutine: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def open(
        self, topic: str, symbol: str | None, private: bool, request: dict[str, Any] | None = None
    ) -> Subscription[Any]:
        """A subscription, not yet started (it starts when iterated or entered)."""
        endpoint = ENDPOINTS[(self.market, private)]
        link = self.links.get(endpoint.path)
        if link is None:
            link = self.links[endpoint.path] = _Link(self, endpoint)
        subscription: Subscription[Any] = Subscription(link, topic, symbol, request)
        if private and self.rest is not None and topic in TRACKED:
            tracker = Tracker(topic, symbol, self.market, self.rest)
            tracker.last_ms = self.now_ms() if self.now_ms is not None else None
            subscription.tracker = tracker
        return subscription

    async def subscribe(self, topic: str, symbol: str | None, private: bool) -> Subscription[Any]:
        """:meth:`open` and start at once, without waiting for the acknowledgement."""
        return await self.open(topic, symbol, private).start(wait=None)

    async def close(self) -> None:
        for link in list(self.links.values()):
            await link.close()
        for task in list(self._tasks):
            task.cancel()


async def first(iterator: AsyncIterator[T]) -> T:
    """The next item of ``iterator`` (a small helper for examples and tests)."""
    return await iterator.__anext__()
