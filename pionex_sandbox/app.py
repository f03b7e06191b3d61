"""The Starlette application: routes, parameter checks and reply envelopes.

Every reply is a JSON envelope like Pionex's: ``{"result": true, "data": ..., "timestamp": ms}``
on success (the two cancel operations send no ``data``), ``{"result": false, "code": ...,
"message": ..., "timestamp": ms}`` on refusal.

HTTP statuses are the ones Pionex documents in the ``responses`` of its operations:

* 200 for every success;
* 400 for a refused request: parameter errors, unknown symbols, refused trades, unknown
  orders (``MARKET_...`` and ``TRADE_...`` codes);
* 401 for every authentication failure of a private operation, ``PERMISSION_DENIED``
  included (see :mod:`pionex_sandbox.verify`), which Pionex lists with the key and signature
  errors; Pionex documents no 403;
* 429 when the request goes over Pionex's rate limits (only when the sandbox applies them,
  see :mod:`pionex_sandbox.limits`).

So a market operation answers 200 or 400, ``getBalances`` (whose only parameter is the
timestamp, an authentication matter) 200 or 401, and the other private operations 200, 400
or 401, plus 429 under rate limits.  A path the sandbox does not serve gets a 404 envelope and
a known path with the wrong method a 405 envelope.

Every failure carries a ``code``, as Pionex's failure envelope has one (published clients read
it unconditionally).  Pionex's list of codes has none for a rate limit, an unknown path or a
wrong method, so the sandbox names them itself: ``TOO_MANY_REQUESTS`` (429), ``NOT_FOUND``
(404) and ``METHOD_NOT_ALLOWED`` (405).

Runs of slashes in a path are read as one before anything else, for routing and for the
signature alike: published clients join ``https://host/`` and ``/api/...`` into
``//api/...`` while signing ``/api/...``, and the exchange serves them.

Parameters are checked strictly: a required one missing, an empty value, a value that is not
of the expected kind (whole number, enum member, decimal string), a number outside the
operation's range or outside 64 bits, or a parameter of the operation given twice is a
``..._PARAMETER_ERROR``.  Parameters the operation does not take are ignored, even when
repeated.  A numeric parameter whose value is 0 (``limit=0``, ``endTime=0``, ``fromId=0``, an
``orderId`` of 0 in a query or a JSON body) counts as not given, as Pionex documents: the
default applies, or a required one is reported missing.  Prices, sizes and amounts are
decimal *strings* in Pionex's API, not numbers, so ``"0"`` there is still refused as not
greater than zero.  Market operations use the ``MARKET_`` codes, account and trade
operations the ``TRADE_`` ones.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import localcontext
from typing import Literal

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket

from .accounts import (
    DEFAULT_API_KEY,
    DEFAULT_API_SECRET,
    DEFAULT_BALANCES,
    READ,
    READONLY_API_KEY,
    READONLY_API_SECRET,
    READONLY_BALANCES,
    TRADE,
    TRANSFER,
    Account,
)
from .engine import OrderRequest, Sandbox, parse_order
from .errors import ApiError, invalid_symbol, parameter_error
from .faults import FaultLayer, FaultLike, Faults
from .futures_api import FUTURES_ROUTES, FUTURES_WEIGHT
from .limits import RateLimited, RateLimits
from .market import INTERVALS
from .streams import FUTURES_PATH, PUBLIC_PATH, SPOT_PATH, Kind, Streams, StreamSettings
from .symbols import DECIMAL_CONTEXT, SYMBOLS, SYMBOLS_BY_NAME, SymbolRules
from .verify import authenticate, query_pairs

Family = Literal["MARKET", "TRADE"]
Data = dict[str, object] | None

MAX_MASS_ORDERS = 20
INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
_INTEGER = re.compile(r"-?[0-9]+")
_INT64_RANGE = f"a 64-bit integer, from {INT64_MIN} to {INT64_MAX}"


def real_clock() -> int:
    """The system clock in milliseconds since the epoch."""
    return time.time_ns() // 1_000_000


def in_int64(value: int) -> bool:
    """Whether ``value`` fits a signed 64-bit integer."""
    return INT64_MIN <= value <= INT64_MAX


def parse_integer(raw: str) -> int | None:
    """The whole number written in ``raw`` (an optional ``-`` and digits), or None.

    The digits are counted before anything is converted, so a number far outside the 64-bit
    range is not turned into a Python int at all (it is reported as out of range).
    """
    if _INTEGER.fullmatch(raw) is None:
        return None
    digits = raw.lstrip("-").lstrip("0")
    if len(digits) > 19:
        return INT64_MAX + 1
    return int(raw)


def _json_integer(text: str) -> int:
    """A JSON integer literal as an int; one with too many digits for 64 bits as just past the range."""
    value = parse_integer(text)
    assert value is not None, "json only passes integer literals"
    return value


# -- request reading ---------------------------------------------------------------------------


class Params:
    """The query parameters of one request, checked as they are read.

    A parameter the operation never reads is ignored, however often it is given; one it
    reads must be given at most once.  A numeric parameter whose value is 0 counts as not
    given, as Pionex documents, except where Pionex documents a range that starts above 0
    (every ``limit``): there 0 is below the minimum and refused like any other value outside it.
    """

    def __init__(self, pairs: Iterable[tuple[str, str]], family: Family, skip: frozenset[str]) -> None:
        self.family = family
        self.values: dict[str, list[str]] = {}
        for name, value in pairs:
            if name not in skip:
                self.values.setdefault(name, []).append(value)

    def error(self, message: str) -> ApiError:
        return parameter_error(self.family, message)

    def raw(self, name: str) -> str | None:
        """The value given for ``name`` (None when absent); refused when given more than once."""
        given = self.values.get(name)
        if given is None:
            return None
        if len(given) > 1:
            raise self.error(f"{name} is given more than once")
        return given[0]

    def text(self, name: str, *, required: bool = False) -> str | None:
        value = self.raw(name)
        if value is None:
            if required:
                raise self.error(f"{name} is required")
            return None
        if value == "":
            raise self.error(f"{name} must not be empty")
        return value

    def integer(
        self,
        name: str,
        *,
        required: bool = False,
        default: int | None = None,
        minimum: int | None = None,
        maximum: int | None = None,
        code: str | None = None,
    ) -> int | None:
        raw = self.raw(name)
        error_code = code or f"{self.family}_PARAMETER_ERROR"
        value = None
        if raw is not None:
            value = parse_integer(raw)
            if value is None:
                raise ApiError(400, error_code, f"{name} must be a whole number")
            if not in_int64(value):
                raise ApiError(400, error_code, f"{name} must be {_INT64_RANGE}")
        if value is None or (value == 0 and (minimum is None or minimum <= 0)):
            # absent, or 0, which Pionex disregards unless its documented range starts above 0
            if required:
                raise self.error(f"{name} is required" + ("" if raw is None else " (0 counts as not given)"))
            return default
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            if minimum is not None and maximum is not None:
                bounds = f"between {minimum} and {maximum}"
            else:
                bounds = f"at least {minimum}" if minimum is not None else f"at most {maximum}"
            raise ApiError(400, error_code, f"{name} must be {bounds}")
        return value

    def whole(
        self, name: str, *, default: int | None = None, minimum: int | None = None, maximum: int | None = None
    ) -> int:
        """A whole number that is required unless it has a default."""
        value = self.integer(name, required=default is None, default=default, minimum=minimum, maximum=maximum)
        assert value is not None
        return value

    def choice(self, name: str, choices: Sequence[str], default: str) -> str:
        raw = self.text(name)
        if raw is None:
            return default
        if raw not in choices:
            raise self.error(f"{name} must be one of {', '.join(choices)}")
        return raw

    def symbol(self, *, required: bool = True) -> SymbolRules | None:
        raw = self.text("symbol", required=required)
        if raw is None:
            return None
        return _lookup_symbol(raw, self.family)


def _lookup_symbol(name: str, family: Family) -> SymbolRules:
    rules = SYMBOLS_BY_NAME.get(name)
    if rules is None or (family == "TRADE" and rules.type != "SPOT"):
        raise invalid_symbol(family, name)
    return rules


@dataclass
class Call:
    """What an operation handler gets: the sandbox, the caller and the request's inputs."""

    sandbox: Sandbox
    account: Account | None
    params: Params
    body: bytes
    now: int

    @property
    def trader(self) -> Account:
        assert self.account is not None, "private operations always have an account"
        return self.account

    def body_object(self) -> dict[str, object]:
        try:
            value = json.loads(self.body, parse_int=_json_integer)
        except (ValueError, RecursionError):
            value = None
        if not isinstance(value, dict):
            raise parameter_error("TRADE", "the request body must be a JSON object")
        return value

    @staticmethod
    def body_integer(fields: dict[str, object], name: str, *, required: bool = False) -> int | None:
        """A JSON integer field of the body: 64-bit, and 0 counts as not given."""
        value = None
        if name in fields:
            given = fields[name]
            if not isinstance(given, int) or isinstance(given, bool):
                raise parameter_error("TRADE", f"{name} must be a JSON integer")
            if not in_int64(given):
                raise parameter_error("TRADE", f"{name} must be {_INT64_RANGE}")
            value = given
        if not value:  # absent, or 0, which Pionex disregards
            if required:
                suffix = " (0 counts as not given)" if name in fields else ""
                raise parameter_error("TRADE", f"{name} is required and must be a JSON integer{suffix}")
            return None
        return value

    @staticmethod
    def body_symbol(fields: dict[str, object]) -> SymbolRules:
        raw = fields.get("symbol")
        if not isinstance(raw, str) or not raw:
            raise parameter_error("TRADE", 'symbol is required (a string such as "BTC_USDT")')
        return _lookup_symbol(raw, "TRADE")


