"""Local order books kept from the streams: pure data structures, no I/O.

* :class:`SpotBook` is fed DEPTH messages; each one is a whole picture of the top levels, so a
  message replaces the book.
* :class:`FuturesBook` is fed ORDERBOOK messages: a SNAPSHOT, then UPDATEs that each list the levels
  that changed (size 0 removes one).  Every UPDATE must follow the last applied message exactly
  (its ``prevNumber`` equal to that message's ``number``).  A gap, a stale message (a ``number`` not
  above the book's) or a crossed book after applying (best bid not below best ask) raises
  :class:`BookOutOfSyncError`; from then on the book refuses to serve -- every read raises the same
  error -- until a new SNAPSHOT arrives (resubscribe to get one).  Pionex keeps 100 levels a side
  and, when one goes, sends the next deeper one as the new 100th; levels pushed beyond the 100th
  are dropped here, since the exchange no longer reports their changes.

**Consistency.**  One writer applies messages; any number of threads read.  Each book has a lock
the writer holds for the whole of one message and a reader for one read, so a reader never sees
half a message.  :meth:`view` gives an immutable :class:`BookView` of the whole book, built at most
once per applied message and shared by every reader until the next.

**Speed.**  Each side is a dict (price -> size) and a sorted list of its prices kept with
:mod:`bisect`.  A price already in the book costs one dict store; a new or removed price one binary
search and a list insert or delete, which moves at most 100 pointers in C.  For a book bounded at
100 levels this is faster than a balanced tree or ``sortedcontainers`` (pure Python per call),
whose advantage only shows at many thousands of levels.  Prices and sizes stay exact
:class:`~decimal.Decimal`; ``Decimal("1.10")`` and ``Decimal("1.1")`` are the same level.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..errors import PionexError

if TYPE_CHECKING:
    from pionex_client.streams.models import DepthData, FuturesOrderBookMessage, OrderBookData, SpotDepthMessage

__all__ = ["BookOutOfSyncError", "BookView", "FuturesBook", "Level", "SpotBook", "UnsupportedBookMessageError"]

Level = tuple[Decimal, Decimal]
"""One price level: (price, size)."""

FUTURES_BOOK_LEVELS = 100
"""Levels a side Pionex keeps in the ORDERBOOK stream (``x-pionex-orderbook.levels`` in the spec)."""


class BookOutOfSyncError(PionexError):
    """The local book cannot be trusted (``reason`` says why: no snapshot yet, a gap in the
    sequence, a stale message, a crossed book) and needs a new snapshot before it serves again."""

    def __init__(self, message: str, *, reason: str, symbol: str | None = None) -> None:
        self.reason = reason
        self.symbol = symbol
        super().__init__(message)


class UnsupportedBookMessageError(BookOutOfSyncError):
    """A message this version cannot apply (an ORDERBOOK ``action`` it does not know): a new
    snapshot would not help, so a live book stops and reports this instead of resubscribing."""


@dataclass(frozen=True, slots=True)
class BookView:
    """An immutable picture of a book: bids best (highest) first, asks best (lowest) first."""

    symbol: str | None
    bids: tuple[Level, ...]
    asks: tuple[Level, ...]
    number: int | None = None
    """Sequence number of the last applied message (futures); None for a spot book."""
    timestamp: int | None = None
    """Time of the book state, in ms, as the last message gave it."""

    @property
    def best_bid(self) -> Level | None:
        return self.bids[0] if self.bids else None

    @property
    def best_ask(self) -> Level | None:
        return self.asks[0] if self.asks else None

    def levels(self, depth: int) -> tuple[tuple[Level, ...], tuple[Level, ...]]:
        """The best ``depth`` levels of each side: (bids, asks)."""
        return self.bids[:depth], self.asks[:depth]


_EMPTY: tuple[Level, ...] = ()


class SpotBook:
    """A spot pair's top levels, replaced by every DEPTH message."""

    def __init__(self, symbol: str | None = None) -> None:
        self.symbol = symbol
        self._lock = threading.Lock()
        self._view: BookView | None = None
        self._reason = "no DEPTH message yet"

    @property
    def ready(self) -> bool:
        """Whether the book serves reads (it has a sound picture)."""
        return self._view is not None

    def apply(self, message: SpotDepthMessage) -> None:
        """Replace the book with the message's levels; a crossed picture makes it refuse to serve."""
        data: DepthData | None = message.data
        if self.symbol is not None and message.symbol not in (None, self.symbol):
            raise ValueError(f"a DEPTH message for {message.symbol} fed to the book of {self.symbol}")
        bids = tuple(data.bids) if data is not None else _EMPTY
        asks = tuple(data.asks) if data is not None else _EMPTY
        view = BookView(self.symbol or message.symbol, bids, asks, None, message.timestamp)
        crossed = bool(bids and asks and bids[0][0] >= asks[0][0])
        with self._lock:
            self._view = None if crossed else view
            if crossed:
                self._reason = "crossed"
        if crossed:
            raise BookOutOfSyncError(
                f"DEPTH for {view.symbol} is crossed: best bid {bids[0][0]} >= best ask {asks[0][0]}",
                reason="crossed",
                symbol=view.symbol,
            )

    def view(self) -> BookView:
        """The current picture (immutable)."""
        view = self._view
        if view is None:
            raise BookOutOfSyncError(f"the book is not ready: {self._reason}", reason=self._reason, symbol=self.symbol)
        return view

    def best_bid(self) -> Level | None:
        return self.view().best_bid

    def best_ask(self) -> Level | None:
        return self.view().best_ask

    def levels(self, depth: int) -> tuple[tuple[Level, ...], tuple[Level, ...]]:
        return self.view().levels(depth)


