"""The futures operations: Pionex's ``/uapi`` trading and account paths, transfers and futures market data.

Each handler takes the same :class:`~pionex_sandbox.app.Call` as the spot ones and returns the
``data`` of the reply (None for the operations that answer without data).  Private operations
use the ``TRADE_`` error codes, public ones the ``MARKET_`` codes; a pair that is not a
perpetual one is an invalid symbol here.  The operations are listed in :data:`FUTURES_ROUTES`;
:mod:`pionex_sandbox.app` serves them next to the spot ones, every one with weight 5 as Pionex
documents.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from .accounts import READ, TRADE, TRANSFER
from .errors import ApiError, invalid_symbol, parameter_error
from .futures import (
    FUNDING_INTERVAL_MS,
    FUTURES_COIN,
    MAX_MASS_FUTURES_ORDERS,
    MONEY,
    PERP_SYMBOLS,
    RISK_TABLES,
    FuturesOrder,
    FuturesOrderRequest,
    decimal_field,
    parse_futures_order,
)
from .market import INTERVALS
from .symbols import SYMBOLS, SYMBOLS_BY_NAME, SymbolRules, fmt

if TYPE_CHECKING:
    from .app import Call

Data = dict[str, object] | None
Family = Literal["MARKET", "TRADE"]

FUTURES_WEIGHT = 5
"""Every futures operation weighs 5, as Pionex documents."""

MAX_COMMENT = 32


def _perp(name: str, family: str) -> SymbolRules:
    rules = SYMBOLS_BY_NAME.get(name)
    if rules is None or rules.perp is None:
        raise invalid_symbol(family, name)
    return rules


def _query_perp(call: Call, *, required: bool = True) -> SymbolRules | None:
    raw = call.params.text("symbol", required=required)
    return None if raw is None else _perp(raw, call.params.family)


def _required_perp(call: Call) -> SymbolRules:
    rules = _query_perp(call)
    assert rules is not None
    return rules


def _body_text(fields: Mapping[str, object], name: str, *, required: bool = True) -> str | None:
    value = fields.get(name)
    if value is None and name not in fields:
        if required:
            raise parameter_error("TRADE", f"{name} is required")
        return None
    if not isinstance(value, str) or not value:
        raise parameter_error("TRADE", f"{name} must be a non-empty string")
    return value


def _body_choice(fields: Mapping[str, object], name: str, choices: Sequence[str]) -> str:
    value = _body_text(fields, name)
    if value not in choices:
        raise parameter_error("TRADE", f"{name} must be one of {', '.join(choices)}")
    assert value is not None
    return value


def _body_perp(fields: Mapping[str, object]) -> SymbolRules:
    raw = fields.get("symbol")
    if not isinstance(raw, str) or not raw:
        raise parameter_error("TRADE", 'symbol is required (a string such as "BTC_USDT_PERP")')
    return _perp(raw, "TRADE")


def _time_range(call: Call) -> tuple[int | None, int | None]:
    params = call.params
    start = params.integer("startTime", minimum=0)
    end = params.integer("endTime", minimum=0)
    if start is not None and end is not None and start > end:
        raise params.error("startTime must not be after endTime")
    return start, end


# -- public ---------------------------------------------------------------------------------


def get_risk_table(call: Call) -> Data:
    rules = _query_perp(call, required=False)
    chosen = [rules] if rules is not None else list(PERP_SYMBOLS)
    return {
        "symbols": [
            {
                "symbol": entry.symbol,
                "rows": [
                    {
                        "rowNum": tier.row,
                        "notionalLimit": fmt(tier.notional_limit.normalize()),
                        "maxLeverage": str(tier.max_leverage),
                        "maintMarginRatio": fmt(tier.maint_margin_ratio.normalize()),
                        "quickDeduction": fmt(tier.quick_deduction.normalize()),
                    }
                    for tier in RISK_TABLES[entry.symbol]
                ],
            }
            for entry in chosen
        ]
    }


def get_book_ticker(call: Call) -> Data:
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
    markets = call.sandbox.markets
    return {"tickers": [markets[rules.symbol].book_ticker_reply(call.now) for rules in chosen]}


def _price_klines(kind: Literal["index", "mark"]) -> Callable[[Call], Data]:
    def handler(call: Call) -> Data:
        params = call.params
        rules = _required_perp(call)
        interval = params.text("interval", required=True)
        if interval not in INTERVALS:
            raise params.error(f"interval must be one of {', '.join(INTERVALS)}")
        limit = params.whole("limit", default=100, minimum=1, maximum=2000)
        return {"klines": call.sandbox.futures.price_candles(rules.symbol, kind, interval, call.now, limit)}

    return handler


def get_funding_rates(call: Call) -> Data:
    params = call.params
    rules = _required_perp(call)
    end_time = params.integer("endTime", minimum=0, code="MARKET_INVALID_TIME")
    limit = params.whole("limit", default=1, minimum=1, maximum=500)
    futures = call.sandbox.futures
    end = call.now if end_time is None else min(end_time, call.now)
    moment = futures.next_funding_time(end) - FUNDING_INTERVAL_MS
    rates: list[dict[str, object]] = []
    while len(rates) < limit and moment >= 0:
        rates.append({"fundingRate": fmt(futures.funding_rate(rules.symbol, moment)), "fundingTime": moment})
        moment -= FUNDING_INTERVAL_MS
    return {"symbol": rules.symbol, "rates": rates}


def get_indexes(call: Call) -> Data:
    rules = _query_perp(call, required=False)
    chosen = [rules] if rules is not None else list(PERP_SYMBOLS)
    futures = call.sandbox.futures
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
            for entry in sorted(chosen, key=lambda rules: rules.symbol)
        ]
    }


def get_open_interests(call: Call) -> Data:
    futures = call.sandbox.futures
    return {
        "openInterests": [
            {"symbol": rules.symbol, "openInterest": fmt(futures.open_interest(rules.symbol))}
            for rules in sorted(PERP_SYMBOLS, key=lambda rules: rules.symbol)
        ]
    }


# -- account ----------------------------------------------------------------------------------


def get_balances(call: Call) -> Data:
    return call.sandbox.futures.balances_reply(call.trader)


def get_positions(call: Call) -> Data:
    rules = _query_perp(call, required=False)
    futures = call.sandbox.futures
    account = futures.account(call.trader.api_key)
    return {
        "positions": [
            futures.position_reply(account, position, call.now)
            for position in account.positions.values()
            if rules is None or position.symbol == rules.symbol
        ]
    }


def get_history_positions(call: Call) -> Data:
    params = call.params
    rules = _query_perp(call, required=False)
    flag = params.choice("positionFlag", ("CLOSED", "TAKEOVER"), "")
    start, end = _time_range(call)
    limit = params.whole("limit", default=100, minimum=1, maximum=500)
    futures = call.sandbox.futures
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
    return {"positions": [futures.history_reply(position) for position in found[:limit]]}


def get_account_detail(call: Call) -> Data:
    return call.sandbox.futures.detail_reply(call.trader, call.now)


def transfer_isolate_margin(call: Call) -> Data:
    fields = call.body_object()
    client_id = _body_text(fields, "clientId")
    assert client_id is not None
    rules = _body_perp(fields)
    direction = _body_choice(fields, "direction", ("IN", "OUT"))
    mode = _body_choice(fields, "isolatedMode", ("ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"))
    coin = _body_choice(fields, "coin", ("USDT", "BTC"))
    amount = decimal_field(fields, "amount", MONEY, required=True)
    assert amount is not None
    if coin != FUTURES_COIN:
        raise ApiError(400, "TRADE_OPERATION_DENIED", f"{rules.symbol} is margined in {FUTURES_COIN} only")
    call.sandbox.futures.isolated_margin(
        call.trader,
        client_id=client_id,
        rules=rules,
        direction=direction,
        isolated_mode=mode,
        amount=amount,
        now=call.now,
    )
    return None


def get_leverage(call: Call) -> Data:
    rules = _required_perp(call)
    account = call.sandbox.futures.account(call.trader.api_key)
    return {"symbol": rules.symbol, "leverage": str(account.setting(rules.symbol).leverage)}


def update_leverage(call: Call) -> Data:
    fields = call.body_object()
    rules = _body_perp(fields)
    raw = _body_text(fields, "leverage")
    assert raw is not None
    if not raw.isdigit() or len(raw) > 4:
        raise parameter_error("TRADE", 'leverage must be a whole number written as a string, such as "10"')
    call.sandbox.futures.set_leverage(call.trader, rules, int(raw), call.now)
    return {"symbol": rules.symbol, "leverage": str(int(raw))}


def get_position_mode(call: Call) -> Data:
    return {"positionMode": call.sandbox.futures.account(call.trader.api_key).position_mode}


def update_position_mode(call: Call) -> Data:
    fields = call.body_object()
    mode = _body_choice(fields, "positionMode", ("BUYSELL", "OPENCLOSE"))
    call.sandbox.futures.set_position_mode(call.trader, "BUYSELL" if mode == "BUYSELL" else "OPENCLOSE")
    return None


def get_isolated_mode(call: Call) -> Data:
    rules = _required_perp(call)
    account = call.sandbox.futures.account(call.trader.api_key)
    return {"symbol": rules.symbol, "isolatedMode": "ISOLATED" if account.setting(rules.symbol).isolated else "CROSS"}


def update_isolated_mode(call: Call) -> Data:
    fields = call.body_object()
    rules = _body_perp(fields)
    mode = _body_choice(fields, "isolatedMode", ("CROSS", "ISOLATED"))
    call.sandbox.futures.set_isolated(call.trader, rules, mode == "ISOLATED")
    return None


# -- transfers ----------------------------------------------------------------------------------


def create_transfer(call: Call) -> Data:
    fields = call.body_object()
    from_account = _body_choice(fields, "fromAccount", ("MAIN", "TRADE"))
    to_account = _body_choice(fields, "toAccount", ("MAIN", "TRADE"))
    currency = _body_text(fields, "currency")
    assert currency is not None
    amount = decimal_field(fields, "amount", MONEY, required=True)
    assert amount is not None
    client_id = _body_text(fields, "clientId", required=False)
    if client_id is not None and len(client_id) > 64:
        raise parameter_error("TRADE", "clientId must be at most 64 characters")
    comment = _body_text(fields, "comment", required=False)
    if comment is not None and len(comment) > MAX_COMMENT:
        raise parameter_error("TRADE", f"comment must be at most {MAX_COMMENT} characters")
    record = call.sandbox.futures.transfer(
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


def get_transfer(call: Call) -> Data:
    """The transfer with ``clientId``; without one (Pionex makes it optional), the newest transfer."""
    client_id = call.params.text("clientId")
    account = call.sandbox.futures.account(call.trader.api_key)
    for record in reversed(account.transfers):
        if client_id is None or record.client_id == client_id:
            return record.reply()
    if client_id is None:
        raise parameter_error("TRADE", "this account has made no transfer yet")
    raise parameter_error("TRADE", f"no transfer with clientId {client_id!r} in this account")


def get_transfers(call: Call) -> Data:
    params = call.params
    status = params.choice("status", ("ALL", "COMPLETED", "FAILED", "PROCESSING"), "ALL")
    end = params.integer("endTime", minimum=0)
    limit = params.whole("limit", default=20, minimum=1, maximum=100)
    account = call.sandbox.futures.account(call.trader.api_key)
    found = [
        record
        for record in reversed(account.transfers)
        if status in ("ALL", "COMPLETED") and (end is None or record.timestamp <= end)
    ]
    return {"records": [record.reply() for record in found[:limit]]}


# -- trading ----------------------------------------------------------------------------------


def place_order(call: Call) -> Data:
    fields = call.body_object()
    rules = _body_perp(fields)
    order = call.sandbox.futures.place(call.trader, parse_futures_order(fields, rules), call.now)
    return {"orderId": order.order_id}


def batch_place_orders(call: Call) -> Data:
    fields = call.body_object()
    rules = _body_perp(fields)
    items = fields.get("orders")
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_MASS_FUTURES_ORDERS:
        raise parameter_error("TRADE", f"orders must be a list of 1 to {MAX_MASS_FUTURES_ORDERS} orders")
    requests: list[FuturesOrderRequest] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise parameter_error("TRADE", f"orders[{index}] must be a JSON object")
        try:
            requests.append(parse_futures_order(item, rules, bulk=True))
        except ApiError as error:
            raise ApiError(error.status, error.code, f"orders[{index}]: {error.message}") from None
    orders = call.sandbox.futures.place_many(call.trader, requests, call.now)
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


def get_order(call: Call) -> Data:
    rules = _required_perp(call)
    order_id = call.params.whole("orderId")
    return _found(call.sandbox.futures.find_order(call.trader, order_id), rules, str(order_id)).reply()


def get_order_by_client_order_id(call: Call) -> Data:
    rules = _required_perp(call)
    client_order_id = call.params.text("clientOrderId", required=True)
    assert client_order_id is not None
    order = call.sandbox.futures.find_by_client_id(call.trader, client_order_id)
    return _found(order, rules, f"with clientOrderId {client_order_id!r}").reply()


def cancel_order(call: Call) -> Data:
    fields = call.body_object()
    rules = _body_perp(fields)
    order_id = call.body_integer(fields, "orderId", required=True)
    assert order_id is not None
    call.sandbox.futures.cancel(call.trader, rules, order_id, call.now)
    return None


def cancel_all_orders(call: Call) -> Data:
    fields = call.body_object()
    rules = _body_perp(fields)
    call.sandbox.futures.cancel_all(call.trader, rules, call.now)
    return None


def get_open_orders(call: Call) -> Data:
    rules = _query_perp(call, required=False)
    end = call.params.integer("endTime", minimum=0)
    limit = call.params.whole("limit", default=100, minimum=1, maximum=500)
    orders = call.sandbox.futures.open_orders(call.trader, rules.symbol if rules else None, end, limit)
    return {"orders": [order.reply() for order in orders]}


def get_history_orders(call: Call) -> Data:
    rules = _query_perp(call, required=False)
    start, end = _time_range(call)
    limit = call.params.whole("limit", default=50, minimum=1, maximum=200)
    orders = call.sandbox.futures.history_orders(call.trader, rules.symbol if rules else None, start, end, limit)
    return {"orders": [order.reply() for order in orders]}


def get_fills(call: Call) -> Data:
    rules = _required_perp(call)
    start, end = _time_range(call)
    limit = call.params.whole("limit", default=100, minimum=1, maximum=200)
    fills = call.sandbox.futures.account_fills(call.trader, rules.symbol, start, end, limit)
    return {"fills": [fill.reply() for fill in fills]}


def get_fills_by_order_id(call: Call) -> Data:
    rules = _required_perp(call)
    order_id = call.params.whole("orderId")
    from_id = call.params.integer("fromId")
    limit = call.params.whole("limit", default=100, minimum=1, maximum=200)
    order = _found(call.sandbox.futures.find_order(call.trader, order_id), rules, str(order_id))
    fills = call.sandbox.futures.order_fills(call.trader, order.order_id, from_id, limit)
    return {"fills": [fill.reply() for fill in fills]}


def get_funding_fees(call: Call) -> Data:
    rules = _query_perp(call, required=False)
    start, end = _time_range(call)
    limit = call.params.whole("limit", default=100, minimum=1, maximum=200)
    account = call.sandbox.futures.account(call.trader.api_key)
    found = [
        record
        for record in reversed(account.funding)
        if (rules is None or record.symbol == rules.symbol)
        and (start is None or record.timestamp >= start)
        and (end is None or record.timestamp <= end)
    ]
    return {"fundings": [record.reply() for record in found[:limit]]}


FUTURES_ROUTES: tuple[tuple[str, str, str, Family, str | None, Callable[[Call], Data]], ...] = (
    ("futuresGetRiskTable", "GET", "/api/v1/common/riskTable", "MARKET", None, get_risk_table),
    ("futuresGetAccountBalances", "GET", "/uapi/v1/account/balances", "TRADE", READ, get_balances),
    ("futuresGetPositions", "GET", "/uapi/v1/account/positions", "TRADE", READ, get_positions),
    ("futuresGetHistoryPositions", "GET", "/uapi/v1/account/historyPositions", "TRADE", READ, get_history_positions),
    ("futuresGetAccountDetail", "GET", "/uapi/v1/account/detail", "TRADE", READ, get_account_detail),
    ("futuresTransferIsolateMargin", "POST", "/uapi/v1/trade/isolateMargin", "TRADE", TRADE, transfer_isolate_margin),
    ("futuresGetLeverage", "GET", "/uapi/v1/account/leverage", "TRADE", READ, get_leverage),
    ("futuresUpdateLeverage", "POST", "/uapi/v1/account/leverage", "TRADE", TRADE, update_leverage),
    ("futuresGetPositionMode", "GET", "/uapi/v1/account/positionMode", "TRADE", READ, get_position_mode),
    ("futuresUpdatePositionMode", "POST", "/uapi/v1/account/positionMode", "TRADE", TRADE, update_position_mode),
    ("futuresGetIsolatedMode", "GET", "/uapi/v1/trade/isolatedMode", "TRADE", READ, get_isolated_mode),
    ("futuresUpdateIsolatedMode", "POST", "/uapi/v1/trade/isolatedMode", "TRADE", TRADE, update_isolated_mode),
    ("futuresCreateTransfer", "POST", "/api/v1/assets/transfer", "TRADE", TRANSFER, create_transfer),
    ("futuresGetTransfer", "GET", "/api/v1/assets/transfer", "TRADE", READ, get_transfer),
    ("futuresGetTransfers", "GET", "/api/v1/assets/transfers", "TRADE", READ, get_transfers),
    ("futuresPlaceOrder", "POST", "/uapi/v1/trade/order", "TRADE", TRADE, place_order),
    ("futuresGetOrder", "GET", "/uapi/v1/trade/order", "TRADE", READ, get_order),
    ("futuresCancelOrder", "DELETE", "/uapi/v1/trade/order", "TRADE", TRADE, cancel_order),
    ("futuresBatchPlaceOrders", "POST", "/uapi/v1/trade/massOrder", "TRADE", TRADE, batch_place_orders),
    (
        "futuresGetOrderByClientOrderId",
        "GET",
        "/uapi/v1/trade/orderByClientOrderId",
        "TRADE",
        READ,
        get_order_by_client_order_id,
    ),
    ("futuresGetOpenOrders", "GET", "/uapi/v1/trade/openOrders", "TRADE", READ, get_open_orders),
    ("futuresGetHistoryOrders", "GET", "/uapi/v1/trade/historyOrders", "TRADE", READ, get_history_orders),
    ("futuresGetFills", "GET", "/uapi/v1/trade/fills", "TRADE", READ, get_fills),
    ("futuresGetFillsByOrderId", "GET", "/uapi/v1/trade/fillsByOrderId", "TRADE", READ, get_fills_by_order_id),
    ("futuresCancelAllOrders", "DELETE", "/uapi/v1/trade/allOrders", "TRADE", TRADE, cancel_all_orders),
    ("futuresGetFundingFees", "GET", "/uapi/v1/trade/fundingFee", "TRADE", READ, get_funding_fees),
    ("futuresGetBookTicker", "GET", "/api/v1/market/bookTicker", "MARKET", None, get_book_ticker),
    ("futuresGetIndexKlines", "GET", "/api/v1/market/indexKlines", "MARKET", None, _price_klines("index")),
    ("futuresGetMarkKlines", "GET", "/api/v1/market/markKlines", "MARKET", None, _price_klines("mark")),
    ("futuresGetFundingRates", "GET", "/api/v1/market/fundingRates", "MARKET", None, get_funding_rates),
    ("futuresGetIndexes", "GET", "/api/v1/market/indexes", "MARKET", None, get_indexes),
    ("futuresGetOpenInterests", "GET", "/api/v1/market/openInterests", "MARKET", None, get_open_interests),
)
"""The 32 futures-only operations: (operationId, method, path, code family, permission, handler)."""
