"""Dual investment in the sandbox: the seeded products and their yields on the sandbox's clock and
index, investing (idempotent on the client id, refusing stale yields and bad amounts), revoking while
pending, settlement at expiry by Pionex's rule in all four branches to the last decimal, delivery
prices, records, balances and collecting into the spot account, with money conserved in every test."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import ROUND_DOWN, Decimal
from typing import Any

import httpx
import pytest

import pionex_wrapper.auth
from pionex_sandbox import (
    DEFAULT_API_SECRET,
    READONLY_API_KEY,
    READONLY_API_SECRET,
    create_app,
    running_sandbox,
    sandbox_of,
)
from pionex_sandbox.core.ledger import Funds
from pionex_sandbox.core.market import STEP_MS
from pionex_sandbox.core.prices import DAY, HOUR, MINUTE
from pionex_sandbox.earn.dual import MATCH_MS, PAIRS, Dual, DualProduct, settle_amounts
from pionex_sandbox.earn.dual.catalogue import next_expiry
from pionex_wrapper import DualParameterError, PermissionDeniedError, Pionex
from tests.sandbox.bot_support import assert_conserved, money
from tests.sandbox.sandbox_support import FROZEN_MS, KEY, READONLY, Api, Clock, open_api

DUAL = "/api/v1/earn/dual"
PRODUCT_ID = re.compile(r"(BTC|ETH|SOL)-(USDXO|USDT)-([0-9]{6})-([0-9]+(?:\.[0-9]+)?)-([CP])-(USDT|USDC)")
FIRST = next_expiry(FROZEN_MS)  # the first expiry after the test clock's start


def test_next_expiry_is_the_next_0800_utc() -> None:
    assert datetime.fromtimestamp(FIRST / 1000, UTC) == datetime(2023, 11, 15, 8, tzinfo=UTC)
    assert next_expiry(FIRST) == FIRST + DAY and next_expiry(FIRST - 1) == FIRST


# -- helpers ------------------------------------------------------------------------------------------


def products(api: Api, base: str = "BTC", kind: str = "DUAL_BASE", **extra: object) -> list[dict[str, Any]]:
    quote = "USDT" if base == "SOL" else "USDXO"
    data = api.ok(api.public(f"{DUAL}/openProducts", base=base, quote=quote, type=kind, **extra))
    return list(data["products"])


def prices(api: Api, *product_ids: str) -> list[dict[str, Any]]:
    base, quote = product_ids[0].split("-")[:2]
    return list(
        api.ok(api.public(f"{DUAL}/prices", base=base, quote=quote, productIds=",".join(product_ids)))["products"]
    )


def body(product_id: str, amount: str, profit: str, client_id: str | None = None) -> dict[str, object]:
    field = "baseAmount" if "-C-" in product_id else "currencyAmount"
    fields: dict[str, object] = {
        "base": product_id.split("-")[0],
        "productId": product_id,
        field: amount,
        "profit": profit,
    }
    if client_id is not None:
        fields["clientDualId"] = client_id
    return fields


def invest(api: Api, product_id: str, amount: str, client_id: str | None = None, **auth: Any) -> httpx.Response:
    """An investment at the yield read just before."""
    profit = prices(api, product_id)[0]["profit"]
    return api.private("POST", f"{DUAL}/invest", body=body(product_id, amount, profit, client_id), **auth)


def invests(api: Api, *client_ids: str) -> list[dict[str, Any]]:
    return list(api.ok(api.private("POST", f"{DUAL}/invests", body={"clientDualIds": list(client_ids)}))["records"])


def one(api: Api, client_id: str) -> dict[str, Any]:
    found = invests(api, client_id)
    assert len(found) == 1
    return found[0]


def balances(api: Api, merge: bool | None = None) -> list[dict[str, Any]]:
    params = {} if merge is None else {"merge": str(merge).lower()}
    return list(api.ok(api.private("GET", f"{DUAL}/balances", params))["balances"])


def spot(api: Api, coin: str) -> Decimal:
    return api.sandbox.accounts[KEY].free(coin)


def dual(api: Api) -> Dual:
    return api.sandbox.engine(Dual)


def refusal(response: httpx.Response) -> str:
    payload = response.json()
    assert response.status_code == 400 and payload["code"] == "DUAL_PARAMETER_ERROR", payload
    return str(payload["message"])


def path_index(api: Api, market: str, moment: int) -> Decimal:
    return api.sandbox.markets.path(market).price(moment)


# -- public market data -----------------------------------------------------------------------------------


def test_symbols_list_every_pair_and_currency_with_its_limits(api: Api) -> None:
    before = money(api.sandbox, KEY)
    coins = api.ok(api.public(f"{DUAL}/symbols"))["coins"]
    assert [(c["base"], c["quote"], c["currency"]) for c in coins] == [
        ("BTC", "USDXO", "USDT"),
        ("BTC", "USDXO", "USDC"),
        ("ETH", "USDXO", "USDT"),
        ("ETH", "USDXO", "USDC"),
        ("SOL", "USDT", "USDT"),
    ]
    btc = coins[0]
    assert btc == {
        "base": "BTC",
        "quote": "USDXO",
        "currency": "USDT",
        "basePrecision": 6,
        "currencyPrecision": 2,
        "baseMin": "0.0001",
        "currencyMin": "10",
        "baseMax": "10",
        "currencyMax": "500000",
    }
    assert [c["currency"] for c in api.ok(api.public(f"{DUAL}/symbols", base="ETH"))["coins"]] == ["USDT", "USDC"]
    assert api.ok(api.public(f"{DUAL}/symbols", base="DOGE"))["coins"] == []
    assert_conserved(api.sandbox, KEY, before)


def test_the_index_is_the_spot_price_path_at_the_last_step(api: Api) -> None:
    api.clock.now = FROZEN_MS + 1234
    for base, quote, market in (
        ("BTC", "USDXO", "BTC_USDT"),
        ("ETH", "USDXO", "ETH_USDT"),
        ("SOL", "USDT", "SOL_USDT"),
    ):
        index = api.ok(api.public(f"{DUAL}/index", base=base, quote=quote))
        moment = (FROZEN_MS + 1234) // STEP_MS * STEP_MS
        assert index == {
            "index": str(path_index(api, market, moment)),
            "base": base,
            "quote": quote,
            "updateTime": moment,
        }
    assert "invalid base quote" in refusal(api.public(f"{DUAL}/index", base="BTC", quote="USDT"))
    assert "invalid base quote" in refusal(api.public(f"{DUAL}/index", base="XRP", quote="USDT"))
    assert refusal(api.public(f"{DUAL}/index", base="BTC")) == "quote is required"


def test_open_products_cover_four_daily_expiries_with_strikes_around_the_index(api: Api) -> None:
    for base, kind in (("BTC", "DUAL_BASE"), ("BTC", "DUAL_CURRENCY"), ("SOL", "DUAL_BASE"), ("ETH", "DUAL_CURRENCY")):
        listed = products(api, base, kind)
        pair = next(pair for pair in PAIRS if pair.base == base)
        expiries = sorted({p["expireTime"] for p in listed})
        assert expiries == [FIRST + n * DAY for n in range(4)]
        assert len(listed) == 4 * 5 * len(pair.currencies)
        for product in listed:
            found = PRODUCT_ID.fullmatch(product["productId"])
            assert found is not None, product
            b, quote, day, strike, letter, currency = found.groups()
            expiry = datetime.fromtimestamp(product["expireTime"] / 1000, UTC)
            assert (b, quote, strike, currency) == (base, pair.quote, product["strike"], product["currency"])
            assert day == expiry.strftime("%y%m%d") and (expiry.hour, expiry.minute) == (8, 0)
            assert letter == ("C" if kind == "DUAL_BASE" else "P") and product["type"] == kind
            assert product["createTime"] == product["expireTime"] - 4 * DAY and product["expired"] is False
            # Strikes are laid out from the index when the product was listed: above it to sell high
            # (DUAL_BASE), below it to buy low (DUAL_CURRENCY), in the pair's strike step.
            listed_at = path_index(api, pair.market, product["createTime"])
            strike_value = Decimal(strike)
            assert strike_value % pair.strike_step == 0
            assert (strike_value > listed_at) if kind == "DUAL_BASE" else (strike_value < listed_at)
            assert abs(strike_value - listed_at) <= 5 * pair.strike_step
    usdc = products(api, "BTC", "DUAL_BASE", currency="USDC")
    assert usdc and {p["currency"] for p in usdc} == {"USDC"}
    assert "currency" in refusal(
        api.public(f"{DUAL}/openProducts", base="SOL", quote="USDT", type="DUAL_BASE", currency="USDC")
    )
    assert "invalid base quote" in refusal(
        api.public(f"{DUAL}/openProducts", base="BTC", quote="USDT", type="DUAL_BASE")
    )
    assert "type" in refusal(api.public(f"{DUAL}/openProducts", base="BTC", quote="USDXO", type="CALL"))
    assert refusal(api.public(f"{DUAL}/openProducts", base="BTC", quote="USDXO")) == "type is required"


def test_new_products_appear_as_the_clock_moves(api: Api) -> None:
    first = {p["productId"] for p in products(api)}
    api.clock.now = FIRST  # the first expiry: its products are gone, a fifth day is listed
    later = products(api)
    assert sorted({p["expireTime"] for p in later}) == [FIRST + n * DAY for n in range(1, 5)]
    assert {p["productId"] for p in later if p["expireTime"] < FIRST + 4 * DAY} <= first
    assert all(p["createTime"] == FIRST for p in later if p["expireTime"] == FIRST + 4 * DAY)
    api.clock.now = FIRST + 30 * DAY  # a sandbox left running a month still has open products
    assert sorted({p["expireTime"] for p in products(api)}) == [FIRST + n * DAY for n in range(31, 35)]


def test_yields_move_with_the_index_and_the_time_left(api: Api) -> None:
    listed = products(api)
    nearest = [p for p in listed if p["expireTime"] == FIRST and p["currency"] == "USDT"]
    quoted = prices(api, *(p["productId"] for p in nearest))
    assert [q["productId"] for q in quoted] == [p["productId"] for p in nearest]  # in the order asked
    minute = FROZEN_MS // MINUTE * MINUTE
    for line in quoted:
        assert line["canInvest"] is True and line["updateTime"] == minute and line["baseSize"] == "0.000001"
        assert re.fullmatch(r"[0-9]+(\.[0-9]{1,4})?", line["profit"]) and Decimal(line["profit"]) > 0
    # Strikes farther above the index pay less (DUAL_BASE).
    rates = [Decimal(line["profit"]) for line in quoted]
    assert rates == sorted(rates, reverse=True) and rates[0] > rates[-1]
    # Within the same minute the quote does not change; a minute later the index and the time left did.
    api.clock.now = minute + MINUTE - 1
    assert prices(api, nearest[0]["productId"]) == quoted[:1]
    api.clock.now = minute + 5 * MINUTE
    moved = prices(api, *(p["productId"] for p in nearest))
    assert all(line["updateTime"] == minute + 5 * MINUTE for line in moved)
    assert [line["profit"] for line in moved] != [line["profit"] for line in quoted]
    # The last hour before expiry, and after it, the product takes no investment.
    for moment in (FIRST - HOUR, FIRST - 1, FIRST, FIRST + DAY):
        api.clock.now = moment
        assert prices(api, nearest[0]["productId"]) == [
            {"productId": nearest[0]["productId"], "canInvest": False, "profit": "", "baseSize": "", "updateTime": 0}
        ]
    api.clock.now = FIRST - HOUR - 1
    assert prices(api, nearest[0]["productId"])[0]["canInvest"] is True


def test_a_still_market_quotes_from_the_price_it_started_at(still_api: Api) -> None:
    product = products(still_api)[0]["productId"]
    first = prices(still_api, product)[0]
    still_api.clock.now = FROZEN_MS + 3 * HOUR
    later = prices(still_api, product)[0]
    index = still_api.ok(still_api.public(f"{DUAL}/index", base="BTC", quote="USDXO"))["index"]
    assert index == str(path_index(still_api, "BTC_USDT", FROZEN_MS))
    assert Decimal(later["profit"]) < Decimal(first["profit"])  # the same distance, less time left: less yield


def test_prices_refuse_what_is_not_a_listed_product_of_the_pair(api: Api) -> None:
    product = products(api)[0]["productId"]
    eth = products(api, "ETH")[0]["productId"]
    cases = {
        "BTC-USDXO-231115-12345-C-USDT": "not a listed product",  # a strike that was never laid out
        "BTC-USDXO-231125-70000-C-USDT": "not a listed product",  # an expiry not listed yet
        eth: "not a listed product of BTC/USDXO",
        "nonsense": "not a listed product",
    }
    for product_id, message in cases.items():
        assert message in refusal(api.public(f"{DUAL}/prices", base="BTC", quote="USDXO", productIds=product_id))
    assert refusal(api.public(f"{DUAL}/prices", base="BTC", quote="USDXO")) == "productIds is required"
    assert refusal(api.public(f"{DUAL}/prices", quote="USDXO", productIds=product)) == "base is required"
    many = ",".join([product] * 51)
    assert "at most 50" in refusal(api.public(f"{DUAL}/prices", base="BTC", quote="USDXO", productIds=many))


# -- investing ---------------------------------------------------------------------------------------------


def test_invest_takes_spot_money_is_pending_a_minute_and_can_be_revoked_meanwhile(api: Api) -> None:
    before = money(api.sandbox, KEY)
    btc, usdt = spot(api, "BTC"), spot(api, "USDT")
    call = products(api)[2]["productId"]
    put = products(api, kind="DUAL_CURRENCY")[1]["productId"]
    made = api.ok(invest(api, call, "0.25", "sell-high-1"))
    assert made == {"clientDualId": "sell-high-1", "state": "CONFIRMED"}
    assert spot(api, "BTC") == btc - Decimal("0.25")
    record = one(api, "sell-high-1")
    assert record["state"] == "CONFIRMED" and record["settlementState"] == "UNSETTLED"
    assert (record["baseAmount"], record["currencyAmount"], record["baseFilled"]) == ("0.25", "0", "0")
    assert record["createTime"] == record["updateTime"] == FROZEN_MS and "deliveryPrice" not in record
    assert balances(api) == [{"base": "BTC", "coin": "BTC", "free": "0", "frozen": "0.25", "updateTime": FROZEN_MS}]
    # A pending investment is revoked: its money comes back.
    api.clock.now += MATCH_MS - 1
    revoke = {"base": "BTC", "productId": call, "clientDualId": "sell-high-1"}
    assert api.ok(api.private("DELETE", f"{DUAL}/invest", body=revoke)) == {"clientDualId": "sell-high-1"}
    assert spot(api, "BTC") == btc and balances(api) == []
    assert one(api, "sell-high-1")["state"] == "REVOKED"
    assert "already revoked" in refusal(api.private("DELETE", f"{DUAL}/invest", body=revoke))
    # One minute after it was made, an investment is matched and can no longer be revoked.
    api.ok(invest(api, put, "1000", "buy-low-1"))
    assert spot(api, "USDT") == usdt - 1000
    api.clock.now += MATCH_MS
    record = one(api, "buy-low-1")
    assert record["state"] == "MATCHED" and record["currencyFilled"] == "1000"
    assert record["updateTime"] == record["createTime"] + MATCH_MS
    matched = {"base": "BTC", "productId": put, "clientDualId": "buy-low-1"}
    assert "already matched" in refusal(api.private("DELETE", f"{DUAL}/invest", body=matched))
    assert "is of product" in refusal(api.private("DELETE", f"{DUAL}/invest", body={**matched, "productId": call}))
    assert "no dual investment" in refusal(
        api.private("DELETE", f"{DUAL}/invest", body={**matched, "clientDualId": "x"})
    )
    assert "no dual investment" in refusal(api.private("DELETE", f"{DUAL}/invest", body={**matched, "base": "ETH"}))
    changes = assert_conserved(api.sandbox, KEY, before)
    assert all(change == 0 for change in changes.values())  # nothing settled yet: money only moved


def test_invest_is_idempotent_on_the_client_id(api: Api) -> None:
    before = money(api.sandbox, KEY)
    product = products(api, kind="DUAL_CURRENCY")[0]["productId"]
    profit = prices(api, product)[0]["profit"]
    usdt = spot(api, "USDT")
    request = body(product, "500", profit, "retry-me")
    first = api.ok(api.private("POST", f"{DUAL}/invest", body=request))
    again = api.ok(api.private("POST", f"{DUAL}/invest", body=request))
    assert first == again == {"clientDualId": "retry-me", "state": "CONFIRMED"}
    assert spot(api, "USDT") == usdt - 500  # taken once
    # Even after the quote moved on, a retry is answered with the investment's state (no money taken).
    api.clock.now += 2 * MINUTE
    assert api.ok(api.private("POST", f"{DUAL}/invest", body=request)) == {
        "clientDualId": "retry-me",
        "state": "MATCHED",
    }
    assert "already names another" in refusal(
        api.private("POST", f"{DUAL}/invest", body={**request, "currencyAmount": "501"})
    )
    assert spot(api, "USDT") == usdt - 500 and len(invests(api, "retry-me")) == 1
    # Without a client id the sandbox makes one up.
    made = api.ok(invest(api, product, "100"))
    assert (
        made["clientDualId"].startswith("sandbox-dual-") and one(api, made["clientDualId"])["currencyAmount"] == "100"
    )
    assert_conserved(api.sandbox, KEY, before)


def test_invest_refuses_bad_amounts_products_and_yields(api: Api) -> None:
    before = money(api.sandbox, KEY)
    call = products(api)[0]["productId"]
    put = products(api, kind="DUAL_CURRENCY")[0]["productId"]
    profit = prices(api, call)[0]["profit"]
    good = body(call, "0.1", profit)

    def refused(**change: object) -> str:
        fields = {**good, **change}
        return refusal(api.private("POST", f"{DUAL}/invest", body={k: v for k, v in fields.items() if v is not None}))

    assert refused(currencyAmount="100") == "give baseAmount or currencyAmount, not both"
    assert refused(baseAmount=None) == "baseAmount or currencyAmount is required"
    assert "invested with currencyAmount" in refusal(
        api.private(
            "POST", f"{DUAL}/invest", body={**body(put, "100", profit), "currencyAmount": None, "baseAmount": "0.1"}
        )
    )
    assert "at least 0.0001 BTC" in refused(baseAmount="0.00005")
    assert "at most 10 BTC" in refused(baseAmount="10.5")
    assert "at most 6 decimal places" in refused(baseAmount="0.1000001")
    assert "written as a string" in refused(baseAmount=0.1)
    assert "greater than zero" in refused(baseAmount="0")
    assert "not a listed product" in refused(productId="BTC-USDXO-231115-12345-C-USDT")
    assert "not a listed product of BTC/USDXO" in refused(productId=products(api, "ETH")[0]["productId"])
    assert "invalid base quote" in refused(base="XRP")
    assert refused(base=None) == "base is required"
    assert refused(productId=None) == "productId is required"
    assert refused(profit=None) == "profit is required"
    assert "clientDualId" in refused(clientDualId="no spaces please")
    # The yield must be the current one, exactly as prices wrote it.
    assert "not the current yield" in refused(profit=profit + "0")
    assert "not the current yield" in refused(profit=str(Decimal(profit) + Decimal("0.0001")))
    api.clock.now += MINUTE  # the quote moved on: the yield read a minute ago is stale
    fresh = prices(api, call)[0]["profit"]
    assert fresh != profit and "not the current yield" in refused()
    assert api.ok(api.private("POST", f"{DUAL}/invest", body={**good, "profit": fresh}))["state"] == "CONFIRMED"
    # Not enough in the spot account: USDC (the sandbox's accounts hold none), or more BTC than is free.
    usdc = products(api, kind="DUAL_CURRENCY", currency="USDC")[0]["productId"]
    assert "0 USDC is free" in refusal(invest(api, usdc, "100"))
    assert "insufficient balance" in refusal(invest(api, products(api)[1]["productId"], "9.95"))
    # The last hour before expiry the product takes no investment.
    api.clock.now = FIRST - HOUR
    assert "takes no investment now" in refusal(api.private("POST", f"{DUAL}/invest", body=body(call, "0.1", fresh)))
    # The read-only key may read but not invest (the app refuses it from the spec's permission).
    denied = invest(api, put, "100", **READONLY)
    assert denied.status_code == 401 and denied.json()["code"] == "PERMISSION_DENIED"
    assert api.ok(api.private("GET", f"{DUAL}/balances", **READONLY)) == {"balances": []}
    changes = assert_conserved(api.sandbox, KEY, before)
    assert all(change == 0 for change in changes.values())


# -- settlement ------------------------------------------------------------------------------------------------


def test_the_settlement_rule_in_every_branch_to_the_last_decimal() -> None:
    """Worked numbers: the yield is principal * profit * term / 365 days, rounded down to the coin
    invested; a conversion is made at the strike, rounded down to the coin paid."""
    btc = PAIRS[0]
    call = DualProduct(btc, "USDT", "DUAL_BASE", Decimal(66000), FIRST)
    put = DualProduct(btc, "USDT", "DUAL_CURRENCY", Decimal(64000), FIRST)
    two_days = 2 * DAY
    # DUAL_BASE, index above the strike: principal and yield in BTC.  0.5 * 0.73 * 2 / 365 = 0.002
    above = settle_amounts(call, Decimal("0.5"), Decimal("0.73"), two_days, Decimal("66000.01"))
    assert (above.interest, above.coin, above.amount, above.converted) == (
        Decimal("0.002"),
        "BTC",
        Decimal("0.502"),
        False,
    )
    # DUAL_BASE, index at or below the strike: converted at the strike, 0.502 * 66000 = 33132 USDT.
    for delivery in ("66000", "50000"):
        below = settle_amounts(call, Decimal("0.5"), Decimal("0.73"), two_days, Decimal(delivery))
        assert (below.interest, below.coin, below.amount, below.converted) == (
            Decimal("0.002"),
            "USDT",
            Decimal("33132.000"),
            True,
        )
    # DUAL_CURRENCY, index below the strike: principal and yield in USDT.  1000 * 0.365 * 2 / 365 = 2
    under = settle_amounts(put, Decimal(1000), Decimal("0.365"), two_days, Decimal("63999.99"))
    assert (under.interest, under.coin, under.amount, under.converted) == (
        Decimal("2.00"),
        "USDT",
        Decimal("1002.00"),
        False,
    )
    # DUAL_CURRENCY, index at or above the strike: 1002 / 64000 = 0.01565625 BTC, rounded down to 0.015656.
    for delivery in ("64000", "90000"):
        over = settle_amounts(put, Decimal(1000), Decimal("0.365"), two_days, Decimal(delivery))
        assert (over.interest, over.coin, over.amount, over.converted) == (
            Decimal("2.00"),
            "BTC",
            Decimal("0.015656"),
            True,
        )
    # Rounding is down, in the house's favour: 0.123457 * 0.5 * 3 / 365 = 0.000507357... -> 0.000507
    odd = settle_amounts(call, Decimal("0.123457"), Decimal("0.5"), 3 * DAY, Decimal(70000))
    assert odd.interest == Decimal("0.000507") and odd.amount == Decimal("0.123964")


@pytest.fixture
def pinned(api: Api, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Decimal], None]]:
    """BTC's index pinned at 65000 until the expiry two days after :data:`FIRST`, then at what the test sets."""
    engine = dual(api)
    original = engine.catalogue.index_at
    expiry = FIRST + 2 * DAY
    delivery = {"price": Decimal(65000)}

    def index_at(pair: Any, moment: int) -> Decimal:
        if pair.base != "BTC":
            return original(pair, moment)
        return delivery["price"] if moment >= expiry else Decimal(65000)

    monkeypatch.setattr(engine.catalogue, "index_at", index_at)

    def set_delivery(price: Decimal) -> None:
        delivery["price"] = price

    yield set_delivery


