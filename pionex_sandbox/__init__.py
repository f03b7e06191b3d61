"""A local, offline stand-in for Pionex's REST API and streams: every operation of the project's
spec that a product of the sandbox answers (market data, spot, perpetual futures, bots, the wallet
overview, partner statistics, the institutional fund, dual investment and term arbitrage).

It answers like the exchange does: the same paths, parameters, reply envelopes and error
codes, the same signature checks on private operations, and trading engines that fill
orders against synthetic order books which move with a seeded price path on the sandbox's
clock.  Markets come from a seed, so replies are reproducible; with a frozen clock they are
byte-identical from run to run.

The layout, for finding one's way:

* :mod:`pionex_sandbox.http`: the app, the route table read from the spec (operation ids,
  methods, paths, permissions and weights are never restated here), request reading;
* :mod:`pionex_sandbox.core`: what the products share: the sandbox's state, markets and their
  motion, books, matching, the order engine skeleton;
* one folder per product (:mod:`pionex_sandbox.market`, :mod:`pionex_sandbox.spot`,
  :mod:`pionex_sandbox.futures`, :mod:`pionex_sandbox.bots`, :mod:`pionex_sandbox.wallet`,
  :mod:`pionex_sandbox.partner`, :mod:`pionex_sandbox.inst_fund`, :mod:`pionex_sandbox.earn.dual`,
  :mod:`pionex_sandbox.earn.arbitrage`), each with its engine, handlers, replies and stream feeds,
  described by a :class:`~pionex_sandbox.product.Product`;
* :mod:`pionex_sandbox.streams`: the WebSocket server the products' feeds publish on;
* :mod:`pionex_sandbox.verify`, :mod:`pionex_sandbox.limits`, :mod:`pionex_sandbox.faults`:
  signatures, rate limits and faults on demand.

Entry points:

* :func:`create_app` builds the ASGI (Starlette) app; use it in-process, e.g. with
  ``httpx.AsyncClient(transport=httpx.ASGITransport(app=app))``.
* :func:`running_sandbox` serves an app on a free loopback port in a background thread,
  for synchronous clients.
* ``python -m pionex_sandbox`` serves one from the command line until Ctrl-C.
* :class:`Faults` (``create_app(faults=...)``, :func:`faults_of`) makes it misbehave on
  demand: latency, 5xx replies, HTML error pages, resets, truncated bodies, silence, before
  or after it acted on the request (see :mod:`pionex_sandbox.faults`).
* The same app serves Pionex's streams at ``/wsPub``, ``/ws`` and ``/wsUA``, with faults of
  their own (:func:`streams_of`, ``RunningSandbox.streams``; see :mod:`pionex_sandbox.streams`).

All credentials below are fake on purpose and only mean something to the sandbox.  This
package shares no code with the client it is meant to test: its signature check is written
from the signing rules, so a mistake in the client cannot be hidden by the same mistake here.
"""

from __future__ import annotations

# First: without the sandbox extra, say how to install it (before Starlette or uvicorn is imported).
from . import _extra  # noqa: F401
from .accounts import (
    DEFAULT_API_KEY,
    DEFAULT_API_SECRET,
    DEFAULT_BALANCES,
    READONLY_API_KEY,
    READONLY_API_SECRET,
    READONLY_BALANCES,
    Account,
    Holding,
)
from .core.sandbox import Engine, Sandbox
from .faults import ConnectionDropped, Fault, Faults, Strike
from .futures import FUNDING_INTERVAL_MS, FUTURES_FEE_RATE, RISK_TABLES, Futures
from .http.app import PRODUCTS, create_app, faults_of, sandbox_of, served_routes, streams_of
from .http.routes import Operations, Route
from .market import MarketData
from .product import Product
from .remote import sandbox_clock
from .server import RunningSandbox, running_sandbox
from .spot import Fill, Order, Spot
from .streams import Feed, Streams, StreamSettings
from .symbols import FEE_RATE, SYMBOLS, SymbolRules

OPERATIONS: tuple[Route, ...] = served_routes()
"""The operations the default sandbox answers, from the spec (operation id, method, path,
permission, weight)."""

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_API_SECRET",
    "DEFAULT_BALANCES",
    "FEE_RATE",
    "FUNDING_INTERVAL_MS",
    "FUTURES_FEE_RATE",
    "OPERATIONS",
    "PRODUCTS",
    "READONLY_API_KEY",
    "READONLY_API_SECRET",
    "READONLY_BALANCES",
    "RISK_TABLES",
    "SYMBOLS",
    "Account",
    "ConnectionDropped",
    "Engine",
    "Fault",
    "Faults",
    "Feed",
    "Fill",
    "Futures",
    "Holding",
    "MarketData",
    "Operations",
    "Order",
    "Product",
    "Route",
    "RunningSandbox",
    "Sandbox",
    "Spot",
    "StreamSettings",
    "Streams",
    "Strike",
    "SymbolRules",
    "create_app",
    "faults_of",
    "running_sandbox",
    "sandbox_clock",
    "sandbox_of",
    "served_routes",
    "streams_of",
]
