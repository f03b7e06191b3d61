"""Pionex for the ccxt world: ``from pionex_ccxt import pionex`` is a ccxt exchange class on this
project's client (``pip install "pionex-sdk[ccxt]"``).

    import pionex_ccxt

    exchange = pionex_ccxt.pionex({"apiKey": "...", "secret": "..."})
    exchange.fetch_ohlcv("BTC/USDT", "1h")

Every call goes through :class:`pionex_wrapper.Pionex` (its rate limiter, clock, retries and order
reconciliation), never through ccxt's own HTTP layer.  The modules:

* :mod:`pionex_ccxt.base`: what the sync and async classes share: ``describe()``, the market ids,
  the error mapping, and every unified method written once as a *plan* (a generator that yields
  the operations it calls and receives their replies) that a sync and an async driver run;
* :mod:`pionex_ccxt.sync` (:class:`pionex`, a ``ccxt.Exchange``) and
  :mod:`pionex_ccxt.async_support` (an async ``ccxt.async_support.Exchange``, with ccxt pro's
  ``watch_*`` methods on this project's streams);
* :func:`register`: the opt-in that makes ``ccxt.pionex`` (and ``"pionex" in ccxt.exchanges``)
  resolve, for tools that find exchanges by name.
"""

from __future__ import annotations

from importlib.util import find_spec

if find_spec("ccxt") is None:  # one line naming the extra, not a bare "No module named 'ccxt'"
    raise ModuleNotFoundError(
        'pionex_ccxt needs the ccxt extra (ccxt not installed): pip install "pionex-sdk[ccxt]"', name="ccxt"
    )

from .sync import pionex

__all__ = ["pionex", "register"]


def register() -> None:
    """Make ``pionex`` resolvable by name where ccxt-based tools look (``ccxt.pionex``,
    ``ccxt.async_support.pionex``, ``ccxt.pro.pionex``, and ``"pionex"`` in each module's
    ``exchanges`` list).  Nothing changes in ccxt until this is called; calling it twice is harmless."""
    import ccxt
    import ccxt.async_support
    import ccxt.pro

    from .async_support import pionex as async_pionex

    for module, cls in ((ccxt, pionex), (ccxt.async_support, async_pionex), (ccxt.pro, async_pionex)):
        module.pionex = cls
        names = getattr(module, "exchanges", None)
        if isinstance(names, list) and "pionex" not in names:
            names.append("pionex")
            names.sort()
