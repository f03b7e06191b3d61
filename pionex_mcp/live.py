"""What REST cannot give an agent: a live book's top levels, a short window of recent trades and
of the account's order events from the streams, a pair's market rules, and a portfolio summary
from the full balances.

* **Streams, lazily.**  Nothing is subscribed until a live tool is first called for a pair; from
  then on the subscription is kept (on the client's shared stream connections, with its heartbeat,
  reconnection, resyncs and replay of missed private events) so that the next call answers from
  memory at once.  A subscription no call has used for :data:`IDLE_SECONDS` is left, and at most
  :data:`MAX_FEEDS` are kept (the least recently used is left for a new one).
* **Bounded.**  A book is the client's :class:`~pionex_wrapper.streams.live.LiveBook` (the top
  :data:`SPOT_DEPTH_LIMIT` levels for spot, the ORDERBOOK for futures); trades keep the newest
  :data:`TRADES_KEPT` (seeded from ``getMarketTrades`` when first subscribed, so the first answer is
  not empty); order events the newest :data:`EVENTS_KEPT`, numbered (``seq``) so that an agent can
  ask only for what came ``after`` the last one it saw.
* **Freshness is said.**  Every answer carries when its subscription started (``subscribedAt``),
  when its data last changed (``updatedAt``, ``lastMessageAt``) and how old that is (``ageMs``), in
  ms since the epoch; a book's age is counted on the exchange's clock (this machine's plus the
  offset the client measured), a message's arrival on this machine's.
* **Market rules** are the client's (:meth:`AsyncPionex.rules`, docs/guides/market-rules.md): once read,
  the guard's prepare checks every order against them too.  **The portfolio** is a summary of
  ``walletGetBalancesFull``: totals, each category's share, the coins by value, bots, positions.

The operations and channels these tools name are in one table, :data:`SOURCES`; nothing else here
names an operation.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import mcp_types as types

from . import results

if TYPE_CHECKING:
    from pionex_wrapper import AsyncPionex
    from pionex_wrapper.rules import PairRules

    from .config import ServerConfig
    from .tools import ToolEntry

SOURCES: dict[str, str] = {
    "book": "streams ORDERBOOK (futures) / DEPTH (spot): client.streams[.futures].order_book",
    "book_symbol": "getMarketDepth",
    "trades": "streams TRADE: client.streams[.futures].trades",
    "trades_seed": "getMarketTrades",
    "spot_orders": "streams spot ORDER: client.streams.orders",
    "spot_orders_symbol": "getOpenOrders",
    "futures_orders": "streams futures ORDER: client.streams.futures.orders",
    "futures_orders_symbol": "futuresGetOpenOrders",
    "rules": "getSymbols: client.rules()",
    "portfolio": "walletGetBalancesFull",
}
"""Every operation and stream channel the live tools use (the one table of them): the operation
ids (``*_symbol`` ones lend their ``symbol`` input's schema and checks to a live tool)."""

MAX_FEEDS = 16
"""Stream subscriptions (books, trade windows, order events) kept at once; one more leaves the
least recently used."""
IDLE_SECONDS = 600.0
"""A subscription no call has used for this long is left (at the next call of any live tool)."""
FIRST_WAIT = 10.0
"""Seconds a first call waits for the exchange to acknowledge a subscription (or send a book)."""
TRADES_KEPT = 200
EVENTS_KEPT = 200
SPOT_DEPTH_LIMIT = 20
"""Levels a side of a spot book (Pionex's DEPTH sends whole pictures of the top levels)."""
MAX_DEPTH = 20
SEED_TRADES = 100


def _tool_schema(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    return schema


def _out(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": True}
    if required:
        schema["required"] = list(required)
    return schema


_DECIMAL = {"type": "string", "description": "An exact decimal, as a string of digits."}
_DECIMAL_OR_NULL = {"type": ["string", "null"], "description": "An exact decimal, as a string of digits."}
_MS = {"type": "integer", "description": "Milliseconds since the epoch."}
_MS_OR_NULL = {"type": ["integer", "null"], "description": "Milliseconds since the epoch."}
_LEVELS = {
    "type": "array",
    "items": {"type": "array", "items": _DECIMAL, "minItems": 2, "maxItems": 2},
    "description": "[price, size] levels, best first.",
}
_FRESHNESS = {
    "subscribedAt": {**_MS, "description": "When this server subscribed (ms since the epoch)."},
    "lastMessageAt": {**_MS_OR_NULL, "description": "When the last message arrived here (ms); null: none yet."},
    "messages": {"type": "integer", "description": "Stream messages taken since subscribing."},
    "dropped": {"type": "integer", "description": "Messages the client dropped because they came too fast."},
}


def _symbol_param(operation_id: str) -> dict[str, Any]:
    """The ``symbol`` input of ``operation_id``, as that operation's tool has it (same checks)."""
    from pionex_wrapper import registry

    from .schema import param_schema

    param = next(p for p in registry.operation(operation_id).params if p.name == "symbol")
    return param_schema(param)


def _check_symbol(operation_id: str, symbol: Any) -> str:
    """``symbol`` checked as ``operation_id``'s client checks it (type, pattern, market); raises
    :class:`~pionex_wrapper.errors.InvalidParameterError` naming ``symbol``."""
    from pionex_wrapper import registry
    from pionex_wrapper.errors import InvalidParameterError
    from pionex_wrapper.params import normalize

    if not isinstance(symbol, str):
        raise InvalidParameterError("symbol", f"must be a string such as BTC_USDT, not {symbol!r}")
    normalize(registry.operation(operation_id), {"symbol": symbol})
    return symbol


def _whole(arguments: dict[str, Any], name: str, default: int | None, low: int, high: int) -> int | None:
    from pionex_wrapper.errors import InvalidParameterError

    value = arguments.get(name, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidParameterError(name, f"must be a whole number from {low} to {high}, not {value!r}")
    return value


def _unknown(arguments: dict[str, Any], known: tuple[str, ...]) -> None:
    from pionex_wrapper.errors import InvalidParameterError

    for name in arguments:
        if name not in known:
            raise InvalidParameterError(
                name, f"is not an input of this tool (its inputs: {', '.join(known) or 'none'})"
            )


def is_futures(symbol: str) -> bool:
    """A perpetual pair (``BTC_USDT_PERP``), by the spec's markets."""
    from pionex_wrapper.params import market_of

    return market_of(symbol) == "PERP"


class StreamTimeout(Exception):
    """The exchange did not acknowledge a subscription (or send a book) in time."""


class _Feed:
    """One subscription kept for the live tools: its buffer and how fresh it is."""

    def __init__(self, live: Live, kind: str, symbol: str) -> None:
        self.live = live
        self.kind = kind
        self.symbol = symbol
        self.subscribed_ms = live.now_ms()
        self.last_ms: int | None = None
        self.messages = 0
        self.dropped = 0
        self.error: BaseException | None = None
        self.used = time.monotonic()
        self.starting: asyncio.Future[None] | None = None

    async def start(self) -> None:
        raise NotImplementedError

    async def aclose(self) -> None:
        raise NotImplementedError

    def freshness(self) -> dict[str, Any]:
        return {
            "subscribedAt": self.subscribed_ms,
            "lastMessageAt": self.last_ms,
            "messages": self.messages,
            "dropped": self.dropped,
        }


class _BookFeed(_Feed):
    """A local book kept by the client (:class:`~pionex_wrapper.streams.live.LiveBook`)."""

    async def start(self) -> None:
        streams: Any = self.live.client.streams
        if is_futures(self.symbol):
            self.book = streams.futures.order_book(self.symbol)
        else:
            self.book = streams.order_book(self.symbol, limit=SPOT_DEPTH_LIMIT)
        try:
            await self.book.wait_ready(self.live.first_wait)
        except TimeoutError:
            raise StreamTimeout(
                f"no {self.symbol} order book from the streams within {self.live.first_wait:g} s"
            ) from None

    async def aclose(self) -> None:
        book = getattr(self, "book", None)
        if book is not None:
            await book.aclose()


class _StreamFeed(_Feed):
    """A subscription whose messages a task takes into a bounded buffer as they come."""

    def __init__(self, live: Live, kind: str, symbol: str, subscribe: Callable[[], Any]) -> None:
        super().__init__(live, kind, symbol)
        self.subscribe = subscribe
        self.subscription: Any = None
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self.subscription = self.subscribe()
        await self.subscription.start(wait=self.live.first_wait)
        self.task = asyncio.get_running_loop().create_task(self._pump(), name=f"pionex-mcp-{self.kind}-{self.symbol}")
        if not self.subscription.confirmed.is_set():
            # ended (refused: the pump reads the refusal at once) or no answer at all
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(self.task), 1.0)
            if self.error is not None:
                raise self.error
            raise StreamTimeout(
                f"the streams did not acknowledge {self.kind} {self.symbol} within {self.live.first_wait:g} s"
            )

    async def _pump(self) -> None:
        from pionex_wrapper.streams.reconcile import Gap

        try:
            async for message in self.subscription:
                self.last_ms = self.live.now_ms()
                if isinstance(message, Gap):
                    self.dropped += message.dropped
                    continue
                self.messages += 1
                self.take(message)
        except Exception as error:  # noqa: BLE001  kept and told to the next call (a refusal, a closed client)
            self.error = error
        else:
            from pionex_wrapper.streams.connection import StreamClosedError

            self.error = StreamClosedError(f"the {self.kind} stream of {self.symbol} ended")

    def take(self, message: Any) -> None:
        raise NotImplementedError

    async def aclose(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self.subscription is not None:
            with contextlib.suppress(Exception):
                await self.subscription.aclose()


class _TradesFeed(_StreamFeed):
    """The newest :data:`TRADES_KEPT` trades of a pair, by trade id."""

    def __init__(self, live: Live, symbol: str) -> None:
        streams: Any = live.client.streams.futures if is_futures(symbol) else live.client.streams
        super().__init__(live, "trades", symbol, lambda: streams.trades(symbol))
        self.trades: dict[Any, dict[str, Any]] = {}
        self.seeded = 0

    async def start(self) -> None:
        await super().start()
        from pionex_wrapper.errors import PionexError

        try:  # what came before subscribing, so that the first answer is a window too
            reply = await self.live.client.invoke(SOURCES["trades_seed"], {"symbol": self.symbol, "limit": SEED_TRADES})
        except PionexError:
            return  # the stream alone, from now on
        for trade in reversed(getattr(reply, "trades", None) or []):
            if self._add(results.jsonable(trade)):
                self.seeded += 1

    def _add(self, row: Any) -> bool:
        if not isinstance(row, dict):
            return False
        key = row.get("tradeId")
        if key is None:
            key = ("stream", self.messages, len(self.trades))
        if key in self.trades:
            return False
        self.trades[key] = row
        if len(self.trades) > TRADES_KEPT:
            oldest = min(self.trades, key=lambda k: _trade_order(self.trades[k]))
            del self.trades[oldest]
        return True

    def take(self, message: Any) -> None:
        for trade in getattr(message, "data", None) or []:
            self._add(results.jsonable(trade))

    def newest(self, limit: int) -> list[dict[str, Any]]:
        return sorted(self.trades.values(), key=_trade_order, reverse=True)[:limit]


def _trade_order(row: dict[str, Any]) -> tuple[int, int, str]:
    stamp = row.get("timestamp")
    trade_id = str(row.get("tradeId") or "")
    return (
        stamp if isinstance(stamp, int) else 0,
        int(trade_id) if trade_id.isdigit() else 0,
        trade_id,
    )


class _OrdersFeed(_StreamFeed):
    """The newest :data:`EVENTS_KEPT` order events of the account (one spot pair, or futures)."""

    def __init__(self, live: Live, kind: str, symbol: str, subscribe: Callable[[], Any]) -> None:
        super().__init__(live, kind, symbol, subscribe)
        self.events: deque[dict[str, Any]] = deque(maxlen=EVENTS_KEPT)
        self.seq = 0

    def take(self, message: Any) -> None:
        from pionex_wrapper.streams.reconcile import Replayed

        replayed = isinstance(message, Replayed)
        record = message.item if replayed else getattr(message, "data", None)
        if record is None:
            return
        self.seq += 1
        self.events.append(
            {"seq": self.seq, "receivedAt": self.live.now_ms(), "replayed": replayed, "order": results.jsonable(record)}
        )


class Live:
    """The live tools and the stream subscriptions behind them (closed with the server)."""

    def __init__(
        self,
        config: ServerConfig,
        client: AsyncPionex,
        *,
        clock: Callable[[], float] = time.time,
        max_feeds: int = MAX_FEEDS,
        idle_seconds: float = IDLE_SECONDS,
        first_wait: float = FIRST_WAIT,
    ) -> None:
        self.config = config
        self.client = client
        self.clock = clock
        """This machine's wall clock, in seconds (tests inject one)."""
        self.max_feeds = max_feeds
        self.idle_seconds = idle_seconds
        self.first_wait = first_wait
        self.feeds: dict[tuple[str, str], _Feed] = {}
        self.rules_loaded_ms: int | None = None

    def now_ms(self) -> int:
        return int(self.clock() * 1000)

    def exchange_ms(self) -> int:
        """The exchange's time as the client reckons it (this machine's plus the measured offset)."""
        return self.now_ms() + self.client.server_time_offset_ms

    # -- the tools ---------------------------------------------------------------------------

    def tools(self) -> list[ToolEntry]:
        """The live tools, each with its module (``--modules`` selects them as it does operations)."""
        from .tools import ToolEntry

        def tool(name: str, title: str, description: str, inputs: dict[str, Any], output: dict[str, Any]) -> types.Tool:
            return types.Tool(
                name=name,
                description=description,
                input_schema=inputs,
                output_schema=output,
                annotations=types.ToolAnnotations(
                    title=title, read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=True
                ),
            )

        book_symbol = _symbol_param(SOURCES["book_symbol"])
        entries = [
            ToolEntry(
                tool(
                    "market_live_book",
                    "Live order book",
                    "The top levels of a pair's order book, kept live from the streams (futures ORDERBOOK for "
                    "_PERP pairs, spot DEPTH otherwise): subscribed on the first call (which waits for the "
                    "first picture), answered from memory after. Says how fresh the book is (ageMs). Public.",
                    _tool_schema(
                        {
                            "symbol": book_symbol,
                            "depth": {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": MAX_DEPTH,
                                "default": 5,
                                "description": "Levels per side.",
                            },
                        },
                        ("symbol",),
                    ),
                    _out(
                        {
                            "symbol": {"type": "string"},
                            "market": {"type": "string", "enum": ["spot", "futures"]},
                            "bids": _LEVELS,
                            "asks": _LEVELS,
                            "bestBid": _DECIMAL_OR_NULL,
                            "bestAsk": _DECIMAL_OR_NULL,
                            "spread": _DECIMAL_OR_NULL,
                            "updatedAt": {
                                **_MS_OR_NULL,
                                "description": "The book's time, as its last message gave it.",
                            },
                            "ageMs": {
                                "type": ["integer", "null"],
                                "description": "How old the book is, on the exchange's clock (ms).",
                            },
                            "number": {"type": ["integer", "null"], "description": "Sequence number (futures)."},
                            "resyncs": {"type": "integer", "description": "Rebuilds from a new snapshot so far."},
                            "subscribedAt": _FRESHNESS["subscribedAt"],
                            "messages": _FRESHNESS["messages"],
                        },
                        ("symbol", "market", "bids", "asks", "subscribedAt"),
                    ),
                ),
                self.book,
                "market",
            ),
            ToolEntry(
                tool(
                    "market_live_trades",
                    "Recent trades, live",
                    f"A short window of a pair's most recent public trades, newest first: the streams' TRADE "
                    f"channel, subscribed on the first call and seeded with the last {SEED_TRADES} trades over "
                    f"REST; at most {TRADES_KEPT} are kept. Says how fresh the window is. Public.",
                    _tool_schema(
                        {
                            "symbol": book_symbol,
                            "limit": {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": TRADES_KEPT,
                                "default": 20,
                                "description": "Trades to return, newest first.",
                            },
                        },
                        ("symbol",),
                    ),
                    _out(
                        {
                            "symbol": {"type": "string"},
                            "market": {"type": "string", "enum": ["spot", "futures"]},
                            "trades": {"type": "array", "items": {"type": "object"}},
                            "kept": {"type": "integer", "description": "Trades held in the window."},
                            "oldestAt": _MS_OR_NULL,
                            "newestAt": _MS_OR_NULL,
                            "ageMs": {
                                "type": ["integer", "null"],
                                "description": "How old the newest trade is, on the exchange's clock (ms).",
                            },
                            "seededFromRest": {"type": "integer"},
                            **_FRESHNESS,
                        },
                        ("symbol", "market", "trades", "subscribedAt"),
                    ),
                ),
                self.trades,
                "market",
            ),
            ToolEntry(
                tool(
                    "trade_live_orders",
                    "Spot order events, live",
                    "The account's recent order events on one spot pair (the private ORDER stream), oldest "
                    "first, each numbered (seq): give the last seq seen as `after` to get only newer ones. "
                    "Subscribed on the first call: events from then on (and any the stream missed while "
                    f"reconnecting, marked replayed); at most {EVENTS_KEPT} kept. "
                    "Needs an API key with the 'read' permission.",
                    self._events_inputs(SOURCES["spot_orders_symbol"], required=True),
                    self._events_output(),
                ),
                self.spot_orders,
                "trade",
            ),
            ToolEntry(
                tool(
                    "futures_live_orders",
                    "Futures order events, live",
                    "The account's recent futures order events (the private ORDER stream of one perpetual "
                    "pair, or of every pair when no symbol is given), oldest first, each numbered (seq): give "
                    "the last seq seen as `after` to get only newer ones. Subscribed on the first call: events "
                    f"from then on (and any missed while reconnecting, marked replayed); at most {EVENTS_KEPT} "
                    "kept. Needs an API key with the 'read' permission.",
                    self._events_inputs(SOURCES["futures_orders_symbol"], required=False),
                    self._events_output(),
                ),
                self.futures_orders,
                "futures",
            ),
            ToolEntry(
                tool(
                    "market_rules",
                    "A pair's trading rules",
                    "A pair's trading rules, as the client checks orders against them: price, size and amount "
                    "steps, the size ranges of LIMIT and MARKET orders, the minimum order value, whether the "
                    "pair is tradable, and the exchange's own fields (getSymbols). Give a price, size or amount "
                    "to have it rounded onto the pair's step. Read once and kept (refresh: read again); once "
                    "read, every order this server prepares is checked against them. Public.",
                    _tool_schema(
                        {
                            "symbol": book_symbol,
                            "refresh": {
                                "type": "boolean",
                                "default": False,
                                "description": "Read every pair's rules again.",
                            },
                            "price": {**_DECIMAL, "description": "A price to round onto the pair's price step."},
                            "size": {**_DECIMAL, "description": "A size to round onto the pair's size step."},
                            "amount": {**_DECIMAL, "description": "A MARKET BUY amount to round onto its step."},
                            "direction": {
                                "type": "string",
                                "enum": ["down", "up", "nearest"],
                                "default": "down",
                                "description": "How to round (down: never more than given).",
                            },
                        },
                        ("symbol",),
                    ),
                    _out(
                        {
                            "symbol": {"type": "string"},
                            "market": {"type": "string"},
                            "tradable": {"type": "boolean"},
                            "priceStep": _DECIMAL_OR_NULL,
                            "sizeStep": _DECIMAL_OR_NULL,
                            "amountStep": _DECIMAL_OR_NULL,
                            "minNotional": _DECIMAL_OR_NULL,
                            "rounded": {"type": "object"},
                            "exchange": {"type": "object"},
                            "loadedAt": _MS_OR_NULL,
                        },
                        ("symbol", "market", "tradable"),
                    ),
                ),
                self.rules,
                "market",
            ),
            ToolEntry(
                tool(
                    "account_portfolio",
                    "Portfolio summary",
                    "A summary of every account's balances (the full balances): totals in USDT and BTC, the "
                    "spot and futures sides and each category's share, the coins held by value (spot, bots' "
                    "quote coins and earn products, futures wallet), the bots, and the open positions with "
                    "their unrealized profit. Needs an API key with the 'read' permission.",
                    _tool_schema(
                        {
                            "top": {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": 100,
                                "default": 20,
                                "description": "Coins listed by value (the rest are summed).",
                            }
                        }
                    ),
                    _out(
                        {
                            "asOf": _MS,
                            "totalInUsdt": _DECIMAL_OR_NULL,
                            "totalInBtc": _DECIMAL_OR_NULL,
                            "categories": {"type": "array", "items": {"type": "object"}},
                            "coins": {"type": "array", "items": {"type": "object"}},
                            "otherCoins": {"type": "object"},
                            "bots": {"type": "object"},
                            "positions": {"type": "array", "items": {"type": "object"}},
                            "unrealizedPnL": _DECIMAL,
                        },
                        ("asOf", "categories", "coins", "positions"),
                    ),
                ),
                self.portfolio,
                "account",
            ),
        ]
        return entries

    @staticmethod
    def _events_inputs(operation_id: str, *, required: bool) -> dict[str, Any]:
        return _tool_schema(
            {
                "symbol": _symbol_param(operation_id),
                "after": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Only events numbered above this (the last seq seen).",
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": EVENTS_KEPT,
                    "default": 50,
                    "description": "Most events returned (the newest of those asked for).",
                },
            },
            ("symbol",) if required else (),
        )

    @staticmethod
    def _events_output() -> dict[str, Any]:
        return _out(
            {
                "symbol": {"type": "string"},
                "events": {
                    "type": "array",
                    "items": _out(
                        {
                            "seq": {"type": "integer"},
                            "receivedAt": _MS,
                            "replayed": {
                                "type": "boolean",
                                "description": "Missed while the stream reconnected; read over REST.",
                            },
                            "order": {"type": "object"},
                        },
                        ("seq", "receivedAt", "replayed", "order"),
                    ),
                },
                "lastSeq": {"type": "integer", "description": "The newest event's number (0: none yet)."},
                "since": {**_MS, "description": "Events are those from this time on (the subscription's start)."},
                **_FRESHNESS,
            },
            ("symbol", "events", "lastSeq", "subscribedAt"),
        )

    # -- the subscriptions -------------------------------------------------------------------

    async def _feed(self, key: tuple[str, str], make: Callable[[], _Feed]) -> _Feed:
        """The subscription for ``key``, made and started on first use (a second call meanwhile
        waits for the same start); raises what kept it from starting (and forgets it)."""
        await self._sweep()
        feed = self.feeds.get(key)
        if feed is not None and feed.error is not None:  # ended (a closed stream, a refusal): start again
            await self._drop(key, feed)
            feed = None
        if feed is None:
            while len(self.feeds) >= self.max_feeds:
                oldest = min(self.feeds, key=lambda k: self.feeds[k].used)
                await self._drop(oldest, self.feeds[oldest])
            feed = make()
            self.feeds[key] = feed
            feed.starting = asyncio.ensure_future(feed.start())
        feed.used = time.monotonic()
        assert feed.starting is not None
        try:
            await asyncio.shield(feed.starting)
        except BaseException:
            if self.feeds.get(key) is feed:
                await self._drop(key, feed)
            raise
        return feed

    async def _drop(self, key: tuple[str, str], feed: _Feed) -> None:
        if self.feeds.get(key) is feed:
            del self.feeds[key]
        starting = feed.starting
        if starting is not None and not starting.done():
            starting.cancel()
            with contextlib.suppress(BaseException):
                await starting
        await feed.aclose()

    async def _sweep(self) -> None:
        """Leaves the subscriptions no call has used for ``idle_seconds``."""
        now = time.monotonic()
        for key, feed in list(self.feeds.items()):
            if now - feed.used > self.idle_seconds and feed.starting is not None and feed.starting.done():
                await self._drop(key, feed)

    async def aclose(self) -> None:
        """Leave every subscription."""
        for key, feed in list(self.feeds.items()):
            await self._drop(key, feed)

    async def _answer(self, work: Callable[[], Awaitable[dict[str, Any]]]) -> types.CallToolResult:
        """``work``'s answer as a tool result; a refusal, a stream that could not start or ended, as
        a tool error."""
        try:
            return results.success(await work())
        except StreamTimeout as timeout:
            return results.refusal({"error": "StreamTimeout", "message": str(timeout)})
        except Exception as failure:  # noqa: BLE001  every failure is the agent's to read (class and message only)
            return results.error(failure)

    # -- book and trades ---------------------------------------------------------------------

    async def book(self, arguments: dict[str, Any]) -> types.CallToolResult:
        async def work() -> dict[str, Any]:
            from pionex_wrapper.streams import BookOutOfSyncError

            _unknown(arguments, ("symbol", "depth"))
            symbol = _check_symbol(SOURCES["book_symbol"], arguments.get("symbol"))
            depth = _whole(arguments, "depth", 5, 1, MAX_DEPTH) or 5
            feed = await self._feed(("book", symbol), lambda: _BookFeed(self, "book", symbol))
            assert isinstance(feed, _BookFeed)
            live = feed.book
            try:
                view = live.view()
            except BookOutOfSyncError:  # resyncing: wait for the new snapshot, once
                try:
                    await live.wait_ready(self.first_wait)
                except TimeoutError:
                    raise StreamTimeout(
                        f"the {symbol} book is resyncing and had no new snapshot within {self.first_wait:g} s"
                    ) from None
                view = live.view()
            bids, asks = view.levels(depth)
            best_bid = bids[0][0] if bids else None
            best_ask = asks[0][0] if asks else None
            return {
                "symbol": symbol,
                "market": "futures" if is_futures(symbol) else "spot",
                "bids": [[price, size] for price, size in bids],
                "asks": [[price, size] for price, size in asks],
                "bestBid": best_bid,
                "bestAsk": best_ask,
                "spread": best_ask - best_bid if best_bid is not None and best_ask is not None else None,
                "updatedAt": view.timestamp,
                "ageMs": None if view.timestamp is None else max(0, self.exchange_ms() - view.timestamp),
                "number": view.number,
                "resyncs": live.resyncs,
                "subscribedAt": feed.subscribed_ms,
                "messages": live.messages,
            }

        return await self._answer(work)

    async def trades(self, arguments: dict[str, Any]) -> types.CallToolResult:
        async def work() -> dict[str, Any]:
            _unknown(arguments, ("symbol", "limit"))
            symbol = _check_symbol(SOURCES["book_symbol"], arguments.get("symbol"))
            limit = _whole(arguments, "limit", 20, 1, TRADES_KEPT) or 20
            feed = await self._feed(("trades", symbol), lambda: _TradesFeed(self, symbol))
            assert isinstance(feed, _TradesFeed)
            trades = feed.newest(limit)
            stamps = [t["timestamp"] for t in feed.trades.values() if isinstance(t.get("timestamp"), int)]
            newest = max(stamps) if stamps else None
            return {
                "symbol": symbol,
                "market": "futures" if is_futures(symbol) else "spot",
                "trades": trades,
                "kept": len(feed.trades),
                "oldestAt": min(stamps) if stamps else None,
                "newestAt": newest,
                "ageMs": None if newest is None else max(0, self.exchange_ms() - newest),
                "seededFromRest": feed.seeded,
                **feed.freshness(),
            }

        return await self._answer(work)

    # -- order events ------------------------------------------------------------------------

    async def spot_orders(self, arguments: dict[str, Any]) -> types.CallToolResult:
        async def work() -> dict[str, Any]:
            _unknown(arguments, ("symbol", "after", "limit"))
            symbol = arguments.get("symbol")
            # the symbol checked as the REST twin checks it, and credentials present (a private
            # stream without them would only time out); nothing is sent
            self.client.prepare(SOURCES["spot_orders_symbol"], {"symbol": symbol})
            assert isinstance(symbol, str)  # prepare refused anything else
            streams: Any = self.client.streams
            return await self._events("spot_orders", symbol, lambda: streams.orders(symbol), arguments)

        return await self._answer(work)

    async def futures_orders(self, arguments: dict[str, Any]) -> types.CallToolResult:
        async def work() -> dict[str, Any]:
            _unknown(arguments, ("symbol", "after", "limit"))
            given = arguments.get("symbol")
            self.client.prepare(SOURCES["futures_orders_symbol"], {} if given is None else {"symbol": given})
            symbol = "ALL" if given is None else str(given)
            streams: Any = self.client.streams.futures
            return await self._events("futures_orders", symbol, lambda: streams.orders(symbol), arguments)

        return await self._answer(work)

    async def _events(
        self, kind: str, symbol: str, subscribe: Callable[[], Any], arguments: dict[str, Any]
    ) -> dict[str, Any]:
        after = _whole(arguments, "after", None, 0, 2**62)
        limit = _whole(arguments, "limit", 50, 1, EVENTS_KEPT) or 50
        feed = await self._feed((kind, symbol), lambda: _OrdersFeed(self, kind, symbol, subscribe))
        assert isinstance(feed, _OrdersFeed)
        events = [event for event in feed.events if after is None or event["seq"] > after]
        return {
            "symbol": symbol,
            "events": events[-limit:],
            "lastSeq": feed.seq,
            "since": feed.subscribed_ms,
            **feed.freshness(),
        }

    # -- rules and portfolio -----------------------------------------------------------------

    async def rules(self, arguments: dict[str, Any]) -> types.CallToolResult:
        async def work() -> dict[str, Any]:
            from pionex_wrapper.errors import InvalidParameterError

            _unknown(arguments, ("symbol", "refresh", "price", "size", "amount", "direction"))
            symbol = _check_symbol(SOURCES["book_symbol"], arguments.get("symbol"))
            refresh = arguments.get("refresh", False)
            if not isinstance(refresh, bool):
                raise InvalidParameterError("refresh", f"must be true or false, not {refresh!r}")
            direction = arguments.get("direction", "down")
            if direction not in ("down", "up", "nearest"):
                raise InvalidParameterError("direction", f"must be down, up or nearest, not {direction!r}")
            loaded = self.rules_loaded_ms is None or refresh
            rules = await self.client.rules(refresh=refresh)
            if loaded:
                self.rules_loaded_ms = self.now_ms()
            pair = rules[symbol]
            rounded: dict[str, Any] = {}
            for name, method in (("price", pair.round_price), ("size", pair.round_size), ("amount", pair.round_amount)):
                value = arguments.get(name)
                if value is None:
                    continue
                if not isinstance(value, str):
                    raise InvalidParameterError(name, f'must be a decimal string such as "0.001", not {value!r}')
                rounded[name] = method(value, direction)
            return {**_pair_rules(pair), "rounded": rounded, "loadedAt": self.rules_loaded_ms, "pairs": len(rules)}

        return await self._answer(work)

    async def portfolio(self, arguments: dict[str, Any]) -> types.CallToolResult:
        async def work() -> dict[str, Any]:
            _unknown(arguments, ("top",))
            top = _whole(arguments, "top", 20, 1, 100) or 20
            reply = await self.client.invoke(SOURCES["portfolio"], {})
            return {"asOf": self.now_ms(), **summarize(reply, top)}

        return await self._answer(work)


def _pair_rules(pair: PairRules) -> dict[str, Any]:
    perp = pair.market == "PERP"
    return {
        "symbol": pair.symbol,
        "market": pair.market,
        "base": pair.base,
        "quote": pair.quote,
        "tradable": pair.tradable,
        "priceStep": pair.price_step,
        "sizeStep": pair.size_step,
        "amountStep": pair.amount_step,
        "pricePrecision": pair.price_precision,
        "sizePrecision": pair.size_precision,
        "limitOrderSize": {"min": pair.min_size, "max": pair.max_size},
        "marketOrderSize": {"min": pair.min_market_size, "max": pair.max_market_size},
        "minNotional": pair.min_notional,
        "checkedBeforeSending": [
            "price step",
            "size step",
            *([] if perp else ["amount step"]),
            "LIMIT and MARKET size ranges",
            *([] if perp else ["minimum order value (minAmount)"]),
        ],
        "leftToTheExchange": [
            *(["minimum order value (minNotional: counts only what an order opens)"] if perp else []),
            "price bands (buyCeiling, sellFloor, maxImpact*)",
            "whether the pair is tradable now",
        ],
        "exchange": results.jsonable(pair.info) if pair.info is not None else {},
    }


def _share(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    if part is None or not whole:
        return None
    return (part * 100 / whole).quantize(Decimal("0.01"))


def summarize(reply: Any, top: int = 20) -> dict[str, Any]:
    """A portfolio summary of a ``walletGetBalancesFull`` reply (tolerant: Pionex names no fixed set
    of categories, and any field may be missing)."""
    prices = getattr(reply, "prices", None) or {}
    total = getattr(reply, "total_in_usdt", None)
    coins: dict[str, dict[str, Any]] = {}
    categories: list[dict[str, Any]] = []
    bots: list[dict[str, Any]] = []
    positions: list[dict[str, Any]] = []
    incomplete: list[str] = []
    pnl = Decimal(0)

    def hold(coin: str | None, amount: Decimal | None, value: Decimal | None, where: str) -> None:
        if not coin or amount is None:
            return
        price = prices.get(coin)
        usd = getattr(price, "price_in_usd", None)
        if value is None and usd is not None:
            value = amount * usd
        held = coins.setdefault(
            coin,
            {
                "coin": coin,
                "amount": Decimal(0),
                "valueInUsdt": Decimal(0),
                "priceInUsd": usd,
                "change24hInUsd": getattr(price, "change_24h_in_usd", None),
                "in": [],
                "unvalued": False,
            },
        )
        held["amount"] += amount
        if value is None:
            held["unvalued"] = True
        else:
            held["valueInUsdt"] += value
        if where not in held["in"]:
            held["in"].append(where)

    spot = getattr(reply, "bot_account", None)
    for category in getattr(spot, "detail", None) or []:
        kind = category.type or "spot"
        categories.append(
            {"side": "spot", "type": kind, "title": category.title, "totalInUsdt": category.total_in_usdt}
        )
        if category.has_more:
            incomplete.append(kind)
        for line in category.entries or []:
            if line.bu_order_id is not None:
                bots.append(
                    {
                        "buOrderId": line.bu_order_id,
                        "buOrderType": line.bu_order_type,
                        "pair": f"{line.base}_{line.quote}" if line.base and line.quote else None,
                        "valueInUsdt": line.total_in_usdt,
                    }
                )
                continue
            amount = line.amount
            if amount is None and (line.free is not None or line.frozen is not None):
                amount = (line.free or Decimal(0)) + (line.frozen or Decimal(0))
            hold(line.coin, amount, line.total_in_usdt, kind)
    futures = getattr(reply, "trader_account", None)
    for category in getattr(futures, "detail", None) or []:
        kind = category.type or "futures"
        categories.append(
            {
                "side": "futures",
                "type": kind,
                "title": category.title,
                "totalInUsdt": category.total_in_usdt,
                "riskState": category.risk_state,
            }
        )
        for balance in category.balances or []:
            amount = (balance.free or Decimal(0)) + (balance.frozen or Decimal(0)) - (balance.debts or Decimal(0))
            if amount:
                hold(balance.coin, amount, None, kind)
        for position in category.positions or []:
            if position.unrealized_pnl is not None:
                pnl += position.unrealized_pnl
            positions.append(
                {
                    "symbol": position.symbol,
                    "positionSide": position.position_side,
                    "netSize": position.net_size,
                    "avgPrice": position.avg_price,
                    "markPrice": position.mark_price,
                    "unrealizedPnL": position.unrealized_pnl,
                    "leverage": position.leverage,
                    "liquidationPrice": position.liquidation_price,
                }
            )
    for category in categories:
        category["share"] = _share(category["totalInUsdt"], total)
    ranked = sorted(coins.values(), key=lambda c: c["valueInUsdt"], reverse=True)
    for coin in ranked:
        coin["share"] = _share(coin["valueInUsdt"], total)
    rest = ranked[top:]
    bots_value = sum((b["valueInUsdt"] for b in bots if b["valueInUsdt"] is not None), Decimal(0))
    by_type: dict[str, int] = {}
    for bot in bots:
        by_type[str(bot["buOrderType"])] = by_type.get(str(bot["buOrderType"]), 0) + 1
    return {
        "totalInUsdt": total,
        "totalInBtc": getattr(reply, "total_in_btc", None),
        "spotInUsdt": getattr(spot, "total_in_usdt", None),
        "futuresInUsdt": getattr(futures, "total_in_usdt", None),
        "categories": categories,
        "coins": ranked[:top],
        "otherCoins": {"count": len(rest), "valueInUsdt": sum((c["valueInUsdt"] for c in rest), Decimal(0))},
        "bots": {"count": len(bots), "valueInUsdt": bots_value, "byType": by_type, "list": bots[:top]},
        "positions": positions,
        "unrealizedPnL": pnl,
        "incompleteCategories": incomplete,
        "note": "Shares are percent of totalInUsdt; a coin's value is the exchange's where it gives one, "
        "else its amount at priceInUsd.",
    }
