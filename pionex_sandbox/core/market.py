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

A jump of the clock longer than :data:`DETAIL_MS` is not walked step by step: before its
last :data:`DETAIL_MS` the price is taken at every whole hour, where the path's highest and
lowest prices are (it is a straight line between whole hours), and every sandbox order it
reached fills at its price, at that hour; then the book is generated anew around the price
and the last :data:`DETAIL_MS` go step by step.  A jump of a year costs about what reading the
path hour by hour costs.  Under a clock that does not move, nothing moves: replies stay
byte-identical.
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

    def __init__(self, seed: int, rules: SymbolRules, created_ms: int, path: PricePath | None = None) -> None:
        self.seed = seed
        self.rules = rules
        self.path = path or PricePath(seed, rules)
        self.bids = BookSide(bids=True)
        self.asks = BookSide(bids=False)
        self.tape: deque[PublicTrade] = deque(maxlen=TAPE_LENGTH)
        self.updated_ms = created_ms
        self.moved_to = created_ms
        """The moment the market has been brought to (see :meth:`advance`)."""
        self._stale = False
        """Whole hours of a long jump went by: the book is to be generated anew at the next step."""
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
        """Bring this market alone to ``now`` (see :func:`moments`)."""
        with localcontext(DECIMAL_CONTEXT):
            for moment, step in moments(self.moved_to, now):
                self.act(moment, step)

    def act(self, moment: int, step: bool) -> None:
        """The market at ``moment``: a step (price, quotes, other traders), or the price alone at a whole hour."""
        mid = self.path.price(moment)
        if step:
            rng = random.Random(f"pionex-sandbox|{self.seed}|{self.rules.symbol}|step|{moment}")
            if self._stale:
                self._rebuild(moment, mid)
            self._sweep(mid, moment)
            self._quote(rng, mid)
            self._others(rng, moment)
        else:
            self._cross(mid, moment)
        self.updated_ms = moment
        self.moved_to = moment

    def _cross(self, mid: Decimal, moment: int) -> None:
        """A whole hour of a long jump: fill every sandbox order the price reached, at its price.

        The synthetic levels it passes are taken away unrecorded and nothing is quoted again until
        the jump's last minute, which starts from a book generated anew around the price
        (:meth:`_rebuild`): hours nobody watched leave no trace but the fills.
        """
        for bids in (False, True):
            book = self.side(bids)
            while (level := book.best()) is not None and (level.price >= mid if bids else level.price <= mid):
                self._stale = True
                for maker in list(level.makers):
                    if maker.order is None or maker.owner is None or maker not in level.makers or maker.size <= 0:
                        continue
                    size = maker.size
                    maker.owner.maker_filled(maker.order, level.price, size, moment)
                    maker.size -= size
                    maker.owner.maker_done(maker.order, moment)
                    self.record_trade(level.price, size, "SELL" if bids else "BUY", moment)
                book.discard(level.price)

    def _rebuild(self, moment: int, mid: Decimal) -> None:
        """A book generated anew around ``mid`` (as when the sandbox started), the sandbox orders kept."""
        self.bids, self.asks = self.bids.orders_only(), self.asks.orders_only()
        self._generate_book(random.Random(f"pionex-sandbox|{self.seed}|{self.rules.symbol}|rebuild|{moment}"), mid)
        self._stale = False

    def _sweep(self, mid: Decimal, moment: int) -> None:
        """The price moved to ``mid``: trade away every level it crossed."""
        best_bid, best_ask = self.bids.best(), self.asks.best()
        if (best_ask is None or best_ask.price > mid) and (best_bid is None or best_bid.price < mid):
            return

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
                farthest = book.farthest_synthetic() or book.best()  # never beyond a far-away sandbox order
                assert farthest is not None
                price = farthest.price + spacing * rng.randint(1, 4) * outward
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
            size = self._level_size(rng, level.price, 20, 2000)
            if level.makers[-1].order is None:  # joins the synthetic liquidity at the back of the queue
                level.makers[-1].size += size
            else:
                level.makers.append(Maker(size))
            return
        synthetic = [maker for maker in level.makers if maker.order is None]
        if synthetic:
            maker = synthetic[-1]
            maker.size = (maker.size * rng.randint(20, 80) / 100).quantize(self.rules.size_step, ROUND_DOWN)
            if maker.size <= 0:
                level.makers.remove(maker)
                if not level.makers:
                    book.discard(level.price)


def moments(since: int, now: int) -> list[tuple[int, bool]]:
    """The moments a market moved to ``since`` acts at to be at ``now``, oldest first, each with
    whether it is a step (see the module's docstring) or a whole hour of a long jump."""
    last = now // STEP_MS * STEP_MS
    if last <= since:
        return []
    detail = max((since // STEP_MS + 1) * STEP_MS, last - DETAIL_MS)
    hours = range((since // HOUR + 1) * HOUR, detail, HOUR)
    return [(hour, False) for hour in hours] + [(moment, True) for moment in range(detail, last + 1, STEP_MS)]


class Markets(Mapping[str, Market]):
    """The market of every listed pair, by symbol, each generated when first used.

    A market is generated as it was when the sandbox started, then brought to the moment the
    markets were last brought to (:meth:`advance`).  So the markets depend on the seed, the
    start time and the moments the sandbox was asked for them: the same seed and the same
    requests at the same moments give the same markets.  The markets move together, moment by
    moment, so fills come in the order they happened whatever their pair.
    """

    def __init__(self, seed: int, created_ms: int, *, moving: bool = True) -> None:
        self._seed = seed
        self._created_ms = created_ms
        self._markets: dict[str, Market] = {}
        self._paths: dict[str, PricePath] = {}
        self.moving = moving
        """Whether the markets move with the clock (otherwise their books change only by trading)."""
        self.moved_to = created_ms

    def __getitem__(self, symbol: str) -> Market:
        market = self._markets.get(symbol)
        if market is None:
            with localcontext(DECIMAL_CONTEXT):
                market = Market(self._seed, SYMBOLS_BY_NAME[symbol], self._created_ms, self.path(symbol))
            market.advance(self.moved_to)
            self._markets[symbol] = market
        return market

    def __iter__(self) -> Iterator[str]:
        return iter(SYMBOLS_BY_NAME)

    def __len__(self) -> int:
        return len(SYMBOLS_BY_NAME)

    def path(self, symbol: str) -> PricePath:
        """The price path of ``symbol``, without generating its market."""
        path = self._paths.get(symbol)
        if path is None:
            path = self._paths[symbol] = PricePath(self._seed, SYMBOLS_BY_NAME[symbol])
        return path

    def moments(self, now: int) -> list[tuple[int, bool]]:
        """The moments the markets act at to be at ``now`` (none for a still market)."""
        return moments(self.moved_to, now) if self.moving else []

    def act(self, moment: int, step: bool) -> None:
        """Every market generated so far acts at ``moment`` (one of :meth:`moments`)."""
        with localcontext(DECIMAL_CONTEXT):
            for market in list(self._markets.values()):
                market.act(moment, step)
        self.moved_to = moment

    def advance(self, now: int) -> None:
        """Bring every market generated so far to ``now``, all of them moment by moment."""
        for moment, step in self.moments(now):
            self.act(moment, step)
