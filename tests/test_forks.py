"""Real forks: a child process starts clean, and no wait for budget outlives its call's deadline.

Each child is forked (``os.fork``, or ``multiprocessing`` with the ``fork`` start method) while
other threads of the parent wait in the rate limiter, hold its locks or run the streams' event
loop.  The parent waits a generous bound for each child and kills it past that, so a child that
hangs fails the test instead of hanging the suite.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Self

import httpx
import pytest

from pionex_client.streams import SPOT_TRADE
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, running_sandbox
from pionex_sandbox.streams import StreamSettings as SandboxStreams
from pionex_wrapper import (
    OPERATIONS,
    AsyncPionex,
    ClientRateLimitError,
    Pionex,
    PionexError,
    PionexTimeoutError,
    RateLimiter,
)
from pionex_wrapper.ratelimit import Budget, Rules, default_limiter
from pionex_wrapper.ratelimit import limiter as limiter_module
from pionex_wrapper.streams.connection import SLOTS, StreamError, StreamSettings
from tests.helpers import envelope
from tests.loopback import loopback

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")

CHILD_BOUND = 10.0
"""Seconds a child may take (its call's deadline is 2 s; before the fix children hung for ever)."""

SLOW = Rules(window=1, ip_weight=1, account_weight=1, ban_seconds=60, ban_extension_seconds=10)
"""One call per second: a few threads calling in a loop always have some waiting."""

TICKERS = next(op for op in OPERATIONS if op.operation_id == "getTickers")


@pytest.fixture(autouse=True)
def _limiter_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PIONEX_RATE_LIMIT")


def in_child(work: Callable[[], str], bound: float = CHILD_BOUND) -> tuple[str, float]:
    """Forks; the child runs ``work`` and reports what it returned (or the error it raised).
    Returns that report and the seconds the child took; a child still running after ``bound``
    seconds is killed and reported as ``"hung"``."""
    read, write = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 0
        try:
            os.close(read)
            try:
                report = work()
            except BaseException as error:  # noqa: BLE001 - reported to the parent
                report, code = f"{type(error).__name__}: {error}", 1
            os.write(write, report.encode()[:4000])
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        while not os.waitpid(pid, os.WNOHANG)[0]:
            if time.monotonic() - started > bound:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return "hung", time.monotonic() - started
            time.sleep(0.02)
        return pipe.read().decode(), time.monotonic() - started


def mock_client(limiter: RateLimiter) -> Pionex:
    return Pionex(
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=envelope({"tickers": []}))),
        rate_limiter=limiter,
    )


class Callers:
    """Threads calling ``client.market.get_tickers()`` in a loop until stopped: with a tight
    budget, most of them are always waiting in the limiter.  Each call has a deadline of 1 s
    (a call refused at its deadline, or that got its budget too close to it, calls again), so
    that they all end soon once stopped."""

    def __init__(self, client: Pionex, count: int) -> None:
        self.client = client.with_options(timeout=1)
        self.running = True
        self.errors: list[BaseException] = []
        self.threads = [threading.Thread(target=self._loop, daemon=True) for _ in range(count)]

    def _loop(self) -> None:
        while self.running:
            try:
                self.client.market.get_tickers()
            except ClientRateLimitError as error:
                if "deadline" not in str(error):
                    self.errors.append(error)
                    return
            except PionexTimeoutError:
                pass  # the budget came back just before the deadline, and the deadline then passed
            except BaseException as error:  # noqa: BLE001 - checked by the test
                self.errors.append(error)
                return

    def __enter__(self) -> Self:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.running = False
        for thread in self.threads:
            thread.join(15)


def wait_until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the condition was never met"
        time.sleep(0.005)


def call_with_deadline(client: Pionex) -> Callable[[], str]:
    def work() -> str:
        started = time.monotonic()
        try:
            client.with_options(timeout=2).market.get_tickers()
            outcome = "sent"
        except ClientRateLimitError:
            outcome = "refused"
        return f"{outcome} {time.monotonic() - started:.2f}"

    return work


# -- the limiter in memory ------------------------------------------------------------------------


def test_children_forked_while_threads_wait_in_the_limiter_end_within_their_deadline() -> None:
    """Before: every child joined a queue holding the parent's waiting threads and hung."""
    limiter = RateLimiter(rules=SLOW)
    with mock_client(limiter) as client, Callers(client, 6) as callers:
        reports = []
        for _ in range(4):
            wait_until(lambda: len(limiter._queue) >= 3)
            reports.append(in_child(call_with_deadline(client)))
    assert callers.errors == []
    for report, took in reports:
        assert report != "hung" and took < CHILD_BOUND, reports
        outcome, seconds = report.split()
        # The child's queue is empty: the budget comes back within a window of the fork, well
        # before its deadline, so the call is sent.
        assert outcome == "sent", reports
        assert float(seconds) < 2 + 1, reports


