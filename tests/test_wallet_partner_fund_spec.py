"""The 9 operations of Pionex's wallet, partner and institutional-fund files (issue 19): where the
clients reach them, what they send, what replies shaped as Pionex documents them decode to, and which
inputs are refused before sending.  The facts (paths, permissions, effects, fields) are carried from
Pionex's files into this test."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

from pionex_sandbox import DEFAULT_API_KEY, READONLY_API_KEY, create_app, sandbox_of
from pionex_sandbox.accounts import INST_FUND, INST_FUND_WITHDRAW, PARTNER, PERMISSIONS, READ
from pionex_wrapper import (
    AsyncPionex,
    InstFundInternalError,
    InstFundInvalidArgumentError,
    InstFundInvalidTokenError,
    ParameterError,
    Pionex,
    PionexError,
    UnauthorizedError,
    registry,
)
from tests.contract import ERRORS, Contract, answering
from tests.helpers import FAKE_KEY, FAKE_SECRET, SPEC, envelope

# (operationId, area, name, method, path, permission, effect): the wallet's overview needs "Enable
# reading" (the file's header says "Trade reading"), the partner operations "Partner reading" (partner),
# the fund's reads "Enable reading" on an institutional account (inst_fund) and its withdrawal
# "Institutional deposit & withdrawal" (inst_fund_withdraw).
CONTRACT = [
    ("walletGetBalancesFull", "wallet", "get_balances_full", "GET", "/api/v1/wallet/balancesFull", "read", "read"),
    ("partnerCheckUserQualification", "partner", "check_user_qualification", "GET", "/api/v1/partner/kol/checkQualification", "partner", "read"),
    ("partnerGetUserTradingVolume", "partner", "get_user_trading_volume", "GET", "/api/v1/partner/kol/inviteTradeStat", "partner", "read"),
    ("instFundGetAccount", "inst_fund", "get_account", "GET", "/api/v1/instFund/straitsx/getAccount", "inst_fund", "read"),
    ("instFundGetWithdrawAccounts", "inst_fund", "get_withdraw_accounts", "GET", "/api/v1/instFund/straitsx/getWithdrawAccounts", "inst_fund", "read"),
    ("instFundCreateWithdraw", "inst_fund", "create_withdraw", "POST", "/api/v1/instFund/straitsx/createWithdraw", "inst_fund_withdraw", "withdrawal"),
    ("instFundGetDeposits", "inst_fund", "get_deposits", "GET", "/api/v1/instFund/common/getDeposits", "inst_fund", "read"),
    ("instFundGetWithdraws", "inst_fund", "get_withdraws", "GET", "/api/v1/instFund/common/getWithdraws", "inst_fund", "read"),
    ("instFundGetFee", "inst_fund", "get_fee", "GET", "/api/v1/instFund/common/getFee", "inst_fund", "read"),
]  # fmt: skip
IDS = [row[0] for row in CONTRACT]

ARGS: dict[str, dict[str, Any]] = {
    "walletGetBalancesFull": {"app_lang": "en", "sys_lang": "zh"},
    "partnerCheckUserQualification": {"uid": "123456789", "bot_id": "partner_bot_001"},
    "partnerGetUserTradingVolume": {"start_time": "2024-01-01", "end_time": "2024-01-31"},
    "instFundGetAccount": {},
    "instFundGetWithdrawAccounts": {},
    "instFundCreateWithdraw": {"withdraw_account_id": "WA1", "amount": Decimal("100.50"), "channel": "FAST"},
    "instFundGetDeposits": {},
    "instFundGetWithdraws": {},
    "instFundGetFee": {"amount": "100", "direction": "withdraw"},
}

WITHDRAWAL = {
    "id": "WD1",
    "withdrawAccountId": "WA1",
    "channel": "FAST",
    "amount": "100.50",
    "fee": "0.5",
    "netAmount": "100.00",
    "currency": "USDT",
    "status": "processing",
    "createTime": 1714000000000,
}
# Replies shaped as Pionex's files document them (the fee's is Pionex's own example); the fund's other
# replies are open objects in Pionex's file, filled here with the fields the spec names.
SAMPLES: dict[str, Any] = {
    "partnerCheckUserQualification": {"result": True},
    "partnerGetUserTradingVolume": {
        "total": 1,
        "list": [
            {"uid": "123456789", "account": "a***@example.com", "perpTradeAmount": "1500.25", "spotTradeAmount": "0"}
        ],
    },
    "instFundGetAccount": {
        "accountId": "VA1",
        "accountName": "Acme",
        "bankName": "Bank",
        "accountNumber": "8851234567",
        "currency": "USDT",
        "status": "active",
    },
    "instFundGetWithdrawAccounts": {
        "list": [
            {
                "withdrawAccountId": "WA1",
                "bankName": "Bank",
                "accountName": "Acme",
                "accountNumber": "****1234",
                "currency": "USDT",
                "status": "active",
            }
        ]
    },
    "instFundCreateWithdraw": WITHDRAWAL,
    "instFundGetDeposits": {
        "list": [
            {"id": "DP1", "amount": "5000", "currency": "USDT", "status": "completed", "createTime": 1714000000000}
        ]
    },
    "instFundGetWithdraws": {"list": [WITHDRAWAL]},
    "instFundGetFee": {"totalAmount": "100", "fee": "0.5", "netAmount": "99.5"},
}
# Pionex's own example of the overview (lists left empty, as there).
PIONEX_OVERVIEW = {
    "prices": {
        "BTC": {"priceInUsd": "67000.00", "priceInBtc": "1", "change24hInUsd": "1200.00", "change24hInBtc": "0", "fullName": "Bitcoin"},
        "ETH": {"priceInUsd": "3200.00", "priceInBtc": "0.04776", "change24hInUsd": "50.00", "change24hInBtc": "-0.00012", "fullName": "Ethereum"},
    },
    "totalInUsdt": "12345.67",
    "totalInBtc": "0.18426",
    "botAccount": {
        "totalInUsdt": "8000.00",
        "detail": [{"type": "spot", "title": "Spot", "totalInUsdt": "5000.00", "list": [], "hasMore": False, "count": 3}],
    },
    "traderAccount": {"totalInUsdt": "4345.67", "title": "Futures", "detail": []},
}  # fmt: skip


def check_overview(result: Any) -> None:
    """Pionex's example of the overview, read field by field (its prices are a map, not a list)."""
    assert (result.total_in_usdt, result.total_in_btc) == (Decimal("12345.67"), Decimal("0.18426"))
    assert set(result.prices) == {"BTC", "ETH"}
    assert result.prices["ETH"].change_24h_in_btc == Decimal("-0.00012") and result.prices["BTC"].full_name == "Bitcoin"
    (spot,) = result.bot_account.detail
    assert (spot.type, spot.count, spot.has_more, spot.entries) == ("spot", 3, False, [])
    assert result.trader_account.total_in_usdt == Decimal("4345.67") and result.trader_account.detail == []


