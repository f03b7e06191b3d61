"""Term arbitrage (``earnArbitrage...``): fixed-term products that take USDT or USDC from the spot
account, accrue interest on the sandbox's clock and pay it back with the principal.

Pionex's file documents the stake and unstake bodies and their replies; it passes the products and
balances replies through from its arbitrage service without naming their fields, and says nothing of
terms, rates, accrual, limits or maturity.  What the sandbox chose (the spec's field names are the
project's too):

* **Products** (:data:`PRODUCTS`) are fixed: USDT for 7, 30 and 90 days and USDC for 30 and 90 days,
  each with an annualised rate ``apr`` (a fraction: 0.085 is 8.5% a year) and the smallest and largest
  amount one stake may have (``minAmount``, ``maxAmount``).  Every product is ``OPEN``.
* **A stake** takes ``amount`` (a decimal string, at most :data:`PLACES` decimal places) of the
  product's coin from the spot account's free balance into a ledger of its own
  (:class:`~pionex_sandbox.core.ledger.Funds`: a ``lock`` entry from ``SPOT``).  Each stake is a
  separate line of the balances (with its own ``txid``, start and end); staking into the same
  product again makes another line.  The sandbox's accounts hold no USDC, so a USDC stake is refused
  for lack of funds unless a test gives the account some.
* **Interest** is simple and daily: at each whole day (24 hours of sandbox time) after the stake, up to
  the product's ``termDays``, the stake earns ``principal * apr / 365`` on the principal still staked
  at that moment, rounded down to :data:`PLACES` decimal places, booked at once as an ``interest``
  entry of its ledger (money the exchange pays).  Nothing accrues for a part of a day.  So a stake of
  1000 USDT at 0.085 earns 0.23287671 a day and 6.98630130 over 30 days.  Reading the balances does
  not change what accrues.
* **Unstaking** takes ``amount`` of principal out of the account's stakes in the product, oldest
  first (first in, first out), and pays it back to the spot account (a ``release`` entry) with the
  interest it accrued: all of a stake's interest when the whole stake is taken, otherwise the
  same share of it as of the principal, rounded down to :data:`PLACES` places (a ``profit`` entry);
  the rest stays with the stake.  Taking more than is staked in the product is refused.
* **At the end of its term** (``endTime``: the stake's time plus ``termDays`` days) a stake books its
  last day's interest and is paid back to the spot account whole, principal and interest, without
  being asked; it then leaves the balances.
* **Refusals** are ``ARBITRAGE_PARAMETER_ERROR`` (HTTP 400): a body that is not a JSON object, a
  missing or malformed field, an unknown product, a coin other than USDT and USDC or not the
  product's, an amount that is not a positive decimal string or has more than :data:`PLACES` places,
  below the product's minimum or above its maximum (a stake), more than the spot account has free (a
  stake) or more than is staked (an unstake).  Keys without ``earn`` (or ``read`` for the reads) are
  refused by the app (``PERMISSION_DENIED``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from ...core.ledger import EarnHolding, Funds
from ...core.places import ShortOfFunds
from ...core.prices import DAY
from ...core.sandbox import Engine, Sandbox
from ...errors import ApiError
from ...http.params import Call, Data
from ...http.routes import Operations
from ...product import Product
from ...symbols import fmt

ZERO = Decimal(0)
PLACES = 8
"""Decimal places of amounts and of interest (interest is rounded down to them)."""
STEP = Decimal(1).scaleb(-PLACES)
COINS = ("USDT", "USDC")
DAYS_A_YEAR = 365
TITLE = "Term arbitrage"
AMOUNT = re.compile(r"[0-9]{1,30}(?:\.[0-9]{1,30})?")
PRODUCT_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def refused(message: str) -> ApiError:
    """Term arbitrage's refusal of a request (HTTP 400)."""
    return ApiError(400, "ARBITRAGE_PARAMETER_ERROR", message)


def down(value: Decimal) -> Decimal:
    """``value`` rounded down to :data:`PLACES` decimal places."""
    return value.quantize(STEP, ROUND_DOWN)


@dataclass(frozen=True)
class ArbitrageProduct:
    product_id: str
    coin: str
    term_days: int
    apr: Decimal
    min_amount: Decimal
    max_amount: Decimal

    def daily_interest(self, principal: Decimal) -> Decimal:
        """What ``principal`` earns in one whole day, rounded down."""
        return down(principal * self.apr / DAYS_A_YEAR)

    def reply(self) -> dict[str, object]:
        return {
            "productId": self.product_id,
            "coin": self.coin,
            "termDays": self.term_days,
            "apr": fmt(self.apr),
            "minAmount": fmt(self.min_amount),
            "maxAmount": fmt(self.max_amount),
            "status": "OPEN",
        }