def test_a_child_keeps_the_parents_window_and_bans() -> None:
    """What a child inherits: the weight the exchange counted in the window (a parent's request
    in flight counts as ended at the fork) and the bans; only its queue and locks are new."""
    limiter = RateLimiter(rules=replace(SLOW, window=30))
    gate, release = threading.Event(), threading.Event()

    def reply(request: httpx.Request) -> httpx.Response:
        gate.set()
        release.wait(10)
        return httpx.Response(200, json=envelope({"tickers": []}))

    with Pionex(transport=httpx.MockTransport(reply), rate_limiter=limiter) as client:
        flying = threading.Thread(target=client.market.get_tickers)
        flying.start()
        gate.wait(5)  # in flight in the parent: its weight is held

        def work() -> str:
            try:
                client.with_options(rate_limit="fail").market.get_tickers()
            except ClientRateLimitError as error:
                return f"refused {error.retry_after:.0f}"
            return "sent"

        report, _ = in_child(work)
        release.set()
        flying.join(10)
    # The parent's request in flight counts in the child as ended at the fork: its weight
    # leaves the child's window one window (30 s) later, so the child may not send now.
    assert report.startswith("refused"), report
    assert 25 <= float(report.split()[1]) <= 31, report


def test_a_module_lock_held_by_another_thread_at_the_fork_is_reset() -> None:
    """``default_limiter()``'s lock held by a thread of the parent when another forks
    (multiprocessing's ``fork`` start method): before, the child blocked on it for ever."""
    holding, done = threading.Event(), threading.Event()

    def hold() -> None:
        with limiter_module._default_lock:
            holding.set()
            done.wait(15)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(5)
    context = multiprocessing.get_context("fork")
    child = context.Process(target=default_limiter)
    try:
        child.start()
        child.join(CHILD_BOUND)
        hung = child.is_alive()
        if hung:
            child.kill()
            child.join()
    finally:
        done.set()
        holder.join(15)
    assert not hung and child.exitcode == 0


def test_the_stream_connection_count_starts_at_zero_in_a_child() -> None:
    host = "fork-test.invalid:443"
    assert SLOTS.take(host, 1) == 0.0  # taken (a positive figure: seconds to wait)
    assert SLOTS.take(host, 1) > 0  # the only slot is the parent's
    try:
        report, _ = in_child(lambda: f"{SLOTS.count(host)} {SLOTS.take(host, 1)}")
    finally:
        SLOTS.give(host)
    assert report == "0 0.0"


# -- no wait outlives its call's deadline, without a fork ----------------------------------------


def test_a_sync_call_behind_a_long_queue_is_refused_at_its_deadline() -> None:
    """Before: a call with ``timeout=0.5`` waited its turn behind every call before it."""
    limiter = RateLimiter(rules=replace(SLOW, window=2))
    with mock_client(limiter) as client, Callers(client, 5):
        wait_until(lambda: len(limiter._queue) >= 4)
        started = time.monotonic()
        with pytest.raises(ClientRateLimitError) as raised:
            client.with_options(timeout=0.5).market.get_tickers()
        took = time.monotonic() - started
    assert took < 5, took
    assert "deadline" in str(raised.value) and raised.value.banned is False


def test_an_async_call_behind_a_long_queue_is_refused_at_its_deadline() -> None:
    async def run() -> float:
        limiter = RateLimiter(rules=replace(SLOW, window=2))
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=envelope({"tickers": []})))
        async with AsyncPionex(transport=transport, rate_limiter=limiter) as client:
            waiting = [asyncio.create_task(client.market.get_tickers()) for _ in range(5)]
            while len(limiter._queue) < 4:
                await asyncio.sleep(0.005)
            started = time.monotonic()
            with pytest.raises(ClientRateLimitError, match="deadline"):
                await client.with_options(timeout=0.5).market.get_tickers()
            took = time.monotonic() - started
            for task in waiting:
                task.cancel()
            await asyncio.gather(*waiting, return_exceptions=True)
            return took

    assert asyncio.run(run()) < 5


def test_the_head_of_the_queue_is_refused_at_once_when_its_weight_comes_back_too_late() -> None:
    limiter = RateLimiter(rules=replace(SLOW, window=30))
    with mock_client(limiter) as client:
        client.market.get_tickers()
        started = time.monotonic()
        with pytest.raises(ClientRateLimitError) as raised:
            client.with_options(timeout=1).market.get_tickers()
        assert time.monotonic() - started < 5
    assert raised.value.retry_after is not None and raised.value.retry_after > 20
    assert raised.value.budget == "this IP address"


