"""The institutional fiat fund (``instFund...``): a virtual account to deposit to, bank accounts to
withdraw to, the deposit and withdrawal history and the withdrawal fee.

Only an institutional account may use it: a key without ``inst_fund`` (reads) or
``inst_fund_withdraw`` (the withdrawal) is refused with ``PERMISSION_DENIED`` by the app.  Pionex's
file types every reply but the fee's as an open object; the fields are the spec's.  What the
sandbox chose:

* every institutional account has one virtual account and two bound withdraw accounts, named from
  a hash of the account (never its key), and three completed deposits from before the sandbox
  started (history only: the starting balances already hold them);
* amounts are in ``U`` (USDT) with at most :data:`AMOUNT_PLACES` decimal places; the fee of a
  withdrawal is flat per channel (:data:`CHANNELS`, ``FAST`` by default: 0.5, as Pionex's example
  shows for 100), and the amount must be more than the fee;
* a withdrawal takes its whole amount (fee included) from the spot account's free USDT at once and
  sends it off the exchange: the sandbox records it in ``sandbox.outside`` (by account and coin),
  which money-conservation checks count.  It is ``processing`` for :data:`SETTLE_MS` of sandbox
  time, then ``completed``;
* refusals use the fund's codes: ``BOT_INVALID_ARGUMENT`` (HTTP 400) for a bad or missing field,
  an unknown withdraw account or channel, or an amount the spot account cannot pay.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..core.places import ShortOfFunds
from ..core.prices import DAY, HOUR
from ..core.sandbox import Engine, Sandbox
from ..errors import ApiError
from ..http.params import Call, Data
from ..http.routes import Operations
from ..product import Product
from ..symbols import fmt

COIN = "USDT"
AMOUNT_PLACES = 2
CHANNELS: dict[str, Decimal] = {"FAST": Decimal("0.5"), "SWIFT": Decimal(15)}
DEFAULT_CHANNEL = "FAST"
SETTLE_MS = HOUR
AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def invalid(message: str) -> ApiError:
    """The fund's refusal of a bad argument."""
    return ApiError(400, "BOT_INVALID_ARGUMENT", message)


@dataclass
class Withdrawal:
    withdrawal_id: str
    withdraw_account_id: str
    channel: str
    amount: Decimal
    fee: Decimal
    create_time: int

    def reply(self, now: int) -> dict[str, object]:
        return {
            "id": self.withdrawal_id,
            "withdrawAccountId": self.withdraw_account_id,
            "channel": self.channel,
            "amount": fmt(self.amount),
            "fee": fmt(self.fee),
            "netAmount": fmt(self.amount - self.fee),
            "currency": COIN,
            "status": "completed" if now - self.create_time >= SETTLE_MS else "processing",
            "createTime": self.create_time,
        }


@dataclass
class FundAccount:
    tag: str
    virtual: dict[str, object]
    withdraw_accounts: list[dict[str, object]]
    deposits: list[dict[str, object]]
    withdrawals: list[Withdrawal] = field(default_factory=list)