def _product(product_id: str, coin: str, days: int, apr: str, least: int, most: int) -> ArbitrageProduct:
    return ArbitrageProduct(product_id, coin, days, Decimal(apr), Decimal(least), Decimal(most))


PRODUCTS: tuple[ArbitrageProduct, ...] = (
    _product("ARB-USDT-7D", "USDT", 7, "0.052", 10, 50_000),
    _product("ARB-USDT-30D", "USDT", 30, "0.085", 100, 100_000),
    _product("ARB-USDT-90D", "USDT", 90, "0.12", 500, 200_000),
    _product("ARB-USDC-30D", "USDC", 30, "0.08", 100, 100_000),
    _product("ARB-USDC-90D", "USDC", 90, "0.11", 500, 200_000),
)
BY_ID = {product.product_id: product for product in PRODUCTS}


@dataclass
class Stake:
    """One stake: its principal still staked, and its ledger (principal plus interest not paid out)."""

    api_key: str
    product: ArbitrageProduct
    txid: str
    start: int
    principal: Decimal
    funds: Funds = field(default_factory=Funds)
    days_booked: int = 0
    open: bool = True

    @property
    def coin(self) -> str:
        return self.product.coin

    @property
    def end(self) -> int:
        return self.start + self.product.term_days * DAY

    @property
    def interest(self) -> Decimal:
        """Interest accrued and not yet paid out."""
        return self.funds.held(self.coin) - self.principal

    def due_days(self, until: int) -> int:
        """How many whole days of the term have passed by ``until``."""
        return min(self.product.term_days, max(0, (until - self.start) // DAY))

    def reply(self) -> dict[str, object]:
        return {
            "productId": self.product.product_id,
            "coin": self.coin,
            "amount": fmt(self.principal),
            "interest": fmt(self.interest, PLACES),
            "apr": fmt(self.product.apr),
            "startTime": self.start,
            "endTime": self.end,
            "status": "EARNING",
            "txid": self.txid,
        }


class Arbitrage(Engine):
    """Every stake of every account, on the sandbox's clock."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.stakes: list[Stake] = []
        """Every stake ever made, oldest first (paid-back ones too: their ledgers stay for the money checks)."""
        self._next = 1

    # the clock

    def moments(self, after: int, until: int) -> list[int]:
        due = set()
        for stake in self.stakes:
            if stake.open:
                for day in range(stake.due_days(after) + 1, stake.due_days(until) + 1):
                    due.add(stake.start + day * DAY)
        return sorted(due)

    def at(self, moment: int) -> None:
        self._accrue(moment)

    def catch_up(self, now: int) -> None:
        self._accrue(now)

    def _accrue(self, until: int) -> None:
        """Book every day's interest due by ``until``; pay back the stakes whose term has ended."""
        for stake in self.stakes:
            if not stake.open:
                continue
            for day in range(stake.days_booked + 1, stake.due_days(until) + 1):
                earned = stake.product.daily_interest(stake.principal)
                if earned:
                    stake.funds.move(stake.start + day * DAY, "interest", stake.coin, earned)
                stake.days_booked = day
            if stake.days_booked == stake.product.term_days:
                self._pay_back(stake, stake.principal, stake.end)

    def _pay_back(self, stake: Stake, principal: Decimal, when: int) -> None:
        """Give ``principal`` and its share of the interest back to the spot account."""
        whole = principal == stake.principal
        interest = stake.interest if whole else down(stake.interest * principal / stake.principal)
        spot = self.sandbox.places["SPOT"]
        if principal:
            stake.funds.move(when, "release", stake.coin, -principal, "SPOT")
            spot.give(stake.api_key, stake.coin, principal)
        if interest:
            stake.funds.move(when, "profit", stake.coin, -interest, "SPOT")
            spot.give(stake.api_key, stake.coin, interest)
        stake.principal -= principal
        if whole:
            stake.open = False

    # the operations

    def earning(self, api_key: str) -> list[Stake]:
        return [stake for stake in self.stakes if stake.open and stake.api_key == api_key]

    def stake(self, api_key: str, product: ArbitrageProduct, amount: Decimal, now: int) -> Stake:
        if amount < product.min_amount:
            raise refused(f"amount must be at least {fmt(product.min_amount)} {product.coin} for {product.product_id}")
        if amount > product.max_amount:
            raise refused(f"amount must be at most {fmt(product.max_amount)} {product.coin} for {product.product_id}")
        try:
            self.sandbox.places["SPOT"].take(api_key, product.coin, amount)
        except ShortOfFunds as short:
            raise refused(f"amount is more than the spot account has free: {short}") from None
        number = self._next
        self._next += 1
        stake = Stake(api_key, product, f"tx-{number:08d}", now, amount)
        stake.funds.move(now, "lock", product.coin, amount, "SPOT")
        self.stakes.append(stake)
        return stake

    def unstake(self, api_key: str, product: ArbitrageProduct, amount: Decimal, now: int) -> None:
        stakes = [stake for stake in self.earning(api_key) if stake.product == product]
        staked = sum((stake.principal for stake in stakes), ZERO)
        if amount > staked:
            raise refused(f"amount is more than the {fmt(staked)} {product.coin} staked in {product.product_id}")
        left = amount
        for stake in stakes:
            if not left:
                break
            taken = min(left, stake.principal)
            self._pay_back(stake, taken, now)
            left -= taken

    # what the other products and the checks read

    def held_funds(self, api_key: str) -> list[Funds]:
        return [stake.funds for stake in self.stakes if stake.api_key == api_key]

    def earn_holdings(self, api_key: str) -> list[EarnHolding]:
        return [
            EarnHolding(
                "arbitrage",
                TITLE,
                stake.coin,
                stake.funds.held(stake.coin),
                (("productId", stake.product.product_id), ("txid", stake.txid)),
            )
            for stake in self.earning(api_key)
        ]

    def audit(self) -> list[str]:
        problems = []
        for stake in self.stakes:
            label = f"arbitrage stake {stake.txid}"
            problems.extend(stake.funds.audit(label))
            if stake.principal < 0 or stake.interest < 0:
                problems.append(f"{label}: principal {stake.principal}, interest {stake.interest}")
            if not stake.open and (stake.principal or stake.funds.held(stake.coin)):
                problems.append(f"{label}: paid back but still holds {stake.funds.held(stake.coin)}")
        return problems


# reading the body


def _fields(call: Call) -> tuple[ArbitrageProduct, Decimal]:
    try:
        fields = json.loads(call.body)
    except (ValueError, RecursionError):
        fields = None
    if not isinstance(fields, dict):
        raise refused("the request body must be a JSON object")
    for name in ("productId", "coin", "amount"):
        if name not in fields:
            raise refused(f"{name} is required")
    product_id, coin, amount = fields["productId"], fields["coin"], fields["amount"]
    if not isinstance(product_id, str) or PRODUCT_ID.fullmatch(product_id) is None:
        raise refused("productId must be a product's identifier, such as ARB-USDT-30D")
    if coin not in COINS:
        raise refused(f"coin must be one of {', '.join(COINS)}")
    product = BY_ID.get(product_id)
    if product is None:
        raise refused(f"productId {product_id!r} is not a product (see fetchProducts)")
    if coin != product.coin:
        raise refused(f"coin must be {product.coin}, the coin of {product_id}")
    if not isinstance(amount, str) or AMOUNT.fullmatch(amount) is None:
        raise refused('amount must be a decimal number written as a JSON string, such as "100"')
    value = Decimal(amount)
    if value <= 0:
        raise refused("amount must be more than 0")
    if -value.as_tuple().exponent > PLACES:  # type: ignore[operator]
        raise refused(f"amount may have at most {PLACES} decimal places")
    return product, value


OPERATIONS = Operations[Arbitrage]()


@OPERATIONS("earnArbitrageGetProducts")
def get_products(call: Call, arbitrage: Arbitrage) -> Data:
    return {"products": [product.reply() for product in PRODUCTS]}


@OPERATIONS("earnArbitrageGetBalances")
def get_balances(call: Call, arbitrage: Arbitrage) -> Data:
    return {"balances": [stake.reply() for stake in arbitrage.earning(call.trader.api_key)]}


@OPERATIONS("earnArbitrageStake")
def stake(call: Call, arbitrage: Arbitrage) -> Data:
    product, amount = _fields(call)
    made = arbitrage.stake(call.trader.api_key, product, amount, call.now)
    return {"request_id": f"req-{made.txid.removeprefix('tx-')}", "status": "success", "txid": made.txid}


@OPERATIONS("earnArbitrageUnstake")
def unstake(call: Call, arbitrage: Arbitrage) -> Data:
    product, amount = _fields(call)
    arbitrage.unstake(call.trader.api_key, product, amount, call.now)
    return {"status": "success"}


PRODUCT = Product("earn_arbitrage", Arbitrage, OPERATIONS)

__all__ = ["OPERATIONS", "PRODUCT", "PRODUCTS", "Arbitrage", "ArbitrageProduct", "Stake"]