CHECKS = Contract(
    CONTRACT,
    ARGS,
    {**SAMPLES, "walletGetBalancesFull": PIONEX_OVERVIEW},
    decoded={"walletGetBalancesFull": check_overview},
)
method_of = CHECKS.method_of


def test_the_registry_holds_the_9_operations_of_the_three_files() -> None:
    CHECKS.check_registry(lambda op: op.area in ("wallet", "partner", "inst_fund"))
    tags = {t["name"]: t.get("x-pionex-area") for t in SPEC["tags"]}
    assert {tags["Wallet"], tags["Partner"], tags["Institutional Fund"]} == {"wallet", "partner", "inst_fund"}


def test_the_new_error_codes_have_their_own_classes() -> None:
    assert ERRORS["UNAUTHORIZED"]["class"] == UnauthorizedError.__name__
    assert issubclass(InstFundInvalidArgumentError, ParameterError)
    for code, cls in (
        ("BOT_INVALID_ARGUMENT", InstFundInvalidArgumentError),
        ("BOT_INVALID_TOKEN", InstFundInvalidTokenError),
        ("BOT_INTERNAL_ERROR", InstFundInternalError),
    ):
        assert ERRORS[code]["class"] == cls.__name__ and issubclass(cls, PionexError)

    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            400, json={"result": False, "code": "BOT_INVALID_ARGUMENT", "message": "invalid parameter"}
        )

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(refuse), max_retries=0) as client:
        with pytest.raises(InstFundInvalidArgumentError):
            client.inst_fund.get_fee(amount="100")


