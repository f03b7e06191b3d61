"""Local order books: snapshots, increments checked by sequence, resync signals, consistent reads."""

from __future__ import annotations

import sys
import threading
from decimal import Decimal
from typing import Any

import pytest

from pionex_client.streams import DepthData, FuturesOrderBookMessage, OrderBookData, SpotDepthMessage
from pionex_wrapper.streams import BookOutOfSyncError, FuturesBook, SpotBook, StreamDecoder

D = Decimal


def levels(*pairs: tuple[str, str]) -> list[tuple[Decimal, Decimal]]:
    return [(D(p), D(s)) for p, s in pairs]


def book_message(
    action: str, number: int | None, prev: int | None, bids: Any = (), asks: Any = (), symbol: str = "BTC_USDT_PERP"
) -> FuturesOrderBookMessage:
    return FuturesOrderBookMessage(
        topic="ORDERBOOK",
        symbol=symbol,
        timestamp=1566691672311,
        data=OrderBookData(
            action=action,
            bids=levels(*bids),
            asks=levels(*asks),
            number=number,
            prev_number=prev,
            time_stamp=1566691672311,
        ),
    )


SNAPSHOT = book_message(
    "SNAPSHOT",
    13333,
    13332,
    bids=[("29964.01", "0.0675"), ("29963.23", "0.9111")],
    asks=[("29979.32", "0.0731"), ("29980.97", "1.0294")],
)


def synced() -> FuturesBook:
    book = FuturesBook("BTC_USDT_PERP")
    book.apply(SNAPSHOT)
    return book


def test_snapshot_then_increments() -> None:
    book = synced()
    assert book.ready and book.number == 13333
    assert book.best_bid() == (D("29964.01"), D("0.0675"))
    assert book.best_ask() == (D("29979.32"), D("0.0731"))
    # Pionex's example update: one level removed, one added.
    book.apply(book_message("UPDATE", 13334, 13333, bids=[("29964.01", "0"), ("29965.00", "1.234")]))
    view = book.view()
    assert view.bids == ((D("29965.00"), D("1.234")), (D("29963.23"), D("0.9111")))
    assert view.asks == ((D("29979.32"), D("0.0731")), (D("29980.97"), D("1.0294")))
    assert view.number == 13334 and view.best_bid == (D("29965.00"), D("1.234"))
    # A changed size, a removal of a price not in the book (nothing to do), "1.10" is the level 1.1.
    book.apply(book_message("UPDATE", 13335, 13334, asks=[("29979.320", "5"), ("1", "0")]))
    assert book.best_ask() == (D("29979.32"), D("5"))
    assert book.levels(1) == (((D("29965.00"), D("1.234")),), ((D("29979.32"), D("5")),))
    assert book.levels_applied == 4 + 2 + 2


def test_view_is_immutable_and_shared_until_the_next_message() -> None:
    book = synced()
    first = book.view()
    assert book.view() is first
    book.apply(book_message("UPDATE", 13334, 13333, bids=[("29960", "1")]))
    second = book.view()
    assert second is not first and len(first.bids) == 2 and len(second.bids) == 3
    with pytest.raises(AttributeError):
        second.bids = ()  # type: ignore[misc]


@pytest.mark.parametrize(
    ("number", "prev", "reason"),
    [(13335, 13334, "gap"), (13333, 13332, "stale"), (13330, 13329, "stale"), (None, 13333, "no sequence number")],
)
def test_sequence_breaks_need_a_resync(number: int | None, prev: int | None, reason: str) -> None:
    book = synced()
    with pytest.raises(BookOutOfSyncError, match=reason) as caught:
        book.apply(book_message("UPDATE", number, prev, bids=[("29000", "1")]))
    assert caught.value.reason == reason and caught.value.symbol == "BTC_USDT_PERP"
    assert not book.ready
    for read in (book.view, book.best_bid, book.best_ask, lambda: book.levels(5)):
        with pytest.raises(BookOutOfSyncError, match=reason):
            read()
    # Later updates are refused too, even one that would have followed.
    with pytest.raises(BookOutOfSyncError):
        book.apply(book_message("UPDATE", 13334, 13333))
    # A new snapshot brings it back.
    book.apply(book_message("SNAPSHOT", 20000, 19999, bids=[("1", "1")], asks=[("2", "1")]))
    assert book.ready and book.best_bid() == (D("1"), D("1")) and book.number == 20000
    book.apply(book_message("UPDATE", 20001, 20000, asks=[("3", "1")]))
    assert book.view().asks == ((D("2"), D("1")), (D("3"), D("1")))