class InstFund(Engine):
    """The institutional fund of each account, created when first asked for."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.accounts: dict[str, FundAccount] = {}

    def of(self, api_key: str) -> FundAccount:
        found = self.accounts.get(api_key)
        if found is None:
            tag = hashlib.blake2b(f"pionex-sandbox|inst-fund|{api_key}".encode(), digest_size=4).hexdigest().upper()
            rng = random.Random(f"pionex-sandbox|inst-fund|{self.sandbox.seed}|{tag}")
            name = f"Sandbox Institution {tag}"
            created = self.sandbox.created_ms
            found = FundAccount(
                tag,
                {
                    "accountId": f"VA{tag}",
                    "accountName": name,
                    "bankName": "Sandbox Virtual Bank",
                    "accountNumber": f"885{rng.randrange(10**7, 10**8)}",
                    "currency": COIN,
                    "status": "active",
                },
                [
                    {
                        "withdrawAccountId": f"WA{tag}{n}",
                        "bankName": bank,
                        "accountName": name,
                        "accountNumber": f"****{rng.randrange(1000, 10000)}",
                        "currency": COIN,
                        "status": "active",
                    }
                    for n, bank in enumerate(("Sandbox Bank A", "Sandbox Bank B"), start=1)
                ],
                [
                    {
                        "id": f"DP{tag}{n}",
                        "amount": fmt(Decimal(rng.randrange(1000, 50000))),
                        "currency": COIN,
                        "status": "completed",
                        "createTime": created - n * 7 * DAY - rng.randrange(DAY),
                    }
                    for n in range(1, 4)
                ],
            )
            self.accounts[api_key] = found
        return found

    def withdraw(self, api_key: str, account_id: str, channel: str, amount: Decimal, now: int) -> Withdrawal:
        fund = self.of(api_key)
        if all(bound["withdrawAccountId"] != account_id for bound in fund.withdraw_accounts):
            raise invalid(f"withdrawAccountId {account_id!r} is not a bound withdraw account")
        fee = fee_of(channel, amount)
        try:
            self.sandbox.places["SPOT"].take(api_key, COIN, amount)
        except ShortOfFunds as short:
            raise invalid(f"amount is more than the spot account can pay: {short}") from None
        outside = self.sandbox.outside.setdefault(api_key, {})
        outside[COIN] = outside.get(COIN, Decimal(0)) + amount
        withdrawal = Withdrawal(f"WD{self.sandbox.take_order_id()}", account_id, channel, amount, fee, now)
        fund.withdrawals.append(withdrawal)
        return withdrawal


def fee_of(channel: str, amount: Decimal) -> Decimal:
    fee = CHANNELS.get(channel)
    if fee is None:
        raise invalid(f"channel must be one of {', '.join(CHANNELS)}, not {channel!r}")
    if amount <= fee:
        raise invalid(f"amount must be more than the {channel} fee of {fmt(fee)}")
    return fee


def amount_of(given: object, name: str = "amount") -> Decimal:
    if isinstance(given, int | float) and not isinstance(given, bool):
        given = str(given)
    if not isinstance(given, str) or AMOUNT.fullmatch(given) is None:
        raise invalid(f"{name} must be a positive decimal such as 100 or 99.5")
    value = Decimal(given)
    if value <= 0:
        raise invalid(f"{name} must be more than 0")
    if -value.as_tuple().exponent > AMOUNT_PLACES:  # type: ignore[operator]
        raise invalid(f"{name} may have at most {AMOUNT_PLACES} decimal places")
    return value


def _text(fields: dict[str, object], name: str, *, required: bool) -> str | None:
    given = fields.get(name)
    if given is None:
        if required:
            raise invalid(f"{name} is required")
        return None
    if not isinstance(given, str) or not given:
        raise invalid(f"{name} must be a non-empty string")
    return given


OPERATIONS = Operations[InstFund]()


@OPERATIONS("instFundGetAccount")
def get_account(call: Call, fund: InstFund) -> Data:
    return dict(fund.of(call.trader.api_key).virtual)


@OPERATIONS("instFundGetWithdrawAccounts")
def get_withdraw_accounts(call: Call, fund: InstFund) -> Data:
    return {"list": [dict(bound) for bound in fund.of(call.trader.api_key).withdraw_accounts]}


@OPERATIONS("instFundGetDeposits")
def get_deposits(call: Call, fund: InstFund) -> Data:
    return {"list": [dict(deposit) for deposit in fund.of(call.trader.api_key).deposits]}


@OPERATIONS("instFundGetWithdraws")
def get_withdraws(call: Call, fund: InstFund) -> Data:
    withdrawals = fund.of(call.trader.api_key).withdrawals
    return {"list": [one.reply(call.now) for one in reversed(withdrawals)]}


@OPERATIONS("instFundGetFee")
def get_fee(call: Call, fund: InstFund) -> Data:
    direction = call.params.raw("direction")
    if direction is not None and direction != "withdraw":
        raise invalid("direction must be withdraw, the only direction so far")
    channel = call.params.raw("channel") or DEFAULT_CHANNEL
    given = call.params.raw("amount")
    if given is None:
        raise invalid("amount is required")
    amount = amount_of(given)
    fee = fee_of(channel, amount)
    return {"totalAmount": fmt(amount), "fee": fmt(fee), "netAmount": fmt(amount - fee)}


@OPERATIONS("instFundCreateWithdraw")
def create_withdraw(call: Call, fund: InstFund) -> Data:
    try:
        fields = json.loads(call.body)
    except (ValueError, RecursionError):
        fields = None
    if not isinstance(fields, dict):
        raise invalid("the request body must be a JSON object")
    account_id = _text(fields, "withdrawAccountId", required=True)
    channel = _text(fields, "channel", required=False) or DEFAULT_CHANNEL
    if "amount" not in fields:
        raise invalid("amount is required")
    amount = amount_of(fields["amount"])
    assert account_id is not None
    return fund.withdraw(call.trader.api_key, account_id, channel, amount, call.now).reply(call.now)


PRODUCT = Product("inst_fund", InstFund, OPERATIONS)

__all__ = ["CHANNELS", "COIN", "OPERATIONS", "PRODUCT", "InstFund"]
