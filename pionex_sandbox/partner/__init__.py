"""Partner statistics (``partnerCheckUserQualification``, ``partnerGetUserTradingVolume``).

Pionex's partner API is by invitation: an account without the ``partner`` permission is refused
with ``PERMISSION_DENIED`` by the app, before these handlers run.  Every partner account of a
sandbox has the same seeded invitees: :data:`INVITEES` users whose UIDs, masked accounts and daily
volumes come from a ``random.Random`` seeded with the sandbox's seed, the UID and the day, so the
same seed gives the same statistics and a range's volume is the sum of its days'.

* ``checkQualification``: ``result`` is true for a UID among the invitees (whatever ``bot_id``,
  which must be given); any other UID is false.
* ``inviteTradeStat``: dates are ``YYYY-MM-DD``, ``startTime`` not after ``endTime``, the range at
  most :data:`MAX_DAYS` days; one entry per invitee, volumes in USDT to 2 decimal places (a day
  has no volume for about a third of the users).  A day after the sandbox's current day has none.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from ..core.sandbox import Engine, Sandbox
from ..errors import ApiError
from ..http.params import Call, Data
from ..http.routes import Operations
from ..product import Product
from ..symbols import fmt

INVITEES = 6
MAX_DAYS = 366
CENT = Decimal("0.01")


def parameter_error(message: str) -> ApiError:
    """Pionex's partner refusal of a bad parameter."""
    return ApiError(400, "PARAMETER_ERROR", message)


@dataclass(frozen=True)
class Invitee:
    uid: str
    account: str


class Partners(Engine):
    """The seeded invitees of every partner account and their daily volumes."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        rng = random.Random(f"pionex-sandbox|partner|{sandbox.seed}")
        self.invitees = [
            Invitee(str(rng.randrange(10**8, 10**9)), f"{rng.choice('abcdefghjk')}***@example.com")
            for _ in range(INVITEES)
        ]

    def qualified(self, uid: str) -> bool:
        return any(invitee.uid == uid for invitee in self.invitees)

    def day_volume(self, invitee: Invitee, day: date) -> tuple[Decimal, Decimal]:
        """(perpetual, spot) volume of one invitee on one day, in USDT."""
        rng = random.Random(f"pionex-sandbox|partner|{self.sandbox.seed}|{invitee.uid}|{day.isoformat()}")
        if rng.random() < 1 / 3:
            return Decimal(0), Decimal(0)
        perp = Decimal(rng.randrange(0, 5_000_000)) * CENT
        spot = Decimal(rng.randrange(0, 2_000_000)) * CENT
        return perp, spot

    def volumes(self, start: date, end: date, now: int) -> Data:
        today = datetime.fromtimestamp(now / 1000, UTC).date()
        last = min(end, today)
        rows = []
        for invitee in self.invitees:
            perp = spot = Decimal(0)
            day = start
            while day <= last:
                p, s = self.day_volume(invitee, day)
                perp, spot = perp + p, spot + s
                day += timedelta(days=1)
            rows.append(
                {
                    "uid": invitee.uid,
                    "account": invitee.account,
                    "perpTradeAmount": fmt(perp, 2),
                    "spotTradeAmount": fmt(spot, 2),
                }
            )
        return {"total": len(rows), "list": rows}


def _day(call: Call, name: str) -> date:
    given = call.params.raw(name)
    if given is None or given == "":
        raise parameter_error(f"{name} is required")
    try:
        if len(given) != 10:
            raise ValueError(given)
        return date.fromisoformat(given)
    except ValueError:
        raise parameter_error(f"{name} must be a date written YYYY-MM-DD, not {given!r}") from None


OPERATIONS = Operations[Partners]()


@OPERATIONS("partnerCheckUserQualification")
def check_user_qualification(call: Call, partners: Partners) -> Data:
    uid = call.params.raw("uid")
    bot_id = call.params.raw("bot_id")
    if not uid:
        raise parameter_error("uid is required")
    if not bot_id:
        raise parameter_error("bot_id is required")
    return {"result": partners.qualified(uid)}


@OPERATIONS("partnerGetUserTradingVolume")
def get_user_trading_volume(call: Call, partners: Partners) -> Data:
    start, end = _day(call, "startTime"), _day(call, "endTime")
    if start > end:
        raise parameter_error("startTime must not be after endTime")
    if (end - start).days + 1 > MAX_DAYS:
        raise parameter_error(f"the range may cover at most {MAX_DAYS} days")
    return partners.volumes(start, end, call.now)


PRODUCT = Product("partner", Partners, OPERATIONS)

__all__ = ["INVITEES", "MAX_DAYS", "OPERATIONS", "PRODUCT", "Partners"]