SETTLEMENTS = [
    # (type, strike, delivery, amount, coin paid, converted)
    ("C", "66000", "70000", "0.5", "BTC", False),  # DUAL_BASE, index above the strike: base back
    ("C", "66000", "60000", "0.5", "USDT", True),  # DUAL_BASE, index below: converted at the strike
    ("C", "66000", "66000", "0.5", "USDT", True),  # DUAL_BASE, index at the strike: converted
    ("P", "64000", "60000", "1000", "USDT", False),  # DUAL_CURRENCY, index below the strike: currency back
    ("P", "64000", "70000", "1000", "BTC", True),  # DUAL_CURRENCY, index above: converted at the strike
    ("P", "64000", "64000", "1000", "BTC", True),  # DUAL_CURRENCY, index at the strike: converted
]


@pytest.mark.parametrize(("letter", "strike", "delivery", "amount", "coin", "converted"), SETTLEMENTS)
def test_settlement_at_expiry_pays_by_pionexs_rule_and_collect_moves_it_to_spot(
    api: Api,
    pinned: Callable[[Decimal], None],
    letter: str,
    strike: str,
    delivery: str,
    amount: str,
    coin: str,
    converted: bool,
) -> None:
    expiry = FIRST + 2 * DAY
    api.clock.now = FIRST  # two days before the expiry
    pinned(Decimal(delivery))
    before = money(api.sandbox, KEY)
    product_id = f"BTC-USDXO-{datetime.fromtimestamp(expiry / 1000, UTC):%y%m%d}-{strike}-{letter}-USDT"
    profit = prices(api, product_id)[0]["profit"]
    invested = "BTC" if letter == "C" else "USDT"
    start = {c: spot(api, c) for c in ("BTC", "USDT")}
    api.ok(api.private("POST", f"{DUAL}/invest", body=body(product_id, amount, profit, "settle-me")))
    # What the rule pays, worked out here: yield over the two days, then the conversion at the strike.
    places = 6 if invested == "BTC" else 2
    interest = (Decimal(amount) * Decimal(profit) * 2 / 365).quantize(Decimal(1).scaleb(-places), ROUND_DOWN)
    total = Decimal(amount) + interest
    if not converted:
        paid = total
    elif letter == "C":
        paid = (total * Decimal(strike)).quantize(Decimal("0.01"), ROUND_DOWN)
    else:
        paid = (total / Decimal(strike)).quantize(Decimal("0.000001"), ROUND_DOWN)
    assert interest > 0
    # The clock jumps three days at once: the investment is settled at its expiry, not later.
    api.clock.now = expiry + 3 * DAY
    record = one(api, "settle-me")
    assert record["state"] == "SETTLED" and record["settlementState"] == "SETTLED"
    assert record["settlementTime"] == expiry == record["updateTime"] and record["deliveryPrice"] == delivery
    assert record["settlementBase"] == record["settlementCurrency"] == coin
    assert balances(api) == [{"base": "BTC", "coin": coin, "free": str(paid), "frozen": "0", "updateTime": expiry}]
    ledger = dual(api).book(KEY)["settle-me"].funds.entries
    kinds = [(entry.kind, entry.coin, entry.amount) for entry in ledger]
    expected = [("lock", invested, Decimal(amount)), ("interest", invested, interest)]
    if converted:
        expected += [("convert", invested, -total), ("convert", coin, paid)]
    assert kinds == expected
    # Collected: the payout moves to the spot account, to the last decimal.
    collect = {"base": "BTC", "clientDualId": "settle-me", "productId": product_id}
    assert api.ok(api.private("POST", f"{DUAL}/collect", body=collect)) == {"clientDualId": "settle-me"}
    assert spot(api, invested) == start[invested] - Decimal(amount) + (paid if coin == invested else 0)
    if coin != invested:
        assert spot(api, coin) == start[coin] + paid
    assert balances(api) == [] and one(api, "settle-me")["settlementState"] == "COLLECTED"
    assert "already collected" in refusal(api.private("POST", f"{DUAL}/collect", body=collect))
    changes = assert_conserved(api.sandbox, KEY, before)
    assert changes[invested] == (interest if not converted else -Decimal(amount))
    if converted:
        assert changes[coin] == paid


