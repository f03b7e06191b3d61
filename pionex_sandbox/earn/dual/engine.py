"""The dual investments of every account: investing, matching, revoking, settling and collecting.

**The life of an investment** (its ``state``):

* ``CONFIRMED``: accepted (the state the invest operation answers, as in Pionex's example), its
  money taken from the spot account, waiting to be matched; it may be revoked, which gives the
  money back (state ``REVOKED``);
* ``MATCHED``: :data:`MATCH_MS` (one minute) of sandbox time after it was made; it can no longer
  be revoked.  Investing closes an hour before expiry, so every investment is matched by then;
* ``SETTLED``: at the product's expiry, by the rule below.  Its ``settlementState`` goes from
  ``UNSETTLED`` to ``SETTLED``, and to ``COLLECTED`` once collected into the spot account.

**Settlement** (Pionex's documented rule, followed even though it reverses the usual convention):
at expiry the index is read (the delivery price).  The yield is ``principal * profit * term /
365 days`` with ``term`` from the investment's creation to the expiry, rounded down to the
invested coin's precision.  ``DUAL_BASE``: an index *above* the strike pays principal and yield
in the base coin; otherwise (an index at the strike included) both are converted at the strike
into the investment currency, ``(principal + yield) * strike`` rounded down to the currency's
precision.  ``DUAL_CURRENCY``: an index *below* the strike pays principal and yield in the
currency; otherwise (at the strike included) ``(principal + yield) / strike`` of the base coin,
rounded down to the base precision.  Every rounding is down: what is cut off stays with the house.

**Money.** Each investment has its own :class:`~pionex_sandbox.core.ledger.Funds`: the investment
leaves the spot account as a ``lock`` entry (place ``SPOT``); a revocation gives it back as a
``release``; the yield is an ``interest`` entry; a settlement in the other coin is two ``convert``
entries (the coin invested out, the coin paid in); collecting gives the payout to the spot account
as a ``release`` of the principal and a ``profit`` of the yield (paid in the coin invested), or one
``release`` of the whole (converted).  :meth:`Dual.held_funds` hands every investment's funds of
an account to the conservation checks (revoked and collected ones too: their entries count).

**Idempotency.** An account's ``clientDualId`` names one investment for good: an invest with an
id already used and the same product, amount and yield is answered as the first was (the current
state of that investment) and takes no money; with anything different it is refused.  Without a
``clientDualId`` the sandbox makes one up (``sandbox-dual-<n>``) and answers it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal, localcontext
from typing import Literal

from ...core.ledger import EarnHolding, Funds
from ...core.places import ShortOfFunds
from ...core.prices import MINUTE
from ...core.sandbox import Engine, Sandbox
from ...errors import ApiError
from ...symbols import DECIMAL_CONTEXT, fmt, step
from .catalogue import YEAR_MS, Catalogue, DualProduct, expiries_between, is_expiry, profit_text

MATCH_MS = MINUTE
"""An investment is matched (and can no longer be revoked) this long after it was made."""

State = Literal["CONFIRMED", "MATCHED", "REVOKED", "SETTLED"]
STATES: tuple[State, ...] = ("CONFIRMED", "MATCHED", "REVOKED", "SETTLED")
SettlementState = Literal["UNSETTLED", "SETTLED", "COLLECTED"]
ZERO = Decimal(0)


def refused(message: str) -> ApiError:
    """Dual investment's refusal (``DUAL_PARAMETER_ERROR``, HTTP 400)."""
    return ApiError(400, "DUAL_PARAMETER_ERROR", message)


