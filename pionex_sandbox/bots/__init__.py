"""Pionex's trading bots in the sandbox (grids, smart copy, signals): being built, see issue 18.

:mod:`.ledger` is what every bot's money goes through, so that money is conserved across the
spot holdings, the futures wallet and the bots.
"""