def test_a_moving_market_settles_at_the_index_of_the_expiry_and_records_delivery_prices(api: Api) -> None:
    before = money(api.sandbox, KEY)
    call = next(p for p in products(api) if p["expireTime"] == FIRST + DAY)
    put = next(p for p in products(api, "SOL", "DUAL_CURRENCY") if p["expireTime"] == FIRST)
    api.ok(invest(api, call["productId"], "0.3", "btc-call"))
    api.ok(invest(api, put["productId"], "250", "sol-put"))
    # Before settlement, collect is refused.
    early = {"base": "BTC", "clientDualId": "btc-call", "productId": call["productId"]}
    assert "only a settled one" in refusal(api.private("POST", f"{DUAL}/collect", body=early))
    api.clock.now = FIRST + 5 * DAY - HOUR
    for client_id, market, expiry, base in (
        ("btc-call", "BTC_USDT", FIRST + DAY, "BTC"),
        ("sol-put", "SOL_USDT", FIRST, "SOL"),
    ):
        record = one(api, client_id)
        assert record["settlementTime"] == expiry and record["deliveryPrice"] == str(path_index(api, market, expiry))
        delivered = api.ok(api.public(f"{DUAL}/deliveryPrices", base=base))["prices"]
        line = next(p for p in delivered if p["deliveryTime"] == expiry)
        assert line == {
            "delivery": record["deliveryPrice"],
            "date": datetime.fromtimestamp(expiry / 1000, UTC).strftime("%Y-%m-%d"),
            "deliveryTime": expiry,
        }
    # Every expiry has its delivery price, newest first, in the range asked (30 days by default).
    delivered = api.ok(api.public(f"{DUAL}/deliveryPrices", base="BTC", quote="USDXO"))["prices"]
    times = [p["deliveryTime"] for p in delivered]
    assert times == sorted(times, reverse=True) and times[0] == FIRST + 4 * DAY and len(times) == 30
    assert all(p["delivery"] == str(path_index(api, "BTC_USDT", p["deliveryTime"])) for p in delivered)
    ranged = api.ok(api.public(f"{DUAL}/deliveryPrices", base="BTC", startTime=FIRST, endTime=FIRST + 2 * DAY))[
        "prices"
    ]
    assert [p["deliveryTime"] for p in ranged] == [FIRST + 2 * DAY, FIRST + DAY, FIRST]
    future = api.ok(
        api.public(f"{DUAL}/deliveryPrices", base="BTC", startTime=FIRST + 4 * DAY, endTime=FIRST + 9 * DAY)
    )
    assert [p["deliveryTime"] for p in future["prices"]] == [FIRST + 4 * DAY]  # never beyond now
    assert "startTime" in refusal(
        api.public(f"{DUAL}/deliveryPrices", base="BTC", startTime=FIRST + DAY, endTime=FIRST)
    )
    assert "invalid base quote" in refusal(api.public(f"{DUAL}/deliveryPrices", base="SOL", quote="USDXO"))
    for client_id, base, product in (("btc-call", "BTC", call), ("sol-put", "SOL", put)):
        collect = {"base": base, "clientDualId": client_id, "productId": product["productId"]}
        api.ok(api.private("POST", f"{DUAL}/collect", body=collect))
    assert balances(api) == []
    assert_conserved(api.sandbox, KEY, before)


