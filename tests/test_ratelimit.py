"""Client-side rate limiting: Pionex's two budgets kept in any one-second window, bans held, FIFO.

The store's arithmetic is checked on a clock the tests move; the clients against the sandbox
enforcing Pionex's limits (it answers 429 and bans the moment a budget is exceeded), so a
limiter that let one request too many through would fail these tests.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import Any

import httpx
import pytest

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, create_app, running_sandbox, sandbox_of
from pionex_wrapper import (
    OPERATIONS,
    AsyncPionex,
    ClientRateLimitError,
    InvalidParameterError,
    Pionex,
    RateLimiter,
    RateLimitError,
)
from pionex_wrapper.ratelimit import (
    GUARD_SECONDS,
    PIONEX_RULES,
    Budget,
    MemoryStore,
    Reservation,
    Rules,
    default_limiter,
)
from pionex_wrapper.retry import RetryPolicy
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, envelope

WINDOW = PIONEX_RULES.window + GUARD_SECONDS
IP = Budget("host:ip", 10, "this IP address")
ACCOUNT = Budget("host:account:x", 10, "this account")
BY_ID = {op.operation_id: op for op in OPERATIONS}


@pytest.fixture(autouse=True)
def _limiter_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite turns the limiter off (tests/conftest.py); here it is on, as for a user."""
    monkeypatch.delenv("PIONEX_RATE_LIMIT")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock) -> MemoryStore:
    return MemoryStore(PIONEX_RULES, clock)


# -- the spec's rules ---------------------------------------------------------------------------


def test_rules_come_from_the_spec() -> None:
    assert (PIONEX_RULES.ip_weight, PIONEX_RULES.account_weight) == (10, 10)
    assert (PIONEX_RULES.window, PIONEX_RULES.ban_seconds, PIONEX_RULES.ban_extension_seconds) == (1.0, 60.0, 10.0)
    assert all(op.weight >= 1 for op in OPERATIONS)


# -- the store, on a clock the test moves ---------------------------------------------------------


def test_never_more_than_the_budget_in_a_window(store: MemoryStore, clock: Clock) -> None:
    leases = [store.take((IP,), 1, 10).lease for _ in range(10)]
    assert None not in leases
    refused = store.take((IP,), 1, 10)
    assert refused.lease is None and refused.in_flight  # all ten are still in flight
    for lease in leases:
        store.settle((IP,), lease)  # type: ignore[arg-type]
    clock.now += 0.5
    refused = store.take((IP,), 1, 10)
    assert refused.lease is None and not refused.in_flight
    assert refused.wait == pytest.approx(WINDOW - 0.5)
    clock.now += refused.wait
    assert store.take((IP,), 1, 10).lease is not None


def test_a_request_holds_its_weight_until_a_window_after_its_reply(store: MemoryStore, clock: Clock) -> None:
    """Counted from the reply, not the send: a slow reply may have reached the exchange late."""
    first = store.take((IP,), 10, 10).lease
    clock.now += 0.8  # the reply takes 0.8 s
    store.settle((IP,), first)  # type: ignore[arg-type]
    clock.now += 0.5  # 1.3 s after it was sent, 0.5 s after its reply
    refused = store.take((IP,), 1, 10)
    assert refused.lease is None and refused.wait == pytest.approx(WINDOW - 0.5)


def test_weights_count(store: MemoryStore) -> None:
    assert store.take((IP,), 5, 10).lease is not None
    assert store.take((IP,), 5, 10).lease is not None
    assert store.take((IP,), 1, 10).lease is None


def test_both_budgets_or_neither(store: MemoryStore, clock: Clock) -> None:
    other = Budget("host:account:y", 10, "this account")
    for _ in range(10):
        store.take((ACCOUNT,), 1, 10)
    refused = store.take((IP, ACCOUNT), 1, 10)
    assert refused.lease is None and refused.budget == 1
    # The refusal took nothing from the IP budget: another account still has all of it.
    leases = [store.take((IP, other), 1, 10).lease for _ in range(10)]
    assert None not in leases
    assert store.take((IP, other), 1, 10).budget == 0