def test_the_sandbox_accounts_carry_the_new_permissions() -> None:
    assert {PARTNER, INST_FUND, INST_FUND_WITHDRAW} == {"partner", "inst_fund", "inst_fund_withdraw"}
    assert {PARTNER, INST_FUND, INST_FUND_WITHDRAW} <= PERMISSIONS
    sandbox = sandbox_of(create_app())
    default, readonly = sandbox.account(DEFAULT_API_KEY), sandbox.account(READONLY_API_KEY)
    assert default is not None and readonly is not None
    assert {PARTNER, INST_FUND, INST_FUND_WITHDRAW} <= default.permissions and readonly.permissions == {READ}


test_reachable_sync_with_its_reply_decoded = CHECKS.reachable_sync_test()
test_reachable_async_with_its_reply_decoded = CHECKS.reachable_async_test()
test_each_sample_fills_every_field_of_its_reply = CHECKS.sample_fills_test(
    [i for i in IDS if i != "walletGetBalancesFull"]
)


@pytest.mark.parametrize("operation_id", IDS[3:8])
def test_the_funds_open_replies_decode_even_empty(operation_id: str) -> None:
    """Pionex types these replies as open objects: an empty one decodes (every field absent)."""
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering({})) as client:
        result = method_of(client, operation_id)(**ARGS[operation_id])
    assert type(result) is registry.operation(operation_id).data_type


def test_what_goes_out_under_pionex_names() -> None:
    sent: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        path = request.url.path
        operation_id = next(r[0] for r in CONTRACT if r[4] == path)
        return httpx.Response(200, json=envelope(CHECKS.samples[operation_id]))

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply)) as client:
        client.inst_fund.create_withdraw(withdraw_account_id="WA1", amount=Decimal("100.50"))
        client.partner.check_user_qualification(uid="42", bot_id="b-1")
        client.inst_fund.get_fee(amount=Decimal("250.75"))
    body = json.loads(sent[0].content)
    assert body == {"withdrawAccountId": "WA1", "amount": "100.50"}
    assert dict(sent[1].url.params) | {"timestamp": "-"} == {"uid": "42", "bot_id": "b-1", "timestamp": "-"}
    assert sent[2].url.params["amount"] == "250.75"


REFUSED = [
    ("instFundGetFee", {"amount": "abc"}, "amount"),
    ("instFundGetFee", {"amount": "100", "direction": "deposit"}, "direction"),
    ("instFundCreateWithdraw", {"withdraw_account_id": "WA1", "amount": "-5"}, "amount"),
    ("instFundCreateWithdraw", {"withdraw_account_id": "", "amount": "5"}, "withdraw_account_id"),
    ("partnerGetUserTradingVolume", {"start_time": "2024/01/01", "end_time": "2024-01-31"}, "start_time"),
    ("partnerCheckUserQualification", {"uid": "", "bot_id": "b"}, "uid"),
    ("walletGetBalancesFull", {"app_lang": "english!"}, "app_lang"),
]


test_bad_inputs_are_refused_before_sending = CHECKS.refused_test(REFUSED)


def test_the_read_only_key_is_refused_all_but_the_overview() -> None:
    """Over the sandbox: the read-only account (no partner or institutional qualification) gets
    PERMISSION_DENIED from the partner and fund operations and its overview from the wallet; the
    default account gets every reply."""

    async def bound_account(
        client: AsyncPionex, key: str, operation_id: str, arguments: dict[str, Any]
    ) -> dict[str, Any]:
        if operation_id == "instFundCreateWithdraw":
            bound = await client.inst_fund.get_withdraw_accounts() if key == DEFAULT_API_KEY else None
            arguments["withdraw_account_id"] = bound.entries[0].withdraw_account_id if bound else "WA1"
        return arguments

    outcome = CHECKS.check_permissions_over_sandbox(prepare=bound_account)
    assert outcome[f"{DEFAULT_API_KEY}:instFundCreateWithdraw"].net_amount == Decimal("100.00")
