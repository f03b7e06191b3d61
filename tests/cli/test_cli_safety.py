"""``pionex_cli.safety.guard`` against the sandbox: read-only profiles, the withdrawal flag, the dry
run (the exact request, nothing sent, secrets never shown) and the confirmation on a terminal."""

from __future__ import annotations

import hmac
import json
import os
import pty
import select
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import click
import pytest
from click.testing import CliRunner

from pionex_cli import safety
from pionex_cli.profiles import Profile
from pionex_cli.session import Session
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, RunningSandbox, Spot, create_app, running_sandbox
from pionex_wrapper import InvalidParameterError, Pionex, PreparedRequest, registry, sign, signing_payload

ORDER = {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "price": "60000", "size": "0.01"}
NEW_ORDER = registry.operation("newOrder")
CANCEL = registry.operation("cancelOrder")
WITHDRAW = registry.operation("instFundCreateWithdraw")


class Sandbox:
    """A running sandbox and every HTTP request it received."""

    def __init__(self, running: RunningSandbox, seen: list[tuple[str, str]]) -> None:
        self.running = running
        self.seen = seen

    @property
    def base_url(self) -> str:
        return self.running.base_url

    def orders(self) -> dict[Any, Any]:
        return self.running.sandbox.engine(Spot).orders  # type: ignore[no-any-return]

    def last_price(self, symbol: str) -> Decimal:
        return self.running.sandbox.markets[symbol].last_price()  # type: ignore[no-any-return]

    def private_requests(self) -> list[tuple[str, str]]:
        return [(method, path) for method, path in self.seen if "/market/" not in path and "/common/" not in path]


class Seen:
    """ASGI middleware noting each request's method and path."""

    def __init__(self, app: Any, log: list[tuple[str, str]]) -> None:
        self.app = app
        self.log = log

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.log.append((scope["method"], scope["path"]))
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    app = create_app(moving_market=False)  # the last price holds still between the guard and the test
    seen: list[tuple[str, str]] = []
    app.add_middleware(Seen, log=seen)
    with running_sandbox(app=app) as running:
        yield Sandbox(running, seen)


@pytest.fixture
def fresh(sandbox: Sandbox) -> Sandbox:
    sandbox.seen.clear()
    sandbox.orders().clear()
    return sandbox


def session(sandbox: Sandbox, *, read_only: bool = False, **options: Any) -> Session:
    profile = Profile("main", DEFAULT_API_KEY, DEFAULT_API_SECRET, sandbox.base_url, read_only=read_only)
    return Session(profile, **options)


def assert_no_secret(text: str, *signatures: str) -> None:
    for secret in (DEFAULT_API_KEY, DEFAULT_API_SECRET, *signatures):
        assert secret not in text


# -- refusals before anything is sent ------------------------------------------------------------


@pytest.mark.parametrize("options", [{}, {"yes": True}, {"dry_run": True}, {"interactive": True}])
def test_read_only_profile_refuses_every_write_before_sending(fresh: Sandbox, options: dict[str, Any]) -> None:
    with pytest.raises(safety.Refused, match=r"pionex trade new-order is a write and profile 'main' is read-only"):
        safety.guard(session(fresh, read_only=True, **options), NEW_ORDER, ORDER)
    with pytest.raises(safety.Refused, match="read-only"):
        safety.guard(session(fresh, read_only=True, **options), CANCEL, {"symbol": "BTC_USDT", "orderId": 1})
    assert fresh.seen == [] and fresh.orders() == {}


@pytest.mark.parametrize("options", [{"yes": True}, {"dry_run": True}, {"yes": True, "interactive": True}])
def test_withdrawal_needs_its_own_flag(fresh: Sandbox, options: dict[str, Any]) -> None:
    with pytest.raises(safety.Refused, match="--allow-withdrawal"):
        safety.guard(session(fresh, **options), WITHDRAW, {"coin": "USDT", "amount": "10"})
    assert fresh.seen == []
    # The flag lifts that refusal only: the other checks still apply.
    with pytest.raises(safety.Refused, match="--yes"):
        safety.guard(session(fresh, allow_withdrawal=True), WITHDRAW, {"coin": "USDT", "amount": "10"})
    assert safety.guard(session(fresh, allow_withdrawal=True, yes=True), WITHDRAW, {"coin": "USDT"}) is None
    assert fresh.seen == []


def test_without_a_terminal_a_write_needs_yes(fresh: Sandbox) -> None:
    with pytest.raises(safety.Refused, match="not a terminal: pass --yes"):
        safety.guard(session(fresh), NEW_ORDER, ORDER)
    assert safety.guard(session(fresh, yes=True), NEW_ORDER, ORDER) is None
    assert fresh.seen == [] and fresh.orders() == {}


# -- the dry run ---------------------------------------------------------------------------------


def spy_prepare(monkeypatch: pytest.MonkeyPatch) -> list[PreparedRequest]:
    made: list[PreparedRequest] = []
    original = Pionex.prepare

    def prepare(self: Pionex, operation_id: str, /, arguments: Any = None) -> PreparedRequest:
        made.append(original(self, operation_id, arguments))
        return made[-1]

    monkeypatch.setattr(Pionex, "prepare", prepare)
    return made