def test_crossed_book_needs_a_resync() -> None:
    book = synced()
    with pytest.raises(BookOutOfSyncError, match="crossed") as caught:
        book.apply(book_message("UPDATE", 13334, 13333, bids=[("29979.32", "1")]))
    assert caught.value.reason == "crossed" and not book.ready
    with pytest.raises(BookOutOfSyncError, match="crossed"):
        book.best_bid()
    crossed_snapshot = book_message("SNAPSHOT", 1, 0, bids=[("2", "1")], asks=[("1", "1")])
    with pytest.raises(BookOutOfSyncError, match="crossed"):
        FuturesBook().apply(crossed_snapshot)


def test_no_snapshot_yet_unknown_action_and_wrong_symbol() -> None:
    book = FuturesBook("BTC_USDT_PERP")
    with pytest.raises(BookOutOfSyncError, match="no SNAPSHOT yet"):
        book.view()
    with pytest.raises(BookOutOfSyncError, match="no SNAPSHOT yet"):
        book.apply(book_message("UPDATE", 2, 1))
    with pytest.raises(BookOutOfSyncError, match="does not know"):
        synced().apply(book_message("REPLACE", 13334, 13333))
    with pytest.raises(ValueError, match="ETH_USDT_PERP"):
        book.apply(book_message("SNAPSHOT", 1, 0, symbol="ETH_USDT_PERP"))
    with pytest.raises(BookOutOfSyncError, match="without data"):
        synced().apply(FuturesOrderBookMessage(topic="ORDERBOOK", symbol="BTC_USDT_PERP"))


def test_levels_beyond_the_hundredth_are_dropped() -> None:
    bids = [(str(1000 - i), "1") for i in range(100)]
    asks = [(str(2000 + i), "1") for i in range(100)]
    book = FuturesBook()
    book.apply(book_message("SNAPSHOT", 1, 0, bids=bids, asks=asks))
    book.apply(book_message("UPDATE", 2, 1, bids=[("1500", "2")], asks=[("1999", "2")]))
    view = book.view()
    assert len(view.bids) == len(view.asks) == 100
    assert view.bids[0] == (D("1500"), D("2")) and view.bids[-1][0] == D("902")
    assert view.asks[0] == (D("1999"), D("2")) and view.asks[-1][0] == D("2098")
    unbounded = FuturesBook(max_levels=None)
    unbounded.apply(book_message("SNAPSHOT", 1, 0, bids=bids, asks=asks))
    unbounded.apply(book_message("UPDATE", 2, 1, bids=[("1500", "2")]))
    assert len(unbounded.view().bids) == 101


def test_fed_from_decoded_frames() -> None:
    decoder = StreamDecoder("/wsPub")
    book = FuturesBook("BTC_USDT_PERP")
    for frame in (
        (
            '{"topic":"ORDERBOOK","symbol":"BTC_USDT_PERP","timestamp":1566691672311,"data":{"action":"SNAPSHOT",'
            '"bids":[["29964.01","0.0675"],["29963.23","0.9111"]],"asks":[["29979.32","0.0731"],["29980.97","1.0294"]],'
            '"number":13333,"prevNumber":13332,"timeStamp":1566691672311}}'
        ),
        (
            '{"topic":"ORDERBOOK","symbol":"BTC_USDT_PERP","timestamp":1566691672361,"data":{"action":"UPDATE",'
            '"bids":[["29964.01","0"],["29965.00","1.234"]],"asks":[],"number":13334,"prevNumber":13333,'
            '"timeStamp":1566691672361}}'
        ),
    ):
        message = decoder.decode(frame)
        assert isinstance(message, FuturesOrderBookMessage)
        book.apply(message)
    assert book.best_bid() == (D("29965.00"), D("1.234"))
    assert book.view().timestamp == 1566691672361


