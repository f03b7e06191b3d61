"""The README's Python snippets, where they live now.

The README was the only documentation; it is now the front page, and its snippets moved into the
documentation site. Each one is still run against the sandbox (tests/test_readme.py) and type-checked
(tests/test_typing.py), found here by the page it moved to and words only it holds: a snippet that is
dropped, or that loses what it shows, fails the tests rather than leaving them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYTHON = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)

MOVED: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (page under docs/, words the snippet holds), in the order the README had them
    ("getting-started.md", ("AsyncPionex", "get_all_orders", "get_tickers")),
    ("guides/registry.md", ("client.futures.account.get_positions", "client.futures.transfer.create_transfer")),
    ("guides/registry.md", ("client.invoke(", "registry.operations()")),
    ("guides/options.md", ("with_raw_response", "http_client")),
    ("guides/profiles.md", ("Pionex.from_profile()",)),
    ("guides/limits-and-retries.md", ('rate_limit="fail"', "held back for")),
    ("guides/limits-and-retries.md", ("RateLimiter(redis=",)),
    ("guides/streams.md", ("client.streams.orders(", "order_book(", "Replayed")),
    ("guides/streams.md", ("client.streams.subscribe(SPOT_TRADE",)),
    ("guides/pagination.md", ("client.paginate(", "PaginationError")),
    ("guides/market-rules.md", ("client.rules()", ".round_price(")),
    ("guides/cli.md", ("client.prepare(", "PIONEX-SIGNATURE")),
)


def readme_blocks(*, with_ccxt: bool) -> list[str]:
    """The README's own Python blocks (without a ccxt section's, should the README hold one again:
    those need the ccxt extra; the ccxt page's run in tests/ccxt and tests/test_docs.py)."""
    text = (
        README if with_ccxt else re.sub(r"\n## ccxt-compatible class\n.*?(?=\n## |\Z)", "\n", README, flags=re.DOTALL)
    )
    return PYTHON.findall(text)


def moved() -> list[str]:
    """The snippets the README had besides its quickstart, each found once in the page it moved to."""
    found = []
    for page, words in MOVED:
        blocks = PYTHON.findall((ROOT / "docs" / page).read_text(encoding="utf-8"))
        matching = [block for block in blocks if all(word in block for word in words)]
        assert len(matching) == 1, f"docs/{page}: {len(matching)} Python blocks hold {words}"
        found.append(matching[0])
    return found


def snippets(*, with_ccxt: bool = False) -> list[str]:
    """Every snippet the README had: its own (the quickstart first), then the moved ones."""
    return [*readme_blocks(with_ccxt=with_ccxt), *moved()]
