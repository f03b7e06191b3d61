"""The Starlette application: the route table from the spec, authentication, envelopes.

Every reply is a JSON envelope like Pionex's: ``{"result": true, "data": ..., "timestamp": ms}``
on success (the two cancel operations send no ``data``), ``{"result": false, "code": ...,
"message": ..., "timestamp": ms}`` on refusal (a few refusals add ``data``, as Pionex's do: the
signal delete refused for open bots says how many in ``data.cnt``).

HTTP statuses are the ones Pionex documents in the ``responses`` of its operations:

* 200 for every success;
* 400 for a refused request: parameter errors, unknown symbols, refused trades, unknown
  orders (``MARKET_...`` and ``TRADE_...`` codes, see :mod:`pionex_sandbox.http.params`);
* 401 for every authentication failure of a private operation, ``PERMISSION_DENIED``
  included (see :mod:`pionex_sandbox.verify`), which Pionex lists with the key and signature
  errors; Pionex documents no 403;
* 429 when the request goes over Pionex's rate limits (only when the sandbox applies them,
  see :mod:`pionex_sandbox.limits`).

So a market operation answers 200 or 400, ``getBalances`` (whose only parameter is the
timestamp, an authentication matter) 200 or 401, and the other private operations 200, 400
or 401, plus 429 under rate limits.  A path the sandbox does not serve gets a 404 envelope and
a known path with the wrong method a 405 envelope; an operation of the spec that no product
answers gets a 501 envelope.

Every failure carries a ``code``, as Pionex's failure envelope has one (published clients read
it unconditionally).  Pionex's list of codes has none for a rate limit, an unknown path or a
wrong method, so the sandbox names them itself: ``TOO_MANY_REQUESTS`` (429), ``NOT_FOUND``
(404), ``METHOD_NOT_ALLOWED`` (405) and ``NOT_IMPLEMENTED`` (501).

Runs of slashes in a path are read as one before anything else, for routing and for the
signature alike: published clients join ``https://host/`` and ``/api/...`` into
``//api/...`` while signing ``/api/...``, and the exchange serves them.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from decimal import localcontext
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket

from ..accounts import (
    DEFAULT_API_KEY,
    DEFAULT_API_SECRET,
    DEFAULT_BALANCES,
    DEFAULT_PERMISSIONS,
    READ,
    READONLY_API_KEY,
    READONLY_API_SECRET,
    READONLY_BALANCES,
)
from ..bots import COPY_PRODUCT as BOT_COPY
from ..bots import PRODUCT as BOTS
from ..core.sandbox import Sandbox, TravelClock
from ..earn.arbitrage import PRODUCT as EARN_ARBITRAGE
from ..earn.dual import PRODUCT as EARN_DUAL
from ..errors import ApiError
from ..faults import FaultLayer, FaultLike, Faults
from ..futures import PRODUCT as FUTURES
from ..inst_fund import PRODUCT as INST_FUND
from ..limits import RateLimited, RateLimits
from ..market import PRODUCT as MARKET
from ..partner import PRODUCT as PARTNER
from ..product import Product
from ..remote import CLOCK_PATH
from ..spot import PRODUCT as SPOT
from ..streams.feed import Feed
from ..streams.hub import Streams, StreamSettings
from ..symbols import DECIMAL_CONTEXT
from ..verify import authenticate, query_pairs
from ..wallet import PRODUCT as WALLET
from .params import Call, Data, Params
from .routes import Handler, load_spec, routes_of
from .routes import Route as SpecRoute

PRODUCTS: tuple[Product[Any], ...] = (
    MARKET,
    SPOT,
    FUTURES,
    BOTS,
    BOT_COPY,
    WALLET,
    PARTNER,
    INST_FUND,
    EARN_DUAL,
    EARN_ARBITRAGE,
)
"""The products a sandbox has unless told otherwise: market data, spot, futures, the grid bots, the
copying bots (smart copy, signals, the curated lists), the wallet overview, the partner statistics,
the institutional fund, dual investment and term arbitrage."""

_TIMESTAMP = frozenset({"timestamp"})
_SLASHES = re.compile(r"/{2,}")
_RAW_SLASHES = re.compile(rb"/{2,}")


def served_routes(
    spec: Mapping[str, Any] | None = None, products: Sequence[Product[Any]] = PRODUCTS
) -> tuple[SpecRoute, ...]:
    """The operations of ``spec`` that one of ``products`` answers."""
    answered = {operation_id for product in products for operation_id in product.operations}
    return tuple(
        route for route in routes_of(spec if spec is not None else load_spec()) if route.operation_id in answered
    )


def real_clock() -> int:
    """The system clock in milliseconds since the epoch."""
    return time.time_ns() // 1_000_000


def _envelope_ok(data: Data, now: int) -> JSONResponse:
    content: dict[str, object] = {"result": True}
    if data is not None:
        content["data"] = data
    content["timestamp"] = now
    return JSONResponse(content)


def _envelope_error(
    status: int, code: str, message: str, now: int, data: dict[str, object] | None = None
) -> JSONResponse:
    content: dict[str, object] = {"result": False, "code": code, "message": message}
    if data is not None:
        content["data"] = data
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


def routes_of_app(app: Starlette) -> tuple[SpecRoute, ...]:
    """The operations a sandbox app serves (``app.state.routes``), from its spec."""
    routes = app.state.routes
    assert isinstance(routes, tuple)
    return routes


class SandboxApp(Starlette):
    """The sandbox's Starlette app: the faults of ``state.faults`` wrap everything else it does.

    The fault layer is outside Starlette's own middleware, so that it talks to the server
    directly (a reset needs the server's connection, see :mod:`pionex_sandbox.faults`); outside
    it, runs of slashes in the path are read as one.
    """

    def build_middleware_stack(self) -> ASGIApp:
        sandbox = sandbox_of(self)
        return _collapse_slashes(FaultLayer(super().build_middleware_stack(), lambda: faults_of(self), sandbox.now))


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


def _not_implemented(route: SpecRoute) -> Handler:
    def handler(call: Call) -> Data:
        raise ApiError(501, "NOT_IMPLEMENTED", f"no product of this sandbox answers {route.operation_id}")

    return handler


def _endpoint_for(routes: Sequence[tuple[SpecRoute, Handler]]) -> Callable[[Request], Awaitable[Response]]:
    by_method = {route.method: (route, handler) for route, handler in routes}

    async def endpoint(request: Request) -> Response:
        sandbox = sandbox_of(request.app)
        route, handler = by_method["GET" if request.method == "HEAD" else request.method]
        try:
            body = await request.body()
        except ClientDisconnect:
            # The client hung up before sending its whole body: nobody is left to answer.
            return Response(status_code=400)
        raw_query = request.scope.get("query_string", b"").decode("utf-8", errors="replace")
        with sandbox.lock, localcontext(DECIMAL_CONTEXT):
            now = sandbox.now()
            sandbox.catch_up(now)  # resting orders the market reached, funding and liquidations due by now
            limits = sandbox.rate_limits
            try:
                if limits is not None:
                    address = request.client.host if request.client is not None else "unknown"
                    limits.admit(f"ip {address}", route.weight, "this IP address")
                pairs = query_pairs(raw_query)
                account = None
                if route.permission is not None:
                    account = authenticate(
                        headers=request.headers,
                        method=request.method,
                        path=request.url.path,
                        pairs=pairs,
                        body=body,
                        now_ms=sandbox.request_time(now),
                        find_account=sandbox.account,
                        permission=route.permission,
                    )
                    if limits is not None:
                        limits.admit(f"account {account.api_key}", route.weight, "this account", account=True)
                skip = _TIMESTAMP if route.permission is not None else frozenset()
                data = handler(Call(sandbox, account, Params(pairs, route.family, skip), body, now))
            except ApiError as error:
                return _envelope_error(error.status, error.code, error.message, sandbox.request_time(now), error.data)
            except RateLimited as refusal:
                return _envelope_error(429, "TOO_MANY_REQUESTS", refusal.message, sandbox.request_time(now))
            finally:
                streams_of(request.app).publish()  # what the operation changed, to the private streams
            return _envelope_ok(data, sandbox.request_time(now))

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


async def _clock_endpoint(request: Request) -> Response:
    """``GET``: the sandbox's time and how far it travelled; ``POST {"advanceMs": N}``: travel N ms ahead.

    After a move the sandbox catches up at once (orders the market reached fill, funding is paid,
    bots trade), so the reply's time is where everything now stands.
    """
    sandbox = sandbox_of(request.app)
    clock = sandbox.clock
    assert isinstance(clock, TravelClock)
    advance: object = 0
    if request.method == "POST":
        try:
            body = json.loads(await request.body() or b"{}")
        except (ValueError, ClientDisconnect):
            body = None
        advance = body.get("advanceMs") if isinstance(body, dict) else None
        if isinstance(advance, bool) or not isinstance(advance, int) or not 0 <= advance <= MAX_ADVANCE_MS:
            return _envelope_error(
                400,
                "PARAMETER_ERROR",
                f"advanceMs must be a whole number of milliseconds from 0 to {MAX_ADVANCE_MS} (a year)",
                sandbox.request_time(sandbox.now()),
            )
    assert isinstance(advance, int)
    with sandbox.lock, localcontext(DECIMAL_CONTEXT):
        clock.advance(advance)
        now = sandbox.now()
        sandbox.catch_up(now)
        streams_of(request.app).publish()
        return _envelope_ok({"time": now, "shiftMs": clock.shift_ms}, sandbox.request_time(now))


MAX_ADVANCE_MS = 366 * 24 * 3600 * 1000
"""The longest one move of the clock may be (a year: a longer jump is several moves)."""


def _stream_endpoint(path: str) -> Callable[[WebSocket], Awaitable[None]]:
    async def endpoint(websocket: WebSocket) -> None:
        await streams_of(websocket.app).serve(websocket, path)

    return endpoint


def create_app(
    *,
    seed: int = 0,
    api_key: str = DEFAULT_API_KEY,
    api_secret: str = DEFAULT_API_SECRET,
    clock: Callable[[], int] | None = None,
    rate_limits: bool = False,
    faults: Faults | Iterable[FaultLike] | None = None,
    streams: StreamSettings | None = None,
    moving_market: bool = True,
    spec: Mapping[str, Any] | None = None,
    products: Sequence[Product[Any]] = PRODUCTS,
    time_travel: bool = False,
) -> Starlette:
    """A fresh sandbox: its own accounts, books, orders and fills.

    ``seed`` fixes the synthetic market (books, recent trades, candles, and how they move).
    ``api_key`` and ``api_secret`` are the credentials of the default account, which may read,
    trade, transfer, run bots (``bot_read``, ``bot_trade``), read the partner statistics (``partner``) and
    use the institutional fund (``inst_fund``, ``inst_fund_withdraw``) and earn products (``earn``), and starts with :data:`~pionex_sandbox.accounts.DEFAULT_BALANCES`; the
    defaults are fake values that mean nothing outside the sandbox.  A read-only account
    (:data:`~pionex_sandbox.accounts.READONLY_API_KEY`) exists too.  ``clock`` returns the
    time in milliseconds since the epoch (the system clock by default); with a clock that
    does not move, the same requests always get byte-identical replies.  ``rate_limits``
    applies Pionex's request rate limits (HTTP 429 and a ban past them; see
    :mod:`pionex_sandbox.limits`), which are off by default.  ``faults`` is the plan of
    faults to apply (a :class:`~pionex_sandbox.faults.Faults`, or faults and specs such as
    ``"status:503:p=0.1"``, seed 0; see :mod:`pionex_sandbox.faults`); none by default.
    ``streams`` sets the timings and limits of the stream endpoints ``/wsPub``, ``/ws`` and
    ``/wsUA`` (Pionex's by default; see :mod:`pionex_sandbox.streams`).  ``moving_market``
    makes the books and trades follow the price path on the sandbox clock, so that resting
    orders fill as the price reaches them (see :mod:`pionex_sandbox.core.market`); without it
    they change only by trading.  ``time_travel`` runs the sandbox on a
    :class:`~pionex_sandbox.core.sandbox.TravelClock` over ``clock`` and serves ``GET`` and
    ``POST /sandbox/v1/clock`` (``{"advanceMs": 86400000}`` moves a day ahead): markets, orders,
    funding and bots move on, while signed requests are still checked against ``clock``.

    ``spec`` is the OpenAPI document whose operations are served (the project's own, as
    shipped with the generated client, by default), and ``products`` the products that answer
    them (:data:`PRODUCTS`): each operation of the spec is served at its method and path with
    its permission and weight, by the handler a product registered for its operation id.

    The state is ``app.state.sandbox`` (a :class:`~pionex_sandbox.core.sandbox.Sandbox`, also
    returned by :func:`sandbox_of`), where tests can add accounts or reach a product's engine
    (``sandbox_of(app).engine(Spot)``); the fault plan is ``app.state.faults`` (also returned by
    :func:`faults_of`).
    """
    if api_key == READONLY_API_KEY:
        raise ValueError("api_key must differ from the read-only account's key")
    base = clock or real_clock
    sandbox = Sandbox(seed=seed, clock=TravelClock(base) if time_travel else base, moving_market=moving_market)
    sandbox.add_account("trading", api_key, api_secret, DEFAULT_PERMISSIONS, DEFAULT_BALANCES)
    sandbox.add_account("read-only", READONLY_API_KEY, READONLY_API_SECRET, (READ,), READONLY_BALANCES)
    document = spec if spec is not None else load_spec()
    if rate_limits:
        sandbox.rate_limits = RateLimits.from_spec(document)
    handlers: dict[str, Handler] = {}
    feeds: list[Feed] = []
    for product in products:
        engine = sandbox.install(product.engine(sandbox))
        for operation_id, handler in product.operations.bind(engine).items():
            if operation_id in handlers:
                raise ValueError(f"two products answer {operation_id}")
            handlers[operation_id] = handler
        feeds.extend(product.feeds(engine))
    table = tuple(routes_of(document))
    unknown = set(handlers) - {route.operation_id for route in table}
    if unknown:
        raise ValueError(f"products answer operations the spec does not have: {', '.join(sorted(unknown))}")
    grouped: dict[str, list[tuple[SpecRoute, Handler]]] = {}
    for route in table:
        handler = handlers.get(route.operation_id) or _not_implemented(route)
        grouped.setdefault(route.path, []).append((route, handler))
    routes: list[BaseRoute] = [
        Route(path, _endpoint_for(served), methods=[route.method for route, _ in served])
        for path, served in grouped.items()
    ]
    if time_travel:
        routes.append(Route(CLOCK_PATH, _clock_endpoint, methods=["GET", "POST"]))
    hub = Streams(sandbox, streams, feeds)
    routes.extend(WebSocketRoute(path, _stream_endpoint(path)) for path in hub.endpoints)
    app = SandboxApp(routes=routes, exception_handlers={HTTPException: _http_error})
    app.router.redirect_slashes = False
    app.state.sandbox = sandbox
    app.state.routes = table
    app.state.faults = faults if isinstance(faults, Faults) else Faults(faults or ())
    app.state.streams = hub
    return app
