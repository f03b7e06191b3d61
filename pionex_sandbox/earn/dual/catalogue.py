"""What dual investment offers: the pairs and their limits, the products of each expiry, their yields.

Nothing here is stored: the products are a function of the sandbox's clock and its price paths,
so a sandbox left running always has open products, and any product id ever listed can be read
back and checked.

**Pairs** (:data:`PAIRS`): BTC and ETH are quoted in ``USDXO`` (Pionex's USD index) and may be
invested with ``USDT`` or ``USDC``; SOL is quoted and invested in ``USDT``, as Pionex's quote rule
says.  Each has its own precisions and limits per investment (:class:`Pair`).

**The index** of a pair is the sandbox's price path of ``BASE_USDT`` (the price its spot market
trades at) at the moment asked, in a still market the price it started at.  ``USDXO`` is read as
USDT: the sandbox has no other dollar.  A request sees the index at the market's last step (its
time rounded down to the half second); a settlement the index at the very moment of expiry.

**Products.** Every day at 08:00 UTC is an expiry (:data:`EXPIRY_HOUR`).  The products of an
expiry are listed :data:`LISTED_MS` (four days) before it, at the previous expiry, so there are
always four expiries open and new ones appear as the clock moves.  At listing, for each currency
of the pair, :data:`STRIKES` strikes of each type are laid out from the index of that moment in
the pair's strike step: ``DUAL_BASE`` (``C``) strikes from the first step above the index upwards,
``DUAL_CURRENCY`` (``P``) strikes from the first step below it downwards.  A product's id is
``{BASE}-{QUOTE}-{YYMMDD}-{STRIKE}-{C|P}-{CURRENCY}`` with the expiry's date (UTC).

**Yields.** A product's ``profit`` is an annualised rate quoted once a minute of sandbox time
(:data:`QUOTE_MS`, ``updateTime`` is that minute) from the index of that minute and the time left
to expiry: with the strike's distance from the index ``d`` (above it for ``C``, below it for
``P``, as a fraction of the index; negative once the index has crossed the strike) and the
pair's volatility over the time left ``s = volatility * sqrt(years left)``, the rate is
``FLOOR + CEILING / (1 + exp(STEEPNESS * d / s))`` (0.01 + 2.4 / (1 + e^(1.5 d / s)): 1.21 at
the strike, about 0.45 one ``s`` away), rounded down to four decimals and written without
trailing zeros.  So yields rise as the index nears a strike and change as expiry nears.  A
product may be invested in until :data:`CUTOFF_MS` (an hour) before
its expiry; after that (and once expired) ``canInvest`` is false.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, Decimal, localcontext
from typing import Literal

from ...core.market import STEP_MS, Markets
from ...core.prices import DAY, HOUR, MINUTE
from ...symbols import DECIMAL_CONTEXT, fmt, step

Kind = Literal["DUAL_BASE", "DUAL_CURRENCY"]
KINDS: tuple[Kind, ...] = ("DUAL_BASE", "DUAL_CURRENCY")
LETTER: dict[Kind, str] = {"DUAL_BASE": "C", "DUAL_CURRENCY": "P"}
KIND_OF_LETTER: dict[str, Kind] = {letter: kind for kind, letter in LETTER.items()}

EXPIRY_HOUR = 8
"""Products expire every day at this hour (UTC)."""
LISTED_MS = 4 * DAY
"""How long before its expiry a product is listed (at the previous expiries: four are open)."""
CUTOFF_MS = HOUR
"""A product takes no investment in the last hour before its expiry."""
QUOTE_MS = MINUTE
"""Yields are quoted anew at every whole minute of sandbox time."""
STRIKES = 5
"""Strikes of each type laid out per expiry and currency."""
YEAR_MS = 365 * DAY
"""The year annualised yields are over."""
FLOOR = Decimal("0.01")
CEILING = Decimal("2.4")
STEEPNESS = Decimal("1.5")
PROFIT_PLACES = 4


@dataclass(frozen=True)
class Pair:
    """One dual investment pair, its investment currencies, precisions and limits per investment."""

    base: str
    quote: str
    currencies: tuple[str, ...]
    market: str
    """The spot market whose price is the index."""
    base_places: int
    currency_places: int
    base_min: Decimal
    base_max: Decimal
    currency_min: Decimal
    currency_max: Decimal
    strike_step: Decimal
    volatility: Decimal


D = Decimal
PAIRS: tuple[Pair, ...] = (
    Pair(
        "BTC", "USDXO", ("USDT", "USDC"), "BTC_USDT", 6, 2, D("0.0001"), D("10"), D("10"), D("500000"), D(500), D("0.5")
    ),
    Pair(
        "ETH", "USDXO", ("USDT", "USDC"), "ETH_USDT", 4, 2, D("0.005"), D("200"), D("10"), D("500000"), D(25), D("0.65")
    ),
    Pair("SOL", "USDT", ("USDT",), "SOL_USDT", 2, 2, D("0.1"), D("5000"), D("10"), D("200000"), D(1), D("0.8")),
)
PAIRS_BY_BASE: dict[str, Pair] = {pair.base: pair for pair in PAIRS}


@dataclass(frozen=True)
class DualProduct:
    """One product: a pair, an investment currency, a type, a strike and an expiry."""

    pair: Pair
    currency: str
    kind: Kind
    strike: Decimal
    expire_time: int

    @property
    def create_time(self) -> int:
        return self.expire_time - LISTED_MS

    @property
    def product_id(self) -> str:
        day = datetime.fromtimestamp(self.expire_time / 1000, UTC).strftime("%y%m%d")
        pair = self.pair
        return f"{pair.base}-{pair.quote}-{day}-{fmt(self.strike)}-{LETTER[self.kind]}-{self.currency}"

    @property
    def invested_coin(self) -> str:
        """The coin an investment takes: the base for ``DUAL_BASE``, the currency for ``DUAL_CURRENCY``."""
        return self.pair.base if self.kind == "DUAL_BASE" else self.currency

    @property
    def other_coin(self) -> str:
        """The coin a settlement at the strike converts into."""
        return self.currency if self.kind == "DUAL_BASE" else self.pair.base

    def places(self, coin: str) -> int:
        return self.pair.base_places if coin == self.pair.base else self.pair.currency_places

    def reply(self, now: int) -> dict[str, object]:
        return {
            "productId": self.product_id,
            "base": self.pair.base,
            "quote": self.pair.quote,
            "currency": self.currency,
            "type": self.kind,
            "createTime": self.create_time,
            "expireTime": self.expire_time,
            "strike": fmt(self.strike),
            "expired": now >= self.expire_time,
        }


def next_expiry(after: int) -> int:
    """The first expiry strictly after ``after``."""
    offset = EXPIRY_HOUR * HOUR
    return ((after - offset) // DAY + 1) * DAY + offset


def expiries_between(after: int, until: int) -> list[int]:
    """The expiries in (``after``, ``until``], oldest first."""
    found = []
    moment = next_expiry(after)
    while moment <= until:
        found.append(moment)
        moment += DAY
    return found


def is_expiry(moment: int) -> bool:
    return moment % DAY == EXPIRY_HOUR * HOUR


def pair_name(pair: Pair) -> str:
    """``BTC/USDXO``, for messages."""
    return f"{pair.base}/{pair.quote}"


class Catalogue:
    """The products and yields of a sandbox, read off its price paths."""

    def __init__(self, markets: Markets, created_ms: int) -> None:
        self.markets = markets
        self.created_ms = created_ms

    def index_at(self, pair: Pair, moment: int) -> Decimal:
        """The pair's index at ``moment`` (a still market: the price it started at)."""
        path = self.markets.path(pair.market)
        return path.price(moment if self.markets.moving else self.created_ms)

    def index_now(self, pair: Pair, now: int) -> tuple[Decimal, int]:
        """The index a request at ``now`` sees, and the moment it is of (the market's last step)."""
        moment = now // STEP_MS * STEP_MS
        return self.index_at(pair, moment), moment

    def strikes(self, pair: Pair, kind: Kind, expire_time: int) -> list[Decimal]:
        """The strikes of ``kind`` laid out for ``expire_time``, from the index at its listing."""
        with localcontext(DECIMAL_CONTEXT):
            index = self.index_at(pair, expire_time - LISTED_MS)
            units = index / pair.strike_step
            if kind == "DUAL_BASE":
                first = units.to_integral_value(ROUND_FLOOR) + 1
                return [(first + n) * pair.strike_step for n in range(STRIKES)]
            first = units.to_integral_value(ROUND_CEILING) - 1
            return [(first - n) * pair.strike_step for n in range(STRIKES) if first - n > 0]

    def products(self, pair: Pair, kind: Kind, expire_time: int, currency: str | None = None) -> list[DualProduct]:
        """The products of an expiry (of one currency when given), by currency and strike."""
        currencies = pair.currencies if currency is None else (currency,)
        strikes = self.strikes(pair, kind, expire_time)
        return [DualProduct(pair, one, kind, strike, expire_time) for one in currencies for strike in strikes]

    def open_products(self, pair: Pair, kind: Kind, now: int, currency: str | None = None) -> list[DualProduct]:
        """The products listed and not expired at ``now``: soonest expiry first, then by currency and strike."""
        found: list[DualProduct] = []
        for expire_time in expiries_between(now, now + LISTED_MS):
            found.extend(self.products(pair, kind, expire_time, currency))
        return found

    def find(self, product_id: str, now: int) -> DualProduct | None:
        """The product with id ``product_id`` if it has been listed by ``now`` (expired ones too), else None."""
        parts = product_id.split("-")
        if len(parts) != 6:
            return None
        base, quote, day, _strike, letter, currency = parts
        pair = PAIRS_BY_BASE.get(base)
        kind = KIND_OF_LETTER.get(letter)
        if pair is None or kind is None or quote != pair.quote or currency not in pair.currencies:
            return None
        try:
            date = datetime.strptime(day, "%y%m%d").replace(tzinfo=UTC)
        except ValueError:
            return None
        expire_time = int(date.timestamp()) * 1000 + EXPIRY_HOUR * HOUR
        if expire_time - LISTED_MS > now:
            return None
        for product in self.products(pair, kind, expire_time, currency):
            if product.product_id == product_id:
                return product
        return None

    def quote(self, product: DualProduct, now: int) -> tuple[Decimal, int] | None:
        """The yield of ``product`` a request at ``now`` sees and the minute it was quoted at, or
        None when it takes no investment (expired, or within :data:`CUTOFF_MS` of its expiry)."""
        if now >= product.expire_time - CUTOFF_MS or now < product.create_time:
            return None
        minute = now // QUOTE_MS * QUOTE_MS
        with localcontext(DECIMAL_CONTEXT):
            index = self.index_at(product.pair, minute)
            years = Decimal(product.expire_time - minute) / YEAR_MS
            spread = product.pair.volatility * years.sqrt()
            gap = product.strike - index if product.kind == "DUAL_BASE" else index - product.strike
            distance = gap / index / spread
            rate = FLOOR + CEILING / (1 + (STEEPNESS * distance).exp())
            return rate.quantize(step(PROFIT_PLACES), ROUND_DOWN).normalize(), minute


def profit_text(rate: Decimal) -> str:
    """A yield as the sandbox writes it (``0.4523``, ``0.45``)."""
    return fmt(rate)