# -- records, balances and what the account holds -----------------------------------------------------------------


def test_records_are_paged_newest_first_and_filtered_by_state(api: Api) -> None:
    before = money(api.sandbox, KEY)
    call = products(api)[0]["productId"]
    put = products(api, kind="DUAL_CURRENCY")[0]["productId"]
    made = []
    for n in range(5):
        api.clock.now = FROZEN_MS + n * 10 * MINUTE
        product, amount = (call, "0.01") if n % 2 == 0 else (put, "20")
        made.append(api.ok(invest(api, product, amount, f"rec-{n}"))["clientDualId"])
    api.ok(invest(api, products(api, "ETH")[0]["productId"], "0.01", "eth-0"))  # another base: not listed
    api.ok(api.private("DELETE", f"{DUAL}/invest", body={"base": "BTC", "productId": call, "clientDualId": "rec-4"}))

    def records(**params: object) -> list[str]:
        data = api.ok(api.private("GET", f"{DUAL}/records", {"base": "BTC", "endTime": api.clock.now, **params}))
        return [record["clientDualId"] for record in data["records"]]

    assert records() == ["rec-4", "rec-3", "rec-2", "rec-1", "rec-0"]
    page = records(limit=2)
    assert page == ["rec-4", "rec-3"]
    oldest = one(api, page[-1])["createTime"]
    assert records(limit=2, endTime=oldest - 1) == ["rec-2", "rec-1"]
    assert records(startTime=FROZEN_MS + 20 * MINUTE) == ["rec-4", "rec-3", "rec-2"]
    assert records(filter="REVOKED") == ["rec-4"]
    assert records(filter="matched,confirmed") == ["rec-3", "rec-2", "rec-1", "rec-0"]
    assert records(filter="CONFIRMED") == []  # every one was made a minute ago or more
    assert records(currency="USDT", quote="USDXO") == made[::-1]
    assert records(filter="SETTLED") == [] and records(filter="UNCOLLECTED") == []
    api.clock.now = FIRST + HOUR
    assert records(filter="SETTLED,UNCOLLECTED") == ["rec-3", "rec-2", "rec-1", "rec-0"]
    # A page never splits a millisecond: investments made at the same moment come together.
    api.ok(invest(api, products(api)[0]["productId"], "0.01", "same-a"))
    api.ok(invest(api, products(api)[0]["productId"], "0.01", "same-b"))
    assert records(limit=1) == ["same-b", "same-a"]
    base = {"base": "BTC", "endTime": api.clock.now}
    for params, message in (
        ({"base": "BTC"}, "endTime is required"),
        ({**base, "endTime": 0}, "endTime is required (0 counts as not given)"),
        ({**base, "limit": 0}, "limit must be between 1 and 100"),
        ({**base, "limit": 101}, "limit must be between 1 and 100"),
        ({**base, "filter": "DONE"}, "filter must be a comma-separated list"),
        ({**base, "startTime": api.clock.now + 1}, "startTime must not be after endTime"),
        ({**base, "quote": "USDT"}, "invalid base quote"),
    ):
        assert message in refusal(api.private("GET", f"{DUAL}/records", params))
    # invests: by ids in the order given (unknown ones left out), or the newest without ids.
    assert [r["clientDualId"] for r in invests(api, "rec-1", "nope", "rec-0", "eth-0")] == ["rec-1", "rec-0", "eth-0"]
    by_base = api.ok(api.private("POST", f"{DUAL}/invests", body={"base": "ETH"}))["records"]
    assert [r["clientDualId"] for r in by_base] == ["eth-0"]
    assert "clientDualIds" in refusal(api.private("POST", f"{DUAL}/invests", body={"clientDualIds": []}))
    assert "JSON object" in refusal(api.private("POST", f"{DUAL}/invests", body=b"[1]"))
    denied = api.private("GET", f"{DUAL}/records", {"base": "BTC", "endTime": api.clock.now}, key="unknown-key")
    assert denied.status_code == 401
    assert_conserved(api.sandbox, KEY, before)