def test_dry_run_prints_the_exact_signed_request_and_sends_nothing(
    fresh: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    made = spy_prepare(monkeypatch)
    with pytest.raises(safety.DryRun):
        safety.guard(session(fresh, dry_run=True, interactive=True), NEW_ORDER, ORDER)
    out, err = capsys.readouterr()
    assert fresh.seen == [] and fresh.orders() == {}
    (prepared,) = made
    assert prepared.signature is not None
    lines = out.splitlines()
    assert lines[0] == "Dry run of pionex trade new-order (write): nothing was sent."
    method, url = lines[2].split(" ")
    assert (method, urlsplit(url).path) == ("POST", "/api/v1/trade/order")
    assert f"{fresh.base_url}/api/v1/trade/order?timestamp=" in url
    body = next(line for line in lines if line.startswith("{"))
    assert json.loads(body) == {**ORDER, "clientOrderId": prepared.arguments["client_order_id"]}
    assert f"PIONEX-KEY: {DEFAULT_API_KEY[:3]}...{DEFAULT_API_KEY[-3:]}" in lines
    assert "PIONEX-SIGNATURE: <redacted>" in lines
    assert f"Content-Length: {len(body.encode())}" in lines
    # What was printed is what was signed: the signature recomputed from the printed method, URL
    # and body with the sandbox's (fake) secret is the one the client made.
    query = urlsplit(url).query
    payload = signing_payload(method, urlsplit(url).path, parse_qsl(query), body.encode())
    assert hmac.compare_digest(sign(DEFAULT_API_SECRET, payload), prepared.signature)
    assert "Checks passed:" in lines
    assert "  requires: when type=LIMIT, size given, price given, amount not given" in lines
    assert "  market rules: not loaded by the client (the exchange checks them)" in lines
    assert_no_secret(out + err, prepared.signature)


def test_dry_run_shows_the_pair_rules_once_loaded_and_json(
    fresh: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    made = spy_prepare(monkeypatch)
    dry = session(fresh, dry_run=True, output="json")
    rules = dry.client().rules()["BTC_USDT"]
    fresh.seen.clear()
    with pytest.raises(safety.DryRun):
        safety.guard(dry, NEW_ORDER, ORDER)
    out, err = capsys.readouterr()
    shown = json.loads(out)
    assert fresh.seen == [] and fresh.orders() == {}
    assert shown["sent"] is False and shown["method"] == "POST" and shown["effect"] == "write"
    assert shown["url"] == made[0].url and shown["body"].encode() == made[0].body
    assert shown["headers"]["PIONEX-SIGNATURE"] == "<redacted>"
    assert f"market rules of BTC_USDT: price step {rules.price_step}" in shown["checks"][-1]
    assert f"minimum order value {rules.min_notional} USDT" in shown["checks"][-1]
    assert_no_secret(out + err, str(made[0].signature))


def test_dry_run_refuses_a_bad_argument_before_anything(fresh: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    dry = session(fresh, dry_run=True)
    dry.client().rules()
    fresh.seen.clear()
    with pytest.raises(InvalidParameterError, match="price"):
        safety.guard(dry, NEW_ORDER, {**ORDER, "price": "60000.001"})
    assert capsys.readouterr().out == ""
    assert fresh.seen == []


# -- the confirmation ----------------------------------------------------------------------------


def expected_summary(sandbox: Sandbox) -> list[str]:
    last = sandbox.last_price("BTC_USDT")
    price, size = Decimal(ORDER["price"]), Decimal(ORDER["size"])
    percent = (abs(price - last) * 100 / last).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    side = "below" if price < last else "above"
    sign_ = "" if price < last else "+"
    return [
        "  pair     BTC_USDT",
        "  side     BUY",
        "  type     LIMIT",
        "  size     0.01 BTC",
        "  price    60000 USDT",
        f"  notional {price * size} USDT",
        f"  distance {percent}% {side} the last price {last} ({sign_}{price - last} USDT)",
    ]


def guarded(guard_session: Session, operation: Any = NEW_ORDER, arguments: Any = ORDER) -> click.Command:
    @click.command()
    def command() -> None:
        safety.guard(guard_session, operation, arguments)
        click.echo("SENT")

    return command


@pytest.mark.parametrize(("answer", "sent"), [("y\n", True), ("n\n", False), ("\n", False), ("", False)])
def test_confirmation_asks_with_a_plain_summary(fresh: Sandbox, answer: str, sent: bool) -> None:
    result = CliRunner().invoke(guarded(session(fresh, interactive=True)), input=answer)
    assert "Send it? [y/N]" in result.stderr
    summary = result.stderr.splitlines()
    assert summary[0] == f"pionex trade new-order: a write on profile 'main' at {fresh.base_url}/api/v1/trade/order"
    assert summary[2:9] == expected_summary(fresh)
    if sent:
        assert result.exit_code == 0 and result.stdout == "SENT\n"
    else:
        assert (
            isinstance(result.exception, safety.Refused) and str(result.exception) == "not confirmed: nothing was sent"
        )
    # One public read (the last price); nothing private, no order.
    assert fresh.private_requests() == [] and fresh.orders() == {}
    assert [path for _, path in fresh.seen] == ["/api/v1/market/tickers"]
    assert_no_secret(result.output + result.stderr)


def test_confirmation_of_other_writes_shows_the_arguments(fresh: Sandbox) -> None:
    arguments = {"symbol": "BTC_USDT", "orderId": 42}
    result = CliRunner().invoke(guarded(session(fresh, interactive=True), CANCEL, arguments), input="n\n")
    assert result.stderr.splitlines()[:4] == [
        f"pionex trade cancel-order: a destructive change on profile 'main' at {fresh.base_url}/api/v1/trade/order",
        f"  {CANCEL.summary}",
        "  symbol = BTC_USDT",
        "  orderId = 42",
    ]
    assert isinstance(result.exception, safety.Refused)
    assert fresh.seen == []


def test_summary_without_a_last_price(fresh: Sandbox) -> None:
    # A pair the sandbox does not list: the client (without market rules) lets it through to the
    # question, and the ticker read fails; the summary says so and still gives the notional.
    order = {**ORDER, "symbol": "NOPE_USDT"}
    result = CliRunner().invoke(guarded(session(fresh, interactive=True), NEW_ORDER, order), input="n\n")
    lines = result.stderr.splitlines()
    assert "  notional 600.00 USDT" in lines and "  size     0.01 NOPE" in lines
    assert "  (the last price could not be read)" in lines
    assert not any(line.startswith("  distance") for line in lines)
    assert isinstance(result.exception, safety.Refused) and fresh.orders() == {}


def test_ctrl_c_at_the_prompt_is_an_interruption(fresh: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(prompt: str) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(click.termui, "visible_prompt_func", interrupted)
    with pytest.raises(KeyboardInterrupt):
        safety.guard(session(fresh, interactive=True), NEW_ORDER, ORDER)
    assert fresh.private_requests() == [] and fresh.orders() == {}


def test_bad_argument_is_refused_before_the_question(fresh: Sandbox) -> None:
    result = CliRunner().invoke(guarded(session(fresh, interactive=True)), input="y\n", args=[])
    assert result.exit_code == 0  # sanity: the same command with good arguments goes through
    bad = guarded(session(fresh, interactive=True), NEW_ORDER, {**ORDER, "side": "SIDEWAYS"})
    result = CliRunner().invoke(bad, input="y\n")
    assert isinstance(result.exception, InvalidParameterError)
    assert "Send it?" not in result.stderr


SCRIPT = textwrap.dedent(
    """
    import sys
    from pionex_cli import safety
    from pionex_cli.profiles import Profile
    from pionex_cli.session import Session
    from pionex_wrapper import registry

    base_url, key, secret = sys.argv[1:]
    order = {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "price": "60000", "size": "0.01"}
    session = Session(Profile("main", key, secret, base_url), interactive=sys.stdin.isatty() and sys.stdout.isatty())
    operation = registry.operation("newOrder")
    try:
        safety.guard(session, operation, order)
    except safety.Refused as refused:
        print("REFUSED:", refused)
    else:
        print("PLACED:", session.client().invoke(operation.operation_id, order).order_id)
    """
)


def on_a_terminal(sandbox: Sandbox, answer: bytes, tmp_path: Path) -> str:
    """Runs the guard then the order in a process whose terminal is a pseudo-terminal; its output."""
    script = tmp_path / "guarded.py"
    script.write_text(SCRIPT)
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    process = subprocess.Popen(
        [sys.executable, str(script), sandbox.base_url, DEFAULT_API_KEY, DEFAULT_API_SECRET],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    output = b""
    answered = False
    try:
        while select.select([leader], [], [], 60)[0]:  # a safety net against a hang, not a timing
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the follower side closed: the process ended
                break
            if not chunk:
                break
            output += chunk
            if not answered and b"Send it? [y/N]" in output:
                os.write(leader, answer)
                answered = True
    finally:
        os.close(leader)
        if process.poll() is None:
            process.kill()
        process.wait(timeout=60)
    return output.decode().replace("\r\n", "\n")


@pytest.mark.parametrize(("answer", "placed"), [(b"y\n", True), (b"n\n", False)])
def test_the_prompt_on_a_pseudo_terminal(fresh: Sandbox, tmp_path: Path, answer: bytes, placed: bool) -> None:
    output = on_a_terminal(fresh, answer, tmp_path)
    for line in expected_summary(fresh):
        assert line + "\n" in output
    assert "Send it? [y/N]" in output
    if placed:
        assert "PLACED:" in output
        assert len(fresh.orders()) == 1
    else:
        assert "REFUSED: not confirmed: nothing was sent" in output
        assert fresh.orders() == {} and fresh.private_requests() == []
    assert_no_secret(output)
