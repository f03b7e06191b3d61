"""Where an account's money is, for products that move it between places (bots, earn).

An account's coins sit in *places*: its spot holdings (``SPOT``, built in) and whatever a
product adds (the futures product adds its wallet as ``FUTURES``).  A product that takes money
from an account (a bot locking its investment) and gives it back (the bot cancelled) goes
through :class:`Place`, so it needs no other product's code: the futures product registers its
wallet on the sandbox (:attr:`Sandbox.places <pionex_sandbox.core.sandbox.Sandbox.places>`) and
a bot finds it there by name.

:meth:`Place.total` is everything the account holds in the place (free and held alike): the
sum over places, together with what bots hold, is the account's money, which changes only by
trading with the market and paying fees and funding (see :mod:`pionex_sandbox.core.ledger`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Protocol

from ..accounts import Account

ZERO = Decimal(0)


class ShortOfFunds(Exception):
    """A place holds less than what was to be taken from it (the message says how much is free)."""


class Place(Protocol):
    """One place an account's coins sit in."""

    name: str

    def free(self, api_key: str, coin: str) -> Decimal:
        """What can be taken now."""
        ...

    def total(self, api_key: str, coin: str) -> Decimal:
        """Everything the account holds here, free or held."""
        ...

    def take(self, api_key: str, coin: str, amount: Decimal) -> None:
        """Move ``amount`` (> 0) out of the place; :class:`ShortOfFunds` when less is free."""
        ...

    def give(self, api_key: str, coin: str, amount: Decimal) -> None:
        """Move ``amount`` (>= 0) into the place."""
        ...


class SpotPlace:
    """The spot holdings of the sandbox's accounts (``free`` plus ``frozen`` by open orders)."""

    name = "SPOT"

    def __init__(self, accounts: Callable[[], Mapping[str, Account]]) -> None:
        self._accounts = accounts

    def _account(self, api_key: str) -> Account:
        return self._accounts()[api_key]

    def free(self, api_key: str, coin: str) -> Decimal:
        return self._account(api_key).free(coin)

    def total(self, api_key: str, coin: str) -> Decimal:
        account = self._account(api_key)
        return account.free(coin) + account.frozen(coin)

    def take(self, api_key: str, coin: str, amount: Decimal) -> None:
        if amount <= 0:
            raise ValueError(f"take needs a positive amount, not {amount}")
        account = self._account(api_key)
        free = account.free(coin)
        if free < amount:
            raise ShortOfFunds(f"insufficient balance: {free.normalize():f} {coin} is free in the spot account")
        account.holding(coin).free -= amount

    def give(self, api_key: str, coin: str, amount: Decimal) -> None:
        if amount < 0:
            raise ValueError(f"give needs a non-negative amount, not {amount}")
        if amount:
            self._account(api_key).holding(coin).free += amount
