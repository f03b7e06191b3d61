"""The state every product shares: the clock, the lock, accounts, ids and the markets.

A product (spot, futures, and later bots and earn) keeps its own state in an :class:`Engine`
that the sandbox drives: before every request and every stream push the sandbox brings the
markets and every engine to the clock (:meth:`Sandbox.catch_up`), so that resting orders fill
as the price reaches them and funding is settled when it is due, in the order these things
happened.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TypeVar

from ..accounts import READ, TRADE, Account, make_account
from ..limits import RateLimits
from .ledger import EarnHolding, Funds
from .market import Markets
from .places import Place, SpotPlace

FIRST_ORDER_ID = 10_000_001
FIRST_FILL_ID = 50_000_001


class Engine:
    """The state and rules of one product.  Every hook does nothing unless a product needs it."""

    def moments(self, after: int, until: int) -> Iterable[int]:
        """The times in (``after``, ``until``] at which something is due (funding, say)."""
        return ()

    def at(self, moment: int) -> None:
        """Do what is due at ``moment``, one of :meth:`moments` (the markets are at ``moment``)."""

    def catch_up(self, now: int) -> None:
        """Bring the product to ``now``, the moment of a request or a push (the markets are at ``now``)."""

    def audit(self) -> list[str]:
        """Inconsistencies of the product's state (an empty list when all is well)."""
        return []

    def held_funds(self, api_key: str) -> Sequence[Funds]:
        """The ledgers of money this product holds for the account outside its places (earn
        products: every investment or stake); bots are found by their ``bots`` mapping instead.
        Money-conservation checks add these holdings to the account's places."""
        return ()

    def earn_holdings(self, api_key: str) -> Sequence[EarnHolding]:
        """What this earn product holds for the account, line by line, for the wallet overview."""
        return ()


E = TypeVar("E", bound=Engine)


class TravelClock:
    """A clock that can be moved forward at will: another clock (the system's) plus a shift.

    The sandbox of :func:`~pionex_sandbox.http.app.create_app` with ``time_travel=True`` runs on
    one: :meth:`advance` moves its markets, orders, funding and bots hours or days ahead at once
    (the sandbox catches up on the next request), while requests are still stamped and checked
    against the unshifted clock (:meth:`Sandbox.request_time`), so that a client on the real
    clock keeps working.  The shift only grows: the sandbox's time never runs backwards.
    """

    def __init__(self, base: Callable[[], int]) -> None:
        self.base = base
        self.shift_ms = 0

    def __call__(self) -> int:
        return self.base() + self.shift_ms

    def advance(self, ms: int) -> int:
        """Move the clock ``ms`` (>= 0) milliseconds ahead; the new time."""
        if isinstance(ms, bool) or not isinstance(ms, int) or ms < 0:
            raise ValueError(f"the clock moves only forward: advance takes a whole number of ms >= 0, not {ms!r}")
        self.shift_ms += ms
        return self()


class Sandbox:
    """Everything a sandbox app knows: accounts, markets and the engines of its products.

    Tests may read and change it directly (``app.state.sandbox``); requests go through the
    app, which holds :attr:`lock` while an operation runs.  :meth:`engine` finds a product's
    engine by its class (``sandbox.engine(Spot).orders``).
    """

    def __init__(self, *, seed: int, clock: Callable[[], int], moving_market: bool = True) -> None:
        self.seed = seed
        self.clock = clock
        self.lock = threading.RLock()
        self.created_ms = clock()
        self.markets = Markets(seed, self.created_ms, moving=moving_market)
        self.accounts: dict[str, Account] = {}
        self.engines: list[Engine] = []
        self.places: dict[str, Place] = {"SPOT": SpotPlace(lambda: self.accounts)}
        """Where accounts' money sits, by name (``SPOT``; products add theirs: ``FUTURES``)."""
        self.outside: dict[str, dict[str, Decimal]] = {}
        """Money sent off the exchange (fiat withdrawals), by account key and coin: what a
        conservation check adds to the account's places and bots."""
        self.rate_limits: RateLimits | None = None
        """Pionex's rate limits when the sandbox applies them (None: every request is served)."""
        self.caught_up = self.created_ms
        self._next_order_id = FIRST_ORDER_ID
        self._next_fill_id = FIRST_FILL_ID

    def now(self) -> int:
        return self.clock()

    def request_time(self, now: int) -> int:
        """The time requests are checked against and replies stamped with, at sandbox time ``now``.

        The same as ``now``, except on a :class:`TravelClock`, where it is ``now`` less the shift:
        the client's clock, which did not travel.
        """
        clock = self.clock
        return now - clock.shift_ms if isinstance(clock, TravelClock) else now

    def take_order_id(self) -> int:
        """The next order id (every product's orders share one sequence)."""
        order_id = self._next_order_id
        self._next_order_id += 1
        return order_id

    def take_fill_id(self) -> int:
        """The next fill id (every product's fills share one sequence)."""
        fill_id = self._next_fill_id
        self._next_fill_id += 1
        return fill_id

    # products

    def install(self, engine: E) -> E:
        """Add a product's engine."""
        self.engines.append(engine)
        return engine

    def engine(self, kind: type[E]) -> E:
        """The engine of the product whose engine is a ``kind``."""
        for engine in self.engines:
            if isinstance(engine, kind):
                return engine
        raise LookupError(f"this sandbox has no {kind.__name__} product")

    def catch_up(self, now: int) -> None:
        """Bring the markets and every product to ``now``, in the order things happened.

        Whatever a product has due in between (funding, say) happens at its moment, after the
        markets acted at that moment and before they act again.
        """
        steps = self.markets.moments(now)
        due = [
            (moment, index)
            for index, engine in enumerate(self.engines)
            for moment in engine.moments(self.caught_up, now)
        ]
        due.sort()
        done = 0
        for moment, index in due:
            while done < len(steps) and steps[done][0] <= moment:
                self.markets.act(*steps[done])
                done += 1
            self.engines[index].at(moment)
        for step in steps[done:]:
            self.markets.act(*step)
        for engine in self.engines:
            engine.catch_up(now)
        self.caught_up = max(self.caught_up, now)

    def audit(self) -> list[str]:
        """Inconsistencies in the books and balances of every product (an empty list when all is well)."""
        return [problem for engine in self.engines for problem in engine.audit()]

    # accounts

    def add_account(
        self,
        name: str,
        api_key: str,
        api_secret: str,
        permissions: Iterable[str] = (READ, TRADE),
        balances: Mapping[str, Decimal | str | int] | None = None,
    ) -> Account:
        """Open another account; its key must not be taken."""
        if api_key in self.accounts:
            raise ValueError(f"an account with the key of {self.accounts[api_key].name!r} already exists")
        account = make_account(name, api_key, api_secret, permissions, balances)
        self.accounts[api_key] = account
        return account

    def account(self, api_key: str) -> Account | None:
        return self.accounts.get(api_key)
