"""Spot orders, fills and balances as the spot operations and streams return them."""

from __future__ import annotations

from ..accounts import Account
from ..core import replies
from ..core.replies import MONEY_PLACES
from ..symbols import fmt
from .records import Fill, Order


def order_reply(order: Order) -> dict[str, object]:
    """The order as the order operations return it."""
    rules = order.rules
    reply: dict[str, object] = {
        "orderId": order.order_id,
        "symbol": rules.symbol,
        "type": order.type,
        "side": order.side,
    }
    if order.price is not None:
        reply["price"] = fmt(order.price, rules.quote_precision)
    if order.size is not None:
        reply["size"] = fmt(order.size, rules.base_precision)
    if order.amount is not None:
        reply["amount"] = fmt(order.amount, rules.amount_precision)
    reply.update(
        {
            "filledSize": fmt(order.filled_size, rules.base_precision),
            "filledAmount": fmt(order.filled_amount, MONEY_PLACES),
            "fee": fmt(order.fee, MONEY_PLACES),
            "feeCoin": order.fee_coin,
            "status": order.status,
            "IOC": order.ioc,
        }
    )
    if order.client_order_id is not None:
        reply["clientOrderId"] = order.client_order_id
    reply.update({"source": order.source, "createTime": order.create_time, "updateTime": order.update_time})
    return reply


def fill_reply(fill: Fill) -> dict[str, object]:
    """The fill as the fill operations return it."""
    return replies.fill_reply(fill, fill.fee_coin)


def balances_reply(account: Account) -> list[dict[str, object]]:
    """Every coin the account holds, by coin."""
    return [
        {"coin": coin, "free": fmt(holding.free, MONEY_PLACES), "frozen": fmt(holding.frozen, MONEY_PLACES)}
        for coin, holding in sorted(account.holdings.items())
    ]
