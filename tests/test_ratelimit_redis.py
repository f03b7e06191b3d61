"""One budget across processes and hosts: the limiter's Redis store, against a real redis-server.

A fresh ``redis-server`` runs on loopback for this module (Debian's; ``.ci/run`` installs it).
Without it these tests are skipped, unless ``PIONEX_REQUIRE_REDIS`` is set (CI), where they fail.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
import redis

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, create_app, running_sandbox, sandbox_of
from pionex_wrapper import (
    OPERATIONS,
    AsyncPionex,
    ClientRateLimitError,
    Pionex,
    RateLimiter,
    RateLimitStoreError,
)
from pionex_wrapper.ratelimit import GUARD_SECONDS, PIONEX_RULES, Budget, Reservation
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, envelope

ROOT = Path(__file__).resolve().parent.parent
BALANCES = next(op for op in OPERATIONS if op.operation_id == "getBalances")
_prefixes = itertools.count()


@pytest.fixture
def prefix() -> str:
    """Each test its own keys, as if on its own Redis server."""
    return f"test-{os.getpid()}-{next(_prefixes)}"


@pytest.fixture(autouse=True)
def _limiter_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PIONEX_RATE_LIMIT")


IP = Budget("host:ip:shared", 10, "this IP address")
ACCOUNT = Budget("host:account:abc", 10, "this account")


def test_two_limiters_on_one_server_share_one_budget(redis_url: str, prefix: str) -> None:
    """Two RateLimiters on one server and prefix are two processes, or two hosts."""
    one, two = RateLimiter(redis=redis_url, prefix=prefix), RateLimiter(redis=redis_url, prefix=prefix)
    leases = [one.acquire(BALANCES, (IP, ACCOUNT), "fail", 5) for _ in range(6)]
    leases += [two.acquire(BALANCES, (IP, ACCOUNT), "fail", 5) for _ in range(4)]
    with pytest.raises(ClientRateLimitError) as refused:
        two.acquire(BALANCES, (IP, ACCOUNT), "fail", 5)
    assert not refused.value.banned
    for lease in leases:
        (one if lease in leases[:6] else two).release(lease)
    with pytest.raises(ClientRateLimitError) as refused:
        one.acquire(BALANCES, (IP,), "fail", 5)  # settled, but not a window ago
    assert refused.value.retry_after is not None and 0 < refused.value.retry_after <= 1 + GUARD_SECONDS
    waited = time.monotonic()
    lease = one.acquire(BALANCES, (IP,), "wait", 5)  # waits for the window
    assert lease is not None and time.monotonic() - waited > 0.5
    # Another prefix is another budget.
    assert RateLimiter(redis=redis_url, prefix=prefix + "-other").acquire(BALANCES, (IP,), "fail", 5)


def test_both_budgets_or_neither(redis_url: str, prefix: str) -> None:
    limiter = RateLimiter(redis=redis_url, prefix=prefix)
    other = Budget("host:account:def", 10, "this account")
    for _ in range(10):
        limiter.acquire(BALANCES, (ACCOUNT,), "fail", 5)
    with pytest.raises(ClientRateLimitError, match="this account"):
        limiter.acquire(BALANCES, (IP, ACCOUNT), "fail", 5)
    for _ in range(10):  # the refusal took nothing from the IP budget
        limiter.acquire(BALANCES, (IP, other), "fail", 5)
    with pytest.raises(ClientRateLimitError, match="this IP address"):
        limiter.acquire(BALANCES, (IP, other), "fail", 5)


def test_a_lease_that_is_never_settled_lapses(redis_url: str, prefix: str) -> None:
    """A process that dies mid-request does not hold the budget for ever: only its lease time."""
    limiter = RateLimiter(redis=redis_url, prefix=prefix)
    for _ in range(10):
        limiter.acquire(BALANCES, (IP,), "fail", 0.2)  # never released
    with pytest.raises(ClientRateLimitError):
        limiter.acquire(BALANCES, (IP,), "fail", 0.2)
    time.sleep(0.2 + PIONEX_RULES.window + GUARD_SECONDS + 0.05)
    assert limiter.acquire(BALANCES, (IP,), "fail", 0.2) is not None


def test_a_ban_is_shared_and_lengthened(redis_url: str, prefix: str) -> None:
    one, two = RateLimiter(redis=redis_url, prefix=prefix), RateLimiter(redis=redis_url, prefix=prefix)
    one.banned(BALANCES, (IP, ACCOUNT), None)
    with pytest.raises(ClientRateLimitError) as held:
        two.acquire(BALANCES, (ACCOUNT,), "wait", 5)  # a ban is not waited out
    assert held.value.banned and 59 < held.value.retry_after <= 60  # type: ignore[operator]
    told = two.banned(BALANCES, (IP,), None)  # a second 429 during the ban: Pionex adds 10 s
    assert "for 70 s" in told
    two.banned(BALANCES, (ACCOUNT,), 1.0)  # a short Retry-After does not shorten a ban
    with pytest.raises(ClientRateLimitError) as held:
        one.acquire(BALANCES, (ACCOUNT,), "fail", 5)
    assert held.value.retry_after is not None and held.value.retry_after > 60


def test_keys_hold_no_credentials_and_share_one_cluster_slot(redis_url: str, prefix: str) -> None:
    limiter = RateLimiter(redis=redis_url, prefix=prefix)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=envelope({"balances": []})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=transport, rate_limiter=limiter) as client:
        client.account.get_balances()
    keys = [key.decode() for key in redis.Redis.from_url(redis_url).keys(f"{{{prefix}}}:*")]
    assert len(keys) == 2 and all(key.startswith(f"{{{prefix}}}:") for key in keys)
    assert not any(FAKE_KEY in key or FAKE_SECRET in key for key in keys)


def test_an_unreachable_store_refuses_and_sends_nothing() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=envelope({"balances": []})))
    with socket_closed() as port:
        limiter = RateLimiter(redis=f"redis://127.0.0.1:{port}/0")
        with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(recorder), rate_limiter=limiter) as client:
            with pytest.raises(RateLimitStoreError, match="nothing was sent"):
                client.account.get_balances()
    assert recorder.requests == []


def socket_closed() -> _ClosedPort:
    return _ClosedPort()


class _ClosedPort:
    def __enter__(self) -> int:
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port: int = probe.getsockname()[1]
        return port  # nothing listens there any more

    def __exit__(self, *exc: object) -> None:
        return None


def test_an_async_redis_client_serves_async_clients_only(redis_url: str, prefix: str) -> None:
    limiter = RateLimiter(redis=redis.asyncio.Redis.from_url(redis_url), prefix=prefix)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=envelope({"balances": []})))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=transport, rate_limiter=limiter) as client:
        with pytest.raises(RateLimitStoreError, match=r"redis\.asyncio"):
            client.account.get_balances()


# -- the clients, against the sandbox enforcing Pionex's limits ---------------------------------------


def test_async_client_through_redis(redis_url: str, prefix: str) -> None:
    async def run() -> None:
        app = create_app(rate_limits=True)
        limiter = RateLimiter(redis=redis_url, prefix=prefix)
        transport = httpx.ASGITransport(app=app)
        async with AsyncPionex(
            DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url="http://sandbox", transport=transport, rate_limiter=limiter
        ) as client:
            await asyncio.gather(*(client.account.get_balances() for _ in range(15)))
        limits = sandbox_of(app).rate_limits
        assert limits is not None and limits.banned_for("ip 127.0.0.1") == 0

    asyncio.run(run())


def test_two_limiters_in_threads_stay_within_one_budget(redis_url: str, prefix: str) -> None:
    with running_sandbox(rate_limits=True) as served:
        errors: list[BaseException] = []

        def work() -> None:
            limiter = RateLimiter(redis=redis_url, prefix=prefix)  # as another process would
            try:
                with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=served.base_url, rate_limiter=limiter) as c:
                    for _ in range(8):
                        c.account.get_balances()
            except BaseException as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=work) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        limits = served.sandbox.rate_limits
        assert limits is not None and limits.banned_for("ip 127.0.0.1") == 0


WORKER = textwrap.dedent(
    """
    import sys
    from pionex_wrapper import Pionex
    # Base URL, key, secret and PIONEX_REDIS_URL come from the environment.
    with Pionex() as client:
        for _ in range(int(sys.argv[1])):
            client.account.get_balances()
    print("ok")
    """
)


def test_two_processes_sharing_a_key_through_redis_are_never_banned(redis_url: str) -> None:
    """Two processes configured only by environment (PIONEX_REDIS_URL) share one account budget."""
    with running_sandbox(rate_limits=True) as served:
        env = {
            **os.environ,
            "PIONEX_BASE_URL": served.base_url,
            "PIONEX_API_KEY": DEFAULT_API_KEY,
            "PIONEX_API_SECRET": DEFAULT_API_SECRET,
            "PIONEX_REDIS_URL": redis_url,
            "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'generated'}",
        }
        env.pop("PIONEX_RATE_LIMIT", None)
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, "12"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            for _ in range(2)
        ]
        outputs = [worker.communicate(timeout=60) for worker in workers]
        for worker, (out, err) in zip(workers, outputs, strict=True):
            assert worker.returncode == 0, err.decode()[-2000:]
            assert out.decode().strip() == "ok"
        limits = served.sandbox.rate_limits
        assert limits is not None
        assert limits.banned_for("ip 127.0.0.1") == 0 and limits.banned_for(f"account {DEFAULT_API_KEY}") == 0


def test_the_same_processes_without_redis_do_get_banned() -> None:
    """The check above can fail: each process alone keeps its own budget, together they exceed it."""
    with running_sandbox(rate_limits=True) as served:
        env = {
            **os.environ,
            "PIONEX_BASE_URL": served.base_url,
            "PIONEX_API_KEY": DEFAULT_API_KEY,
            "PIONEX_API_SECRET": DEFAULT_API_SECRET,
            "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'generated'}",
        }
        env.pop("PIONEX_RATE_LIMIT", None)
        env.pop("PIONEX_REDIS_URL", None)
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, "12"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            for _ in range(2)
        ]
        results = [worker.communicate(timeout=60) for worker in workers]
        assert any(b"RateLimitError" in err for _, err in results)


def test_a_call_behind_the_head_may_go_first_only_if_it_does_not_delay_it(redis_url: str, prefix: str) -> None:
    """As in memory (tests/test_ratelimit.py): the script honours the head's reservation, on the
    server's clock.  Before, the Redis store kept strict order: nobody passed the head, and the
    budget it could not use before its time stayed idle (two processes used 87-88% of it)."""
    store = RateLimiter(redis=redis_url, prefix=prefix)._sync_store()
    assert store.reserves
    first = store.take((IP,), 3, 10).lease
    assert first is not None
    store.settle((IP,), first)
    time.sleep(0.3)
    second = store.take((IP,), 2, 10).lease
    assert second is not None
    store.settle((IP,), second)
    head = store.take((IP,), 6, 10)  # 5 of 10 used: the head needs the first 3 to leave
    assert head.lease is None and not head.in_flight
    assert head.at == pytest.approx(time.time() + head.wait, abs=0.5)  # the server's clock, in seconds
    reserved = Reservation((IP,), 6, head.at)
    assert store.take((IP,), 2, 10, behind=reserved).lease is not None  # 2 + 2 + 6 fit at head.at
    assert store.take((IP,), 1, 10, behind=reserved).lease is None  # 1 more would delay the head
    assert store.take((IP,), 1, 10).lease is not None  # (there was room, but only by delaying it)
    assert store.take((ACCOUNT,), 1, 10, behind=reserved).lease is not None  # another budget: no delay


def test_a_public_call_passes_a_private_head_waiting_for_the_account_budget(redis_url: str, prefix: str) -> None:
    """A public call does not wait behind a private one held back by the account budget alone."""
    rules = replace(PIONEX_RULES, window=2.0, account_weight=1)
    limiter = RateLimiter(redis=redis_url, prefix=prefix, rules=rules)
    order: list[str] = []

    def reply(request: httpx.Request) -> httpx.Response:
        order.append(request.url.path.rsplit("/", 1)[-1])
        return httpx.Response(200, json=envelope({"balances": [], "tickers": []}))

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply), rate_limiter=limiter) as client:
        client.account.get_balances()  # the account budget is used for a window
        private = threading.Thread(target=client.account.get_balances)
        private.start()
        deadline = time.monotonic() + 5
        while len(limiter._queue) < 1 and time.monotonic() < deadline:
            time.sleep(0.001)
        client.market.get_tickers()
        private.join(10)
    assert order == ["balances", "tickers", "balances"]


def test_the_head_of_one_process_is_not_passed_by_another_processes_calls(redis_url: str, prefix: str) -> None:
    """The first call across processes that waits for settled weight holds a reservation in
    Redis: another process's calls may take only what leaves it its weight at its time.  Before,
    each process's order was its own, and a heavy call could be passed by the other's light
    calls until its deadline."""
    one = RateLimiter(redis=redis_url, prefix=prefix)._sync_store()
    two = RateLimiter(redis=redis_url, prefix=prefix)._sync_store()
    first = one.take((IP,), 3, 10).lease
    assert first is not None
    one.settle((IP,), first)
    time.sleep(0.3)
    second = one.take((IP,), 2, 10).lease
    assert second is not None
    one.settle((IP,), second)
    head = one.take((IP,), 6, 10, reserve=True)  # 5 of 10 used: it waits for the first 3
    assert head.lease is None and not head.in_flight
    assert two.take((IP,), 2, 10).lease is not None  # 2 + 2 + 6 fit at the head's time
    passed = two.take((IP,), 1, 10)  # 1 more would delay the other process's head
    assert passed.lease is None and passed.at == pytest.approx(head.at, abs=0.002)
    assert two.take((ACCOUNT,), 1, 10).lease is not None  # another budget: no delay
    assert one.take((IP,), 1, 10, behind=Reservation((IP,), 6, head.at)).lease is None  # nor its own
    time.sleep(head.wait + 0.01)
    assert one.take((IP,), 6, 10, reserve=True).lease is not None  # the head takes its weight...
    assert not redis.Redis.from_url(redis_url).keys(f"{{{prefix}}}:*:head")  # ...and its reservation ends