# -- market operations ---------------------------------------------------------------------------


def get_symbols(call: Call) -> Data:
    params = call.params
    names = params.text("symbols")
    kind = params.choice("type", ("SPOT", "PERP"), "SPOT")
    status = params.choice("status", ("ALL", "TRADING", "OFFLINE"), "ALL")
    if names is not None:
        chosen: list[SymbolRules] = []
        for name in names.split(","):
            if not name:
                raise params.error("symbols must be pair names separated by single commas")
            rules = _lookup_symbol(name, "MARKET")
            if rules not in chosen:
                chosen.append(rules)
    else:
        chosen = [
            rules
            for rules in SYMBOLS
            if rules.type == kind and (status == "ALL" or (rules.perp is not None and rules.perp.status == status))
        ]
    return {"symbols": [rules.info() for rules in chosen]}


def _market_symbol(call: Call) -> SymbolRules:
    rules = call.params.symbol()
    assert rules is not None
    return rules


def get_market_trades(call: Call) -> Data:
    rules = _market_symbol(call)
    limit = call.params.whole("limit", default=100, minimum=10, maximum=500)
    return {"trades": call.sandbox.markets[rules.symbol].trades_reply(limit)}


def get_market_depth(call: Call) -> Data:
    rules = _market_symbol(call)
    limit = call.params.whole("limit", default=20, minimum=1, maximum=1000)
    return call.sandbox.markets[rules.symbol].depth_reply(limit)


