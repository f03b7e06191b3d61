"""What the recorded cassettes hold: every operation, and no secret."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from pionex_wrapper import OPERATIONS

CASSETTES = sorted((Path(__file__).parent / "cassettes").rglob("*.yaml"))

# Anything that looks like a credential: the sandbox's and the tests' fake keys and
# secrets, a 64-hex-digit HMAC, or the headers and query value that carry them.
SUSPECT = [
    re.compile(r"\b[0-9a-fA-F]{64}\b"),
    re.compile(r"NOT-A-REAL|NOT-REAL", re.IGNORECASE),
    re.compile(r"pionex-(key|signature)", re.IGNORECASE),
    re.compile(r"[?&]timestamp="),
]


def interactions() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in CASSETTES:
        out.extend(yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"])
    return out


def test_there_are_cassettes() -> None:
    assert len(CASSETTES) >= 5


def test_no_cassette_holds_a_key_a_secret_or_a_signature() -> None:
    for path in CASSETTES:
        text = path.read_text(encoding="utf-8")
        for pattern in SUSPECT:
            match = pattern.search(text)
            assert match is None, f"{path.name}: {match.group(0)!r} looks like a credential"


def recorded_successes() -> set[tuple[str, str]]:
    """The (method, path) of every recorded request the exchange answered with a success."""
    succeeded = set()
    for item in interactions():
        body = item["response"]["body"]["string"]
        if item["response"]["status"]["code"] == 200 and '"result":true' in body.replace(" ", ""):
            succeeded.add((item["request"]["method"], urlsplit(item["request"]["uri"]).path))
    return succeeded


def test_every_operation_has_a_recorded_success() -> None:
    succeeded = recorded_successes()
    assert [op.operation_id for op in OPERATIONS if (op.method, op.path) not in succeeded] == []


def test_every_futures_operation_has_a_recorded_success() -> None:
    succeeded = recorded_successes()
    futures = [op for op in OPERATIONS if op.operation_id.startswith("futures")]
    assert len(futures) == 32
    assert [op.operation_id for op in futures if (op.method, op.path) not in succeeded] == []


def test_important_failures_are_recorded() -> None:
    codes = set()
    for item in interactions():
        match = re.search(r'"code":\s*"([A-Z_]+)"', item["response"]["body"]["string"])
        if match:
            codes.add(match.group(1))
    assert codes >= {
        "INVALID_SIGNATURE",
        "INVALID_APIKEY",
        "INVALID_TIMESTAMP",
        "PERMISSION_DENIED",
        "MARKET_INVALID_SYMBOL",
        "TRADE_INVALID_SYMBOL",
        "TRADE_PARAMETER_ERROR",
        "TRADE_OPERATION_DENIED",
        "TRADE_ORDER_NOT_FOUND",
    }
