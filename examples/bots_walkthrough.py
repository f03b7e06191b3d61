"""A walk through Pionex's grid bots on the local sandbox: a spot grid and a neutral futures grid,
each run for a day of the sandbox's time, and the money checked to the last decimal.

Spot grid: check the settings, create the grid, move the sandbox's clock through a day (in four
steps, printing what the bot holds and has earned after each), take the grid profit out, cancel
with ``TO_QUOTE``, and check that the spot USDT after equals the USDT before plus the bot's
reported total profit (grid profit plus the floating part realised at cancel, every fee already
paid). The spot BTC must not have changed.

Futures grid: move USDT to the futures wallet, create a neutral grid (``no_trend``) at 5x, run it
for a day, cancel it, and check that the futures wallet after equals the wallet before less what
the bot took plus what it gave back, and that the difference is the bot's profit.

Moving the clock needs the sandbox's time travel (``--time-travel``, which ``make demo`` turns on),
so this script runs only against a sandbox: it talks to ``PIONEX_BASE_URL`` with
``PIONEX_API_KEY`` and ``PIONEX_API_SECRET`` and stops unless that server answers
``GET /sandbox/v1/clock``. It exits with 1 if anything does not add up.

    python -m pionex_sandbox --time-travel --port 8000 &
    PIONEX_BASE_URL=http://127.0.0.1:8000 python examples/bots_walkthrough.py
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from pionex_sandbox import sandbox_clock
from pionex_wrapper import Pionex

HOUR_MS = 3600 * 1000
PERP = "BTC_USDT_PERP"


def plain(amount: Decimal | None) -> str:
    return "-" if amount is None else f"{amount:f}"


def around(price: Decimal, fraction: str, places: str) -> tuple[Decimal, Decimal]:
    width = price * Decimal(fraction)
    return (price + width).quantize(Decimal(places)), (price - width).quantize(Decimal(places))


def spot(client: Pionex, coin: str) -> Decimal:
    """What the spot account holds of ``coin``, free and frozen."""
    for row in client.account.get_balances().balances:
        if row.coin == coin:
            return (row.free or Decimal(0)) + (row.frozen or Decimal(0))
    return Decimal(0)


def futures_wallet(client: Pionex) -> Decimal:
    for row in client.futures.account.get_account_balances().balances:
        if row.coin == "USDT":
            return (row.free or Decimal(0)) + (row.frozen or Decimal(0))
    return Decimal(0)


@dataclass
class SpotRun:
    """The figures of one spot grid, each read from the exchange."""

    usdt_before: Decimal
    usdt_after: Decimal
    btc_before: Decimal
    btc_after: Decimal
    grid_profit: Decimal
    total_profit: Decimal
    fees: Decimal
    withdrawn: Decimal

    @property
    def floating(self) -> Decimal:
        """The part of the total profit that is not grid profit: the base held, realised at cancel."""
        return self.total_profit - self.grid_profit

    @property
    def adds_up(self) -> bool:
        return self.usdt_after == self.usdt_before + self.total_profit and self.btc_after == self.btc_before


@dataclass
class FuturesRun:
    wallet_before: Decimal
    wallet_after: Decimal
    invested: Decimal
    returned: Decimal
    funding: Decimal

    @property
    def profit(self) -> Decimal:
        return self.returned - self.invested

    @property
    def adds_up(self) -> bool:
        return self.wallet_after == self.wallet_before + self.profit


def spot_grid(client: Pionex, advance: Callable[[int], int], say: Callable[[str], None] = print) -> SpotRun:
    grid = client.bot.spot_grid
    usdt_before, btc_before = spot(client, "USDT"), spot(client, "BTC")
    say(f"1. Spot account before: {plain(usdt_before)} USDT, {plain(btc_before)} BTC")
    price = client.market.get_tickers(symbol="BTC_USDT").tickers[0].close
    assert price is not None
    top, bottom = around(price, "0.015", "0.01")
    settings = {"top": top, "bottom": bottom, "row": 20, "grid_type": "arithmetic"}
    check = grid.check_params(
        base="BTC",
        quote="USDT",
        bu_order_data={**settings, "quote_total_investment": 2000},  # type: ignore[typeddict-item]
    )
    say(
        f"2. Checked a 20-level grid from {bottom} to {top} (price {price}): investment "
        f"{plain(check.min_investment)} to {plain(check.max_investment)} USDT, "
        f"{plain(check.estimate_per_volume)} BTC per level, estimated fee {plain(check.estimate_fee)} USDT"
    )
    created = grid.create(
        base="BTC",
        quote="USDT",
        bu_order_data={**settings, "quote_total_investment": 2000, "close_sell_model": "TO_QUOTE"},  # type: ignore[typeddict-item]
    )
    ident = created.bu_order_id
    assert ident is not None
    say(f"3. Created spot grid {ident} with 2000 USDT; a day of the sandbox's time, six hours at a step:")
    for _ in range(4):
        advance(6 * HOUR_MS)
        data = grid.get_order(bu_order_id=ident).bu_order_data
        assert data is not None
        say(
            f"   holds {plain(data.base_amount)} BTC and {plain(data.quote_amount)} USDT; "
            f"grid profit {plain(data.grid_profit)} USDT, fees so far {plain(data.total_fee_in_quote)} USDT"
        )
    data = grid.get_order(bu_order_id=ident).bu_order_data
    assert data is not None and data.grid_profit is not None
    taken = data.grid_profit.quantize(Decimal("0.01"), ROUND_DOWN)
    if taken > 0:
        grid.extract_profit(bu_order_id=ident, amount=taken)
    say(f"4. Took {plain(taken)} USDT of grid profit out to the spot account")
    grid.cancel(bu_order_id=ident, close_sell_model="TO_QUOTE")
    final = grid.get_order(bu_order_id=ident).bu_order_data
    assert final is not None and final.realized_profit is not None and final.grid_profit is not None
    run = SpotRun(
        usdt_before=usdt_before,
        usdt_after=spot(client, "USDT"),
        btc_before=btc_before,
        btc_after=spot(client, "BTC"),
        grid_profit=final.grid_profit,
        total_profit=final.realized_profit,
        fees=final.total_fee_in_quote or Decimal(0),
        withdrawn=final.profit_withdrawn or Decimal(0),
    )
    say(f"5. Cancelled with TO_QUOTE: status {final.status}, reason {final.reason_by}")
    say("6. Does the money add up?")
    say(f"   grid profit                        {plain(run.grid_profit)} USDT")
    say(f"   + floating part realised at cancel {plain(run.floating)} USDT")
    say(f"   = the bot's total profit           {plain(run.total_profit)} USDT (fees paid inside: {plain(run.fees)})")
    say(f"   (of which taken out before cancel  {plain(run.withdrawn)} USDT)")
    say(f"   USDT before + total profit         {plain(run.usdt_before + run.total_profit)}")
    say(f"   USDT after                         {plain(run.usdt_after)}")
    say(f"   BTC before / after                 {plain(run.btc_before)} / {plain(run.btc_after)}")
    say("   -> adds up" if run.adds_up else "   -> DOES NOT ADD UP")
    return run


def futures_grid(client: Pionex, advance: Callable[[int], int], say: Callable[[str], None] = print) -> FuturesRun:
    grid = client.bot.futures_grid
    client.futures.transfer.create_transfer(from_account="MAIN", to_account="TRADE", currency="USDT", amount="2000")
    before = futures_wallet(client)
    say(f"1. Futures wallet before (after moving 2000 USDT in): {plain(before)} USDT")
    mark = client.futures.market.get_indexes(symbol=PERP).indexes[0].mark_price
    assert mark is not None
    top, bottom = around(mark, "0.03", "0.1")
    settings = {"top": top, "bottom": bottom, "row": 30, "grid_type": "arithmetic", "trend": "no_trend", "leverage": 5}
    check = grid.check_params(
        base="BTC.PERP",
        quote="USDT",
        bu_order_data={**settings, "quote_investment": 1000},  # type: ignore[typeddict-item]
    )
    say(
        f"2. Checked a neutral 30-level grid at 5x from {bottom} to {top} (mark {mark}): investment "
        f"{plain(check.min_investment)} to {plain(check.max_investment)} USDT, liquidation estimated at "
        f"{check.estimate_liquidation_price_down or '-'} / {check.estimate_liquidation_price_up or '-'}"
    )
    created = grid.create(base="BTC.PERP", quote="USDT", bu_order_data={**settings, "quote_investment": 1000})  # type: ignore[typeddict-item]
    ident = created.bu_order_id
    assert ident is not None
    say(f"3. Created futures grid {ident} with 1000 USDT; a day of the sandbox's time, six hours at a step:")
    for _ in range(4):
        advance(6 * HOUR_MS)
        data = grid.get_order(bu_order_id=ident).bu_order_data
        assert data is not None
        say(
            f"   position {plain(data.position)} BTC at {plain(data.position_open_price)}; "
            f"margin balance {plain(data.margin_balance)} USDT, net funding {plain(data.funding_fee_payment)}"
        )
    grid.cancel(bu_order_id=ident)
    final = grid.get_order(bu_order_id=ident).bu_order_data
    assert final is not None and final.unlock_quote_amount is not None and final.quote_investment is not None
    run = FuturesRun(
        wallet_before=before,
        wallet_after=futures_wallet(client),
        invested=final.quote_investment + (final.extra_margin or Decimal(0)),
        returned=final.unlock_quote_amount,
        funding=final.funding_fee_payment or Decimal(0),
    )
    say(f"4. Cancelled: status {final.status}, reason {final.reason_by}")
    say("5. Does the money add up?")
    say(f"   invested                   {plain(run.invested)} USDT")
    say(f"   given back at cancel       {plain(run.returned)} USDT (funding inside: {plain(run.funding)})")
    say(f"   = the bot's profit         {plain(run.profit)} USDT")
    say(f"   wallet before + profit     {plain(run.wallet_before + run.profit)}")
    say(f"   wallet after               {plain(run.wallet_after)}")
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
        print("--- A spot grid ---")
        spot_run = spot_grid(client, advance)
        print("\n--- A neutral futures grid ---")
        futures_run = futures_grid(client, advance)
    return 0 if spot_run.adds_up and futures_run.adds_up else 1


if __name__ == "__main__":
    sys.exit(main())
