"""The decisions of a call for budget, alone: ``acquiring`` driven by hand, answered with scripted
verdicts, no store, no clock, no thread and no event loop; then the two drivers, on a scripted
store.

Each test plays the driver: it reads the action the generator yields, answers a ``Take`` with a
verdict (``send``) and a ``Wait`` with nothing (``next``), and checks the queue between steps.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from typing import Any

import pytest

from pionex_wrapper import OPERATIONS, ClientRateLimitError
from pionex_wrapper.ratelimit import PIONEX_RULES, Budget, Lease, Mode, RateLimiter, Reservation, Verdict
from pionex_wrapper.ratelimit.queue import TAKE, Queue, Take, Wait, acquiring

IP = Budget("host:ip", 10, "this IP address")
ACCOUNT = Budget("host:account:x", 10, "this account")
BY_ID = {op.operation_id: op for op in OPERATIONS}
LIGHT = BY_ID["getBalances"]  # weight 1, private
HEAVY = BY_ID["getOpenOrders"]  # weight 5, private

GRANTED = Verdict("lease-1")
SHORT = Verdict(None, 0.3, at=100.3)
"""Refused: settled weight leaves the window in 0.3 s (at 100.3 on the store's clock)."""
IN_FLIGHT = Verdict(None, 0.01, in_flight=True)
BANNED = Verdict(None, 42.0, banned=True, budget=1)


class FakeWaiter:
    """Counts its wakes; nobody blocks on it."""

    def __init__(self) -> None:
        self.wakes = 0

    def wake(self) -> None:
        self.wakes += 1


Flow = Generator[Take | Wait[FakeWaiter], Verdict, Lease]


def start(
    queue: Queue,
    mode: Mode = "wait",
    *,
    operation: Any = LIGHT,
    budgets: tuple[Budget, ...] = (IP, ACCOUNT),
    reserves: bool = True,
) -> Flow:
    return acquiring(queue, operation, budgets, mode, PIONEX_RULES, reserves, FakeWaiter)


def granted(flow: Flow, verdict: Verdict) -> Lease:
    with pytest.raises(StopIteration) as done:
        flow.send(verdict)
    lease = done.value.value
    assert isinstance(lease, Lease)
    return lease


def waits(action: object, seconds: float | None = None) -> FakeWaiter:
    assert isinstance(action, Wait) and action.seconds == seconds
    waiter = action.waiter
    assert isinstance(waiter, FakeWaiter)
    return waiter


# -- at once, without the queue ---------------------------------------------------------------------


def test_nobody_waiting_the_call_takes_at_once_and_never_joins() -> None:
    queue = Queue()
    flow = start(queue)
    assert next(flow) is TAKE  # no reservation: a plain take
    assert granted(flow, GRANTED) == Lease((IP, ACCOUNT), "lease-1")
    assert len(queue) == 0 and queue.reserved is None


def test_fail_mode_refuses_at_once() -> None:
    queue = Queue()
    flow = start(queue, "fail")
    assert next(flow) is TAKE
    with pytest.raises(ClientRateLimitError) as refused:
        flow.send(SHORT)
    assert not refused.value.banned and refused.value.retry_after == 0.3
    assert refused.value.budget == "this IP address" and "rate_limit='fail'" in str(refused.value)
    assert len(queue) == 0


def test_fail_mode_with_a_queue_tries_behind_the_heads_reservation_without_joining() -> None:
    queue = Queue()
    head = start(queue, operation=HEAVY)
    next(head)
    waits(head.send(SHORT))  # refused: the head joins the queue
    next(head)
    waits(head.send(SHORT), 0.3)
    assert queue.reserved == Reservation((IP, ACCOUNT), HEAVY.weight, 100.3)
    flow = start(queue, "fail")
    assert next(flow) == Take(queue.reserved)
    with pytest.raises(ClientRateLimitError):
        flow.send(SHORT)  # it would delay the head: refused, not queued
    assert len(queue) == 1


def test_a_ban_refuses_without_waiting() -> None:
    queue = Queue()
    flow = start(queue, "wait")
    assert next(flow) is TAKE
    with pytest.raises(ClientRateLimitError) as refused:
        flow.send(BANNED)
    assert refused.value.banned and refused.value.retry_after == 42.0 and refused.value.budget == "this account"
    assert "banned this account" in str(refused.value)
    assert len(queue) == 0


# -- in the queue -------------------------------------------------------------------------------------


def test_wait_mode_joins_the_queue_and_the_head_waits_for_its_time() -> None:
    queue = Queue()
    flow = start(queue)
    next(flow)
    waiter = waits(flow.send(SHORT))  # refused: it joins, and waits to be woken
    assert len(queue) == 1 and waiter.wakes == 1  # the head at once: woken on joining
    assert next(flow) is TAKE  # as the head: a plain take
    assert waits(flow.send(SHORT), 0.3) is waiter  # refused: until its time, or a request ends
    assert queue.reserved == Reservation((IP, ACCOUNT), LIGHT.weight, 100.3)
    assert next(flow) is TAKE  # looks again as the head
    assert granted(flow, GRANTED) == Lease((IP, ACCOUNT), "lease-1")
    assert len(queue) == 0 and queue.reserved is None


def test_a_call_behind_the_head_waits_its_turn_in_wait_mode() -> None:
    queue = Queue()
    head = start(queue)
    next(head)
    head_waiter = waits(head.send(SHORT))
    second = start(queue)
    second_waiter = waits(next(second))  # somebody waits: it joins without trying
    assert len(queue) == 2 and second_waiter.wakes == 0
    next(head)
    waits(head.send(SHORT), 0.3)
    assert second_waiter.wakes == 1  # the head reserved: the call behind it may fit in
    assert next(head) is TAKE  # its time has come
    assert granted(head, GRANTED).lease == "lease-1"
    assert len(queue) == 1 and second_waiter.wakes == 2  # the head left: the next is the head now
    assert head_waiter.wakes == 1
    assert next(second) is TAKE  # the head now: a plain take
    assert granted(second, Verdict("lease-2")).lease == "lease-2"
    assert len(queue) == 0


def test_a_reservation_lets_a_light_call_pass_behind_the_head_without_delaying_it() -> None:
    queue = Queue()
    head = start(queue, operation=HEAVY)
    next(head)
    waits(head.send(SHORT))
    next(head)
    waits(head.send(SHORT), 0.3)
    reserved = queue.reserved
    assert reserved == Reservation((IP, ACCOUNT), HEAVY.weight, 100.3)
    light, third = start(queue), start(queue)
    # Newcomers ask the store at once for weight behind the head; it would delay the head: they
    # join the queue and wait.
    assert next(light) == Take(reserved)
    light_waiter = waits(light.send(Verdict(None, 0.3, at=100.3)))
    assert next(third) == Take(reserved)
    third_waiter = waits(third.send(Verdict(None, 0.3, at=100.3)))
    # Woken (a request ended: the head, still short, woke the call behind it), the light call
    # asks again behind the head.
    assert next(light) == Take(reserved)
    # The store says it would delay the head: it wakes the call behind it and waits again.
    assert waits(light.send(Verdict(None, 0.3, at=100.3))) is light_waiter
    assert third_waiter.wakes == 1
    assert next(third) == Take(reserved)
    assert waits(third.send(Verdict(None, 0.3, at=100.3))) is third_waiter
    # Woken again, it fits: it goes, and the head still has its reservation, still the head.
    assert next(light) == Take(reserved)
    assert granted(light, GRANTED).lease == "lease-1"
    assert queue.reserved is reserved and len(queue) == 2 and queue._waiters[1] is third_waiter
    assert third_waiter.wakes == 2  # woken in turn, to see whether it fits too


def test_a_newcomer_that_fits_behind_the_reserved_head_goes_at_once() -> None:
    """Before, a newcomer joined the queue and waited for the head to wake it: a public call
    waited a whole window behind a private head that only the account budget held back."""
    queue = Queue()
    head = start(queue, operation=HEAVY)
    next(head)
    waits(head.send(SHORT))
    next(head)
    waits(head.send(SHORT), 0.3)
    reserved = queue.reserved
    assert reserved is not None
    newcomer = start(queue, budgets=(IP,))
    assert next(newcomer) == Take(reserved)
    assert granted(newcomer, GRANTED).lease == "lease-1"
    assert len(queue) == 1 and queue.reserved is reserved  # never joined; the head keeps its place


def test_a_store_without_reservations_keeps_strict_order() -> None:
    queue = Queue()
    head = start(queue, reserves=False)
    next(head)
    waits(head.send(SHORT))
    behind = start(queue, reserves=False)
    behind_waiter = waits(next(behind))
    next(head)
    waits(head.send(SHORT), 0.3)
    assert queue.reserved is None and behind_waiter.wakes == 0  # nobody passes the head
    # Woken anyway (a request ended), the call behind does not take: it waits again.
    assert waits(next(behind)) is behind_waiter


def test_waiting_for_a_request_in_flight_reserves_nothing() -> None:
    """Nobody knows when a request in flight ends: a call behind could delay the head."""
    queue = Queue()
    head = start(queue)
    next(head)
    waits(head.send(SHORT))
    next(head)
    waits(head.send(SHORT), 0.3)
    assert queue.reserved is not None
    next(head)
    waits(head.send(IN_FLIGHT), 0.01)
    assert queue.reserved is None


def test_a_ban_refuses_the_head_and_it_leaves_the_queue() -> None:
    queue = Queue()
    head = start(queue)
    next(head)
    waits(head.send(SHORT))
    behind = start(queue)
    behind_waiter = waits(next(behind))
    next(head)
    waits(head.send(SHORT), 0.3)
    next(head)
    with pytest.raises(ClientRateLimitError) as refused:
        head.send(BANNED)
    assert refused.value.banned
    assert queue.reserved is None and len(queue) == 1
    assert behind_waiter.wakes == 2  # the head left: the next looks as the head


# -- the call always leaves the queue -------------------------------------------------------------


def test_a_closed_flow_leaves_the_queue_and_wakes_the_next() -> None:
    """A driver interrupted while waiting (a task cancelled, Ctrl-C) closes the flow."""
    queue = Queue()
    head = start(queue)
    next(head)
    waits(head.send(SHORT))
    behind = start(queue)
    behind_waiter = waits(next(behind))
    head.close()
    assert len(queue) == 1 and behind_waiter.wakes == 1
    behind.close()
    assert len(queue) == 0


def test_an_error_thrown_in_while_waiting_leaves_the_queue_and_goes_on() -> None:
    queue = Queue()
    flow = start(queue)
    next(flow)
    waits(flow.send(SHORT))
    with pytest.raises(KeyboardInterrupt):
        flow.throw(KeyboardInterrupt())
    assert len(queue) == 0


def test_a_store_failure_at_the_head_leaves_the_queue() -> None:
    queue = Queue()
    flow = start(queue)
    next(flow)
    waits(flow.send(SHORT))
    assert next(flow) is TAKE
    with pytest.raises(OSError):
        flow.throw(OSError("the store is gone"))
    assert len(queue) == 0


def test_closing_before_the_queue_or_after_the_end_is_harmless() -> None:
    queue = Queue()
    flow = start(queue)
    next(flow)
    flow.close()  # the store failed on the first take: the call never joined
    assert len(queue) == 0
    done = start(queue)
    next(done)
    granted(done, GRANTED)
    done.close()
    assert len(queue) == 0


# -- the drivers: only perform the actions ------------------------------------------------------------


class ScriptedStore:
    """Answers each take with the next verdict of its script (an exception is raised)."""

    reserves = True

    def __init__(self, *script: Verdict | Exception) -> None:
        self.script = list(script)
        self.behind: list[Reservation | None] = []

    def take(
        self,
        budgets: tuple[Budget, ...],
        weight: int,
        lease_seconds: float,
        behind: Any = None,
        *,
        reserve: bool = False,
    ) -> Verdict:
        self.behind.append(behind)
        answer = self.script.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    def settle(self, budgets: tuple[Budget, ...], lease: str) -> None:
        pass

    def ban(self, budgets: tuple[Budget, ...], seconds: float) -> float:
        return seconds


class AsyncScriptedStore(ScriptedStore):
    async def take(  # type: ignore[override]
        self,
        budgets: tuple[Budget, ...],
        weight: int,
        lease_seconds: float,
        behind: Any = None,
        *,
        reserve: bool = False,
    ) -> Verdict:
        return ScriptedStore.take(self, budgets, weight, lease_seconds, behind)


SOON = Verdict(None, 0.01, at=0.01)


def test_the_sync_driver_waits_as_told_and_leaves_the_queue_when_the_store_fails() -> None:
    limiter = RateLimiter()
    limiter._store = ScriptedStore(SOON, SOON, GRANTED)  # type: ignore[assignment]
    assert limiter.acquire(LIGHT, (IP,), "wait", 5) == Lease((IP,), "lease-1")
    limiter._store = store = ScriptedStore(SOON, OSError("the store is gone"))  # type: ignore[assignment]
    with pytest.raises(OSError):
        limiter.acquire(LIGHT, (IP,), "wait", 5)
    assert len(limiter._queue) == 0 and store.behind == [None, None]


def test_the_async_driver_waits_as_told_and_leaves_the_queue_when_the_store_fails() -> None:
    async def main() -> None:
        limiter = RateLimiter()
        limiter._async_memory = AsyncScriptedStore(SOON, SOON, GRANTED)  # type: ignore[assignment]
        assert await limiter.aacquire(LIGHT, (IP,), "wait", 5) == Lease((IP,), "lease-1")
        limiter._async_memory = AsyncScriptedStore(SOON, OSError("the store is gone"))  # type: ignore[assignment]
        with pytest.raises(OSError):
            await limiter.aacquire(LIGHT, (IP,), "wait", 5)
        assert len(limiter._queue) == 0

    asyncio.run(main())
