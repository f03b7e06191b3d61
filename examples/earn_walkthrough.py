"""A walk through Pionex's earn products on the local sandbox: a dual investment invested, run to
expiry, settled and collected, and a term-arbitrage stake that earns for a few days; the money
checked to the last decimal, and the wallet overview printed before, during and after.

Dual investment: read the index and the open DUAL_CURRENCY products of BTC/USDXO in USDT, read the
yield of the nearest one just before investing, invest 1,000 USDT at that yield, move the sandbox's
clock past the expiry, read the settled record and the expiry's delivery price, and collect. The
payout follows Pionex's documented rule: a DUAL_CURRENCY investment is paid back in the currency
when the index at expiry is below the strike, and converted into the base coin at the strike
otherwise. The yield is ``principal x profit x term / 365 days`` (the sandbox's rule, rounded down
to the pair's precision), and the spot account must have moved by exactly that: the USDT invested
out, the payout in.

Term arbitrage: stake 1,000 USDT into the 30-day USDT product, move the clock three days, read the
interest booked, unstake the whole stake, and check the spot USDT moved by exactly that interest.

Moving the clock needs the sandbox's time travel (``--time-travel``, which ``make demo`` turns on),
so this script runs only against a sandbox: it talks to ``PIONEX_BASE_URL`` with
``PIONEX_API_KEY`` and ``PIONEX_API_SECRET`` and stops unless that server answers
``GET /sandbox/v1/clock``. It exits with 1 if anything does not add up.

    python -m pionex_sandbox --time-travel --port 8000 &
    PIONEX_BASE_URL=http://127.0.0.1:8000 python examples/earn_walkthrough.py
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import Literal

from pionex_sandbox import sandbox_clock
from pionex_wrapper import Pionex

MINUTE_MS = 60 * 1000
DAY_MS = 24 * 60 * MINUTE_MS
YEAR_MS = 365 * DAY_MS


def plain(amount: Decimal | None) -> str:
    return "-" if amount is None else f"{amount:f}"


def spot(client: Pionex, coin: str) -> Decimal:
    """What the spot account holds of ``coin``, free and frozen."""
    for row in client.account.get_balances().balances:
        if row.coin == coin:
            return (row.free or Decimal(0)) + (row.frozen or Decimal(0))
    return Decimal(0)


def overview(client: Pionex, say: Callable[[str], None], when: str) -> Decimal:
    """Print the wallet overview's totals and its categories; return the total in USDT."""
    full = client.wallet.get_balances_full()
    total = full.total_in_usdt or Decimal(0)
    say(f"   balancesFull {when}: {plain(total)} USDT ({plain(full.total_in_btc)} BTC)")
    if full.bot_account is not None:
        for category in full.bot_account.detail:
            say(f"     {category.type:<10} {plain(category.total_in_usdt):>24} USDT  ({category.count} lines)")
    if full.trader_account is not None:
        say(f"     {'futures':<10} {plain(full.trader_account.total_in_usdt):>24} USDT")
    return total


@dataclass
class DualRun:
    """The figures of one dual investment, each read from the exchange."""

    invested: Decimal
    profit: Decimal
    strike: Decimal
    delivery: Decimal
    term_ms: int
    paid_coin: str
    expected: Decimal
    balance_free: Decimal
    usdt_change: Decimal
    btc_change: Decimal

    @property
    def adds_up(self) -> bool:
        if self.paid_coin == "USDT":
            moved = self.usdt_change == self.expected - self.invested and self.btc_change == 0
        else:
            moved = self.usdt_change == -self.invested and self.btc_change == self.expected
        return moved and self.balance_free == self.expected


