"""Funding and liquidation of futures positions, on the sandbox clock.

* **Funding.** At every :data:`~pionex_sandbox.futures.rules.FUNDING_INTERVAL_MS` boundary
  (00:00, 08:00 and 16:00 UTC) every open position pays ``size x mark x rate`` (rounded to 8
  places; a short with a positive rate receives it), from/to the wallet for cross positions
  and the position's margin for isolated ones.  Funding and liquidation run before every
  request and push, for every boundary the sandbox clock has passed since the last one, each
  after the markets were brought to that boundary (positions a resting order opened later pay
  nothing for it).
* **Liquidation.** An isolated position whose margin plus unrealized PnL falls below its
  maintenance margin, or a cross account whose wallet plus cross unrealized PnL falls below the
  cross maintenance margin, is closed at the mark price by a ``SYSTEM`` order: its open orders
  are cancelled, the close pays the pair's ``liquidationFeeRate`` of the notional (fee type
  ``LIQUIDATION``), and the position goes to the position history flagged ``TAKEOVER``.  A loss
  beyond the margin is not charged (the wallet does not go below zero).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from ..core.book import Side
from .records import FundingRecord, FuturesAccount, FuturesFill, FuturesOrder, FuturesOrderRequest, Position
from .rules import FUNDING_INTERVAL_MS, ZERO, even, up

if TYPE_CHECKING:
    from .engine import Futures


def moments(engine: Futures, after: int, until: int) -> Iterable[int]:
    """The funding times in (``after``, ``until``]."""
    return range(engine.next_funding_time(after), until + 1, FUNDING_INTERVAL_MS)


def at(engine: Futures, moment: int) -> None:
    """A funding time: liquidate what must be at the mark of that moment, then settle funding."""
    if moment <= engine.settled_until:
        return
    _liquidate_all(engine, moment)
    _fund(engine, moment)
    engine.settled_until = moment


def catch_up(engine: Futures, now: int) -> None:
    """Settle every funding time passed since the last call, then liquidate what must be at ``now``."""
    if now <= engine.settled_until:
        if now == engine.settled_until:
            _liquidate_all(engine, now)
        return
    if any(account.positions for account in engine.accounts.values()):
        moment = engine.next_funding_time(engine.settled_until)
        while moment <= now:
            at(engine, moment)
            moment += FUNDING_INTERVAL_MS
    engine.settled_until = now
    _liquidate_all(engine, now)


def _fund(engine: Futures, moment: int) -> None:
    rates: dict[str, tuple[Decimal, Decimal]] = {}
    for futures in engine.accounts.values():
        for position in list(futures.positions.values()):
            symbol = position.symbol
            if symbol not in rates:
                rates[symbol] = (engine.mark_price(symbol, moment), engine.funding_rate(symbol, moment))
            mark, rate = rates[symbol]
            fee = -even(position.size * mark * rate)
            if position.isolated:
                position.margin += fee
            else:
                futures.wallet += fee
            futures.funding.append(FundingRecord(symbol, position.isolated, fee, rate, moment))


def _liquidate_all(engine: Futures, moment: int) -> None:
    for futures in engine.accounts.values():
        if not futures.positions:
            continue
        for position in list(futures.positions.values()):
            if position.isolated:
                mark = engine.mark_price(position.symbol, moment)
                if position.margin + position.unrealized(mark) < position.maint_margin(mark):
                    _liquidate(engine, futures, [position], moment)
        cross = engine.cross_positions(futures)
        if cross:
            marks = {p.symbol: engine.mark_price(p.symbol, moment) for p in cross}
            equity = futures.wallet + sum((p.unrealized(marks[p.symbol]) for p in cross), ZERO)
            maint = sum((p.maint_margin(marks[p.symbol]) for p in cross), ZERO)
            if equity < maint:
                _liquidate(engine, futures, cross, moment)


def _liquidate(engine: Futures, futures: FuturesAccount, positions: list[Position], moment: int) -> None:
    symbols = {position.symbol for position in positions}
    for order in engine.resting(futures.api_key):
        if order.symbol in symbols:
            engine.cancel_order(order, moment)
    for position in positions:
        rules = position.rules
        assert rules.perp is not None
        mark = engine.mark_price(position.symbol, moment)
        size = abs(position.size)
        side: Side = "SELL" if position.size > 0 else "BUY"
        reduce_only = futures.position_mode == "BUYSELL"
        close = FuturesOrderRequest(rules, side, "MARKET_QTY", position.key, size, None, reduce_only, None)
        order = engine.new_order(
            FuturesOrder,
            futures.api_key,
            close,
            moment,
            type="MARKET_QTY",
            position_side=position.key,
            position_mode=futures.position_mode,
            isolated=position.isolated,
            leverage=position.leverage,
            orig_size=size,
            size=size,
            reduce_only=reduce_only,
            source="SYSTEM",
            status="CLOSED",
            filled_size=size,
            filled_amount=size * mark,
        )
        engine.journal.order(order)
        fee = up(size * mark * rules.perp.liquidation_fee_rate)
        realized = position.unrealized(mark)
        engine.new_fill(FuturesFill, order, "TAKER", mark, size, fee, moment, fee_type="LIQUIDATION")
        position.size_liquidated -= position.size
        position.amount_liquidated += position.size * mark
        position.amount_settled -= realized
        position.realized += realized
        if position.isolated:
            futures.wallet += max(position.margin + realized - fee, ZERO)
        else:
            futures.wallet += realized - fee
        position.size = ZERO
        position.cost = ZERO
        position.margin = ZERO
        position.update_time = moment
        engine.retire(futures, position, "TAKEOVER")
    futures.wallet = max(futures.wallet, ZERO)
