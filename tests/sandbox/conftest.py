"""Fixtures of the sandbox tests (the helpers live in sandbox_support.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.applications import Starlette

from pionex_sandbox import create_app
from tests.sandbox.sandbox_support import Api, Clock, open_api


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(clock: Clock) -> Starlette:
    return create_app(seed=7, clock=clock)


@pytest.fixture
def api(app: Starlette, clock: Clock) -> Iterator[Api]:
    yield from open_api(app, clock)


@pytest.fixture
def still_api(clock: Clock) -> Iterator[Api]:
    """An :class:`Api` of a sandbox whose books change only by trading, for tests that move the clock
    and count on the book they left behind (the default sandbox's market moves with the clock)."""
    yield from open_api(create_app(seed=7, clock=clock, moving_market=False), clock)
