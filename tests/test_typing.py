"""mypy --strict, and pyright (as editors run it), check user code against the generated signatures."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from mypy import api

from tests.readme_snippets import snippets

ROOT = Path(__file__).parents[1]
PYRIGHT = Path(sys.executable).parent / "basedpyright"

GOOD = """
import asyncio
from datetime import UTC, datetime
from decimal import Decimal
from pionex_wrapper import (
    AsyncPionex, FundingFee, FundingRates, FuturesOrder, MarketDepth, Order, OrderPositionSide, Orders, OrderStatus,
    Pionex, Positions, UnknownValue,
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
    status: OrderStatus | UnknownValue | None = client.trade.get_order(order_id=1).status
    maybe_end: int | None = None  # an optional argument takes None for "not given"
    client.market.get_klines(symbol="BTC_USDT", interval="1D", end_time=maybe_end, limit=None)
    perp = client.futures.trade.place_order(
        symbol="BTC_USDT_PERP", side="SELL", type="LIMIT", size=Decimal("0.01"), price="70000", position_side="SHORT"
    )
    perp_id: int = perp.order_id
    futures_order: FuturesOrder = client.futures.trade.get_order(symbol="BTC_USDT_PERP", order_id=perp_id)
    side: OrderPositionSide | UnknownValue | None = futures_order.position_side
    pnl: list[Decimal | None] = [p.unrealized_pnl for p in client.futures.account.get_positions().positions]
    rates: FundingRates = client.futures.market.get_funding_rates(symbol="BTC_USDT_PERP", limit=10)
    moved = client.futures.transfer.create_transfer(from_account="MAIN", to_account="TRADE", currency="USDT", amount=5)
    raw_positions = client.with_raw_response.futures.account.get_positions(symbol="BTC_USDT_PERP")
    positions: Positions = raw_positions.parse()
    by_id: MarketDepth = client.invoke("getMarketDepth", {"symbol": "BTC_USDT", "limit": 5})
    tagged = Pionex(user_agent="mybot/1.2", rate_limit="fail").with_options(timeout=2, user_agent="desk/3")
    by_name = client.invoke("market depth", {"symbol": "BTC_USDT"})  # by the naming rule: untyped (Any)
    nothing: None = client.invoke("cancelOrder", {"symbol": "BTC_USDT", "orderId": 1})
    since = datetime(2024, 1, 1, tzinfo=UTC)  # an aware datetime wherever milliseconds are taken
    client.trade.get_all_orders(symbol="BTC_USDT", start_time=since, end_time=1_704_153_600_000)
    for order in client.paginate("getAllOrders", symbol="BTC_USDT", start_time=since, max_items=500):
        print(order.order_id)
    first: Order = next(client.paginate("trade all-orders", {"symbol": "BTC_USDT"}))  # typed by the id only
    newest: Order = next(client.paginate("getAllOrders", {"symbol": "BTC_USDT"}))

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
        all_orders: Orders = await aclient.invoke("getAllOrders", {"symbol": "BTC_USDT", "limit": 1})
        async for fee in aclient.paginate("futures.trade.get_funding_fees", end_time=datetime.now(UTC)):
            print(fee.funding_fee)
        async for typed_fee in aclient.paginate("futuresGetFundingFees", {"symbol": "BTC_USDT_PERP"}):
            paid: FundingFee = typed_fee

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
    'v: int = client.invoke("getMarketDepth", {"symbol": "BTC_USDT"})': "Incompatible types in assignment",
    "Pionex(timout=1)": 'Unexpected keyword argument "timout"',
    'client.with_options(max_retries="3")': 'Argument "max_retries"',
    'u: int = next(client.paginate("getAllOrders", {"symbol": "BTC_USDT"}))': "Incompatible types in assignment",
    'client.invoke("getMarketDepth", {"symbol": "BTC_USDT"}, timeout="5")': 'No overload variant of "invoke"',
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


def readme_snippets() -> list[str]:
    """The README's Python blocks (its ccxt section's too) and those that moved from it into the site."""
    found = snippets(with_ccxt=True)
    assert len(found) >= 13
    return found


def test_readme_snippets_pass_mypy_strict(tmp_path: Path) -> None:
    for snippet in readme_snippets():
        output, status = mypy(snippet, tmp_path)
        assert status == 0, output


def test_mistakes_in_user_code_are_reported(tmp_path: Path) -> None:
    lines = ["from pionex_wrapper import Pionex", "client = Pionex()", *BAD]
    output, status = mypy("\n".join(lines) + "\n", tmp_path)
    assert status == 1
    for number, (line, message) in enumerate(BAD.items(), start=3):
        hits = [row for row in output.splitlines() if f"user_code.py:{number}:" in row]
        assert any(message in row for row in hits), f"{line!r}: {hits or output}"


# A reply field with known values: its type lists them (editors offer them), a value this version
# does not know is an UnknownValue (a str), and a typo in a known value is an error.
ENUMS = """
from pionex_wrapper import FuturesOrder, Order, OrderStatus, Position, UnknownValue

def look(order: Order, position: Position, futures_order: FuturesOrder) -> None:
    reveal_type(order.status)
    reveal_type(position.position_side)
    reveal_type(futures_order.position_side)
    text: str | None = order.status

known: OrderStatus = "OPEN"
new: OrderStatus | UnknownValue = UnknownValue("PARTIALLY_CANCELED")
Order(status=UnknownValue("PARTIALLY_CANCELED"))
typo: OrderStatus = "OPNE"
bare: OrderStatus | UnknownValue = "PARTIALLY_CANCELED"
"""
REVEALED = {  # line of each reveal_type -> the known values it must list
    5: {"OPEN", "CLOSED"},
    6: {"LONG", "SHORT"},
    7: {"BOTH", "LONG", "SHORT"},
}
ENUM_ERRORS = {13, 14}  # the typo, and an unknown value not marked UnknownValue


def assert_lists_known_values(revealed: str, values: set[str]) -> None:
    """``revealed`` (mypy's or pyright's spelling) is exactly those literals, UnknownValue and None."""
    assert set(re.findall(r"'([^']*)'", revealed)) == values, revealed
    assert "UnknownValue" in revealed and "None" in revealed, revealed
    assert not re.search(r"\bstr\b", revealed), f"{revealed}: a bare str hides the known values"


def test_enum_fields_list_their_known_values_for_mypy(tmp_path: Path) -> None:
    output, status = mypy(ENUMS, tmp_path)
    notes = dict(re.findall(r'user_code\.py:(\d+): note: Revealed type is "(.*)"', output))
    assert sorted(int(n) for n in notes) == sorted(REVEALED), output
    for line, values in REVEALED.items():
        assert_lists_known_values(notes[str(line)], values)
    errors = {int(n) for n in re.findall(r"user_code\.py:(\d+): error:", output)}
    assert status == 1 and errors == ENUM_ERRORS, output


# -- pyright: what an editor (Pylance, basedpyright) shows ---------------------------------------


@pytest.fixture(scope="module")
def pyright(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    """basedpyright (standard mode) run once over every sample: file name -> its diagnostics."""
    folder = tmp_path_factory.mktemp("pyright")
    lines = ["from pionex_wrapper import Pionex", "client = Pionex()", *BAD]
    samples = {"good.py": GOOD, "enums.py": ENUMS, "bad.py": "\n".join(lines) + "\n"}
    samples.update((f"readme_{i}.py", snippet) for i, snippet in enumerate(readme_snippets()))
    for name, source in samples.items():
        (folder / name).write_text(source, encoding="utf-8")
    config = {"typeCheckingMode": "standard", "extraPaths": [str(ROOT), str(ROOT / "generated")]}
    (folder / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    run = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, "--project", str(folder), *samples],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(run.stdout)
    found: dict[str, list[dict[str, Any]]] = {name: [] for name in samples}
    for diagnostic in report["generalDiagnostics"]:
        found[Path(diagnostic["file"]).name].append(diagnostic)
    return found


def _rows(diagnostics: list[dict[str, Any]], severity: str) -> dict[int, str]:
    """1-based line -> message of the diagnostics of one severity."""
    return {d["range"]["start"]["line"] + 1: d["message"] for d in diagnostics if d["severity"] == severity}


def test_correct_user_code_and_readme_snippets_pass_pyright(pyright: dict[str, list[dict[str, Any]]]) -> None:
    for name, diagnostics in pyright.items():
        if name == "good.py" or name.startswith("readme_"):
            assert _rows(diagnostics, "error") == {}, (name, diagnostics)


def test_enum_fields_list_their_known_values_for_pyright(pyright: dict[str, list[dict[str, Any]]]) -> None:
    notes = _rows(pyright["enums.py"], "information")
    assert sorted(notes) == sorted(REVEALED), notes
    for line, values in REVEALED.items():
        assert_lists_known_values(notes[line].partition(" is ")[2].strip('"'), values)
    assert set(_rows(pyright["enums.py"], "error")) == ENUM_ERRORS, pyright["enums.py"]


def test_mistakes_in_user_code_are_reported_by_pyright(pyright: dict[str, list[dict[str, Any]]]) -> None:
    errors = _rows(pyright["bad.py"], "error")
    assert set(errors) == set(range(3, 3 + len(BAD))), errors
