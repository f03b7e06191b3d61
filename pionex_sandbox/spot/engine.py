"""The spot trading engine: what an order may do with an account's coins, and what a fill moves.

Rules the engine follows (matching itself is :mod:`pionex_sandbox.core.matching`):

* A LIMIT order first takes whatever it crosses in the book (walking price levels, best
  first, makers in time order at each level), then rests with the rest of its size as OPEN
  unless it is IOC, in which case the remainder is cancelled at once.  A resting order fills
  later as the market's price reaches it (see :mod:`pionex_sandbox.core.market`).
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

from collections.abc import Callable
from decimal import ROUND_DOWN, ROUND_UP, Decimal

from ..accounts import BALANCE_PLACES, Account
from ..core.orders import Batch, OrderEngine, Role
from ..core.replies import MONEY_PLACES
from ..core.sandbox import Sandbox
from ..errors import ApiError, parameter_error
from ..symbols import FEE_RATE, MAX_OPEN_ORDERS_PER_SYMBOL, fmt
from .records import Fill, Order, OrderRequest

ZERO = Decimal(0)


def _trade_error(message: str) -> ApiError:
    return parameter_error("TRADE", message)


def _denied(message: str) -> ApiError:
    return ApiError(400, "TRADE_OPERATION_DENIED", message)


class Spot(OrderEngine[Order, Fill, OrderRequest]):
    """Spot orders and fills of every sandbox account (their coins are the accounts' holdings)."""

    def __init__(self, sandbox: Sandbox) -> None:
        super().__init__(sandbox)
        self.accounts = sandbox.accounts

    # checking

    def check(self, account: Account, request: OrderRequest, batch: Batch[OrderRequest], now: int) -> None:
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
        if self.client_id_taken(account, cid, batch):
            raise _trade_error(f"clientOrderId {cid!r} is already used by another order of this account")
        if request.type == "LIMIT" and not request.ioc:
            open_now = len(self.resting(account.api_key, rules.symbol))
            pending = sum(1 for other in batch.checked if other.type == "LIMIT" and not other.ioc)
            if open_now + pending >= MAX_OPEN_ORDERS_PER_SYMBOL:
                raise _denied(f"too many open orders: at most {MAX_OPEN_ORDERS_PER_SYMBOL} per symbol")
        available = account.free(coin) - batch.reserved.get(coin, ZERO)
        if need > available:
            raise _denied(
                f"insufficient balance: the order needs {fmt(need, MONEY_PLACES)} {coin}, "
                f"{fmt(max(available, ZERO), MONEY_PLACES)} {coin} is free"
            )
        batch.reserve(coin, need)

    # executing

    def execute(self, account: Account, request: OrderRequest, checked: None, now: int) -> Order:
        order = self.new_order(
            Order,
            account.api_key,
            request,
            now,
            type=request.type,
            size=request.size,
            amount=request.amount,
            ioc=request.ioc,
        )
        if order.type == "LIMIT":
            assert order.price is not None and order.size is not None
            cost = order.price * order.size if order.side == "BUY" else order.size
            holding = account.holding(order.spend_coin)
            holding.free -= cost
            holding.frozen += cost
            order.frozen = cost
        self.run(
            order, limit=order.price, wanted=self._wanted(order), rests=order.type == "LIMIT" and not order.ioc, now=now
        )
        return order

    @staticmethod
    def _wanted(order: Order) -> Callable[[Decimal], Decimal]:
        """How much ``order`` still takes at a price: its unfilled size, or what a MARKET BUY can still pay for."""
        if order.type != "MARKET" or order.side != "BUY":
            return lambda price: order.remaining
        step = order.rules.size_step

        def affordable(price: Decimal) -> Decimal:
            assert order.amount is not None
            budget = order.amount - order.filled_amount
            size = (budget / price).quantize(step, ROUND_DOWN)
            return size - step if size * price > budget else size

        return affordable

    def settle(self, order: Order, role: Role, price: Decimal, size: Decimal, now: int) -> None:
        """Move the funds of one execution of ``order`` and record its fill."""
        rules = order.rules
        notional = price * size
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
        self.new_fill(Fill, order, role, price, size, fee, now, fee_coin=order.fee_coin)

    def release(self, order: Order) -> None:
        if order.frozen:
            holding = self.accounts[order.account_key].holding(order.spend_coin)
            holding.frozen -= order.frozen
            holding.free += order.frozen
            order.frozen = ZERO

    # checking

    def audit(self) -> list[str]:
        """Resting orders, negative balances, and frozen funds that open orders do not hold."""
        problems = super().audit()
        held: dict[tuple[str, str], Decimal] = {}
        for order in self.orders.values():
            if order.status == "OPEN":
                key = (order.account_key, order.spend_coin)
                held[key] = held.get(key, ZERO) + order.frozen
        for account in self.accounts.values():
            for coin, holding in account.holdings.items():
                if holding.free < 0 or holding.frozen < 0:
                    problems.append(f"{account.name} {coin} is negative: {holding}")
                expected = held.get((account.api_key, coin), ZERO)
                if holding.frozen != expected:
                    problems.append(f"{account.name} {coin} frozen {holding.frozen}, open orders hold {expected}")
        return problems
