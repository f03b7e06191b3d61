"""``client.streams``: subscriptions to Pionex's WebSocket channels, async first, sync too.

``AsyncPionex.streams`` gives async iterators; ``Pionex.streams`` the same subscriptions as
plain iterators, served by an event loop on a background thread (the caller's REST calls are
never blocked by it).  Spot channels are on ``client.streams``, futures ones on
``client.streams.futures``.  Connections are shared by every subscription of the client to one
endpoint; see :mod:`pionex_wrapper.streams.connection`.

The streams are reached at the REST base URL's host with ``ws``/``wss`` (the sandbox serves
both on one port), except Pionex's own ``api.pionex.com``, whose streams are at
``wss://ws.pionex.com``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import threading
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Self, TypeVar
from urllib.parse import urlsplit

from pionex_client.streams.methods import (
    AsyncFuturesStreamMethods,
    AsyncSpotStreamMethods,
    FuturesStreamMethods,
    SpotStreamMethods,
)

from ..errors import InvalidParameterError
from ..forking import reset_in_child
from .books import BookView, Level
from .channel import Channel
from .connection import Endpoint, Hub, Market, StreamClosedError, StreamError, StreamSettings, Subscription
from .live import LiveBook
from .reconcile import Rest

if TYPE_CHECKING:
    from ..auth import PionexAuth

T = TypeVar("T")
M = TypeVar("M")
logger = logging.getLogger("pionex_wrapper.streams")

PIONEX_STREAM_HOST = "ws.pionex.com"


def stream_base(base_url: str) -> str:
    """``ws(s)://host[:port]`` of the streams that go with a REST base URL."""
    parts = urlsplit(base_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    host = parts.netloc
    if parts.hostname == "api.pionex.com":
        host = PIONEX_STREAM_HOST
    return f"{scheme}://{host}"


def make_hub(
    market: Market,
    base_url: str,
    auth: PionexAuth,
    settings: StreamSettings,
    rest: Rest | None = None,
    now_ms: Callable[[], int] | None = None,
) -> Hub:
    base = stream_base(base_url)

    def url(endpoint: Endpoint) -> str:
        if endpoint.auth == "url":
            return f"{base}{endpoint.path}?{auth.stream_query(endpoint.path)}"
        return f"{base}{endpoint.path}"

    return Hub(market, url, auth.stream_auth_message, settings, rest=rest, now_ms=now_ms, redact=auth.redact)


def _request(hub: Hub, channel: Channel[Any], symbol: str | None, limit: int | None) -> dict[str, Any]:
    """The channel's SUBSCRIBE message, checked before anything is sent."""
    if channel.market != hub.market:
        where = "client.streams.futures" if channel.market == "futures" else "client.streams"
        raise InvalidParameterError("channel", f"{channel.name} is a {channel.market} channel: use {where}")
    try:
        return channel.subscribe(symbol, limit=limit)
    except (TypeError, ValueError) as error:
        raise InvalidParameterError("symbol" if "symbol" in str(error) else "limit", f"refused: {error}") from None


class AsyncMarketStreams:
    """The channels of one market: ``async for message in streams.subscribe(CHANNEL, symbol)``.

    ``subscribe`` returns at once; the subscription starts when first iterated (or entered with
    ``async with``, which also unsubscribes on the way out).  Messages are the channel's typed
    model; after a private stream reconnects, what it missed comes first as :class:`Replayed`.
    """

    def __init__(self, hub: Hub) -> None:
        self._hub = hub

    @property
    def settings(self) -> StreamSettings:
        """Timings and limits of this market's connections; set before the first subscription."""
        return self._hub.settings

    @settings.setter
    def settings(self, value: StreamSettings) -> None:
        self._hub.settings = value

    def subscribe(self, channel: Channel[M], symbol: str | None = None, *, limit: int | None = None) -> Subscription[M]:
        request = _request(self._hub, channel, symbol, limit)
        return self._hub.open(channel.topic, request.get("symbol"), channel.private, request)

    def order_book(self, symbol: str, *, limit: int | None = None) -> LiveBook:
        """A local order book of ``symbol`` kept live (futures: ORDERBOOK; spot: DEPTH with
        ``limit`` levels); use it with ``async with`` (see :mod:`pionex_wrapper.streams.live`)."""
        return LiveBook(self, symbol, limit=limit)

    async def aclose(self) -> None:
        await self._hub.close()


class AsyncFuturesStreams(AsyncMarketStreams, AsyncFuturesStreamMethods):
    """Futures channels: ``subscribe(FUTURES_ORDERBOOK, symbol)`` or by name (``book_updates``,
    ``positions``...), and ``order_book(symbol)``."""


class AsyncStreams(AsyncMarketStreams, AsyncSpotStreamMethods):
    """Spot channels: ``subscribe(SPOT_TRADE, symbol)`` or by name (``trades(symbol)``,
    ``orders(symbol)``...), and ``order_book(symbol)``; ``.futures`` for the futures ones."""

    def __init__(self, spot: Hub, futures: Hub) -> None:
        super().__init__(spot)
        self.futures = AsyncFuturesStreams(futures)

    async def aclose(self) -> None:
        await super().aclose()
        await self.futures.aclose()


class _LoopThread:
    """An event loop on a daemon thread, for the sync client's streams.

    Once stopped, every call waiting on it is woken with :class:`StreamClosedError`, and so is
    every later call.
    """

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.closed = False
        self._waiting: set[Future[Any]] = set()
        self._pid = os.getpid()
        self._thread = threading.Thread(target=self.loop.run_forever, name="pionex-streams", daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Runs ``coroutine`` on the loop and waits at most ``timeout`` seconds for it (after
        which it is cancelled: a ``next()`` that timed out takes no message)."""
        if os.getpid() != self._pid:  # forked: the thread that ran this loop is not in this process
            coroutine.close()
            raise StreamError(
                "this subscription was made before the process forked and is served by the parent's "
                "stream thread; subscribe again in this process"
            )
        if self.closed:
            coroutine.close()
            raise StreamClosedError("the streams are closed (the client was closed)")
        try:
            future: Future[T] = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        except RuntimeError:  # the loop closed meanwhile
            coroutine.close()
            raise StreamClosedError("the streams are closed (the client was closed)") from None
        self._waiting.add(future)
        try:
            return future.result(timeout)
        except TimeoutError:
            future.cancel()
            raise
        except concurrent.futures.CancelledError:
            if self.closed:
                raise StreamClosedError("the streams are closed (the client was closed)") from None
            raise
        finally:
            self._waiting.discard(future)

    def stop(self) -> None:
        """Cancels what still runs on the loop, stops it and wakes every caller still waiting."""
        self.closed = True
        if self.loop.is_running():

            async def cancel_the_rest() -> None:
                current = asyncio.current_task()
                tasks = [task for task in asyncio.all_tasks() if task is not current]
                for task in tasks:
                    task.cancel()
                if tasks:
                    await asyncio.wait(tasks, timeout=5)

            try:
                asyncio.run_coroutine_threadsafe(cancel_the_rest(), self.loop).result(10)
            except Exception as error:  # noqa: BLE001 - stopping anyway
                logger.debug("cancelling the stream tasks: %s", error)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(5)
        for future in list(self._waiting):
            future.cancel()  # the caller gets StreamClosedError
        if not self.loop.is_running() and not self.loop.is_closed():
            self.loop.close()


class SyncSubscription(Iterator[T]):
    """A subscription read from plain code: ``for message in subscription`` blocks for the next
    one; ``close()`` (or leaving a ``with`` block) unsubscribes."""

    def __init__(self, subscription: Subscription[T], loop: _LoopThread) -> None:
        self._subscription = subscription
        self._loop = loop
        self.topic = subscription.topic
        self.symbol = subscription.symbol

    @property
    def dropped(self) -> int:
        """Messages dropped so far because the reader fell ``max_queued`` behind (see :class:`Gap`)."""
        return self._subscription.dropped

    def __next__(self) -> T:
        try:
            return self._loop.run(self._subscription.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def next(self, timeout: float | None = None) -> T:
        """The next message, waiting at most ``timeout`` seconds (``TimeoutError`` after)."""
        try:
            return self._loop.run(self._subscription.__anext__(), timeout)
        except StopAsyncIteration:
            raise StopIteration from None

    def close(self) -> None:
        """Unsubscribes; quiet if the client was closed already."""
        if self._loop.closed:
            return
        try:
            self._loop.run(self._subscription.aclose(), 10)
        except StreamClosedError:
            pass

    def __enter__(self) -> SyncSubscription[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class MarketStreams:
    """The channels of one market, as plain iterators (see :class:`SyncSubscription`)."""

    def __init__(self, hub: Hub, loop: Callable[[], _LoopThread]) -> None:
        self._hub = hub
        self._loop = loop

    @property
    def settings(self) -> StreamSettings:
        """Timings and limits of this market's connections; set before the first subscription."""
        return self._hub.settings

    @settings.setter
    def settings(self, value: StreamSettings) -> None:
        self._hub.settings = value

    def subscribe(
        self, channel: Channel[M], symbol: str | None = None, *, limit: int | None = None
    ) -> SyncSubscription[M]:
        """Subscribes now and returns the subscription to iterate."""
        request = _request(self._hub, channel, symbol, limit)
        loop = self._loop()

        async def start() -> Subscription[M]:
            subscription: Subscription[M] = self._hub.open(
                channel.topic, request.get("symbol"), channel.private, request
            )
            return await subscription.start()

        return SyncSubscription(loop.run(start(), 30), loop)

    def order_book(self, symbol: str, *, limit: int | None = None, timeout: float = 10.0) -> SyncLiveBook:
        """A local order book of ``symbol`` kept live on the background loop, ready when returned;
        reads from any thread; ``close()`` (or leaving ``with``) stops it."""
        loop = self._loop()
        streams = AsyncMarketStreams(self._hub)

        async def start() -> LiveBook:
            return await LiveBook(streams, symbol, limit=limit).wait_ready(timeout)

        return SyncLiveBook(loop.run(start(), timeout + 5), loop)


class SyncLiveBook:
    """A :class:`LiveBook` kept by the sync client's background loop; its reads are thread-safe."""

    def __init__(self, live: LiveBook, loop: _LoopThread) -> None:
        self.live = live
        self._loop = loop
        self.symbol = live.symbol

    @property
    def ready(self) -> bool:
        return self.live.ready

    @property
    def resyncs(self) -> int:
        return self.live.resyncs

    def best_bid(self) -> Level | None:
        return self.live.best_bid()

    def best_ask(self) -> Level | None:
        return self.live.best_ask()

    def levels(self, depth: int) -> tuple[tuple[Level, ...], tuple[Level, ...]]:
        return self.live.levels(depth)

    def view(self) -> BookView:
        return self.live.view()

    def close(self) -> None:
        """Stops the book; quiet if the client was closed already."""
        if self._loop.closed:
            return
        try:
            self._loop.run(self.live.aclose(), 10)
        except StreamClosedError:
            pass

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FuturesStreams(MarketStreams, FuturesStreamMethods):
    """Futures channels for the sync client, by channel or by name; ``order_book(symbol)``."""


class Streams(MarketStreams, SpotStreamMethods):
    """Spot channels for the sync client, by channel or by name (``trades(symbol)``...);
    ``.futures`` for the futures ones."""

    def __init__(self, spot: Hub, futures: Hub) -> None:
        self._thread: _LoopThread | None = None
        self._lock = threading.Lock()
        super().__init__(spot, self._loop_thread)
        self.futures = FuturesStreams(futures, self._loop_thread)
        self._hubs = (spot, futures)
        reset_in_child(self)

    def _after_fork(self) -> None:
        """In a forked child: no background loop (its thread is not in the child; the next
        subscription starts one) and a new lock.  Subscriptions made before the fork raise
        :class:`StreamError` when used in the child (their hubs drop the parent's connections)."""
        self._lock = threading.Lock()
        self._thread = None

    def _loop_thread(self) -> _LoopThread:
        with self._lock:
            if self._thread is None:
                self._thread = _LoopThread()
            return self._thread

    def close(self) -> None:
        """Closes every stream connection and stops the background loop; every subscription
        ends, and a thread waiting in ``next()`` gets :class:`StreamClosedError`."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is None:
            return
        for hub in self._hubs:
            try:
                thread.run(hub.close(), 10)
            except Exception as error:  # noqa: BLE001 - closing anyway
                logger.debug("closing a stream hub: %s", error)
        thread.stop()
