"""Pionex's streams, served by the same app and port as the REST operations.

Three WebSocket endpoints:

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
REST rules' key permission (read) and timestamp window (20 s).  Private channels are fed by the
engines' :class:`~pionex_sandbox.events.Journal` (orders and fills) and by comparing balances,
positions and risk with what each connection was last told, after every REST request and on
every push.  Market data is pushed every :attr:`StreamSettings.push_interval` seconds of real
time, read from the sandbox's state at the sandbox clock; :meth:`Streams.push_now` pushes at
once.

Where Pionex's files say nothing, the sandbox chooses (and the README says so):

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
* ``DEPTH`` and ``INDEX`` are sent once on subscribing, then when they change, and again
  after :attr:`StreamSettings.idle_interval` without change; ``TRADE`` sends the trades made
  after subscribing (at most 100 a message, newest first; more go in further messages);
  ``RISK`` is sent on subscribing and whenever the account's futures balance or positions
  change (riskState is always ``TRADING``: the sandbox liquidates at once, and Pionex's
  15-minute repeat is not reproduced); ``BALANCE``, ``ORDER``, ``FILL`` and ``POSITION`` only
  on change (the spot ORDER channel's 5 s idle repeat is not reproduced either);
* an ``ORDERBOOK`` subscription, also a repeated one, gets a snapshot numbered with the pair's
  current ``number`` (``prevNumber`` one less); updates come only when the top 100 levels
  changed, ``size "0"`` removing a level; the numbers are per pair, shared by all connections;
* an UNSUBSCRIBE of something not subscribed is acknowledged all the same; the spot ORDER and
  FILL records carry exactly Pionex's documented fields (no ``amount`` or ``source``, no
  ``symbol`` in a FILL record), the futures ORDER record has ``amount: ""`` as in Pionex's
  example; a ``/wsUA`` connection may stay unauthenticated (only public messages, PING and
  auth are useful there).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import localcontext
from typing import TYPE_CHECKING, Literal

from starlette.websockets import WebSocket

from .accounts import READ, Account
from .engine import Fill, Order
from .errors import ApiError
from .futures import FUTURES_COIN, ZERO, FuturesOrder, Position, money
from .market import BookSide, Market
from .symbols import DECIMAL_CONTEXT, SYMBOLS_BY_NAME, fmt
from .verify import authenticate_stream, futures_stream_payload, query_pairs, spot_stream_payload

if TYPE_CHECKING:
    from .engine import Sandbox

Kind = Literal["public", "spot", "futures"]
Message = dict[str, object]

PUBLIC_PATH = "/wsPub"
SPOT_PATH = "/ws"
FUTURES_PATH = "/wsUA"

TOPICS: dict[Kind, frozenset[str]] = {
    "public": frozenset({"TRADE", "DEPTH", "ORDERBOOK", "INDEX"}),
    "spot": frozenset({"ORDER", "FILL", "BALANCE"}),
    "futures": frozenset({"ORDER", "FILL", "BALANCE", "RISK", "POSITION"}),
}
"""The topics each kind of endpoint serves."""

PATHS: dict[Kind, str] = {"public": PUBLIC_PATH, "spot": SPOT_PATH, "futures": FUTURES_PATH}
ACCOUNT_TOPICS = frozenset({"BALANCE", "RISK"})
"""Topics of the whole account, subscribed without a symbol."""
PERP_ONLY = frozenset({"ORDERBOOK", "INDEX"})
ALL = "ALL"
"""The symbol of a futures private subscription to every perpetual pair."""

DEPTH_DEFAULT = 5
DEPTH_MAX = 100
ORDERBOOK_LEVELS = 100
TRADES_PER_MESSAGE = 100

CLOSE_POLICY = 1008
"""Close code after a refused authentication, a connection over the limit or missed PONGs."""
CLOSE_RESTART = 1012
"""Close code of :meth:`Streams.drop_all` ("service restart")."""

SPOT_ORDER_FIELDS = (
    "orderId",
    "symbol",
    "type",
    "side",
    "price",
    "size",
    "filledSize",
    "filledAmount",
    "fee",
    "feeCoin",
    "IOC",
    "status",
    "clientOrderId",
    "createTime",
    "updateTime",
)
"""The fields of a spot ORDER message, as Pionex documents them (a REST order has more)."""


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
    """One stream connection and what it subscribed to."""

    websocket: WebSocket
    kind: Kind
    address: str
    account: Account | None = None
    subs: dict[tuple[str, str | None], Subscription] = field(default_factory=dict)
    outbox: asyncio.Queue[str | None] = field(default_factory=asyncio.Queue)
    unanswered: int = 0
    received: deque[float] = field(default_factory=deque)
    closing: tuple[int, str] = (1000, "")
    closed: bool = False
    balances: object = None
    """The BALANCE data this connection was last told (or saw when subscribing)."""
    positions: dict[str, Message] = field(default_factory=dict)

    def send(self, message: Message) -> None:
        if not self.closed:
            self.outbox.put_nowait(json.dumps(message, separators=(",", ":")))

    def close(self, code: int, reason: str) -> None:
        if not self.closed:
            self.closed = True
            self.closing = (code, reason)
            self.outbox.put_nowait(None)

    def subscribed(self, topic: str, symbol: str | None) -> bool:
        return (topic, symbol) in self.subs or (self.kind == "futures" and (topic, ALL) in self.subs)


@dataclass
class Book:
    """The ORDERBOOK channel's view of one perpetual pair: the levels last published and their number."""

    number: int = 0
    bids: dict[str, str] = field(default_factory=dict)
    asks: dict[str, str] = field(default_factory=dict)
    skip: int = 0