# -- Redis ----------------------------------------------------------------------------------------


def test_a_child_of_a_process_waiting_on_redis_gets_its_call(redis_url: str) -> None:
    limiter = RateLimiter(redis=redis_url, prefix=f"fork-{os.getpid()}-a", rules=SLOW)
    with mock_client(limiter) as client, Callers(client, 4) as callers:
        wait_until(lambda: len(limiter._queue) >= 2)
        report, took = in_child(call_with_deadline(client))
    assert callers.errors == []
    assert report != "hung" and took < CHILD_BOUND, report
    assert report.split()[0] in ("sent", "refused"), report


def test_a_parent_and_its_child_name_their_leases_apart_in_redis(redis_url: str) -> None:
    """Before: both went on counting from the same lease number, so Redis took the parent's and
    the child's requests for one, counted its weight once, and let a third through."""
    limiter = RateLimiter(redis=redis_url, prefix=f"fork-{os.getpid()}-b", rules=replace(SLOW, window=30, ip_weight=2))
    ip = (Budget("host:ip:shared", 2, "this IP address"),)
    store = limiter._sync_store()

    def take() -> str:
        verdict = store.take(ip, 1, 30)
        return "granted" if verdict.lease is not None else "refused"

    report, _ = in_child(take)
    assert report == "granted"
    assert take() == "granted"  # the parent's first lease after the fork
    assert take() == "refused"  # 2 of 2 used: one by the child, one by the parent


# -- streams --------------------------------------------------------------------------------------


def test_a_sync_client_streams_in_a_child_and_the_parent_goes_on() -> None:
    """Before: the child's subscription was handed to the parent's loop thread, which does not
    exist in the child, and hung until its 30 s start timeout."""
    fast = SandboxStreams(ping_interval=0.3, push_interval=0.05, idle_interval=1.0)
    with running_sandbox(seed=7, streams=fast) as served:
        with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=served.base_url, rate_limit="off") as client:
            client.streams.settings = StreamSettings(silence=2.0, reconnect_min=0.05, reconnect_max=0.3)
            with client.streams.subscribe(SPOT_TRADE, "BTC_USDT") as trades:
                assert trades.next(10).symbol == "BTC_USDT"

                def work() -> str:
                    try:
                        trades.next(1)
                        inherited = "served"
                    except PionexError as error:
                        inherited = type(error).__name__
                    with client.streams.subscribe(SPOT_TRADE, "ETH_USDT") as fresh:
                        symbol = fresh.next(5).symbol
                    return f"{inherited} {symbol}"

                report, took = in_child(work)
                after: Any = trades.next(10)  # the parent's own connection is untouched
    assert report == f"{StreamError.__name__} ETH_USDT", report
    assert took < CHILD_BOUND
    assert after.symbol == "BTC_USDT"


# -- the HTTP connection pool ---------------------------------------------------------------------


def test_a_child_opens_its_own_connections_and_leaves_the_parents_alone() -> None:
    """Before: the child sent its request on the socket the parent's pool kept alive (one
    connection served both processes, so each could read the other's replies)."""
    with loopback() as server, Pionex(base_url=server.base_url, rate_limit="off") as client:
        client.market.get_market_depth(symbol="BTC_USDT")  # the pool keeps this connection alive
        assert len(server._connections) == 1

        def child_call() -> str:
            return str(client.market.get_market_depth(symbol="BTC_USDT").bids[0][0])

        report, _ = in_child(child_call)
        assert report == "1"
        # The child had a connection of its own; the parent's is still there and still serves it.
        assert len(server._connections) == 2
        assert client.market.get_market_depth(symbol="BTC_USDT").asks[0][0] == 3
        assert len(server._connections) == 2


def test_an_async_client_in_a_child_opens_its_own_connections() -> None:
    async def parent_call(client: AsyncPionex) -> None:
        await client.market.get_market_depth(symbol="BTC_USDT")

    with loopback() as server:
        client = AsyncPionex(base_url=server.base_url, rate_limit="off")
        asyncio.run(parent_call(client))
        assert len(server._connections) == 1

        def child_call() -> str:
            async def call() -> str:
                return str((await client.market.get_market_depth(symbol="BTC_USDT")).bids[0][0])

            return asyncio.run(call())

        report, _ = in_child(child_call)
        assert report == "1"
        assert len(server._connections) == 2
