"""``from pionex_ccxt.pro import pionex``: the async class, whose ``watch_*`` methods are ccxt pro's."""

from .async_support import pionex

__all__ = ["pionex"]
