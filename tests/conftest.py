"""Fixtures shared by every test."""

from __future__ import annotations

import os
from collections.abc import Iterator

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


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A fresh ``redis-server`` on loopback for one test module (skipped if none can be started,
    failed instead when ``PIONEX_REQUIRE_REDIS`` is set, as ``make test`` and CI do)."""
    from pionex_sandbox.redis_server import RedisUnavailable, running_redis

    try:
        with running_redis() as url:
            yield url
    except RedisUnavailable as error:
        if os.environ.get("PIONEX_REQUIRE_REDIS"):
            pytest.fail(f"PIONEX_REQUIRE_REDIS is set but {error}")
        pytest.skip(str(error))
