"""A live futures order book from Pionex's ORDERBOOK stream, printed a few times a second.

The book is kept locally from a snapshot and incremental updates checked by their sequence
numbers; a gap makes it resubscribe for a new snapshot by itself (``resyncs`` counts them).

    python examples/live_book.py [--symbol BTC_USDT_PERP] [--seconds 5] [--depth 5]

It talks to ``PIONEX_BASE_URL`` (``make demo`` points it at the local sandbox; its streams are
on the same port).  The order book is public: no key is needed.
"""

from __future__ import annotations

import argparse
import sys
import time

from pionex_wrapper import Pionex, PionexError


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--symbol", default="BTC_USDT_PERP")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--depth", type=int, default=5)
    args = parser.parse_args()
    with Pionex() as client:
        try:
            with client.streams.futures.order_book(args.symbol) as book:
                print(f"Live order book of {args.symbol} (streams of {client.base_url})")
                until = time.monotonic() + args.seconds
                while time.monotonic() < until:
                    bids, asks = book.levels(args.depth)
                    print(f"\n  {'bid size':>12} {'bid':>12} | {'ask':<12} {'ask size':<12}")
                    for (bid, bid_size), (ask, ask_size) in zip(bids, asks, strict=False):
                        print(f"  {bid_size:>12} {bid:>12} | {ask:<12} {ask_size:<12}")
                    if bids and asks:
                        print(f"  spread {asks[0][0] - bids[0][0]}   resyncs {book.resyncs}")
                    time.sleep(1.0)
        except (PionexError, TimeoutError) as error:
            print(f"no book: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
