"""The README's Python snippets (its quickstart, and those that moved into the site) and
examples/quickstart.py run, against a local sandbox."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, running_sandbox
from tests.readme_snippets import MOVED, readme_blocks, snippets

ROOT = Path(__file__).parents[1]
SNIPPETS = snippets()


@pytest.fixture(scope="module")
def sandbox_env() -> Iterator[dict[str, str]]:
    with running_sandbox(seed=3) as sandbox:
        yield dict(
            os.environ,
            PIONEX_BASE_URL=sandbox.base_url,
            PIONEX_API_KEY=DEFAULT_API_KEY,
            PIONEX_API_SECRET=DEFAULT_API_SECRET,
        )


def test_readme_has_sync_async_futures_options_and_limits_snippets() -> None:
    # The README keeps its quickstart (the first block: examples/readme_quickstart.py); the twelve
    # others it had moved into the site, each to the page named in MOVED, and are all run here.
    assert len(readme_blocks(with_ccxt=False)) == 1 and len(MOVED) == 12
    assert len(SNIPPETS) == 13
    assert "new_order(" in SNIPPETS[0] and "Pionex()" in SNIPPETS[0]
    assert "AsyncPionex" in SNIPPETS[1]
    assert "client.futures." in SNIPPETS[2]
    assert "client.invoke(" in SNIPPETS[3] and "registry.operations()" in SNIPPETS[3]
    assert "with_raw_response" in SNIPPETS[4] and "http_client" in SNIPPETS[4]
    assert "Pionex.from_profile()" in SNIPPETS[5]
    assert 'rate_limit="fail"' in SNIPPETS[6]
    assert "RateLimiter(redis=" in SNIPPETS[7]
    assert "client.streams" in SNIPPETS[8] and "order_book" in SNIPPETS[8] and "Pionex()" in SNIPPETS[9]
    assert "client.paginate(" in SNIPPETS[10] and "PaginationError" in SNIPPETS[10]
    assert "client.rules()" in SNIPPETS[11] and ".round_price(" in SNIPPETS[11]
    assert "client.prepare(" in SNIPPETS[-1] and "PIONEX-SIGNATURE" in SNIPPETS[-1]


def live_book(env: dict[str, str], seconds: float) -> subprocess.CompletedProcess[str]:
    script = str(ROOT / "examples" / "live_book.py")
    command = [sys.executable, script, "--seconds", str(seconds)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)


def test_the_live_book_example_runs_against_the_sandbox(sandbox_env: dict[str, str]) -> None:
    run = live_book(sandbox_env, 1.5)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Live order book of BTC_USDT_PERP" in run.stdout and "spread" in run.stdout


def test_the_live_book_of_the_demo_changes_from_frame_to_frame() -> None:
    # As make demo runs it: a fresh sandbox on the system clock, whose market moves by itself.
    with running_sandbox(seed=1) as sandbox:
        run = live_book(dict(os.environ, PIONEX_BASE_URL=sandbox.base_url), 3.5)
    assert run.returncode == 0, run.stdout + run.stderr
    frames = [frame.strip() for frame in run.stdout.split("\n\n") if "bid size" in frame]
    assert len(frames) >= 3, run.stdout
    assert all(later != earlier for earlier, later in itertools.pairwise(frames)), run.stdout


@pytest.mark.parametrize("index", range(len(SNIPPETS)))
def test_readme_snippet_runs(index: int, sandbox_env: dict[str, str], tmp_path: Path) -> None:
    script = tmp_path / f"snippet_{index}.py"
    script.write_text(SNIPPETS[index], encoding="utf-8")
    env = {key: value for key, value in sandbox_env.items() if key != "PIONEX_RATE_LIMIT"}  # as a user runs it
    # A profile file of the test's own (Pionex.from_profile): never the developer's ~/.pionex.
    profiles = tmp_path / "config.toml"
    profiles.write_text(
        'default_profile = "sandbox"\n[profiles.sandbox]\n'
        f'api_key = "{DEFAULT_API_KEY}"\nsecret_key = "{DEFAULT_API_SECRET}"\nbase_url = "{env["PIONEX_BASE_URL"]}"\n'
    )
    env["PIONEX_CONFIG"] = str(profiles)
    run = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 0, run.stderr
    assert "refused" not in run.stdout, run.stdout
    if 'rate_limit="fail"' in SNIPPETS[index]:
        assert "held back for" in run.stdout, run.stdout


def test_quickstart_walks_through_against_the_sandbox(sandbox_env: dict[str, str]) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        env=sandbox_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    assert "a local endpoint" in out
    for step in (
        "1. Trading rules",
        "3. Order book",
        "5. LIMIT buy",
        "6. Open orders",
        "7. Cancel it",
        "8. MARKET buy",
    ):
        assert step in out
    assert "is now CLOSED" in out and "fill #" in out and out.rstrip().endswith("Done.")


def test_quickstart_fails_cleanly_when_the_server_is_unreachable() -> None:
    """A connection failure ends with one clear line, not a traceback."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIONEX_")}
    env["PIONEX_BASE_URL"] = "http://127.0.0.1:9"  # nothing listens on the discard port
    run = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "Request failed" in run.stderr
