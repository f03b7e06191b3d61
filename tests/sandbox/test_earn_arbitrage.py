"""Term arbitrage in the sandbox: the products, stakes taken from the spot account into ledgers of
their own, interest accrued day by day on the sandbox's clock (exact, rounded down to 8 places),
unstaking part or all with its share of the interest, the payback at the end of the term, and the
refusals; in-process on a hand-moved clock and over HTTP with time travel.  Every test checks that
the money of every account is conserved: what changed is exactly the interest the exchange paid."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import ROUND_DOWN, Decimal
from typing import Any

import httpx
import pytest

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, READONLY_API_KEY, create_app, sandbox_of
from pionex_sandbox.earn.arbitrage import Arbitrage
from pionex_wrapper import ArbitrageParameterError, AsyncPionex
from tests.sandbox.bot_support import Money, assert_conserved, money
from tests.sandbox.sandbox_support import KEY, Api

PRODUCTS = "/api/v1/earn/arbitrage/fetchProducts"
BALANCES = "/api/v1/earn/arbitrage/fetchUserBalances"
STAKE = "/api/v1/earn/arbitrage/stake"
UNSTAKE = "/api/v1/earn/arbitrage/unStake"
DAY = 86_400_000
HOUR = 3_600_000
EIGHT = Decimal("0.00000001")


def daily(principal: str | Decimal, apr: str) -> Decimal:
    """One whole day's interest by the documented rule: principal * apr / 365, rounded down to 8 places."""
    return (Decimal(principal) * Decimal(apr) / 365).quantize(EIGHT, ROUND_DOWN)


def body(product_id: str, amount: str, coin: str | None = None) -> dict[str, str]:
    return {"productId": product_id, "coin": coin or product_id.split("-")[1], "amount": amount}


def expect(status: int, response: Any) -> Any:
    payload = response.json()
    assert response.status_code == status, payload
    return payload.get("data") if status == 200 else payload


def spot_free(api: Api, coin: str = "USDT") -> Decimal:
    return api.sandbox.accounts[KEY].free(coin)


def stakes(api: Api) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = api.get(BALANCES)["balances"]
    return found


class Conservation:
    """The money of every account at the start; :meth:`check` asserts each changed only by its interest."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.before: dict[str, Money] = {key: money(api.sandbox, key) for key in api.sandbox.accounts}

    def check(self) -> dict[str, dict[str, Decimal]]:
        return {key: assert_conserved(self.api.sandbox, key, before) for key, before in self.before.items()}


@pytest.fixture
def conserved(api: Api) -> Iterator[Conservation]:
    check = Conservation(api)
    yield check
    check.check()


def arbitrage_answers_as_documented(api: Api, readonly: dict[str, Any]) -> None:
    """Every term-arbitrage operation: a success and its main refusals, each validated by ``api``;
    the overview's arbitrage category too."""
    ok, no = 200, 400
    products = expect(ok, api.private("GET", PRODUCTS))["products"]
    assert {p["productId"] for p in products} >= {"ARB-USDT-30D", "ARB-USDC-30D"}
    expect(ok, api.private("GET", PRODUCTS, **readonly))
    expect(ok, api.private("GET", BALANCES, **readonly))
    made = expect(ok, api.private("POST", STAKE, body=body("ARB-USDT-7D", "150")))
    assert made["status"] == "success" and made["txid"]
    expect(no, api.private("POST", STAKE, body=body("ARB-NOPE-1D", "150", "USDT")))
    expect(no, api.private("POST", STAKE, body=body("ARB-USDC-30D", "150")))  # no USDC in the account
    expect(ok, api.private("POST", UNSTAKE, body=body("ARB-USDT-7D", "50")))
    expect(no, api.private("POST", UNSTAKE, body=body("ARB-USDT-7D", "101")))  # 100 is left
    expect(no, api.private("POST", UNSTAKE, body={"productId": "ARB-USDT-7D", "coin": "EUR", "amount": "1"}))
    assert [line["amount"] for line in expect(ok, api.private("GET", BALANCES))["balances"]] == ["100"]
    full = expect(ok, api.private("GET", "/api/v1/wallet/balancesFull"))
    assert "arbitrage" in [category["type"] for category in full["botAccount"]["detail"]]