def _listed(call: Call, default_type: str) -> list[SymbolRules]:
    rules = call.params.symbol(required=False)
    kind = call.params.choice("type", ("SPOT", "PERP"), default_type)
    return [rules] if rules is not None else [entry for entry in SYMBOLS if entry.type == kind]


def get_tickers(call: Call) -> Data:
    markets = call.sandbox.markets
    return {"tickers": [markets[rules.symbol].ticker_reply(call.now) for rules in _listed(call, "SPOT")]}


def get_book_tickers(call: Call) -> Data:
    markets = call.sandbox.markets
    return {"tickers": [markets[rules.symbol].book_ticker_reply(call.now) for rules in _listed(call, "PERP")]}


def get_klines(call: Call) -> Data:
    params = call.params
    rules = _market_symbol(call)
    interval = params.text("interval", required=True)
    if interval not in INTERVALS:
        raise params.error(f"interval must be one of {', '.join(INTERVALS)}")
    end_time = params.integer("endTime", minimum=0, code="MARKET_INVALID_TIME")
    limit = params.whole("limit", default=100, minimum=1, maximum=500)
    end = call.now if end_time is None else min(end_time, call.now)
    return {"klines": call.sandbox.markets[rules.symbol].klines_reply(interval, end, limit)}


# -- account and trade operations -------------------------------------------------------------