def test_balances_split_by_base_or_merged_by_coin(api: Api) -> None:
    before = money(api.sandbox, KEY)
    api.ok(invest(api, products(api)[0]["productId"], "0.2", "b-call"))
    api.ok(invest(api, products(api, kind="DUAL_CURRENCY")[0]["productId"], "300", "b-put"))
    api.ok(invest(api, products(api, "ETH", "DUAL_CURRENCY")[0]["productId"], "200", "e-put"))
    assert balances(api) == [
        {"base": "BTC", "coin": "BTC", "free": "0", "frozen": "0.2", "updateTime": FROZEN_MS},
        {"base": "BTC", "coin": "USDT", "free": "0", "frozen": "300", "updateTime": FROZEN_MS},
        {"base": "ETH", "coin": "USDT", "free": "0", "frozen": "200", "updateTime": FROZEN_MS},
    ]
    assert balances(api, merge=True) == [
        {"coin": "BTC", "free": "0", "frozen": "0.2", "updateTime": FROZEN_MS},
        {"coin": "USDT", "free": "0", "frozen": "500", "updateTime": FROZEN_MS},
    ]
    assert balances(api, merge=False) == balances(api)
    assert refusal(api.private("GET", f"{DUAL}/balances", {"merge": "yes"})) == "merge must be true or false"
    # What the engine tells the wallet overview: one line per coin held.
    holdings = dual(api).earn_holdings(KEY)
    assert [(h.kind, h.coin, h.amount) for h in holdings] == [
        ("dual", "BTC", Decimal("0.2")),
        ("dual", "USDT", Decimal(300)),
        ("dual", "USDT", Decimal(200)),
    ]
    assert dict(holdings[0].labels) == {
        "productId": products(api)[0]["productId"],
        "clientDualId": "b-call",
        "state": "CONFIRMED",
    }
    assert holdings[0].title == f"Dual investment {products(api)[0]['productId']}"
    assert dual(api).earn_holdings(READONLY_API_KEY) == [] and dual(api).held_funds(READONLY_API_KEY) == []
    assert len(dual(api).held_funds(KEY)) == 3
    assert_conserved(api.sandbox, KEY, before)


