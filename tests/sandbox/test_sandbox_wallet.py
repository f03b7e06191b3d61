"""The wallet overview, the partner statistics and the institutional fund in the sandbox: balancesFull
agrees to the decimal with what the spot, futures and bot operations report; partner and fund data
for an account with the qualification and Pionex's refusal for one without; a fiat withdrawal takes
money out of the spot account into the sandbox's outside ledger, which the conservation check counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

from tests.sandbox.bot_support import assert_conserved, bot_funds, money
from tests.sandbox.sandbox_support import KEY, READONLY, Api
from tests.sandbox.test_sandbox_bots import FUTURES, SPOT, futures_body, post, spot_body, to_futures

FULL = "/api/v1/wallet/balancesFull"
QUALIFICATION = "/api/v1/partner/kol/checkQualification"
VOLUME = "/api/v1/partner/kol/inviteTradeStat"
FUND = "/api/v1/instFund"
WITHDRAW = f"{FUND}/straitsx/createWithdraw"


def expect(status: int, response: Any) -> Any:
    payload = response.json()
    assert response.status_code == status, payload
    return payload.get("data") if status == 200 else payload


def wallet_partner_fund_answer_as_documented(api: Api, readonly: dict[str, Any]) -> None:
    """Every wallet, partner and fund operation: a success and its main refusals, validated by ``api``."""
    ok, no = 200, 400
    expect(ok, api.private("GET", FULL, {"appLang": "en", "sysLang": "zh-CN"}))
    expect(ok, api.private("GET", FULL, **readonly))  # the read permission is enough
    expect(no, api.private("GET", FULL, {"appLang": "english!"}))
    uid = api.sandbox.engine(partners_engine()).invitees[0].uid
    assert expect(ok, api.private("GET", QUALIFICATION, {"uid": uid, "bot_id": "p-1"}))["result"] is True
    expect(no, api.private("GET", QUALIFICATION, {"uid": uid}))
    expect(ok, api.private("GET", VOLUME, {"startTime": "2024-01-01", "endTime": "2024-01-31"}))
    expect(no, api.private("GET", VOLUME, {"startTime": "2024-02-01", "endTime": "2024-01-31"}))
    expect(no, api.private("GET", VOLUME, {"startTime": "2024/01/01", "endTime": "2024-01-31"}))
    expect(ok, api.private("GET", f"{FUND}/straitsx/getAccount"))
    bound = expect(ok, api.private("GET", f"{FUND}/straitsx/getWithdrawAccounts"))["list"]
    expect(ok, api.private("GET", f"{FUND}/common/getDeposits"))
    expect(ok, api.private("GET", f"{FUND}/common/getFee", {"amount": "100", "direction": "withdraw"}))
    expect(no, api.private("GET", f"{FUND}/common/getFee", {"amount": "0.4"}))
    body = {"withdrawAccountId": bound[0]["withdrawAccountId"], "amount": "100"}
    expect(ok, api.private("POST", WITHDRAW, body=body))
    expect(no, api.private("POST", WITHDRAW, body={**body, "withdrawAccountId": "nope"}))
    expect(ok, api.private("GET", f"{FUND}/common/getWithdraws"))


def partners_engine() -> type[Any]:
    from pionex_sandbox.partner import Partners

    return Partners


def test_every_operation_answers_and_refuses_as_documented(api: Api) -> None:
    wallet_partner_fund_answer_as_documented(api, READONLY)
    for op_id in ("partnerCheckUserQualification", "partnerGetUserTradingVolume", "instFundGetAccount"):
        assert (op_id, 200) in api.seen
    # An account without the partner or institutional qualification: Pionex's permission refusal.
    for path in (QUALIFICATION, f"{FUND}/straitsx/getAccount", f"{FUND}/common/getWithdraws"):
        refused = expect(401, api.private("GET", path, {"uid": "1", "bot_id": "b"}, **READONLY))
        assert refused["code"] == "PERMISSION_DENIED"
    refused = expect(401, api.private("POST", WITHDRAW, body={"withdrawAccountId": "x", "amount": "5"}, **READONLY))
    assert refused["code"] == "PERMISSION_DENIED"


def test_balances_full_agrees_with_every_place_to_the_decimal(api: Api) -> None:
    to_futures(api, "20000")
    api.order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="500")
    api.order(symbol="ETH_USDT", side="BUY", type="LIMIT", size="0.1", price="100")  # rests: frozen USDT
    api.ok(post(api, f"{SPOT}/create", spot_body(api)))
    api.ok(post(api, f"{FUTURES}/create", futures_body(api)))
    perp = {"symbol": "BTC_USDT_PERP", "side": "BUY", "type": "MARKET_QTY", "size": "0.01"}
    api.ok(api.private("POST", "/uapi/v1/trade/order", body=perp))
    full = api.get(FULL)
    prices = {coin: Decimal(p["priceInUsd"]) for coin, p in full["prices"].items()}
    assert prices["USDT"] == 1 and prices["BTC"] == api.sandbox.markets["BTC_USDT"].last_price()
    spot, bots = full["botAccount"]["detail"]
    # The spot category is getBalances, line for line.
    balances = {b["coin"]: b for b in api.get("/api/v1/account/balances")["balances"]}
    for line in spot["list"]:
        assert (line["free"], line["frozen"]) == (balances[line["coin"]]["free"], balances[line["coin"]]["frozen"])
        amount = Decimal(line["free"]) + Decimal(line["frozen"])
        assert Decimal(line["amount"]) == amount and Decimal(line["totalInUsdt"]) == amount * prices[line["coin"]]
    assert {line["coin"] for line in spot["list"]} == {
        c for c, b in balances.items() if Decimal(b["free"]) + Decimal(b["frozen"])
    }
    assert Decimal(spot["totalInUsdt"]) == sum(Decimal(line["totalInUsdt"]) for line in spot["list"])
    # The bot category is what the bots' ledgers hold, coin by coin.
    held: dict[str, Decimal] = {}
    for funds in bot_funds(api.sandbox, KEY):
        for coin, amount in funds.holdings.items():
            held[coin] = held.get(coin, Decimal(0)) + amount
    listed: dict[str, Decimal] = {}
    for line in bots["list"]:
        listed[line["coin"]] = listed.get(line["coin"], Decimal(0)) + Decimal(line["amount"])
        assert Decimal(line["totalInUsdt"]) == Decimal(line["amount"]) * prices[line["coin"]]
    assert listed == {coin: amount for coin, amount in held.items() if amount} and len(bots["list"]) >= 3
    assert {line["buOrderType"] for line in bots["list"]} == {"spot_grid", "futures_grid"}
    assert Decimal(bots["totalInUsdt"]) == sum(Decimal(line["totalInUsdt"]) for line in bots["list"])
    # The futures side is futuresGetBalances and futuresGetPositions.
    trader = full["traderAccount"]
    (futures,) = trader["detail"]
    assert futures["balances"] == api.get("/uapi/v1/account/balances")["balances"]
    assert futures["positions"] == api.get("/uapi/v1/account/positions")["positions"] and futures["positions"]
    (usdt,) = futures["balances"]
    wallet = Decimal(usdt["free"]) + Decimal(usdt["frozen"]) - Decimal(usdt["debts"])
    assert Decimal(trader["totalInUsdt"]) == wallet == api.sandbox.places["FUTURES"].total(KEY, "USDT")
    # Totals: exact sums; BTC to 8 places, rounded down.
    side = Decimal(spot["totalInUsdt"]) + Decimal(bots["totalInUsdt"])
    assert Decimal(full["botAccount"]["totalInUsdt"]) == side
    total = side + wallet
    assert Decimal(full["totalInUsdt"]) == total
    assert Decimal(full["totalInBtc"]) == (total / prices["BTC"]).quantize(Decimal("0.00000001"), ROUND_DOWN)
    # And every coin the account has, valued: the money the conservation check counts.
    counted = money(api.sandbox, KEY).totals
    assert total == sum(amount * prices[coin] for coin, amount in counted.items())


def test_partner_volumes_add_up_day_by_day(api: Api) -> None:
    today = datetime.fromtimestamp(api.clock.now / 1000, UTC).date()
    start, middle = today - timedelta(days=30), today - timedelta(days=15)
    month = api.get(VOLUME, startTime=start.isoformat(), endTime=today.isoformat())
    first = api.get(VOLUME, startTime=start.isoformat(), endTime=middle.isoformat())
    rest = api.get(VOLUME, startTime=(middle + timedelta(days=1)).isoformat(), endTime=today.isoformat())
    later = api.get(
        VOLUME, startTime=(today + timedelta(days=1)).isoformat(), endTime=(today + timedelta(days=9)).isoformat()
    )
    assert all(row["perpTradeAmount"] == row["spotTradeAmount"] == "0.00" for row in later["list"])
    assert month["total"] == len(month["list"]) == 6
    for whole, a, b in zip(month["list"], first["list"], rest["list"], strict=True):
        assert whole["uid"] == a["uid"] == b["uid"]
        for field in ("perpTradeAmount", "spotTradeAmount"):
            assert Decimal(whole[field]) == Decimal(a[field]) + Decimal(b[field])
    assert any(Decimal(row["perpTradeAmount"]) > 0 for row in month["list"])
    assert api.get(QUALIFICATION, uid="1", bot_id="p")["result"] is False


def test_a_fiat_withdrawal_leaves_into_the_outside_ledger(api: Api) -> None:
    before = money(api.sandbox, KEY)
    free = Decimal(next(b for b in api.get("/api/v1/account/balances")["balances"] if b["coin"] == "USDT")["free"])
    fee = api.get(f"{FUND}/common/getFee", amount="250.75")
    assert (fee["totalAmount"], fee["fee"], fee["netAmount"]) == ("250.75", "0.5", "250.25")
    swift = api.get(f"{FUND}/common/getFee", amount="250.75", channel="SWIFT")
    assert Decimal(swift["fee"]) + Decimal(swift["netAmount"]) == Decimal("250.75")
    bound = api.get(f"{FUND}/straitsx/getWithdrawAccounts")["list"]
    body = {"withdrawAccountId": bound[1]["withdrawAccountId"], "amount": "250.75"}
    made = api.ok(api.private("POST", WITHDRAW, body=body))
    assert (made["amount"], made["fee"], made["netAmount"], made["status"]) == ("250.75", "0.5", "250.25", "processing")
    after = Decimal(next(b for b in api.get("/api/v1/account/balances")["balances"] if b["coin"] == "USDT")["free"])
    assert free - after == Decimal("250.75")
    assert api.sandbox.outside[KEY] == {"USDT": Decimal("250.75")}
    # Conserved: the places hold less by exactly what went outside.
    places = sum(place.total(KEY, "USDT") for place in api.sandbox.places.values())
    assert money(api.sandbox, KEY).totals["USDT"] - places == Decimal("250.75")
    assert_conserved(api.sandbox, KEY, before)  # the check counts the outside ledger
    listed = api.get(f"{FUND}/common/getWithdraws")["list"]
    assert [w["id"] for w in listed] == [made["id"]]
    api.clock.now += 3_600_000
    assert api.get(f"{FUND}/common/getWithdraws")["list"][0]["status"] == "completed"
    # Refusals: more than the account has, an unknown channel, too many decimals, a missing field.
    for bad in (
        {**body, "amount": str(after + 1)},
        {**body, "channel": "CARRIER_PIGEON"},
        {**body, "amount": "1.001"},
        {"amount": "10"},
    ):
        refused = expect(400, api.private("POST", WITHDRAW, body=bad))
        assert refused["code"] == "BOT_INVALID_ARGUMENT"
    assert api.sandbox.outside[KEY] == {"USDT": Decimal("250.75")}
    assert api.get(f"{FUND}/common/getDeposits")["list"]
