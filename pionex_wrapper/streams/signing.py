"""Authenticating a private stream connection: pure functions, the clock passed in.

Two rules, as ``openapi/streams.json`` describes them (servers ``spotPrivate`` and ``futuresPrivate``):

* spot ``/ws``: the URL's query carries ``key``, ``timestamp`` and ``signature``, the hex HMAC-SHA256
  (keyed with the API secret) of the path, ``?``, the key and timestamp pairs sorted by name and
  joined with ``&``, then ``websocket_auth``;
* futures ``/wsUA``: the first message sent is ``{"op": "auth", "args": [key, timestamp, signature]}``,
  the signature being the hex HMAC-SHA256 of the timestamp's digits then ``websocket_auth``.

Both are checked against Pionex's worked example (tests/test_streams_signing.py); Pionex's printed
futures signature does not follow its own futures rule, and the rule is what is followed here.
"""

from __future__ import annotations

from typing import Any

from ..auth import sign

__all__ = ["AUTH_SUFFIX", "futures_auth_message", "futures_signature", "spot_private_query", "spot_signature"]

AUTH_SUFFIX = "websocket_auth"


def _check(key: str, secret: str, timestamp_ms: int) -> None:
    if not key or not secret:
        raise ValueError("a private stream needs an API key and secret")
    if isinstance(timestamp_ms, bool) or not isinstance(timestamp_ms, int) or timestamp_ms <= 0:
        raise ValueError("timestamp_ms must be a positive int of milliseconds")


def spot_signature(key: str, secret: str, timestamp_ms: int, path: str = "/ws") -> str:
    """The signature of a spot private connection's URL."""
    _check(key, secret, timestamp_ms)
    query = "&".join(f"{name}={value}" for name, value in sorted({"key": key, "timestamp": str(timestamp_ms)}.items()))
    return sign(secret, f"{path}?{query}{AUTH_SUFFIX}".encode())


def spot_private_query(key: str, secret: str, timestamp_ms: int, path: str = "/ws") -> list[tuple[str, str]]:
    """The query pairs of a spot private connection's URL: key, timestamp, signature."""
    signature = spot_signature(key, secret, timestamp_ms, path)
    return [("key", key), ("timestamp", str(timestamp_ms)), ("signature", signature)]


def futures_signature(secret: str, timestamp_ms: int) -> str:
    """The signature of a futures private connection's auth message."""
    _check("-", secret, timestamp_ms)
    return sign(secret, f"{timestamp_ms}{AUTH_SUFFIX}".encode())


def futures_auth_message(key: str, secret: str, timestamp_ms: int) -> dict[str, Any]:
    """The auth message a futures private connection sends first (the timestamp as a JSON number)."""
    _check(key, secret, timestamp_ms)
    return {"op": "auth", "args": [key, timestamp_ms, futures_signature(secret, timestamp_ms)]}