def dual_investment(client: Pionex, advance: Callable[[int], int], say: Callable[[str], None] = print) -> DualRun:
    dual = client.earn.dual
    base, currency = "BTC", "USDT"
    quote: Literal["USDXO"] = "USDXO"  # Pionex's quote for BTC and ETH; other coins use USDT
    pair = next(c for c in dual.get_symbols(base=base).coins if c.quote == quote and c.currency == currency)
    assert pair.currency_precision is not None and pair.base_precision is not None
    index = dual.get_index(base=base, quote=quote).index
    say(
        f"1. {base}/{quote} index {plain(index)}; invest in {currency} from {plain(pair.currency_min)} "
        f"to {plain(pair.currency_max)}"
    )
    now = advance(0)
    products = [
        p
        for p in dual.get_open_products(base=base, quote=quote, type="DUAL_CURRENCY", currency=currency).products
        if p.expire_time is not None and p.expire_time - now > 2 * 60 * MINUTE_MS
    ]
    nearest = min(p.expire_time for p in products if p.expire_time is not None)
    # the strike nearest the index among the products of the nearest expiry
    assert index is not None
    product = min(
        (p for p in products if p.expire_time == nearest and p.strike is not None),
        key=lambda p: abs((p.strike or Decimal(0)) - index),
    )
    assert product.product_id is not None and product.strike is not None and product.expire_time is not None
    say(
        f"2. {len(products)} open DUAL_CURRENCY products; chose {product.product_id} "
        f"(strike {plain(product.strike)}, expires in {(product.expire_time - now) / 3_600_000:.1f} h)"
    )
    price = dual.get_prices(base=base, quote=quote, product_ids=product.product_id).products[0]
    assert price.can_invest and price.profit is not None
    say(f"3. Its yield just before investing: {plain(price.profit)} a year")
    usdt_before, btc_before = spot(client, "USDT"), spot(client, "BTC")
    invested = Decimal(1000)
    made = dual.invest(base=base, product_id=product.product_id, currency_amount=invested, profit=price.profit)
    assert made.client_dual_id is not None
    say(
        f"4. Invested {plain(invested)} {currency}: {made.client_dual_id} {made.state}; "
        f"spot USDT {plain(usdt_before)} -> {plain(spot(client, 'USDT'))}"
    )
    overview(client, say, "while invested")
    advance(product.expire_time - advance(0) + MINUTE_MS)
    record = dual.get_invests(base=base, client_dual_ids=[made.client_dual_id]).records[0]
    assert record.delivery_price is not None and record.create_time is not None
    say(
        f"5. Moved past the expiry: {record.state}, settlement {record.settlement_state}, delivery price "
        f"{plain(record.delivery_price)}, paid in {record.settlement_base}"
    )
    delivered = dual.get_delivery_prices(
        base=base, quote=quote, start_time=product.expire_time, end_time=product.expire_time
    ).prices
    assert [d.delivery for d in delivered] == [record.delivery_price], delivered
    say(f"6. Delivery price of {delivered[0].date}: {plain(delivered[0].delivery)} (the record's own)")
    term = product.expire_time - record.create_time
    places = Decimal(1).scaleb(-pair.currency_precision)
    earned = (invested * price.profit * term / YEAR_MS).quantize(places, ROUND_DOWN)
    if record.delivery_price < product.strike:
        paid_coin, expected = currency, invested + earned
    else:
        paid_coin = base
        expected = ((invested + earned) / product.strike).quantize(Decimal(1).scaleb(-pair.base_precision), ROUND_DOWN)
    free = sum(
        (b.free or Decimal(0) for b in dual.get_balances().balances if b.coin == paid_coin and b.base == base),
        Decimal(0),
    )
    say(
        f"7. Yield over {term / 3_600_000:.2f} h: {plain(earned)} {currency}; payout {plain(expected)} {paid_coin}; "
        f"dual balance free {plain(free)} {paid_coin}"
    )
    dual.collect(base=base, client_dual_id=made.client_dual_id, product_id=product.product_id)
    run = DualRun(
        invested=invested,
        profit=price.profit,
        strike=product.strike,
        delivery=record.delivery_price,
        term_ms=term,
        paid_coin=paid_coin,
        expected=expected,
        balance_free=free,
        usdt_change=spot(client, "USDT") - usdt_before,
        btc_change=spot(client, "BTC") - btc_before,
    )
    say("8. Collected. Does the money add up?")
    say(f"   spot USDT change {plain(run.usdt_change)}, BTC change {plain(run.btc_change)}")
    say("   -> adds up" if run.adds_up else "   -> DOES NOT ADD UP")
    return run


@dataclass
class ArbitrageRun:
    staked: Decimal
    interest: Decimal
    usdt_change: Decimal

    @property
    def adds_up(self) -> bool:
        return self.interest > 0 and self.usdt_change == self.interest


def term_arbitrage(client: Pionex, advance: Callable[[int], int], say: Callable[[str], None] = print) -> ArbitrageRun:
    arbitrage = client.earn.arbitrage
    products = arbitrage.get_products().products
    for p in products:
        say(
            f"   {p.product_id}: {p.coin}, {p.term_days} days at {plain(p.apr)} a year, "
            f"{plain(p.min_amount)} to {plain(p.max_amount)}"
        )
    product = next(p for p in products if p.coin == "USDT" and p.term_days == 30)
    assert product.product_id is not None
    before = spot(client, "USDT")
    staked = Decimal(1000)
    done = arbitrage.stake(product_id=product.product_id, coin="USDT", amount=staked)
    say(f"1. Staked {plain(staked)} USDT into {product.product_id}: {done.status} (txid {done.txid})")
    advance(3 * DAY_MS)
    line = next(b for b in arbitrage.get_balances().balances if b.txid == done.txid)
    interest = line.interest or Decimal(0)
    say(f"2. Three days later: {plain(line.amount)} staked, {plain(interest)} USDT of interest booked")
    overview(client, say, "while staked")
    arbitrage.unstake(product_id=product.product_id, coin="USDT", amount=staked)
    run = ArbitrageRun(staked=staked, interest=interest, usdt_change=spot(client, "USDT") - before)
    say(f"3. Unstaked: spot USDT moved by {plain(run.usdt_change)} (the interest: {plain(interest)})")
    say("   -> adds up" if run.adds_up else "   -> DOES NOT ADD UP")
    return run


def main() -> int:
    base_url = os.environ.get("PIONEX_BASE_URL", "http://127.0.0.1:8000")
    advance = sandbox_clock(base_url)
    if advance is None:
        print(
            f"{base_url} has no clock to move (GET /sandbox/v1/clock): this walk-through runs on the local "
            "sandbox with time travel (python -m pionex_sandbox --time-travel, or make demo)",
            file=sys.stderr,
        )
        return 2
    key, secret = os.environ.get("PIONEX_API_KEY"), os.environ.get("PIONEX_API_SECRET")
    if not key or not secret:
        print("set PIONEX_API_KEY and PIONEX_API_SECRET (the sandbox prints its own)", file=sys.stderr)
        return 2
    with Pionex(key, secret, base_url=base_url) as client:
        print("--- The wallet overview before ---")
        overview(client, print, "before")
        print("\n--- A dual investment ---")
        dual_run = dual_investment(client, advance)
        print("\n--- A term-arbitrage stake ---")
        arbitrage_run = term_arbitrage(client, advance)
        print("\n--- The wallet overview after ---")
        overview(client, print, "after")
    return 0 if dual_run.adds_up and arbitrage_run.adds_up else 1


if __name__ == "__main__":
    sys.exit(main())