def test_a_ban_refuses_until_it_ends_and_every_429_during_it_lengthens_it(store: MemoryStore, clock: Clock) -> None:
    assert store.ban((IP,), 60) == pytest.approx(60)
    refused = store.take((IP,), 1, 10)
    assert refused.banned and refused.wait == pytest.approx(60)
    clock.now += 5
    assert store.ban((IP,), 60) == pytest.approx(65)  # 55 left + Pionex's 10 s
    clock.now += 64
    assert store.take((IP,), 1, 10).banned
    clock.now += 1.01
    assert store.take((IP,), 1, 10).lease is not None
    store.ban((IP,), 3)  # a Retry-After of 3 s
    assert store.take((IP,), 1, 10).wait == pytest.approx(3)
    assert store.take((ACCOUNT,), 1, 10).lease is not None  # another budget is not banned


def test_a_call_behind_the_head_may_go_first_only_if_it_does_not_delay_it(store: MemoryStore, clock: Clock) -> None:
    """Weight leaves the window in chunks: what the head of the queue cannot use before its
    time may be used by smaller calls behind it, never what it needs at that time."""
    first = store.take((IP,), 3, 10).lease
    store.settle((IP,), first)  # type: ignore[arg-type]
    clock.now += 0.5
    second = store.take((IP,), 2, 10).lease
    store.settle((IP,), second)  # type: ignore[arg-type]
    head = store.take((IP,), 6, 10)  # 5 of 10 used: the head needs the first 3 to leave
    assert head.lease is None and head.at == pytest.approx(1000.0 + WINDOW)
    reserved = Reservation((IP,), 6, head.at)
    assert store.take((IP,), 2, 10, behind=reserved).lease is not None  # 2 + 2 + 6 fit at head.at
    assert store.take((IP,), 1, 10, behind=reserved).lease is None  # 1 more would delay the head
    assert store.take((IP,), 1, 10).lease is not None  # (there was room, but only by delaying it)
    assert store.take((ACCOUNT,), 1, 10, behind=reserved).lease is not None  # another budget: no delay


def test_mixed_weights_from_threads_keep_the_order_of_equal_calls() -> None:
    """A weight-5 call at the head is not passed by calls that would delay it."""
    order: list[str] = []
    limiter = RateLimiter(
        rules=Rules(window=0.05, ip_weight=5, account_weight=5, ban_seconds=60, ban_extension_seconds=10)
    )

    def reply(request: httpx.Request) -> httpx.Response:
        order.append(threading.current_thread().name)
        return httpx.Response(200, json=envelope({"orders": []}))

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply), rate_limiter=limiter) as client:
        client.trade.get_open_orders(symbol="BTC_USDT")  # weight 5: the whole budget
        names = ["heavy-0", "light-1", "heavy-2", "light-3"]
        threads = []
        for index, name in enumerate(names):
            call = (
                (lambda: client.trade.get_open_orders(symbol="BTC_USDT"))
                if name.startswith("heavy")
                else (lambda: client.market.get_tickers())
            )
            thread = threading.Thread(target=call, name=name)
            thread.start()
            threads.append(thread)
            deadline = time.monotonic() + 5
            while queued(limiter) < index + 1 and time.monotonic() < deadline:
                time.sleep(0.001)
        for thread in threads:
            thread.join()
    # Each weight-5 call needs the whole budget: nobody may pass it; the order is kept.
    assert order[1:] == names


# -- budgets and options ---------------------------------------------------------------------------


def test_the_account_budget_never_names_the_key() -> None:
    public, private = RateLimiter().budgets("api.pionex.com", "digest")
    assert [b.label for b in private] == ["this IP address", "this account"] and public == private[:1]
    client = Pionex(FAKE_KEY, FAKE_SECRET, rate_limit="wait")
    keys = [budget.key for budget in client._core.limits.private]
    assert len(keys) == 2 and not any(FAKE_KEY in key or FAKE_SECRET in key for key in keys)
    assert FAKE_KEY not in repr(client._core.limits)


