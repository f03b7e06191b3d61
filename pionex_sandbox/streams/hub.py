"""The stream server: connections, authentication, pings, pacing, subscriptions and faults.

It serves the endpoints the products' feeds publish on (see :mod:`pionex_sandbox.streams.feed`)
on the same app and port as the REST operations; with the built-in products those are:

* ``/wsPub``: public market data for spot and perpetual pairs: ``TRADE`` and ``DEPTH`` (both
  kinds of pair), ``ORDERBOOK`` (a snapshot of 100 levels, then incremental updates numbered
  by ``number`` / ``prevNumber``) and ``INDEX`` (index and mark price, funding) for perpetual
  pairs only;
* ``/ws``: the spot private channels ``ORDER``, ``FILL`` (per spot symbol) and ``BALANCE``,
  authenticated by a signed URL (``?key=...&timestamp=...&signature=...``);
* ``/wsUA``: the futures private channels ``ORDER``, ``FILL``, ``POSITION`` (per perpetual
  symbol, or ``ALL``), ``BALANCE`` and ``RISK``, authenticated by a first message
  ``{"op": "auth", "args": [key, timestamp, signature]}``.

Messages go out as JSON in binary frames by default (:attr:`StreamSettings.frames`; ``text`` is
the other choice): the published Python clients read only binary frames from the exchange,
and an older edition of Pionex's documentation asks clients to answer PING "in text, without
compression", which says the server's own frames are not text.  Clients' messages are read
from either kind of frame.

Both signing rules are checked by :func:`pionex_sandbox.verify.authenticate_stream` with the
REST rules' key permission (read) and timestamp window (20 s).  After every REST request and
at every push (every :attr:`StreamSettings.push_interval` seconds of real time, or at once
with :meth:`Streams.push_now`) the feeds tell subscribers what changed, read from the
sandbox's state at the sandbox clock.

Where Pionex's files say nothing, the sandbox chooses (and docs/guides/sandbox.md says so):

* every refusal is an error message shaped like Pionex's futures ``ErrorMessage``
  (``{"event": "ERROR", "mcode": ..., "message": ..., "timestamp": ...}``, plus ``topic`` and
  ``symbol`` when it answers a subscription); a refused authentication, an 11th connection
  from one address and three unanswered PINGs are followed by closing the connection
  (code 1008), anything else leaves the connection open;
* a successful ``auth`` is answered ``{"type": "AUTHENTICATED", "timestamp": ...}``;
* acknowledgements are ``{"type": "SUBSCRIBED" | "UNSUBSCRIBED", "topic": ..., "symbol": ...}``
  on every endpoint (Pionex documents them for futures only);
* past 5 client messages within one second, a message is refused with ``TOO_MANY_MESSAGES``
  and ignored (the connection stays open); a PONG is still taken as a PONG;
* an UNSUBSCRIBE of something not subscribed is acknowledged all the same; a ``/wsUA``
  connection may stay unauthenticated (only public messages, PING and auth are useful there).

What each topic sends, and when, is said by the feed that serves it (``pionex_sandbox.market``,
``pionex_sandbox.spot``, ``pionex_sandbox.futures``).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import localcontext
from typing import TYPE_CHECKING, Literal

from starlette.websockets import WebSocket

from ..accounts import READ, Account
from ..errors import ApiError
from ..symbols import DECIMAL_CONTEXT, SYMBOLS_BY_NAME
from ..verify import authenticate_stream, futures_stream_payload, query_pairs, spot_stream_payload
from .feed import ALL, Auth, Connection, Feed, Message, StreamError, Subscription

if TYPE_CHECKING:
    from ..core.sandbox import Sandbox

CLOSE_POLICY = 1008
"""Close code after a refused authentication, a connection over the limit or missed PONGs."""
CLOSE_RESTART = 1012
"""Close code of :meth:`Streams.drop_all` ("service restart")."""

_PAIRS = {"SPOT": "a spot pair", "PERP": "a perpetual pair"}


@dataclass
class StreamSettings:
    """Timings and limits of the streams; the defaults are Pionex's (tests shorten the timings)."""

    ping_interval: float = 15.0
    """Seconds between two PINGs of the server."""
    missed_pongs: int = 3
    """Unanswered PINGs after which the connection is closed."""
    push_interval: float = 0.25
    """Seconds of real time between two market data pushes."""
    idle_interval: float = 5.0
    """Seconds after which an unchanged DEPTH or INDEX is sent again."""
    max_connections_per_ip: int = 10
    max_messages_per_second: int = 5
    frames: Literal["binary", "text"] = "binary"
    """How messages go out: JSON in binary frames (what published clients read from the
    exchange, and the default) or in text frames.  Both kinds are read from clients."""

    def __post_init__(self) -> None:
        if self.frames not in ("binary", "text"):
            raise ValueError(f"frames must be 'binary' or 'text', not {self.frames!r}")


