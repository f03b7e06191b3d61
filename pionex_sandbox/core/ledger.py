"""What a bot or an earn product holds, and every movement of its money, so that nothing is made or lost.

A bot's money is its own :class:`Funds`: coins it holds (``holdings``) and the list of every
movement (:class:`Entry`) that changed them.  Earn products (dual investment, term arbitrage)
keep what they hold for an account the same way (see :meth:`Engine.held_funds
<pionex_sandbox.core.sandbox.Engine.held_funds>`).  Entries are of two sorts:

* **transfers** with the owner's account (:data:`TRANSFERS`): ``lock`` (investment taken from a
  place: the spot holdings or the futures wallet), ``release`` (given back on cancel), ``profit``
  (grid profit taken out).  They move money between the account's places and the bot: the
  account's total does not change.
* **market** flows (everything else): ``buy`` and ``sell`` (what a fill pays or receives, signed),
  ``fee``, ``pnl`` (a futures grid's realised profit or loss), ``funding``, ``interest`` (an earn
  product's yield, paid by the exchange) and ``convert`` (an earn product settling in the other
  coin: one entry takes the coin invested, another gives the coin paid out).  Only these change
  the account's total, which is why a test can check, for any account and coin, that

  ``(sum over places of Place.total) + (what its bots hold)`` after, minus the same before,
  equals the sum of the market entries of its bots in between (when nothing else traded).

:meth:`Funds.audit` checks that replaying the entries gives the holdings and that no holding
is negative; the bots engine's audit runs it for every bot.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

ZERO = Decimal(0)

Kind = Literal["lock", "release", "profit", "buy", "sell", "fee", "pnl", "funding", "interest", "convert"]

TRANSFERS: frozenset[str] = frozenset({"lock", "release", "profit"})
"""Entries that move money between the owner's account and the bot (the owner's total is unchanged)."""


@dataclass(frozen=True)
class Entry:
    """One movement of a bot's money: ``amount`` of ``coin`` into the bot (negative: out of it)."""

    time: int
    kind: Kind
    coin: str
    amount: Decimal
    place: str | None = None
    """For a transfer, the account's place on the other side (``SPOT``, ``FUTURES``)."""


@dataclass
class Funds:
    """The coins one bot holds and the entries that made them."""

    holdings: dict[str, Decimal] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)

    def held(self, coin: str) -> Decimal:
        return self.holdings.get(coin, ZERO)

    def move(self, time: int, kind: Kind, coin: str, amount: Decimal, place: str | None = None) -> None:
        """Record ``amount`` of ``coin`` coming into the bot (negative: leaving it).

        A movement that would leave a holding negative is a bug in the engine, not a refusal of a
        request: it raises ``ValueError`` and changes nothing.
        """
        if (kind in TRANSFERS) != (place is not None):
            raise ValueError(f"a {kind} entry {'needs' if kind in TRANSFERS else 'takes no'} place")
        after = self.held(coin) + amount
        if after < 0:
            raise ValueError(f"{kind} of {amount} {coin} would leave the bot holding {after}")
        self.holdings[coin] = after
        self.entries.append(Entry(time, kind, coin, amount, place))

    def market_flow(self, coin: str, since: int | None = None) -> Decimal:
        """The sum of the market entries of ``coin`` (at or after ``since``, when given)."""
        return sum(
            (
                entry.amount
                for entry in self.entries
                if entry.coin == coin and entry.kind not in TRANSFERS and (since is None or entry.time >= since)
            ),
            ZERO,
        )

    def audit(self, label: str) -> list[str]:
        """Problems: holdings that replaying the entries does not give, or that are negative."""
        replayed: dict[str, Decimal] = {}
        for entry in self.entries:
            replayed[entry.coin] = replayed.get(entry.coin, ZERO) + entry.amount
        problems = []
        for coin in sorted(set(replayed) | set(self.holdings)):
            if replayed.get(coin, ZERO) != self.held(coin):
                problems.append(
                    f"{label}: holds {self.held(coin)} {coin} but its entries add up to {replayed.get(coin)}"
                )
            if self.held(coin) < 0:
                problems.append(f"{label}: holds a negative {self.held(coin)} {coin}")
        return problems


@dataclass(frozen=True)
class EarnHolding:
    """One line of what an earn product holds for an account, as the wallet overview lists it.

    ``kind`` is the overview's category (``dual``, ``arbitrage``) and ``title`` its name for
    people; ``amount`` (> 0) of ``coin`` is held; ``labels`` are the product's own string fields
    that say which investment it is (``productId``, ``clientDualId`` ...), copied into the line.
    """

    kind: str
    title: str
    coin: str
    amount: Decimal
    labels: tuple[tuple[str, str], ...] = ()


def market_flows(funds: Iterable[Funds], coin: str, since: int | None = None) -> Decimal:
    """The market entries of ``coin`` over several bots (one account's, say)."""
    return sum((one.market_flow(coin, since) for one in funds), ZERO)
