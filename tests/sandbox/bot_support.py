"""Helpers of the bot tests: an account's money across places and bots, and the check that it is
conserved.

An account's money of a coin is the sum over the sandbox's places (the spot holdings, the futures
wallet) of ``Place.total`` plus what its bots and earn investments hold plus what it sent off the
exchange (``sandbox.outside``: fiat withdrawals).  Money moves between places, bots and earn
products without changing that sum (``lock``, ``release``, ``profit`` ledger entries); only market
flows change it (``buy``, ``sell``, ``fee``, ``pnl``, ``funding``, ``interest``, ``convert``).  So, when nothing else traded,

    money after - money before == the market entries of the account's bots in between

for every coin, to the last decimal: :func:`assert_conserved` checks exactly that.  Bots are found
in every engine of the sandbox that keeps them in a ``bots`` mapping of objects with ``api_key``
and ``funds`` (a :class:`~pionex_sandbox.core.ledger.Funds`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pionex_sandbox import Sandbox
from pionex_sandbox.core.ledger import TRANSFERS, Funds

ZERO = Decimal(0)


def bot_funds(sandbox: Sandbox, api_key: str) -> list[Funds]:
    """The funds of every bot of the account with ``api_key``, in every engine that has bots, and
    every ledger an earn product holds for it (``Engine.held_funds``)."""
    found: list[Funds] = []
    for engine in sandbox.engines:
        bots = getattr(engine, "bots", None)
        if not isinstance(bots, dict):
            continue
        found.extend(
            bot.funds
            for bot in bots.values()
            if getattr(bot, "api_key", None) == api_key and isinstance(getattr(bot, "funds", None), Funds)
        )
    for engine in sandbox.engines:
        found.extend(engine.held_funds(api_key))  # earn products: investments and stakes
    return found


def _coins(sandbox: Sandbox, api_key: str, funds: list[Funds]) -> set[str]:
    coins = set(sandbox.accounts[api_key].holdings) | {"USDT"}
    for one in funds:
        coins |= set(one.holdings)
    return coins


@dataclass(frozen=True)
class Money:
    """An account's money per coin at one moment, and how far each bot's ledger had got."""

    totals: dict[str, Decimal]
    seen: dict[int, int]
    """``id(funds)`` -> number of entries it had (bots created later had none)."""


def money(sandbox: Sandbox, api_key: str) -> Money:
    """The account's money now: places' totals plus its bots' holdings, per coin."""
    funds = bot_funds(sandbox, api_key)
    totals = {}
    for coin in _coins(sandbox, api_key, funds):
        in_places = sum((place.total(api_key, coin) for place in sandbox.places.values()), ZERO)
        outside = sandbox.outside.get(api_key, {}).get(coin, ZERO)  # sent off the exchange (fiat withdrawals)
        totals[coin] = in_places + sum((one.held(coin) for one in funds), ZERO) + outside
    return Money(totals, {id(one): len(one.entries) for one in funds})


def market_flows_since(sandbox: Sandbox, api_key: str, before: Money) -> dict[str, Decimal]:
    """The market entries of the account's bots since ``before``, per coin."""
    flows: dict[str, Decimal] = {}
    for one in bot_funds(sandbox, api_key):
        for entry in one.entries[before.seen.get(id(one), 0) :]:
            if entry.kind not in TRANSFERS:
                flows[entry.coin] = flows.get(entry.coin, ZERO) + entry.amount
    return flows


def assert_conserved(sandbox: Sandbox, api_key: str, before: Money) -> dict[str, Decimal]:
    """Check that the account's money changed by its bots' market entries alone; the change per coin."""
    after = money(sandbox, api_key)
    flows = market_flows_since(sandbox, api_key, before)
    changes = {}
    for coin in set(after.totals) | set(before.totals) | set(flows):
        change = after.totals.get(coin, ZERO) - before.totals.get(coin, ZERO)
        assert change == flows.get(coin, ZERO), (coin, change, flows.get(coin, ZERO))
        changes[coin] = change
    assert sandbox.audit() == []
    return changes
