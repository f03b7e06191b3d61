"""Stream connections: one WebSocket per endpoint, shared by every subscription to it.

A :class:`Hub` belongs to one client and one market (spot or futures).  It opens a connection
to an endpoint (public ``/wsPub``; private ``/ws`` signed in the URL for spot, ``/wsUA``
authenticated by a message for futures) when the first subscription needs it, and keeps it:

* **Heartbeat.**  Pionex sends ``{"op": "PING"}`` every 15 s and drops a connection that
  misses three PONGs: every PING is answered at once, ahead of anything queued.
* **Silence.**  A connection that brings nothing (no data, no PING) for ``silence`` seconds is
  taken for dead, closed and replaced.
* **Reconnection.**  A connection that drops, goes silent or cannot be opened is opened again
  after a jittered exponential wait (``reconnect_min`` doubling up to ``reconnect_max``, each
  wait drawn between half and all of its step), authenticated again with a fresh timestamp from
  the exchange's clock, and every subscription is sent again.  The wait grows across
  reconnections and only starts again from ``reconnect_min`` once a connection has stayed up
  ``healthy_after`` seconds: a server that accepts and then drops at once is not hammered.
  ``on_reconnect`` callbacks run once it is back (the client reconciles private streams there).
* **Connections per host.**  The process keeps at most ``max_connections`` stream connections open
  to one host (Pionex: 10 per IP) and opens at most ``max_new_connections`` new ones to it in any
  ``new_connection_window`` seconds (20 a minute by default), whatever the backoff says; a
  connection beyond waits for its turn.
* **Pacing.**  At most ``messages_per_second`` client messages go out per connection in any
  one-second window (Pionex: 5); subscriptions queue for their turn.
* **Refusals.**  A subscription the exchange refuses ends its iterator with
  :class:`SubscriptionRefusedError`; the other subscriptions are not affected.  On a private
  endpoint, a refusal without a topic before anything was acknowledged is a refusal of the
  credentials, whatever its code: the stream ends with :class:`StreamAuthenticationError` (it would
  be refused again).  A frame over ``max_frame_bytes`` ends the stream with
  :class:`StreamFrameTooLargeError` (the exchange would send it again).
* **Closing.**  Closing the client (or :meth:`Hub.close`) ends every subscription with
  :class:`StreamClosedError`, which wakes every reader waiting for a message.
* **Logging.**  The ``websockets`` library logs through ``websockets.client`` wrapped in a filter
  that removes the key, the secret and signatures (the spot private URL, the futures ``auth``
  frame) from every line, at every level.

Subscriptions come and go without reconnecting: SUBSCRIBE and UNSUBSCRIBE are sent on the live
connection.  Messages are delivered in order through a queue per subscription that holds at most
``max_queued`` of them (1,000 by default).  When a subscriber reads slower than the exchange
writes and its queue is full, the oldest message is dropped: :attr:`Subscription.dropped` counts
every one dropped, and the next read gives a :class:`~pionex_wrapper.streams.reconcile.Gap` saying
how many were dropped there, before the messages that follow.  Memory stays bounded; no loss is
silent.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import re
import threading
import time
import traceback
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import urlsplit

import msgspec

from ..errors import AuthenticationError, PionexError
from ..forking import reset_in_child
from .reconcile import Gap, Replayed, Rest, Tracker

logger = logging.getLogger("pionex_wrapper.streams")

T = TypeVar("T")
Market = Literal["spot", "futures"]


class StreamError(PionexError):
    """A stream failed for good (it is not reconnected): see the message."""


class SubscriptionRefusedError(StreamError):
    """The exchange refused a subscription (an unknown topic or symbol, say)."""


class StreamAuthenticationError(StreamError, AuthenticationError):
    """The exchange refused the credentials of a private stream."""


class StreamFrameTooLargeError(StreamError):
    """The exchange sent a frame over ``StreamSettings.max_frame_bytes``: the stream ends (a new
    connection would get the same frame again)."""


class StreamClosedError(StreamError):
    """The client (or its streams) was closed: every subscription of it ends with this."""


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
    """Timings and bounds of the stream connections (see the module's notes)."""

    silence: float = 40.0
    """Seconds without any frame after which a connection is replaced (Pionex pings every 15 s)."""
    reconnect_min: float = 0.25
    """The first wait before reconnecting, in seconds; it doubles at every failure in a row."""
    reconnect_max: float = 30.0
    """The longest wait before reconnecting, in seconds."""
    healthy_after: float = 30.0
    """Seconds a connection must stay up for the reconnection wait to start again from
    ``reconnect_min``: two of Pionex's 15 s PINGs answered, and below ``silence``, so a connection
    that is accepted and then dropped keeps growing the wait."""
    messages_per_second: int = 5
    """Client messages per connection in any one-second window (Pionex's limit for futures)."""
    open_timeout: float = 10.0
    max_connections: int = 10
    """Stream connections this process keeps open to one host at most (Pionex: 10 per IP); a
    connection beyond waits for a slot."""
    max_new_connections: int = 20
    """New stream connections this process opens to one host in any ``new_connection_window``
    seconds at most.  Pionex documents no rate; 20 a minute lets a process reopen all of its 10
    allowed connections twice within a minute, and is 16 times below what a reconnection storm
    reached before this cap (5.3 a second)."""
    new_connection_window: float = 60.0
    max_queued: int = 1000
    """Messages a subscription holds for a reader that has not taken them yet; beyond, the
    oldest is dropped and counted (a :class:`~pionex_wrapper.streams.reconcile.Gap` tells the
    reader).  1,000 is minutes of a busy pair's trades, and about 55 MB at most for the largest
    messages (DEPTH of 100 levels a side, about 55 KB each once decoded)."""
    max_frame_bytes: int = 2**24
    """The largest frame read (16 MiB); a larger one ends the stream with
    :class:`StreamFrameTooLargeError`."""

    def __post_init__(self) -> None:
        for name in ("silence", "reconnect_min", "healthy_after", "open_timeout", "new_connection_window"):
            if not getattr(self, name) > 0:
                raise ValueError(f"StreamSettings.{name} must be above 0, not {getattr(self, name)!r}")
        if not self.reconnect_max >= self.reconnect_min:
            raise ValueError(
                f"StreamSettings.reconnect_max ({self.reconnect_max!r}) must be at least reconnect_min "
                f"({self.reconnect_min!r})"
            )
        for name in ("messages_per_second", "max_connections", "max_new_connections", "max_queued", "max_frame_bytes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"StreamSettings.{name} must be a whole number of at least 1, not {value!r}")

    def backoff(self, failures: int) -> float:
        """The jittered wait before reconnecting after ``failures`` failures in a row (1 or more)."""
        step = min(self.reconnect_max, self.reconnect_min * 2.0 ** min(max(failures, 1) - 1, 62))
        return step * (0.5 + 0.5 * random.random())


class _Slots:
    """Stream connections open per host, and when new ones were opened, across every client and
    event loop of the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: dict[str, int] = {}
        self._opened: dict[str, deque[float]] = {}
        reset_in_child(self)

    def _after_fork(self) -> None:
        """In a forked child: none open, a new lock (the parent's connections are not the
        child's to use or to give back; see :mod:`pionex_wrapper.forking`).  When connections were
        opened is kept: they came from the same address, which is what the cap on new
        connections protects."""
        self._lock = threading.Lock()
        self._open = {}

    def take(self, host: str, limit: int, new_limit: int | None = None, window: float = 60.0) -> float:
        """Takes a slot for a new connection to ``host``: 0.0 if taken, else how many seconds to
        wait before asking again (all ``limit`` slots taken, or ``new_limit`` connections already
        opened in the last ``window`` seconds)."""
        with self._lock:
            if self._open.get(host, 0) >= limit:
                return 1.0
            if new_limit is not None:
                now = time.monotonic()
                opened = self._opened.setdefault(host, deque())
                while opened and opened[0] <= now - window:
                    opened.popleft()
                if len(opened) >= new_limit:
                    return max(0.01, opened[0] + window - now)
                opened.append(now)
            self._open[host] = self._open.get(host, 0) + 1
            return 0.0

    def reset(self) -> None:
        """Forgets every connection (for a child process after a fork: it has none of them)."""
        with self._lock:
            self._open.clear()
            self._opened.clear()

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


_SIGNED = re.compile(r"((?:key|signature)=)[^&\s'\"]+", re.IGNORECASE)
_AUTH_ARGS = re.compile(r"(\"args\"\s*:\s*\[)[^\]]*\]?")
_HEX_SIGNATURE = re.compile(r"\b[0-9a-fA-F]{64}\b")


def redact_stream_text(text: str, known: Callable[[str], str] | None = None) -> str:
    """``text`` without what authenticates a stream: the values of ``key=`` and ``signature=``
    (the spot private URL), the ``args`` of an ``auth`` message (futures), anything that looks
    like a signature (64 hex digits), and whatever ``known`` removes (the key and the secret)."""
    text = _SIGNED.sub(r"\1***", text)
    text = _AUTH_ARGS.sub(r"\1***]", text)
    text = _HEX_SIGNATURE.sub("***", text)
    return known(text) if known is not None else text


class RedactingLogger(logging.LoggerAdapter):  # type: ignore[type-arg]  # generic only in 3.11 stubs
    """A logger for the ``websockets`` library that formats each line and redacts it (see
    :func:`redact_stream_text`; ``known`` removes the key and the secret) before it reaches the
    handlers, tracebacks included."""

    def __init__(self, logger: logging.Logger, known: Callable[[str], str] | None = None) -> None:
        super().__init__(logger, {})
        self._known = known

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        if not self.isEnabledFor(level):
            return
        try:
            text = str(msg) % args if args else str(msg)
        except (TypeError, ValueError):
            text = f"{msg} {args}"
        exc_info = kwargs.pop("exc_info", None)
        if exc_info:
            if exc_info is True or not isinstance(exc_info, (tuple, BaseException)):
                import sys

                exc_info = sys.exc_info()
            error = exc_info if isinstance(exc_info, BaseException) else exc_info[1]
            if error is not None:
                text += "\n" + "".join(traceback.format_exception(error)).rstrip()
        kwargs.setdefault("stacklevel", 2)
        self.logger.log(level, "%s", redact_stream_text(text, self._known), **kwargs)

    def process(self, msg: Any, kwargs: MutableMapping[str, Any]) -> tuple[Any, MutableMapping[str, Any]]:
        return msg, kwargs


class _End:
    """Put in a subscription's queue when it ends: with the error that ended it, or None."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException | None) -> None:
        self.error = error


class Subscription(Generic[T]):
    """One topic (and symbol) of a stream: an async iterator of its messages, in order.

    Leave it with ``break`` inside ``async with``, or :meth:`aclose`: it is unsubscribed (the
    connection stays for the others).

    It holds at most ``StreamSettings.max_queued`` messages not yet read; when a new one comes
    to a full queue the oldest is dropped, :attr:`dropped` counts it, and the next read gives a
    :class:`~pionex_wrapper.streams.reconcile.Gap` with how many were dropped there.
    """

    def __init__(self, link: _Link, topic: str, symbol: str | None, request: dict[str, Any] | None = None) -> None:
        self.topic = topic
        self.symbol = symbol
        self.request = request or {"op": "SUBSCRIBE", "topic": topic, **({"symbol": symbol} if symbol else {})}
        """The SUBSCRIBE message (sent again after every reconnection)."""
        self._link = link
        self._started = False
        self._items: deque[Any] = deque()
        self._arrived = asyncio.Event()
        self._limit = link.hub.settings.max_queued
        self._gap = 0
        self.dropped = 0
        """Messages dropped so far because the reader was behind by ``max_queued`` of them."""
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
            if len(self._held) >= self._limit:  # bounded too, while the look-up runs
                self._held.pop(0)
                self._count_drop()
            self._held.append(item)  # after what the reconnection missed, which is being looked up
        elif self.tracker is None or self.tracker.fresh(item):
            self._deliver(item)

    def _deliver(self, item: Any) -> None:
        """Queues ``item`` for the reader; a full queue drops its oldest (counted, and told)."""
        items = self._items
        if len(items) >= self._limit:
            items.popleft()
            self._count_drop()
        items.append(item)
        self._arrived.set()

    def _count_drop(self) -> None:
        if not self._gap:
            logger.warning(
                "stream %s %s: the reader is %d messages behind; dropping the oldest (max_queued)",
                self.topic,
                self.symbol or "",
                self._limit,
            )
        self._gap += 1
        self.dropped += 1

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
            self._deliver(Replayed(item, self.topic, self.symbol))
        for item in held:
            self._put(item)

    def _end(self, error: BaseException | None) -> None:
        if not self._ended:
            self._items.append(_End(error))  # never dropped: nothing is queued after it
            self._arrived.set()
            self._ended = True

    async def start(self, wait: float | None = 10.0) -> Subscription[T]:
        """Subscribes now (iterating or ``async with`` does it on first use), and waits up to
        ``wait`` seconds for the exchange to acknowledge it (or refuse it: the refusal is raised
        when the subscription is read), so that what happens next is streamed."""
        if not self._started:
            self._started = True
            if self._link._closing:  # its connection closed meanwhile (its last subscriber left)
                self._link = self._link.hub.link(self._link.endpoint)
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
        items = self._items
        while True:
            if self._gap:
                dropped, self._gap = self._gap, 0
                return Gap(dropped, self.topic, self.symbol)  # type: ignore[return-value]  # as Replayed
            if items:
                item = items[0]
                if isinstance(item, _End):  # stays ended
                    if item.error is not None:
                        raise item.error
                    raise StopAsyncIteration
                items.popleft()
                return item  # type: ignore[no-any-return]
            self._arrived.clear()
            await self._arrived.wait()  # cancelling here takes nothing from the queue

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
        self._acknowledged = False
        """Whether the exchange has acknowledged anything on this connection (a subscription, a login)."""
        self.connections = 0
        """How many times a connection was opened (1 + reconnections)."""
        self.failures = 0
        """Connections in a row that failed or did not stay up ``healthy_after`` seconds."""
        self.last_frame = 0.0
        self._log = RedactingLogger(logging.getLogger("websockets.client"), hub.redact)

    def redact(self, text: str) -> str:
        return redact_stream_text(text, self.hub.redact)

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
        from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException
        from websockets.frames import CloseCode

        settings = self.hub.settings
        waited_for = ""
        while not self._closing:
            url = self.hub.url(self.endpoint)
            host = urlsplit(url).netloc
            wait = SLOTS.take(
                host, settings.max_connections, settings.max_new_connections, settings.new_connection_window
            )
            if wait:
                reason = "open" if wait == 1.0 else "opened lately"
                if reason != waited_for:  # once per wait, not once a second
                    limit = settings.max_connections if wait == 1.0 else settings.max_new_connections
                    logger.warning(
                        "stream %s waits: this process has %d stream connections %s to %s (its limit)",
                        self.endpoint.path,
                        limit,
                        reason,
                        host,
                    )
                waited_for = reason
                await asyncio.sleep(wait)
                continue
            waited_for = ""
            opened_at: float | None = None
            try:
                async with connect(
                    url,
                    ping_interval=None,
                    open_timeout=settings.open_timeout,
                    max_size=settings.max_frame_bytes,
                    compression=None,
                    logger=self._log,
                ) as socket:
                    opened_at = time.monotonic()
                    self._socket = socket
                    self._acknowledged = False
                    self.connections += 1
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
            except ConnectionClosed as error:
                if self._closing:
                    break
                if error.sent is not None and error.sent.code == CloseCode.MESSAGE_TOO_BIG:
                    self._fail_all(
                        StreamFrameTooLargeError(
                            f"stream {self.endpoint.path}: the exchange sent a frame over the limit of "
                            f"{settings.max_frame_bytes} bytes (StreamSettings.max_frame_bytes); the stream ends"
                        )
                    )
                    return
                logger.warning("stream %s lost (%s); reconnecting", self.endpoint.path, self.redact(str(error)))
            except (OSError, TimeoutError, WebSocketException) as error:
                if self._closing:
                    break
                logger.warning(
                    "stream %s lost (%s: %s); reconnecting",
                    self.endpoint.path,
                    type(error).__name__,
                    self.redact(str(error)),
                )
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
            if opened_at is not None and time.monotonic() - opened_at >= settings.healthy_after:
                self.failures = 0  # it stayed up: the backoff starts again
            self.failures += 1
            await asyncio.sleep(settings.backoff(self.failures))

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
            self._acknowledged = True
            for subscription in self.subscriptions.get((message.topic or "", message.symbol), []):
                subscription.confirmed.set()

        def refused(socket: Any, frame: str | bytes, message: Any) -> None:
            head = _HEAD.decode(frame)  # the refusal's topic and symbol, which the model leaves out
            self._refused(head.topic, head.symbol, message.mcode, message.message)

        def other(socket: Any, frame: str | bytes, message: Any) -> None:
            if message.fields.get("type") == "AUTHENTICATED":
                self._acknowledged = True
            logger.debug("stream %s: frame %s", self.endpoint.path, self.redact(str(message.fields)[:200]))

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
        detail = self.redact(detail)
        if topic is None:
            if self.endpoint.private and (code in AUTH_REFUSALS or not self._acknowledged):
                # Before anything was acknowledged, a refusal without a topic answers the login,
                # whatever its code: a new connection would be refused the same way.
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
        if self.hub.links.get(self.endpoint.path) is self:
            del self.hub.links[self.endpoint.path]  # a new subscription gets a new connection

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
        if self.hub.links.get(self.endpoint.path) is self:
            del self.hub.links[self.endpoint.path]


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
    redact: Callable[[str], str] | None = None
    """Removes the key and the secret from a text (what the ``websockets`` library logs included)."""
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
        link = self.link(ENDPOINTS[(self.market, private)])
        subscription: Subscription[Any] = Subscription(link, topic, symbol, request)
        if private and self.rest is not None and topic in TRACKED:
            tracker = Tracker(topic, symbol, self.market, self.rest)
            tracker.last_ms = self.now_ms() if self.now_ms is not None else None
            subscription.tracker = tracker
        return subscription

    def link(self, endpoint: Endpoint) -> _Link:
        """The connection to ``endpoint`` (made, not yet opened, if there is none)."""
        link = self.links.get(endpoint.path)
        if link is None:
            link = self.links[endpoint.path] = _Link(self, endpoint)
        return link

    async def subscribe(self, topic: str, symbol: str | None, private: bool) -> Subscription[Any]:
        """:meth:`open` and start at once, without waiting for the acknowledgement."""
        return await self.open(topic, symbol, private).start(wait=None)

    async def close(self) -> None:
        """Closes every connection; every subscription ends with :class:`StreamClosedError`, which
        wakes every reader waiting on it.  New subscriptions may be opened afterwards."""
        for link in list(self.links.values()):
            link._fail_all(StreamClosedError("the stream was closed (its client was closed)"))
            await link.close()
        for task in list(self._tasks):
            task.cancel()


async def first(iterator: AsyncIterator[T]) -> T:
    """The next item of ``iterator`` (a small helper for examples and tests)."""
    return await iterator.__anext__()