def test_clients_share_the_process_limiter_and_with_options_keeps_it() -> None:
    one, two = Pionex(FAKE_KEY, FAKE_SECRET), Pionex(FAKE_KEY, FAKE_SECRET)
    assert one._core.limits.limiter is two._core.limits.limiter is default_limiter()
    assert one._core.limits.private == two._core.limits.private  # same key: same account budget
    off = one.with_options(rate_limit="off")
    assert off._core.limits.mode == "off" and off._core.limits.limiter is one._core.limits.limiter
    other = one.with_options(api_key="another-key-NOT-REAL", api_secret=FAKE_SECRET)
    assert other._core.limits.private[1] != one._core.limits.private[1]
    assert other._core.limits.private[0] == one._core.limits.private[0]  # one IP budget


def test_the_mode_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidParameterError, match="rate_limit must be one of"):
        Pionex(rate_limit="sometimes")  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match="rate_limit must be one of"):
        Pionex().with_options(rate_limit="never")  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match="rate_limiter must be a RateLimiter"):
        Pionex(rate_limiter="redis://127.0.0.1")  # type: ignore[arg-type]
    monkeypatch.setenv("PIONEX_RATE_LIMIT", "maybe")
    with pytest.raises(InvalidParameterError, match="PIONEX_RATE_LIMIT must be one of"):
        Pionex()
    monkeypatch.delenv("PIONEX_RATE_LIMIT")
    assert Pionex()._core.limits.mode == "wait"  # on by default
    monkeypatch.setenv("PIONEX_RATE_LIMIT", "off")
    assert Pionex()._core.limits.mode == "off" and Pionex(rate_limit="fail")._core.limits.mode == "fail"


def test_a_429_without_retry_after_is_not_retried_within_the_deadline() -> None:
    """Pionex bans for 60 s: a retry sooner would only lengthen the ban."""
    policy = RetryPolicy()
    assert policy.next_wait(BY_ID["getMarketDepth"], RateLimitError("429"), 1, 0.0) is None
    assert policy.next_wait(BY_ID["getMarketDepth"], RateLimitError("429", retry_after=2.0), 1, 0.0) == 2.0
    held = ClientRateLimitError("held", retry_after=0.1, budget="this IP address", banned=False)
    assert policy.next_wait(BY_ID["getMarketDepth"], held, 1, 0.0) is None


# -- against the sandbox enforcing Pionex's limits ----------------------------------------------------


def private_and_public_calls(client: Pionex, count: int) -> int:
    """``count`` calls alternating a private read (weight 1) and a public one; their weight."""
    weight = 0
    for index in range(count):
        if index % 3 == 2:
            client.market.get_tickers(symbol="BTC_USDT")
            weight += BY_ID["getTickers"].weight
        else:
            client.account.get_balances()
            weight += BY_ID["getBalances"].weight
    return weight


def test_full_speed_calls_wait_for_budget_and_are_never_refused() -> None:
    with running_sandbox(rate_limits=True) as served:
        limits = served.sandbox.rate_limits
        assert limits is not None
        with Pionex(
            DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=served.base_url, rate_limiter=RateLimiter()
        ) as client:
            weight = private_and_public_calls(client, 24)  # more than two windows' worth
            client.trade.get_open_orders(symbol="BTC_USDT")  # weight 5
        assert weight + 5 > 2 * PIONEX_RULES.ip_weight
        assert limits.banned_for("ip 127.0.0.1") == 0
        assert limits.banned_for(f"account {DEFAULT_API_KEY}") == 0


def test_without_the_limiter_the_sandbox_does_ban() -> None:
    """The check above can fail: the same calls with the limiter off get a 429."""
    with running_sandbox(rate_limits=True) as served:
        with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=served.base_url, rate_limit="off") as client:
            with pytest.raises(RateLimitError) as raised:
                private_and_public_calls(client, 24)
        assert raised.value.status_code == 429