def test_the_audit_finds_a_ledger_that_does_not_add_up(api: Api) -> None:
    api.ok(invest(api, products(api)[0]["productId"], "0.2", "audited"))
    assert api.sandbox.audit() == []
    investment = dual(api).book(KEY)["audited"]
    investment.funds = Funds(dict(investment.funds.holdings), investment.funds.entries[:0])
    problems = api.sandbox.audit()
    assert problems and all("dual investment audited" in problem for problem in problems)
    investment.funds = Funds()
    assert any("holds {}" in problem for problem in api.sandbox.audit())


def test_an_account_of_its_own_invests_and_settles_on_the_same_products(clock: Clock) -> None:
    """A second account sees the same products and yields; its investments are its own."""
    app = create_app(seed=7, clock=clock)
    for api in open_api(app, clock):
        api.sandbox.add_account("other", "other-key", "other-secret", ("read", "earn"), {"USDT": Decimal(5000)})
        other = {"key": "other-key", "secret": "other-secret"}
        before = money(api.sandbox, "other-key")
        product = products(api, kind="DUAL_CURRENCY")[0]["productId"]
        api.ok(invest(api, product, "1000", "mine", **other))
        api.ok(invest(api, product, "1000", "mine"))  # the same client id in another account: another investment
        assert api.sandbox.accounts["other-key"].free("USDT") == 4000
        mine = api.ok(api.private("POST", f"{DUAL}/invests", body={"clientDualIds": ["mine"]}, **other))["records"]
        assert len(mine) == 1 and mine[0]["currencyAmount"] == "1000"
        api.clock.now = FIRST + DAY
        settled = api.ok(api.private("POST", f"{DUAL}/invests", body={"clientDualIds": ["mine"]}, **other))["records"][
            0
        ]
        api.ok(api.private("POST", f"{DUAL}/collect", body={"base": "BTC", "clientDualId": "mine"}, **other))
        assert settled["state"] == "SETTLED"
        changes = assert_conserved(api.sandbox, "other-key", before)
        assert changes["USDT"] != 0 or changes.get("BTC", Decimal(0)) != 0


