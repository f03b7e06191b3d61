"""A walk through the Pionex client: market data, balances, a LIMIT order placed,
listed and cancelled, a MARKET order filled, balances after.

It talks to whatever the environment names:

* ``PIONEX_BASE_URL`` set (``make demo`` points it at the local sandbox): that server;
* no ``PIONEX_BASE_URL``: the real exchange, with ``PIONEX_API_KEY`` / ``PIONEX_API_SECRET``.

Against anything but a server on this machine it only reads unless you add
``--live-orders``: then it places a small LIMIT buy far below the market (and cancels it)
and a MARKET buy of twice the pair's minimum amount, with your money.

    python examples/quickstart.py [--symbol BTC_USDT] [--live-orders]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from decimal import ROUND_DOWN, ROUND_UP, Decimal

import httpx

from pionex_wrapper import Pionex, PionexError


def plain(amount: Decimal | None) -> str:
    """Money is Decimal: "f" avoids exponents such as 0E-8; None means the reply did not say."""
    return "-" if amount is None else f"{amount:f}"


def show_balances(client: Pionex, coins: set[str]) -> None:
    for balance in client.account.get_balances().balances:
        if balance.coin in coins:
            print(f"    {balance.coin:>6}  free {plain(balance.free):>20}  frozen {plain(balance.frozen):>20}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--symbol", default="BTC_USDT")
    parser.add_argument("--live-orders", action="store_true", help="allow orders on the real exchange")
    args = parser.parse_args()

    with Pionex() as client:
        # Orders need --live-orders unless the server is on this machine (the sandbox).
        host = httpx.URL(client.base_url).host.lower()
        local = host in ("localhost", "::1") or host.startswith("127.")
        real = not local
        where = (
            "a local endpoint (the sandbox?)"
            if local
            else "the REAL exchange"
            if host == "api.pionex.com"
            else "a remote endpoint"
        )
        print(f"Talking to {where} at {client.base_url}")

        print(f"\n1. Trading rules of {args.symbol}")
        (rules,) = client.common.get_symbols(symbols=args.symbol).symbols
        print(
            f"    base {rules.base_currency}, quote {rules.quote_currency}; size precision {rules.base_precision}, "
            f"price precision {rules.quote_precision}; min order value {rules.min_amount} {rules.quote_currency}"
        )

        print("\n2. 24-hour ticker")
        (ticker,) = client.market.get_tickers(symbol=args.symbol).tickers
        print(
            f"    open {ticker.open}  high {ticker.high}  low {ticker.low}  last {ticker.close}  volume {ticker.volume}"
        )

        print("\n3. Order book, 5 levels")
        book = client.market.get_market_depth(symbol=args.symbol, limit=5)
        for (ask_price, ask_size), (bid_price, bid_size) in zip(book.asks, book.bids, strict=False):
            print(f"    bid {bid_size:>14} @ {bid_price:<14}  ask {ask_size:>14} @ {ask_price}")

        if not os.environ.get("PIONEX_API_KEY") and real:
            print("\nNo PIONEX_API_KEY / PIONEX_API_SECRET: stopping before the private part.")
            return 0
        coins = {str(rules.base_currency), str(rules.quote_currency)}
        print("\n4. Balances")
        show_balances(client, coins)

        if real and not args.live_orders:
            print("\nNot a local server and no --live-orders: not placing any order.")
            return 0

        # A LIMIT buy 10% under the best bid cannot fill at once; size it to the minimum order value.
        price_step = Decimal(1).scaleb(-int(rules.quote_precision or 0))
        size_step = Decimal(1).scaleb(-int(rules.base_precision or 0))
        best_bid = book.bids[0][0]  # (price, size), already Decimal
        price = (best_bid * Decimal("0.9")).quantize(price_step, rounding=ROUND_DOWN)
        min_amount = rules.min_amount or Decimal(1)
        size = (min_amount * Decimal("1.2") / price).quantize(size_step, rounding=ROUND_UP)
        client_id = f"quickstart-{time.time_ns() // 1_000_000}"
        print(f"\n5. LIMIT buy of {size} at {price} (10% under the best bid), client id {client_id}")
        placed = client.trade.new_order(
            symbol=args.symbol, side="BUY", type="LIMIT", size=size, price=price, client_order_id=client_id
        )
        order_id = placed.order_id  # always present: a placed order means nothing without it
        print(f"    accepted: order id {order_id}")

        print("\n6. Open orders")
        for order in client.trade.get_open_orders(symbol=args.symbol).orders:
            print(f"    #{order.order_id} {order.side} {order.type} {order.size} @ {order.price} status {order.status}")
        show_balances(client, coins)

        print("\n7. Cancel it")
        client.trade.cancel_order(symbol=args.symbol, order_id=order_id)
        order = client.trade.get_order_by_client_order_id(client_order_id=client_id)
        print(f"    #{order.order_id} is now {order.status}; frozen funds are free again")

        amount = min_amount * 2
        print(f"\n8. MARKET buy spending {amount} {rules.quote_currency}")
        market_id = client.trade.new_order(symbol=args.symbol, side="BUY", type="MARKET", amount=amount).order_id
        filled = client.trade.get_order(order_id=market_id)
        print(f"    #{filled.order_id} {filled.status}: bought {filled.filled_size} for {filled.filled_amount}")
        for fill in client.trade.get_fills_by_order_id(order_id=market_id).fills:
            print(
                f"    fill #{fill.id}: {fill.size} @ {fill.price} as {fill.role}, fee {plain(fill.fee)} {fill.fee_coin}"
            )

        print("\n9. Balances after")
        show_balances(client, coins)
    print("\nDone.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except PionexError as error:
        print(f"\nRequest failed: {error}", file=sys.stderr)
        sys.exit(1)
