"""Sandbox accounts: API credentials, key permissions and coin holdings.

Every credential defined here is fake and only means something to this sandbox.  They are
printed by the command line and written in the docs on purpose: nothing real can be done
with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

READ = "read"
"""Permission to call the private read operations (balances, orders, fills)."""

TRADE = "trade"
"""Permission to place and cancel orders."""

TRANSFER = "transfer"
"""Permission to move funds between accounts (spot and futures)."""

BOT_READ = "bot_read"
"""Permission to read bots and check their settings (Pionex's "Bot reading")."""

BOT_TRADE = "bot_trade"
"""Permission to create, change and cancel bots and the account's own signals (Pionex's "Bot trading")."""

PARTNER = "partner"
"""Permission to read the partner statistics (Pionex's "Partner reading", for partners invited by Pionex)."""

INST_FUND = "inst_fund"
"""Permission to read the institutional fiat fund (Pionex's "Enable reading" on an institutional account)."""

INST_FUND_WITHDRAW = "inst_fund_withdraw"
"""Permission to withdraw fiat from the institutional fund (Pionex's "Institutional deposit & withdrawal")."""

EARN = "earn"
"""Permission to invest in and take money out of earn products: dual investment, term arbitrage (Pionex's "Earn")."""

PERMISSIONS = frozenset({READ, TRADE, TRANSFER, BOT_READ, BOT_TRADE, PARTNER, INST_FUND, INST_FUND_WITHDRAW, EARN})

DEFAULT_PERMISSIONS = (READ, TRADE, TRANSFER, BOT_READ, BOT_TRADE, PARTNER, INST_FUND, INST_FUND_WITHDRAW, EARN)
"""What the default account may do: everything, the partner and institutional qualifications included."""

DEFAULT_API_KEY = "sandbox-key-NOT-A-REAL-KEY"
"""Key of the sandbox's default account (every permission: read, trade, transfer, bot_read, bot_trade,
partner, inst_fund, inst_fund_withdraw).  Fake: only the
sandbox accepts it."""

DEFAULT_API_SECRET = "sandbox-secret-NOT-A-REAL-SECRET"
"""Secret of the sandbox's default account.  Fake: only the sandbox accepts it."""

READONLY_API_KEY = "sandbox-readonly-key-NOT-REAL"
"""Key of the sandbox's read-only account (read permission only: no trading, transfers, bots, partner or institutional fund).  Fake."""

READONLY_API_SECRET = "sandbox-readonly-secret-NOT-REAL"
"""Secret of the sandbox's read-only account.  Fake."""

DEFAULT_BALANCES: Mapping[str, Decimal] = {
    "BTC": Decimal(10),
    "ETH": Decimal(100),
    "SOL": Decimal(1000),
    "USDT": Decimal(100000),
}
"""What the default trading account holds when the sandbox starts."""

READONLY_BALANCES: Mapping[str, Decimal] = {
    "BTC": Decimal("0.5"),
    "USDT": Decimal(2500),
}
"""What the read-only account holds when the sandbox starts."""

BALANCE_PLACES = Decimal("0.00000001")
"""Balances, fees and traded quote amounts are kept to 8 decimal places."""


@dataclass
class Holding:
    """One coin of an account: ``free`` can be spent, ``frozen`` is held by open orders."""

    free: Decimal = Decimal(0)
    frozen: Decimal = Decimal(0)


@dataclass
class Account:
    """A sandbox account: credentials, key permissions and holdings per coin."""

    name: str
    api_key: str
    api_secret: str = field(repr=False)
    permissions: frozenset[str]
    holdings: dict[str, Holding] = field(default_factory=dict)

    def holding(self, coin: str) -> Holding:
        """The holding of ``coin``, created empty when the account never had any."""
        found = self.holdings.get(coin)
        if found is None:
            found = self.holdings[coin] = Holding()
        return found

    def free(self, coin: str) -> Decimal:
        """Spendable amount of ``coin`` (zero for a coin never held)."""
        found = self.holdings.get(coin)
        return found.free if found is not None else Decimal(0)

    def frozen(self, coin: str) -> Decimal:
        """Amount of ``coin`` held by open orders."""
        found = self.holdings.get(coin)
        return found.frozen if found is not None else Decimal(0)


def make_account(
    name: str,
    api_key: str,
    api_secret: str,
    permissions: Iterable[str],
    balances: Mapping[str, Decimal | str | int] | None = None,
) -> Account:
    """Build an account, checking the permission names and the starting balances."""
    if not api_key or not api_secret:
        raise ValueError("an account needs a non-empty API key and secret")
    granted = frozenset(permissions)
    unknown = granted - PERMISSIONS
    if unknown:
        raise ValueError(f"unknown permission(s) {sorted(unknown)}; use {sorted(PERMISSIONS)}")
    holdings: dict[str, Holding] = {}
    for coin, amount in (balances or {}).items():
        value = Decimal(amount)
        if not value.is_finite() or value < 0:
            raise ValueError(f"starting balance of {coin} must be a non-negative number, not {amount!r}")
        holdings[coin] = Holding(free=value.quantize(BALANCE_PLACES))
    return Account(name=name, api_key=api_key, api_secret=api_secret, permissions=granted, holdings=holdings)
