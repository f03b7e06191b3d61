"""A local, offline stand-in for Pionex's REST API: the 17 Spot operations of the project's spec
and the 32 futures-only operations of Pionex's futures API (see :mod:`pionex_sandbox.futures`).

It answers like the exchange does: the same paths, parameters, reply envelopes and error
codes, the same signature checks on private operations, and a small trading engine that
fills orders against synthetic order books.  Markets come from a seed, so replies are
reproducible; with a frozen clock they are byte-identical from run to run.

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
from .app import OPERATIONS, create_app, faults_of, sandbox_of, streams_of
from .engine import Fill, Order, Sandbox
from .faults import ConnectionDropped, Fault, Faults, Strike
from .futures import FUNDING_INTERVAL_MS, FUTURES_FEE_RATE, RISK_TABLES, Futures
from .server import RunningSandbox, running_sandbox
from .streams import Streams, StreamSettings
from .symbols import FEE_RATE, SYMBOLS, SymbolRules

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_API_SECRET",
    "DEFAULT_BALANCES",
    "FEE_RATE",
    "FUNDING_INTERVAL_MS",
    "FUTURES_FEE_RATE",
    "OPERATIONS",
    "READONLY_API_KEY",
    "READONLY_API_SECRET",
    "READONLY_BALANCES",
    "RISK_TABLES",
    "SYMBOLS",
    "Account",
    "ConnectionDropped",
    "Fault",
    "Faults",
    "Fill",
    "Futures",
    "Holding",
    "Order",
    "RunningSandbox",
    "Sandbox",
    "StreamSettings",
    "Streams",
    "Strike",
    "SymbolRules",
    "create_app",
    "faults_of",
    "running_sandbox",
    "sandbox_of",
    "streams_of",
]
