"""The ccxt tests' fixtures: one sandbox per test module, and sync and async ccxt exchanges on it.

    def test_x(exchange: pionex_ccxt.pionex, run_async: RunAsync) -> None:
        exchange.fetch_ticker("BTC/USDT")                                   # the sync class
        run_async(lambda aexchange: aexchange.fetch_ticker("BTC/USDT"))     # the async class

The sync exchange lives as long as the module's sandbox (its markets loaded once); the async one
is made for each ``run_async`` call, inside the event loop ``asyncio.run`` starts, and closed
when the body is done (an async client belongs to one loop).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest

import pionex_ccxt
import pionex_ccxt.async_support
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, RunningSandbox, running_sandbox

T = TypeVar("T")

RunAsync = Callable[[Callable[[Any], Awaitable[Any]]], Any]
"""``run_async(body)``: ``body(async_exchange)`` run to completion in a fresh event loop."""

SKIPPED: dict[str, Any] = {}
"""The ``skipped_properties`` every ccxt structure check is given: none."""


def exchange_config(sandbox: RunningSandbox, **options: Any) -> dict[str, Any]:
    """ccxt's constructor argument for an exchange on ``sandbox`` with its default account."""
    return {
        "apiKey": DEFAULT_API_KEY,
        "secret": DEFAULT_API_SECRET,
        "options": {"baseUrl": sandbox.base_url, **options},
    }


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    """A sandbox for the whole test module (its market moves on the system clock)."""
    with running_sandbox(seed=22) as served:
        yield served


@pytest.fixture(scope="module")
def exchange(sandbox: RunningSandbox) -> Iterator[pionex_ccxt.pionex]:
    """The sync ccxt class on the module's sandbox."""
    made = pionex_ccxt.pionex(exchange_config(sandbox))
    try:
        yield made
    finally:
        made.close()


@pytest.fixture
def run_async(sandbox: RunningSandbox) -> RunAsync:
    """Run ``body(async_exchange)`` on a fresh async ccxt class on the sandbox, then close it."""

    def run(body: Callable[[Any], Awaitable[T]]) -> T:
        async def main() -> T:
            made = pionex_ccxt.async_support.pionex(exchange_config(sandbox))
            try:
                return await body(made)
            finally:
                await made.close()

        return asyncio.run(main())

    return run
