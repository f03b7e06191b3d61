"""Trading and accounts for the ccxt classes: orders, fills, positions, leverage, margin and position
modes, funding, leverage tiers and transfers, on spot pairs and USDT perpetuals.

Every method is a plan (see :mod:`pionex_ccxt.base`): the :class:`PionexTrading` mixin, which the
sync and async classes put before :class:`~pionex_ccxt.base.PionexBase`, holds the plans and the
parsers of Pionex's records into ccxt's unified structures.  Which operation a method calls is
decided by the market: a spot pair's orders go to ``newOrder``/``getOrder``..., a perpetual's to
``futuresPlaceOrder``/``futuresGetOrder``...; without a symbol, ``params["type"]`` (``"spot"`` or
``"swap"``) or ``options["defaultType"]`` decides, as in ccxt's own classes.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .base import Call, Plan, plain

TRANSFER_ACCOUNTS = {
    "spot": "MAIN",
    "main": "MAIN",
    "funding": "MAIN",
    "swap": "TRADE",
    "future": "TRADE",
    "trade": "TRADE",
}
"""ccxt's account names (and Pionex's own, any case) to Pionex's: ``MAIN`` holds the spot coins,
``TRADE`` is the futures wallet."""

ACCOUNT_NAMES = {"MAIN": "spot", "TRADE": "swap"}
"""Pionex's accounts under ccxt's names."""

TRANSFER_STATUS = {"COMPLETED": "ok", "PROCESSING": "pending", "FAILED": "failed"}

PERP_TYPES = {
    # Pionex's futures order type: ccxt's (type, timeInForce, postOnly)
    "LIMIT": ("limit", "GTC", False),
    "MARKET_QTY": ("market", "IOC", False),
    "MARKET_AMT": ("market", "IOC", False),  # in the ORDER stream's records
    "IOC": ("limit", "IOC", False),
    "FOK": ("limit", "FOK", False),
    "POSTONLY": ("limit", "PO", True),
}

ORDER_PAGE = 200
"""The most orders one ``getAllOrders``/``futuresGetHistoryOrders`` reply holds."""
FUNDING_RATE_PAGE = 500
"""The most rates one ``futuresGetFundingRates`` reply holds."""
FUNDING_RATE_PAGES = 10
"""How far back (in pages) ``fetch_funding_rate_history`` walks to reach ``since``."""


def _error(name: str, message: str) -> Exception:
    import ccxt

    return getattr(ccxt, name)(f"pionex {message}")  # type: ignore[no-any-return]


class PionexTrading:
    """The trading and account plans (``_plan_<name>``) and their parsers."""

    if TYPE_CHECKING:  # ccxt's helpers (safe_*, market, ...) come from the Exchange class

        def __getattr__(self, name: str) -> Any: ...

    # -- helpers ---------------------------------------------------------------------------

    def _market_type(self, method: str, symbol: str | None, params: dict[str, Any]) -> tuple[Any, bool, dict[str, Any]]:
        """The market of ``symbol`` (None without one), whether it is a perpetual, and ``params``
        without ``type``/``defaultType``."""
        market = self.market(symbol) if symbol is not None else None
        kind, rest = self.handle_market_type_and_params(method, market, params)
        if kind not in ("spot", "swap"):
            raise _error("NotSupported", f"{method}() supports spot and swap markets, not {kind}")
        return market, kind == "swap", dict(rest)

    def _needs_symbol(self, method: str, symbol: str | None) -> Any:
        if symbol is None:
            raise _error("ArgumentsRequired", f"{method}() requires a symbol argument")
        return self.market(symbol)

    def _perp(self, method: str, symbol: str | None) -> Any:
        market = self._needs_symbol(method, symbol)
        if not market["swap"]:
            raise _error("BadSymbol", f"{method}() supports perpetual (swap) markets only, not {symbol}")
        return market

    def _text(self, market: Any, value: Any, kind: str) -> str:
        """``value`` (a float, int or string) as the exact decimal text sent, cut to the market's
        precision when the market knows it (ccxt's ``amount_to_precision``/``price_to_precision``)."""
        if value is None:
            raise _error("ArgumentsRequired", f"createOrder() requires an {kind}")
        if self.safe_value(market.get("precision") or {}, kind) is not None:
            if kind == "amount":
                return str(self.amount_to_precision(market["symbol"], value))
            return str(self.price_to_precision(market["symbol"], value))
        return str(self.number_to_string(value))

    def _cost_text(self, market: Any, cost: str) -> str:
        """A spot MARKET buy's quote amount, cut to the pair's ``amountPrecision`` (Pionex's own)."""
        places = self.safe_integer(market.get("info") or {}, "amountPrecision")
        if places is None:
            return cost
        from ccxt.base.decimal_to_precision import DECIMAL_PLACES, NO_PADDING, TRUNCATE, decimal_to_precision

        return str(decimal_to_precision(cost, TRUNCATE, places, DECIMAL_PLACES, NO_PADDING))

    def _window(self, request: dict[str, Any], since: int | None, params: dict[str, Any]) -> dict[str, Any]:
        """``request`` with ``startTime`` from ``since`` and ``endTime`` from ``params["until"]``
        (ccxt's name), then the rest of ``params``."""
        until = self.safe_integer(params, "until")
        if since is not None:
            request["startTime"] = since
        if until is not None:
            request["endTime"] = until
        return {**request, **self.omit(params, ["until"])}

    @staticmethod
    def _order_id(id: Any) -> int:
        """An order id as Pionex takes it (a whole number)."""
        text = str(id) if id is not None else ""
        if not text.isdigit():
            raise _error("BadRequest", f"an order id is a whole number, not {id!r}")
        return int(text)

    @staticmethod
    def _records(reply: Any, key: str) -> list[dict[str, Any]]:
        data = plain(reply) or {}
        records = data.get(key) if isinstance(data, dict) else None
        return list(records or [])

    # -- orders ----------------------------------------------------------------------------

    def _plan_create_order(
        self,
        symbol: str,
        type: str,
        side: str,
        amount: Any,
        price: Any = None,
        params: dict[str, Any] | None = None,
    ) -> Plan[Any]:
        """A limit or market order.  ``params``: ``clientOrderId``; ``timeInForce`` (``GTC``,
        ``IOC``; ``FOK`` and ``PO`` on perpetuals); ``postOnly`` (perpetuals); ``reduceOnly``
        (perpetuals); ``positionSide`` (``LONG``/``SHORT`` in hedge mode); ``cost`` (a spot market
        buy's quote amount).  A spot market buy spends quote coin: with ``cost``, or ``amount`` x
        ``price`` while ``options["createMarketBuyOrderRequiresPrice"]`` is True (the default), or
        ``amount`` itself when it is False.  Pionex answers with the order's id only: the order
        returned holds what was asked (``status`` None); ``fetch_order`` tells where it stands."""
        market = self.market(symbol)
        request, unified, operation = self._order_request(market, type, side, amount, price, dict(params or {}))
        reply = yield Call(operation, request)
        return self._placed(plain(reply) or {}, request, unified, market)

    def _order_request(
        self, market: Any, type: str, side: str, amount: Any, price: Any, params: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, Any], str]:
        """The request of one order (the API's names), what ccxt's order will say of it, and the
        operation that places it alone."""
        kind = str(type).lower()
        direction = str(side).lower()
        if kind not in ("limit", "market"):
            raise _error("InvalidOrder", f"createOrder() takes limit or market orders, not {type}")
        if direction not in ("buy", "sell"):
            raise _error("InvalidOrder", f"createOrder() takes buy or sell, not {side}")
        triggers = [
            name for name in ("triggerPrice", "stopPrice", "stopLossPrice", "takeProfitPrice") if name in params
        ]
        if triggers:
            raise _error("NotSupported", f"Pionex's Open API has no trigger orders ({', '.join(triggers)})")
        client_order_id = self.safe_string_2(params, "clientOrderId", "clientOid")
        time_in_force = self.safe_string_upper(params, "timeInForce")
        post_only = bool(self.safe_bool_2(params, "postOnly", "post_only", False)) or time_in_force == "PO"
        reduce_only = bool(self.safe_bool(params, "reduceOnly", False))
        cost = self.safe_string(params, "cost")
        position_side = self.safe_string_upper(params, "positionSide")
        params = self.omit(
            params,
            [
                "clientOrderId",
                "clientOid",
                "timeInForce",
                "postOnly",
                "post_only",
                "reduceOnly",
                "cost",
                "positionSide",
            ],
        )
        params = self.omit(params, ["createMarketBuyOrderRequiresPrice"])
        request: dict[str, Any] = {"symbol": market["id"], "side": direction.upper()}
        if client_order_id is not None:
            request["clientOrderId"] = client_order_id
        unified: dict[str, Any] = {"type": kind, "side": direction, "reduceOnly": reduce_only}
        if market["swap"]:
            if cost is not None:
                raise _error("InvalidOrder", "perpetual orders are sized in the base coin: give amount, not cost")
            if kind == "market":
                if post_only:
                    raise _error("InvalidOrder", "a market order cannot be post-only")
                request["type"] = "MARKET_QTY"
                unified["timeInForce"] = "IOC"
            else:
                if post_only and time_in_force in ("IOC", "FOK"):
                    raise _error("InvalidOrder", f"a post-only order cannot also be {time_in_force}")
                if post_only:
                    request["type"] = "POSTONLY"
                elif time_in_force in (None, "GTC"):
                    request["type"] = "LIMIT"
                elif time_in_force in ("IOC", "FOK"):
                    request["type"] = time_in_force
                else:
                    raise _error("InvalidOrder", f"timeInForce {time_in_force} is not one of GTC, IOC, FOK, PO")
                if price is None:
                    raise _error("ArgumentsRequired", "createOrder() requires a price for a limit order")
                request["price"] = self._text(market, price, "price")
                unified["timeInForce"] = "PO" if post_only else (time_in_force or "GTC")
            request["size"] = self._text(market, amount, "amount")
            if reduce_only:
                request["reduceOnly"] = True
            if position_side is not None:
                request["positionSide"] = position_side
            operation = "futuresPlaceOrder"
        else:
            if reduce_only:
                raise _error("InvalidOrder", "spot orders cannot be reduce-only")
            if post_only:
                raise _error("NotSupported", "Pionex spot orders have no post-only: it exists on perpetuals only")
            if time_in_force not in (None, "GTC", "IOC"):
                raise _error("NotSupported", f"Pionex spot orders take timeInForce GTC or IOC, not {time_in_force}")
            if position_side is not None:
                raise _error("InvalidOrder", "spot orders have no positionSide")
            if kind == "limit":
                if price is None:
                    raise _error("ArgumentsRequired", "createOrder() requires a price for a limit order")
                request.update(type="LIMIT", size=self._text(market, amount, "amount"))
                request["price"] = self._text(market, price, "price")
                if time_in_force == "IOC":
                    request["IOC"] = True
                unified["timeInForce"] = time_in_force or "GTC"
            elif direction == "sell":
                request.update(type="MARKET", size=self._text(market, amount, "amount"))
                unified["timeInForce"] = "IOC"
            else:
                requires_price = self.safe_bool(self.options, "createMarketBuyOrderRequiresPrice", True)
                if cost is None:
                    if not requires_price:
                        cost = self.number_to_string(amount)
                    elif price is None:
                        raise _error(
                            "InvalidOrder",
                            "a market buy spends quote coin: pass the cost in params['cost'], or a price to "
                            "work it out as amount * price, or set options['createMarketBuyOrderRequiresPrice'] "
                            "to False to give the cost as amount",
                        )
                    else:
                        from ccxt.base.precise import Precise

                        cost = Precise.string_mul(self.number_to_string(amount), self.number_to_string(price))
                request.update(type="MARKET", amount=self._cost_text(market, str(cost)))
                unified["timeInForce"] = "IOC"
            operation = "newOrder"
        request.update(params)
        unified["postOnly"] = post_only
        return request, unified, operation

    def _placed(self, info: dict[str, Any], request: dict[str, Any], unified: dict[str, Any], market: Any) -> Any:
        """The order just placed: what was asked, with the id Pionex gave (``status`` None)."""
        return self.safe_order(
            {
                **unified,
                "id": self.safe_string(info, "orderId"),
                "clientOrderId": self.safe_string(info, "clientOrderId", request.get("clientOrderId")),
                "symbol": market["symbol"],
                "price": None if unified["type"] == "market" else request.get("price"),
                "amount": request.get("size"),
                "status": None,
                "timestamp": None,
                "info": info,
            },
            market,
        )

    def _plan_create_orders(self, orders: list[dict[str, Any]], params: dict[str, Any] | None = None) -> Plan[Any]:
        """Up to 20 orders of one pair in one request (``newMassOrder``: limit orders;
        ``futuresBatchPlaceOrders``), each given as ``create_order`` takes it (``symbol``, ``type``,
        ``side``, ``amount``, ``price``, ``params``)."""
        symbols = {order.get("symbol") for order in orders}
        if len(symbols) != 1 or None in symbols:
            raise _error("BadRequest", "createOrders() places the orders of one symbol per request")
        market = self.market(orders[0]["symbol"])
        items = []
        for order in orders:
            request, unified, _ = self._order_request(
                market,
                order.get("type", ""),
                order.get("side", ""),
                order.get("amount"),
                order.get("price"),
                dict(order.get("params") or {}),
            )
            request.pop("symbol")
            items.append((request, unified))
        operation = "futuresBatchPlaceOrders" if market["swap"] else "newMassOrder"
        reply = yield Call(operation, {**(params or {}), "symbol": market["id"], "orders": [r for r, _ in items]})
        placed = self._records(reply, "orderIds")
        if len(placed) != len(items):
            raise _error("ExchangeError", f"placed {len(items)} orders but the reply names {len(placed)}")
        return [
            self._placed(info, request, unified, market) for info, (request, unified) in zip(placed, items, strict=True)
        ]

    def _plan_create_market_buy_order_with_cost(
        self, symbol: str, cost: Any, params: dict[str, Any] | None = None
    ) -> Plan[Any]:
        """A spot market buy spending ``cost`` of the quote coin."""
        market = self.market(symbol)
        if not market["spot"]:
            raise _error("NotSupported", "createMarketBuyOrderWithCost() supports spot markets only")
        order = yield from self._plan_create_order(
            symbol, "market", "buy", cost, None, {**(params or {}), "cost": self.number_to_string(cost)}
        )
        return order

    def _plan_cancel_order(self, id: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Plan[Any]:
        market = self._needs_symbol("cancelOrder", symbol)
        operation = "futuresCancelOrder" if market["swap"] else "cancelOrder"
        reply = yield Call(operation, {**(params or {}), "symbol": market["id"], "orderId": self._order_id(id)})
        return self.safe_order({"id": str(id), "symbol": market["symbol"], "info": plain(reply) or {}}, market)

    def _plan_cancel_all_orders(self, symbol: str | None = None, params: dict[str, Any] | None = None) -> Plan[Any]:
        """Cancels every open order of the pair; returns the orders that were open just before,
        marked canceled (Pionex's reply names none)."""
        market = self._needs_symbol("cancelAllOrders", symbol)
        opened = yield from self._plan_fetch_open_orders(symbol)
        operation = "futuresCancelAllOrders" if market["swap"] else "cancelAllOrders"
        yield Call(operation, {**(params or {}), "symbol": market["id"]})
        return [self.extend(order, {"status": "canceled"}) for order in opened]

    def _plan_fetch_order(
        self, id: str | None, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Plan[Any]:
        """By the exchange's id, or by ``params["clientOrderId"]`` (``id`` None).  A perpetual's
        order needs its symbol; without one the order is looked for among spot orders."""
        market, perp, rest = self._market_type("fetchOrder", symbol, dict(params or {}))
        client_order_id = self.safe_string(rest, "clientOrderId")
        rest = self.omit(rest, ["clientOrderId"])
        if perp:
            market = self._perp("fetchOrder", symbol)
            request: dict[str, Any] = {"symbol": market["id"]}
            if client_order_id is not None:
                operation, request["clientOrderId"] = "futuresGetOrderByClientOrderId", client_order_id
            else:
                operation, request["orderId"] = "futuresGetOrder", self._order_id(id)
        elif client_order_id is not None:
            operation, request = "getOrderByClientOrderId", {"clientOrderId": client_order_id}
        else:
            operation, request = "getOrder", {"orderId": self._order_id(id)}
        reply = yield Call(operation, {**rest, **request})
        return self.parse_order(plain(reply), market)

    def _plan_fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> Plan[Any]:
        """A spot pair's open orders (the symbol is needed), or a perpetual's (every perpetual's
        without a symbol and with ``params["type"] = "swap"``)."""
        market, perp, rest = self._market_type("fetchOpenOrders", symbol, dict(params or {}))
        if perp:
            request: dict[str, Any] = {"limit": 500}
            if market is not None:
                request["symbol"] = market["id"]
            reply = yield Call("futuresGetOpenOrders", {**request, **rest})
        else:
            market = self._needs_symbol("fetchOpenOrders", symbol)
            reply = yield Call("getOpenOrders", {**rest, "symbol": market["id"]})
        return self.parse_orders(self._records(reply, "orders"), market, since, limit)

    def _plan_fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> Plan[Any]:
        """Open and closed orders: a spot pair's from ``getAllOrders``; a perpetual's from its open
        orders and its history.  One reply of each (the newest 200 since ``since``)."""
        market, perp, rest = self._market_type("fetchOrders", symbol, dict(params or {}))
        if perp:
            opened = yield from self._plan_fetch_open_orders(symbol, None, None, {**rest, "type": "swap"})
            closed = yield from self._plan_fetch_closed_orders(symbol, since, None, {**rest, "type": "swap"})
            orders = self.sort_by(opened + closed, "timestamp")
            return self.filter_by_since_limit(orders, since, limit)
        market = self._needs_symbol("fetchOrders", symbol)
        request: dict[str, Any] = {"symbol": market["id"], "limit": ORDER_PAGE}
        reply = yield Call("getAllOrders", self._window(request, since, rest))
        return self.parse_orders(self._records(reply, "orders"), market, since, limit)

    def _plan_fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> Plan[Any]:
        """Orders that are done: filled (``closed``) or cancelled (``canceled``), which Pionex both
        calls CLOSED."""
        market, perp, rest = self._market_type("fetchClosedOrders", symbol, dict(params or {}))
        if not perp:
            orders = yield from self._plan_fetch_orders(symbol, since, None, rest)
            done = [order for order in orders if order["status"] != "open"]
            return self.filter_by_since_limit(done, since, limit)
        request: dict[str, Any] = {"limit": ORDER_PAGE}
        if market is not None:
            request["symbol"] = market["id"]
        reply = yield Call("futuresGetHistoryOrders", self._window(request, since, rest))
        return self.parse_orders(self._records(reply, "orders"), market, since, limit)

    def parse_order(self, order: dict[str, Any], market: Any = None) -> dict[str, Any]:
        """A spot or futures order record (``getOrder``, ``futuresGetOrder``...)."""
        market = self.safe_market(self.safe_string(order, "symbol"), market)
        kind = self.safe_string(order, "type")
        perp = (
            "positionSide" in order
            or "reduceOnly" in order
            or kind in ("MARKET_QTY", "MARKET_AMT", "IOC", "FOK", "POSTONLY")
        )
        if perp:
            unified_type, time_in_force, post_only = PERP_TYPES.get(kind or "", (None, None, None))
        else:
            unified_type = kind.lower() if kind else None
            time_in_force = "IOC" if order.get("IOC") or unified_type == "market" else "GTC"
            post_only = False
        size = self.omit_zero(self.safe_string(order, "size"))
        filled = self.safe_string(order, "filledSize")
        status = self._order_status(
            self.safe_string(order, "status"), size, filled, self.safe_string(order, "filledAmount")
        )
        fee = None
        if self.safe_string(order, "fee") is not None:
            fee = {
                "cost": self.safe_number(order, "fee"),
                "currency": self.safe_currency_code(self.safe_string(order, "feeCoin")),
            }
        created = self.safe_integer(order, "createTime")
        side = self.safe_string_lower(order, "side")
        unified: dict[str, Any] = self.safe_order(
            {
                "info": order,
                "id": self.safe_string(order, "orderId"),
                "clientOrderId": self.safe_string(order, "clientOrderId"),
                "timestamp": created,
                "datetime": self.iso8601(created),
                "lastTradeTimestamp": None,
                "lastUpdateTimestamp": self.safe_integer(order, "updateTime"),
                "symbol": market["symbol"],
                "type": unified_type,
                "timeInForce": time_in_force,
                "postOnly": post_only,
                "reduceOnly": self.safe_bool(order, "reduceOnly") if perp else False,
                "side": side,
                "price": self.omit_zero(self.safe_string(order, "price")),
                "triggerPrice": None,
                "amount": size,
                "cost": self.safe_string(order, "filledAmount"),
                "average": None,
                "filled": filled,
                "remaining": None,
                "status": status,
                "fee": fee,
                "trades": None,
            },
            market,
        )
        return unified

    @staticmethod
    def _order_status(
        status: str | None, size: str | None, filled: str | None, filled_amount: str | None
    ) -> str | None:
        """OPEN is ``open``; CLOSED is ``closed`` when the order filled whole (a market buy by
        amount: when it filled at all), else ``canceled``."""
        from ccxt.base.precise import Precise

        if status == "OPEN":
            return "open"
        if status != "CLOSED":
            return None if status is None else status.lower()
        if size is not None:
            whole = filled is not None and Precise.string_ge(filled, size)
        else:
            whole = filled_amount is not None and Precise.string_gt(filled_amount, "0")
        return "closed" if whole else "canceled"

    # -- fills -----------------------------------------------------------------------------

    def _plan_fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> Plan[Any]:
        """The account's fills on one pair (the newest 100 on spot, 200 on a perpetual, since ``since``)."""
        market = self._needs_symbol("fetchMyTrades", symbol)
        request: dict[str, Any] = {"symbol": market["id"]}
        if market["swap"]:
            request["limit"] = 200
        operation = "futuresGetFills" if market["swap"] else "getFills"
        reply = yield Call(operation, self._window(request, since, dict(params or {})))
        return self.parse_trades(self._records(reply, "fills"), market, since, limit)

    def _plan_fetch_order_trades(
        self,
        id: str,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> Plan[Any]:
        market, perp, rest = self._market_type("fetchOrderTrades", symbol, dict(params or {}))
        if perp:
            market = self._perp("fetchOrderTrades", symbol)
            reply = yield Call(
                "futuresGetFillsByOrderId",
                {**rest, "symbol": market["id"], "orderId": self._order_id(id), "limit": 200},
            )
        else:
            reply = yield Call("getFillsByOrderId", {**rest, "orderId": self._order_id(id)})
        return self.parse_trades(self._records(reply, "fills"), market, since, limit)

    def parse_trade(self, trade: dict[str, Any], market: Any = None) -> dict[str, Any]:
        """One of the account's fills (``getFills``, ``futuresGetFills``...)."""
        market = self.safe_market(self.safe_string(trade, "symbol"), market)
        timestamp = self.safe_integer(trade, "timestamp")
        fee_cost = self.safe_string(trade, "fee")
        fee = None
        if fee_cost is not None:
            fee = {"cost": fee_cost, "currency": self.safe_currency_code(self.safe_string(trade, "feeCoin"))}
        unified: dict[str, Any] = self.safe_trade(
            {
                "info": trade,
                "id": self.safe_string(trade, "id"),
                "order": self.safe_string(trade, "orderId"),
                "timestamp": timestamp,
                "datetime": self.iso8601(timestamp),
                "symbol": market["symbol"],
                "type": None,
                "side": self.safe_string_lower(trade, "side"),
                "takerOrMaker": self.safe_string_lower(trade, "role"),
                "price": self.safe_string(trade, "price"),
                "amount": self.safe_string(trade, "size"),
                "cost": None,
                "fee": fee,
            },
            market,
        )
        return unified

    # -- positions and their settings ------------------------------------------------------

    def _plan_fetch_positions(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> Plan[Any]:
        """Open perpetual positions (every pair's, or those of ``symbols``)."""
        symbols = self.market_symbols(symbols)
        request: dict[str, Any] = dict(params or {})
        if symbols is not None and len(symbols) == 1:
            request["symbol"] = self._perp("fetchPositions", symbols[0])["id"]
        reply = yield Call("futuresGetPositions", request)
        mode = plain((yield Call("futuresGetPositionMode", {}))) or {}
        hedged = mode.get("positionMode") == "OPENCLOSE" if mode.get("positionMode") else None
        return self.parse_positions(self._records(reply, "positions"), symbols, {"hedged": hedged})

    def parse_position(self, position: dict[str, Any], market: Any = None) -> dict[str, Any]:
        """A ``futuresGetPositions`` record.  ``notional`` is the size at the mark price; the
        margin and collateral are the position's initial margin (plus its unrealized PnL)."""
        from ccxt.base.precise import Precise

        market = self.safe_market(self.safe_string(position, "symbol"), market, None, "swap")
        net = self.safe_string(position, "netSize", "0")
        contracts = Precise.string_abs(net)
        side = self.safe_string_lower(position, "positionSide")
        if side is None:
            side = "short" if Precise.string_lt(net, "0") else "long"
        mark = self.safe_string(position, "markPrice")
        notional = Precise.string_mul(contracts, mark) if mark is not None else None
        pnl = self.safe_string(position, "unrealizedPnL")
        initial = self.omit_zero(self.safe_string(position, "initialMargin"))
        maintenance = self.omit_zero(self.safe_string(position, "maintMargin"))
        isolated = (self.safe_string(position, "isolatedMode") or "CROSS") != "CROSS"
        collateral = Precise.string_add(initial, pnl or "0") if initial is not None else None

        def share(part: str | None) -> str | None:
            if part is None or notional is None or not Precise.string_gt(notional, "0"):
                return None
            return str(Precise.string_div(part, notional))

        ratio = None
        if maintenance is not None and collateral is not None and Precise.string_gt(collateral, "0"):
            ratio = Precise.string_div(maintenance, collateral, 8)
        percentage = None
        if initial is not None and pnl is not None:
            percentage = Precise.string_mul(Precise.string_div(pnl, initial, 8), "100")
        updated = self.safe_integer_2(position, "updateTime", "updatedTime")
        timestamp = self.safe_integer_2(position, "createTime", "createdTime", updated)
        unified: dict[str, Any] = self.safe_position(
            {
                "info": position,
                "id": self.safe_string(position, "positionId"),
                "symbol": market["symbol"],
                "timestamp": timestamp,
                "datetime": self.iso8601(timestamp),
                "lastUpdateTimestamp": updated,
                "hedged": None,
                "side": side,
                "contracts": self.parse_number(contracts),
                "contractSize": self.safe_number(market, "contractSize"),
                "entryPrice": self.safe_number(position, "avgPrice"),
                "markPrice": self.parse_number(mark),
                "lastPrice": None,
                "notional": self.parse_number(notional),
                "leverage": self.safe_number(position, "leverage"),
                "collateral": self.parse_number(collateral),
                "initialMargin": self.parse_number(initial),
                "initialMarginPercentage": self.parse_number(share(initial)),
                "maintenanceMargin": self.parse_number(maintenance),
                "maintenanceMarginPercentage": self.parse_number(share(maintenance)),
                "unrealizedPnl": self.parse_number(pnl),
                "realizedPnl": None,
                "liquidationPrice": self.parse_number(self.omit_zero(self.safe_string(position, "liquidationPrice"))),
                "marginMode": "isolated" if isolated else "cross",
                "marginRatio": self.parse_number(ratio),
                "percentage": self.parse_number(percentage),
                "positionMargin": self.parse_number(initial) if isolated else None,
                "stopLossPrice": None,
                "takeProfitPrice": None,
            }
        )
        return unified

    def _plan_add_margin(self, symbol: str, amount: Any, params: dict[str, Any] | None = None) -> Plan[Any]:
        """Moves ``amount`` of USDT from the futures wallet into an isolated position's margin
        (``params["positionSide"]``: ``LONG`` or ``SHORT`` in hedge mode)."""
        modified = yield from self._modify_margin(symbol, amount, "IN", params)
        return modified

    def _plan_reduce_margin(self, symbol: str, amount: Any, params: dict[str, Any] | None = None) -> Plan[Any]:
        """Moves ``amount`` of USDT out of an isolated position's margin into the futures wallet."""
        modified = yield from self._modify_margin(symbol, amount, "OUT", params)
        return modified

    def _modify_margin(self, symbol: str, amount: Any, direction: str, params: dict[str, Any] | None) -> Plan[Any]:
        market = self._perp("addMargin" if direction == "IN" else "reduceMargin", symbol)
        rest = dict(params or {})
        side = self.safe_string_upper(rest, "positionSide")
        client_id = self.safe_string(rest, "clientId") or uuid.uuid4().hex
        rest = self.omit(rest, ["positionSide", "clientId"])
        code = self.safe_string(market, "settle") or market["quote"]
        text = str(self.number_to_string(amount))
        request = {
            **rest,
            "symbol": market["id"],
            "direction": direction,
            "isolatedMode": {"LONG": "ISOLATED_LONG", "SHORT": "ISOLATED_SHORT"}.get(side or "", "ISOLATED_BOTH"),
            "coin": self.currency(code)["id"],
            "amount": text,
            "clientId": client_id,
        }
        reply = yield Call("futuresTransferIsolateMargin", request)
        return {
            "info": plain(reply) or {},
            "symbol": market["symbol"],
            "type": "add" if direction == "IN" else "reduce",
            "marginMode": "isolated",
            "amount": self.parse_number(text),
            "total": None,
            "code": code,
            "status": "ok",
            "timestamp": None,
            "datetime": None,
        }

    def _plan_set_leverage(
        self, leverage: Any, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Plan[Any]:
        """A perpetual's leverage, a whole number (Pionex's rule): returns the reply (``symbol``, ``leverage``)."""
        market = self._perp("setLeverage", symbol)
        try:
            wanted = Decimal(str(self.number_to_string(leverage)))
        except (ArithmeticError, ValueError):
            wanted = Decimal("NaN")
        if not wanted.is_finite() or wanted != wanted.to_integral_value():
            raise _error("BadRequest", f"setLeverage() takes a whole number, not {leverage}")
        whole = str(int(wanted))
        reply = yield Call("futuresUpdateLeverage", {**(params or {}), "symbol": market["id"], "leverage": whole})
        return plain(reply) or {}

    def _plan_fetch_leverage(self, symbol: str, params: dict[str, Any] | None = None) -> Plan[Any]:
        market = self._perp("fetchLeverage", symbol)
        reply = yield Call("futuresGetLeverage", {**(params or {}), "symbol": market["id"]})
        info = plain(reply) or {}
        leverage = self.safe_integer(info, "leverage")
        return {
            "info": info,
            "symbol": market["symbol"],
            "marginMode": None,
            "longLeverage": leverage,
            "shortLeverage": leverage,
        }

    def _plan_set_margin_mode(
        self, marginMode: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Plan[Any]:
        """``cross`` or ``isolated`` for a perpetual; returns the margin mode structure."""
        market = self._perp("setMarginMode", symbol)
        mode = str(marginMode).lower()
        if mode not in ("cross", "isolated"):
            raise _error("BadRequest", f"setMarginMode() takes cross or isolated, not {marginMode}")
        reply = yield Call(
            "futuresUpdateIsolatedMode", {**(params or {}), "symbol": market["id"], "isolatedMode": mode.upper()}
        )
        return {"info": plain(reply) or {}, "symbol": market["symbol"], "marginMode": mode}

    def _plan_fetch_margin_mode(self, symbol: str, params: dict[str, Any] | None = None) -> Plan[Any]:
        market = self._perp("fetchMarginMode", symbol)
        reply = yield Call("futuresGetIsolatedMode", {**(params or {}), "symbol": market["id"]})
        info = plain(reply) or {}
        mode = self.safe_string_lower(info, "isolatedMode")
        return {"info": info, "symbol": market["symbol"], "marginMode": mode}

    def _plan_set_position_mode(
        self, hedged: bool, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Plan[Any]:
        """Hedge mode (a long and a short per pair) or one-way mode, for the whole futures account
        (``symbol`` is not used: Pionex's setting is the account's)."""
        mode = "OPENCLOSE" if hedged else "BUYSELL"
        reply = yield Call("futuresUpdatePositionMode", {**(params or {}), "positionMode": mode})
        return {"info": plain(reply) or {}, "hedged": bool(hedged)}

    def _plan_fetch_position_mode(self, symbol: str | None = None, params: dict[str, Any] | None = None) -> Plan[Any]:
        reply = yield Call("futuresGetPositionMode", dict(params or {}))
        info = plain(reply) or {}
        return {"info": info, "hedged": info.get("positionMode") == "OPENCLOSE"}

    def _plan_fetch_leverage_tiers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> Plan[Any]:
        """Every perpetual's risk table (or those of ``symbols``), as ccxt's leverage tiers."""
        symbols = self.market_symbols(symbols)
        request: dict[str, Any] = dict(params or {})
        if symbols is not None and len(symbols) == 1:
            request["symbol"] = self._perp("fetchLeverageTiers", symbols[0])["id"]
        reply = yield Call("futuresGetRiskTable", request)
        return self.parse_leverage_tiers(self._records(reply, "symbols"), symbols, "symbol")

    def parse_market_leverage_tiers(self, info: dict[str, Any], market: Any = None) -> list[dict[str, Any]]:
        tiers = []
        floor = "0"
        currency = self.safe_string(market, "settle") or self.safe_string(market, "quote")
        for row in info.get("rows") or []:
            ceiling = self.safe_string(row, "notionalLimit")
            tiers.append(
                {
                    "tier": self.safe_number(row, "rowNum"),
                    "symbol": market["symbol"],
                    "currency": currency,
                    "minNotional": self.parse_number(floor),
                    "maxNotional": self.parse_number(ceiling),
                    "maintenanceMarginRate": self.safe_number(row, "maintMarginRatio"),
                    "maxLeverage": self.safe_number(row, "maxLeverage"),
                    "info": row,
                }
            )
            floor = ceiling or floor
        return tiers

    # -- funding ---------------------------------------------------------------------------

    def _plan_fetch_funding_rate(self, symbol: str, params: dict[str, Any] | None = None) -> Plan[Any]:
        """The rate of a perpetual's next funding (``futuresGetIndexes``), with its mark and index prices."""
        market = self._perp("fetchFundingRate", symbol)
        reply = yield Call("futuresGetIndexes", {**(params or {}), "symbol": market["id"]})
        records = [r for r in self._records(reply, "indexes") if r.get("symbol") == market["id"]]
        if not records:
            raise _error("BadSymbol", f"has no funding rate for {symbol}")
        return self.parse_funding_rate(records[0], market)

    def _plan_fetch_funding_rates(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> Plan[Any]:
        symbols = self.market_symbols(symbols)
        reply = yield Call("futuresGetIndexes", dict(params or {}))
        return self.parse_funding_rates(self._records(reply, "indexes"), symbols)

    def parse_funding_rate(self, contract: dict[str, Any], market: Any = None) -> dict[str, Any]:
        market = self.safe_market(self.safe_string(contract, "symbol"), market, None, "swap")
        timestamp = self.safe_integer(contract, "updateTime")
        funding = self.safe_integer(contract, "nextFundingTime")
        return {
            "info": contract,
            "symbol": market["symbol"],
            "markPrice": self.safe_number(contract, "markPrice"),
            "indexPrice": self.safe_number(contract, "indexPrice"),
            "interestRate": None,
            "estimatedSettlePrice": None,
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "fundingRate": self.safe_number(contract, "nextFundingRate"),
            "fundingTimestamp": funding,
            "fundingDatetime": self.iso8601(funding),
            "nextFundingRate": None,
            "nextFundingTimestamp": None,
            "nextFundingDatetime": None,
            "previousFundingRate": None,
            "previousFundingTimestamp": None,
            "previousFundingDatetime": None,
            "interval": None,
        }

    def _plan_fetch_open_interest(self, symbol: str, params: dict[str, Any] | None = None) -> Plan[Any]:
        """A perpetual's open interest: the size of its open positions, in the base coin."""
        market = self._perp("fetchOpenInterest", symbol)
        interests = yield from self._plan_fetch_open_interests([market["symbol"]], params)
        if market["symbol"] not in interests:
            raise _error("BadSymbol", f"has no open interest for {symbol}")
        return interests[market["symbol"]]

    def _plan_fetch_open_interests(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> Plan[Any]:
        symbols = self.market_symbols(symbols)
        reply = yield Call("futuresGetOpenInterests", dict(params or {}))
        return self.parse_open_interests(self._records(reply, "openInterests"), symbols)

    def parse_open_interest(self, interest: dict[str, Any], market: Any = None) -> Any:
        market = self.safe_market(self.safe_string(interest, "symbol"), market, None, "swap")
        return self.safe_open_interest(
            {
                "info": interest,
                "symbol": market["symbol"],
                "baseVolume": self.safe_number(interest, "openInterest"),
                "quoteVolume": None,
                "openInterestAmount": self.safe_number(interest, "openInterest"),
                "openInterestValue": None,
                "timestamp": None,
                "datetime": None,
            },
            market,
        )

    def _plan_fetch_funding_rate_history(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> Plan[Any]:
        """A perpetual's past funding rates, oldest first.  Pionex takes only an end time: without
        ``since`` one reply holds the newest ``limit`` (100 by default, 500 at most); with it, replies
        are read backwards from ``params["until"]`` (or now) until one reaches ``since`` (at most
        ten replies of 500)."""
        market = self._perp("fetchFundingRateHistory", symbol)
        rest = dict(params or {})
        until = self.safe_integer_2(rest, "until", "endTime")
        rest = self.omit(rest, ["until", "endTime"])
        size = FUNDING_RATE_PAGE if since is not None else min(limit or 100, FUNDING_RATE_PAGE)
        records: list[dict[str, Any]] = []
        end = until
        for _ in range(FUNDING_RATE_PAGES):
            request: dict[str, Any] = {**rest, "symbol": market["id"], "limit": size}
            if end is not None:
                request["endTime"] = end
            page = self._records((yield Call("futuresGetFundingRates", request)), "rates")
            records.extend(page)
            times = [t for t in (self.safe_integer(r, "fundingTime") for r in page) if t is not None]
            if since is None or len(page) < size or not times or min(times) <= since:
                break
            end = min(times)  # exclusive: the next reply holds the rates before it
        history = [
            {
                "info": record,
                "symbol": market["symbol"],
                "fundingRate": self.safe_number(record, "fundingRate"),
                "timestamp": self.safe_integer(record, "fundingTime"),
                "datetime": self.iso8601(self.safe_integer(record, "fundingTime")),
            }
            for record in records
        ]
        ordered = self.sort_by(history, "timestamp")
        return self.filter_by_since_limit(ordered, since, limit, "timestamp", since is None)

    def _plan_fetch_funding_history(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> Plan[Any]:
        """The funding the account paid or received (``futuresGetFundingFees``: the newest 200
        since ``since``), oldest first."""
        request: dict[str, Any] = {"limit": 200}
        market = None
        if symbol is not None:
            market = self._perp("fetchFundingHistory", symbol)
            request["symbol"] = market["id"]
        reply = yield Call("futuresGetFundingFees", self._window(request, since, dict(params or {})))
        entries = []
        for record in self._records(reply, "fundings"):
            timestamp = self.safe_integer(record, "timestamp")
            entries.append(
                {
                    "info": record,
                    "symbol": self.safe_symbol(self.safe_string(record, "symbol"), market, None, "swap"),
                    "code": self.safe_currency_code(self.safe_string(record, "fundingCoin")),
                    "timestamp": timestamp,
                    "datetime": self.iso8601(timestamp),
                    "id": None,
                    "amount": self.safe_number(record, "fundingFee"),
                    "rate": self.safe_number(record, "fundingRate"),
                }
            )
        ordered = self.sort_by(entries, "timestamp")
        return self.filter_by_symbol_since_limit(ordered, self.safe_string(market, "symbol"), since, limit)

    # -- transfers -------------------------------------------------------------------------

    def _account(self, name: str) -> str:
        accounts = {
            **TRANSFER_ACCOUNTS,
            **{k.lower(): v for k, v in (self.options.get("accountsByType") or {}).items()},
        }
        found = accounts.get(str(name).lower())
        if found is None:
            raise _error("BadRequest", f"transfer() knows the accounts spot (MAIN) and swap (TRADE), not {name}")
        return str(found)

    def _plan_transfer(
        self, code: str, amount: Any, fromAccount: str, toAccount: str, params: dict[str, Any] | None = None
    ) -> Plan[Any]:
        """Moves ``amount`` of ``code`` between the spot account (``spot``: Pionex's MAIN) and the
        futures wallet (``swap``: TRADE).  The transfer is then read back by its client id (made up
        when ``params["clientId"]`` is not given) for its time and status; if that read fails, the
        transfer is returned as the exchange acknowledged it."""
        currency = self.currency(code)
        rest = dict(params or {})
        client_id = self.safe_string(rest, "clientId") or uuid.uuid4().hex
        rest = self.omit(rest, ["clientId"])
        request = {
            **rest,
            "fromAccount": self._account(fromAccount),
            "toAccount": self._account(toAccount),
            "currency": currency["id"],
            "amount": self.currency_to_precision(code, amount)
            if self.safe_value(currency, "precision")
            else self.number_to_string(amount),
            "clientId": client_id,
        }
        reply = yield Call("futuresCreateTransfer", request)
        info = plain(reply) or {}
        import ccxt

        try:
            record = plain((yield Call("futuresGetTransfer", {"clientId": client_id}))) or {}
        except ccxt.BaseError:
            record = dict(request)  # the transfer is made: say so, with what the exchange acknowledged
        return self.parse_transfer({**record, **{k: v for k, v in info.items() if v is not None}}, currency)

    def _plan_fetch_transfers(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> Plan[Any]:
        """Transfers between spot and futures, oldest first (the newest 100 of one reply;
        ``params["until"]`` ends the window)."""
        rest = dict(params or {})
        until = self.safe_integer_2(rest, "until", "endTime")
        rest = self.omit(rest, ["until", "endTime"])
        request: dict[str, Any] = {**rest, "limit": 100}
        if until is not None:
            request["endTime"] = until
        currency = self.currency(code) if code is not None else None
        reply = yield Call("futuresGetTransfers", request)
        return self.parse_transfers(self._records(reply, "records"), currency, since, limit)

    def parse_transfer(self, transfer: dict[str, Any], currency: Any = None) -> dict[str, Any]:
        timestamp = self.safe_integer(transfer, "timestamp")
        source = self.safe_string(transfer, "fromAccount")
        target = self.safe_string(transfer, "toAccount")
        return {
            "info": transfer,
            "id": self.safe_string(transfer, "transferId"),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "currency": self.safe_currency_code(self.safe_string(transfer, "currency"), currency),
            "amount": self.safe_number(transfer, "amount"),
            "fromAccount": ACCOUNT_NAMES.get(source or "", source),
            "toAccount": ACCOUNT_NAMES.get(target or "", target),
            "status": TRANSFER_STATUS.get(self.safe_string(transfer, "status") or "", None),
        }
