"""examples/earn_walkthrough.py against the sandbox: a dual investment run past its expiry and
collected, a term-arbitrage stake earning for three days, the wallet overview before, during and
after; the money adds up to the last decimal (as ``make demo`` runs it)."""

from __future__ import annotations

from decimal import Decimal

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, running_sandbox, sandbox_clock, sandbox_of
from pionex_sandbox.earn.arbitrage import Arbitrage
from pionex_sandbox.earn.dual.engine import Dual
from pionex_wrapper import Pionex
from tests.helpers import load_example, run_example
from tests.sandbox.bot_support import assert_conserved, money


def test_the_script_runs_against_a_time_travelling_sandbox_and_both_products_add_up() -> None:
    with running_sandbox(seed=1, time_travel=True) as sandbox:
        run = run_example("earn_walkthrough", sandbox.base_url)
        problems = sandbox_of(sandbox.app).audit()
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count("-> adds up") == 2 and "DOES NOT ADD UP" not in run.stdout
    for step in ("index", "yield just before investing", "Moved past the expiry", "Delivery price of", "Collected"):
        assert step in run.stdout
    for moment in ("before", "while invested", "while staked", "after"):
        assert f"balancesFull {moment}:" in run.stdout
    assert "     dual " in run.stdout and "     arbitrage " in run.stdout  # the overview's earn categories
    assert problems == []


def test_without_time_travel_the_script_stops_before_doing_anything() -> None:
    with running_sandbox(seed=1) as sandbox:
        run = run_example("earn_walkthrough", sandbox.base_url)
        dual = sandbox_of(sandbox.app).engine(Dual).investments
        stakes = sandbox_of(sandbox.app).engine(Arbitrage).stakes
    assert run.returncode == 2 and "time travel" in run.stderr and dual == {} and stakes == []


def test_the_figures_are_the_exchanges_and_the_money_is_conserved() -> None:
    module = load_example("earn_walkthrough")
    paid_in = set()
    for seed in (3, 4):  # two index paths: the first ends below the strike, the second above it
        with running_sandbox(seed=seed, time_travel=True) as sandbox:
            advance = sandbox_clock(sandbox.base_url)
            assert advance is not None
            state = sandbox_of(sandbox.app)
            before = money(state, DEFAULT_API_KEY)
            with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url) as client:
                dual = module.dual_investment(client, advance, say=lambda line: None)
                arbitrage = module.term_arbitrage(client, advance, say=lambda line: None)
            changes = assert_conserved(state, DEFAULT_API_KEY, before)  # only interest and conversion moved money
            (investment,) = state.engine(Dual).investments[DEFAULT_API_KEY].values()
            (stake,) = state.engine(Arbitrage).stakes
        assert dual.adds_up and arbitrage.adds_up
        # What the script computed from the replies is the engine's own settlement, to the last digit.
        assert investment.settlement == "COLLECTED" and investment.delivery == dual.delivery
        assert investment.payout_coin == dual.paid_coin and investment.payout == dual.expected
        assert investment.interest > 0 and investment.amount == dual.invested == Decimal(1000)
        assert (dual.paid_coin == "USDT") == (dual.delivery < dual.strike)  # Pionex's documented rule
        paid_in.add(dual.paid_coin)
        # The account's money moved by exactly the yield, the conversion and the stake's interest.
        usdt_moved = dual.usdt_change + arbitrage.usdt_change
        assert changes.get("USDT", Decimal(0)) == usdt_moved
        assert changes.get("BTC", Decimal(0)) == dual.btc_change
        assert arbitrage.interest == stake.funds.market_flow("USDT") == Decimal("0.69863013")  # 3 x 1000 x 0.085 / 365
    assert paid_in == {"USDT", "BTC"}  # both ways of settling were walked through