def test_threads_share_the_budget() -> None:
    with running_sandbox(rate_limits=True) as served:
        limiter = RateLimiter()
        errors: list[BaseException] = []

        def work() -> None:
            try:
                with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=served.base_url, rate_limiter=limiter) as c:
                    private_and_public_calls(c, 5)
            except BaseException as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        limits = served.sandbox.rate_limits
        assert limits is not None and limits.banned_for("ip 127.0.0.1") == 0


def test_async_tasks_share_the_budget() -> None:
    asyncio.run(_async_tasks_share_the_budget())


async def _async_tasks_share_the_budget() -> None:
    app = create_app(rate_limits=True)
    limiter = RateLimiter()
    transport = httpx.ASGITransport(app=app)
    async with AsyncPionex(
        DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url="http://sandbox", transport=transport, rate_limiter=limiter
    ) as client:
        calls = [client.account.get_balances() for _ in range(14)] + [client.market.get_tickers() for _ in range(4)]
        await asyncio.gather(*calls)
    limits = sandbox_of(app).rate_limits
    assert limits is not None and limits.banned_for("ip 127.0.0.1") == 0


def test_fail_mode_refuses_at_once_and_sends_nothing() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=envelope({"balances": []})))
    with Pionex(
        FAKE_KEY,
        FAKE_SECRET,
        transport=httpx.MockTransport(recorder),
        rate_limit="fail",
        rate_limiter=RateLimiter(),
    ) as client:
        for _ in range(10):
            client.account.get_balances()
        with pytest.raises(ClientRateLimitError) as raised:
            client.account.get_balances()
    assert len(recorder.requests) == 10
    error = raised.value
    assert not error.banned and error.budget == "this IP address" and error.retry_after is not None
    assert 0 < error.retry_after <= WINDOW and "not sent" in str(error) and "/api/v1/account/balances" in str(error)


def test_a_ban_holds_every_call_on_that_budget_and_does_not_extend_it(caplog: pytest.LogCaptureFixture) -> None:
    with running_sandbox(rate_limits=True) as served:
        limits = served.sandbox.rate_limits
        assert limits is not None
        # Another program on this machine, without a limiter, gets the IP address banned.
        with Pionex(base_url=served.base_url, rate_limit="off") as reckless:
            with pytest.raises(RateLimitError):
                for _ in range(11):
                    reckless.market.get_tickers(symbol="BTC_USDT")
        with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=served.base_url, rate_limiter=RateLimiter()) as c:
            with caplog.at_level(logging.WARNING, logger="pionex_wrapper"):
                with pytest.raises(RateLimitError) as first:
                    c.market.get_tickers(symbol="BTC_USDT")  # sent once: the client did not know
            assert not isinstance(first.value, ClientRateLimitError) and first.value.status_code == 429
            assert "held back, not sent" in str(first.value)
            assert any("banned this IP address" in r.getMessage() for r in caplog.records)
            ban = limits.banned_for("ip 127.0.0.1")
            for call in (lambda: c.market.get_tickers(symbol="BTC_USDT"), c.account.get_balances):
                with pytest.raises(ClientRateLimitError) as held:
                    call()
                assert held.value.banned and held.value.budget == "this IP address" and "not sent" in str(held.value)
                assert 55 < held.value.retry_after <= 60  # type: ignore[operator]
            assert limits.banned_for("ip 127.0.0.1") <= ban  # nothing sent: the ban did not grow


def test_retry_after_sets_the_ban_and_a_private_429_bans_both_budgets() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/account/balances":
            return httpx.Response(429, headers={"Retry-After": "7"}, json={"result": False, "message": "slow"})
        return httpx.Response(200, json=envelope({"tickers": []}))

    limiter = RateLimiter()
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply), rate_limiter=limiter) as client:
        with pytest.raises(RateLimitError) as raised:
            client.account.get_balances(max_retries=0)
        assert raised.value.retry_after == 7.0 and "this IP address and this account" in str(raised.value)
        with pytest.raises(ClientRateLimitError) as held:
            client.market.get_tickers()  # public, but the IP budget is banned too
        assert held.value.retry_after is not None and 6 < held.value.retry_after <= 7


