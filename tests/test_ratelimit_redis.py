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
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, create_app, running_sandbox, sandbox_of
from pionex_sandbox.redis_server import RedisUnavailable, running_redis
from pionex_wrapper import (
    OPERATIONS,
    AsyncPionex,
    ClientRateLimitError,
    Pionex,
    RateLimiter,
    RateLimitStoreError,
)
from pionex_wrapper.ratelimit import GUARD_SECONDS, PIONEX_RULES, Budget
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, envelope

ROOT = Path(__file__).resolve().parent.parent
BALANCES = next(op for op in OPERATIONS if op.operation_id == "getBalances")
_prefixes = itertools.count()


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    try:
        with running_redis() as url:
            yield url
    except RedisUnavailable as error:
        if os.environ.get("PIONEX_REQUIRE_REDIS"):
            pytest.fail(f"PIONEX_REQUIRE_REDIS is set but {error}")
        pytest.skip(str(error))


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