def test_every_operation_answers_and_refuses_as_documented(api: Api, conserved: Conservation) -> None:
    arbitrage_answers_as_documented(api, {"key": READONLY_API_KEY, "secret": "sandbox-readonly-secret-NOT-REAL"})
    for operation_id in ("earnArbitrageGetProducts", "earnArbitrageGetBalances"):
        assert (operation_id, 200) in api.seen
    for operation_id in ("earnArbitrageStake", "earnArbitrageUnstake"):
        assert {(operation_id, 200), (operation_id, 400)} <= api.seen
    # The read-only key may read but not stake or unstake: Pionex's permission refusal, from the app.
    readonly = {"key": READONLY_API_KEY, "secret": "sandbox-readonly-secret-NOT-REAL"}
    for path in (STAKE, UNSTAKE):
        refused = expect(401, api.private("POST", path, body=body("ARB-USDT-30D", "100"), **readonly))
        assert refused["code"] == "PERMISSION_DENIED" and "earn" in refused["message"]


def test_the_products_are_the_documented_table(api: Api, conserved: Conservation) -> None:
    products = {p["productId"]: p for p in api.get(PRODUCTS)["products"]}
    assert list(products) == ["ARB-USDT-7D", "ARB-USDT-30D", "ARB-USDT-90D", "ARB-USDC-30D", "ARB-USDC-90D"]
    assert products["ARB-USDT-30D"] == {
        "productId": "ARB-USDT-30D",
        "coin": "USDT",
        "termDays": 30,
        "apr": "0.085",
        "minAmount": "100",
        "maxAmount": "100000",
        "status": "OPEN",
    }
    assert {p["coin"] for p in products.values()} == {"USDT", "USDC"}
    assert all(Decimal(p["minAmount"]) < Decimal(p["maxAmount"]) for p in products.values())
    assert len({p["apr"] for p in products.values()}) == len(products)  # every product pays its own rate
    assert api.get(BALANCES) == {"balances": []}


def test_a_stake_moves_money_from_spot_into_its_ledger(api: Api, conserved: Conservation) -> None:
    free = spot_free(api)
    made = api.ok(api.private("POST", STAKE, body=body("ARB-USDT-30D", "1000.5")))
    assert made == {"request_id": "req-00000001", "status": "success", "txid": "tx-00000001"}
    assert free - spot_free(api) == Decimal("1000.5")
    (line,) = stakes(api)
    assert line == {
        "productId": "ARB-USDT-30D",
        "coin": "USDT",
        "amount": "1000.5",
        "interest": "0.00000000",
        "apr": "0.085",
        "startTime": api.clock.now,
        "endTime": api.clock.now + 30 * DAY,
        "status": "EARNING",
        "txid": "tx-00000001",
    }
    (stake,) = api.sandbox.engine(Arbitrage).stakes
    assert [(e.kind, e.coin, e.amount, e.place) for e in stake.funds.entries] == [
        ("lock", "USDT", Decimal("1000.5"), "SPOT")
    ]
    again = api.ok(api.private("POST", STAKE, body=body("ARB-USDT-30D", "100")))
    assert again["txid"] == "tx-00000002" and [s["txid"] for s in stakes(api)] == ["tx-00000001", "tx-00000002"]
    assert set(conserved.check()[KEY].values()) == {Decimal(0)}  # nothing earned yet: money only moved


def test_interest_accrues_by_whole_days_exactly(api: Api, conserved: Conservation) -> None:
    api.ok(api.private("POST", STAKE, body=body("ARB-USDT-30D", "1000")))
    one_day = daily("1000", "0.085")
    assert one_day == Decimal("0.23287671")
    api.clock.now += DAY - 1  # not yet a whole day
    assert stakes(api)[0]["interest"] == "0.00000000"
    api.clock.now += 1
    assert stakes(api)[0]["interest"] == "0.23287671"
    api.clock.now += 2 * DAY + 23 * HOUR  # three whole days and most of a fourth
    (line,) = stakes(api)
    assert Decimal(line["interest"]) == 3 * one_day and line["amount"] == "1000"
    # The interest is the exchange's money coming in, booked as interest entries, nothing else.
    assert conserved.check()[KEY]["USDT"] == 3 * one_day


def test_reading_does_not_change_what_accrues(clock: Any) -> None:
    """Two sandboxes, one read every hour and one never: the same interest to the last decimal."""
    from tests.sandbox.sandbox_support import open_api

    results = []
    for read_often in (True, False):
        clock.now = 1_700_000_000_000
        for api in open_api(create_app(seed=7, clock=clock), clock):
            before = Conservation(api)
            api.ok(api.private("POST", STAKE, body=body("ARB-USDT-90D", "777.77")))
            for _ in range(24 * 5 + 7):
                clock.now += HOUR
                if read_often:
                    stakes(api)
            results.append(stakes(api)[0]["interest"])
            before.check()
    assert results[0] == results[1] == str(5 * daily("777.77", "0.12"))


