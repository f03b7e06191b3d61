"""The README's quickstart, as it is there (tests/test_release.py keeps the two the same).

.ci/run runs it against the sandbox from the wheel that `make dist` builds, installed into a fresh
environment: PIONEX_BASE_URL, PIONEX_API_KEY and PIONEX_API_SECRET point it at the sandbox.
Without PIONEX_BASE_URL it talks to the real exchange, and its order is a real one.
(examples/quickstart.py is the longer walk-through that `make demo` runs.)
"""

from decimal import Decimal

from pionex_wrapper import Pionex, PionexError

# Credentials and base URL come from the arguments or from PIONEX_API_KEY,
# PIONEX_API_SECRET and PIONEX_BASE_URL. Public market data needs no credentials.
with Pionex() as client:
    book = client.market.get_market_depth(symbol="BTC_USDT", limit=5)
    (bid, bid_size), (ask, ask_size) = book.bids[0], book.asks[0]  # Decimal prices and sizes
    print("best bid", bid, "best ask", ask, "spread", ask - bid)

    for balance in client.account.get_balances().balances:
        free, frozen = balance.free or Decimal(0), balance.frozen or Decimal(0)  # None if not sent
        print(balance.coin, f"{free:f}", f"{frozen:f}")  # f: 0.00000001, not 1E-8

    try:
        placed = client.trade.new_order(
            symbol="BTC_USDT", side="BUY", type="LIMIT", size=Decimal("0.001"), price="20000"
        )
        print("order", placed.order_id)
        client.trade.cancel_order(symbol="BTC_USDT", order_id=placed.order_id)
    except PionexError as error:
        print("refused:", error.code, error.message)
