"""The command line's core: every operation a command, arguments, output formats, exit codes,
completion, against the sandbox (pionex_cli.app, .commands, .output)."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import select
import signal
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

import pionex_cli
import pionex_sandbox
from pionex_cli import app, commands
from pionex_sandbox import RunningSandbox
from pionex_wrapper import registry

from .conftest import on, run

ROOT = Path(__file__).resolve().parents[2]


def _command(words: list[str]) -> click.Command:
    """The click command the words name, walking the tree as click does."""
    command: click.Command = app.cli
    ctx = click.Context(app.cli)
    for word in words:
        assert isinstance(command, click.Group), f"{word} is under a command, not a group"
        found = command.get_command(ctx, word)
        assert found is not None, f"no command {' '.join(words)}"
        command = found
    return command


def _flags(command: click.Command) -> set[str]:
    return {opt for p in command.params if isinstance(p, click.Option) for opt in p.opts}


def test_every_operation_of_the_registry_is_a_command_with_help_and_its_inputs() -> None:
    ops = registry.operations()
    assert {e["id"] for e in commands.table()} == {op.operation_id for op in ops}
    for op in ops:
        command = _command(op.command.split(" "))
        assert not isinstance(command, click.Group)
        flags = _flags(command)
        for param in op.params:
            assert f"--{param.name.replace('_', '-')}" in flags, (op.command, param.name)
            for field in param.fields or ():
                assert f"--{param.name.replace('_', '-')}.{field.name.replace('_', '-')}" in flags
        shown = run([*op.command.split(" "), "--help"])
        assert shown.code == 0, shown.stderr
        assert op.operation_id in shown.stdout and op.summary.split("\n")[0][:30] in " ".join(shown.stdout.split())


def test_the_table_carries_the_registry_s_constraints() -> None:
    entry = next(e for e in commands.table() if e["id"] == "getMarketDepth")
    symbol, limit = entry["params"]
    assert (
        symbol["positional"]
        and symbol["required"]
        and symbol["pattern"] == registry.operation("getMarketDepth").params[0].pattern
    )
    assert (limit["flag"], limit["kind"], limit["minimum"], limit["maximum"]) == ("limit", "integer", 1, 1000)
    klines = next(e for e in commands.table() if e["id"] == "getKlines")
    interval = next(p for p in klines["params"] if p["name"] == "interval")
    assert tuple(interval["enum"]) == next(
        p.enum for p in registry.operation("getKlines").params if p.name == "interval"
    )
    groups = {" ".join(e["words"][:cut]) for e in commands.table() for cut in range(1, len(e["words"]))}
    assert all(commands.area_help(words) for words in groups), groups
    assert "futures orders" in run(["futures", "trade", "--help"]).stdout
    effects = {e["id"]: e["effect"] for e in commands.table()}
    assert all(effects[op.operation_id] == op.effect for op in registry.operations())


def test_a_usage_error_exits_2_and_names_the_range() -> None:
    done = run(["market", "depth", "BTC_USDT", "--limit", "0"])
    assert done.code == 2 and "--limit" in done.stderr and "1<=x<=1000" in done.stderr
    assert run(["market", "klines", "BTC_USDT", "--interval", "2H"]).code == 2
    assert run(["market", "nope"]).code == 2
    missing = run(["market", "depth"])
    assert missing.code == 2 and "SYMBOL" in missing.stderr


def test_depth_as_json_keeps_exact_decimals_as_strings(sandbox: RunningSandbox) -> None:
    done = on(sandbox, "--json", "market", "depth", "BTC_USDT", "--limit", "3")
    assert done.code == 0, done.stderr
    book = json.loads(done.stdout)
    assert len(book["bids"]) == 3 and len(book["asks"]) == 3 and isinstance(book["updateTime"], int)
    for price, size in book["bids"] + book["asks"]:
        assert isinstance(price, str) and isinstance(size, str) and "E" not in price.upper()
        assert Decimal(price) > 0 and Decimal(size) > 0
    assert Decimal(book["bids"][0][0]) < Decimal(book["asks"][0][0])


def test_the_symbol_given_as_argument_or_flag_is_the_same_and_not_twice(sandbox: RunningSandbox) -> None:
    by_flag = on(sandbox, "--json", "market", "trades", "--symbol", "ETH_USDT", "--limit", "10")
    assert by_flag.code == 0 and {t["symbol"] for t in json.loads(by_flag.stdout)["trades"]} == {"ETH_USDT"}
    twice = on(sandbox, "market", "trades", "ETH_USDT", "--symbol", "BTC_USDT")
    assert twice.code == 2 and "twice" in twice.stderr


def test_balances_as_csv_and_to_files(sandbox: RunningSandbox, tmp_path: Path) -> None:
    done = on(sandbox, "--csv", "account", "balances")
    assert done.code == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [r["coin"] for r in rows] == ["BTC", "ETH", "SOL", "USDT"]
    assert next(r for r in rows if r["coin"] == "USDT")["free"] == "100000.00000000"
    out = tmp_path / "balances.csv"
    assert on(sandbox, "--output", str(out), "account", "balances").code == 0
    assert out.read_text(encoding="utf-8") == done.stdout
    as_json = tmp_path / "balances.json"
    assert on(sandbox, "-o", str(as_json), "account", "balances").code == 0
    assert json.loads(as_json.read_text(encoding="utf-8"))["balances"][3] == {
        "coin": "USDT",
        "free": "100000.00000000",
        "frozen": "0.00000000",
    }
    table = tmp_path / "balances.txt"
    assert on(sandbox, "-o", str(table), "account", "balances").code == 0
    lines = table.read_text(encoding="utf-8").splitlines()
    header = next(line for line in lines if "coin" in line)
    usdt = next(line for line in lines if "USDT" in line)
    assert "free" in header and "100000.00000000" in usdt and "\x1b[" not in usdt
    btc = next(line for line in lines if "BTC " in line or "BTC│" in line or " BTC" in line)
    # money right-aligned: the amounts of every row end in the same column
    assert btc.index("10.00000000") + len("10.00000000") == usdt.index("100000.00000000") + len("100000.00000000")


def test_a_write_needs_yes_then_is_sent_and_listed(sandbox: RunningSandbox) -> None:
    order = ["trade", "new-order", "--symbol", "BTC_USDT", "--side", "BUY", "--type", "LIMIT"]
    order += ["--size", "0.0010", "--price", "20000.5"]
    refused = on(sandbox, *order)
    assert refused.code == 3 and "--yes" in refused.stderr and refused.stdout == ""
    placed = on(sandbox, "--yes", "--json", *order)
    assert placed.code == 0, placed.stderr
    order_id = json.loads(placed.stdout)["orderId"]
    listed = json.loads(on(sandbox, "--json", "trade", "open-orders", "BTC_USDT").stdout)["orders"]
    mine = next(o for o in listed if o["orderId"] == order_id)
    assert (mine["side"], Decimal(mine["price"]), Decimal(mine["size"])) == (
        "BUY",
        Decimal("20000.5"),
        Decimal("0.001"),
    )
    cancelled = on(sandbox, "-y", "trade", "cancel-order", "BTC_USDT", "--order-id", str(order_id))
    assert cancelled.code == 0, cancelled.stderr


def test_nested_settings_as_json_file_stdin_or_dotted_flags_are_the_same(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    settings = {
        "top": "80000",
        "bottom": "50000",
        "row": 10,
        "grid_type": "arithmetic",
        "quote_total_investment": "1000",
    }
    base = ["--json", "bot", "spot-grid", "check-params", "--base", "BTC", "--quote", "USDT"]
    (tmp_path / "grid.json").write_text(json.dumps(settings), encoding="utf-8")
    dotted = [
        "--bu-order-data.top", "80000", "--bu-order-data.bottom", "50000", "--bu-order-data.row", "10",
        "--bu-order-data.grid-type", "arithmetic", "--bu-order-data.quote-total-investment", "1000",
    ]  # fmt: skip
    answers = [
        on(sandbox, *base, "--bu-order-data", json.dumps(settings)),
        on(sandbox, *base, "--bu-order-data", f"@{tmp_path / 'grid.json'}"),
        on(sandbox, *base, "--bu-order-data", "-", stdin=json.dumps(settings)),
        on(sandbox, *base, *dotted),
        on(sandbox, *base, "--bu-order-data", '{"top": "90000", "row": 10}', *dotted),  # the dotted flags win
    ]
    for answer in answers:
        assert answer.code == 0, answer.stderr
    assert len({a.stdout for a in answers}) == 1
    assert Decimal(json.loads(answers[0].stdout)["min_investment"]) > 0
    bad = on(sandbox, *base, "--bu-order-data", "{not json")
    assert bad.code == 2 and "not JSON" in bad.stderr


def test_exit_codes_refused_by_the_client_by_the_exchange_and_the_network(sandbox: RunningSandbox) -> None:
    client = on(sandbox, "market", "depth", "btc")
    assert client.code == 3 and "symbol" in client.stderr and len(client.stderr.strip().splitlines()) == 1
    exchange = on(sandbox, "market", "depth", "NOPE_USDT")
    assert exchange.code == 1 and "MARKET_INVALID_SYMBOL" in exchange.stderr
    assert len(exchange.stderr.strip().splitlines()) == 1
    unreachable = run(["--base-url", "http://127.0.0.1:9", "market", "depth", "BTC_USDT"])
    assert unreachable.code == 4 and "outcome is not known" in unreachable.stderr
    no_key = run(["--base-url", sandbox.base_url, "account", "balances"])
    assert no_key.code == 3


def test_verbose_shows_the_detail_and_never_the_secret(sandbox: RunningSandbox) -> None:
    done = on(sandbox, "--verbose", "market", "depth", "NOPE_USDT")
    assert done.code == 1 and "Traceback" in done.stderr and "sending getMarketDepth" in done.stderr
    wrong_key = run(["--base-url", sandbox.base_url, "--api-key", "k-NOT-REAL", "--api-secret", "s3cr3t-NOT-REAL",
                     "-v", "account", "balances"])  # fmt: skip
    assert wrong_key.code == 1 and "s3cr3t-NOT-REAL" not in wrong_key.stderr + wrong_key.stdout


def test_sandbox_flag_uses_the_sandbox_s_keys_and_address(
    sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (app.SANDBOX_API_KEY, app.SANDBOX_API_SECRET) == (
        pionex_sandbox.DEFAULT_API_KEY,
        pionex_sandbox.DEFAULT_API_SECRET,
    )
    monkeypatch.setenv("PIONEX_SANDBOX_URL", sandbox.base_url)
    done = run(["--sandbox", "--json", "account", "balances"])
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["balances"][0]["coin"] == "BTC"


@pytest.mark.parametrize(
    ("shell", "marker"), [("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete --no-files --command pionex")]
)
def test_completion_scripts_for_the_three_shells(shell: str, marker: str) -> None:
    done = run(["completion", shell])
    assert done.code == 0 and marker in done.stdout and "_PIONEX_COMPLETE" in done.stdout


def test_completion_offers_areas_commands_and_enum_values() -> None:
    def complete(words: str) -> list[str]:
        env = {"_PIONEX_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
        if words.endswith(" "):
            env["COMP_CWORD"] = str(len(words.split()))
        result = CliRunner().invoke(app.cli, [], env=env, prog_name="pionex")
        return [line.split(",", 1)[1] for line in result.output.splitlines() if "," in line]

    assert "futures" in complete("pionex fu")
    assert "place-order" in complete("pionex futures trade pl")
    assert {"BUY", "SELL"} <= set(complete("pionex trade new-order --side "))


def test_help_imports_neither_httpx_nor_the_client() -> None:
    code = (
        "import sys\nfrom pionex_cli.app import main\nassert main(['--help']) == 0\n"
        "assert main(['futures', 'trade', 'place-order', '--help']) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'pionex_wrapper', 'rich', 'msgspec')"
        " or m.startswith('pionex_client.facade')))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIONEX_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert "place-order" in done.stdout


def test_a_table_on_a_terminal(sandbox: RunningSandbox) -> None:
    """Through a pseudo-terminal: a table (with rich's box lines), not JSON."""
    main_fd, child_fd = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIONEX_"))}
    env.update(PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "generated")]), COLUMNS="100", TERM="xterm")
    args = ["--base-url", sandbox.base_url, "--api-key", pionex_sandbox.DEFAULT_API_KEY]
    args += ["--api-secret", pionex_sandbox.DEFAULT_API_SECRET, "account", "balances"]
    process = subprocess.Popen(
        [sys.executable, "-m", "pionex_cli", *args], stdin=child_fd, stdout=child_fd, stderr=child_fd, env=env
    )
    os.close(child_fd)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([main_fd], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(main_fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main_fd)
    assert process.wait(timeout=30) == 0
    text = b"".join(chunks).decode()
    assert "┃" in text or "│" in text, text
    assert "USDT" in text and "100000.00000000" in text and "{" not in text


def test_python_m_pionex_cli_and_the_console_script_are_the_same_main() -> None:
    from importlib.metadata import entry_points

    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "pionex"]
    assert script.value == "pionex_cli:main"
    assert script.load() is pionex_cli.main


