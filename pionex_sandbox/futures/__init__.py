"""The futures product: USDT-margined perpetual futures (``/uapi`` trading and account, transfers,
futures market data), and its streams (ORDERBOOK and INDEX on ``/wsPub``, the ``/wsUA`` channels)."""

from __future__ import annotations

from ..product import Product
from .engine import Futures
from .feed import FuturesFeed, FuturesMarketFeed
from .handlers import OPERATIONS
from .records import FuturesAccount, FuturesFill, FuturesOrder, Position
from .rules import FUNDING_INTERVAL_MS, FUTURES_FEE_RATE, RISK_TABLES

PRODUCT = Product(
    "futures", Futures, OPERATIONS, feeds=lambda futures: (FuturesMarketFeed(futures), FuturesFeed(futures))
)

__all__ = [
    "FUNDING_INTERVAL_MS",
    "FUTURES_FEE_RATE",
    "PRODUCT",
    "RISK_TABLES",
    "Futures",
    "FuturesAccount",
    "FuturesFeed",
    "FuturesFill",
    "FuturesMarketFeed",
    "FuturesOrder",
    "Position",
]
