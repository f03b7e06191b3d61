"""What the README (and the site's pages, where a claim moves there) says about the code, checked
against the code: the errors a new user found by following it stay fixed."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pionex_wrapper
from pionex_wrapper import decoding
from pionex_wrapper.auth import MIN_CREDENTIAL_LENGTH

ROOT = Path(__file__).parents[1]
PAGES = {
    path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
}


def claims(pattern: str) -> list[tuple[str, re.Match[str]]]:
    return [(name, match) for name, text in PAGES.items() for match in re.finditer(pattern, text)]


def test_every_code_fence_of_the_readme_names_its_language() -> None:
    """An untagged block is skipped by test_readme.py without anyone noticing (the Redis example was)."""
    text = PAGES["README.md"]
    fences = re.findall(r"^ *```(.*)$", text, re.MULTILINE)
    assert len(fences) % 2 == 0 and fences
    openings = fences[0::2]
    assert all(fence.strip() for fence in openings), [i for i, fence in enumerate(openings) if not fence.strip()]
    assert not any(fence.strip() for fence in fences[1::2])  # closings are bare


def test_the_sandbox_credentials_shown_are_ones_the_client_accepts() -> None:
    found = claims(r"--api-key[ =](\S+)\s+--api-secret[ =](\S+)")
    sandbox = [(name, m) for name, m in found if "pionex_sandbox" in PAGES[name][m.start() - 200 : m.start()]]
    assert sandbox, "the README shows how to start the sandbox with keys of one's own"
    for name, match in sandbox:
        key, secret = match.groups()
        assert len(key) >= MIN_CREDENTIAL_LENGTH and len(secret) >= MIN_CREDENTIAL_LENGTH, (name, match.group())


def test_the_type_given_for_an_unknown_enum_value_is_the_declared_one() -> None:
    found = claims(r"the type is `(OrderStatus[^`]*)`")
    assert found
    # What mypy and pyright see: the model's annotation under TYPE_CHECKING (at run time it is a str).
    source = inspect.getsource(pionex_wrapper.Order)
    (declared,) = re.findall(r"if TYPE_CHECKING:\n\s+status: ([^=\n]+?) = None", source)
    for name, match in found:
        assert match.group(1).replace("\\|", "|") == declared, (name, match.group(1), declared)


def test_the_logger_named_for_unreadable_list_items_is_the_one_that_warns() -> None:
    found = claims(r"WARNING line[^|]*? on the `([\w.]+)` logger")
    assert found
    for name, match in found:
        assert match.group(1) == decoding.logger.name, (name, match.group(1))


def test_the_readme_links_to_files_that_exist_and_to_every_guide() -> None:
    """The README is the front page: its links lead into the site, and every guide is reachable from it."""
    text = PAGES["README.md"]
    targets = [t for t in re.findall(r"\]\(([^)\s]+)\)", text) if not re.match(r"[a-z]+:|#", t)]
    assert targets
    missing = [t for t in targets if not (ROOT / t.split("#", 1)[0]).is_file()]
    assert not missing, missing
    guides = {p.relative_to(ROOT).as_posix() for p in (ROOT / "docs" / "guides").glob("*.md")}
    assert guides - set(targets) == set(), sorted(guides - set(targets))
    assert {"docs/getting-started.md", "docs/benchmarks.md"} <= set(targets)


def test_the_readme_starts_the_sandbox_before_its_first_snippet() -> None:
    """Its snippets, run as written, reach whatever PIONEX_BASE_URL names: the sandbox comes first."""
    text = PAGES["README.md"]
    first = text.index("```python\n")
    assert "python -m pionex_sandbox" in text[:first] and "PIONEX_BASE_URL=http://127.0.0.1:8000" in text[:first]


def test_the_table_of_operations_lists_every_operation_of_every_area() -> None:
    """The table the README had (now in the registry guide) is written by hand: it must match the registry."""
    from collections import defaultdict

    from pionex_wrapper import registry

    areas: dict[str, set[str]] = defaultdict(set)
    for op in registry.operations():
        areas[op.area or op.tag].add(op.name)
    table = dict(re.findall(r"^\| `client\.([\w.]+)` \| (.*) \|$", PAGES["docs/guides/registry.md"], re.MULTILINE))
    assert {area: set(re.findall(r"`(\w+)`", names)) for area, names in table.items()} == areas