def test_unstaking_part_pays_its_share_of_the_interest(api: Api, conserved: Conservation) -> None:
    api.ok(api.private("POST", STAKE, body=body("ARB-USDT-30D", "1000")))
    api.clock.now += 3 * DAY
    free = spot_free(api)
    api.ok(api.private("POST", UNSTAKE, body=body("ARB-USDT-30D", "400")))
    interest = 3 * daily("1000", "0.085")  # 0.69863013
    share = (interest * 400 / 1000).quantize(EIGHT, ROUND_DOWN)  # 0.27945205
    assert spot_free(api) - free == Decimal(400) + share
    (line,) = stakes(api)
    assert (line["amount"], Decimal(line["interest"])) == ("600", interest - share)
    # From now on the day's interest is on the 600 left.
    api.clock.now += DAY
    assert Decimal(stakes(api)[0]["interest"]) == interest - share + daily("600", "0.085")
    assert conserved.check()[KEY]["USDT"] == interest + daily("600", "0.085")


def test_unstaking_takes_the_oldest_stakes_first(api: Api, conserved: Conservation) -> None:
    api.ok(api.private("POST", STAKE, body=body("ARB-USDT-7D", "300")))
    api.clock.now += DAY
    api.ok(api.private("POST", STAKE, body=body("ARB-USDT-7D", "200")))
    api.ok(api.private("POST", STAKE, body=body("ARB-USDT-30D", "500")))  # another product: untouched
    api.clock.now += DAY
    first, second = daily("300", "0.052") * 2, daily("200", "0.052")
    free = spot_free(api)
    api.ok(api.private("POST", UNSTAKE, body=body("ARB-USDT-7D", "350")))
    # All of the first stake with all its interest, then 50 of the second with a quarter of its interest.
    quarter = (second * 50 / 200).quantize(EIGHT, ROUND_DOWN)
    assert spot_free(api) - free == Decimal(350) + first + quarter
    lines = stakes(api)
    assert [(s["productId"], s["amount"]) for s in lines] == [("ARB-USDT-7D", "150"), ("ARB-USDT-30D", "500")]
    assert Decimal(lines[0]["interest"]) == second - quarter
    # The rest of the product, whole: nothing is left of it.
    api.ok(api.private("POST", UNSTAKE, body=body("ARB-USDT-7D", "150")))
    assert [s["productId"] for s in stakes(api)] == ["ARB-USDT-30D"]


def test_the_end_of_the_term_pays_everything_back(api: Api, conserved: Conservation) -> None:
    free = spot_free(api)
    api.ok(api.private("POST", STAKE, body=body("ARB-USDT-7D", "2500")))
    api.clock.now += 7 * DAY - 1
    (line,) = stakes(api)
    assert Decimal(line["interest"]) == 6 * daily("2500", "0.052")
    api.clock.now += 1
    assert stakes(api) == []
    earned = 7 * daily("2500", "0.052")
    assert spot_free(api) - free == earned
    api.clock.now += 30 * DAY  # nothing more accrues once paid back
    assert spot_free(api) - free == earned
    (stake,) = api.sandbox.engine(Arbitrage).stakes
    kinds = [entry.kind for entry in stake.funds.entries]
    assert kinds == ["lock"] + ["interest"] * 7 + ["release", "profit"] and stake.funds.holdings == {"USDT": 0}
    assert conserved.check()[KEY]["USDT"] == earned


REFUSALS = [
    ("POST", STAKE, {"productId": "ARB-USDT-30D", "coin": "USDT"}, "amount is required"),
    ("POST", STAKE, {"coin": "USDT", "amount": "100"}, "productId is required"),
    ("POST", STAKE, body("ARB-USDT-1Y", "100", "USDT"), "is not a product"),
    ("POST", STAKE, body("ARB USDT", "100", "USDT"), "productId must be"),
    ("POST", STAKE, body("ARB-USDT-30D", "100", "BTC"), "coin must be one of USDT, USDC"),
    ("POST", STAKE, body("ARB-USDT-30D", "100", "USDC"), "coin must be USDT"),
    ("POST", STAKE, {**body("ARB-USDT-30D", "100"), "amount": 100}, "decimal number written as a JSON string"),
    ("POST", STAKE, body("ARB-USDT-30D", "1e3"), "decimal number written as a JSON string"),
    ("POST", STAKE, body("ARB-USDT-30D", "-100"), "decimal number written as a JSON string"),
    ("POST", STAKE, body("ARB-USDT-30D", "0"), "more than 0"),
    ("POST", STAKE, body("ARB-USDT-30D", "100.000000001"), "at most 8 decimal places"),
    ("POST", STAKE, body("ARB-USDT-30D", "99.99"), "at least 100 USDT"),
    ("POST", STAKE, body("ARB-USDT-30D", "100000.01"), "at most 100000 USDT"),
    ("POST", STAKE, body("ARB-USDT-90D", "100001"), "more than the spot account has free"),
    ("POST", STAKE, body("ARB-USDC-30D", "100"), "0 USDC is free"),
    ("POST", UNSTAKE, body("ARB-USDT-30D", "100.5"), "more than the 100 USDT staked"),
    ("POST", UNSTAKE, body("ARB-USDT-7D", "1"), "more than the 0 USDT staked"),
]


