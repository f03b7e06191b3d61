"""Pionex's dual investment (``earnDual...``) in the sandbox: invest a coin against a strike and an
expiry for a fixed annualised yield; at expiry the index decides the coin it comes back in.

* :mod:`.catalogue`: the pairs and their limits, the products of every expiry (listed four days
  ahead, daily at 08:00 UTC), the index and the yields, all read off the sandbox's clock and
  price paths;
* :mod:`.engine`: the investments of every account: investing, matching, revoking, settlement at
  expiry by Pionex's rule, collecting, the money's ledgers and the audit;
* :mod:`.handlers`: the 11 operations and the choices where Pionex's file is silent.
"""

from __future__ import annotations

from ...product import Product
from .catalogue import PAIRS, Catalogue, DualProduct, Pair
from .engine import MATCH_MS, Dual, Investment, settle_amounts
from .handlers import OPERATIONS

PRODUCT = Product("earn_dual", Dual, OPERATIONS)

__all__ = [
    "MATCH_MS",
    "OPERATIONS",
    "PAIRS",
    "PRODUCT",
    "Catalogue",
    "Dual",
    "DualProduct",
    "Investment",
    "Pair",
    "settle_amounts",
]
