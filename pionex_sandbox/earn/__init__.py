"""Earn products: money an account puts to work for a fixed term and takes back with a yield.

* :mod:`pionex_sandbox.earn.dual`: dual investment (a yield, and settlement in one of two coins
  depending on where the index ends against a strike);
* :mod:`pionex_sandbox.earn.arbitrage`: term arbitrage (stake USDT or USDC into a fixed-term
  product that accrues interest on the sandbox's clock, and take it back).

Each keeps what it holds for an account in :class:`~pionex_sandbox.core.ledger.Funds` ledgers
(money taken from the spot account is a ``lock``, the yield an ``interest`` entry), reports them
through :meth:`Engine.held_funds <pionex_sandbox.core.sandbox.Engine.held_funds>` for the money
checks and :meth:`Engine.earn_holdings <pionex_sandbox.core.sandbox.Engine.earn_holdings>` for
the wallet overview.
"""
