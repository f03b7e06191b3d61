"""Pionex's earn products in the sandbox, each a folder of its own.

* :mod:`.dual`: dual investment: invest a coin against a strike price and an expiry for a fixed
  annualised yield; at expiry the index decides whether principal and yield come back in the coin
  invested or converted at the strike into the other coin of the pair;
* :mod:`.arbitrage`: term arbitrage: stake USDT or USDC for a term and earn as it runs.

Neither keeps money in an account's places while it holds it: every investment or stake has its
own :class:`~pionex_sandbox.core.ledger.Funds`, which :meth:`Engine.held_funds
<pionex_sandbox.core.sandbox.Engine.held_funds>` hands to the money-conservation checks and
:meth:`Engine.earn_holdings <pionex_sandbox.core.sandbox.Engine.earn_holdings>` to the wallet
overview.
"""
