"""Private stream authentication follows the rules, checked against Pionex's worked example.

The expected values were computed independently with Python's hmac (tests/test_streams_spec.py
holds them and checks them too): Pionex's spot example matches its rule; its futures example
prints the spot signature, which is not what its futures rule gives.
"""

from __future__ import annotations

import pytest

from pionex_wrapper.streams.signing import (
    futures_auth_message,
    futures_signature,
    spot_private_query,
    spot_signature,
)
from tests.test_streams_spec import FUTURES_PRINTED_BY_PIONEX, FUTURES_SIGNATURE, KEY, SECRET, SPOT_SIGNATURE, TIMESTAMP


def test_spot_url_signature() -> None:
    assert spot_signature(KEY, SECRET, TIMESTAMP) == SPOT_SIGNATURE
    assert spot_private_query(KEY, SECRET, TIMESTAMP) == [
        ("key", KEY),
        ("timestamp", str(TIMESTAMP)),
        ("signature", SPOT_SIGNATURE),
    ]


def test_futures_auth_message() -> None:
    assert futures_signature(SECRET, TIMESTAMP) == FUTURES_SIGNATURE != FUTURES_PRINTED_BY_PIONEX
    assert futures_auth_message(KEY, SECRET, TIMESTAMP) == {"op": "auth", "args": [KEY, TIMESTAMP, FUTURES_SIGNATURE]}


@pytest.mark.parametrize(
    ("key", "secret", "timestamp"),
    [("", SECRET, TIMESTAMP), (KEY, "", TIMESTAMP), (KEY, SECRET, 0), (KEY, SECRET, True)],
)
def test_refused_inputs(key: str, secret: str, timestamp: int) -> None:
    with pytest.raises(ValueError):
        futures_auth_message(key, secret, timestamp)
    with pytest.raises(ValueError):
        spot_private_query(key, secret, timestamp)
