"""ccxt pro's ``watch_*`` methods on this project's streams (the async class's mixin).

Each ``watch_*`` call waits for the next update of what it watches and returns ccxt pro's
structure, as ccxt pro's own classes do; the first call of a kind subscribes (on the client's
shared stream connections, :mod:`pionex_wrapper.streams`), and the subscription stays until its
``un_watch_*`` method or ``close()``.  ``wait_for_subscriptions()`` waits until the exchange has
acknowledged every subscription made so far.  Reconnection, heartbeats, local-book resyncs and the REST look-up of what a
private stream missed while away (``Replayed``) are the client's; this layer only turns
messages into ccxt's structures and keeps ccxt pro's caches:

* ``watch_order_book``: the client's local book (futures ORDERBOOK snapshot and checked
  updates; spot DEPTH), as ccxt's ``OrderBook`` in ``self.orderbooks[symbol]``;
* ``watch_trades``: TRADE, in an ``ArrayCache`` of ``options["tradesLimit"]`` per symbol;
* ``watch_ticker``: Pionex has no ticker channel: a TRADE on the pair says the ticker changed,
  and the ticker is then read over REST (``fetch_ticker``'s plan; trades that arrive meanwhile
  are answered by one read, not one each), kept in ``self.tickers``;
* ``watch_orders`` / ``watch_my_trades``: ORDER / FILL (spot: one pair; perpetuals: one pair or
  all), in ``ArrayCacheBySymbolById`` (``ordersLimit`` / ``tradesLimit``);
* ``watch_balance``: BALANCE (spot, or swap with ``params={"type": "swap"}``), in
  ``self.balance[type]``;
* ``watch_positions``: a POSITION message says a position changed; the positions are then read
  over REST (``futuresGetPositions``: the stream lacks the mark price, leverage, margins and
  profit ccxt's position needs), in an ``ArrayCacheBySymbolBySide``.

With ``newUpdates`` (ccxt pro's default) a call returns only what arrived since the previous
call of the same kind (ccxt pro's convention); ``since`` and ``limit`` filter as in ccxt.  One
difference: when updates came while no call was waiting, the next call answers at once with
them, where ccxt pro would wait for the update after (nothing is missed between two calls).
Numbers are parsed from the messages' exact decimal text (``exchange.number`` decides the type);
``info`` is the message's record under the API's names, decimals as strings.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from .base import Call, Plan, ccxt_error, plain

logger = logging.getLogger("pionex_ccxt.streams")

__all__ = ["PionexStreams"]

WATCHES = (
    "watchOrderBook",
    "watchTrades",
    "watchTicker",
    "watchOrders",
    "watchMyTrades",
    "watchBalance",
    "watchPositions",
    "unWatchOrderBook",
    "unWatchTrades",
    "unWatchTicker",
    "unWatchOrders",
    "unWatchMyTrades",
    "unWatchPositions",
)
"""The ``has`` entries these methods make True."""


def stream_error(error: BaseException) -> BaseException:
    """ccxt's error for what ended a stream (a closed client is ``ExchangeClosedByUser``)."""
    import ccxt

    from pionex_wrapper.errors import PionexError
    from pionex_wrapper.streams.connection import StreamClosedError, SubscriptionRefusedError

    found: BaseException
    if isinstance(error, StreamClosedError):
        found = ccxt.ExchangeClosedByUser(f"pionex {error}")
        return found
    if isinstance(error, SubscriptionRefusedError):
        found = ccxt.BadRequest(f"pionex {error}")
        return found
    if isinstance(error, PionexError):
        return ccxt_error(error)
    return error