@pytest.mark.parametrize(("method", "path", "sent", "said"), REFUSALS, ids=[r[3] for r in REFUSALS])
def test_refusals_name_the_problem_and_move_nothing(
    api: Api, conserved: Conservation, method: str, path: str, sent: dict[str, object], said: str
) -> None:
    api.ok(api.private("POST", STAKE, body=body("ARB-USDT-30D", "100")))
    if "100001" in str(sent):
        api.sandbox.accounts[KEY].holding("USDT").free = Decimal(100_000)  # less than the stake asked
    before = (spot_free(api), spot_free(api, "USDC"), stakes(api))
    refused = expect(400, api.private(method, path, body=sent))
    assert refused["code"] == "ARBITRAGE_PARAMETER_ERROR" and said in refused["message"], refused
    assert (spot_free(api), spot_free(api, "USDC"), stakes(api)) == before
    if "100001" in str(sent):
        conserved.before[KEY] = money(api.sandbox, KEY)  # the test itself changed the balance


def test_the_body_must_be_a_json_object(api: Api, conserved: Conservation) -> None:
    for raw in (b"", b"[]", b"not json", b'"ARB-USDT-30D"'):
        refused = expect(400, api.private("POST", STAKE, body=raw))
        assert refused["code"] == "ARBITRAGE_PARAMETER_ERROR" and "JSON object" in refused["message"]


def test_usdc_stakes_once_the_account_has_usdc(api: Api, conserved: Conservation) -> None:
    api.sandbox.accounts[KEY].holding("USDC").free = Decimal(5000)
    conserved.before[KEY] = money(api.sandbox, KEY)
    api.ok(api.private("POST", STAKE, body=body("ARB-USDC-30D", "1234.5")))
    assert spot_free(api, "USDC") == Decimal("3765.5")
    api.clock.now += 30 * DAY
    earned = 30 * daily("1234.5", "0.08")
    assert stakes(api) == []  # the request brings the sandbox to the clock
    assert spot_free(api, "USDC") == Decimal(5000) + earned
    assert conserved.check()[KEY]["USDC"] == earned


def test_over_http_with_time_travel() -> None:
    """The client over the app with a travelling clock: stake, travel ten days, read, unstake all."""

    async def main() -> None:
        app = create_app(seed=7, time_travel=True)
        sandbox = sandbox_of(app)
        before = {key: money(sandbox, key) for key in sandbox.accounts}
        transport = httpx.ASGITransport(app=app)
        async with (
            AsyncPionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url="http://sandbox", transport=transport) as client,
            httpx.AsyncClient(transport=transport, base_url="http://sandbox") as raw,
        ):
            products = (await client.earn.arbitrage.get_products()).products
            chosen = next(p for p in products if p.product_id == "ARB-USDT-90D")
            assert (chosen.coin, chosen.term_days, chosen.apr) == ("USDT", 90, Decimal("0.12"))
            made = await client.earn.arbitrage.stake(product_id="ARB-USDT-90D", coin="USDT", amount=Decimal(5000))
            assert made.status == "success" and made.txid == "tx-00000001" and made.request_id
            moved = await raw.post("/sandbox/v1/clock", json={"advanceMs": 10 * DAY + 5 * HOUR})
            assert moved.status_code == 200
            (line,) = (await client.earn.arbitrage.get_balances()).balances
            assert (line.amount, line.interest) == (Decimal(5000), 10 * daily("5000", "0.12"))
            assert line.end_time is not None and line.start_time is not None
            assert line.end_time - line.start_time == 90 * DAY
            with pytest.raises(ArbitrageParameterError, match="more than the 5000 USDT staked"):
                await client.earn.arbitrage.unstake(product_id="ARB-USDT-90D", coin="USDT", amount="5000.01")
            done = await client.earn.arbitrage.unstake(product_id="ARB-USDT-90D", coin="USDT", amount="5000")
            assert done.status == "success"
            assert (await client.earn.arbitrage.get_balances()).balances == []
        changes = {key: assert_conserved(sandbox, key, one) for key, one in before.items()}
        assert changes[KEY]["USDT"] == 10 * daily("5000", "0.12")

    asyncio.run(main())
