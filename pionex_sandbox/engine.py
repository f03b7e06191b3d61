"""The sandbox's state and trading engine: accounts, orders, fills and matching.

Rules the engine follows:

* A LIMIT order first takes whatever it crosses in the book (walking price levels, best
  first, makers in time order at each level), then rests with the rest of its size as OPEN
  unless it is IOC, in which case the remainder is cancelled at once.
* A MARKET BUY spends at most ``amount`` of the quote coin walking the asks; a MARKET SELL
  sells ``size`` walking the bids.  Either closes at once, however much filled.
* Every match is one fill for the taker (role TAKER) and, when the liquidity belonged to a
  sandbox order, one for that order (role MAKER).  Synthetic liquidity taken is gone.
  Orders of the same account may match each other.
* Every fill pays :data:`~pionex_sandbox.symbols.FEE_RATE` of what it brings in, in that
  coin, rounded up to 8 decimal places.
* Placing a LIMIT order moves its cost (price x size of the quote coin for a BUY, size of
  the base coin for a SELL) from free to frozen; fills spend the frozen funds (a BUY that
  fills below its price gets the difference back) and cancelling returns what is left.
  Every check happens before anything moves, so balances never go negative.
* Order and fill ids are sequential across the whole sandbox.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_UP, Decimal, localcontext
from typing import Literal

from .accounts import BALANCE_PLACES, READ, TRADE, Account, Holding, make_account
from .errors import ApiError, parameter_error
from .events import Journal
from .futures import Futures
from .limits import RateLimits
from .market import Maker, Market, Side
from .symbols import DECIMAL_CONTEXT, FEE_RATE, MAX_OPEN_ORDERS_PER_SYMBOL, SYMBOLS_BY_NAME, SymbolRules, fmt

OrderType = Literal["LIMIT", "MARKET"]
OrderStatus = Literal["OPEN", "CLOSED"]
Role = Literal["TAKER", "MAKER"]

FIRST_ORDER_ID = 10_000_001
FIRST_FILL_ID = 50_000_001
MONEY_PLACES = 8
"""Decimal places of balances, fees and filled quote amounts in replies."""

CLIENT_ORDER_ID = re.compile(r"[a-zA-Z0-9-]{1,64}")
_DECIMAL = re.compile(r"[0-9]{1,20}(\.[0-9]{1,20})?")
ZERO = Decimal(0)


def _trade_error(message: str) -> ApiError:
    return parameter_error("TRADE", message)


def _denied(message: str) -> ApiError:
    return ApiError(400, "TRADE_OPERATION_DENIED", message)


# -- records ---------------------------------------------------------------------------------


@dataclass
class Order:
    """An order of a sandbox account."""

    order_id: int
    account_key: str = field(repr=False)
    rules: SymbolRules = field(repr=False)
    side: Side
    type: OrderType
    price: Decimal | None
    size: Decimal | None
    amount: Decimal | None
    ioc: bool
    client_order_id: str | None
    create_time: int
    update_time: int
    status: OrderStatus = "OPEN"
    filled_size: Decimal = ZERO
    filled_amount: Decimal = ZERO
    fee: Decimal = ZERO
    frozen: Decimal = ZERO
    """Funds this order still holds: quote coin for a BUY, base coin for a SELL."""
    source: Literal["API", "MANUAL"] = "API"

    @property
    def symbol(self) -> str:
        return self.rules.symbol

    @property
    def fee_coin(self) -> str:
        """The coin the order receives, which is the coin its fees are charged in."""
        return self.rules.base if self.side == "BUY" else self.rules.quote

    @property
    def spend_coin(self) -> str:
        return self.rules.quote if self.side == "BUY" else self.rules.base

    @property
    def remaining(self) -> Decimal:
        """Unfilled size of a LIMIT order or MARKET SELL (zero for a MARKET BUY)."""
        return self.size - self.filled_size if self.size is not None else ZERO

    def reply(self) -> dict[str, object]:
        """The order as the order operations return it."""
        rules = self.rules
        reply: dict[str, object] = {
            "orderId": self.order_id,
            "symbol": rules.symbol,
            "type": self.type,
            "side": self.side,
        }
        if self.price is not None:
            reply["price"] = fmt(self.price, rules.quote_precision)
        if self.size is not None:
            reply["size"] = fmt(self.size, rules.base_precision)
        if self.amount is not None:
            reply["amount"] = fmt(self.amount, rules.amount_precision)
        reply.update(
            {
                "filledSize": fmt(self.filled_size, rules.base_precision),
                "filledAmount": fmt(self.filled_amount, MONEY_PLACES),
                "fee": fmt(self.fee, MONEY_PLACES),
                "feeCoin": self.fee_coin,
                "status": self.status,
                "IOC": self.ioc,
            }
        )
        if self.client_order_id is not None:
            reply["clientOrderId"] = self.client_order_id
        reply.update({"source": self.source, "createTime": self.create_time, "updateTime": self.update_time})
        return reply


@dataclass(frozen=True)
class Fill:
    """One execution of a sandbox order."""

    fill_id: int
    order_id: int
    account_key: str = field(repr=False)
    rules: SymbolRules = field(repr=False)
    side: Side
    role: Role
    price: Decimal
    size: Decimal
    fee: Decimal
    fee_coin: str
    timestamp: int

    @property
    def symbol(self) -> str:
        return self.rules.symbol

    def reply(self) -> dict[str, object]:
        """The fill as the fill operations return it."""
        rules = self.rules
        return {
            "id": self.fill_id,
            "orderId": self.order_id,
            "symbol": rules.symbol,
            "side": self.side,
            "role": self.role,
            "price": fmt(self.price, rules.quote_precision),
            "size": fmt(self.size, rules.base_precision),
            "fee": fmt(self.fee, MONEY_PLACES),
            "feeCoin": self.fee_coin,
            "timestamp": self.timestamp,
        }


# -- order requests --------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderRequest:
    """A new order whose fields have been read and type-checked (limits are checked later)."""

    rules: SymbolRules
    side: Side
    type: OrderType
    size: Decimal | None = None
    price: Decimal | None = None
    amount: Decimal | None = None
    ioc: bool = False
    client_order_id: str | None = None


def _decimal_field(fields: Mapping[str, object], name: str, places: int) -> Decimal | None:
    if name not in fields:
        return None
    raw = fields[name]
    if not isinstance(raw, str) or _DECIMAL.fullmatch(raw) is None:
        raise _trade_error(f'{name} must be a decimal number written as a JSON string, such as "1.5"')
    value = Decimal(raw)
    if value <= 0:
        raise _trade_error(f"{name} must be greater than zero")
    if value != value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN):
        raise _trade_error(f"{name} {raw} has more than {places} decimal places")
    return value


def parse_order(fields: Mapping[str, object], rules: SymbolRules, *, bulk: bool = False) -> OrderRequest:
    """Read one order (of ``newOrder``, or one item of ``newMassOrder`` when ``bulk``)."""
    side = fields.get("side")
    if side not in ("BUY", "SELL"):
        raise _trade_error("side must be BUY or SELL")
    kind = fields.get("type")
    if bulk and kind != "LIMIT":
        raise _trade_error("type must be LIMIT: only LIMIT orders can be placed in bulk")
    if kind not in ("LIMIT", "MARKET"):
        raise _trade_error("type must be LIMIT or MARKET")
    ioc = fields.get("IOC", False) if not bulk else False
    if not isinstance(ioc, bool):
        raise _trade_error("IOC must be true or false")
    client_order_id = fields.get("clientOrderId")
    if "clientOrderId" in fields and (
        not isinstance(client_order_id, str) or CLIENT_ORDER_ID.fullmatch(client_order_id) is None
    ):
        raise _trade_error("clientOrderId must be 1 to 64 letters, digits or hyphens")
    size = _decimal_field(fields, "size", rules.base_precision)
    price = _decimal_field(fields, "price", rules.quote_precision)
    amount = _decimal_field(fields, "amount", rules.amount_precision)
    needed: tuple[str, ...]
    unused: tuple[str, ...]
    if kind == "LIMIT":
        needed, unused = ("size", "price"), ("amount",)
    elif side == "BUY":
        needed, unused = ("amount",), ("size", "price")
    else:
        needed, unused = ("size",), ("amount", "price")
    label = "LIMIT orders" if kind == "LIMIT" else f"MARKET {side} orders"
    for name in needed:
        if name not in fields:
            raise _trade_error(f"{name} is required for {label}")
    for name in unused:
        if name in fields:
            raise _trade_error(f"{label} take no {name}")
    return OrderRequest(
        rules=rules,
        side="BUY" if side == "BUY" else "SELL",
        type="LIMIT" if kind == "LIMIT" else "MARKET",
        size=size,
        price=price,
        amount=amount,
        ioc=ioc,
        client_order_id=client_order_id if isinstance(client_order_id, str) else None,
    )


# -- markets ---------------------------------------------------------------------------------


class Markets(Mapping[str, Market]):
    """The market of every listed pair, by symbol, each generated when first used.

    A market depends only on the seed and the sandbox's start time, never on when it is
    first used, so generating lazily changes no reply.
    """

    def __init__(self, seed: int, created_ms: int) -> None:
        self._seed = seed
        self._created_ms = created_ms
        self._markets: dict[str, Market] = {}

    def __getitem__(self, symbol: str) -> Market:
        market = self._markets.get(symbol)
        if market is None:
            with localcontext(DECIMAL_CONTEXT):
                market = self._markets[symbol] = Market(self._seed, SYMBOLS_BY_NAME[symbol], self._created_ms)
        return market

    def __iter__(self) -> Iterator[str]:
        return iter(SYMBOLS_BY_NAME)

    def __len__(self) -> int:
        return len(SYMBOLS_BY_NAME)


# -- the sandbox -----------------------------------------------------------------------------


class Sandbox:
    """Everything a sandbox app knows: accounts, markets, orders and fills.

    Tests may read and change it directly (``app.state.sandbox``); requests go through the
    app, which holds :attr:`lock` while an operation runs.
    """

    def __init__(self, *, seed: int, clock: Callable[[], int]) -> None:
        self.seed = seed
        self.clock = clock
        self.lock = threading.RLock()
        self.created_ms = clock()
        self.markets = Markets(seed, self.created_ms)
        self.accounts: dict[str, Account] = {}
        self.orders: dict[int, Order] = {}
        self.fills: list[Fill] = []
        self._client_ids: dict[tuple[str, str], int] = {}
        self._next_order_id = FIRST_ORDER_ID
        self._next_fill_id = FIRST_FILL_ID
        self.journal = Journal()
        """Orders and fills changed, for the stream channels (see :mod:`pionex_sandbox.events`)."""
        self.rate_limits: RateLimits | None = None
        """Pionex's rate limits when the sandbox applies them (None: every request is served)."""
        self.futures = Futures(
            seed=seed,
            markets=self.markets,
            take_order_id=self.take_order_id,
            take_fill_id=self.take_fill_id,
            created_ms=self.created_ms,
            journal=self.journal,
        )
        """The futures accounts, orders and fills (see :mod:`pionex_sandbox.futures`)."""

    def now(self) -> int:
        return self.clock()

    def take_order_id(self) -> int:
        """The next order id (spot and futures orders share one sequence)."""
        order_id = self._next_order_id
        self._next_order_id += 1
        return order_id

    def take_fill_id(self) -> int:
        """The next fill id (spot and futures fills share one sequence)."""
        fill_id = self._next_fill_id
        self._next_fill_id += 1
        return fill_id

    # accounts

    def add_account(
        self,
        name: str,
        api_key: str,
        api_secret: str,
        permissions: Iterable[str] = (READ, TRADE),
        balances: Mapping[str, Decimal | str | int] | None = None,
    ) -> Account:
        """Open another account; its key must not be taken."""
        if api_key in self.accounts:
            raise ValueError(f"an account with the key of {self.accounts[api_key].name!r} already exists")
        account = make_account(name, api_key, api_secret, permissions, balances)
        self.accounts[api_key] = account
        return account

    def account(self, api_key: str) -> Account | None:
        return self.accounts.get(api_key)

    def balances(self, api_key: str) -> dict[str, Holding]:
        """Holdings of the account with ``api_key``, by coin."""
        return self.accounts[api_key].holdings

    def balances_reply(self, account: Account) -> list[dict[str, object]]:
        return [
            {"coin": coin, "free": fmt(holding.free, MONEY_PLACES), "frozen": fmt(holding.frozen, MONEY_PLACES)}
            for coin, holding in sorted(account.holdings.items())
        ]

    # placing

    def _check(
        self,
        account: Account,
        request: OrderRequest,
        reserved: dict[str, Decimal],
        pending_open: int,
        pending_ids: set[str],
    ) -> None:
        """Refuse ``request`` unless it may be placed on top of the batch described by the rest."""
        rules = request.rules
        market = self.markets[rules.symbol]
        if request.type == "LIMIT":
            assert request.size is not None and request.price is not None
            size, price = request.size, request.price
            if size < rules.min_trade_size:
                raise _trade_error(f"size {fmt(size)} is below the minimum trade size {fmt(rules.min_trade_size)}")
            if size > rules.max_trade_size:
                raise _trade_error(f"size {fmt(size)} is above the maximum trade size {fmt(rules.max_trade_size)}")
            value = price * size
            if value < rules.min_amount:
                raise _trade_error(
                    f"order value {fmt(value)} {rules.quote} is below the minimum amount {fmt(rules.min_amount)}"
                )
            last = market.last_price()
            if request.side == "BUY" and price > last * rules.buy_ceiling:
                raise _trade_error(f"price {fmt(price)} is above {fmt(rules.buy_ceiling)} x the last price {fmt(last)}")
            if request.side == "SELL" and price < last * rules.sell_floor:
                raise _trade_error(f"price {fmt(price)} is below {fmt(rules.sell_floor)} x the last price {fmt(last)}")
            coin, need = (rules.quote, value) if request.side == "BUY" else (rules.base, size)
        elif request.side == "SELL":
            assert request.size is not None
            size = request.size
            if size < rules.min_trade_dumping:
                raise _trade_error(
                    f"size {fmt(size)} is below the minimum MARKET SELL size {fmt(rules.min_trade_dumping)}"
                )
            if size > rules.max_trade_dumping:
                raise _trade_error(
                    f"size {fmt(size)} is above the maximum MARKET SELL size {fmt(rules.max_trade_dumping)}"
                )
            best_bid = market.bids.best()
            reference = best_bid.price if best_bid is not None else market.last_price()
            if size * reference < rules.min_amount:
                raise _trade_error(
                    f"order value about {fmt(size * reference)} {rules.quote} is below the minimum amount "
                    f"{fmt(rules.min_amount)}"
                )
            coin, need = rules.base, size
        else:
            assert request.amount is not None
            if request.amount < rules.min_amount:
                raise _trade_error(f"amount {fmt(request.amount)} is below the minimum amount {fmt(rules.min_amount)}")
            coin, need = rules.quote, request.amount
        cid = request.client_order_id
        if cid is not None and (cid in pending_ids or (account.api_key, cid) in self._client_ids):
            raise _trade_error(f"clientOrderId {cid!r} is already used by another order of this account")
        if request.type == "LIMIT" and not request.ioc:
            open_now = sum(
                1
                for order in self.orders.values()
                if order.status == "OPEN" and order.account_key == account.api_key and order.symbol == rules.symbol
            )
            if open_now + pending_open >= MAX_OPEN_ORDERS_PER_SYMBOL:
                raise _denied(f"too many open orders: at most {MAX_OPEN_ORDERS_PER_SYMBOL} per symbol")
        available = account.free(coin) - reserved.get(coin, ZERO)
        if need > available:
            raise _denied(
                f"insufficient balance: the order needs {fmt(need, MONEY_PLACES)} {coin}, "
                f"{fmt(max(available, ZERO), MONEY_PLACES)} {coin} is free"
            )
        reserved[coin] = reserved.get(coin, ZERO) + need

    def place(self, account: Account, request: OrderRequest, now: int) -> Order:
        """Check and place one order; the order as it stands after matching."""
        self._check(account, request, {}, 0, set())
        return self._execute(account, request, now)

    def place_many(self, account: Account, requests: list[OrderRequest], now: int) -> list[Order]:
        """Check every order, then place them all in the given order (all or nothing)."""
        reserved: dict[str, Decimal] = {}
        pending_ids: set[str] = set()
        pending_open = 0
        for index, request in enumerate(requests):
            try:
                self._check(account, request, reserved, pending_open, pending_ids)
            except ApiError as error:
                raise ApiError(error.status, error.code, f"orders[{index}]: {error.message}") from None
            if request.client_order_id is not None:
                pending_ids.add(request.client_order_id)
            if request.type == "LIMIT" and not request.ioc:
                pending_open += 1
        return [self._execute(account, request, now) for request in requests]

    def _execute(self, account: Account, request: OrderRequest, now: int) -> Order:
        rules = request.rules
        order = Order(
            order_id=self.take_order_id(),
            account_key=account.api_key,
            rules=rules,
            side=request.side,
            type=request.type,
            price=request.price,
            size=request.size,
            amount=request.amount,
            ioc=request.ioc,
            client_order_id=request.client_order_id,
            create_time=now,
            update_time=now,
        )
        self.orders[order.order_id] = order
        if order.client_order_id is not None:
            self._client_ids[(account.api_key, order.client_order_id)] = order.order_id
        if order.type == "LIMIT":
            assert order.price is not None and order.size is not None
            cost = order.price * order.size if order.side == "BUY" else order.size
            holding = account.holding(order.spend_coin)
            holding.free -= cost
            holding.frozen += cost
            order.frozen = cost
        market = self.markets[rules.symbol]
        self._match(market, order, now)
        if order.type == "LIMIT" and order.remaining > 0 and not order.ioc:
            assert order.price is not None
            market.side(bids=order.side == "BUY").add(order.price, Maker(order.remaining, order))
            market.updated_ms = now
        else:
            self._close(order, now)
        self.journal.order(order)
        return order

    def _match(self, market: Market, taker: Order, now: int) -> None:
        """Take liquidity from the opposite side of the book for as long as ``taker`` allows."""
        rules = market.rules
        book = market.side(bids=taker.side == "SELL")
        while True:
            level = book.best()
            if level is None:
                break
            price = level.price
            if taker.type == "LIMIT":
                assert taker.price is not None
                too_far = price > taker.price if taker.side == "BUY" else price < taker.price
                if too_far:
                    break
            maker = level.makers[0]
            if taker.type == "MARKET" and taker.side == "BUY":
                assert taker.amount is not None
                budget = taker.amount - taker.filled_amount
                affordable = (budget / price).quantize(rules.size_step, ROUND_DOWN)
                if affordable * price > budget:
                    affordable -= rules.size_step
                size = min(maker.size, affordable)
            else:
                size = min(maker.size, taker.remaining)
            if size <= 0:
                break
            notional = price * size
            self._settle(taker, "TAKER", price, size, notional, now)
            if maker.order is not None:
                assert isinstance(maker.order, Order), "only spot orders rest in spot books"
                self._settle(maker.order, "MAKER", price, size, notional, now)
            maker.size -= size
            if maker.size == 0:
                level.makers.pop(0)
                if isinstance(maker.order, Order):
                    self._close(maker.order, now)
                if not level.makers:
                    book.discard(price)
            market.record_trade(price, size, taker.side, now)
            market.updated_ms = now

    def _settle(self, order: Order, role: Role, price: Decimal, size: Decimal, notional: Decimal, now: int) -> None:
        """Move the funds of one execution of ``order`` and record its fill."""
        rules = order.rules
        account = self.accounts[order.account_key]
        base, quote = account.holding(rules.base), account.holding(rules.quote)
        if order.side == "BUY":
            if order.type == "LIMIT":
                assert order.price is not None
                quote.frozen -= notional
                order.frozen -= notional
                refund = (order.price - price) * size
                quote.frozen -= refund
                quote.free += refund
                order.frozen -= refund
            else:
                quote.free -= notional
            fee = (size * FEE_RATE).quantize(BALANCE_PLACES, ROUND_UP)
            base.free += size - fee
        else:
            if order.type == "LIMIT":
                base.frozen -= size
                order.frozen -= size
            else:
                base.free -= size
            fee = (notional * FEE_RATE).quantize(BALANCE_PLACES, ROUND_UP)
            quote.free += notional - fee
        order.filled_size += size
        order.filled_amount += notional
        order.fee += fee
        order.update_time = now
        self.journal.order(order)
        fill = Fill(
            fill_id=self.take_fill_id(),
            order_id=order.order_id,
            account_key=order.account_key,
            rules=rules,
            side=order.side,
            role=role,
            price=price,
            size=size,
            fee=fee,
            fee_coin=order.fee_coin,
            timestamp=now,
        )
        self.fills.append(fill)
        self.journal.fill(fill)

    def _close(self, order: Order, now: int) -> None:
        """Close ``order`` and give back whatever it still holds."""
        if order.frozen:
            holding = self.accounts[order.account_key].holding(order.spend_coin)
            holding.frozen -= order.frozen
            holding.free += order.frozen
            order.frozen = ZERO
        order.status = "CLOSED"
        order.update_time = now
        self.journal.order(order)

    # cancelling

    def cancel(self, account: Account, rules: SymbolRules, order_id: int, now: int) -> Order:
        """Cancel one open order of ``account`` on ``rules.symbol``."""
        order = self.find_order(account, order_id)
        if order is None or order.symbol != rules.symbol:
            raise ApiError(400, "TRADE_ORDER_NOT_FOUND", f"no order {order_id} on {rules.symbol} in this account")
        if order.status != "OPEN":
            raise _denied(f"order {order_id} is already closed")
        self._cancel(order, now)
        return order

    def cancel_all(self, account: Account, rules: SymbolRules, now: int) -> list[Order]:
        """Cancel every open order of ``account`` on ``rules.symbol``."""
        found = [
            order
            for order in self.orders.values()
            if order.status == "OPEN" and order.account_key == account.api_key and order.symbol == rules.symbol
        ]
        for order in found:
            self._cancel(order, now)
        return found

    def _cancel(self, order: Order, now: int) -> None:
        assert order.price is not None
        market = self.markets[order.symbol]
        market.side(bids=order.side == "BUY").remove_order(order, order.price)
        market.updated_ms = now
        self._close(order, now)

    # reading

    def find_order(self, account: Account, order_id: int) -> Order | None:
        order = self.orders.get(order_id)
        return order if order is not None and order.account_key == account.api_key else None

    def find_by_client_id(self, account: Account, client_order_id: str) -> Order | None:
        order_id = self._client_ids.get((account.api_key, client_order_id))
        return self.orders[order_id] if order_id is not None else None

    def open_orders(self, account: Account, symbol: str) -> list[Order]:
        """Open orders of ``account`` on ``symbol``, newest first."""
        return [
            order
            for order in reversed(self.orders.values())
            if order.status == "OPEN" and order.account_key == account.api_key and order.symbol == symbol
        ]

    def all_orders(self, account: Account, symbol: str, start: int | None, end: int | None, limit: int) -> list[Order]:
        """Orders created within [start, end], the ``limit`` most recent, newest first."""
        found = [
            order
            for order in self.orders.values()
            if order.account_key == account.api_key
            and order.symbol == symbol
            and (start is None or order.create_time >= start)
            and (end is None or order.create_time <= end)
        ]
        found.sort(key=lambda order: (order.create_time, order.order_id), reverse=True)
        return found[:limit]

    def account_fills(
        self, account: Account, symbol: str, start: int | None, end: int | None, limit: int = 100
    ) -> list[Fill]:
        """Fills within [start, end], the ``limit`` latest, newest first."""
        found: list[Fill] = []
        for fill in reversed(self.fills):
            if len(found) == limit:
                break
            if (
                fill.account_key == account.api_key
                and fill.symbol == symbol
                and (start is None or fill.timestamp >= start)
                and (end is None or fill.timestamp <= end)
            ):
                found.append(fill)
        return found

    def order_fills(self, account: Account, order_id: int, from_id: int | None, limit: int = 100) -> list[Fill]:
        """Fills of one order with ids below ``from_id`` (all when None), the ``limit`` latest, newest first."""
        found: list[Fill] = []
        for fill in reversed(self.fills):
            if len(found) == limit:
                break
            if (
                fill.order_id == order_id
                and fill.account_key == account.api_key
                and (from_id is None or fill.fill_id < from_id)
            ):
                found.append(fill)
        return found

    # checking

    def audit(self) -> list[str]:
        """Inconsistencies in the books and balances (an empty list when all is well).

        Checks that no balance is negative, that every coin's frozen amount is what the
        account's open orders hold, and that every open order rests in its book with its
        unfilled size.
        """
        problems: list[str] = []
        held: dict[tuple[str, str], Decimal] = {}
        for order in self.orders.values():
            if order.status == "OPEN":
                key = (order.account_key, order.spend_coin)
                held[key] = held.get(key, ZERO) + order.frozen
                assert order.price is not None
                level = self.markets[order.symbol].side(bids=order.side == "BUY").level(order.price)
                resting = [maker.size for maker in level.makers if maker.order is order] if level else []
                if resting != [order.remaining]:
                    problems.append(f"order {order.order_id} rests as {resting}, expected [{order.remaining}]")
            elif order.frozen:
                problems.append(f"closed order {order.order_id} still holds {order.frozen}")
        for account in self.accounts.values():
            for coin, holding in account.holdings.items():
                if holding.free < 0 or holding.frozen < 0:
                    problems.append(f"{account.name} {coin} is negative: {holding}")
                expected = held.get((account.api_key, coin), ZERO)
                if holding.frozen != expected:
                    problems.append(f"{account.name} {coin} frozen {holding.frozen}, open orders hold {expected}")
        problems.extend(self.futures.audit())
        return problems