class _Feed:
    """One subscription kept for a kind of watch (``("trades", "BTC/USDT")``...): a task reads it
    and hands each update to every ``watch_*`` call waiting for one.

    ``read(feed)`` reads the stream until it ends, keeps the caches and calls ``feed.wake(value)``
    for each update.  A feed whose updates are read over REST (tickers, positions) has a
    ``refresh`` too: ``read`` only calls ``feed.changed()``, and a second task runs ``refresh``
    and wakes the waiters with its result; at most one ``refresh`` runs at a time, and one more
    follows if messages came during it, so a burst of messages costs one or two REST reads.
    """

    def __init__(
        self,
        name: str,
        read: Callable[[_Feed], Awaitable[None]],
        refresh: Callable[[], Awaitable[Any]] | None = None,
    ) -> None:
        self.name = name
        self._read = read
        self._refresh = refresh
        self._waiters: list[asyncio.Future[Any]] = []
        self._dirty = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self.error: BaseException | None = None
        self.updates = 0
        self.subscribed = asyncio.Event()
        """Set once the exchange acknowledged the subscription (or the feed ended)."""
        self._missed: tuple[Any] | None = None
        """The last update that came while no call was waiting (the next call gets it at once)."""

    def start(self) -> None:
        if self._tasks:
            return
        loop = asyncio.get_running_loop()
        self._tasks.append(loop.create_task(self._run_read(), name=f"pionex-ccxt-{self.name}"))
        if self._refresh is not None:
            self._tasks.append(loop.create_task(self._run_refresh(), name=f"pionex-ccxt-{self.name}-rest"))

    async def next(self) -> Any:
        """The next update (what the waker passes), or the error that ended the feed."""
        if self._missed is not None:
            (value,), self._missed = self._missed, None
            return value
        if self.error is not None:
            raise self.error
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiters.append(future)
        self.start()
        try:
            return await future
        finally:
            with contextlib.suppress(ValueError):
                self._waiters.remove(future)

    def wake(self, value: Any = None) -> None:
        self.updates += 1
        waiters, self._waiters = self._waiters, []
        self._missed = None if waiters else (value,)
        for future in waiters:
            if not future.done():
                future.set_result(value)

    def changed(self) -> None:
        """For a feed read over REST: a message said something changed."""
        self._dirty.set()

    def fail(self, error: BaseException) -> None:
        self.error = stream_error(error)
        self.subscribed.set()
        waiters, self._waiters = self._waiters, []
        for future in waiters:
            if not future.done():
                future.set_exception(self.error)

    async def _run_read(self) -> None:
        try:
            await self._read(self)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - handed to every waiter
            logger.debug("stream %s ended: %s", self.name, error)
            self.fail(error)
        else:
            self.fail(_ended(self.name))
        current = asyncio.current_task()
        for task in self._tasks:  # the REST reader has nothing more to read for
            if task is not current:
                task.cancel()

    async def _run_refresh(self) -> None:
        assert self._refresh is not None
        while True:
            await self._dirty.wait()
            self._dirty.clear()
            try:
                value = await self._refresh()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # noqa: BLE001 - the waiters get it; the feed goes on
                waiters, self._waiters = self._waiters, []
                for future in waiters:
                    if not future.done():
                        future.set_exception(error)
                continue
            self.wake(value)

    async def close(self, error: BaseException | None = None) -> None:
        """Ends the subscription; waiting calls get ``error`` (``ExchangeClosedByUser`` by default)."""
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self.fail(error or _ended(self.name, closed=True))


def _ended(name: str, closed: bool = False) -> BaseException:
    import ccxt

    error: BaseException
    if closed:
        error = ccxt.ExchangeClosedByUser(f"pionex: the {name} stream was closed (close() was called)")
    else:
        error = ccxt.NetworkError(f"pionex: the {name} stream ended")
    return error


