"""What every product that trades orders against a book shares: check, execute, match, settle.

An :class:`OrderEngine` keeps one product's orders, fills and client order ids, and runs the
skeleton every such product follows:

* **placing** one order checks it first and then executes it; placing several checks every
  one of them (each on top of those before it: funds reserved, client ids, open-order
  limits) before any is executed, so a batch is placed whole or not at all, and a refusal
  names the order (``orders[2]: ...``);
* **executing** takes liquidity through :func:`~pionex_sandbox.core.matching.take`, then
  rests what is left in the book or closes the order;
* **settling** one execution, and giving back what a closing order holds, is the product's
  own (:meth:`settle`, :meth:`release`); so is checking (:meth:`check`) and executing
  (:meth:`execute`);
* resting orders are filled by the market as its price reaches them (:meth:`maker_filled`),
  cancelled, found and listed the same way for every product.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Generic, Literal, Protocol, TypeVar, cast

from ..accounts import Account
from ..errors import ApiError, of_item
from ..symbols import SymbolRules
from .book import Maker, Resting, Side
from .events import Journal
from .market import Market
from .matching import take
from .sandbox import Engine, Sandbox

Role = Literal["TAKER", "MAKER"]
ZERO = Decimal(0)


@dataclass(kw_only=True)
class BookOrder:
    """What every product's order has; a product's order class adds its own fields."""

    order_id: int
    account_key: str = field(repr=False)
    rules: SymbolRules = field(repr=False)
    side: Side
    price: Decimal | None
    client_order_id: str | None
    create_time: int
    update_time: int
    status: Literal["OPEN", "CLOSED"] = "OPEN"
    filled_size: Decimal = ZERO
    filled_amount: Decimal = ZERO
    frozen: Decimal = ZERO
    """What the order still holds (funds or margin), given back when it closes."""

    @property
    def symbol(self) -> str:
        return self.rules.symbol

    @property
    def remaining(self) -> Decimal:
        """What the order may still trade."""
        raise NotImplementedError


@dataclass(frozen=True, kw_only=True)
class BookFill:
    """What every product's fill has; a product's fill class adds its own fields."""

    fill_id: int
    order_id: int
    account_key: str = field(repr=False)
    rules: SymbolRules = field(repr=False)
    side: Side
    role: Role
    price: Decimal
    size: Decimal
    fee: Decimal
    timestamp: int

    @property
    def symbol(self) -> str:
        return self.rules.symbol


class Request(Protocol):
    """What the engine needs of a product's order request."""

    @property
    def rules(self) -> SymbolRules: ...

    @property
    def side(self) -> Side: ...

    @property
    def price(self) -> Decimal | None: ...

    @property
    def client_order_id(self) -> str | None: ...


O = TypeVar("O", bound=BookOrder)
F = TypeVar("F", bound=BookFill)
R = TypeVar("R", bound=Request)


@dataclass
class Batch(Generic[R]):
    """The orders of one request checked before the one being checked, and what they reserve."""

    bulk: bool
    """Whether the request places several orders (``newMassOrder``, ``futuresBatchPlaceOrders``)."""
    checked: list[R] = field(default_factory=list)
    reserved: dict[str, Decimal] = field(default_factory=dict)
    """Funds the orders checked so far would take, by coin."""

    def reserve(self, coin: str, amount: Decimal) -> Decimal:
        """Add ``amount`` of ``coin`` to what the batch reserves; the batch's total of it."""
        total = self.reserved[coin] = self.reserved.get(coin, ZERO) + amount
        return total


