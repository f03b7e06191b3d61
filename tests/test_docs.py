"""The documentation site: every code block of docs/**/*.md runs (Python against a sandbox, the command
line's examples through ``pionex``), none is left untagged, the generated API reference lists every
operation of the registry with its parameters and reply fields, and the site builds with no warning."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, running_sandbox
from pionex_wrapper import registry

ROOT = Path(__file__).parents[1]
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT / "openapi"))
import build_docs

sys.path.remove(str(ROOT / "openapi"))

FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```(?P<tag>[^\n`]*)\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.DOTALL | re.MULTILINE
)
PAGES = sorted(p for p in DOCS.rglob("*.md") if "reference" not in p.relative_to(DOCS).parts)
RUN = {"python"}
"""Blocks of these languages run here; ``console`` blocks run their ``$ pionex --sandbox`` lines."""
SHOWN = {"sh", "console", "text", "toml", "json"}
"""Blocks that are shown, not run (commands that start servers or change the shell, output samples)."""


def blocks() -> list[tuple[str, str, str]]:
    """(page, language tag, body) of every fenced block of the hand-written pages, in order."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            body = "\n".join(line.removeprefix(match["indent"]) for line in match["body"].splitlines())
            found.append((str(page.relative_to(DOCS)), match["tag"].strip(), body + "\n"))
    return found


BLOCKS = blocks()
PYTHON = [(page, body) for page, tag, body in BLOCKS if tag == "python"]
COMMANDS = [
    (page, line.removeprefix("$ "))
    for page, tag, body in BLOCKS
    if tag == "console"
    for line in body.splitlines()
    if line.startswith("$ pionex ")
]


def test_every_block_has_a_language_the_tests_know() -> None:
    """An untagged block would be skipped silently: every block says what it is."""
    assert len(PAGES) >= 13, PAGES
    untagged = [(page, body[:60]) for page, tag, body in BLOCKS if tag not in RUN | SHOWN]
    assert not untagged, f"tag these blocks (python runs; {sorted(SHOWN)} are shown only): {untagged}"
    fences = sum(len(re.findall(r"^[ \t]*```", p.read_text(encoding="utf-8"), re.MULTILINE)) for p in PAGES)
    assert fences == 2 * len(BLOCKS), "a fence the block pattern did not read (unbalanced or odd)"
    assert len(PYTHON) >= 15 and len(COMMANDS) >= 5


@pytest.fixture(scope="module")
def sandbox_env() -> Iterator[dict[str, str]]:
    with running_sandbox(seed=3, time_travel=True) as sandbox:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIONEX_")}
        yield dict(
            env,
            PIONEX_BASE_URL=sandbox.base_url,
            PIONEX_API_KEY=DEFAULT_API_KEY,
            PIONEX_API_SECRET=DEFAULT_API_SECRET,
            PIONEX_SANDBOX_URL=sandbox.base_url,
        )


@pytest.mark.parametrize(("page", "body"), PYTHON, ids=[f"{p}-{i}" for i, (p, _) in enumerate(PYTHON)])
def test_python_block_runs_against_the_sandbox(
    page: str, body: str, sandbox_env: dict[str, str], tmp_path: Path
) -> None:
    script = tmp_path / "block.py"
    script.write_text(body, encoding="utf-8")
    env = dict(sandbox_env)
    # A profile file of the test's own (Pionex.from_profile): never the developer's ~/.pionex.
    profiles = tmp_path / "config.toml"
    profiles.write_text(
        'default_profile = "sandbox"\n[profiles.sandbox]\n'
        f'api_key = "{DEFAULT_API_KEY}"\nsecret_key = "{DEFAULT_API_SECRET}"\nbase_url = "{env["PIONEX_BASE_URL"]}"\n'
    )
    env["PIONEX_CONFIG"] = str(profiles)
    run = subprocess.run(
        [sys.executable, str(script)], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=90, check=False
    )
    assert run.returncode == 0, f"{page}:\n{body}\n{run.stdout}\n{run.stderr}"
    assert run.stdout.strip(), f"{page}: the block printed nothing\n{body}"
    assert "refused:" not in run.stdout, run.stdout


