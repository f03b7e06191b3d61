"""``pionex export``: a whole history to CSV against the sandbox, oldest first, resumable.

The sandbox is given 10,500 spot fills of the default account, three to a millisecond (a reply holds
100: page edges split a millisecond), spread over two days (several export windows).  The exported
file must hold every fill the sandbox has in the range exactly once, oldest first, with the exact
decimals; an export stopped part way (the Nth request fails) and resumed gives the same bytes.
"""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
import io
import json
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, RunningSandbox, Spot
from pionex_wrapper import Pionex

from .conftest import on

SPOT = "BTC_USDT"
T0 = 1_704_067_200_000  # 2024-01-01 00:00 UTC
COUNT = 10_500
SPACING = 47_000  # ms between two groups of three fills: 3500 groups over ~46 hours
RANGE = ["--from", "2024-01-01", "--to", "2024-01-03T00:00:00+00:00"]
T1 = T0 + 2 * 86_400_000


@pytest.fixture(autouse=True)
def _no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client's rate limiter off: the sandbox is local, and the test stays fast."""
    monkeypatch.setenv("PIONEX_RATE_LIMIT", "off")


@pytest.fixture(scope="module")
def fills(sandbox: RunningSandbox) -> Iterator[list[Any]]:
    """The sandbox's fills of the range, as its engine holds them (seeded in bulk, before its own)."""
    with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url, rate_limit="off") as client:
        client.trade.new_order(symbol=SPOT, side="BUY", type="MARKET", amount="30")
    spot = sandbox.sandbox.engine(Spot)
    template = next(f for f in reversed(spot.fills) if f.account_key == DEFAULT_API_KEY and f.symbol == SPOT)
    made = [
        dataclasses.replace(
            template,
            fill_id=sandbox.sandbox.take_fill_id(),
            timestamp=T0 + (i // 3) * SPACING,
            price=Decimal("42000.01") + Decimal(i % 997) / 100,
            size=Decimal("0.000001") * (1 + i % 13),
            fee=Decimal("0.00000001") * (i % 7),
        )
        for i in range(COUNT)
    ]
    spot.fills[:0] = made  # older than every fill the sandbox made: its list stays in time order
    yield [f for f in spot.fills if f.account_key == DEFAULT_API_KEY and f.symbol == SPOT and T0 <= f.timestamp <= T1]


def export(sandbox: RunningSandbox, path: Path, *more: str) -> Any:
    return on(sandbox, "export", "fills", "--symbol", SPOT, *RANGE, "--window", "6h", "--output", str(path), *more)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_every_fill_once_oldest_first_with_exact_decimals(
    sandbox: RunningSandbox, fills: list[Any], tmp_path: Path
) -> None:
    path = tmp_path / "fills.csv"
    ran = export(sandbox, path)
    assert ran.code == 0, ran.stderr
    assert f"exported {len(fills)} rows" in ran.stderr
    assert not (tmp_path / "fills.csv.progress.json").exists()  # removed once complete
    found = rows(path)
    assert len(fills) >= COUNT
    assert Counter(int(r["id"]) for r in found) == Counter(f.fill_id for f in fills)  # each once, none missing
    times = [int(r["timestamp"]) for r in found]
    assert times == sorted(times)
    assert min(Counter(times).values()) == 3  # every millisecond holds three: page edges split them
    assert list(found[0]) == ["id", "orderId", "symbol", "side", "role", "price", "size", "fee", "feeCoin", "timestamp"]
    truth = {f.fill_id: f for f in fills}
    for row in found:
        fill = truth[int(row["id"])]
        assert (Decimal(row["price"]), Decimal(row["size"]), Decimal(row["fee"])) == (fill.price, fill.size, fill.fee)
        assert int(row["orderId"]) == fill.order_id and int(row["timestamp"]) == fill.timestamp
    assert all("e" not in r["fee"].lower() for r in found)  # exact digits, never an exponent


def test_stopped_then_resumed_gives_the_same_file(
    sandbox: RunningSandbox, fills: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = tmp_path / "whole.csv"
    assert export(sandbox, whole).code == 0
    path = tmp_path / "part.csv"
    progress = tmp_path / "part.csv.progress.json"
    sent = 0
    real = httpx.HTTPTransport.handle_request

    def failing(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        if sent == 40:  # Ctrl-C in the middle of a window
            raise KeyboardInterrupt
        return real(self, request)

    with monkeypatch.context() as patch:
        patch.setattr(httpx.HTTPTransport, "handle_request", failing)
        stopped = export(sandbox, path)
    assert stopped.code == 130
    assert "--resume" in stopped.stderr
    done = json.loads(progress.read_text())["done"]
    written = rows(path)
    assert T0 <= done < T1 and 0 < len(written) < len(fills)
    assert all(int(r["timestamp"]) <= done for r in written)  # only whole windows
    assert whole.read_text().startswith(path.read_text())

    # Without --resume an export there is refused (it would lose what was written).
    refused = export(sandbox, path)
    assert refused.code != 0 and "--resume" in refused.stderr

    # Stopped while writing a window: some of its rows are in the file, the last one cut short.
    lines = whole.read_text().splitlines(keepends=True)
    extra = lines[1 + len(written) : 1 + len(written) + 7]
    with path.open("a", encoding="utf-8") as file:
        file.write("".join(extra) + lines[1 + len(written) + 7][:12])

    resumed = export(sandbox, path, "--resume")
    assert resumed.code == 0, resumed.stderr
    assert path.read_bytes() == whole.read_bytes()
    assert not progress.exists()


def test_a_transport_error_stops_it_and_resume_finishes(
    sandbox: RunningSandbox, fills: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "net.csv"
    sent = 0
    real = httpx.HTTPTransport.handle_request

    def failing(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        if sent >= 70:  # the network goes away: every retry fails too
            raise httpx.ConnectError("refused", request=request)
        return real(self, request)

    with monkeypatch.context() as patch:
        patch.setattr(httpx.HTTPTransport, "handle_request", failing)
        stopped = export(sandbox, path)
    assert stopped.code == 4, stopped.stderr
    other = on(sandbox, "export", "fills", "--symbol", SPOT, *RANGE, "--window", "12h", "-o", str(path), "--resume")
    assert other.code == 1 and "other arguments" in other.stderr  # not a resume of this export
    resumed = export(sandbox, path, "--resume")
    assert resumed.code == 0, resumed.stderr
    assert Counter(int(r["id"]) for r in rows(path)) == Counter(f.fill_id for f in fills)


def test_resume_to_now_keeps_the_first_runs_now_and_a_bar_on_a_terminal(
    sandbox: RunningSandbox, fills: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pionex_cli.export

    path = tmp_path / "now.csv"
    args = ["export", "fills", "--symbol", SPOT, "--from", "2024-01-01", "--window", "100d", "-o", str(path)]
    sent = 0
    real = httpx.HTTPTransport.handle_request

    def failing(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        if sent == 30:  # inside the first window: nothing of it written
            raise KeyboardInterrupt
        return real(self, request)

    with monkeypatch.context() as patch:
        patch.setattr(httpx.HTTPTransport, "handle_request", failing)
        assert on(sandbox, *args).code == 130
    saved = json.loads((tmp_path / "now.csv.progress.json").read_text())
    assert saved["job"]["given"] == ["2024-01-01", "now"] and rows(path) == []
    monkeypatch.setattr(pionex_cli.export, "_on_terminal", lambda: True)
    resumed = on(sandbox, *args, "--resume")
    assert resumed.code == 0, resumed.stderr
    assert "exporting" in resumed.stderr and "100%" in resumed.stderr  # the bar, on stderr
    end = saved["job"]["to"]
    spot = sandbox.sandbox.engine(Spot)
    truth = [
        f for f in spot.fills if f.account_key == DEFAULT_API_KEY and f.symbol == SPOT and T0 <= f.timestamp <= end
    ]
    assert len(truth) > len(fills)  # the sandbox's own fills of today too
    assert [int(r["id"]) for r in rows(path)] == [
        f.fill_id for f in sorted(truth, key=lambda f: (f.timestamp, f.fill_id))
    ]


def test_to_stdout_and_refusals(sandbox: RunningSandbox, fills: list[Any]) -> None:
    ran = on(sandbox, "export", "fills", "--symbol", SPOT, "--from", str(T0), "--to", str(T0 + 10 * SPACING))
    assert ran.code == 0, ran.stderr
    found = list(csv.DictReader(io.StringIO(ran.stdout)))
    assert [int(r["id"]) for r in found] == [f.fill_id for f in fills[:33]]
    assert on(sandbox, "export", "getMarketDepth", "--from", str(T0)).code == 2  # not a paged list
    assert on(sandbox, "export", "fills", "--symbol", SPOT, "--from", str(T0), "--resume").code == 2
    if importlib.util.find_spec("pyarrow") is None:
        parquet = on(sandbox, "export", "fills", "--symbol", SPOT, "--from", str(T0), "-o", "x.parquet")
        assert parquet.code == 1 and "needs pyarrow" in parquet.stderr


def test_a_request_refused_before_sending_leaves_nothing_in_the_way(
    sandbox: RunningSandbox, fills: list[Any], tmp_path: Path
) -> None:
    """A missing input (the fills need a symbol) is refused before anything is sent: no output, no
    progress file, no "--resume continues it" hint; the corrected command then runs."""
    path = tmp_path / "fills.csv"
    refused = on(sandbox, "export", "fills", *RANGE, "--window", "6h", "--output", str(path))
    assert refused.code == 3 and "symbol" in refused.stderr and "--resume" not in refused.stderr
    assert list(tmp_path.iterdir()) == []
    ran = export(sandbox, path)
    assert ran.code == 0, ran.stderr
    assert len(rows(path)) == len(fills)


def test_parquet_holds_the_same_rows_as_text(sandbox: RunningSandbox, fills: list[Any], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    assert export(sandbox, tmp_path / "fills.csv").code == 0
    ran = export(sandbox, tmp_path / "fills.parquet")
    assert ran.code == 0, ran.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fills.csv", "fills.parquet"]  # staging removed
    table = pq.read_table(tmp_path / "fills.parquet").to_pylist()
    assert table == rows(tmp_path / "fills.csv")  # every column as text: the same digits


def test_help_lists_the_kinds_without_importing_the_client() -> None:
    import subprocess
    import sys

    code = "import sys; from pionex_cli.app import main; main(['export', '--help']); print(sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'pionex_wrapper')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    for kind, op in (("fills", "getFills"), ("funding", "futuresGetFundingFees"), ("transfers", "futuresGetTransfers")):
        assert kind in out and op in out
    assert out.rstrip().endswith("[]")


def test_a_row_cut_short_is_dropped_reading_backward(tmp_path: Path) -> None:
    from pionex_cli.export import _cut_partial_line, windows

    path = tmp_path / "cut.csv"
    path.write_bytes(b"a,b\n1,2\n" + b"3" * 70_000)  # the cut row longer than one block read
    _cut_partial_line(str(path))
    assert path.read_bytes() == b"a,b\n1,2\n"
    _cut_partial_line(str(path))  # a whole file is left alone
    assert path.read_bytes() == b"a,b\n1,2\n"
    path.write_bytes(b"a,")  # not even the header
    _cut_partial_line(str(path))
    assert path.read_bytes() == b""
    assert windows(0, 9, 4) == [(0, 3), (4, 7), (8, 9)]
    assert windows(5, 5, 4) == [(5, 5)]