@dataclass
class Investment:
    """One dual investment of one account."""

    api_key: str
    client_id: str
    product: DualProduct
    amount: Decimal
    """What was invested, in :attr:`DualProduct.invested_coin`."""
    profit: str
    """The annualised yield, as it was given (and quoted)."""
    create_time: int
    update_time: int
    funds: Funds = field(default_factory=Funds)
    state: State = "CONFIRMED"
    settlement: SettlementState = "UNSETTLED"
    settlement_time: int = 0
    delivery: Decimal | None = None
    interest: Decimal = ZERO
    payout_coin: str | None = None
    payout: Decimal = ZERO

    @property
    def live(self) -> bool:
        """Invested and not yet settled (nor revoked)."""
        return self.state in ("CONFIRMED", "MATCHED")

    @property
    def base_amount(self) -> Decimal:
        return self.amount if self.product.kind == "DUAL_BASE" else ZERO

    @property
    def currency_amount(self) -> Decimal:
        return self.amount if self.product.kind == "DUAL_CURRENCY" else ZERO

    def reply(self) -> dict[str, object]:
        product = self.product
        pair = product.pair
        filled = self.state in ("MATCHED", "SETTLED")
        record: dict[str, object] = {
            "clientDualId": self.client_id,
            "state": self.state,
            "productId": product.product_id,
            "type": product.kind,
            "base": pair.base,
            "quote": pair.quote,
            "currency": product.currency,
            "strike": fmt(product.strike),
            "expireTime": product.expire_time,
            "baseAmount": fmt(self.base_amount),
            "currencyAmount": fmt(self.currency_amount),
            "profit": self.profit,
            "baseFilled": fmt(self.base_amount if filled else ZERO),
            "currencyFilled": fmt(self.currency_amount if filled else ZERO),
            "settlementState": self.settlement,
        }
        if self.state == "SETTLED":
            assert self.delivery is not None and self.payout_coin is not None
            record["settlementTime"] = self.settlement_time
            record["settlementBase"] = self.payout_coin
            record["settlementCurrency"] = self.payout_coin
            record["deliveryPrice"] = fmt(self.delivery)
        record["createTime"] = self.create_time
        record["updateTime"] = self.update_time
        return record


@dataclass(frozen=True)
class Settlement:
    """What a settlement pays: the yield (in the coin invested) and the payout (coin and amount)."""

    interest: Decimal
    coin: str
    amount: Decimal
    converted: bool


def settle_amounts(
    product: DualProduct, amount: Decimal, profit: Decimal, term_ms: int, delivery: Decimal
) -> Settlement:
    """What an investment of ``amount`` at yield ``profit`` held for ``term_ms`` pays when the index
    at expiry is ``delivery`` (see the module docstring), exact."""
    with localcontext(DECIMAL_CONTEXT):
        invested = product.invested_coin
        interest = (amount * profit * term_ms / YEAR_MS).quantize(step(product.places(invested)), ROUND_DOWN)
        total = amount + interest
        if product.kind == "DUAL_BASE":
            keep = delivery > product.strike
            converted = total * product.strike
        else:
            keep = delivery < product.strike
            converted = total / product.strike
        if keep:
            return Settlement(interest, invested, total, False)
        other = product.other_coin
        return Settlement(interest, other, converted.quantize(step(product.places(other)), ROUND_DOWN), True)


