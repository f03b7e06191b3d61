"""USDT-margined perpetual futures: the futures accounts, positions, orders and their margin.

The rules the sandbox follows (all arithmetic in :class:`~decimal.Decimal`, amounts of USDT kept
to 8 decimal places; prices, fees and funding rates are in :mod:`pionex_sandbox.futures.rules`):

* **Accounts.** Every sandbox account has a futures account holding a USDT *wallet*.
  Transfers move USDT between the spot holdings (``MAIN``) and the wallet (``TRADE``) (see
  :mod:`pionex_sandbox.futures.wallet`).  The wallet changes only through transfers, realized
  PnL, fees, funding, isolated-margin moves and what other products take and give back through
  its place (``FUTURES`` in :mod:`pionex_sandbox.core.places`: a futures grid bot's investment),
  so ``wallet = transfers in - transfers out + realized PnL - fees + funding - margin held by
  isolated positions - taken by bots + given back by bots``, to the last decimal.
* **Positions.** One per pair in one-way mode (``BUYSELL``, position side ``BOTH``), one per
  side in hedge mode (``OPENCLOSE``, ``LONG`` and ``SHORT``).  A position keeps its signed
  size and its signed entry cost (sum of price x size of the fills that opened it), so the
  entry price is size-weighted and ``unrealized PnL = size x mark - cost``.  Reducing by ``c``
  realizes ``c x price - cost x c / |size|`` (the cost share rounded to 8 places, the whole
  remaining cost on the last close).  In one-way mode an order larger than the opposite
  position closes it and opens the rest the other way.
* **Margin.** Initial margin is ``|cost| / leverage`` (rounded up to 8 places).  Maintenance
  margin is ``|size| x mark x maintMarginRatio - quickDeduction`` of the risk tier that the
  position's notional falls in (:data:`~pionex_sandbox.futures.rules.RISK_TABLES`).  A cross
  position's margin stays in the wallet; an isolated position's margin moves from the wallet
  into the position when it opens and back (with the realized PnL) as it closes.  A resting
  order holds the initial margin of the part of it that would open a position.  New orders
  need that margin plus their fee from the *available* margin: ``wallet + min(cross
  unrealized PnL, 0) - cross initial margin - margin held by open orders``.
* **Fees.** :data:`~pionex_sandbox.futures.rules.FUTURES_FEE_RATE` of every fill's notional
  (maker and taker alike), in USDT, rounded up to 8 places, paid from the wallet.
* **Funding and liquidation** are :mod:`pionex_sandbox.futures.funding`'s.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Literal

from ..accounts import Account
from ..core.market import Market
from ..core.orders import Batch, OrderEngine, Role
from ..core.sandbox import Sandbox
from ..symbols import SYMBOLS_BY_NAME, fmt
from . import funding, wallet
from .records import FuturesAccount, FuturesFill, FuturesOrder, FuturesOrderRequest, Position
from .rules import (
    FUTURES_COIN,
    FUTURES_FEE_RATE,
    ZERO,
    PositionSide,
    Prices,
    bad,
    denied,
    even,
    money,
    notional_cap,
    up,
)


class Futures(OrderEngine[FuturesOrder, FuturesFill, FuturesOrderRequest], Prices):
    """Every futures account of a sandbox, and the futures orders and fills.

    The perpetual pairs' books are the sandbox's markets, shared with the market data
    operations; order and fill ids are the sandbox-wide ones.
    """

    noun = "futures order"
    missing = "no futures order {order_id} on {symbol}"

    def __init__(self, sandbox: Sandbox) -> None:
        OrderEngine.__init__(self, sandbox)
        Prices.__init__(self, sandbox.seed, sandbox.markets)
        self.accounts: dict[str, FuturesAccount] = {}
        self.transfer_client_ids: set[tuple[str, str]] = set()
        self.next_transfer_id = 1
        self._next_position_id = 70_000_001
        self.settled_until = sandbox.created_ms
        """Funding and liquidation have run for every moment up to this time."""
        sandbox.places["FUTURES"] = wallet.FuturesPlace(self)

    def open_interest(self, symbol: str) -> Decimal:
        """A seeded base plus the long size every sandbox account holds."""
        rules = SYMBOLS_BY_NAME[symbol]
        base = rules.volume_per_minute * 2000
        held = sum(
            (
                position.size
                for account in self.accounts.values()
                for position in account.positions.values()
                if position.symbol == symbol and position.size > 0
            ),
            ZERO,
        )
        return (base + held).quantize(rules.size_step)

    # accounts

    def account(self, api_key: str) -> FuturesAccount:
        found = self.accounts.get(api_key)
        if found is None:
            found = self.accounts[api_key] = FuturesAccount(api_key)
        return found

    def order_margin(self, api_key: str) -> Decimal:
        return sum((order.frozen for order in self.resting(api_key)), ZERO)

    def cross_positions(self, account: FuturesAccount) -> list[Position]:
        return [position for position in account.positions.values() if not position.isolated]

    def cross_unrealized(self, account: FuturesAccount, now: int) -> Decimal:
        return sum(
            (p.unrealized(self.mark_price(p.symbol, now)) for p in self.cross_positions(account)),
            ZERO,
        )

    def cross_initial_margin(self, account: FuturesAccount) -> Decimal:
        return sum((position.initial_margin() for position in self.cross_positions(account)), ZERO)

    def overview(self, api_key: str, now: int) -> dict[str, object]:
        """The account's futures side for the wallet overview (see :func:`.replies.overview_reply`).

        The wallet product finds it on any engine that has it, as it finds bots, without importing
        this product."""
        from .replies import overview_reply

        return overview_reply(self, self.sandbox.accounts[api_key], now)

    def available(self, account: FuturesAccount, now: int) -> Decimal:
        """What new orders, isolated margin and transfers out may use."""
        return (
            account.wallet
            + min(self.cross_unrealized(account, now), ZERO)
            - self.cross_initial_margin(account)
            - self.order_margin(account.api_key)
        )

    def held(self, account: FuturesAccount) -> Decimal:
        """What the wallet holds for cross positions and open orders (the balance's ``frozen``)."""
        return self.cross_initial_margin(account) + self.order_margin(account.api_key)

    # placing

    def _position_key(self, futures: FuturesAccount, request: FuturesOrderRequest) -> PositionSide:
        return "BOTH" if futures.position_mode == "BUYSELL" else request.position_side

    def _opening_size(self, futures: FuturesAccount, request: FuturesOrderRequest, size: Decimal) -> Decimal:
        """The part of ``size`` that would open (or add to) a position, given the position now."""
        key = self._position_key(futures, request)
        if key == "LONG":
            return size if request.side == "BUY" else ZERO
        if key == "SHORT":
            return size if request.side == "SELL" else ZERO
        position = futures.positions.get((request.rules.symbol, "BOTH"))
        held = position.size if position is not None else ZERO
        signed = size if request.side == "BUY" else -size
        if held == 0 or (held > 0) == (signed > 0):
            return size
        return max(size - abs(held), ZERO)

    def check(
        self, account: Account, request: FuturesOrderRequest, batch: Batch[FuturesOrderRequest], now: int
    ) -> tuple[Decimal, Decimal]:
        """Refuse ``request`` (the margins of a batch count together) or return its (size, opening size)."""
        pending = batch.checked
        rules = request.rules
        perp = rules.perp
        assert perp is not None
        symbol = rules.symbol
        if perp.status != "TRADING":
            raise denied(f"{symbol} is {perp.status}: it cannot be traded")
        futures = self.account(account.api_key)
        mode = futures.position_mode
        if mode == "BUYSELL" and request.position_side != "BOTH":
            raise bad("positionSide must be BOTH (or left out) in one-way mode (BUYSELL)")
        if mode == "OPENCLOSE":
            if request.position_side == "BOTH":
                raise bad("positionSide must be LONG or SHORT in hedge mode (OPENCLOSE)")
            if request.reduce_only:
                raise bad("reduceOnly must be false in hedge mode (OPENCLOSE)")
        size = request.size
        market_order = request.type == "MARKET_QTY"
        low, high = (
            (perp.min_size_market, perp.max_size_market) if market_order else (perp.min_size_limit, perp.max_size_limit)
        )
        if size < low or size > high:
            raise bad(f"size {fmt(size)} must be between {fmt(low)} and {fmt(high)}")
        mark = self.mark_price(symbol, now)
        price = request.price if request.price is not None else mark
        worst = mark * (1 + perp.max_impact_market) if market_order and request.side == "BUY" else price
        if request.price is not None:
            if request.side == "BUY" and price > mark * (1 + perp.max_impact_limit):
                raise bad(f"price {fmt(price)} is more than {fmt(perp.max_impact_limit)} above the mark price")
            if request.side == "SELL" and price < mark * (1 - perp.max_impact_limit):
                raise bad(f"price {fmt(price)} is more than {fmt(perp.max_impact_limit)} below the mark price")
        cid = request.client_order_id
        if self.client_id_taken(account, cid, batch):
            raise bad(f"clientOrderId {cid!r} is already used by another order of this account")
        if not market_order and request.type != "IOC" and request.type != "FOK":
            resting = len(self.resting(account.api_key, symbol)) + sum(1 for other in pending if other.type == "LIMIT")
            if resting >= perp.max_order_num:
                raise denied(f"too many open orders: at most {perp.max_order_num} per symbol")
        key = self._position_key(futures, request)
        position = futures.positions.get((symbol, key))
        held = position.size if position is not None else ZERO
        closing_side = (key == "LONG" and request.side == "SELL") or (key == "SHORT" and request.side == "BUY")
        if request.reduce_only:
            opposite = held != 0 and (held > 0) != (request.side == "BUY")
            if not opposite:
                raise denied(f"reduce-only order would not reduce the {symbol} position")
            size = min(size, abs(held))
        elif closing_side:
            closing = sum(
                (
                    order.remaining
                    for order in self.resting(account.api_key, symbol)
                    if order.position_side == key and order.side == request.side
                ),
                ZERO,
            )
            if size > abs(held) - closing:
                raise denied(
                    f"the order closes {fmt(size)} of a {key} position of {fmt(abs(held))} "
                    f"({fmt(closing)} already being closed by open orders)"
                )
        opening = self._opening_size(futures, request, size)
        if opening > 0 and opening * price < perp.min_notional:
            raise bad(f"order value {fmt(opening * price)} USDT is below the minimum {fmt(perp.min_notional)}")
        leverage = futures.setting(symbol).leverage
        if opening > 0:
            after = abs(held) * mark + opening * price
            if after > notional_cap(symbol, leverage):
                raise denied(
                    f"a {symbol} position of {money(after)} USDT is above the risk limit "
                    f"{money(notional_cap(symbol, leverage))} of leverage {leverage}"
                )
        margin = up(opening * worst / leverage)  # a market buy may fill up to maxImpactMarket above the mark
        fee = up(size * worst * FUTURES_FEE_RATE)
        available = self.available(futures, now)
        needed = batch.reserved.get(FUTURES_COIN, ZERO) + margin + fee
        if needed > available:
            raise denied(
                f"insufficient margin: the {'orders need' if batch.bulk else 'order needs'} {money(needed)} USDT, "
                f"{money(max(available, ZERO))} is available"
            )
        batch.reserve(FUTURES_COIN, margin + fee)
        return size, opening

    def execute(
        self, account: Account, request: FuturesOrderRequest, checked: tuple[Decimal, Decimal], now: int
    ) -> FuturesOrder:
        size, opening = checked
        futures = self.account(account.api_key)
        setting = futures.setting(request.rules.symbol)
        order = self.new_order(
            FuturesOrder,
            account.api_key,
            request,
            now,
            type=request.type,
            position_side=self._position_key(futures, request),
            position_mode=futures.position_mode,
            isolated=setting.isolated,
            leverage=setting.leverage,
            orig_size=request.size,
            size=size,
            reduce_only=request.reduce_only,
            open_remaining=opening,
        )
        self._hold(order)
        market = self.markets[order.symbol]
        if order.type == "POSTONLY" and self._crosses(market, order):
            self.close(order, now)
            return order
        if order.type == "FOK" and self._fillable(market, order, now) < order.size:
            self.close(order, now)
            return order
        limit = self._limit_price(market, order, now)
        self.run(
            order, limit=limit, wanted=lambda price: order.remaining, rests=order.type in ("LIMIT", "POSTONLY"), now=now
        )
        return order

    def _hold(self, order: FuturesOrder) -> None:
        """Hold the initial margin of the part of ``order`` that still opens a position."""
        if order.price is None or order.status != "OPEN":
            order.frozen = ZERO
            return
        order.frozen = up(order.open_remaining * order.price / order.leverage)

    def _limit_price(self, market: Market, order: FuturesOrder, now: int) -> Decimal:
        if order.price is not None:
            return order.price
        perp = market.rules.perp
        assert perp is not None
        mark = self.mark_price(order.symbol, now)
        if order.side == "BUY":
            return mark * (1 + perp.max_impact_market)
        return mark * (1 - perp.max_impact_market)

    @staticmethod
    def _crosses(market: Market, order: FuturesOrder) -> bool:
        best = market.side(bids=order.side == "SELL").best()
        assert order.price is not None
        if best is None:
            return False
        return best.price <= order.price if order.side == "BUY" else best.price >= order.price

    def _fillable(self, market: Market, order: FuturesOrder, now: int) -> Decimal:
        limit = self._limit_price(market, order, now)
        total = ZERO
        for level in market.side(bids=order.side == "SELL").top(len(market.side(bids=order.side == "SELL"))):
            if (level.price > limit) if order.side == "BUY" else (level.price < limit):
                break
            total += level.size()
            if total >= order.size:
                break
        return total

    def settle(self, order: FuturesOrder, role: Role, price: Decimal, size: Decimal, now: int) -> None:
        """Book one execution of ``order``: position, realized PnL, margin, fee and the fill."""
        futures = self.account(order.account_key)
        fee = up(price * size * FUTURES_FEE_RATE)
        futures.wallet -= fee
        signed = size if order.side == "BUY" else -size
        opened = self._trade(futures, order, signed, price, now)
        order.filled_size += size
        order.filled_amount += price * size
        order.open_remaining = max(order.open_remaining - opened, ZERO)
        order.update_time = now
        self._hold(order)
        self.journal.order(order)
        self.new_fill(FuturesFill, order, role, price, size, fee, now, fee_type="TRADING")
        self._trim_reduce_only(futures, order.symbol, now)

    def _trade(
        self, futures: FuturesAccount, order: FuturesOrder, signed: Decimal, price: Decimal, now: int
    ) -> Decimal:
        """Apply a signed fill to the order's position; the size it opened."""
        key: PositionSide = order.position_side
        symbol = order.symbol
        position = futures.positions.get((symbol, key))
        closing = ZERO
        if position is not None and position.size != 0 and (position.size > 0) != (signed > 0):
            closing = min(abs(signed), abs(position.size))
            self._reduce(futures, position, closing, price, now)
        rest = abs(signed) - closing
        if key != "BOTH" and (key == "LONG") != (signed > 0):
            rest = ZERO  # a hedge-mode close never opens the other side (placement keeps it within the position)
        if rest > 0:
            position = futures.positions.get((symbol, key))
            if position is None:
                position = Position(
                    position_id=self._next_position_id,
                    rules=order.rules,
                    key=key,
                    isolated=order.isolated,
                    leverage=futures.setting(symbol).leverage,
                    create_time=now,
                    update_time=now,
                    long=signed > 0,
                )
                self._next_position_id += 1
                futures.positions[(symbol, key)] = position
            direction = 1 if signed > 0 else -1
            position.size += direction * rest
            position.cost += direction * rest * price
            if direction > 0:
                position.size_long += rest
                position.amount_long -= rest * price
            else:
                position.size_short -= rest
                position.amount_short += rest * price
            if position.isolated:
                moved = up(rest * price / position.leverage)
                futures.wallet -= moved
                position.margin += moved
            position.update_time = now
        return rest

    def _reduce(self, futures: FuturesAccount, position: Position, closing: Decimal, price: Decimal, now: int) -> None:
        """Close ``closing`` of ``position`` at ``price``: realize the PnL and release margin."""
        whole = closing == abs(position.size)
        share = position.cost if whole else even(position.cost * closing / abs(position.size))
        released = position.margin if whole else even(position.margin * closing / abs(position.size))
        direction = -1 if position.size > 0 else 1  # the fill's direction
        realized = -direction * closing * price - share
        position.size += direction * closing
        position.cost -= share
        if direction > 0:
            position.size_long += closing
            position.amount_long -= closing * price
        else:
            position.size_short -= closing
            position.amount_short += closing * price
        position.amount_settled -= realized
        position.realized += realized
        position.margin -= released
        futures.wallet += realized + released
        position.update_time = now
        if position.size == 0:
            self.retire(futures, position, "CLOSED")

    @staticmethod
    def retire(futures: FuturesAccount, position: Position, flag: Literal["CLOSED", "TAKEOVER"]) -> None:
        position.flag = flag
        del futures.positions[(position.symbol, position.key)]
        futures.history.append(position)

    def _trim_reduce_only(self, futures: FuturesAccount, symbol: str, now: int) -> None:
        """Shrink resting reduce-only orders to what the position still allows them to close."""
        position = futures.positions.get((symbol, "BOTH"))
        held = position.size if position is not None else ZERO
        for order in self.resting(futures.api_key, symbol):
            if not order.reduce_only:
                continue
            opposite = held != 0 and (held > 0) != (order.side == "BUY")
            allowed = abs(held) if opposite else ZERO
            if order.remaining <= allowed:
                continue
            order.size = order.filled_size + allowed
            order.update_time = now
            self.journal.order(order)
            if allowed == 0:
                self.cancel_order(order, now)
                continue
            level = self.markets[symbol].side(bids=order.side == "BUY").level(order.price) if order.price else None
            for maker in level.makers if level is not None else []:
                if maker.order is order:
                    maker.size = allowed

    def release(self, order: FuturesOrder) -> None:
        order.frozen = ZERO

    # funding and liquidation

    def moments(self, after: int, until: int) -> Iterable[int]:
        """The funding times in (``after``, ``until``]."""
        return funding.moments(self, after, until)

    def at(self, moment: int) -> None:
        funding.at(self, moment)

    def catch_up(self, now: int) -> None:
        funding.catch_up(self, now)

    # checking

    def audit(self) -> list[str]:
        """Resting orders, negative wallets and positions whose numbers do not add up."""
        problems = super().audit()
        for futures in self.accounts.values():
            if futures.wallet < 0:
                problems.append(f"futures wallet of {futures.api_key} is negative: {futures.wallet}")
            for (symbol, key), position in futures.positions.items():
                if position.size == 0 or position.symbol != symbol or position.key != key:
                    problems.append(f"position {position.position_id} is misfiled")
                if (key == "LONG" and position.size < 0) or (key == "SHORT" and position.size > 0):
                    problems.append(f"position {position.position_id} has the wrong sign")
                if position.amount_long + position.amount_short + position.amount_settled != -position.cost:
                    problems.append(f"position {position.position_id} amounts do not add up")
        return problems