def get_balances(call: Call) -> Data:
    return {"balances": call.sandbox.balances_reply(call.trader)}


def _placed(order_id: int, client_order_id: str | None) -> dict[str, object]:
    reply: dict[str, object] = {"orderId": order_id}
    if client_order_id is not None:
        reply["clientOrderId"] = client_order_id
    return reply


def new_order(call: Call) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields)
    order = call.sandbox.place(call.trader, parse_order(fields, rules), call.now)
    return _placed(order.order_id, order.client_order_id)


def new_mass_order(call: Call) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields)
    items = fields.get("orders")
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_MASS_ORDERS:
        raise parameter_error("TRADE", f"orders must be a list of 1 to {MAX_MASS_ORDERS} orders")
    requests: list[OrderRequest] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise parameter_error("TRADE", f"orders[{index}] must be a JSON object")
        try:
            requests.append(parse_order(item, rules, bulk=True))
        except ApiError as error:
            raise ApiError(error.status, error.code, f"orders[{index}]: {error.message}") from None
    orders = call.sandbox.place_many(call.trader, requests, call.now)
    return {"orderIds": [_placed(order.order_id, order.client_order_id) for order in orders]}


def _not_found(what: str) -> ApiError:
    return ApiError(400, "TRADE_ORDER_NOT_FOUND", f"no order {what} in this account")


def get_order(call: Call) -> Data:
    order_id = call.params.whole("orderId")
    order = call.sandbox.find_order(call.trader, order_id)
    if order is None:
        raise _not_found(str(order_id))
    return order.reply()


def get_order_by_client_order_id(call: Call) -> Data:
    client_order_id = call.params.text("clientOrderId", required=True)
    assert client_order_id is not None
    order = call.sandbox.find_by_client_id(call.trader, client_order_id)
    if order is None:
        raise _not_found(f"with clientOrderId {client_order_id!r}")
    return order.reply()


def cancel_order(call: Call) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields)
    order_id = call.body_integer(fields, "orderId", required=True)
    assert order_id is not None
    call.sandbox.cancel(call.trader, rules, order_id, call.now)
    return None


def cancel_all_orders(call: Call) -> Data:
    fields = call.body_object()
    rules = call.body_symbol(fields)
    call.sandbox.cancel_all(call.trader, rules, call.now)
    return None


def _trade_symbol(call: Call) -> SymbolRules:
    rules = call.params.symbol()
    assert rules is not None
    return rules


def get_open_orders(call: Call) -> Data:
    rules = _trade_symbol(call)
    return {"orders": [order.reply() for order in call.sandbox.open_orders(call.trader, rules.symbol)]}


def _time_range(params: Params) -> tuple[int | None, int | None]:
    start = params.integer("startTime", minimum=0)
    end = params.integer("endTime", minimum=0)
    if start is not None and end is not None and start > end:
        raise params.error("startTime must not be after endTime")
    return start, end


def get_all_orders(call: Call) -> Data:
    rules = _trade_symbol(call)
    start, end = _time_range(call.params)
    limit = call.params.whole("limit", default=50, minimum=1, maximum=200)
    orders = call.sandbox.all_orders(call.trader, rules.symbol, start, end, limit)
    return {"orders": [order.reply() for order in orders]}