class Endpoint:
    """One stream path: how it authenticates and the feeds that publish on it, by topic."""

    def __init__(self, path: str, feeds: Sequence[Feed]) -> None:
        auths = {feed.auth for feed in feeds}
        if len(auths) != 1:
            raise ValueError(f"the feeds of {path} disagree on how it authenticates: {sorted(auths)}")
        self.path = path
        self.auth: Auth = auths.pop()
        self.feeds = tuple(feeds)
        self.by_topic: dict[str, Feed] = {}
        for feed in feeds:
            for topic in feed.topics:
                if topic in self.by_topic:
                    raise ValueError(f"two feeds serve {topic} on {path}")
                self.by_topic[topic] = feed


class Streams:
    """The stream connections of one sandbox app (``app.state.streams``), and its faults.

    The fault methods may be called from any thread (a test's, while the server runs in its
    own): :meth:`drop_all`, :meth:`silence`, :meth:`skip_sequence`, :meth:`refuse_next`, and
    :meth:`push_now` to push market data without waiting for the next push.
    """

    def __init__(self, sandbox: Sandbox, settings: StreamSettings | None = None, feeds: Iterable[Feed] = ()) -> None:
        self.sandbox = sandbox
        self.settings = settings or StreamSettings()
        self.feeds = tuple(feeds)
        grouped: dict[str, list[Feed]] = {}
        for feed in self.feeds:
            grouped.setdefault(feed.path, []).append(feed)
        self.endpoints = {path: Endpoint(path, feeds) for path, feeds in grouped.items()}
        self.connections: list[Connection] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pusher: asyncio.Task[None] | None = None
        self._silent_until = 0.0
        self._refuse: dict[str, int] = {}
        self._faults_lock = threading.Lock()

    @property
    def topics(self) -> frozenset[str]:
        """Every topic some endpoint serves."""
        return frozenset(topic for endpoint in self.endpoints.values() for topic in endpoint.by_topic)

    # -- faults and controls (any thread) ---------------------------------------------------

    def _on_loop(self, action: Callable[[], object]) -> None:
        """Run ``action`` on the server's loop and wait for it (at once when already there)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            action()
            return

        async def run() -> None:
            action()

        asyncio.run_coroutine_threadsafe(run(), loop).result(timeout=10)

    def drop_all(self) -> int:
        """Close every stream connection now (code 1012); how many there were."""
        dropped = list(self.connections)

        def drop() -> None:
            for connection in dropped:
                connection.close(CLOSE_RESTART, "dropped by the sandbox (fault)")

        self._on_loop(drop)
        return len(dropped)

    def silence(self, seconds: float) -> None:
        """Send nothing at all, PINGs included, for ``seconds``; what would have been sent is lost."""
        self._silent_until = time.monotonic() + seconds

    @property
    def silent(self) -> bool:
        return time.monotonic() < self._silent_until

    def skip_sequence(self, symbol: str) -> None:
        """Skip one ``number`` in ``symbol``'s next ORDERBOOK update (sent at the next push, even if empty)."""
        numbered = [feed for feed in self.feeds if "ORDERBOOK" in feed.topics]
        if not numbered:
            raise ValueError("no endpoint serves ORDERBOOK")
        with self.sandbox.lock:
            numbered[0].skip(symbol)

    def refuse_next(self, topic: str) -> None:
        """Refuse the next SUBSCRIBE of ``topic`` (on any connection) with ``SUBSCRIBE_REFUSED``."""
        if topic not in self.topics:
            raise ValueError(f"unknown topic {topic!r}")
        with self._faults_lock:
            self._refuse[topic] = self._refuse.get(topic, 0) + 1

    def push_now(self) -> None:
        """Push market data (and pending account changes) now, as the next push would."""
        self._on_loop(self.tick)

    # -- serving ---------------------------------------------------------------------------

    async def serve(self, websocket: WebSocket, path: str) -> None:
        """Serve one connection of the endpoint at ``path`` until either side closes it."""
        self._loop = asyncio.get_running_loop()
        await websocket.accept()
        address = websocket.client.host if websocket.client is not None else "unknown"
        connection = Connection(websocket, path, address)
        writer = asyncio.create_task(self._write(connection))
        try:
            self._admit(connection)
            self.connections.append(connection)
            pinger = asyncio.create_task(self._ping(connection))
            self._ensure_pusher()
            try:
                await self._read(connection)
            finally:
                pinger.cancel()
        except StreamError as refusal:
            self._refuse_with(connection, refusal)
        finally:
            if connection in self.connections:
                self.connections.remove(connection)
            connection.close(1000, "")
            try:
                await asyncio.wait_for(writer, timeout=2)
            except (TimeoutError, asyncio.CancelledError):
                writer.cancel()

    def _admit(self, connection: Connection) -> None:
        same = sum(1 for other in self.connections if other.address == connection.address)
        limit = self.settings.max_connections_per_ip
        if same >= limit:
            raise StreamError("TOO_MANY_CONNECTIONS", f"at most {limit} stream connections per IP address", close=True)
        if self.endpoints[connection.path].auth == "url":
            pairs = query_pairs(connection.websocket.scope.get("query_string", b"").decode("utf-8", "replace"))
            given = {name: value for name, value in pairs}
            key, stamp, path = given.get("key", ""), given.get("timestamp", ""), connection.path
            connection.account = self._authenticate(
                key, stamp, given.get("signature", ""), lambda written: spot_stream_payload(path, key, written)
            )
            with self.sandbox.lock, localcontext(DECIMAL_CONTEXT):
                self._authenticated(connection)

    def _authenticate(
        self, key: str, timestamp: object, signature: str, payload_for: Callable[[str], bytes]
    ) -> Account:
        try:
            return authenticate_stream(
                key=key,
                timestamp=timestamp,
                signature=signature,
                payload_for=payload_for,
                now_ms=self.sandbox.request_time(self.sandbox.now()),
                find_account=self.sandbox.account,
                permission=READ,
            )
        except ApiError as error:
            raise StreamError(error.code, error.message, close=True) from None

    def _authenticated(self, connection: Connection) -> None:
        for feed in self.endpoints[connection.path].feeds:
            feed.authenticated(connection)

    def _error(self, code: str, message: str, topic: object = None, symbol: object = None) -> Message:
        error: Message = {"event": "ERROR", "mcode": code, "message": message}
        if topic is not None:
            error["topic"] = topic
        if symbol is not None:
            error["symbol"] = symbol
        error["timestamp"] = self.sandbox.now()
        return error

    def _refuse_with(
        self, connection: Connection, refusal: StreamError, topic: object = None, symbol: object = None
    ) -> None:
        connection.send(self._error(refusal.code, refusal.message, topic, symbol))
        if refusal.close:
            connection.close(CLOSE_POLICY, refusal.code)

    async def _write(self, connection: Connection) -> None:
        websocket = connection.websocket
        binary = self.settings.frames == "binary"
        try:
            while True:
                text = await connection.outbox.get()
                if text is None:
                    break
                if self.silent:
                    continue
                if binary:
                    await websocket.send_bytes(text.encode("utf-8"))
                else:
                    await websocket.send_text(text)
            code, reason = connection.closing
            await websocket.close(code, reason)
        except Exception:  # noqa: BLE001 - the client went away: nothing to tell anyone
            return

    async def _read(self, connection: Connection) -> None:
        websocket = connection.websocket
        while True:
            event = await websocket.receive()
            if event["type"] == "websocket.disconnect":
                return
            text = event.get("text")
            if text is None:
                raw = event.get("bytes") or b""
                text = raw.decode("utf-8", "replace")
            with self.sandbox.lock, localcontext(DECIMAL_CONTEXT):
                self._on_message(connection, text)

    async def _ping(self, connection: Connection) -> None:
        while not connection.closed:
            await asyncio.sleep(self.settings.ping_interval)
            if self.silent:
                continue
            if connection.unanswered >= self.settings.missed_pongs:
                refusal = StreamError("PONG_TIMEOUT", f"no PONG to the last {connection.unanswered} PINGs", close=True)
                self._refuse_with(connection, refusal)
                return
            connection.unanswered += 1
            connection.send({"op": "PING", "timestamp": self.sandbox.now()})

    def _ensure_pusher(self) -> None:
        if self._pusher is None or self._pusher.done():
            self._pusher = asyncio.create_task(self._push())

    async def _push(self) -> None:
        while self.connections:
            await asyncio.sleep(self.settings.push_interval)
            self.tick()

    # -- client messages -------------------------------------------------------------------

    def _on_message(self, connection: Connection, text: str) -> None:
        moment = time.monotonic()
        window = connection.received
        while window and moment - window[0] >= 1.0:
            window.popleft()
        over = len(window) >= self.settings.max_messages_per_second
        window.append(moment)
        try:
            message = json.loads(text)
        except ValueError:
            message = None
        if not isinstance(message, dict):
            connection.send(self._error("BAD_MESSAGE", "a message must be a JSON object with an op"))
            return
        op = message.get("op")
        if op == "PONG":
            connection.unanswered = 0
            return
        topic, symbol = message.get("topic"), message.get("symbol")
        try:
            if over:
                raise StreamError(
                    "TOO_MANY_MESSAGES",
                    f"at most {self.settings.max_messages_per_second} messages per second per connection; "
                    "this one was ignored",
                )
            if op == "PING":
                connection.send({"op": "PONG", "timestamp": self.sandbox.now()})
            elif op == "auth":
                self._auth_message(connection, message.get("args"))
            elif op == "SUBSCRIBE":
                self._subscribe(connection, topic, symbol, message)
            elif op == "UNSUBSCRIBE":
                self._unsubscribe(connection, topic, symbol)
            else:
                raise StreamError("BAD_MESSAGE", "op must be SUBSCRIBE, UNSUBSCRIBE, PONG, PING or auth")
        except StreamError as refusal:
            self._refuse_with(connection, refusal, topic, symbol)

    def _auth_message(self, connection: Connection, args: object) -> None:
        if self.endpoints[connection.path].auth != "message":
            raise StreamError("BAD_MESSAGE", f"{connection.path} takes no auth message")
        if connection.account is not None:
            raise StreamError("ALREADY_AUTHENTICATED", "this connection is already authenticated")
        if not isinstance(args, list) or len(args) != 3 or not isinstance(args[0], str) or not isinstance(args[2], str):
            raise StreamError("BAD_MESSAGE", "args must be [apiKey, timestamp, signature]", close=True)
        connection.account = self._authenticate(args[0], args[1], args[2], futures_stream_payload)
        self._authenticated(connection)
        connection.send({"type": "AUTHENTICATED", "timestamp": self.sandbox.now()})

    def _subscription_key(self, connection: Connection, topic: object, symbol: object) -> tuple[Feed, str, str | None]:
        where = connection.path
        endpoint = self.endpoints[where]
        if endpoint.auth == "message" and connection.account is None:
            raise StreamError(
                "NOT_AUTHENTICATED", 'authenticate first: {"op": "auth", "args": [key, timestamp, signature]}'
            )
        if not isinstance(topic, str) or topic not in endpoint.by_topic:
            raise StreamError("TOPIC_INVALID", f"{where} serves the topics {', '.join(sorted(endpoint.by_topic))}")
        feed = endpoint.by_topic[topic]
        if topic in feed.account_topics:
            return feed, topic, None
        if not isinstance(symbol, str) or not symbol:
            raise StreamError("SYMBOL_INVALID", f"{topic} needs a symbol")
        if feed.takes_all and symbol == ALL:
            return feed, topic, symbol
        rules = SYMBOLS_BY_NAME.get(symbol)
        if rules is None or (feed.pairs is not None and rules.type != feed.pairs):
            kind = _PAIRS.get(feed.pairs or "", "a listed pair")
            raise StreamError("SYMBOL_INVALID", f"{symbol!r} is not {kind} for {topic} on {where}")
        return feed, topic, symbol

    def _subscribe(self, connection: Connection, topic: object, symbol: object, message: Message) -> None:
        feed, name, pair = self._subscription_key(connection, topic, symbol)
        subscription = feed.subscription(name, pair, message)
        with self._faults_lock:
            if self._refuse.get(name, 0) > 0:
                self._refuse[name] -= 1
                raise StreamError("SUBSCRIBE_REFUSED", f"the subscription to {name} was refused (sandbox fault)")
        now = self.sandbox.now()
        self.sandbox.catch_up(now)  # a snapshot or baseline of the market as it is now
        self.publish()  # earlier changes go out under the old subscriptions
        feed.prepare(subscription, self.connections, now)
        connection.subs[(name, pair)] = subscription
        ack: Message = {"type": "SUBSCRIBED", "topic": name}
        if pair is not None:
            ack["symbol"] = pair
        connection.send(ack)
        feed.subscribed(connection, subscription, now)

    def _unsubscribe(self, connection: Connection, topic: object, symbol: object) -> None:
        _, name, pair = self._subscription_key(connection, topic, symbol)
        connection.subs.pop((name, pair), None)
        ack: Message = {"type": "UNSUBSCRIBED", "topic": name}
        if pair is not None:
            ack["symbol"] = pair
        connection.send(ack)

    # -- pushing ----------------------------------------------------------------------------

    def publish(self) -> None:
        """Tell the subscribers what changed in their accounts since the last call (the caller holds the lock)."""
        now = self.sandbox.now()
        if not self.connections:  # nobody to tell: the feeds only forget what changed
            for feed in self.feeds:
                feed.publish((), now)
            return
        with localcontext(DECIMAL_CONTEXT):
            for feed in self.feeds:
                feed.publish(self.connections, now)

    def tick(self) -> None:
        """One push: what is due on the sandbox clock, account changes, then market data."""
        with self.sandbox.lock, localcontext(DECIMAL_CONTEXT):
            now = self.sandbox.now()
            self.sandbox.catch_up(now)
            self.publish()
            for feed in self.feeds:
                feed.before_push(self.connections, now)
            idle_after = self.settings.idle_interval
            moment = time.monotonic()
            for connection in list(self.connections):
                endpoint = self.endpoints[connection.path]
                for subscription in list(connection.subs.values()):
                    idle = moment - subscription.sent_at >= idle_after
                    endpoint.by_topic[subscription.topic].push(connection, subscription, now, idle)


def subscriptions(connections: Iterable[Connection], topic: str) -> Iterable[tuple[Connection, Subscription]]:
    """Every subscription to ``topic``, with its connection."""
    for connection in connections:
        for subscription in connection.subs.values():
            if subscription.topic == topic:
                yield connection, subscription
