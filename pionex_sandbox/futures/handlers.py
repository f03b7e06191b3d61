"""The futures operations: Pionex's ``/uapi`` trading and account paths, transfers and futures market data.

Each handler returns the ``data`` of the reply (None for the operations that answer without
data).  Private operations use the ``TRADE_`` error codes, public ones the ``MARKET_`` codes; a
pair that is not a perpetual one is an invalid symbol here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from ..core.prices import INTERVALS
from ..core.replies import book_ticker_reply
from ..errors import ApiError, invalid_symbol, parameter_error
from ..http.params import Call, Data
from ..http.routes import Operations
from ..symbols import SYMBOLS, SYMBOLS_BY_NAME, SymbolRules, fmt
from . import wallet
from .engine import Futures
from .records import FuturesOrder, decimal_field, parse_futures_order
from .replies import (
    balances_reply,
    detail_reply,
    fill_reply,
    funding_reply,
    history_reply,
    order_reply,
    position_reply,
    risk_table_reply,
    transfer_reply,
)
from .rules import FUNDING_INTERVAL_MS, FUTURES_COIN, MAX_MASS_FUTURES_ORDERS, MONEY, PERP_SYMBOLS

MAX_COMMENT = 32

OPERATIONS = Operations[Futures]()


def _chosen(call: Call) -> list[SymbolRules]:
    """The perpetual pair named by ``symbol``, or every perpetual pair."""
    rules = call.params.symbol("PERP", required=False)
    return [rules] if rules is not None else list(PERP_SYMBOLS)


# -- public ---------------------------------------------------------------------------------


@OPERATIONS("futuresGetRiskTable")
def get_risk_table(call: Call, futures: Futures) -> Data:
    return {"symbols": [risk_table_reply(entry.symbol) for entry in _chosen(call)]}


@OPERATIONS("futuresGetBookTicker")
def get_book_ticker(call: Call, futures: Futures) -> Data:
    params = call.params
    raw = params.text("symbol")
    kind = params.choice("type", ("SPOT", "PERP"), "PERP")
    if raw is not None:
        rules = SYMBOLS_BY_NAME.get(raw)
        if rules is None:
            raise invalid_symbol("MARKET", raw)
        chosen = [rules]
    else:
        chosen = [rules for rules in SYMBOLS if rules.type == kind]
    chosen.sort(key=lambda rules: rules.symbol)
    return {"tickers": [book_ticker_reply(futures.markets[rules.symbol], call.now) for rules in chosen]}


def _price_klines(kind: Literal["index", "mark"]) -> Callable[[Call, Futures], Data]:
    def handler(call: Call, futures: Futures) -> Data:
        params = call.params
        rules = params.pair("PERP")
        interval = params.text("interval", required=True)
        if interval not in INTERVALS:
            raise params.error(f"interval must be one of {', '.join(INTERVALS)}")
        limit = params.whole("limit", default=100, minimum=1, maximum=2000)
        return {"klines": futures.price_candles(rules.symbol, kind, interval, call.now, limit)}

    return handler


OPERATIONS("futuresGetIndexKlines")(_price_klines("index"))
OPERATIONS("futuresGetMarkKlines")(_price_klines("mark"))


@OPERATIONS("futuresGetFundingRates")
def get_funding_rates(call: Call, futures: Futures) -> Data:
    params = call.params
    rules = params.pair("PERP")
    end_time = params.integer("endTime", minimum=0, code="MARKET_INVALID_TIME")
    limit = params.whole("limit", default=1, minimum=1, maximum=500)
    # endTime is exclusive (the spec: rates applied before it); without it, up to now inclusive.
    end = call.now if end_time is None else min(end_time - 1, call.now)
    moment = futures.next_funding_time(end) - FUNDING_INTERVAL_MS
    rates: list[dict[str, object]] = []
    while len(rates) < limit and moment >= 0:
        rates.append({"fundingRate": fmt(futures.funding_rate(rules.symbol, moment)), "fundingTime": moment})
        moment -= FUNDING_INTERVAL_MS
    return {"symbol": rules.symbol, "rates": rates}


@OPERATIONS("futuresGetIndexes")
def get_indexes(call: Call, futures: Futures) -> Data:
    now = call.now
    return {
        "indexes": [
            {
                "symbol": entry.symbol,
                "indexPrice": fmt(futures.index_price(entry.symbol, now), entry.quote_precision),
                "markPrice": fmt(futures.mark_price(entry.symbol, now), entry.quote_precision),
                "nextFundingRate": fmt(futures.funding_rate(entry.symbol, now)),
                "nextFundingTime": futures.next_funding_time(now),
                "updateTime": now,
            }
            for entry in sorted(_chosen(call), key=lambda rules: rules.symbol)
        ]
    }


@OPERATIONS("futuresGetOpenInterests")
def get_open_interests(call: Call, futures: Futures) -> Data:
    return {
        "openInterests": [
            {"symbol": rules.symbol, "openInterest": fmt(futures.open_interest(rules.symbol))}
            for rules in sorted(PERP_SYMBOLS, key=lambda rules: rules.symbol)
        ]
    }


# -- account ----------------------------------------------------------------------------------


@OPERATIONS("futuresGetAccountBalances")
def get_balances(call: Call, futures: Futures) -> Data:
    return balances_reply(futures, call.trader)


@OPERATIONS("futuresGetPositions")
def get_positions(call: Call, futures: Futures) -> Data:
    rules = call.params.symbol("PERP", required=False)
    account = futures.account(call.trader.api_key)
    return {
        "positions": [
            position_reply(futures, account, position, call.now)
            for position in account.positions.values()
            if rules is None or position.symbol == rules.symbol
        ]
    }


@OPERATIONS("futuresGetHistoryPositions")
def get_history_positions(call: Call, futures: Futures) -> Data:
    params = call.params
    rules = params.symbol("PERP", required=False)
    flag = params.choice("positionFlag", ("CLOSED", "TAKEOVER"), "")
    start, end = params.time_range()
    limit = params.whole("limit", default=100, minimum=1, maximum=500)
    account = futures.account(call.trader.api_key)
    found = [
        position
        for position in account.history
        if (rules is None or position.symbol == rules.symbol)
        and (not flag or position.flag == flag)
        and (start is None or position.update_time >= start)
        and (end is None or position.update_time <= end)
    ]
    found.sort(key=lambda position: (position.update_time, position.position_id), reverse=True)
    return {"positions": [history_reply(position) for position in found[:limit]]}


@OPERATIONS("futuresGetAccountDetail")
def get_account_detail(call: Call, futures: Futures) -> Data:
    return detail_reply(futures, call.trader, call.now)


@OPERATIONS("futuresTransferIsolateMargin")
def transfer_isolate_margin(call: Call, futures: Futures) -> Data:
    fields = call.body_object()
    client_id = call.body_text(fields, "clientId")
    assert client_id is not None
    rules = call.body_symbol(fields, "PERP")
    direction = call.body_choice(fields, "direction", ("IN", "OUT"))
    mode = call.body_choice(fields, "isolatedMode", ("ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"))
    coin = call.body_choice(fields, "coin", ("USDT", "BTC"))
    amount = decimal_field(fields, "amount", MONEY, required=True)
    assert amount is not None
    if coin != FUTURES_COIN:
        raise ApiError(400, "TRADE_OPERATION_DENIED", f"{rules.symbol} is margined in {FUTURES_COIN} only")
    wallet.isolated_margin(
        futures,
        call.trader,
        client_id=client_id,
        rules=rules,
        direction=direction,
        isolated_mode=mode,
        amount=amount,
        now=call.now,
    )
    return None


@OPERATIONS("futuresGetLeverage")
def get_leverage(call: Call, futures: Futures) -> Data:
    rules = call.params.pair("PERP")
    account = futures.account(call.trader.api_key)
    return {"symbol": rules.symbol, "leverage": str(account.setting(rules.symbol).leverage)}


@OPERATIONS("futuresUpdateLeverage")
def update_leverage(call: Call, futures: Futures) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields, "PERP")
    raw = call.body_text(fields, "leverage")
    assert raw is not None
    if not raw.isdigit() or len(raw) > 4:
        raise parameter_error("TRADE", 'leverage must be a whole number written as a string, such as "10"')
    wallet.set_leverage(futures, call.trader, rules, int(raw), call.now)
    return {"symbol": rules.symbol, "leverage": str(int(raw))}


@OPERATIONS("futuresGetPositionMode")
def get_position_mode(call: Call, futures: Futures) -> Data:
    return {"positionMode": futures.account(call.trader.api_key).position_mode}


@OPERATIONS("futuresUpdatePositionMode")
def update_position_mode(call: Call, futures: Futures) -> Data:
    fields = call.body_object()
    mode = call.body_choice(fields, "positionMode", ("BUYSELL", "OPENCLOSE"))
    wallet.set_position_mode(futures, call.trader, "BUYSELL" if mode == "BUYSELL" else "OPENCLOSE")
    return None


@OPERATIONS("futuresGetIsolatedMode")
def get_isolated_mode(call: Call, futures: Futures) -> Data:
    rules = call.params.pair("PERP")
    account = futures.account(call.trader.api_key)
    return {"symbol": rules.symbol, "isolatedMode": "ISOLATED" if account.setting(rules.symbol).isolated else "CROSS"}


@OPERATIONS("futuresUpdateIsolatedMode")
def update_isolated_mode(call: Call, futures: Futures) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields, "PERP")
    mode = call.body_choice(fields, "isolatedMode", ("CROSS", "ISOLATED"))
    wallet.set_isolated(futures, call.trader, rules, mode == "ISOLATED")
    return None


# -- transfers ----------------------------------------------------------------------------------


@OPERATIONS("futuresCreateTransfer")
def create_transfer(call: Call, futures: Futures) -> Data:
    fields = call.body_object()
    from_account = call.body_choice(fields, "fromAccount", ("MAIN", "TRADE"))
    to_account = call.body_choice(fields, "toAccount", ("MAIN", "TRADE"))
    currency = call.body_text(fields, "currency")
    assert currency is not None
    amount = decimal_field(fields, "amount", MONEY, required=True)
    assert amount is not None
    client_id = call.body_text(fields, "clientId", required=False)
    if client_id is not None and len(client_id) > 64:
        raise parameter_error("TRADE", "clientId must be at most 64 characters")
    comment = call.body_text(fields, "comment", required=False)
    if comment is not None and len(comment) > MAX_COMMENT:
        raise parameter_error("TRADE", f"comment must be at most {MAX_COMMENT} characters")
    record = wallet.transfer(
        futures,
        call.trader,
        from_account=from_account,
        to_account=to_account,
        currency=currency,
        amount=amount,
        client_id=client_id,
        comment=comment,
        now=call.now,
    )
    return {"transferId": record.transfer_id, "status": "COMPLETED"}


@OPERATIONS("futuresGetTransfer")
def get_transfer(call: Call, futures: Futures) -> Data:
    """The transfer with ``clientId``; without one (Pionex makes it optional), the newest transfer."""
    client_id = call.params.text("clientId")
    account = futures.account(call.trader.api_key)
    for record in reversed(account.transfers):
        if client_id is None or record.client_id == client_id:
            return transfer_reply(record)
    if client_id is None:
        raise parameter_error("TRADE", "this account has made no transfer yet")
    raise parameter_error("TRADE", f"no transfer with clientId {client_id!r} in this account")


@OPERATIONS("futuresGetTransfers")
def get_transfers(call: Call, futures: Futures) -> Data:
    params = call.params
    status = params.choice("status", ("ALL", "COMPLETED", "FAILED", "PROCESSING"), "ALL")
    end = params.integer("endTime", minimum=0)
    limit = params.whole("limit", default=20, minimum=1, maximum=100)
    account = futures.account(call.trader.api_key)
    found = [
        record
        for record in reversed(account.transfers)
        if status in ("ALL", "COMPLETED") and (end is None or record.timestamp <= end)
    ]
    return {"records": [transfer_reply(record) for record in found[:limit]]}


# -- trading ----------------------------------------------------------------------------------


@OPERATIONS("futuresPlaceOrder")
def place_order(call: Call, futures: Futures) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields, "PERP")
    order = futures.place(call.trader, parse_futures_order(fields, rules), call.now)
    return {"orderId": order.order_id}


@OPERATIONS("futuresBatchPlaceOrders")
def batch_place_orders(call: Call, futures: Futures) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields, "PERP")
    requests = call.body_orders(
        fields, MAX_MASS_FUTURES_ORDERS, lambda item: parse_futures_order(item, rules, bulk=True)
    )
    orders = futures.place_many(call.trader, requests, call.now)
    placed: list[dict[str, object]] = []
    for order in orders:
        entry: dict[str, object] = {"orderId": order.order_id}
        if order.client_order_id is not None:
            entry["clientOrderId"] = order.client_order_id
        placed.append(entry)
    return {"orderIds": placed}


def _found(order: FuturesOrder | None, rules: SymbolRules, what: str) -> FuturesOrder:
    if order is None or order.symbol != rules.symbol:
        raise ApiError(400, "TRADE_ORDER_NOT_FOUND", f"no futures order {what} on {rules.symbol} in this account")
    return order


@OPERATIONS("futuresGetOrder")
def get_order(call: Call, futures: Futures) -> Data:
    rules = call.params.pair("PERP")
    order_id = call.params.whole("orderId")
    return order_reply(_found(futures.find_order(call.trader, order_id), rules, str(order_id)))


@OPERATIONS("futuresGetOrderByClientOrderId")
def get_order_by_client_order_id(call: Call, futures: Futures) -> Data:
    rules = call.params.pair("PERP")
    client_order_id = call.params.text("clientOrderId", required=True)
    assert client_order_id is not None
    order = futures.find_by_client_id(call.trader, client_order_id)
    return order_reply(_found(order, rules, f"with clientOrderId {client_order_id!r}"))


@OPERATIONS("futuresCancelOrder")
def cancel_order(call: Call, futures: Futures) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields, "PERP")
    order_id = call.body_integer(fields, "orderId", required=True)
    assert order_id is not None
    futures.cancel(call.trader, rules, order_id, call.now)
    return None


@OPERATIONS("futuresCancelAllOrders")
def cancel_all_orders(call: Call, futures: Futures) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields, "PERP")
    futures.cancel_all(call.trader, rules, call.now)
    return None


@OPERATIONS("futuresGetOpenOrders")
def get_open_orders(call: Call, futures: Futures) -> Data:
    rules = call.params.symbol("PERP", required=False)
    end = call.params.integer("endTime", minimum=0)
    limit = call.params.whole("limit", default=100, minimum=1, maximum=500)
    orders = futures.open_orders(call.trader, rules.symbol if rules else None, before=end, limit=limit)
    return {"orders": [order_reply(order) for order in orders]}


@OPERATIONS("futuresGetHistoryOrders")
def get_history_orders(call: Call, futures: Futures) -> Data:
    rules = call.params.symbol("PERP", required=False)
    start, end = call.params.time_range()
    limit = call.params.whole("limit", default=50, minimum=1, maximum=200)
    symbol = rules.symbol if rules else None
    orders = futures.orders_created(call.trader, symbol, start, end, limit, closed_only=True)
    return {"orders": [order_reply(order) for order in orders]}


@OPERATIONS("futuresGetFills")
def get_fills(call: Call, futures: Futures) -> Data:
    rules = call.params.pair("PERP")
    start, end = call.params.time_range()
    limit = call.params.whole("limit", default=100, minimum=1, maximum=200)
    fills = futures.account_fills(call.trader, rules.symbol, start, end, limit)
    return {"fills": [fill_reply(fill) for fill in fills]}


@OPERATIONS("futuresGetFillsByOrderId")
def get_fills_by_order_id(call: Call, futures: Futures) -> Data:
    rules = call.params.pair("PERP")
    order_id = call.params.whole("orderId")
    from_id = call.params.integer("fromId")
    limit = call.params.whole("limit", default=100, minimum=1, maximum=200)
    order = _found(futures.find_order(call.trader, order_id), rules, str(order_id))
    fills = futures.order_fills(call.trader, order.order_id, from_id, limit)
    return {"fills": [fill_reply(fill) for fill in fills]}


@OPERATIONS("futuresGetFundingFees")
def get_funding_fees(call: Call, futures: Futures) -> Data:
    rules = call.params.symbol("PERP", required=False)
    start, end = call.params.time_range()
    limit = call.params.whole("limit", default=100, minimum=1, maximum=200)
    account = futures.account(call.trader.api_key)
    found = [
        record
        for record in reversed(account.funding)
        if (rules is None or record.symbol == rules.symbol)
        and (start is None or record.timestamp >= start)
        and (end is None or record.timestamp <= end)
    ]
    return {"fundings": [funding_reply(record) for record in found[:limit]]}
