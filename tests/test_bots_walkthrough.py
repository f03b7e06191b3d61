"""examples/bots_walkthrough.py against the sandbox: a spot grid and a neutral futures grid run for a
day of the sandbox's time, and the money adds up to the last decimal (as ``make demo`` runs it)."""

from __future__ import annotations

from decimal import Decimal

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, running_sandbox, sandbox_of
from pionex_sandbox.bots import Bots, SpotGrid
from pionex_wrapper import Pionex
from tests.helpers import load_example, run_example


def test_the_script_runs_against_a_time_travelling_sandbox_and_both_grids_add_up() -> None:
    with running_sandbox(seed=1, time_travel=True) as sandbox:
        run = run_example("bots_walkthrough", sandbox.base_url)
        problems = sandbox_of(sandbox.app).audit()
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count("-> adds up") == 2 and "DOES NOT ADD UP" not in run.stdout
    for step in ("Checked a 20-level grid", "Took", "Cancelled with TO_QUOTE", "neutral 30-level grid at 5x"):
        assert step in run.stdout
    assert problems == []


def test_without_time_travel_the_script_stops_before_doing_anything() -> None:
    with running_sandbox(seed=1) as sandbox:
        run = run_example("bots_walkthrough", sandbox.base_url)
        bots = sandbox_of(sandbox.app).engine(Bots).bots
    assert run.returncode == 2 and "time travel" in run.stderr and bots == {}


def test_the_figures_are_the_exchanges_and_the_day_earned_grid_profit() -> None:
    module = load_example("bots_walkthrough")
    with running_sandbox(seed=3, time_travel=True) as sandbox:
        advance = module.sandbox_clock(sandbox.base_url)
        assert advance is not None
        with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url) as client:
            spot = module.spot_grid(client, advance, say=lambda line: None)
            futures = module.futures_grid(client, advance, say=lambda line: None)
        engine = sandbox_of(sandbox.app).engine(Bots)
        assert sandbox_of(sandbox.app).audit() == []
    assert spot.adds_up and futures.adds_up
    assert spot.grid_profit > 0 and spot.fees > 0 and spot.withdrawn > 0
    assert spot.usdt_after - spot.usdt_before == spot.grid_profit + spot.floating
    assert spot.btc_after == spot.btc_before
    (spot_bot,) = [bot for bot in engine.bots.values() if isinstance(bot, SpotGrid)]
    assert spot_bot.grid_profit == spot.grid_profit  # what the exchange reported is the engine's own figure
    assert futures.invested == Decimal(1000) and futures.wallet_after - futures.wallet_before == futures.profit