def _levels(market: Market, side: BookSide, count: int) -> list[list[str]]:
    rules = market.rules
    return [
        [fmt(level.price, rules.quote_precision), fmt(level.size(), rules.base_precision)] for level in side.top(count)
    ]


def _changes(old: dict[str, str], new: dict[str, str]) -> list[list[str]]:
    changed = [[price, size] for price, size in new.items() if old.get(price) != size]
    changed.extend([price, "0"] for price in old if price not in new)
    return changed


def spot_order_record(order: Order) -> Message:
    reply = order.reply()
    return {name: reply[name] for name in SPOT_ORDER_FIELDS if name in reply}


def futures_order_record(order: FuturesOrder) -> Message:
    record: Message = {}
    for name, value in order.reply().items():
        record[name] = value
        if name == "size":
            record["amount"] = ""
    return record


def spot_fill_record(fill: Fill) -> Message:
    record = fill.reply()
    del record["symbol"]
    return record


def position_record(position: Position) -> Message:
    rules = position.rules
    taken = -position.size_liquidated if position.flag == "TAKEOVER" else ZERO
    return {
        "positionId": str(position.position_id),
        "symbol": position.symbol,
        "isolatedMode": position.isolated_mode,
        "positionSide": position.side,
        "netSize": fmt(position.size, rules.base_precision),
        "avgPrice": money(position.avg_price()),
        "sizeLong": fmt(position.size_long, rules.base_precision),
        "sizeShort": fmt(position.size_short, rules.base_precision),
        "amountLong": money(position.amount_long),
        "amountShort": money(position.amount_short),
        "amountSettled": money(position.amount_settled),
        "sizeLiquidated": fmt(position.size_liquidated, rules.base_precision),
        "amountLiquidated": money(position.amount_liquidated),
        "sizeTakeover": fmt(abs(taken), rules.base_precision),
        "createTime": position.create_time,
        "updateTime": position.update_time,
    }