class _Side:
    """One side of a futures book: sizes by price, and the prices in ascending order."""

    __slots__ = ("prices", "sizes")

    def __init__(self) -> None:
        self.sizes: dict[Decimal, Decimal] = {}
        self.prices: list[Decimal] = []

    def clear(self) -> None:
        self.sizes.clear()
        self.prices.clear()

    def update(self, levels: Iterable[Sequence[Decimal]]) -> int:
        """Apply changed levels (size 0 removes one); returns how many levels it read."""
        sizes, prices = self.sizes, self.prices
        count = 0
        for price, size in levels:
            count += 1
            if size:
                if price not in sizes:
                    insort(prices, price)
                sizes[price] = size
            elif price in sizes:
                del sizes[price]
                del prices[bisect_left(prices, price)]
        return count

    def trim(self, keep: int, best_high: bool) -> None:
        """Keep the best ``keep`` levels: the highest prices for bids, the lowest for asks."""
        excess = len(self.prices) - keep
        if excess > 0:
            if best_high:
                gone, self.prices[:excess] = self.prices[:excess], []
            else:
                gone, self.prices[keep:] = self.prices[keep:], []
            for price in gone:
                del self.sizes[price]


class FuturesBook:
    """A perpetual pair's book kept from ORDERBOOK messages (see the module's notes).

    ``max_levels`` is how many levels a side keeps (Pionex's 100; None keeps all).
    ``levels_applied`` counts the price levels read from messages, the unit of the benchmark.
    """

    def __init__(self, symbol: str | None = None, *, max_levels: int | None = FUTURES_BOOK_LEVELS) -> None:
        self.symbol = symbol
        self.max_levels = max_levels
        self.levels_applied = 0
        self._lock = threading.Lock()
        self._bids = _Side()
        self._asks = _Side()
        self._number: int | None = None
        self._timestamp: int | None = None
        self._reason: str | None = "no SNAPSHOT yet"
        self._view: BookView | None = None

    @property
    def ready(self) -> bool:
        """Whether the book serves reads: it has a snapshot and nothing has broken the sequence since."""
        return self._reason is None

    @property
    def number(self) -> int | None:
        """Sequence number of the last message applied."""
        return self._number

    def apply(self, message: FuturesOrderBookMessage) -> None:
        """Apply one ORDERBOOK message; raises :class:`BookOutOfSyncError` when the book needs a resync."""
        if self.symbol is not None and message.symbol not in (None, self.symbol):
            raise ValueError(f"an ORDERBOOK message for {message.symbol} fed to the book of {self.symbol}")
        data = message.data
        if data is None:
            self._break("no data", "an ORDERBOOK message without data")
        else:
            self.apply_data(data)

    def apply_data(self, data: OrderBookData) -> None:
        """Apply the ``data`` of one ORDERBOOK message."""
        if data.action == "SNAPSHOT":
            with self._lock:
                self._bids.clear()
                self._asks.clear()
                self._number = data.number
                self._reason = None
                self._apply_levels(data)
            if self._reason is not None:
                self._raise()
            return
        if data.action != "UPDATE":
            self._break(
                "unknown action",
                f"an ORDERBOOK action this version does not know: {data.action!r}",
                UnsupportedBookMessageError,
            )
        with self._lock:
            if self._reason is not None:
                pass  # still out of sync: refused below
            elif data.number is None or data.prev_number is None:
                self._reason = "no sequence number"
            elif self._number is not None and data.number <= self._number:
                self._reason = f"stale: number {data.number} is not above the book's {self._number}"
            elif data.prev_number != self._number:
                self._reason = f"gap: prevNumber {data.prev_number} does not follow the book's {self._number}"
            else:
                self._number = data.number
                self._apply_levels(data)
        if self._reason is not None:
            self._raise()

    def _apply_levels(self, data: OrderBookData) -> None:
        """Under the lock: apply both sides, trim, check the book is not crossed."""
        bids, asks = self._bids, self._asks
        self.levels_applied += bids.update(data.bids) + asks.update(data.asks)
        if self.max_levels is not None:
            bids.trim(self.max_levels, best_high=True)
            asks.trim(self.max_levels, best_high=False)
        self._timestamp = data.time_stamp
        self._view = None
        if bids.prices and asks.prices and bids.prices[-1] >= asks.prices[0]:
            self._reason = f"crossed: best bid {bids.prices[-1]} >= best ask {asks.prices[0]}"

    def _break(self, reason: str, message: str, error: type[BookOutOfSyncError] = BookOutOfSyncError) -> None:
        with self._lock:
            self._reason = reason
            self._view = None
        raise error(message, reason=reason, symbol=self.symbol)

    def _raise(self) -> None:
        reason = self._reason or ""
        raise BookOutOfSyncError(
            f"the book of {self.symbol or 'this pair'} needs a new snapshot: {reason}",
            reason=reason.split(":", 1)[0],
            symbol=self.symbol,
        )

    # -- reads ------------------------------------------------------------------------------------
    def view(self) -> BookView:
        """The whole book as an immutable picture, consistent with one applied message."""
        with self._lock:
            if self._reason is not None:
                self._raise()
            view = self._view
            if view is None:
                bid_sizes, ask_sizes = self._bids.sizes, self._asks.sizes
                bids = tuple((p, bid_sizes[p]) for p in reversed(self._bids.prices))
                asks = tuple((p, ask_sizes[p]) for p in self._asks.prices)
                view = self._view = BookView(self.symbol, bids, asks, self._number, self._timestamp)
            return view

    def best_bid(self) -> Level | None:
        """The highest bid, without building a whole view."""
        with self._lock:
            if self._reason is not None:
                self._raise()
            prices = self._bids.prices
            return (prices[-1], self._bids.sizes[prices[-1]]) if prices else None

    def best_ask(self) -> Level | None:
        """The lowest ask, without building a whole view."""
        with self._lock:
            if self._reason is not None:
                self._raise()
            prices = self._asks.prices
            return (prices[0], self._asks.sizes[prices[0]]) if prices else None

    def levels(self, depth: int) -> tuple[tuple[Level, ...], tuple[Level, ...]]:
        """The best ``depth`` levels of each side: (bids, asks)."""
        return self.view().levels(depth)
