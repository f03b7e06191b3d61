"""Order books: price levels of resting liquidity, best first, makers in time priority.

A :class:`Maker` is resting size at one price: synthetic liquidity (``order`` None) or an
order of a sandbox account, whose product engine (its ``owner``) books what happens to it.
Books know nothing of accounts, balances or positions.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, Protocol

Side = Literal["BUY", "SELL"]


class Resting(Protocol):
    """What a book needs of an order that rests in it."""

    @property
    def order_id(self) -> int: ...


class Owner(Protocol):
    """The product engine of a resting order: it books what the book does to the order."""

    def maker_filled(self, order: Resting, price: Decimal, size: Decimal, now: int) -> None:
        """``size`` of ``order`` traded at ``price`` at ``now`` (the order was the maker)."""
        ...

    def maker_done(self, order: Resting, now: int) -> None:
        """``order`` has nothing left resting in the book (it filled): close it."""
        ...


@dataclass(eq=False)
class Maker:
    """Resting size at a price level: synthetic liquidity (``order`` None) or a sandbox order."""

    size: Decimal
    order: Resting | None = None
    owner: Owner | None = None


@dataclass
class Level:
    """One price level: makers in time priority."""

    price: Decimal
    makers: list[Maker] = field(default_factory=list)

    def size(self) -> Decimal:
        return sum((maker.size for maker in self.makers), Decimal(0))

    def synthetic_only(self) -> bool:
        return all(maker.order is None for maker in self.makers)


class BookSide:
    """One side of a book; ``bids`` puts the highest price first, asks the lowest."""

    def __init__(self, bids: bool) -> None:
        self.bids = bids
        self._prices: list[Decimal] = []  # ascending
        self._levels: dict[Decimal, Level] = {}

    def __len__(self) -> int:
        return len(self._prices)

    def best(self) -> Level | None:
        if not self._prices:
            return None
        return self._levels[self._prices[-1] if self.bids else self._prices[0]]

    def worst(self) -> Level | None:
        if not self._prices:
            return None
        return self._levels[self._prices[0] if self.bids else self._prices[-1]]

    def orders_only(self) -> BookSide:
        """A copy of this side holding only the sandbox orders resting in it, each where it was."""
        side = BookSide(self.bids)
        for price in self._prices:
            for maker in self._levels[price].makers:
                if maker.order is not None:
                    side.add(price, maker)
        return side

    def farthest_synthetic(self) -> Level | None:
        """The level farthest from the best that holds only synthetic liquidity."""
        for price in self._prices if self.bids else reversed(self._prices):
            level = self._levels[price]
            if level.synthetic_only():
                return level
        return None

    def top(self, count: int) -> list[Level]:
        """The ``count`` best levels, best first."""
        prices = self._prices[::-1][:count] if self.bids else self._prices[:count]
        return [self._levels[price] for price in prices]

    def level(self, price: Decimal) -> Level | None:
        """The level at ``price``, if anything rests there."""
        return self._levels.get(price)

    def add(self, price: Decimal, maker: Maker) -> None:
        """Queue ``maker`` at ``price`` behind whatever rests there already."""
        level = self._levels.get(price)
        if level is None:
            bisect.insort(self._prices, price)
            level = self._levels[price] = Level(price)
        level.makers.append(maker)

    def discard(self, price: Decimal) -> None:
        """Remove the level at ``price`` (whatever it holds)."""
        if self._levels.pop(price, None) is not None:
            del self._prices[bisect.bisect_left(self._prices, price)]

    def trim(self, count: int) -> None:
        """Drop the farthest levels that hold only synthetic liquidity until at most ``count`` remain."""
        if len(self._prices) <= count:
            return
        for price in self._prices[:] if self.bids else self._prices[::-1]:  # farthest first
            if len(self._prices) <= count:
                break
            if self._levels[price].synthetic_only():
                self.discard(price)

    def remove_order(self, order: Resting, price: Decimal) -> None:
        """Take a sandbox order out of the level at ``price``."""
        level = self._levels.get(price)
        if level is None:
            return
        level.makers = [maker for maker in level.makers if maker.order is not order]
        if not level.makers:
            self.discard(price)


@dataclass(frozen=True)
class PublicTrade:
    """One public trade of a pair; ``side`` is the taker's."""

    trade_id: int
    price: Decimal
    size: Decimal
    side: Side
    timestamp: int