class OrderEngine(Engine, Generic[O, F, R]):
    """Orders, fills and client order ids of one product, and the skeleton of trading them."""

    noun = "order"
    """What the product calls its orders in messages ("futures order")."""
    missing = "no order {order_id} on {symbol} in this account"
    """The message of a cancel that finds no such order of the account."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.markets = sandbox.markets
        self.orders: dict[int, O] = {}
        self.fills: list[F] = []
        self.journal: Journal[O, F] = Journal()
        """Orders and fills changed, for the stream channels (see :mod:`pionex_sandbox.core.events`)."""
        self._client_ids: dict[tuple[str, str], int] = {}

    # -- the product's part -----------------------------------------------------------------

    def check(self, account: Account, request: R, batch: Batch[R], now: int) -> Any:
        """Refuse ``request`` (:class:`ApiError`) unless it may be placed on top of ``batch``;
        what :meth:`execute` needs to place it."""
        raise NotImplementedError

    def execute(self, account: Account, request: R, checked: Any, now: int) -> O:
        """Place a checked order: the order as it stands after matching."""
        raise NotImplementedError

    def settle(self, order: O, role: Role, price: Decimal, size: Decimal, now: int) -> None:
        """Book one execution of ``order``: funds, fees and the fill."""
        raise NotImplementedError

    def release(self, order: O) -> None:
        """Give back whatever ``order`` still holds; it is closing."""

    # -- placing ------------------------------------------------------------------------------

    def place(self, account: Account, request: R, now: int) -> O:
        """Check and place one order; the order as it stands after matching."""
        checked = self.check(account, request, Batch(bulk=False), now)
        return self.execute(account, request, checked, now)

    def place_many(self, account: Account, requests: Sequence[R], now: int) -> list[O]:
        """Check every order, then place them all in the given order (all or nothing)."""
        batch: Batch[R] = Batch(bulk=True)
        checked: list[Any] = []
        for index, request in enumerate(requests):
            try:
                checked.append(self.check(account, request, batch, now))
            except ApiError as error:
                raise of_item(index, error) from None
            batch.checked.append(request)
        return [self.execute(account, request, done, now) for request, done in zip(requests, checked, strict=True)]

    def client_id_taken(self, account: Account, client_order_id: str | None, batch: Batch[R]) -> bool:
        """Whether ``client_order_id`` names another order of ``account`` (or one of the batch)."""
        if client_order_id is None:
            return False
        return (account.api_key, client_order_id) in self._client_ids or any(
            other.client_order_id == client_order_id for other in batch.checked
        )

    def new_order(self, kind: Callable[..., O], account_key: str, request: R, now: int, **fields: Any) -> O:
        """A new order of the account with ``account_key`` for ``request``, with the product's ``fields``, kept."""
        order = kind(
            order_id=self.sandbox.take_order_id(),
            account_key=account_key,
            rules=request.rules,
            side=request.side,
            price=request.price,
            client_order_id=request.client_order_id,
            create_time=now,
            update_time=now,
            **fields,
        )
        self.register(order)
        return order

    def register(self, order: O) -> None:
        """Keep a new order (and its client order id)."""
        self.orders[order.order_id] = order
        if order.client_order_id is not None:
            self._client_ids[(order.account_key, order.client_order_id)] = order.order_id

    def new_fill(
        self,
        kind: Callable[..., F],
        order: O,
        role: Role,
        price: Decimal,
        size: Decimal,
        fee: Decimal,
        now: int,
        **fields: Any,
    ) -> F:
        """A new fill of ``order``, with the product's ``fields``, kept and noted for the streams."""
        fill = kind(
            fill_id=self.sandbox.take_fill_id(),
            order_id=order.order_id,
            account_key=order.account_key,
            rules=order.rules,
            side=order.side,
            role=role,
            price=price,
            size=size,
            fee=fee,
            timestamp=now,
            **fields,
        )
        self.record(fill)
        return fill

    def run(
        self, order: O, *, limit: Decimal | None, wanted: Callable[[Decimal], Decimal], rests: bool, now: int
    ) -> None:
        """Match ``order`` against its book, then rest what is left (when ``rests``) or close it."""
        market = self.markets[order.symbol]

        def trade(maker: Maker, price: Decimal, size: Decimal) -> None:
            self.settle(order, "TAKER", price, size, now)
            if maker.order is not None and maker.owner is not None:
                maker.owner.maker_filled(maker.order, price, size, now)

        take(market, order, limit=limit, wanted=wanted, trade=trade, now=now)
        if order.status == "OPEN" and rests and order.remaining > 0:
            self.rest(market, order, now)
        elif order.status == "OPEN":
            self.close(order, now)
        self.journal.order(order)

    def rest(self, market: Market, order: O, now: int) -> None:
        """Queue what is left of ``order`` at its price in its book."""
        assert order.price is not None
        market.side(bids=order.side == "BUY").add(order.price, Maker(order.remaining, order, self))
        market.updated_ms = now

    def maker_filled(self, order: Resting, price: Decimal, size: Decimal, now: int) -> None:
        """The book traded ``size`` of resting ``order`` (one of this engine's) at ``price``, as the maker."""
        self.settle(cast(O, order), "MAKER", price, size, now)

    def maker_done(self, order: Resting, now: int) -> None:
        """Resting ``order`` (one of this engine's) has filled: it closes."""
        mine = cast(O, order)
        if mine.status == "OPEN":
            self.close(mine, now)

    def close(self, order: O, now: int) -> None:
        """Close ``order`` and give back whatever it still holds."""
        self.release(order)
        order.status = "CLOSED"
        order.update_time = now
        self.journal.order(order)

    def record(self, fill: F) -> None:
        """Keep a new fill."""
        self.fills.append(fill)
        self.journal.fill(fill)

    # -- cancelling -----------------------------------------------------------------------------

    def cancel(self, account: Account, rules: SymbolRules, order_id: int, now: int) -> O:
        """Cancel one open order of ``account`` on ``rules.symbol``."""
        order = self.find_order(account, order_id)
        if order is None or order.symbol != rules.symbol:
            raise ApiError(400, "TRADE_ORDER_NOT_FOUND", self.missing.format(order_id=order_id, symbol=rules.symbol))
        if order.status != "OPEN":
            raise ApiError(400, "TRADE_OPERATION_DENIED", f"order {order_id} is already closed")
        self.cancel_order(order, now)
        return order

    def cancel_all(self, account: Account, rules: SymbolRules, now: int) -> list[O]:
        """Cancel every open order of ``account`` on ``rules.symbol``."""
        found = self.resting(account.api_key, rules.symbol)
        for order in found:
            self.cancel_order(order, now)
        return found

    def cancel_order(self, order: O, now: int) -> None:
        """Take ``order`` out of its book and close it."""
        if order.price is not None:
            market = self.markets[order.symbol]
            market.side(bids=order.side == "BUY").remove_order(order, order.price)
            market.updated_ms = now
        self.close(order, now)

    # -- reading ------------------------------------------------------------------------------

    def find_order(self, account: Account, order_id: int) -> O | None:
        order = self.orders.get(order_id)
        return order if order is not None and order.account_key == account.api_key else None

    def find_by_client_id(self, account: Account, client_order_id: str) -> O | None:
        order_id = self._client_ids.get((account.api_key, client_order_id))
        return self.orders[order_id] if order_id is not None else None

    def resting(self, api_key: str, symbol: str | None = None) -> list[O]:
        """Open orders of the account with ``api_key`` (on ``symbol`` when given), oldest first."""
        return [
            order
            for order in self.orders.values()
            if order.status == "OPEN" and order.account_key == api_key and (symbol is None or order.symbol == symbol)
        ]

    def open_orders(
        self, account: Account, symbol: str | None, *, before: int | None = None, limit: int | None = None
    ) -> list[O]:
        """Open orders of ``account`` (on ``symbol``, created before ``before``), newest first."""
        found = [
            order
            for order in reversed(self.resting(account.api_key, symbol))
            if before is None or order.create_time < before
        ]
        return found if limit is None else found[:limit]

    def orders_created(
        self,
        account: Account,
        symbol: str | None,
        start: int | None,
        end: int | None,
        limit: int,
        *,
        closed_only: bool = False,
    ) -> list[O]:
        """Orders created within [start, end], the ``limit`` most recent, newest first."""
        found = [
            order
            for order in self.orders.values()
            if order.account_key == account.api_key
            and (symbol is None or order.symbol == symbol)
            and (not closed_only or order.status == "CLOSED")
            and (start is None or order.create_time >= start)
            and (end is None or order.create_time <= end)
        ]
        found.sort(key=lambda order: (order.create_time, order.order_id), reverse=True)
        return found[:limit]

    def account_fills(self, account: Account, symbol: str, start: int | None, end: int | None, limit: int) -> list[F]:
        """Fills within [start, end], the ``limit`` latest, newest first."""
        found: list[F] = []
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

    def order_fills(self, account: Account, order_id: int, from_id: int | None, limit: int) -> list[F]:
        """Fills of one order with ids below ``from_id`` (all when None), the ``limit`` latest, newest first."""
        found: list[F] = []
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

    # -- checking -----------------------------------------------------------------------------

    def audit(self) -> list[str]:
        """Orders that do not rest as they should, or hold funds they should not."""
        problems: list[str] = []
        for order in self.orders.values():
            if order.status == "OPEN":
                if order.price is None:
                    problems.append(f"market {self.noun} {order.order_id} is still open")
                    continue
                level = self.markets[order.symbol].side(bids=order.side == "BUY").level(order.price)
                resting = [maker.size for maker in level.makers if maker.order is order] if level else []
                if resting != [order.remaining]:
                    problems.append(f"{self.noun} {order.order_id} rests as {resting}, expected [{order.remaining}]")
            elif order.frozen:
                problems.append(f"closed {self.noun} {order.order_id} still holds {order.frozen}")
        return problems