def get_fills(call: Call) -> Data:
    rules = _trade_symbol(call)
    start, end = _time_range(call.params)
    fills = call.sandbox.account_fills(call.trader, rules.symbol, start, end)
    return {"fills": [fill.reply() for fill in fills]}


def get_fills_by_order_id(call: Call) -> Data:
    order_id = call.params.whole("orderId")
    from_id = call.params.integer("fromId")
    fills = call.sandbox.order_fills(call.trader, order_id, from_id)
    return {"fills": [fill.reply() for fill in fills]}


# -- routing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """One operation of the spec as the sandbox serves it."""

    operation_id: str
    method: str
    path: str
    family: Family
    permission: str | None
    handler: Callable[[Call], Data]
    weight: int = 1
    """What one request counts towards the rate limits (see :mod:`pionex_sandbox.limits`)."""


OPERATIONS: tuple[Operation, ...] = (
    Operation("getSymbols", "GET", "/api/v1/common/symbols", "MARKET", None, get_symbols, weight=5),
    Operation("getMarketTrades", "GET", "/api/v1/market/trades", "MARKET", None, get_market_trades),
    Operation("getMarketDepth", "GET", "/api/v1/market/depth", "MARKET", None, get_market_depth),
    Operation("getTickers", "GET", "/api/v1/market/tickers", "MARKET", None, get_tickers),
    Operation("getBookTickers", "GET", "/api/v1/market/bookTickers", "MARKET", None, get_book_tickers),
    Operation("getKlines", "GET", "/api/v1/market/klines", "MARKET", None, get_klines),
    Operation("getBalances", "GET", "/api/v1/account/balances", "TRADE", READ, get_balances),
    Operation("newOrder", "POST", "/api/v1/trade/order", "TRADE", TRADE, new_order),
    Operation("getOrder", "GET", "/api/v1/trade/order", "TRADE", READ, get_order),
    Operation("cancelOrder", "DELETE", "/api/v1/trade/order", "TRADE", TRADE, cancel_order),
    Operation("newMassOrder", "POST", "/api/v1/trade/massOrder", "TRADE", TRADE, new_mass_order),
    Operation(
        "getOrderByClientOrderId",
        "GET",
        "/api/v1/trade/orderByClientOrderId",
        "TRADE",
        READ,
        get_order_by_client_order_id,
    ),
    Operation("getOpenOrders", "GET", "/api/v1/trade/openOrders", "TRADE", READ, get_open_orders, weight=5),
    Operation("getAllOrders", "GET", "/api/v1/trade/allOrders", "TRADE", READ, get_all_orders, weight=5),
    Operation("cancelAllOrders", "DELETE", "/api/v1/trade/allOrders", "TRADE", TRADE, cancel_all_orders),
    Operation("getFills", "GET", "/api/v1/trade/fills", "TRADE", READ, get_fills, weight=5),
    Operation(
        "getFillsByOrderId", "GET", "/api/v1/trade/fillsByOrderId", "TRADE", READ, get_fills_by_order_id, weight=5
    ),
    *(Operation(*route, weight=FUTURES_WEIGHT) for route in FUTURES_ROUTES),
)
"""The 17 spot operations and the 32 futures-only ones (see :mod:`pionex_sandbox.futures_api`), as
(operationId, method, path, code family, permission, handler, weight)."""

_TIMESTAMP = frozenset({"timestamp"})


def _envelope_ok(data: Data, now: int) -> JSONResponse:
    content: dict[str, object] = {"result": True}
    if data is not None:
        content["data"] = data
    content["timestamp"] = now
    return JSONResponse(content)


def _envelope_error(status: int, code: str, message: str, now: int) -> JSONResponse:
    content: dict[str, object] = {"result": False, "code": code, "message": message}
    content["timestamp"] = now
    return JSONResponse(content, status_code=status)


def sandbox_of(app: Starlette) -> Sandbox:
    """The state of a sandbox app (the same object as ``app.state.sandbox``), typed."""
    sandbox = app.state.sandbox
    assert isinstance(sandbox, Sandbox)
    return sandbox


