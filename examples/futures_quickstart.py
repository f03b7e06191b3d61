"""A walk through Pionex perpetual futures: margin moved in, leverage set, a position opened,
read, closed, and the money checked to the last decimal.

The futures wallet after the round trip must equal the wallet before, plus the margin moved
in, plus the realized profit (from the fills' prices), minus the fees (from the fills), plus
the funding received (from the funding-fee history): the script prints each figure and exits
with 1 if they do not add up.

Like examples/quickstart.py it talks to ``PIONEX_BASE_URL`` with ``PIONEX_API_KEY`` and
``PIONEX_API_SECRET`` (``make demo`` points them at the local sandbox), and refuses to place
orders anywhere but on this machine unless given ``--live-orders``.

    python examples/futures_quickstart.py [--symbol BTC_USDT_PERP] [--size 0.01] [--live-orders]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import httpx

from pionex_wrapper import FuturesFill, Pionex, PionexError

MARGIN_IN = Decimal(1000)
LEVERAGE = Decimal(5)


def plain(amount: Decimal | None) -> str:
    return "-" if amount is None else f"{amount:f}"


@dataclass
class RoundTrip:
    """The figures of one open-and-close, each read from the exchange."""

    wallet_before: Decimal
    wallet_after: Decimal
    margin_in: Decimal
    realized: Decimal
    fees: Decimal
    funding: Decimal

    @property
    def expected(self) -> Decimal:
        return self.wallet_before + self.margin_in + self.realized - self.fees + self.funding

    @property
    def adds_up(self) -> bool:
        return self.wallet_after == self.expected


def wallet(client: Pionex, coin: str = "USDT") -> Decimal:
    """The futures wallet in ``coin`` (free + frozen; nothing is frozen with no position open)."""
    for balance in client.futures.account.get_account_balances().balances:
        if balance.coin == coin:
            return (balance.free or Decimal(0)) + (balance.frozen or Decimal(0))
    return Decimal(0)


def fills_of(client: Pionex, symbol: str, order_id: int) -> list[FuturesFill]:
    """The fills of a market order, once it is done (the exchange handles orders asynchronously)."""
    for _ in range(50):
        order = client.futures.trade.get_order(symbol=symbol, order_id=order_id)
        if order.status == "CLOSED":
            break
        time.sleep(0.1)
    return client.futures.trade.get_fills_by_order_id(symbol=symbol, order_id=order_id).fills


def walk_through(
    client: Pionex,
    symbol: str = "BTC_USDT_PERP",
    size: Decimal = Decimal("0.01"),
    hold: Callable[[], None] = lambda: None,
) -> RoundTrip:
    """Opens a long of ``size`` with market orders (MARKET_QTY: a size, not an amount) and closes it; ``hold`` runs while it is open."""
    before = wallet(client)
    # The exchange's clock now (every reply carries it): funding is counted from here.
    started_ms = client.with_raw_response.futures.market.get_indexes(symbol=symbol).server_time
    print(f"1. Futures wallet: {plain(before)} USDT")

    print(f"\n2. Move {MARGIN_IN} USDT of margin in (MAIN -> TRADE), leverage {LEVERAGE}x on {symbol}")
    client.futures.transfer.create_transfer(from_account="MAIN", to_account="TRADE", currency="USDT", amount=MARGIN_IN)
    leverage = client.futures.account.update_leverage(symbol=symbol, leverage=LEVERAGE)
    print(f"    leverage now {plain(leverage.leverage)}x")

    print(f"\n3. Open: MARKET_QTY BUY {size}")
    opened = client.futures.trade.place_order(symbol=symbol, side="BUY", type="MARKET_QTY", size=size)
    opening = fills_of(client, symbol, opened.order_id)
    for fill in opening:
        print(f"    filled {plain(fill.size)} @ {plain(fill.price)}, fee {plain(fill.fee)} {fill.fee_coin}")

    print("\n4. The position")
    for position in client.futures.account.get_positions(symbol=symbol).positions:
        print(
            f"    {position.symbol} {position.position_side}: net size {plain(position.net_size)}, entry "
            f"{plain(position.avg_price)}, mark {plain(position.mark_price)}, unrealized PnL "
            f"{plain(position.unrealized_pnl)}, margin {plain(position.initial_margin)}, liquidation at "
            f"{plain(position.liquidation_price)}"
        )
    hold()

    print(f"\n5. Close: MARKET_QTY SELL {size}, reduce-only")
    closed = client.futures.trade.place_order(
        symbol=symbol, side="SELL", type="MARKET_QTY", size=size, reduce_only=True
    )
    closing = fills_of(client, symbol, closed.order_id)
    for fill in closing:
        print(f"    filled {plain(fill.size)} @ {plain(fill.price)}, fee {plain(fill.fee)} {fill.fee_coin}")
    left = [p for p in client.futures.account.get_positions(symbol=symbol).positions if p.net_size]
    print(f"    positions left on {symbol}: {len(left)}")

    def value(fills: list[FuturesFill]) -> Decimal:
        return sum(((fill.price or Decimal(0)) * (fill.size or Decimal(0)) for fill in fills), Decimal(0))

    realized = value(closing) - value(opening)
    fees = sum((fill.fee or Decimal(0) for fill in opening + closing), Decimal(0))
    fundings = client.futures.trade.get_funding_fees(symbol=symbol, start_time=started_ms or None).fundings
    funding = sum((f.funding_fee or Decimal(0) for f in fundings), Decimal(0))
    after = wallet(client)
    trip = RoundTrip(before, after, MARGIN_IN, realized, fees, funding)

    print("\n6. Does the money add up?")
    print(f"    wallet before       {plain(before):>22}")
    print(f"    + margin moved in   {plain(MARGIN_IN):>22}")
    print(f"    + realized PnL      {plain(realized):>22}   (sell value - buy value, from the fills)")
    print(f"    - fees              {plain(fees):>22}   (from the fills)")
    print(f"    + funding           {plain(funding):>22}   ({len(fundings)} funding payment(s))")
    print(f"    = expected          {plain(trip.expected):>22}")
    print(f"    wallet after        {plain(after):>22}   -> {'adds up' if trip.adds_up else 'DOES NOT ADD UP'}")

    back = after - before
    if back > 0:
        client.futures.transfer.create_transfer(from_account="TRADE", to_account="MAIN", currency="USDT", amount=back)
        print(f"\n7. Moved {plain(back)} USDT back to MAIN; futures wallet {plain(wallet(client))} USDT")
    return trip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--symbol", default="BTC_USDT_PERP")
    parser.add_argument("--size", type=Decimal, default=Decimal("0.01"))
    parser.add_argument("--live-orders", action="store_true", help="allow orders on the real exchange")
    args = parser.parse_args()
    with Pionex() as client:
        host = httpx.URL(client.base_url).host.lower()
        local = host in ("localhost", "::1") or host.startswith("127.")
        print(
            f"Talking to {'a local endpoint (the sandbox?)' if local else 'a REMOTE endpoint'} at {client.base_url}\n"
        )
        if not local and not args.live_orders:
            print("This walk-through trades: pass --live-orders to run it against a remote exchange.")
            return 0
        try:
            trip = walk_through(client, args.symbol, args.size)
        except PionexError as error:
            print(f"\nrefused: {type(error).__name__}: {error}")
            return 1
    return 0 if trip.adds_up else 1


if __name__ == "__main__":
    sys.exit(main())
