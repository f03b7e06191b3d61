"""What the command-line tests share: a sandbox, an isolated home, and running ``pionex`` in-process."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from pionex_cli.app import main
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, RunningSandbox, running_sandbox


@dataclass
class Ran:
    code: int
    stdout: str
    stderr: str


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never the real ~/.pionex, never credentials from the environment."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PIONEX_CONFIG", str(tmp_path / "config.toml"))
    for name in ("PIONEX_API_KEY", "PIONEX_API_SECRET", "PIONEX_BASE_URL", "PIONEX_SANDBOX_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with running_sandbox(seed=5, moving_market=False) as running:  # replies depend on the inputs only
        yield running


def run(args: list[str], stdin: str | None = None) -> Ran:
    """``pionex *args`` through :func:`main` (the exit codes as a shell sees them), output captured."""
    runner = CliRunner()
    with runner.isolation(input=stdin) as streams:
        code = main(args)
    out, err = streams[0], streams[1]
    return Ran(code, out.getvalue().decode(), err.getvalue().decode())


def on(sandbox: RunningSandbox, *args: str, stdin: str | None = None) -> Ran:
    """``pionex`` against ``sandbox`` with its fake keys."""
    base = ["--base-url", sandbox.base_url, "--api-key", DEFAULT_API_KEY, "--api-secret", DEFAULT_API_SECRET]
    return run([*base, *args], stdin)