class PionexStreams:
    """ccxt pro's ``watch_*`` methods (see the module's notes); the async class inherits it."""

    if TYPE_CHECKING:  # ccxt ships no type information: its helpers and caches are Any here
        orders: Any
        myTrades: Any
        positions: Any

        def __getattr__(self, name: str) -> Any: ...

    _feeds: dict[tuple[str, ...], _Feed] | None = None

    def describe(self) -> Any:
        # streams: the watch_* methods' has entries, on the async class only
        return self.deep_extend(
            super().describe(),  # type: ignore[misc]
            {
                "has": {"ws": True, **dict.fromkeys(WATCHES, True)},
                "options": {
                    "watchPositions": {"fetchPositionsSnapshot": True},
                    "watchTicker": {"fetchTickerSnapshot": True},
                },
            },
        )

    # -- the feeds -------------------------------------------------------------------------

    def _feed(self, key: tuple[str, ...], make: Callable[[], _Feed]) -> _Feed:
        if self._feeds is None:
            self._feeds = {}
        feed = self._feeds.get(key)
        if feed is None or feed.error is not None:
            feed = self._feeds[key] = make()
        return feed

    async def close_streams(self) -> None:
        """Ends every subscription the ``watch_*`` methods made; waiting calls get
        ``ExchangeClosedByUser``.  :meth:`close` calls it."""
        feeds, self._feeds = self._feeds or {}, None
        for feed in feeds.values():
            await feed.close()

    async def _unwatch(self, key: tuple[str, ...]) -> None:
        """Ends the subscription of one kind of watch (calls waiting on it get ``UnsubscribeError``)."""
        import ccxt

        feed = (self._feeds or {}).pop(key, None)
        if feed is not None:
            await feed.close(ccxt.UnsubscribeError(f"pionex: {feed.name} was unwatched"))

    async def un_watch_order_book(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        """Ends :meth:`watch_order_book`'s subscription of ``symbol`` and forgets its book."""
        await self.load_markets()
        symbol = self.market(symbol)["symbol"]
        await self._unwatch(("orderbook", symbol))
        self.orderbooks.pop(symbol, None)

    async def un_watch_trades(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        """Ends :meth:`watch_trades`' subscription of ``symbol`` and forgets its trades."""
        await self.load_markets()
        symbol = self.market(symbol)["symbol"]
        await self._unwatch(("trades", symbol))
        self.trades.pop(symbol, None)

    async def un_watch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        """Ends :meth:`watch_ticker`'s subscription of ``symbol`` and forgets its ticker."""
        await self.load_markets()
        symbol = self.market(symbol)["symbol"]
        await self._unwatch(("ticker", symbol))
        self.tickers.pop(symbol, None)

    async def un_watch_orders(self, symbol: str | None = None, params: dict[str, Any] | None = None) -> None:
        """Ends :meth:`watch_orders`' subscription (the same symbol and params)."""
        await self.load_markets()
        _, swap, stream_symbol = self._private_symbol("unWatchOrders", symbol, params)
        await self._unwatch(("orders", "swap" if swap else "spot", stream_symbol))

    async def un_watch_my_trades(self, symbol: str | None = None, params: dict[str, Any] | None = None) -> None:
        """Ends :meth:`watch_my_trades`' subscription (the same symbol and params)."""
        await self.load_markets()
        _, swap, stream_symbol = self._private_symbol("unWatchMyTrades", symbol, params)
        await self._unwatch(("fills", "swap" if swap else "spot", stream_symbol))

    async def un_watch_positions(self, symbols: list[str] | None = None, params: dict[str, Any] | None = None) -> None:
        """Ends :meth:`watch_positions`' subscription (the same symbols)."""
        await self.load_markets()
        markets = [self.market(s) for s in self.market_symbols(symbols)] if symbols else []
        await self._unwatch(("positions", markets[0]["id"] if len(markets) == 1 else "ALL"))

    def _streams_of(self, market: dict[str, Any] | None, swap: bool | None = None) -> Any:
        """The client's spot or futures streams for ``market`` (or ``swap``)."""
        streams = self.client.streams
        futures = bool(market["swap"]) if market is not None else bool(swap)
        return streams.futures if futures else streams

    def _stream_market_type(self, method: str, symbol: str | None, params: dict[str, Any]) -> tuple[Any, bool]:
        """The market of ``symbol`` (or None) and whether the perpetuals' streams are meant
        (the market's kind, else ``params["type"]`` or ``options["defaultType"]``)."""
        market = self.market(symbol) if symbol is not None else None
        if market is not None:
            return market, bool(market["swap"])
        kind = params.get("type") or self.options.get(method, {}).get("type") or self.options.get("defaultType")
        return None, kind in ("swap", "future", "futures")

    async def wait_for_subscriptions(self, timeout: float | None = 10.0) -> None:
        """Waits until the exchange has acknowledged the subscription of every ``watch_*`` call
        made so far, so that what happens next is streamed to them (say, before placing an
        order a ``watch_orders`` call waits for); at most ``timeout`` seconds (``TimeoutError``).
        Watches just started as tasks count once they reached their subscription, which is at
        once when the markets are loaded.  Not in ccxt: ccxt pro has no way to know when a
        subscription is live."""
        await asyncio.sleep(0)  # tasks started just before run up to their subscription
        feeds = list((self._feeds or {}).values())
        async with asyncio.timeout(timeout):
            for feed in feeds:
                await feed.subscribed.wait()

    @staticmethod
    async def _pump(feed: _Feed, subscription: Any, handle: Callable[[Any], None]) -> None:
        """Reads ``subscription`` until it ends, handing every message to ``handle``."""
        from pionex_wrapper.streams import Gap

        async with subscription:  # subscribes, and waits for the exchange to acknowledge it
            feed.subscribed.set()
            async for message in subscription:
                if isinstance(message, Gap):
                    logger.warning("stream %s %s: %d messages dropped", message.topic, message.symbol, message.dropped)
                    continue
                handle(message)

    # -- order books -------------------------------------------------------------------------

    async def watch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> Any:
        """The order book of ``symbol`` after its next change, kept by the client's local book
        (perpetuals: ORDERBOOK, 100 levels a side; spot: DEPTH of 100 levels); ``limit`` cuts
        each side."""
        await self.load_markets()
        market = self.market(symbol)
        symbol = market["symbol"]
        depth = self._depth_of(market, limit)

        def make() -> _Feed:
            streams = self._streams_of(market)
            live = streams.order_book(market["id"], limit=depth)

            async def read(feed: _Feed) -> None:
                try:
                    await live.wait_ready(None)
                    feed.subscribed.set()
                    while True:
                        view = live.view() if live.ready else None
                        if view is not None:
                            feed.wake(view)
                        await live.changed()
                finally:
                    await live.aclose()

            return _Feed(f"orderbook {symbol}", read)

        feed = self._feed(("orderbook", symbol), make)
        view = await feed.next()
        return self._order_book_of(symbol, view, limit).limit()  # ccxt pro returns limit()

    @staticmethod
    def _depth_of(market: dict[str, Any], limit: int | None) -> int | None:
        """The DEPTH levels a spot subscription asks for: always the channel's most (100), so
        one subscription serves every ``limit`` (the book is cut to it); None for a perpetual."""
        if market["swap"]:
            return None
        from pionex_client.streams import SPOT_DEPTH

        rule = SPOT_DEPTH.depth_limit
        return None if rule is None else rule.maximum

    def _order_book_of(self, symbol: str, view: Any, limit: int | None) -> Any:
        """ccxt's ``OrderBook`` of ``symbol``: the whole of ``view`` kept in ``self.orderbooks``
        (reset, so it stays the same object), or a copy cut to the best ``limit`` levels a side."""
        snapshot = {
            "symbol": symbol,
            "bids": [[self.parse_number(format(p, "f")), self.parse_number(format(s, "f"))] for p, s in view.bids],
            "asks": [[self.parse_number(format(p, "f")), self.parse_number(format(s, "f"))] for p, s in view.asks],
            "timestamp": view.timestamp,
            "datetime": self.iso8601(view.timestamp),
            "nonce": view.number,
        }
        book = self.orderbooks.get(symbol)
        if book is None:
            book = self.orderbooks[symbol] = self.order_book(snapshot)
        else:
            book.reset(snapshot)
        if not limit:
            return book
        cut = dict(snapshot, bids=snapshot["bids"][:limit], asks=snapshot["asks"][:limit])
        return self.order_book(cut, limit)

    # -- public trades and tickers ----------------------------------------------------------------

    async def watch_trades(
        self, symbol: str, since: int | None = None, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """The public trades of ``symbol`` that came since the previous call (ccxt pro's
        ``newUpdates``), waiting for at least one."""
        from ccxt.async_support.base.ws.cache import ArrayCache

        await self.load_markets()
        market = self.market(symbol)
        symbol = market["symbol"]

        def make() -> _Feed:
            streams = self._streams_of(market)

            def handle(message: Any) -> None:
                cache = self.trades.get(symbol)
                if cache is None:
                    cache = self.trades[symbol] = ArrayCache(self.safe_integer(self.options, "tradesLimit", 1000))
                records = plain(message.data) or []
                for record in records:
                    cache.append(self.parse_ws_trade(record, market))
                if records:
                    feed.wake()

            async def read(feed: _Feed) -> None:
                await self._pump(feed, streams.trades(market["id"]), handle)

            feed = _Feed(f"trades {symbol}", read)
            return feed

        await self._feed(("trades", symbol), make).next()
        trades = self.trades[symbol]
        if self.newUpdates:
            limit = trades.getLimit(symbol, limit)
        return self.filter_by_since_limit(trades, since, limit, "timestamp", True)  # type: ignore[no-any-return]

    def parse_ws_trade(self, trade: dict[str, Any], market: dict[str, Any] | None = None) -> dict[str, Any]:
        """A public trade of the TRADE channel (``tradeId``, ``price``, ``size``, ``side`` of the taker)."""
        timestamp = self.safe_integer(trade, "timestamp")
        side = self.safe_string_lower(trade, "side")
        return self.safe_trade(  # type: ignore[no-any-return]
            {
                "info": trade,
                "id": self.safe_string(trade, "tradeId"),
                "order": None,
                "timestamp": timestamp,
                "datetime": self.iso8601(timestamp),
                "symbol": self.safe_symbol(self.safe_string(trade, "symbol"), market),
                "type": None,
                "side": side,
                "takerOrMaker": None,
                "price": self.safe_string(trade, "price"),
                "amount": self.safe_string(trade, "size"),
                "cost": None,
                "fee": None,
            },
            market,
        )

    async def watch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """The ticker of ``symbol`` after its next trade: Pionex streams no ticker, so a trade on
        the TRADE channel says it changed and the ticker is read over REST (see the module).  The
        first call answers at once with the ticker as it is, unless
        ``options["watchTicker"]["fetchTickerSnapshot"]`` is False."""
        await self.load_markets()
        market = self.market(symbol)
        symbol = market["symbol"]

        def make() -> _Feed:
            streams = self._streams_of(market)

            async def read(feed: _Feed) -> None:
                await self._pump(feed, streams.trades(market["id"]), lambda message: feed.changed())

            async def refresh() -> dict[str, Any]:
                ticker: dict[str, Any] = await self.run(self._plan_fetch_ticker(symbol))
                self.tickers[symbol] = ticker
                return ticker

            made = _Feed(f"ticker {symbol}", read, refresh)
            if self.safe_bool(self.safe_dict(self.options, "watchTicker", {}), "fetchTickerSnapshot", True):
                made.changed()  # the first call answers at once with the ticker as it is
            return made

        ticker: dict[str, Any] = await self._feed(("ticker", symbol), make).next()
        return ticker

    # -- orders and fills --------------------------------------------------------------------------

    def _private_symbol(self, method: str, symbol: str | None, params: dict[str, Any] | None) -> tuple[Any, bool, str]:
        """(market, perpetual, the stream's symbol) of a private watch: spot channels need a pair;
        the perpetuals' take ``ALL``."""
        import ccxt

        market, swap = self._stream_market_type(method, symbol, params or {})
        if market is None and not swap:
            raise ccxt.ArgumentsRequired(
                f"pionex {method}() needs a symbol for spot (or params={{'type': 'swap'}} for every perpetual)"
            )
        return market, swap, market["id"] if market is not None else "ALL"

    async def watch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """The account's orders that changed since the previous call, waiting for one (spot:
        ``symbol`` is needed; perpetuals: every pair without one, ``params={"type": "swap"}``).
        After a reconnection, what the stream missed comes first, found over REST by the client."""
        return await self._watch_private("watchOrders", "orders", symbol, since, limit, params)

    def _of_kind(self, found: list[dict[str, Any]], swap: bool) -> list[dict[str, Any]]:
        """``found`` without the other market's entries (one cache holds spot and perpetual ones)."""
        markets = self.markets or {}
        return [entry for entry in found if bool(markets.get(entry.get("symbol"), {}).get("swap")) == swap]

    def _market_of(self, record: dict[str, Any], message: Any, market: dict[str, Any] | None) -> dict[str, Any] | None:
        market_id = record.get("symbol") or getattr(message, "symbol", None)
        if isinstance(market_id, str) and market_id in self.markets_by_id:
            found: dict[str, Any] = self.safe_market(market_id)
            return found
        return market

    async def watch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """The account's fills since the previous call, waiting for one (FILL; the same symbol
        rules as :meth:`watch_orders`)."""
        return await self._watch_private("watchMyTrades", "fills", symbol, since, limit, params)

    async def _watch_private(
        self,
        method: str,
        channel: str,
        symbol: str | None,
        since: int | None,
        limit: int | None,
        params: dict[str, Any] | None,
    ) -> list[dict[str, Any]]:
        """:meth:`watch_orders` (``channel`` ``orders``: ORDER, kept in ``self.orders``, parsed by
        ``parse_order``) or :meth:`watch_my_trades` (``fills``: FILL, ``self.myTrades``,
        ``parse_trade``): one subscription per market kind and pair, one cache for both kinds."""
        from ccxt.async_support.base.ws.cache import ArrayCacheBySymbolById

        orders = channel == "orders"
        cache_name, size_option = ("orders", "ordersLimit") if orders else ("myTrades", "tradesLimit")
        parse = self.parse_order if orders else self.parse_trade
        await self.load_markets()
        market, swap, stream_symbol = self._private_symbol(method, symbol, params)

        def make() -> _Feed:
            streams = self._streams_of(market, swap)

            def handle(message: Any) -> None:
                cache = getattr(self, cache_name)
                if cache is None:
                    cache = ArrayCacheBySymbolById(self.safe_integer(self.options, size_option, 1000))
                    setattr(self, cache_name, cache)
                records = _records_of(message)
                for record in records:
                    cache.append(parse(record, self._market_of(record, message, market)))
                if records:
                    feed.wake()

            async def read(feed: _Feed) -> None:
                source = streams.orders(stream_symbol) if orders else streams.fills(stream_symbol)
                await self._pump(feed, source, handle)

            feed = _Feed(f"{channel} {stream_symbol}", read)
            return feed

        await self._feed((channel, "swap" if swap else "spot", stream_symbol), make).next()
        cache = getattr(self, cache_name)
        unified = market["symbol"] if market is not None else None
        if self.newUpdates:
            limit = cache.getLimit(unified, limit)
        return self._of_kind(self.filter_by_symbol_since_limit(cache, unified, since, limit, True), swap)

    # -- balances and positions -------------------------------------------------------------------

    async def watch_balance(self, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """The balances after their next change (BALANCE; spot, or the perpetuals' cross
        account with ``params={"type": "swap"}``), kept in ``self.balance[type]``."""
        _, swap = self._stream_market_type("watchBalance", None, params or {})
        kind = "swap" if swap else "spot"

        def make() -> _Feed:
            streams = self._streams_of(None, swap)
            coins: dict[str, dict[str, Any]] = {}  # the exact text of every coin seen, by code

            def handle(message: Any) -> None:
                if _is_replayed(message):
                    record = plain(message.item)  # the REST balances, after a reconnection
                    timestamp = None
                else:
                    record = plain(message.data) or {}
                    timestamp = self.safe_integer(record, "timestamp", message.timestamp)
                    if swap and record.get("type") not in (None, "CROSS"):
                        return  # an isolated position's margin, not the account's balance
                self.balance[kind] = self.parse_ws_balance(record, coins, timestamp)
                feed.wake()

            async def read(feed: _Feed) -> None:
                await self._pump(feed, streams.balances(), handle)

            feed = _Feed(f"balance {kind}", read)
            return feed

        await self._feed(("balance", kind), make).next()
        return self.balance[kind]  # type: ignore[no-any-return]

    def parse_ws_balance(
        self, record: dict[str, Any], coins: dict[str, dict[str, Any]], timestamp: int | None
    ) -> dict[str, Any]:
        """The balance after one BALANCE record: its coins (free, and frozen as used; ``debts``
        stays in ``info``) over the coins of earlier records (``coins``, updated here)."""
        for coin in record.get("balances") or []:
            code = self.safe_currency_code(self.safe_string(coin, "coin"))
            coins[code] = {"free": self.safe_string(coin, "free"), "used": self.safe_string(coin, "frozen")}
        result: dict[str, Any] = {"info": record, "timestamp": timestamp, "datetime": self.iso8601(timestamp)}
        for code, account in coins.items():
            result[code] = dict(account)
        return self.safe_balance(result)  # type: ignore[no-any-return]

    async def watch_positions(
        self,
        symbols: list[str] | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """The open perpetual positions after their next change (POSITION; the positions are then
        read over REST, see the module); the first call answers at once with the positions as
        they are, unless ``options["watchPositions"]["fetchPositionsSnapshot"]`` is False."""
        from ccxt.async_support.base.ws.cache import ArrayCacheBySymbolBySide

        await self.load_markets()
        wanted = self.market_symbols(symbols) if symbols else None
        markets = [self.market(s) for s in wanted] if wanted else []
        stream_symbol = markets[0]["id"] if len(markets) == 1 else "ALL"
        scope = markets[0]["symbol"] if len(markets) == 1 else None

        def make() -> _Feed:
            streams = self._streams_of(None, True)

            async def read(feed: _Feed) -> None:
                await self._pump(feed, streams.positions(stream_symbol), lambda message: feed.changed())

            async def refresh() -> list[dict[str, Any]]:
                arguments = {} if stream_symbol == "ALL" else {"symbol": stream_symbol}
                positions: list[dict[str, Any]] = await self.run(self._plan_watched_positions(arguments))
                if self.positions is None:
                    self.positions = ArrayCacheBySymbolBySide()
                positions += self._closed_positions(positions, scope)
                for position in positions:
                    self.positions.append(position)
                return positions

            made = _Feed(f"positions {stream_symbol}", read, refresh)
            if self.safe_bool(self.safe_dict(self.options, "watchPositions", {}), "fetchPositionsSnapshot", True):
                made.changed()  # the first call answers with the positions as they are
            return made

        changed = await self._feed(("positions", stream_symbol), make).next()
        found = changed if self.newUpdates else self.positions
        return self.filter_by_symbols_since_limit(found, wanted, since, limit, True)  # type: ignore[no-any-return]

    def _closed_positions(self, open_now: list[dict[str, Any]], scope: str | None) -> list[dict[str, Any]]:
        """The cached positions (of ``scope``, or all) that REST no longer lists: closed, as
        ccxt pro reports them (``contracts`` 0), since REST lists open positions only."""
        present = {(p["symbol"], p["side"]) for p in open_now}
        closed = []
        for cached in list(self.positions or []):
            key = (cached["symbol"], cached["side"])
            if key in present or (scope is not None and cached["symbol"] != scope) or not cached.get("contracts"):
                continue
            zero = self.parse_number("0")
            timestamp = self.milliseconds()
            closed.append(
                self.extend(
                    cached,
                    {
                        "timestamp": timestamp,
                        "datetime": self.iso8601(timestamp),
                        "lastUpdateTimestamp": timestamp,
                        "contracts": zero,
                        "notional": zero,
                        "unrealizedPnl": zero,
                        "initialMargin": zero,
                        "maintenanceMargin": zero,
                        "collateral": zero,
                        "percentage": None,
                        "liquidationPrice": None,
                    },
                )
            )
        return closed

    def _plan_watched_positions(self, arguments: dict[str, Any]) -> Plan[list[dict[str, Any]]]:
        """The open positions as ccxt's structures (``futuresGetPositions``)."""
        reply = yield Call("futuresGetPositions", arguments)
        records = plain(reply).get("positions") or []
        return [self.parse_ws_position(record) for record in records]

    def parse_ws_position(self, position: dict[str, Any], market: dict[str, Any] | None = None) -> dict[str, Any]:
        """A REST position record as ccxt's position (notional at the mark price; collateral is
        the initial margin plus the unrealized profit)."""
        from ccxt.base.precise import Precise

        market = self.safe_market(self.safe_string(position, "symbol"), market)
        net = self.safe_string(position, "netSize") or "0"
        side_text = self.safe_string(position, "positionSide")
        if side_text in ("LONG", "SHORT"):
            side = side_text.lower()
        else:
            side = "short" if Precise.string_lt(net, "0") else "long"
        contracts = Precise.string_abs(net)
        mark = self.safe_string(position, "markPrice")
        pnl = self.safe_string(position, "unrealizedPnL")
        initial = self.safe_string(position, "initialMargin")
        notional = Precise.string_mul(contracts, mark) if mark is not None else None
        collateral = Precise.string_add(initial, pnl) if initial is not None and pnl is not None else None
        percentage = (
            Precise.string_div(Precise.string_mul(pnl, "100"), initial)
            if pnl is not None and initial is not None and Precise.string_gt(initial, "0")
            else None
        )
        margin = self.safe_string(position, "isolatedMode")
        timestamp = self.safe_integer(position, "updateTime")
        liquidation = self.safe_string(position, "liquidationPrice")  # "0": none (a cross position far from it)
        return self.safe_position(  # type: ignore[no-any-return]
            {
                "info": position,
                "id": self.safe_string(position, "positionId"),
                "symbol": market["symbol"],
                "timestamp": timestamp,
                "datetime": self.iso8601(timestamp),
                "lastUpdateTimestamp": timestamp,
                "hedged": None,  # the reply does not say the position mode
                "side": side,
                "contracts": self.parse_number(contracts),
                "contractSize": self.safe_number(market, "contractSize"),
                "entryPrice": self.safe_number(position, "avgPrice"),
                "markPrice": self.parse_number(mark) if mark is not None else None,
                "lastPrice": None,
                "notional": self.parse_number(notional) if notional is not None else None,
                "leverage": self.safe_number(position, "leverage"),
                "collateral": self.parse_number(collateral) if collateral is not None else None,
                "initialMargin": self.parse_number(initial) if initial is not None else None,
                "initialMarginPercentage": None,
                "maintenanceMargin": self.safe_number(position, "maintMargin"),
                "maintenanceMarginPercentage": None,
                "unrealizedPnl": self.parse_number(pnl) if pnl is not None else None,
                "realizedPnl": None,
                "liquidationPrice": (
                    None
                    if liquidation is None or Precise.string_eq(liquidation, "0")
                    else self.parse_number(liquidation)
                ),
                "marginMode": None if margin is None else ("cross" if margin == "CROSS" else "isolated"),
                "marginRatio": None,
                "percentage": self.parse_number(percentage) if percentage is not None else None,
                "stopLossPrice": None,
                "takeProfitPrice": None,
            }
        )


def _is_replayed(message: Any) -> bool:
    from pionex_wrapper.streams import Replayed

    return isinstance(message, Replayed)


def _records_of(message: Any) -> list[dict[str, Any]]:
    """The records of a stream message (``data``: one or a list), or of what a reconnection
    replayed (the REST model), under the API's names."""
    if _is_replayed(message):
        found = plain(message.item)
    else:
        found = plain(message.data)
    if found is None:
        return []
    return list(found) if isinstance(found, list) else [found]
