"""Fixtures shared by every test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_pionex_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials or a base URL in the developer's environment must not leak into tests.

    Client-side rate limiting is turned off through the environment (``PIONEX_RATE_LIMIT``):
    the suite sends thousands of requests to mocks and the sandbox, far more than ten a second.
    The limiter's own tests turn it on by passing ``rate_limit=`` and a fresh ``RateLimiter``.
    """
    for name in ("PIONEX_API_KEY", "PIONEX_API_SECRET", "PIONEX_BASE_URL", "PIONEX_REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PIONEX_RATE_LIMIT", "off")
