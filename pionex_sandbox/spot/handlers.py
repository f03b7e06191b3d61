"""The spot account and trade operations: balances, orders and fills of spot pairs.

They are private: their refusals use the ``TRADE_`` codes, and a pair that is not a spot one
is an invalid symbol here.
"""

from __future__ import annotations

from ..errors import ApiError
from ..http.params import Call, Data
from ..http.routes import Operations
from .engine import Spot
from .records import parse_order
from .replies import balances_reply, fill_reply, order_reply

MAX_MASS_ORDERS = 20

OPERATIONS = Operations[Spot]()


@OPERATIONS("getBalances")
def get_balances(call: Call, spot: Spot) -> Data:
    return {"balances": balances_reply(call.trader)}


def _placed(order_id: int, client_order_id: str | None) -> dict[str, object]:
    reply: dict[str, object] = {"orderId": order_id}
    if client_order_id is not None:
        reply["clientOrderId"] = client_order_id
    return reply


@OPERATIONS("newOrder")
def new_order(call: Call, spot: Spot) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields, "SPOT")
    order = spot.place(call.trader, parse_order(fields, rules), call.now)
    return _placed(order.order_id, order.client_order_id)


@OPERATIONS("newMassOrder")
def new_mass_order(call: Call, spot: Spot) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields, "SPOT")
    requests = call.body_orders(fields, MAX_MASS_ORDERS, lambda item: parse_order(item, rules, bulk=True))
    orders = spot.place_many(call.trader, requests, call.now)
    return {"orderIds": [_placed(order.order_id, order.client_order_id) for order in orders]}


def _not_found(what: str) -> ApiError:
    return ApiError(400, "TRADE_ORDER_NOT_FOUND", f"no order {what} in this account")


@OPERATIONS("getOrder")
def get_order(call: Call, spot: Spot) -> Data:
    order_id = call.params.whole("orderId")
    order = spot.find_order(call.trader, order_id)
    if order is None:
        raise _not_found(str(order_id))
    return order_reply(order)


@OPERATIONS("getOrderByClientOrderId")
def get_order_by_client_order_id(call: Call, spot: Spot) -> Data:
    client_order_id = call.params.text("clientOrderId", required=True)
    assert client_order_id is not None
    order = spot.find_by_client_id(call.trader, client_order_id)
    if order is None:
        raise _not_found(f"with clientOrderId {client_order_id!r}")
    return order_reply(order)


@OPERATIONS("cancelOrder")
def cancel_order(call: Call, spot: Spot) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields, "SPOT")
    order_id = call.body_integer(fields, "orderId", required=True)
    assert order_id is not None
    spot.cancel(call.trader, rules, order_id, call.now)
    return None


@OPERATIONS("cancelAllOrders")
def cancel_all_orders(call: Call, spot: Spot) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields, "SPOT")
    spot.cancel_all(call.trader, rules, call.now)
    return None


@OPERATIONS("getOpenOrders")
def get_open_orders(call: Call, spot: Spot) -> Data:
    rules = call.params.pair("SPOT")
    return {"orders": [order_reply(order) for order in spot.open_orders(call.trader, rules.symbol)]}


@OPERATIONS("getAllOrders")
def get_all_orders(call: Call, spot: Spot) -> Data:
    rules = call.params.pair("SPOT")
    start, end = call.params.time_range()
    limit = call.params.whole("limit", default=50, minimum=1, maximum=200)
    orders = spot.orders_created(call.trader, rules.symbol, start, end, limit)
    return {"orders": [order_reply(order) for order in orders]}


@OPERATIONS("getFills")
def get_fills(call: Call, spot: Spot) -> Data:
    rules = call.params.pair("SPOT")
    start, end = call.params.time_range()
    fills = spot.account_fills(call.trader, rules.symbol, start, end, 100)
    return {"fills": [fill_reply(fill) for fill in fills]}


@OPERATIONS("getFillsByOrderId")
def get_fills_by_order_id(call: Call, spot: Spot) -> Data:
    order_id = call.params.whole("orderId")
    from_id = call.params.integer("fromId")
    fills = spot.order_fills(call.trader, order_id, from_id, 100)
    return {"fills": [fill_reply(fill) for fill in fills]}
