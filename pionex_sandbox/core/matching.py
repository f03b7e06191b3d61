"""Matching, shared by every product that trades against a book (spot and futures alike).

:func:`take` walks the other side of a book for a taker: best price first, makers in time
priority at each price, as far as the taker's limit price and its size allow.  Every
execution prints a public trade at the maker's price.  What an execution does to the taker
and to a sandbox maker (funds, positions, fills) is the product engine's business: it is
told through the ``trade`` callback, and a maker order that has nothing left rests no more
(its owner closes it).  The books are left consistent whatever the callbacks do to them (a
callback may cancel other resting orders, even at the level being taken).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from .book import Maker, Side

if TYPE_CHECKING:
    from .market import Market


class Taker(Protocol):
    """What matching needs of the order that takes liquidity."""

    @property
    def side(self) -> Side: ...

    @property
    def status(self) -> str: ...


def beyond(side: Side, price: Decimal, limit: Decimal) -> bool:
    """Whether a taker on ``side`` with ``limit`` may not trade at ``price``."""
    return price > limit if side == "BUY" else price < limit


def take(
    market: Market,
    taker: Taker,
    *,
    limit: Decimal | None,
    wanted: Callable[[Decimal], Decimal],
    trade: Callable[[Maker, Decimal, Decimal], None],
    now: int,
) -> None:
    """Let ``taker`` take liquidity from the other side of ``market``'s book.

    ``limit`` is the worst price the taker accepts (None: any); ``wanted(price)`` is how much
    it still takes at ``price`` (0 ends the walk).  For each execution ``trade(maker, price,
    size)`` books it, before the maker's size shrinks; the walk goes on while the taker's
    status is ``OPEN``.
    """
    book = market.side(bids=taker.side == "SELL")
    while taker.status == "OPEN":
        level = book.best()
        if level is None:
            break
        price = level.price
        if limit is not None and beyond(taker.side, price, limit):
            break
        maker = level.makers[0]
        size = min(maker.size, wanted(price))
        if size <= 0:
            break
        trade(maker, price, size)
        maker.size -= size
        if maker.size <= 0 and maker in level.makers:
            level.makers.remove(maker)
            if maker.order is not None and maker.owner is not None:
                maker.owner.maker_done(maker.order, now)
        if not level.makers:
            book.discard(price)
        market.record_trade(price, size, taker.side, now)
        market.updated_ms = now