def test_a_public_429_bans_only_the_ip_budget() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "30"}, json={"result": False})

    limiter = RateLimiter()
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply), rate_limiter=limiter) as client:
        with pytest.raises(RateLimitError):
            client.market.get_tickers()
        account = client._core.limits.private[1]
        store = limiter._store
        assert isinstance(store, MemoryStore)
        assert store.banned_for(account.key) == 0 and store.banned_for(client._core.limits.public[0].key) > 29


# -- first come, first served ------------------------------------------------------------------------

FAST = Rules(window=0.03, ip_weight=1, account_weight=1, ban_seconds=60, ban_extension_seconds=10)
"""One request per 35 ms: calls waiting for budget are let through one at a time."""


def queued(limiter: RateLimiter) -> int:
    return len(limiter._queue)


def test_threads_are_served_in_the_order_they_asked() -> None:
    order: list[str] = []
    limiter = RateLimiter(rules=FAST)

    def reply(request: httpx.Request) -> httpx.Response:
        order.append(threading.current_thread().name)
        return httpx.Response(200, json=envelope({"tickers": []}))

    with Pionex(transport=httpx.MockTransport(reply), rate_limiter=limiter) as client:
        client.market.get_tickers()  # the budget is now used: everyone else queues
        threads = []
        for index in range(8):
            thread = threading.Thread(target=client.market.get_tickers, name=f"caller-{index}")
            thread.start()
            threads.append(thread)
            deadline = time.monotonic() + 5
            while queued(limiter) < index + 1 and time.monotonic() < deadline:
                time.sleep(0.001)
        for thread in threads:
            thread.join()
    assert order[1:] == [f"caller-{index}" for index in range(8)]


def test_tasks_are_served_in_the_order_they_asked() -> None:
    asyncio.run(_tasks_are_served_in_the_order_they_asked())


async def _tasks_are_served_in_the_order_they_asked() -> None:
    order: list[int] = []
    limiter = RateLimiter(rules=FAST)

    async def reply(request: httpx.Request) -> httpx.Response:
        order.append(int(request.headers.get("X-Caller", "-1")))
        return httpx.Response(200, json=envelope({"tickers": []}))

    async with AsyncPionex(transport=httpx.MockTransport(reply), rate_limiter=limiter) as client:
        await client.market.get_tickers()
        tasks = []
        for index in range(8):
            tasks.append(asyncio.create_task(client.market.get_tickers(extra_headers={"X-Caller": str(index)})))
            while queued(limiter) < index + 1:
                await asyncio.sleep(0.001)
        await asyncio.gather(*tasks)
    assert order[1:] == list(range(8))


def test_a_cancelled_waiter_leaves_the_queue() -> None:
    asyncio.run(_a_cancelled_waiter_leaves_the_queue())


async def _a_cancelled_waiter_leaves_the_queue() -> None:
    limiter = RateLimiter(
        rules=Rules(window=5, ip_weight=1, account_weight=1, ban_seconds=60, ban_extension_seconds=10)
    )
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=envelope({"tickers": []})))
    async with AsyncPionex(transport=transport, rate_limiter=limiter) as client:
        await client.market.get_tickers()
        waiting = asyncio.create_task(client.market.get_tickers())
        while queued(limiter) < 1:
            await asyncio.sleep(0.001)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert queued(limiter) == 0
        with pytest.raises(ClientRateLimitError):
            await client.with_options(rate_limit="fail").market.get_tickers()


def test_a_failed_request_gives_its_weight_back_a_window_later() -> None:
    def reply(request: httpx.Request) -> Any:
        raise httpx.ConnectError("refused", request=request)

    limiter = RateLimiter()
    with Pionex(transport=httpx.MockTransport(reply), rate_limiter=limiter, max_retries=0) as client:
        for _ in range(3):
            with pytest.raises(Exception, match="could not be reached"):
                client.market.get_tickers()
        store = limiter._store
        assert isinstance(store, MemoryStore)
        log = store._logs[client._core.limits.public[0].key]
        assert log.flying_weight == 0 and log.settled_weight == 3