class Streams:
    """The stream connections of one sandbox app (``app.state.streams``), and its faults.

    The fault methods may be called from any thread (a test's, while the server runs in its
    own): :meth:`drop_all`, :meth:`silence`, :meth:`skip_sequence`, :meth:`refuse_next`, and
    :meth:`push_now` to push market data without waiting for the next push.
    """

    def __init__(self, sandbox: Sandbox, settings: StreamSettings | None = None) -> None:
        self.sandbox = sandbox
        self.settings = settings or StreamSettings()
        self.connections: list[Connection] = []
        self.books: dict[str, Book] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pusher: asyncio.Task[None] | None = None
        self._silent_until = 0.0
        self._refuse: dict[str, int] = {}
        self._faults_lock = threading.Lock()
        sandbox.journal.listening = True

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
        rules = SYMBOLS_BY_NAME.get(symbol)
        if rules is None or rules.type != "PERP":
            raise ValueError(f"{symbol!r} is not a perpetual pair")
        with self.sandbox.lock:
            self.books.setdefault(symbol, Book()).skip += 1

    def refuse_next(self, topic: str) -> None:
        """Refuse the next SUBSCRIBE of ``topic`` (on any connection) with ``SUBSCRIBE_REFUSED``."""
        if not any(topic in topics for topics in TOPICS.values()):
            raise ValueError(f"unknown topic {topic!r}")
        with self._faults_lock:
            self._refuse[topic] = self._refuse.get(topic, 0) + 1

    def push_now(self) -> None:
        """Push market data (and pending account changes) now, as the next push would."""
        self._on_loop(self.tick)

    # -- serving ---------------------------------------------------------------------------

    async def serve(self, websocket: WebSocket, kind: Kind) -> None:
        """Serve one connection until either side closes it."""
        self._loop = asyncio.get_running_loop()
        await websocket.accept()
        address = websocket.client.host if websocket.client is not None else "unknown"
        connection = Connection(websocket, kind, address)
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
        if connection.kind == "spot":
            pairs = query_pairs(connection.websocket.scope.get("query_string", b"").decode("utf-8", "replace"))
            given = {name: value for name, value in pairs}
            key, stamp = given.get("key", ""), given.get("timestamp", "")
            connection.account = self._authenticate(
                key, stamp, given.get("signature", ""), lambda written: spot_stream_payload(SPOT_PATH, key, written)
            )
            with self.sandbox.lock, localcontext(DECIMAL_CONTEXT):
                self._baseline(connection)

    def _authenticate(
        self, key: str, timestamp: object, signature: str, payload_for: Callable[[str], bytes]
    ) -> Account:
        try:
            return authenticate_stream(
                key=key,
                timestamp=timestamp,
                signature=signature,
                payload_for=payload_for,
                now_ms=self.sandbox.now(),
                find_account=self.sandbox.account,
                permission=READ,
            )
        except ApiError as error:
            raise StreamError(error.code, error.message, close=True) from None

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
        if connection.kind != "futures":
            raise StreamError("BAD_MESSAGE", f"{PATHS[connection.kind]} takes no auth message")
        if connection.account is not None:
            raise StreamError("ALREADY_AUTHENTICATED", "this connection is already authenticated")
        if not isinstance(args, list) or len(args) != 3 or not isinstance(args[0], str) or not isinstance(args[2], str):
            raise StreamError("BAD_MESSAGE", "args must be [apiKey, timestamp, signature]", close=True)
        connection.account = self._authenticate(args[0], args[1], args[2], futures_stream_payload)
        self._baseline(connection)
        connection.send({"type": "AUTHENTICATED", "timestamp": self.sandbox.now()})

    def _subscription_key(self, connection: Connection, topic: object, symbol: object) -> tuple[str, str | None]:
        where = PATHS[connection.kind]
        if connection.kind == "futures" and connection.account is None:
            raise StreamError(
                "NOT_AUTHENTICATED", 'authenticate first: {"op": "auth", "args": [key, timestamp, signature]}'
            )
        topics = TOPICS[connection.kind]
        if not isinstance(topic, str) or topic not in topics:
            raise StreamError("TOPIC_INVALID", f"{where} serves the topics {', '.join(sorted(topics))}")
        if topic in ACCOUNT_TOPICS:
            return topic, None
        if not isinstance(symbol, str) or not symbol:
            raise StreamError("SYMBOL_INVALID", f"{topic} needs a symbol")
        if connection.kind == "futures" and symbol == ALL:
            return topic, symbol
        rules = SYMBOLS_BY_NAME.get(symbol)
        wanted = {"spot": "SPOT", "futures": "PERP"}.get(connection.kind)
        if topic in PERP_ONLY:
            wanted = "PERP"
        if rules is None or (wanted is not None and rules.type != wanted):
            kind = {"SPOT": "a spot pair", "PERP": "a perpetual pair"}.get(wanted or "", "a listed pair")
            raise StreamError("SYMBOL_INVALID", f"{symbol!r} is not {kind} for {topic} on {where}")
        return topic, symbol

    def _subscribe(self, connection: Connection, topic: object, symbol: object, message: Message) -> None:
        key = self._subscription_key(connection, topic, symbol)
        name, pair = key
        limit = DEPTH_DEFAULT
        if name == "DEPTH" and message.get("limit") is not None:
            given = message.get("limit")
            if not isinstance(given, int) or isinstance(given, bool) or not 1 <= given <= DEPTH_MAX:
                raise StreamError("PARAMETER_ERROR", f"limit must be a whole number from 1 to {DEPTH_MAX}")
            limit = given
        with self._faults_lock:
            if self._refuse.get(name, 0) > 0:
                self._refuse[name] -= 1
                raise StreamError("SUBSCRIBE_REFUSED", f"the subscription to {name} was refused (sandbox fault)")
        self.publish()  # earlier changes go out under the old subscriptions
        now = self.sandbox.now()
        if name == "ORDERBOOK":
            assert pair is not None
            self._refresh_book(pair, now)  # the other subscribers get the changes up to the snapshot
        subscription = Subscription(name, pair, limit)
        connection.subs[key] = subscription
        ack: Message = {"type": "SUBSCRIBED", "topic": name}
        if pair is not None:
            ack["symbol"] = pair
        connection.send(ack)
        if name in ("DEPTH", "INDEX"):
            self._push_market(connection, subscription, now)
        elif name == "TRADE":
            assert pair is not None
            tape = self.sandbox.markets[pair].tape
            subscription.last = tape[-1].trade_id if tape else 0
        elif name == "ORDERBOOK":
            assert pair is not None
            book = self.books[pair]
            market = self.sandbox.markets[pair]
            data: Message = {
                "action": "SNAPSHOT",
                "bids": _levels(market, market.bids, ORDERBOOK_LEVELS),
                "asks": _levels(market, market.asks, ORDERBOOK_LEVELS),
                "number": book.number,
                "prevNumber": book.number - 1,
                "timeStamp": now,
            }
            connection.send({"topic": "ORDERBOOK", "symbol": pair, "timestamp": now, "data": data})
        elif name == "RISK":
            assert connection.account is not None
            for data in self._risk(connection.account, now):
                connection.send({"topic": "RISK", "timestamp": now, "data": data})

    def _unsubscribe(self, connection: Connection, topic: object, symbol: object) -> None:
        key = self._subscription_key(connection, topic, symbol)
        connection.subs.pop(key, None)
        ack: Message = {"type": "UNSUBSCRIBED", "topic": key[0]}
        if key[1] is not None:
            ack["symbol"] = key[1]
        connection.send(ack)

    # -- pushing ----------------------------------------------------------------------------

    def tick(self) -> None:
        """One push: funding and liquidations due, account changes, then market data."""
        with self.sandbox.lock, localcontext(DECIMAL_CONTEXT):
            now = self.sandbox.now()
            self.sandbox.futures.catch_up(now)
            self.publish()
            for pair in sorted(
                {
                    sub.symbol
                    for c in self.connections
                    for sub in c.subs.values()
                    if sub.topic == "ORDERBOOK" and sub.symbol
                }
            ):
                self._refresh_book(pair, now)
            for connection in list(self.connections):
                if connection.kind == "public":
                    for subscription in list(connection.subs.values()):
                        self._push_market(connection, subscription, now)

    def _push_market(self, connection: Connection, subscription: Subscription, now: int) -> None:
        pair = subscription.symbol
        if pair is None or subscription.topic == "ORDERBOOK":
            return
        market = self.sandbox.markets[pair]
        rules = market.rules
        idle = time.monotonic() - subscription.sent_at >= self.settings.idle_interval
        if subscription.topic == "TRADE":
            last = subscription.last if isinstance(subscription.last, int) else 0
            fresh = [trade for trade in market.tape if trade.trade_id > last]
            if not fresh:
                return
            subscription.last = fresh[-1].trade_id
            for start in range(0, len(fresh), TRADES_PER_MESSAGE):  # older batches first, each newest first
                records: list[Message] = []
                for trade in reversed(fresh[start : start + TRADES_PER_MESSAGE]):
                    record: Message = {
                        "symbol": pair,
                        "tradeId": str(trade.trade_id),
                        "price": fmt(trade.price, rules.quote_precision),
                        "size": fmt(trade.size, rules.base_precision),
                        "side": trade.side,
                    }
                    if rules.type == "PERP":
                        record["type"] = "NORMAL"
                    record["timestamp"] = trade.timestamp
                    records.append(record)
                self._send_data(connection, subscription, "TRADE", pair, now, records)
        elif subscription.topic == "DEPTH":
            depth = {
                "bids": _levels(market, market.bids, subscription.limit),
                "asks": _levels(market, market.asks, subscription.limit),
            }
            if depth != subscription.last or idle:
                subscription.last = depth
                self._send_data(connection, subscription, "DEPTH", pair, now, depth)
        elif subscription.topic == "INDEX":
            futures = self.sandbox.futures
            values = {
                "symbol": pair,
                "indexPrice": fmt(futures.index_price(pair, now), rules.quote_precision),
                "markPrice": fmt(futures.mark_price(pair, now), rules.quote_precision),
                "nextFundingRate": fmt(futures.funding_rate(pair, now)),
                "nextFundingTime": futures.next_funding_time(now),
            }
            if values != subscription.last or idle:
                subscription.last = dict(values)
                values["updateTime"] = now
                self._send_data(connection, subscription, "INDEX", pair, now, [values])

    def _send_data(
        self, connection: Connection, subscription: Subscription, topic: str, pair: str, now: int, data: object
    ) -> None:
        subscription.sent_at = time.monotonic()
        connection.send({"topic": topic, "symbol": pair, "timestamp": now, "data": data})

    def _refresh_book(self, pair: str, now: int) -> Book:
        """Bring ``pair``'s ORDERBOOK view up to the book, sending the changes to its subscribers."""
        book = self.books.setdefault(pair, Book())
        market = self.sandbox.markets[pair]
        bids = {price: size for price, size in _levels(market, market.bids, ORDERBOOK_LEVELS)}
        asks = {price: size for price, size in _levels(market, market.asks, ORDERBOOK_LEVELS)}
        if book.number == 0:
            book.number, book.bids, book.asks = 1, bids, asks
        bid_changes, ask_changes = _changes(book.bids, bids), _changes(book.asks, asks)
        if not (bid_changes or ask_changes or book.skip):
            return book
        book.number += 1 + book.skip
        book.skip = 0
        book.bids, book.asks = bids, asks
        data: Message = {
            "action": "UPDATE",
            "bids": bid_changes,
            "asks": ask_changes,
            "number": book.number,
            "prevNumber": book.number - 1,
            "timeStamp": now,
        }
        message: Message = {"topic": "ORDERBOOK", "symbol": pair, "timestamp": now, "data": data}
        for connection in self.connections:
            if ("ORDERBOOK", pair) in connection.subs:
                connection.send(message)
        return book

    # -- account changes --------------------------------------------------------------------

    def publish(self) -> None:
        """Tell the private subscribers what changed since the last call (the caller holds the lock)."""
        changes = self.sandbox.journal.take()
        private = [c for c in self.connections if c.account is not None and c.subs]
        if not private:
            return
        now = self.sandbox.now()
        with localcontext(DECIMAL_CONTEXT):
            for order in changes.orders:
                spot = isinstance(order, Order)
                record = spot_order_record(order) if isinstance(order, Order) else futures_order_record(order)
                self._tell(private, order.account_key, spot, "ORDER", order.symbol, now, record)
            for fill in changes.fills:
                spot = isinstance(fill, Fill)
                record = spot_fill_record(fill) if isinstance(fill, Fill) else fill.reply()
                self._tell(private, fill.account_key, spot, "FILL", fill.symbol, now, record)
            for connection in private:
                self._account_changes(connection, now)

    @staticmethod
    def _tell(
        connections: Iterable[Connection], key: str, spot: bool, topic: str, pair: str, now: int, record: Message
    ) -> None:
        for connection in connections:
            assert connection.account is not None
            if (
                connection.account.api_key == key
                and (connection.kind == "spot") == spot
                and connection.subscribed(topic, pair)
            ):
                connection.send({"topic": topic, "symbol": pair, "timestamp": now, "data": record})

    def _balance_state(self, connection: Connection) -> object:
        account = connection.account
        assert account is not None
        if connection.kind == "spot":
            return self.sandbox.balances_reply(account)
        futures = self.sandbox.futures
        wallet = futures.account(account.api_key)
        free, frozen, debts = futures.balance_split(wallet)
        state: dict[tuple[str, str | None], list[Message]] = {
            ("CROSS", None): [
                {"coin": FUTURES_COIN, "free": money(free), "frozen": money(frozen), "debts": money(debts)}
            ]
        }
        for position in wallet.positions.values():
            if position.isolated:
                state[(f"ISOLATE_{position.key}", position.symbol)] = [
                    {"coin": FUTURES_COIN, "free": money(position.margin), "frozen": money(ZERO), "debts": money(ZERO)}
                ]
        return state

    def _position_records(self, account: Account) -> dict[str, Message]:
        wallet = self.sandbox.futures.account(account.api_key)
        return {str(p.position_id): position_record(p) for p in wallet.positions.values()}

    def _risk(self, account: Account, now: int) -> list[Message]:
        futures = self.sandbox.futures
        wallet = futures.account(account.api_key)
        cross = futures.cross_positions(wallet)
        maint = sum((p.maint_margin(futures.mark_price(p.symbol, now)) for p in cross), ZERO)
        risks: list[Message] = [
            {
                "type": "CROSS",
                "riskState": "TRADING",
                "quote": FUTURES_COIN,
                "updatedTime": now,
                "extraInfo": {
                    "accountEquity": money(wallet.wallet + futures.cross_unrealized(wallet, now)),
                    "totalMaintMargin": money(maint),
                },
            }
        ]
        for position in wallet.positions.values():
            if position.isolated:
                mark = futures.mark_price(position.symbol, now)
                risks.append(
                    {
                        "type": f"ISOLATE_{position.key}",
                        "symbol": position.symbol,
                        "riskState": "TRADING",
                        "quote": FUTURES_COIN,
                        "updatedTime": now,
                        "extraInfo": {
                            "accountEquity": money(position.margin + position.unrealized(mark)),
                            "totalMaintMargin": money(position.maint_margin(mark)),
                        },
                    }
                )
        return risks

    def _baseline(self, connection: Connection) -> None:
        """Remember the account's state as told, so that only later changes are sent."""
        assert connection.account is not None
        connection.balances = self._balance_state(connection)
        if connection.kind == "futures":
            connection.positions = self._position_records(connection.account)

    def _account_changes(self, connection: Connection, now: int) -> None:
        account = connection.account
        assert account is not None
        state = self._balance_state(connection)
        changed = state != connection.balances
        if changed and connection.subscribed("BALANCE", None):
            if connection.kind == "spot":
                connection.send({"topic": "BALANCE", "timestamp": now, "data": {"balances": state, "timestamp": now}})
            else:
                assert isinstance(state, dict)
                before = connection.balances if isinstance(connection.balances, dict) else {}
                for kind, pair in [*state, *(key for key in before if key not in state)]:
                    balances = state.get((kind, pair))
                    if balances == before.get((kind, pair)):
                        continue
                    if balances is None:  # the isolated position is gone
                        zero = money(ZERO)
                        balances = [{"coin": FUTURES_COIN, "free": zero, "frozen": zero, "debts": zero}]
                    data: Message = {"type": kind}
                    if pair is not None:
                        data["symbol"] = pair
                    data.update({"balances": balances, "timestamp": now})
                    connection.send({"topic": "BALANCE", "timestamp": now, "data": data})
        connection.balances = state
        if connection.kind != "futures":
            return
        records = self._position_records(account)
        updates = [record for pid, record in records.items() if connection.positions.get(pid) != record]
        gone = [pid for pid in connection.positions if pid not in records]
        if gone:
            history = {str(p.position_id): p for p in self.sandbox.futures.account(account.api_key).history}
            updates.extend(position_record(history[pid]) for pid in gone if pid in history)
        connection.positions = records
        for record in updates:
            changed = True
            pair = str(record["symbol"])
            if connection.subscribed("POSITION", pair):
                connection.send({"topic": "POSITION", "symbol": pair, "timestamp": now, "data": record})
        if changed and connection.subscribed("RISK", None):
            for data in self._risk(account, now):
                connection.send({"topic": "RISK", "timestamp": now, "data": data})


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
        if kind == "refuse" and not any(target in topics for topics in TOPICS.values()):
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
