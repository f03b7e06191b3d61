"""The market of each pair: its order book and public trades, moving with the price path.

When the sandbox starts, every book is generated around the path's price from a
``random.Random`` seeded with (seed, pair), with :data:`BOOK_LEVELS` levels a side, and so is a
tape of recent trades.  After that the market lives on the sandbox's clock, one step for
every half second (:data:`STEP_MS`) the clock passes, each step seeded with (seed, pair,
time), so the same seed and the same moments give the same market:

1. **The price moves.**  The path's price at the step is where the market trades: every ask
   at or below it and every bid at or above it is traded away as the price crosses it (a
   public trade at the level's price for each maker).  A sandbox order resting there fills
   at its own price, as the maker.
2. **Quotes follow.**  Behind the price, synthetic quotes come back: the gap between the
   price and the best level on either side is filled with fresh levels (the spread and the
   spacing of the generated book), and each side is kept at :data:`BOOK_LEVELS` levels,
   adding levels beyond the farthest and trimming the farthest synthetic ones.
3. **Others trade and quote.**  Someone takes a little of the best bid or ask (a public
   trade; only synthetic liquidity queued before any sandbox order is taken, so a sandbox
   order fills only when the price reaches it or a taker crosses it), and one of the five
   best levels of a side gains or loses synthetic size.

So resting limit orders fill as the price path reaches them: a grid of them fills over
hours of sandbox time, and a book watched live changes twice a second.  A still market
(``create_app(moving_market=False)``, ``--still-market``) changes only by trading, as a test of
something else may want.

A jump of the clock longer than :data:`DETAIL_MS` is not walked step by step: before
its last :data:`DETAIL_MS` the price sweeps the book at every whole hour, where the path's
highest and lowest prices are (it is a straight line between whole hours), so every order the
price reached still fills at its price; the last :data:`DETAIL_MS` go step by step.  Under a
clock that does not move, nothing moves: replies stay byte-identical.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator, Mapping
from decimal import ROUND_DOWN, ROUND_UP, Decimal, localcontext

from ..symbols import DECIMAL_CONTEXT, SYMBOLS_BY_NAME, SymbolRules
from .book import BookSide, Maker, PublicTrade, Side
from .matching import take
from .prices import HOUR, PricePath

BOOK_LEVELS = 1000
"""Price levels on each side of every book (the depth operation's maximum)."""

TAPE_LENGTH = 500
"""Public trades kept per pair (the trades operation's maximum)."""

STEP_MS = 500
"""The market acts twice a second of the sandbox clock (at every multiple of 500 ms)."""

DETAIL_MS = 60_000
"""Of a longer jump of the clock, the last minute is walked step by step (the rest by hours)."""

TOP_LEVELS = 5
"""How near the best price the synthetic quotes that change every step are."""

_EVERYTHING = Decimal("Infinity")


class _Sweep:
    """The market's own taker when the price crosses the book: it takes whatever it reaches."""

    status = "OPEN"

    def __init__(self, side: Side) -> None:
        self.side: Side = side


class Market:
    """Book, tape and price path of one pair."""

    def __init__(self, seed: int, rules: SymbolRules, created_ms: int) -> None:
        self.seed = seed
        self.rules = rules
        self.path = PricePath(seed, rules)
        self.bids = BookSide(bids=True)
        self.asks = BookSide(bids=False)
        self.tape: deque[PublicTrade] = deque(maxlen=TAPE_LENGTH)
        self.updated_ms = created_ms
        self.moved_to = created_ms
        """The moment the market has been brought to (see :meth:`advance`)."""
        self._next_trade_id = 1
        rng = random.Random(f"pionex-sandbox|{seed}|{rules.symbol}|book")
        with localcontext(DECIMAL_CONTEXT):
            self._generate_book(rng, self.path.price(created_ms))
            self._generate_tape(rng, created_ms)

    # generation

    def _ticks(self, amount: Decimal) -> int:
        return max(1, int(amount / self.rules.price_step))

    def _spread(self, mid: Decimal) -> tuple[int, int]:
        """(half spread, level spacing) in ticks around ``mid``."""
        return self._ticks(mid * Decimal("0.00005")), self._ticks(mid * Decimal("0.00002"))

    def _level_size(self, rng: random.Random, price: Decimal, low: int, high: int) -> Decimal:
        rules = self.rules
        notional = rules.min_amount * rng.randint(low, high)
        size = (notional / price).quantize(rules.size_step, ROUND_DOWN)
        return max(size, rules.min_trade_size, rules.size_step)

    def _generate_book(self, rng: random.Random, mid: Decimal) -> None:
        tick = self.rules.price_step
        half_spread, spacing = self._spread(mid)
        bid = mid.quantize(tick, ROUND_DOWN) - half_spread * tick
        ask = mid.quantize(tick, ROUND_UP) + half_spread * tick
        for _ in range(BOOK_LEVELS):
            if bid > 0:
                self.bids.add(bid, Maker(self._level_size(rng, bid, 50, 5000)))
            self.asks.add(ask, Maker(self._level_size(rng, ask, 50, 5000)))
            bid -= spacing * rng.randint(1, 4) * tick
            ask += spacing * rng.randint(1, 4) * tick

    def _generate_tape(self, rng: random.Random, created_ms: int) -> None:
        best_bid, best_ask = self.bids.best(), self.asks.best()
        assert best_bid is not None and best_ask is not None
        tick = self.rules.price_step
        spread_ticks = self._ticks(best_ask.price - best_bid.price)
        stamps: list[int] = []
        moment = created_ms - rng.randint(0, 1000)
        for _ in range(TAPE_LENGTH):
            stamps.append(moment)
            moment -= rng.randint(50, 4000)
        for stamp in reversed(stamps):
            side: Side = "BUY" if rng.randint(0, 1) else "SELL"
            away = rng.randint(0, 2 * spread_ticks) * tick
            price = best_ask.price + away if side == "BUY" else max(tick, best_bid.price - away)
            size = self._level_size(rng, price, 1, 300)
            self.record_trade(price, size, side, stamp)

    # state

    def record_trade(self, price: Decimal, size: Decimal, side: Side, timestamp: int) -> None:
        """Add a trade to the public tape."""
        self.tape.append(PublicTrade(self._next_trade_id, price, size, side, timestamp))
        self._next_trade_id += 1

    def last_price(self) -> Decimal:
        return self.tape[-1].price

    def side(self, bids: bool) -> BookSide:
        return self.bids if bids else self.asks

    # motion

    def advance(self, now: int) -> None:
        """Bring the market to ``now``: one step for every multiple of :data:`STEP_MS` passed since the last call."""
        last = now // STEP_MS * STEP_MS
        if last <= self.moved_to:
            return
        first = (self.moved_to // STEP_MS + 1) * STEP_MS
        detail = max(first, last - DETAIL_MS)
        with localcontext(DECIMAL_CONTEXT):
            hour = (self.moved_to // HOUR + 1) * HOUR
            while hour < detail:
                mid = self.path.price(hour)
                self._sweep(mid, hour)
                self._quote(random.Random(f"pionex-sandbox|{self.seed}|{self.rules.symbol}|hour|{hour}"), mid)
                self.updated_ms = hour
                hour += HOUR
            for moment in range(detail, last + 1, STEP_MS):
                self._step(moment)
        self.moved_to = last

    def _step(self, moment: int) -> None:
        rng = random.Random(f"pionex-sandbox|{self.seed}|{self.rules.symbol}|step|{moment}")
        mid = self.path.price(moment)
        self._sweep(mid, moment)
        self._quote(rng, mid)
        self._others(rng, moment)
        self.updated_ms = moment

    def _sweep(self, mid: Decimal, moment: int) -> None:
        """The price moved to ``mid``: trade away every level it crossed."""

        def trade(maker: Maker, price: Decimal, size: Decimal) -> None:
            if maker.order is not None and maker.owner is not None:
                maker.owner.maker_filled(maker.order, price, size, moment)

        for side in ("BUY", "SELL"):
            taker = _Sweep("BUY" if side == "BUY" else "SELL")
            take(self, taker, limit=mid, wanted=lambda price: _EVERYTHING, trade=trade, now=moment)

    def _quote(self, rng: random.Random, mid: Decimal) -> None:
        """Synthetic quotes come back behind the price, and each side keeps its depth."""
        tick = self.rules.price_step
        half_spread, spacing = self._spread(mid)
        for bids in (True, False):
            book = self.side(bids)
            outward = -tick if bids else tick

            def beyond(price: Decimal, than: Decimal, bids: bool = bids) -> bool:
                return price < than if bids else price > than

            price = mid.quantize(tick, ROUND_DOWN if bids else ROUND_UP) + half_spread * outward
            best = book.best()
            if best is None:
                if price > 0:
                    book.add(price, Maker(self._level_size(rng, price, 50, 5000)))
            elif beyond(best.price, price + 4 * spacing * outward):
                while price > 0 and beyond(best.price, price + spacing * outward):
                    book.add(price, Maker(self._level_size(rng, price, 50, 5000)))
                    price += spacing * rng.randint(1, 4) * outward
            while len(book) < BOOK_LEVELS:
                worst = book.worst()
                assert worst is not None
                price = worst.price + spacing * rng.randint(1, 4) * outward
                if price <= 0:
                    break
                book.add(price, Maker(self._level_size(rng, price, 50, 5000)))
            book.trim(BOOK_LEVELS)

    def _others(self, rng: random.Random, moment: int) -> None:
        """Other traders: a small trade at the best bid or ask, and a quote near the top that changes."""
        bids = rng.random() < 0.5
        book = self.side(bids)
        level = book.best()
        if level is not None and level.makers[0].order is None:
            wanted = self._level_size(rng, level.price, 1, 300)
            taken = Decimal(0)
            while wanted > 0 and level.makers and level.makers[0].order is None:
                maker = level.makers[0]
                size = min(maker.size, wanted)
                maker.size -= size
                wanted -= size
                taken += size
                if maker.size <= 0:
                    level.makers.pop(0)
            if not level.makers:
                book.discard(level.price)
            self.record_trade(level.price, taken, "SELL" if bids else "BUY", moment)
        book = self.side(rng.random() < 0.5)
        levels = book.top(TOP_LEVELS)
        if not levels:
            return
        level = rng.choice(levels)
        if rng.random() < 0.5:
            level.makers.append(Maker(self._level_size(rng, level.price, 20, 2000)))
            return
        synthetic = [maker for maker in level.makers if maker.order is None]
        if synthetic:
            maker = synthetic[-1]
            maker.size = (maker.size * rng.randint(20, 80) / 100).quantize(self.rules.size_step, ROUND_DOWN)
            if maker.size <= 0:
                level.makers.remove(maker)
                if not level.makers:
                    book.discard(level.price)


class Markets(Mapping[str, Market]):
    """The market of every listed pair, by symbol, each generated when first used.

    A market is generated as it was when the sandbox started, then brought to the moment the
    markets were last brought to (:meth:`advance`).  So the markets depend on the seed, the
    start time and the moments the sandbox was asked for them: the same seed and the same
    requests at the same moments give the same markets.
    """

    def __init__(self, seed: int, created_ms: int, *, moving: bool = True) -> None:
        self._seed = seed
        self._created_ms = created_ms
        self._markets: dict[str, Market] = {}
        self.moving = moving
        """Whether the markets move with the clock (otherwise their books change only by trading)."""
        self.moved_to = created_ms

    def __getitem__(self, symbol: str) -> Market:
        market = self._markets.get(symbol)
        if market is None:
            with localcontext(DECIMAL_CONTEXT):
                market = Market(self._seed, SYMBOLS_BY_NAME[symbol], self._created_ms)
            market.advance(self.moved_to)
            self._markets[symbol] = market
        return market

    def __iter__(self) -> Iterator[str]:
        return iter(SYMBOLS_BY_NAME)

    def __len__(self) -> int:
        return len(SYMBOLS_BY_NAME)

    def advance(self, now: int) -> None:
        """Bring every market to ``now`` (see :meth:`Market.advance`)."""
        if not self.moving or now // STEP_MS <= self.moved_to // STEP_MS:
            return
        self.moved_to = now
        for market in self._markets.values():
            market.advance(now)
