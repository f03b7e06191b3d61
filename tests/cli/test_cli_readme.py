"""The command-line examples the README had (now in the site's command-line guide, under "In full")
run against the sandbox and succeed."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from pionex_sandbox import RunningSandbox

from .conftest import run

GUIDE = (Path(__file__).resolve().parents[2] / "docs" / "guides" / "cli.md").read_text(encoding="utf-8")
SECTION = GUIDE.split("\n## In full\n", 1)[1].split("\n## ", 1)[0]
EXAMPLES = [
    line.removeprefix("$ ")
    for block in re.findall(r"```console\n(.*?)```", SECTION, re.DOTALL)
    for line in block.splitlines()
    if line.startswith("$ pionex ")
]


def test_the_section_has_examples_of_reads_a_write_and_a_nested_body() -> None:
    assert len(EXAMPLES) >= 5
    assert any("new-order" in e and " -y " in e for e in EXAMPLES)
    assert any("--bu-order-data" in e for e in EXAMPLES)
    assert all(e.startswith("pionex --sandbox ") for e in EXAMPLES)


def test_every_example_runs_against_the_sandbox(sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIONEX_SANDBOX_URL", sandbox.base_url)
    outputs = []
    for example in EXAMPLES:
        done = run(shlex.split(example)[1:])
        assert done.code == 0, f"{example}\n{done.stderr}"
        assert done.stdout.strip(), example
        outputs.append(done.stdout)
    # not a terminal: JSON unless --csv; the order placed is listed by the example after it
    placed = EXAMPLES.index(next(e for e in EXAMPLES if "new-order" in e))
    order_id = json.loads(outputs[placed])["orderId"]
    assert order_id in [o["orderId"] for o in json.loads(outputs[placed + 1])["orders"]]
