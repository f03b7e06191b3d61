"""The spot product: balances, orders and fills of spot pairs (REST, and the ``/ws`` streams)."""

from __future__ import annotations

from ..product import Product
from .engine import Spot
from .feed import SpotFeed
from .handlers import OPERATIONS
from .records import Fill, Order, OrderRequest

PRODUCT = Product("spot", Spot, OPERATIONS, feeds=lambda spot: (SpotFeed(spot),))

__all__ = ["PRODUCT", "Fill", "Order", "OrderRequest", "Spot", "SpotFeed"]
