"""The wallet overview's earn categories: every earn product's holdings listed under
``botAccount.detail`` by kind (``arbitrage``, ``dual``), valued like the other lines, counted in the
totals, and equal to the last digit to what the products' own balance operations report.

Both real products are tested together, and a stand-in engine shows that any engine's holdings
are listed through the same seams (``Engine.earn_holdings``, ``Engine.held_funds``)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_DOWN, Decimal
from typing import Any

from pionex_sandbox.core.ledger import EarnHolding, Funds
from pionex_sandbox.core.sandbox import Engine
from tests.sandbox.bot_support import assert_conserved, money
from tests.sandbox.sandbox_support import KEY, Api
from tests.sandbox.test_earn_arbitrage import BALANCES, DAY, STAKE, body, expect
from tests.sandbox.test_earn_dual import balances as dual_balances
from tests.sandbox.test_earn_dual import invest, products

FULL = "/api/v1/wallet/balancesFull"


class StandInDual(Engine):
    """Holds 0.25 BTC for the account in one investment, taken from its spot BTC."""

    def __init__(self, api: Api) -> None:
        self.funds = Funds()
        api.sandbox.places["SPOT"].take(KEY, "BTC", Decimal("0.25"))
        self.funds.move(api.clock.now, "lock", "BTC", Decimal("0.25"), "SPOT")

    def held_funds(self, api_key: str) -> Sequence[Funds]:
        return [self.funds] if api_key == KEY else []

    def earn_holdings(self, api_key: str) -> Sequence[EarnHolding]:
        if api_key != KEY:
            return []
        labels = (("productId", "BTC-USDT-C-260110-70000"), ("clientDualId", "d-1"), ("state", "PENDING"))
        return [EarnHolding("dual", "Dual investment BTC-USDT-C-260110-70000", "BTC", self.funds.held("BTC"), labels)]


def categories(full: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {category["type"]: category for category in full["botAccount"]["detail"]}


def test_no_earn_category_without_earn_holdings(api: Api) -> None:
    assert list(categories(api.get(FULL))) == ["spot", "bot"]


def test_the_earn_categories_agree_with_the_products_balances(api: Api) -> None:
    before = money(api.sandbox, KEY)
    api.sandbox.install(StandInDual(api))
    api.ok(api.private("POST", STAKE, body=body("ARB-USDT-30D", "1000")))
    api.ok(api.private("POST", STAKE, body=body("ARB-USDT-90D", "2500.75")))
    api.clock.now += 4 * DAY + 1
    staked = api.get(BALANCES)["balances"]
    full = expect(200, api.private("GET", FULL))
    found = categories(full)
    assert list(found) == ["spot", "bot", "dual", "arbitrage"]
    prices = {coin: Decimal(price["priceInUsd"]) for coin, price in full["prices"].items()}
    # Term arbitrage: one line per stake, holding principal plus interest, as fetchUserBalances says.
    arbitrage = found["arbitrage"]
    assert arbitrage["title"] == "Term arbitrage" and arbitrage["count"] == len(arbitrage["list"]) == 2
    for line, stake in zip(arbitrage["list"], staked, strict=True):
        assert (line["productId"], line["txid"], line["coin"]) == (stake["productId"], stake["txid"], stake["coin"])
        assert Decimal(line["amount"]) == Decimal(stake["amount"]) + Decimal(stake["interest"])
        assert Decimal(line["totalInUsdt"]) == Decimal(line["amount"]) * prices["USDT"]
    assert Decimal(arbitrage["totalInUsdt"]) == sum(
        Decimal(stake["amount"]) + Decimal(stake["interest"]) for stake in staked
    )
    assert Decimal(arbitrage["totalInUsdt"]) > Decimal("3500.75")  # four days of interest on both
    # Dual investment (the stand-in): its line carries its labels and is valued at BTC's price.
    dual = found["dual"]
    (line,) = dual["list"]
    assert (dual["title"], line["coin"], line["amount"]) == ("Dual investment", "BTC", "0.25")
    assert (line["productId"], line["clientDualId"], line["state"]) == ("BTC-USDT-C-260110-70000", "d-1", "PENDING")
    assert Decimal(dual["totalInUsdt"]) == Decimal(line["totalInUsdt"]) == Decimal("0.25") * prices["BTC"]
    # Totals: the spot side is every category; the whole is the spot side and the futures side.
    side = sum(Decimal(category["totalInUsdt"]) for category in found.values())
    assert Decimal(full["botAccount"]["totalInUsdt"]) == side
    total = side + Decimal(full["traderAccount"]["totalInUsdt"])
    assert Decimal(full["totalInUsdt"]) == total
    assert Decimal(full["totalInBtc"]) == (total / prices["BTC"]).quantize(Decimal("0.00000001"), ROUND_DOWN)
    # And the whole is every coin the money check counts (earn ledgers included), valued.
    counted = money(api.sandbox, KEY).totals
    assert total == sum(amount * prices.get(coin, Decimal(0)) for coin, amount in counted.items())
    assert_conserved(api.sandbox, KEY, before)


def test_usdc_is_valued_at_one(api: Api) -> None:
    api.sandbox.accounts[KEY].holding("USDC").free = Decimal(300)
    api.ok(api.private("POST", STAKE, body=body("ARB-USDC-30D", "200")))
    full = api.get(FULL)
    assert full["prices"]["USDC"]["priceInUsd"] == "1" and full["prices"]["USDC"]["fullName"] == "USD Coin"
    (line,) = categories(full)["arbitrage"]["list"]
    assert (line["coin"], line["amount"], line["totalInUsdt"]) == ("USDC", "200", "200")
    usdc = next(line for line in categories(full)["spot"]["list"] if line["coin"] == "USDC")
    assert Decimal(usdc["totalInUsdt"]) == 100


def test_both_real_earn_products_agree_with_their_own_balances(api: Api) -> None:
    """Dual investment and term arbitrage together: each category holds, coin by coin, exactly what the
    product's own balances operation reports (dual: free plus frozen; arbitrage: amount plus interest)."""
    before = money(api.sandbox, KEY)
    api.ok(invest(api, products(api)[0]["productId"], "0.2", "w-call"))
    api.ok(invest(api, products(api, "ETH", "DUAL_CURRENCY")[0]["productId"], "350.5", "w-put"))
    api.ok(api.private("POST", STAKE, body=body("ARB-USDT-7D", "800")))
    api.clock.now += 2 * DAY + 1
    full = expect(200, api.private("GET", FULL))  # validated against the spec's closed schemas
    found = categories(full)
    assert list(found) == ["spot", "bot", "dual", "arbitrage"]
    prices = {coin: Decimal(price["priceInUsd"]) for coin, price in full["prices"].items()}

    def by_coin(lines: list[dict[str, Any]], *fields: str) -> dict[str, Decimal]:
        held: dict[str, Decimal] = {}
        for line in lines:
            held[line["coin"]] = held.get(line["coin"], Decimal(0)) + sum(Decimal(line[f]) for f in fields)
        return held

    assert by_coin(found["dual"]["list"], "amount") == by_coin(dual_balances(api), "free", "frozen")
    assert {line["clientDualId"] for line in found["dual"]["list"]} == {"w-call", "w-put"}
    assert by_coin(found["arbitrage"]["list"], "amount") == by_coin(api.get(BALANCES)["balances"], "amount", "interest")
    for kind in ("dual", "arbitrage"):
        lines = found[kind]["list"]
        assert all(Decimal(line["totalInUsdt"]) == Decimal(line["amount"]) * prices[line["coin"]] for line in lines)
        assert Decimal(found[kind]["totalInUsdt"]) == sum(Decimal(line["totalInUsdt"]) for line in lines)
    side = sum(Decimal(category["totalInUsdt"]) for category in found.values())
    assert Decimal(full["botAccount"]["totalInUsdt"]) == side
    assert Decimal(full["totalInUsdt"]) == side + Decimal(full["traderAccount"]["totalInUsdt"])
    counted = money(api.sandbox, KEY).totals
    assert Decimal(full["totalInUsdt"]) == sum(
        amount * prices.get(coin, Decimal(0)) for coin, amount in counted.items()
    )
    assert_conserved(api.sandbox, KEY, before)
