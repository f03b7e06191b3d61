"""The decisions of one call, written once, without I/O.

A call is a generator, as ``httpx.Auth.auth_flow`` is: it yields the actions it wants done
(:class:`Acquire` budget, :class:`Transmit` a request, :class:`Release` the budget, record a
:class:`Ban`, :class:`Sleep`, :class:`LoadRules`) and receives their results, or the exception an
action raised, thrown in at the ``yield``.  What it decides between the actions (retry or not,
send once more after a refused timestamp, look a lost order up by its client id and place it
again or not, what error the caller gets) is here and nowhere else.  The clients' drivers
(``Pionex._drive``, ``AsyncPionex._drive``) only perform the actions, blocking or awaited.

    flow = Flow(core, pooled=True, is_closed=lambda: False)
    call = flow.invoke(operation, arguments, options)   # a generator
    action = next(call)                                 # Acquire(...)
    action = call.send(lease)                           # Transmit(...)
    ...                                                 # StopIteration.value: the result

A driver must hand an action's exception back with ``throw`` (outside its own ``except``
block, so that what the flow raises does not chain it), and should not abandon a flow midway:
the flow asks for its budget back (:class:`Release`) whatever the request's outcome, cancellation
included; an abandoned flow can ask for nothing, and its lease then expires by itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from pionex_client.facade.errors import InvalidTimestampError, OrderNotFoundError

from .body import BodyReader
from .errors import PionexError
from .operation import DEFAULT_CALL, CallOptions, Operation
from .record import Record
from .retry import is_ambiguous, retry_after

if TYPE_CHECKING:
    from .client import _Core
    from .ratelimit import Budget, Lease

T = TypeVar("T")


# -- actions -------------------------------------------------------------------------------------
# Records, not dataclasses (see pionex_wrapper.record): they are made on every call.


class Acquire(Record):
    """Take the operation's weight from the rate budgets (waiting as the mode says); the result is
    a ``Lease``, or None when limiting is off; raises ``ClientRateLimitError`` when refused."""

    __slots__ = ("operation", "seconds")

    def __init__(self, operation: Operation[Any], seconds: float | None) -> None:
        self.operation = operation
        self.seconds = seconds


class Transmit(Record):
    """Send ``request`` (keyword arguments of ``httpx.Client.stream``) and read its body through
    ``reader``; the result is the ``httpx.Response``.  May raise ``httpx.RequestError``, a
    ``PionexError`` from the reader, or ``TimeoutError`` (the async driver's overall deadline)."""

    __slots__ = ("reader", "request")

    def __init__(self, request: dict[str, Any], reader: BodyReader) -> None:
        self.request = request
        self.reader = reader


class Release(Record):
    """Give a lease back: the request has ended."""

    __slots__ = ("lease",)

    def __init__(self, lease: Lease) -> None:
        self.lease = lease


class Ban(Record):
    """Record the ban an HTTP 429 announced on ``budgets``; the result is what the error should
    say about it."""

    __slots__ = ("budgets", "operation", "retry_after")

    def __init__(self, operation: Operation[Any], budgets: tuple[Budget, ...], retry_after: float | None) -> None:
        self.operation = operation
        self.budgets = budgets
        self.retry_after = retry_after


class Sleep(Record):
    """Wait ``seconds`` before the next attempt."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class LoadRules(Record):
    """Read the pairs' trading rules (``market_rules="auto"``, before the first order)."""

    __slots__ = ()


Action = Acquire | Transmit | Release | Ban | Sleep | LoadRules
Call = Generator[Action, Any, T]
"""A call in progress: yields actions, receives their results, returns the call's result."""

Finish = Callable[[Operation[Any], httpx.Response, float], Any]
"""What a successful exchange becomes: the typed data (``_Core.result``) or a raw response."""


# -- the decisions -------------------------------------------------------------------------------


class Flow:
    """The calls of one client: its shared core, whether the HTTP pool is its own (``pooled``),
    and how to tell that the pool is closed."""

    __slots__ = ("core", "is_closed", "pooled")

    def __init__(self, core: _Core, pooled: bool, is_closed: Callable[[], bool]) -> None:
        self.core = core
        self.pooled = pooled
        self.is_closed = is_closed

    def invoke(self, operation: Operation[T], arguments: dict[str, Any], options: CallOptions) -> Call[T]:
        """One named call: reconciled if the spec says the write can be, else :meth:`run` (the
        generator itself, not one wrapping it: no extra step on every call's path)."""
        if operation.reconcile is None:
            return self.run(operation, arguments, options, self.core.result)
        return self.reconciled(operation, arguments, options)

    def run(
        self, operation: Operation[T], arguments: dict[str, Any], options: CallOptions, finish: Finish
    ) -> Call[Any]:
        """One operation: checked and built (nothing is sent if refused), budget taken, sent, budget
        given back, a 429's ban recorded, the reply read by ``finish``; sent once more after a
        refused timestamp, and a read retried as the retry policy says (see
        :mod:`pionex_wrapper.retry`).  One generator, not one per attempt: this is every call's path.

        The call's timeout is one deadline for all of it, counted from the first attempt (see
        :mod:`pionex_wrapper.body`): the wait for budget, each attempt and each wait between
        attempts come out of it, and no retry or resend starts unless it can start before it.
        (A reconciled write's lookup, :meth:`reconciled`, is its own call with its own deadline:
        cutting it short would turn a lost reply into an unknown outcome.)
        """
        core = self.core
        if core.market_rules.wanted(operation):
            yield LoadRules()
        policy = core.retry_policy(options)
        first = time.monotonic()
        deadline: float | None = None  # the call's, from its first attempt: a retry does not restart it
        retry, resynced = 0, False
        while True:
            try:
                request = core.request(operation, arguments, options.timeout, options.extra_headers, self.pooled)
                if self.is_closed():
                    raise core.closed(operation)
                timeout = request.get("timeout", core.timeout)
                reader = BodyReader(operation.method, operation.path, timeout, first, core.max_response_bytes)
                deadline = reader.deadline
                reader.check_deadline()  # no attempt starts once the call's deadline has passed
                # No budget is taken with rate limiting off; otherwise this may wait for it.
                lease = None if core.limits.mode == "off" else (yield Acquire(operation, reader.remaining()))
                started = time.monotonic()
                failure: PionexError | None = None
                try:
                    try:
                        response: httpx.Response = yield Transmit(request, reader)
                    except GeneratorExit:  # abandoned: nothing more can be asked; the lease expires by itself
                        raise
                    except BaseException:
                        if lease is not None:
                            yield Release(lease)
                        raise
                    if lease is not None:
                        yield Release(lease)
                    if response.status_code == 429 and lease is not None:
                        core.note_ban(response, (yield Ban(operation, lease.budgets, retry_after(response))))
                except httpx.RequestError as error:
                    # A timeout at the call's deadline (the sync pool's sockets, see deadline.py)
                    # says so, as the body's check and the async client's cancellation do.
                    expired = isinstance(error, httpx.TimeoutException) and reader.expired()
                    failure = reader.timed_out() if expired else core.transport_error(operation, error)
                except TimeoutError:
                    failure = reader.timed_out()
                # Raised here, not in the except blocks above, so that it holds no reference to
                # httpx's exception (whose request carries the key and the signature) as its __context__.
                if failure is not None:
                    raise failure from None
                return finish(operation, response, started)
            except InvalidTimestampError:
                if resynced or not core.may_resync(operation):
                    raise
                resynced = True
                continue
            except PionexError as error:
                retry += 1
                wait = policy.next_wait(operation, error, retry, time.monotonic() - first)
                if wait is None or (deadline is not None and time.monotonic() + wait >= deadline):
                    raise
                core.log_retry(operation, error, retry, wait)
            yield Sleep(wait)

    def reconciled(self, operation: Operation[T], arguments: dict[str, Any], options: CallOptions) -> Call[T]:
        """A write that is never duplicated: after a lost reply it is looked up by the caller's own
        identifier, returned if it exists, sent again only if the exchange says it does not."""
        core = self.core
        arguments, key, lookup = core.with_key(operation, arguments)
        policy = core.retry_policy(options)
        first = time.monotonic()
        attempt = 0
        while True:
            try:
                placed = yield from self.run(operation, arguments, options, core.result)
                return core.keyed(operation, placed, key)
            except PionexError as error:
                if not is_ambiguous(error):
                    raise
                lost = error
            try:
                reply = yield from self.run(
                    lookup, core.lookup_arguments(operation, arguments, key), DEFAULT_CALL, core.result
                )
                found = core.found(operation, reply, key)
            except OrderNotFoundError:
                found = None
            except PionexError:
                raise core.outcome_unknown(operation, key, lost, may_exist=True) from None
            if found is not None:
                return core.adopt(operation, found, key, lost)
            attempt += 1
            wait = policy.next_wait(operation, lost, attempt, time.monotonic() - first, safe=True)
            if wait is None:
                raise core.outcome_unknown(operation, key, lost, may_exist=False)
            core.log_retry(operation, lost, attempt, wait)
            yield Sleep(wait)
