"""Local order books kept live from the streams, resynchronised by themselves.

``async with client.streams.futures.order_book("BTC_USDT_PERP") as book:`` keeps a
:class:`~pionex_wrapper.streams.books.FuturesBook` from the ORDERBOOK channel: a snapshot, then
updates checked by ``number``/``prevNumber``.  A gap, a stale update or a crossed book ends that
subscription and starts a new one, whose first message is a fresh snapshot (``resyncs`` counts
them); a reconnection does the same by itself.  ``client.streams.order_book("BTC_USDT")`` keeps a
spot book from DEPTH, where every message is a whole picture of the top levels.

Reads (``best_bid()``, ``best_ask()``, ``levels(depth)``, ``view()``) are consistent at every
moment, from any thread; while the book is out of sync they raise
:class:`~pionex_wrapper.streams.books.BookOutOfSyncError` rather than answer from a wrong book.

Resyncs are bounded: one that comes ``healthy_after`` seconds or more after the book started or
last resynced is immediate; each one sooner waits like a reconnection (``reconnect_min`` doubling
up to ``reconnect_max``, jittered).  A :class:`~pionex_wrapper.streams.reconcile.Gap` (messages dropped
because the book fell behind) resyncs a futures book; a spot book waits for the next picture.
What a resync cannot mend ends the book, and every read and :meth:`LiveBook.wait_ready` then
raises it: an ORDERBOOK action this version does not know
(:class:`~pionex_wrapper.streams.books.UnsupportedBookMessageError`), a refused subscription, a
closed client.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any, Self

from ..errors import PionexError
from .books import BookOutOfSyncError, BookView, FuturesBook, Level, SpotBook, UnsupportedBookMessageError
from .connection import StreamClosedError
from .reconcile import Gap

if TYPE_CHECKING:
    from .client import AsyncMarketStreams

logger = logging.getLogger("pionex_wrapper.streams")


class LiveBook:
    """A local order book fed by a stream subscription (see the module's notes)."""

    def __init__(self, streams: AsyncMarketStreams, symbol: str, *, limit: int | None = None) -> None:
        from pionex_client.streams import FUTURES_ORDERBOOK, SPOT_DEPTH

        self.symbol = symbol
        self.futures = streams._hub.market == "futures"
        self.book: FuturesBook | SpotBook = FuturesBook(symbol) if self.futures else SpotBook(symbol)
        self._channel: Any = FUTURES_ORDERBOOK if self.futures else SPOT_DEPTH
        self._limit = limit
        self._streams = streams
        self._task: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self.resyncs = 0
        """How many times the book was rebuilt from a new snapshot after going out of sync."""
        self.messages = 0
        self.error: PionexError | None = None
        """What ended the book (see the module's notes), or None while it is kept."""
        self._change = asyncio.Event()

    async def _keep(self) -> None:
        import time

        failures = 0
        in_sync_since = time.monotonic()
        try:
            while True:
                subscription = self._streams.subscribe(self._channel, self.symbol, limit=self._limit)
                try:
                    async for message in subscription:
                        if isinstance(message, Gap):
                            if not self.futures:
                                continue  # the next DEPTH picture replaces the book anyway
                            reason: BaseException = BookOutOfSyncError(
                                f"{message.dropped} messages dropped", reason="gap", symbol=self.symbol
                            )
                        else:
                            try:
                                self.book.apply(message)
                            except UnsupportedBookMessageError:
                                raise
                            except BookOutOfSyncError as error:
                                reason = error
                            else:
                                self.messages += 1
                                if self.book.ready:
                                    self._ready.set()
                                    self._changed()
                                continue
                        self.resyncs += 1
                        self._ready.clear()
                        logger.warning(
                            "order book %s out of sync (%s); resubscribing for a snapshot", self.symbol, reason
                        )
                        break
                finally:
                    await subscription.aclose()
                settings = self._streams._hub.settings
                now = time.monotonic()
                failures = 0 if now - in_sync_since >= settings.healthy_after else failures + 1
                in_sync_since = now
                if failures:
                    await asyncio.sleep(settings.backoff(failures))
        except PionexError as error:
            closed = isinstance(error, StreamClosedError)
            logger.log(logging.DEBUG if closed else logging.ERROR, "order book %s stopped: %s", self.symbol, error)
            self.error = error
            self._ready.set()  # wakes wait_ready, which raises the error
            self._changed()  # wakes changed(), which raises it too

    async def start(self) -> Self:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._keep(), name=f"pionex-book-{self.symbol}")
        return self

    async def wait_ready(self, timeout: float | None = 10.0) -> Self:
        """Waits until the book has a snapshot (and is in sync); raises what ended the book."""
        await self.start()
        async with asyncio.timeout(timeout):
            await self._ready.wait()
        if self.error is not None:
            raise self.error
        return self

    def _changed(self) -> None:
        event, self._change = self._change, asyncio.Event()
        event.set()

    async def changed(self) -> None:
        """Waits until the book has applied another message (it is in sync then, unless a
        later one broke it); raises what ended the book.  For code that acts on every change
        (the ccxt class's ``watch_order_book``) rather than reading when it likes."""
        self._check()
        await self.start()
        await self._change.wait()
        self._check()

    async def aclose(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def __aenter__(self) -> Self:
        return await self.wait_ready()

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- reads -----------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        return self.error is None and self.book.ready

    def _check(self) -> None:
        if self.error is not None:
            raise self.error

    def best_bid(self) -> Level | None:
        self._check()
        return self.book.best_bid()

    def best_ask(self) -> Level | None:
        self._check()
        return self.book.best_ask()

    def levels(self, depth: int) -> tuple[tuple[Level, ...], tuple[Level, ...]]:
        """The top ``depth`` levels of each side: (bids high to low, asks low to high)."""
        self._check()
        return self.book.levels(depth)

    def view(self) -> BookView:
        """The whole book as one immutable, consistent picture."""
        self._check()
        return self.book.view()