def streams_of(app: Starlette) -> Streams:
    """The stream endpoints' state and faults of a sandbox app (``app.state.streams``), typed."""
    streams = app.state.streams
    assert isinstance(streams, Streams)
    return streams


def faults_of(app: Starlette) -> Faults:
    """The fault plan of a sandbox app (the same object as ``app.state.faults``), typed.

    Every app :func:`create_app` makes has one (without faults unless asked for); a test
    changes it between requests with :meth:`~pionex_sandbox.faults.Faults.set` and
    :meth:`~pionex_sandbox.faults.Faults.clear`, and counts strikes with
    :meth:`~pionex_sandbox.faults.Faults.count`.
    """
    faults = app.state.faults
    assert isinstance(faults, Faults)
    return faults


class SandboxApp(Starlette):
    """The sandbox's Starlette app: the faults of ``state.faults`` wrap everything else it does.

    The fault layer is outside Starlette's own middleware, so that it talks to the server
    directly (a reset needs the server's connection, see :mod:`pionex_sandbox.faults`).
    """

    def build_middleware_stack(self) -> ASGIApp:
        sandbox = sandbox_of(self)
        return _collapse_slashes(FaultLayer(super().build_middleware_stack(), lambda: faults_of(self), sandbox.now))


_SLASHES = re.compile(r"/{2,}")
_RAW_SLASHES = re.compile(rb"/{2,}")