def test_spot_book() -> None:
    book = SpotBook("BTC_USDT")
    with pytest.raises(BookOutOfSyncError, match="no DEPTH"):
        book.best_bid()
    depth = SpotDepthMessage(
        topic="DEPTH",
        symbol="BTC_USDT",
        timestamp=5,
        data=DepthData(bids=levels(("27964.01", "0.0675")), asks=levels(("27979.32", "0.0731"))),
    )
    book.apply(depth)
    assert book.ready and book.best_bid() == (D("27964.01"), D("0.0675"))
    assert book.best_ask() == (D("27979.32"), D("0.0731"))
    assert book.levels(5) == (((D("27964.01"), D("0.0675")),), ((D("27979.32"), D("0.0731")),))
    assert book.view().timestamp == 5
    crossed = SpotDepthMessage(
        topic="DEPTH", symbol="BTC_USDT", data=DepthData(bids=levels(("3", "1")), asks=levels(("2", "1")))
    )
    with pytest.raises(BookOutOfSyncError, match="crossed"):
        book.apply(crossed)
    with pytest.raises(BookOutOfSyncError, match="crossed"):
        book.view()
    book.apply(depth)  # every DEPTH message is a whole picture: the next good one restores it
    assert book.ready
    with pytest.raises(ValueError, match="ETH_USDT"):
        book.apply(SpotDepthMessage(topic="DEPTH", symbol="ETH_USDT"))
    empty = SpotBook()
    empty.apply(SpotDepthMessage(topic="DEPTH", symbol="X"))
    assert empty.best_bid() is None and empty.view().symbol == "X"


def test_readers_never_see_half_an_update() -> None:
    """A writer moves size between two bid levels in every update (one level down, one up), so the
    total bid size is the same after every whole message; readers in other threads check it."""
    book = FuturesBook("BTC_USDT_PERP")
    bids = [(str(100 + i), "1000") for i in range(50)]
    book.apply(book_message("SNAPSHOT", 1, 0, bids=bids, asks=[("1000", "1")]))
    total = D(1000) * 50
    stop = threading.Event()
    seen: list[int] = []
    problems: list[str] = []

    def reader() -> None:
        last = 0
        while not stop.is_set():
            view = book.view()
            if sum(size for _, size in view.bids) != total:
                problems.append(f"total {sum(size for _, size in view.bids)} at {view.number}")
            if any(lower[0] >= higher[0] for lower, higher in zip(view.bids[1:], view.bids, strict=False)):
                problems.append("bids out of order")
            if view.number is None or view.number < last:
                problems.append("went back")
            last = view.number or 0
            best = book.best_bid()
            if best is None or best[0] < D(100):
                problems.append("best bid lost")
            seen.append(last)

    readers = [threading.Thread(target=reader) for _ in range(3)]
    interval = sys.getswitchinterval()
    try:
        sys.setswitchinterval(1e-6)  # switch threads as often as possible: a torn read would show
        for thread in readers:
            thread.start()
        number = 1
        for step in range(5000):
            a, b = 100 + step % 50, 100 + (step * 7 + 3) % 50
            if a == b:
                continue
            with book._lock:  # read the two sizes the writer is about to move between
                size_a, size_b = book._bids.sizes[D(a)], book._bids.sizes[D(b)]
            book.apply(
                book_message("UPDATE", number + 1, number, bids=[(str(a), str(size_a - 1)), (str(b), str(size_b + 1))])
            )
            number += 1
        stop.set()
        for thread in readers:
            thread.join()
    finally:
        stop.set()
        sys.setswitchinterval(interval)
    assert not problems, problems[:5]
    assert len(seen) > 100 and max(seen) <= number == book.view().number
    assert len(set(seen)) > 3  # the readers did read while the writer wrote