def test_without_the_cli_extra_the_script_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`pip install pionex-sdk` installs the script but not click, rich and tomli-w (the `cli` extra)."""
    real = pionex_cli.find_spec
    monkeypatch.setattr(pionex_cli, "find_spec", lambda name: None if name == "rich" else real(name))
    assert pionex_cli.main(["--help"]) == 2
    err = capsys.readouterr().err
    assert "rich not installed" in err and 'pip install "pionex-sdk[cli]"' in err
    monkeypatch.undo()
    assert pionex_cli.main(["--help"]) == 0  # with the extra, the same entry runs the command line


def test_pionex_sandbox_serves_in_the_foreground_and_commands_reach_it() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIONEX_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    process = subprocess.Popen(
        [sys.executable, "-m", "pionex_cli", "sandbox", "--port", "0", "--seed", "4"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Pionex sandbox listening on http://127.0.0.1:"), first
        url = first.split()[-1]
        done = run(["--base-url", url, "--api-key", app.SANDBOX_API_KEY, "--api-secret", app.SANDBOX_API_SECRET,
                    "--json", "account", "balances"])  # fmt: skip
        assert done.code == 0 and json.loads(done.stdout)["balances"][0]["coin"] == "BTC"
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0
    assert "[profiles.sandbox]" in err and app.SANDBOX_API_KEY in err


def test_interrupted_exits_130_and_a_dry_run_exits_0(monkeypatch: pytest.MonkeyPatch, sandbox: RunningSandbox) -> None:
    from pionex_cli import safety
    from pionex_cli.session import Session

    def dry(*args: object) -> None:
        raise safety.DryRun()

    monkeypatch.setattr(safety, "guard", dry)
    cancel = on(sandbox, "trade", "cancel-all-orders", "BTC_USDT")
    assert cancel.code == 0 and cancel.stdout == ""

    def interrupted(self: Session) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Session, "client", interrupted)
    assert on(sandbox, "market", "depth", "BTC_USDT").code == 130


def test_help_and_usage_errors_resolve_no_profile(monkeypatch: pytest.MonkeyPatch, sandbox: RunningSandbox) -> None:
    """The profile (file, environment) is read only when a command runs: help works whatever the file holds."""
    from pionex_cli import profiles

    calls: list[str | None] = []
    resolve = profiles.resolve

    def counted(profile: str | None = None, **kw: Any) -> profiles.Profile:
        calls.append(profile)
        return resolve(profile, **kw)

    monkeypatch.setattr(profiles, "resolve", counted)
    assert run(["--profile", "main", "futures", "trade", "place-order", "--help"]).code == 0
    assert run(["market", "depth", "BTC_USDT", "--limit", "0"]).code == 2
    assert calls == []
    assert on(sandbox, "--json", "market", "depth", "BTC_USDT").code == 0
    assert calls == [None]


def test_times_are_milliseconds_or_iso_dates(sandbox: RunningSandbox) -> None:
    def klines(end: str) -> Any:
        done = on(
            sandbox, "--json", "market", "klines", "BTC_USDT", "--interval", "1D", "--end-time", end, "--limit", "3"
        )
        assert done.code == 0, done.stderr
        return json.loads(done.stdout)

    assert klines("2026-01-01") == klines("1767225600000") == klines("2026-01-01T08:00:00+08:00")
    rows = klines("2026-01-01")["klines"]
    assert len(rows) == 3 and all(k["time"] <= 1767225600000 for k in rows)
    assert run(["market", "klines", "BTC_USDT", "--interval", "1D", "--end-time", "yesterday"]).code == 2
