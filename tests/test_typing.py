"""mypy --strict checks user code against the generated signatures."""

from __future__ import annotations

import re
from pathlib import Path

from mypy import api

ROOT = Path(__file__).parents[1]

GOOD = """
import asyncio
from datetime import UTC, datetime
from decimal import Decimal
from pionex_wrapper import (
    AsyncPionex, FundingRates, FuturesOrder, FuturesOrderPositionSide, MarketDepth, Orders, OrderStatus, Pionex,
    Positions,
)

with Pionex() as client:
    book = client.market.get_market_depth(symbol="BTC_USDT", limit=5)
    bids: list[tuple[Decimal, Decimal]] = book.bids
    spread: Decimal = book.asks[0][0] - bids[0][0]
    placed = client.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size=Decimal("0.01"), price="30000")
    order_id: int = placed.order_id
    client.trade.cancel_order(symbol="BTC_USDT", order_id=order_id)
    coins: list[str] = [b.coin for b in client.account.get_balances().balances]
    free: list[Decimal | None] = [b.free for b in client.account.get_balances().balances]
    raw = client.with_raw_response.market.get_market_depth(symbol="BTC_USDT", timeout=2.5)
    server_time: int | None = raw.server_time
    parsed: MarketDepth = raw.parse()
    quick = client.with_options(timeout=1).market.get_tickers(symbol="BTC_USDT", extra_headers={"X-Trace": "1"})
    status: OrderStatus | str | None = client.trade.get_order(order_id=1).status
    maybe_end: int | None = None  # an optional argument takes None for "not given"
    client.market.get_klines(symbol="BTC_USDT", interval="1D", end_time=maybe_end, limit=None)
    perp = client.futures.trade.place_order(
        symbol="BTC_USDT_PERP", side="SELL", type="LIMIT", size=Decimal("0.01"), price="70000", position_side="SHORT"
    )
    perp_id: int = perp.order_id
    futures_order: FuturesOrder = client.futures.trade.get_order(symbol="BTC_USDT_PERP", order_id=perp_id)
    side: FuturesOrderPositionSide | str | None = futures_order.position_side
    pnl: list[Decimal | None] = [p.unrealized_pnl for p in client.futures.account.get_positions().positions]
    rates: FundingRates = client.futures.market.get_funding_rates(symbol="BTC_USDT_PERP", limit=10)
    moved = client.futures.transfer.create_transfer(from_account="MAIN", to_account="TRADE", currency="USDT", amount=5)
    raw_positions = client.with_raw_response.futures.account.get_positions(symbol="BTC_USDT_PERP")
    positions: Positions = raw_positions.parse()
    since = datetime(2024, 1, 1, tzinfo=UTC)  # an aware datetime wherever milliseconds are taken
    client.trade.get_all_orders(symbol="BTC_USDT", start_time=since, end_time=1_704_153_600_000)
    for order in client.paginate("getAllOrders", symbol="BTC_USDT", start_time=since, max_items=500):
        print(order.order_id)

async def main() -> None:
    async with AsyncPionex() as aclient:
        orders = await aclient.trade.get_all_orders(symbol="BTC_USDT", limit=1)
        print(orders.orders)
        raw = await aclient.with_raw_response.trade.get_open_orders(symbol="BTC_USDT")
        open_orders: Orders = raw.parse()
        slow = aclient.with_options(timeout=None)
        await slow.market.get_market_depth(symbol="BTC_USDT", timeout=5)
        perp_orders = await aclient.futures.trade.get_open_orders(symbol="BTC_USDT_PERP", limit=5)
        print(perp_orders.orders)
        raw_fills = await aclient.with_raw_response.futures.trade.get_fills(symbol="BTC_USDT_PERP")
        print(raw_fills.parse().fills)
        async for fee in aclient.paginate("futures.trade.get_funding_fees", end_time=datetime.now(UTC)):
            print(fee.funding_fee)

asyncio.run(main())
"""

BAD = {
    'client.market.get_market_depth(symbl="BTC_USDT")': 'Unexpected keyword argument "symbl"',
    'client.market.get_market_depth(symbol="BTC_USDT", limit="5")': 'Argument "limit"',
    'client.trade.new_order(symbol="BTC_USDT", side="BUYY", type="LIMIT")': 'Argument "side"',
    'client.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size=0.5)': 'Argument "size"',
    "x: int = client.account.get_balances()": "Incompatible types in assignment",
    'client.market.get_tickers(symbol="BTC_USDT", timeout="5")': 'Argument "timeout"',
    'client.with_raw_response.market.get_tickers(symbl="BTC_USDT")': 'Unexpected keyword argument "symbl"',
    "y: int = client.with_raw_response.account.get_balances().parse()": "Incompatible types in assignment",
    "client.with_options(timeout=1).trade.new_order(symbol=1, side='BUY', type='LIMIT')": 'Argument "symbol"',
    "z: str = client.trade.get_order(order_id=1).price": "Incompatible types in assignment",
    'client.futures.trade.place_order(symbl="BTC_USDT_PERP", side="BUY", type="LIMIT")': 'Unexpected keyword argument "symbl"',
    'client.futures.trade.place_order(symbol="BTC_USDT_PERP", side="BUY", type="MARKET")': 'Argument "type"',
    'client.futures.account.update_leverage(symbol="BTC_USDT_PERP", leverage=2.5)': 'Argument "leverage"',
    "client.futures.trade.get_order(order_id=1)": 'Missing named argument "symbol"',
    'client.futures.trade.new_order(symbol="BTC_USDT_PERP")': 'has no attribute "new_order"',
    'client.futures.trades.get_fills(symbol="BTC_USDT_PERP")': 'has no attribute "trades"',
    'client.with_raw_response.futures.market.get_indexes(symbl="BTC_USDT_PERP")': 'Unexpected keyword argument "symbl"',
    "w: int = client.futures.account.get_leverage(symbol='BTC_USDT_PERP').leverage": "Incompatible types in assignment",
}


def mypy(source: str, tmp_path: Path) -> tuple[str, int]:
    path = tmp_path / "user_code.py"
    path.write_text(source, encoding="utf-8")
    out, err, status = api.run(
        ["--strict", "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path / "cache"), str(path)]
    )
    return out + err, status


def test_correct_user_code_passes(tmp_path: Path) -> None:
    output, status = mypy(GOOD, tmp_path)
    assert status == 0, output


def test_readme_snippets_pass_mypy_strict(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippets = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    assert snippets
    for snippet in snippets:
        output, status = mypy(snippet, tmp_path)
        assert status == 0, output


def test_mistakes_in_user_code_are_reported(tmp_path: Path) -> None:
    lines = ["from pionex_wrapper import Pionex", "client = Pionex()", *BAD]
    output, status = mypy("\n".join(lines) + "\n", tmp_path)
    assert status == 1
    for number, (line, message) in enumerate(BAD.items(), start=3):
        hits = [row for row in output.splitlines() if f"user_code.py:{number}:" in row]
        assert any(message in row for row in hits), f"{line!r}: {hits or output}"