def test_command_line_examples_run_against_the_sandbox(sandbox_env: dict[str, str], tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pionex_cli.app import main

    env = dict(sandbox_env, HOME=str(tmp_path), PIONEX_CONFIG=str(tmp_path / "config.toml"))
    for name in ("PIONEX_API_KEY", "PIONEX_API_SECRET", "PIONEX_BASE_URL"):
        env.pop(name)
    for page, command in COMMANDS:
        words = shlex.split(command)
        assert words[:2] == ["pionex", "--sandbox"], f"{page}: {command} (examples run against the sandbox)"
        runner = CliRunner()
        with runner.isolation(env=env) as streams:
            code = main(words[1:])
        out, err = streams[0].getvalue().decode(), streams[1].getvalue().decode()
        assert code == 0, f"{page}: {command}\n{out}\n{err}"
        assert out.strip(), f"{page}: {command} printed nothing"


# ---------------------------------------------------------------------------------------------------------
# The API reference


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("reference")
    (out / "stale.md").write_text("# an area that is gone\n")
    written = build_docs.write(out)
    assert not (out / "stale.md").exists()
    assert {p.name for p in out.glob("*.md")} == set(written)
    return {name: (out / name).read_text(encoding="utf-8") for name in written}


def _names(params: Any, prefix: str = "") -> Iterator[str]:
    for param in params:
        yield prefix + param.name
        if param.fields is not None:
            yield from _names(param.fields, f"{prefix}{param.name}.")
        if param.items is not None:
            yield from _names(param.items, f"{prefix}{param.name}[].")


def _fields(fields: Any, prefix: str = "") -> Iterator[str]:
    for field in fields:
        yield prefix + field.name
        yield from _fields(field.fields, f"{prefix}{field.name}{'[].' if field.kind == 'array' else '.'}")


def _section(page: str, operation_id: str) -> str:
    start = page.index(f"{{#{operation_id}}}")
    end = page.find("\n## ", start)
    return page[start : end if end != -1 else len(page)]


def test_the_reference_has_every_operation_with_its_parameters_reply_and_errors(reference: dict[str, str]) -> None:
    operations = registry.operations()
    areas = {op.area or op.tag for op in operations}
    assert set(reference) == {"index.md"} | {f"{area}.md" for area in areas}
    for op in operations:
        area = op.area or op.tag
        section = _section(reference[f"{area}.md"], op.operation_id)
        assert f"`client.{area}.{op.name}(" in section
        assert f'`client.invoke("{op.operation_id}"' in section
        assert f"`pionex {op.command}`" in section and f"`{op.tool_name}`" in section
        assert f"`{op.method.upper()} {op.path}`" in section
        assert f"| weight | {op.weight} |" in section and f"| effect | `{op.effect}` |" in section
        assert (f"`{op.permission}`" if op.permission else "none (public)") in section
        rows = re.findall(r"^\| `([^`]+)` \| `([^`]+)` \|", section, re.MULTILINE)
        params = section.split("### Parameters", 1)[1].split("### Reply", 1)[0]
        param_rows = re.findall(r"^\| `([^`]+)` \| `([^`]+)` \|", params, re.MULTILINE)
        assert [name for name, _ in param_rows] == list(_names(op.params)), op.operation_id
        for param in op.params:
            assert f"`{param.wire}`" in params
            if param.enum is not None:
                assert all(f"`{v}`" in params for v in param.enum)
        reply = section.split("### Reply", 1)[1].split("### Errors", 1)[0]
        reply_rows = re.findall(r"^\| `([^`]+)` \| `([^`]+)` \|", reply, re.MULTILINE)
        assert [name for name, _ in reply_rows] == list(_fields(op.reply)), op.operation_id
        if op.data_type is not None:
            assert f"### Reply: `{op.data_type.__name__}`" in section
        errors = section.split("### Errors", 1)[1]
        assert all(f"`{code}`" in errors for code in op.errors), op.operation_id
        assert rows  # the call table's rows at least
        assert f"#{op.operation_id})" in reference["index.md"]
    assert f"{len(operations)} in {len(areas)} areas" in reference["index.md"]


def test_reference_rows_keep_their_columns(reference: dict[str, str]) -> None:
    """A pipe inside a description must not split a table cell (Python-Markdown drops extra cells silently)."""
    for name, text in reference.items():
        width = 0
        for line in text.splitlines():
            if not line.startswith("|"):
                width = 0
                continue
            unescaped = re.sub(r"`[^`]*`", "", line.replace("\\|", ""))
            cells = unescaped.count("|") - 1
            width = width or cells
            assert cells == width, f"{name}: {line}"


def test_a_new_operation_reaches_the_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is written per operation: a registry with one more operation gives a page with it."""
    from pionex_wrapper.record import replace

    original = registry.operations()
    template = registry.operation("getMarketDepth")
    added = replace(template, operation_id="getMarketImaginary", name="get_imaginary", summary="New")
    monkeypatch.setattr(registry, "operations", lambda: (*original, added))
    pages = build_docs.pages()
    section = _section(pages["market.md"], "getMarketImaginary")
    assert "`client.market.get_imaginary(symbol=...)`" in section and "**New.**" in section


# ---------------------------------------------------------------------------------------------------------
# The site


@pytest.mark.skipif(
    shutil.which("mkdocs", path=str(Path(sys.executable).parent)) is None and not os.environ.get("CI"),
    reason="mkdocs not installed (the docs extra; installed in dev, and required in CI)",
)
def test_the_site_builds_with_no_warning(tmp_path: Path) -> None:
    """``make docs`` as CI runs it (``mkdocs build --strict``), into a folder of the test's own; the
    reference is written into docs/reference/ as make docs does."""
    mkdocs = Path(sys.executable).parent / "mkdocs"
    run = subprocess.run(
        [str(mkdocs), "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "WARNING" not in run.stderr, run.stderr
    site = tmp_path / "site"
    assert (site / "reference" / "futures.trade" / "index.html").is_file()
    assert (site / "guides" / "spot" / "index.html").is_file() and (site / "benchmarks" / "index.html").is_file()
    html = (site / "reference" / "futures.trade" / "index.html").read_text(encoding="utf-8")
    assert 'id="futuresPlaceOrder"' in html
