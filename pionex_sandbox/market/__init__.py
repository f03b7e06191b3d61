"""The market data product: pairs, public trades, the book, tickers and candles (REST and ``/wsPub``)."""

from __future__ import annotations

from ..product import Product
from .feed import MarketFeed
from .handlers import OPERATIONS, MarketData

PRODUCT = Product("market", MarketData, OPERATIONS, feeds=lambda data: (MarketFeed(data),))

__all__ = ["PRODUCT", "MarketData", "MarketFeed"]