# -- every operation as the spec documents it ------------------------------------------------------------------------


def dual_answers_as_documented(api: Api, readonly: dict[str, Any]) -> None:
    """Every dual operation: a success and a refusal (400), each validated against the spec by ``api``."""
    before = money(api.sandbox, KEY)
    start = api.clock.now
    api.ok(api.public(f"{DUAL}/symbols"))
    refusal(api.send("GET", f"{DUAL}/symbols", "base=BTC&base=ETH"))
    call = products(api)[0]
    put = products(api, "SOL", "DUAL_CURRENCY")[0]
    refusal(api.public(f"{DUAL}/openProducts", base="BTC", quote="USDT", type="DUAL_BASE"))
    prices(api, call["productId"], products(api)[1]["productId"])
    refusal(api.public(f"{DUAL}/prices", base="BTC", quote="USDXO", productIds="BTC-USDXO-991231-1-C-USDT"))
    api.ok(api.public(f"{DUAL}/index", base="SOL", quote="USDT"))
    refusal(api.public(f"{DUAL}/index", base="SOL", quote="USDXO"))
    api.ok(api.public(f"{DUAL}/deliveryPrices", base="BTC", quote="USDXO"))
    refusal(api.public(f"{DUAL}/deliveryPrices", quote="USDXO"))
    api.ok(invest(api, call["productId"], "0.01", "documented-1"))
    api.ok(invest(api, put["productId"], "20", "documented-2"))
    refusal(api.private("POST", f"{DUAL}/invest", body=body(call["productId"], "0.01", "0.0001")))
    revoke = {"base": "SOL", "productId": put["productId"], "clientDualId": "documented-2"}
    api.ok(api.private("DELETE", f"{DUAL}/invest", body=revoke))
    refusal(api.private("DELETE", f"{DUAL}/invest", body=revoke))
    collect = {"base": "BTC", "clientDualId": "documented-1", "productId": call["productId"]}
    refusal(api.private("POST", f"{DUAL}/collect", body=collect))  # not settled yet
    api.ok(api.private("GET", f"{DUAL}/balances", {"merge": "true"}))
    refusal(api.private("GET", f"{DUAL}/balances", {"merge": "maybe"}))
    api.clock.now = call["expireTime"] + MINUTE  # settled
    invests(api, "documented-1", "documented-2")
    refusal(api.private("POST", f"{DUAL}/invests", body={"clientDualIds": "documented-1"}))
    api.ok(api.private("GET", f"{DUAL}/records", {"base": "BTC", "endTime": api.clock.now, "limit": 5}))
    api.ok(api.private("GET", f"{DUAL}/records", {"base": "SOL", "endTime": api.clock.now, "filter": "REVOKED"}))
    refusal(api.private("GET", f"{DUAL}/records", {"base": "BTC"}))
    balances(api)
    api.ok(api.private("POST", f"{DUAL}/collect", body=collect))
    api.ok(api.private("GET", f"{DUAL}/balances", **readonly))
    assert api.clock.now > start
    assert_conserved(api.sandbox, KEY, before)


def test_every_dual_operation_answers_as_the_spec_documents(api: Api) -> None:
    dual_answers_as_documented(api, READONLY)
    dual_operations = {op for op, _ in api.seen if op.startswith("earnDual")}
    assert len(dual_operations) == 11
    assert {status for op, status in api.seen if op.startswith("earnDual")} == {200, 400}


# -- through the sandbox's own client, over HTTP, with time travel -----------------------------------------------------


