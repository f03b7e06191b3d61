"""Pionex's trading bots in the sandbox, as two products: the grids (:data:`PRODUCT`: spot and
futures grids and the bot order list) and copying (:data:`COPY_PRODUCT`: smart copy bots, user
signals and the curated copy-trade lists, in :mod:`.copying`, :mod:`.signals`, :mod:`.kol` and
:mod:`.copy_handlers`).  The bot order list shows the bots of both.

* :mod:`.ledger`: what every bot's money goes through, so that money is conserved across the spot
  holdings, the futures wallet and the bots;
* :mod:`.grid`: a grid's levels and intervals; :mod:`.spot_grid` and :mod:`.futures_grid`: what each
  kind of grid does with its money; :mod:`.checks`: their parameters, checked with Pionex's
  messages, and ``checkParams``' estimates; :mod:`.strategy`: the spot grid's AI strategy;
* :mod:`.engine`: every grid, brought forward by the sandbox's clock; :mod:`.handlers` and
  :mod:`.replies`: the grid operations and the bot order list.

The choices the sandbox made where Pionex's bot file is silent are written where they apply
(fees and profit: :mod:`.grid`; money: :mod:`.spot_grid`, :mod:`.futures_grid`; limits and messages:
:mod:`.checks`; the clock: :mod:`.engine`; reply fields: :mod:`.replies`; the list's paging:
:mod:`.handlers`; the AI strategy: :mod:`.strategy`).
"""

from __future__ import annotations

from ..product import Product
from .copy_handlers import COPY_PRODUCT
from .copying import Copying
from .engine import Bots
from .handlers import OPERATIONS, PAGE_SIZE
from .records import FuturesGrid, SpotGrid

PRODUCT = Product("bots", Bots, OPERATIONS)

__all__ = ["COPY_PRODUCT", "PAGE_SIZE", "PRODUCT", "Bots", "Copying", "FuturesGrid", "SpotGrid"]
