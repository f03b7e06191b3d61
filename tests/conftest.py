"""Fixtures shared by every test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_pionex_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials or a base URL in the developer's environment must not leak into tests."""
    for name in ("PIONEX_API_KEY", "PIONEX_API_SECRET", "PIONEX_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