def test_a_dual_investments_life_through_the_client_adds_up_to_the_last_decimal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = Clock()
    monkeypatch.setattr(pionex_wrapper.auth, "now_ms", clock)  # the client signs with the unshifted clock
    with (
        running_sandbox(seed=7, clock=clock, time_travel=True) as server,
        Pionex(KEY, DEFAULT_API_SECRET, base_url=server.base_url) as client,
        Pionex(READONLY_API_KEY, READONLY_API_SECRET, base_url=server.base_url) as reader,
    ):
        sandbox = sandbox_of(server.app)
        before = money(sandbox, KEY)
        dual = client.earn.dual
        assert [coin.currency for coin in dual.get_symbols(base="BTC").coins] == ["USDT", "USDC"]
        index = dual.get_index(base="BTC", quote="USDXO")
        assert index.index == path_index_of(sandbox, "BTC_USDT", FROZEN_MS)
        listed = dual.get_open_products(base="BTC", quote="USDXO", type="DUAL_CURRENCY", currency="USDT").products
        product = next(p for p in listed if p.expire_time == FIRST)
        assert product.product_id is not None and product.strike is not None and product.strike < index.index
        quoted = dual.get_prices(base="BTC", quote="USDXO", product_ids=product.product_id).products[0]
        assert quoted.can_invest is True and quoted.profit is not None
        usdt = sandbox.accounts[KEY].free("USDT")
        made = dual.invest(
            base="BTC",
            product_id=product.product_id,
            currency_amount="1500",
            profit=quoted.profit,
            client_dual_id="life-1",
        )
        assert (made.client_dual_id, made.state) == ("life-1", "CONFIRMED")
        # A second investment, revoked while it is pending.
        dual.invest(
            base="BTC",
            product_id=product.product_id,
            currency_amount="200",
            profit=quoted.profit,
            client_dual_id="life-2",
        )
        assert (
            dual.revoke_invest(base="BTC", product_id=product.product_id, client_dual_id="life-2").client_dual_id
            == "life-2"
        )
        frozen = dual.get_balances().balances
        assert [(b.base, b.coin, b.free, b.frozen) for b in frozen] == [("BTC", "USDT", Decimal(0), Decimal(1500))]
        with pytest.raises(DualParameterError, match="only a settled one"):
            dual.collect(base="BTC", client_dual_id="life-1", product_id=product.product_id)
        with pytest.raises(PermissionDeniedError):
            reader.earn.dual.invest(
                base="BTC", product_id=product.product_id, currency_amount="100", profit=quoted.profit
            )
        # Past the expiry: settled at the index of that moment, by Pionex's rule.
        moved = httpx.post(f"{server.base_url}/sandbox/v1/clock", json={"advanceMs": FIRST - FROZEN_MS + HOUR})
        assert moved.status_code == 200
        record = dual.get_invests(client_dual_ids=["life-1", "life-2"]).records
        assert [(r.client_dual_id, r.state) for r in record] == [("life-1", "SETTLED"), ("life-2", "REVOKED")]
        settled = record[0]
        delivery = path_index_of(sandbox, "BTC_USDT", FIRST)
        assert settled.delivery_price == delivery and settled.settlement_time == FIRST
        delivered = dual.get_delivery_prices(base="BTC", quote="USDXO", start_time=FIRST, end_time=FIRST).prices
        assert [(p.delivery, p.delivery_time) for p in delivered] == [(delivery, FIRST)]
        interest = (Decimal(1500) * quoted.profit * (FIRST - FROZEN_MS) / (365 * DAY)).quantize(
            Decimal("0.01"), ROUND_DOWN
        )
        strike = product.strike
        if delivery < strike:
            coin, paid = "USDT", Decimal(1500) + interest
        else:
            coin, paid = "BTC", ((Decimal(1500) + interest) / strike).quantize(Decimal("0.000001"), ROUND_DOWN)
        assert settled.settlement_base == coin
        assert [(b.coin, b.free, b.frozen) for b in dual.get_balances(merge=True).balances] == [
            (coin, paid, Decimal(0))
        ]
        history = dual.get_records(base="BTC", end_time=FIRST + HOUR, filter="SETTLED").records
        assert [r.client_dual_id for r in history] == ["life-1"]
        spot_before = sandbox.accounts[KEY].free(coin)
        dual.collect(base="BTC", client_dual_id="life-1", product_id=product.product_id)
        assert sandbox.accounts[KEY].free(coin) == spot_before + paid
        assert sandbox.accounts[KEY].free("USDT") == usdt - 1500 + (paid if coin == "USDT" else 0)
        assert dual.get_balances().balances == []
        assert_conserved(sandbox, KEY, before)


def path_index_of(sandbox: Any, market: str, moment: int) -> Decimal:
    price = sandbox.markets.path(market).price(moment)
    assert isinstance(price, Decimal)
    return price


def test_an_investment_whose_reply_is_lost_is_found_not_made_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reply to an invest is lost after the sandbox acted: the client finds the investment by its
    client id (get_invests) instead of investing again, and the money is taken once."""
    clock = Clock()
    monkeypatch.setattr(pionex_wrapper.auth, "now_ms", clock)
    lost = f"reset:after:path={DUAL}/invest:method=POST:times=1"
    with (
        running_sandbox(seed=7, clock=clock, faults=[lost]) as server,
        Pionex(KEY, DEFAULT_API_SECRET, base_url=server.base_url) as client,
    ):
        sandbox = sandbox_of(server.app)
        before = money(sandbox, KEY)
        usdt = sandbox.accounts[KEY].free("USDT")
        dual = client.earn.dual
        product = dual.get_open_products(base="BTC", quote="USDXO", type="DUAL_CURRENCY").products[0]
        assert product.product_id is not None
        profit = dual.get_prices(base="BTC", quote="USDXO", product_ids=product.product_id).products[0].profit
        assert profit is not None
        made = dual.invest(base="BTC", product_id=product.product_id, currency_amount="300", profit=profit)
        assert made.client_dual_id is not None and made.client_dual_id.startswith("pxsdk-")
        assert server.faults.count() == 1  # the reply was lost once
        assert list(dual_engine_of(sandbox).book(KEY)) == [made.client_dual_id]
        assert sandbox.accounts[KEY].free("USDT") == usdt - 300
        assert_conserved(sandbox, KEY, before)


def dual_engine_of(sandbox: Any) -> Dual:
    engine = sandbox.engine(Dual)
    assert isinstance(engine, Dual)
    return engine