class Dual(Engine):
    """Every account's dual investments, on the sandbox's clock and index."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.catalogue = Catalogue(sandbox.markets, sandbox.created_ms)
        self.investments: dict[str, dict[str, Investment]] = {}
        """By account key, then ``clientDualId``, in the order they were made."""

    # -- the clock

    def _live(self) -> Iterable[Investment]:
        for book in self.investments.values():
            for investment in book.values():
                if investment.live:
                    yield investment

    def moments(self, after: int, until: int) -> Iterable[int]:
        due = {one.product.expire_time for one in self._live() if after < one.product.expire_time <= until}
        return sorted(due)

    def at(self, moment: int) -> None:
        """Settle every investment that expires at ``moment`` (matching it first, if it was still waiting)."""
        self._match(moment)
        for investment in list(self._live()):
            if investment.product.expire_time == moment:
                self._settle(investment, moment)

    def catch_up(self, now: int) -> None:
        self._match(now)

    def _match(self, now: int) -> None:
        for investment in self._live():
            matched = investment.create_time + MATCH_MS
            if investment.state == "CONFIRMED" and matched <= now:
                investment.state = "MATCHED"
                investment.update_time = matched

    def _settle(self, investment: Investment, moment: int) -> None:
        assert is_expiry(moment)
        product = investment.product
        delivery = self.catalogue.index_at(product.pair, moment)
        result = settle_amounts(
            product, investment.amount, Decimal(investment.profit), moment - investment.create_time, delivery
        )
        funds, invested = investment.funds, product.invested_coin
        if result.interest:
            funds.move(moment, "interest", invested, result.interest)
        if result.converted:
            funds.move(moment, "convert", invested, -(investment.amount + result.interest))
            funds.move(moment, "convert", result.coin, result.amount)
        investment.state = "SETTLED"
        investment.settlement = "SETTLED"
        investment.settlement_time = moment
        investment.update_time = moment
        investment.delivery = delivery
        investment.interest = result.interest
        investment.payout_coin = result.coin
        investment.payout = result.amount

    # -- operations

    def book(self, api_key: str) -> dict[str, Investment]:
        return self.investments.setdefault(api_key, {})

    def new_client_id(self) -> str:
        return f"sandbox-dual-{self.sandbox.take_order_id()}"

    def invest(
        self, api_key: str, client_id: str, product: DualProduct, amount: Decimal, profit: str, now: int
    ) -> Investment:
        """Take ``amount`` from the spot account into a new investment (the caller checked the rest)."""
        coin = product.invested_coin
        try:
            self.sandbox.places["SPOT"].take(api_key, coin, amount)
        except ShortOfFunds as short:
            raise refused(f"cannot invest {fmt(amount)} {coin}: {short}") from None
        investment = Investment(api_key, client_id, product, amount, profit, now, now)
        investment.funds.move(now, "lock", coin, amount, "SPOT")
        self.book(api_key)[client_id] = investment
        return investment

    def find(self, api_key: str, client_id: str, base: str, product_id: str | None = None) -> Investment:
        investment = self.book(api_key).get(client_id)
        if investment is None or investment.product.pair.base != base:
            raise refused(f"no dual investment with clientDualId {client_id!r} of base {base} in this account")
        if product_id is not None and investment.product.product_id != product_id:
            raise refused(
                f"the dual investment {client_id!r} is of product {investment.product.product_id}, not {product_id}"
            )
        return investment

    def revoke(self, investment: Investment, now: int) -> None:
        if investment.state != "CONFIRMED":
            why = {"MATCHED": "it is already matched", "REVOKED": "it is already revoked"}.get(
                investment.state, "it is already settled"
            )
            raise refused(f"the dual investment {investment.client_id!r} cannot be revoked: {why}")
        coin = investment.product.invested_coin
        investment.funds.move(now, "release", coin, -investment.amount, "SPOT")
        self.sandbox.places["SPOT"].give(investment.api_key, coin, investment.amount)
        investment.state = "REVOKED"
        investment.update_time = now

    def collect(self, investment: Investment, now: int) -> None:
        if investment.settlement == "COLLECTED":
            raise refused(f"the dual investment {investment.client_id!r} is already collected")
        if investment.state != "SETTLED":
            raise refused(
                f"the dual investment {investment.client_id!r} is {investment.state}: only a settled one can be collected"
            )
        coin = investment.payout_coin
        assert coin is not None
        place = self.sandbox.places["SPOT"]
        if coin == investment.product.invested_coin:
            investment.funds.move(now, "release", coin, -investment.amount, "SPOT")
            if investment.interest:
                investment.funds.move(now, "profit", coin, -investment.interest, "SPOT")
        else:
            investment.funds.move(now, "release", coin, -investment.payout, "SPOT")
        place.give(investment.api_key, coin, investment.payout)
        investment.settlement = "COLLECTED"
        investment.update_time = now

    # -- what the account holds

    def held_funds(self, api_key: str) -> Sequence[Funds]:
        return [investment.funds for investment in self.investments.get(api_key, {}).values()]

    def earn_holdings(self, api_key: str) -> Sequence[EarnHolding]:
        lines = []
        for investment in self.investments.get(api_key, {}).values():
            for coin, amount in sorted(investment.funds.holdings.items()):
                if amount > 0:
                    lines.append(
                        EarnHolding(
                            "dual",
                            f"Dual investment {investment.product.product_id}",
                            coin,
                            amount,
                            (
                                ("productId", investment.product.product_id),
                                ("clientDualId", investment.client_id),
                                ("state", investment.state),
                            ),
                        )
                    )
        return lines

    def audit(self) -> list[str]:
        problems: list[str] = []
        for book in self.investments.values():
            for investment in book.values():
                label = f"dual investment {investment.client_id}"
                problems.extend(investment.funds.audit(label))
                held = {coin: amount for coin, amount in investment.funds.holdings.items() if amount}
                if investment.live:
                    expected = {investment.product.invested_coin: investment.amount}
                elif investment.state == "SETTLED" and investment.settlement == "SETTLED":
                    assert investment.payout_coin is not None
                    expected = {investment.payout_coin: investment.payout} if investment.payout else {}
                else:
                    expected = {}
                if held != expected:
                    problems.append(
                        f"{label} ({investment.state}, {investment.settlement}) holds {held}, not {expected}"
                    )
        return problems

    def quote_text(self, product: DualProduct, now: int) -> tuple[str, int] | None:
        """The yield of ``product`` as written in replies and its quote time, or None when closed."""
        quoted = self.catalogue.quote(product, now)
        return None if quoted is None else (profit_text(quoted[0]), quoted[1])

    def expiries(self, after: int, until: int) -> list[int]:
        return expiries_between(after, until)
