"""examples/futures_quickstart.py against the sandbox: a position opened and closed, and the money
adds up to the last decimal, funding included (the sandbox's clock is moved past a funding time
while the position is open)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import pionex_wrapper.auth
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, running_sandbox
from pionex_wrapper import Pionex
from tests.helpers import load_example, run_example

EIGHT_HOURS_MS = 8 * 3600 * 1000
A_FUNDING_TIME_MS = 1767254400000  # 2026-01-01 08:00:00 UTC


def test_the_script_runs_against_the_sandbox_and_the_money_adds_up() -> None:
    with running_sandbox(seed=5) as sandbox:
        # as a user runs it: the limiter on
        run = run_example("futures_quickstart", sandbox.base_url, without=("PIONEX_RATE_LIMIT",))
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    for step in ("2. Move 1000 USDT", "3. Open", "4. The position", "5. Close", "6. Does the money add up?"):
        assert step in out
    assert "-> adds up" in out and "positions left on BTC_USDT_PERP: 0" in out


class Clock:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_funding_while_the_position_is_open_is_counted_to_the_last_decimal(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(A_FUNDING_TIME_MS - 60_000)  # a minute before a funding time
    monkeypatch.setattr(pionex_wrapper.auth, "now_ms", clock)  # the client's clock is the sandbox's
    module = load_example("futures_quickstart")

    def hold() -> None:
        clock.ms = A_FUNDING_TIME_MS + 1_000  # the position is held through the funding time

    with running_sandbox(seed=5, clock=clock) as sandbox:
        with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url) as client:
            trip = module.walk_through(client, hold=hold)
            fundings = client.futures.trade.get_funding_fees(symbol="BTC_USDT_PERP").fundings
    assert len(fundings) == 1 and fundings[0].timestamp == A_FUNDING_TIME_MS
    assert trip.funding == fundings[0].funding_fee != 0
    assert trip.adds_up, (trip.wallet_after, trip.expected)
    assert trip.wallet_after == trip.wallet_before + Decimal(1000) + trip.realized - trip.fees + trip.funding
    assert trip.fees > 0 and trip.realized != 0  # the mark moved with the clock: a real profit or loss