def _collapse_slashes(app: ASGIApp) -> ASGIApp:
    """``app`` reading every run of slashes in a request's path as one (``//api/v1/x`` is ``/api/v1/x``)."""

    async def collapsed(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and "//" in scope["path"]:
            scope = {**scope, "path": _SLASHES.sub("/", scope["path"])}
            raw = scope.get("raw_path")
            if isinstance(raw, bytes):
                scope["raw_path"] = _RAW_SLASHES.sub(b"/", raw)
        await app(scope, receive, send)

    return collapsed


def _endpoint_for(operations: Sequence[Operation]) -> Callable[[Request], Awaitable[Response]]:
    by_method = {operation.method: operation for operation in operations}

    async def endpoint(request: Request) -> Response:
        sandbox = sandbox_of(request.app)
        operation = by_method["GET" if request.method == "HEAD" else request.method]
        try:
            body = await request.body()
        except ClientDisconnect:
            # The client hung up before sending its whole body: nobody is left to answer.
            return Response(status_code=400)
        raw_query = request.scope.get("query_string", b"").decode("utf-8", errors="replace")
        with sandbox.lock, localcontext(DECIMAL_CONTEXT):
            now = sandbox.now()
            sandbox.futures.catch_up(now)  # funding and liquidations due by now
            limits = sandbox.rate_limits
            try:
                if limits is not None:
                    address = request.client.host if request.client is not None else "unknown"
                    limits.admit(f"ip {address}", operation.weight, "this IP address")
                pairs = query_pairs(raw_query)
                account = None
                if operation.permission is not None:
                    account = authenticate(
                        headers=request.headers,
                        method=request.method,
                        path=request.url.path,
                        pairs=pairs,
                        body=body,
                        now_ms=now,
                        find_account=sandbox.account,
                        permission=operation.permission,
                    )
                    if limits is not None:
                        limits.admit(f"account {account.api_key}", operation.weight, "this account")
                skip = _TIMESTAMP if operation.permission is not None else frozenset()
                params = Params(pairs, operation.family, skip)
                data = operation.handler(Call(sandbox, account, params, body, now))
            except ApiError as error:
                return _envelope_error(error.status, error.code, error.message, now)
            except RateLimited as refusal:
                return _envelope_error(429, "TOO_MANY_REQUESTS", refusal.message, now)
            finally:
                streams_of(request.app).publish()  # what the operation changed, to the private streams
            return _envelope_ok(data, now)

    return endpoint


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    now = sandbox_of(request.app).now()
    if exc.status_code == 404:
        code, message = "NOT_FOUND", f"the sandbox serves no operation at {request.url.path}"
    elif exc.status_code == 405:
        code, message = "METHOD_NOT_ALLOWED", f"{request.method} is not an operation of {request.url.path}"
    else:
        code, message = "HTTP_ERROR", exc.detail
    response = _envelope_error(exc.status_code, code, message, now)
    response.headers.update(exc.headers or {})
    return response


def create_app(
    *,
    seed: int = 0,
    api_key: str = DEFAULT_API_KEY,
    api_secret: str = DEFAULT_API_SECRET,
    clock: Callable[[], int] | None = None,
    rate_limits: bool = False,
    faults: Faults | Iterable[FaultLike] | None = None,
    streams: StreamSettings | None = None,
) -> Starlette:
    """A fresh sandbox: its own accounts, books, orders and fills.

    ``seed`` fixes the synthetic market (books, recent trades, candles).  ``api_key`` and
    ``api_secret`` are the credentials of the default account, which may read and trade
    and starts with :data:`~pionex_sandbox.accounts.DEFAULT_BALANCES`; the defaults are fake
    values that mean nothing outside the sandbox.  A read-only account
    (:data:`~pionex_sandbox.accounts.READONLY_API_KEY`) exists too.  ``clock`` returns the
    time in milliseconds since the epoch (the system clock by default); with a clock that
    does not move, the same requests always get byte-identical replies.  ``rate_limits``
    applies Pionex's request rate limits (HTTP 429 and a ban past them; see
    :mod:`pionex_sandbox.limits`), which are off by default.  ``faults`` is the plan of
    faults to apply (a :class:`~pionex_sandbox.faults.Faults`, or faults and specs such as
    ``"status:503:p=0.1"``, seed 0; see :mod:`pionex_sandbox.faults`); none by default.
    ``streams`` sets the timings and limits of the stream endpoints ``/wsPub``, ``/ws`` and
    ``/wsUA`` (Pionex's by default; see :mod:`pionex_sandbox.streams`).

    The state is ``app.state.sandbox`` (a :class:`~pionex_sandbox.engine.Sandbox`, also
    returned by :func:`sandbox_of`), where tests can add accounts or inspect orders; the
    fault plan is ``app.state.faults`` (also returned by :func:`faults_of`).
    """
    if api_key == READONLY_API_KEY:
        raise ValueError("api_key must differ from the read-only account's key")
    sandbox = Sandbox(seed=seed, clock=clock or real_clock)
    sandbox.add_account("trading", api_key, api_secret, (READ, TRADE, TRANSFER), DEFAULT_BALANCES)
    sandbox.add_account("read-only", READONLY_API_KEY, READONLY_API_SECRET, (READ,), READONLY_BALANCES)
    if rate_limits:
        sandbox.rate_limits = RateLimits()
    grouped: dict[str, list[Operation]] = {}
    for operation in OPERATIONS:
        grouped.setdefault(operation.path, []).append(operation)
    routes: list[BaseRoute] = [
        Route(path, _endpoint_for(operations), methods=[operation.method for operation in operations])
        for path, operations in grouped.items()
    ]
    stream_paths: tuple[tuple[str, Kind], ...] = (
        (PUBLIC_PATH, "public"),
        (SPOT_PATH, "spot"),
        (FUTURES_PATH, "futures"),
    )
    routes.extend(WebSocketRoute(path, _stream_endpoint(kind)) for path, kind in stream_paths)
    app = SandboxApp(routes=routes, exception_handlers={HTTPException: _http_error})
    app.router.redirect_slashes = False
    app.state.sandbox = sandbox
    app.state.faults = faults if isinstance(faults, Faults) else Faults(faults or ())
    app.state.streams = Streams(sandbox, streams)
    return app


def _stream_endpoint(kind: Kind) -> Callable[[WebSocket], Awaitable[None]]:
    async def endpoint(websocket: WebSocket) -> None:
        await streams_of(websocket.app).serve(websocket, kind)

    return endpoint
