"""Faults on demand: the bad days of a real exchange, chosen per test or from the command line.

A :class:`Fault` says what goes wrong (its *kind*), to which requests (a ``path`` pattern and
a ``method``), how often (a probability ``p``, ``every`` Nth request, at most ``times``
times) and *when*:

* ``"before"`` (the default): the sandbox never sees the request; nothing happens to the
  account, and the client gets the fault instead of a reply;
* ``"after"``: the sandbox serves the request in full (the order is placed, balances move)
  and only then is its reply delayed or replaced by the fault.  The client cannot tell the
  two apart, which is the point: a client that sends an order again after losing its reply
  places it twice.

For a ``latency``, "before" means the request has arrived and waits to be served: the
sandbox acts on it after the wait even if the client has timed out meanwhile (another way
to lose the reply of a placed order); "after" delays the reply of a request already served.

The kinds:

* ``latency``: wait ``ms`` milliseconds, then answer normally (it adds up with another fault);
* ``status``: an HTTP error (503 by default) with a JSON envelope that has no ``code``;
* ``html``: an HTTP error (502 by default) with an HTML page, as a gateway sends;
* ``reset``: the reply's headers and half its body, then the connection is reset;
* ``truncate``: the reply with its body cut in half, and a ``Content-Length`` that matches
  the cut body, so only the JSON decoder notices;
* ``drop``: no reply at all; the connection stays silent for ``ms`` milliseconds (60 s by
  default) or until the client gives up, then it is closed.

A "before" ``reset`` or ``truncate`` has no reply to cut, so it cuts a stand-in: a 200 with
``{"result":true,"data":{},"timestamp":...}``.

A :class:`Faults` plan holds the faults of one app (``faults_of(app)``, also
``app.state.faults``), decides per request which of them strike, and records every strike
(:attr:`Faults.struck`).  It is deterministic: each fault draws from its own
``random.Random`` seeded from the plan's seed and the fault's position, so the same seed
and the same requests give the same faults.  When several faults strike one request, their
latencies add up and the first fault of another kind wins.

Faults are written on the command line as ``KIND[:PART]...`` (see :meth:`Fault.parse`)::

    status:503:p=0.1
    reset:after:path=/api/v1/trade/order:p=0.2
    latency:300ms:p=0.5
    drop:5s:method=POST:times=1

A test changes the plan between requests::

    with running_sandbox(faults=["reset:after:path=/api/v1/trade/order:times=1"]) as served:
        ...  # the first order is placed and its reply lost; served.faults.count("reset") == 1
        served.faults.set("status:503:p=0.5", seed=3)  # a new plan, counters from zero
        served.faults.clear()  # no faults; served.faults.struck still lists the strikes

Served by uvicorn, ``reset`` really resets the TCP connection (the client sees a read error
or a protocol error) and ``drop`` closes it.  In-process (``httpx.ASGITransport``) there is
no connection to lose, so both raise :class:`ConnectionDropped` out of the app (a ``drop``
after its silence), which the transport passes on to the caller.  Waits end early when
the plan is released (:meth:`Faults.release`), which :func:`~pionex_sandbox.running_sandbox`
and the command line do when they stop.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import json
import random
import re
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal, get_args

from starlette.types import ASGIApp, Message, Receive, Scope, Send

Kind = Literal["latency", "status", "html", "reset", "truncate", "drop"]
When = Literal["before", "after"]

KINDS: tuple[Kind, ...] = get_args(Kind)
DEFAULT_STATUS = {"status": 503, "html": 502}
"""The HTTP status of a ``status`` or ``html`` fault that names none."""

DEFAULT_HANG_MS = 60_000
"""How long a ``drop`` fault keeps the connection silent unless it says otherwise."""

_POLL_SECONDS = 0.05
_DURATION = re.compile(r"([0-9]+(?:\.[0-9]+)?)(ms|s)")
_STATUS = re.compile(r"[0-9]{3}")
_METHOD = re.compile(r"[A-Z]+")
_REASONS = {
    400: "Bad Request",
    408: "Request Timeout",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    520: "Unknown Error",
    521: "Web Server Is Down",
    522: "Connection Timed Out",
    524: "A Timeout Occurred",
}


class ConnectionDropped(ConnectionError):
    """Raised out of the app when a ``reset`` or ``drop`` fault has no real connection to lose.

    That happens in-process (``httpx.ASGITransport``); served over HTTP the connection is
    reset or closed instead and nothing is raised.
    """


def _duration_ms(text: str) -> int:
    match = _DURATION.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not a duration such as 300ms or 2s")
    value = float(match.group(1))
    return round(value * 1000) if match.group(2) == "s" else round(value)


def _positive(name: str, text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"{name} must be a whole number of at least 1, not {text!r}")
    return int(text)


def _probability(text: str) -> float:
    try:
        value = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise ValueError(f"p must be a probability between 0 and 1 (or a percentage), not {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"p must be between 0 and 1, not {text!r}")
    return value


@dataclass(frozen=True)
class Fault:
    """One fault of a plan: what goes wrong, to which requests, how often and when.

    ``ms`` is the delay of ``latency`` (required) and how long ``drop`` stays silent
    (default :data:`DEFAULT_HANG_MS`); ``status`` is the HTTP status of ``status`` (default
    503) and ``html`` (default 502).  ``path`` is an exact path or a shell-style pattern
    (``/api/v1/trade/*``), ``method`` an HTTP method; both match every request when None.
    The fault strikes every matching request with probability ``p``; with ``every=N`` only
    the Nth, 2Nth, ... matching request is a candidate; with ``times=N`` it strikes at most
    N times, then stays quiet (``times=1`` with the default ``p=1``: the next matching
    request only).
    """

    kind: Kind
    when: When = "before"
    p: float = 1.0
    every: int | None = None
    times: int | None = None
    path: str | None = None
    method: str | None = None
    status: int | None = None
    ms: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {', '.join(KINDS)}")
        if self.when not in ("before", "after"):
            raise ValueError(f"when must be 'before' or 'after', not {self.when!r}")
        if not 0.0 <= self.p <= 1.0:
            raise ValueError(f"p must be between 0 and 1, not {self.p!r}")
        for name, count in (("every", self.every), ("times", self.times)):
            if count is not None and count < 1:
                raise ValueError(f"{name} must be at least 1, not {count!r}")
        if self.path is not None and not self.path.startswith(("/", "*")):
            raise ValueError(f"path must start with '/' (or be a pattern such as '*'), not {self.path!r}")
        if self.method is not None and _METHOD.fullmatch(self.method) is None:
            raise ValueError(f"method must be an upper-case HTTP method such as POST, not {self.method!r}")
        if self.status is not None:
            if self.kind not in DEFAULT_STATUS:
                raise ValueError(f"a {self.kind} fault takes no HTTP status")
            if not 400 <= self.status <= 599:
                raise ValueError(f"the status of a {self.kind} fault must be from 400 to 599, not {self.status}")
        if self.ms is not None:
            if self.kind not in ("latency", "drop"):
                raise ValueError(f"a {self.kind} fault takes no duration")
            if self.ms < 0:
                raise ValueError(f"the duration must not be negative, not {self.ms} ms")
        elif self.kind == "latency":
            raise ValueError("a latency fault needs a duration, such as latency:300ms")
        elif self.kind == "drop":
            object.__setattr__(self, "ms", DEFAULT_HANG_MS)
        if self.status is None and self.kind in DEFAULT_STATUS:
            object.__setattr__(self, "status", DEFAULT_STATUS[self.kind])

    # -- constructors ----------------------------------------------------------------------

    @classmethod
    def parse(cls, spec: str) -> Fault:
        """A fault written as ``KIND[:PART]...``, the command line's ``--fault`` syntax.

        ``KIND`` is one of latency, status, html, reset, truncate, drop.  Each ``PART`` is
        one of: ``before`` or ``after``; a duration such as ``300ms`` or ``2.5s`` (latency,
        drop); a status such as ``503`` (status, html); or ``p=0.1`` (also ``p=10%``),
        ``every=N``, ``times=N``, ``path=/api/v1/trade/order`` (``*`` patterns allowed) or
        ``method=POST``.  Raises ``ValueError`` with the reason when the spec is wrong.
        """
        kind, *parts = spec.strip().split(":")
        kind = kind.strip().lower()
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r} in {spec!r}; one of {', '.join(KINDS)}")
        fields: dict[str, object] = {}

        def put(name: str, value: object, part: str) -> None:
            if name in fields:
                raise ValueError(f"{part!r} repeats {name} in {spec!r}")
            fields[name] = value

        for part in parts:
            text = part.strip()
            name, equals, value = text.partition("=")
            if not equals:
                if text in ("before", "after"):
                    put("when", text, text)
                elif _DURATION.fullmatch(text) and kind in ("latency", "drop"):
                    put("ms", _duration_ms(text), text)
                elif _STATUS.fullmatch(text) and kind in DEFAULT_STATUS:
                    put("status", int(text), text)
                else:
                    raise ValueError(f"{text!r} means nothing to a {kind} fault in {spec!r}")
                continue
            name = name.strip().lower()
            value = value.strip()
            if name == "p":
                put("p", _probability(value), text)
            elif name in ("every", "times"):
                put(name, _positive(name, value), text)
            elif name == "path":
                put("path", value, text)
            elif name == "method":
                put("method", value.upper(), text)
            else:
                raise ValueError(f"unknown setting {name!r} in {spec!r}; one of p, every, times, path, method")
        try:
            return cls(kind, **fields)  # type: ignore[arg-type]
        except ValueError as error:
            raise ValueError(f"{error} (in {spec!r})") from None

    def __str__(self) -> str:
        """The fault in :meth:`parse`'s syntax (``Fault.parse(str(fault)) == fault``)."""
        parts: list[str] = [self.kind]
        if self.kind in DEFAULT_STATUS:
            parts.append(str(self.status_code))
        if self.ms is not None:
            parts.append(f"{self.ms}ms")
        parts.append(self.when)
        if self.path is not None:
            parts.append(f"path={self.path}")
        if self.method is not None:
            parts.append(f"method={self.method}")
        if self.every is not None:
            parts.append(f"every={self.every}")
        if self.p != 1.0:
            parts.append(f"p={self.p:g}")
        if self.times is not None:
            parts.append(f"times={self.times}")
        return ":".join(parts)

    @property
    def status_code(self) -> int:
        """The HTTP status a ``status`` or ``html`` fault answers with."""
        return self.status if self.status is not None else DEFAULT_STATUS.get(self.kind, 503)

    @property
    def hang_ms(self) -> int:
        """How long a ``drop`` stays silent (the delay of a ``latency``)."""
        return self.ms if self.ms is not None else DEFAULT_HANG_MS

    def matches(self, method: str, path: str) -> bool:
        """Whether a request is one this fault is about (its method and path filters)."""
        if self.method is not None and method != self.method:
            return False
        return self.path is None or path == self.path or fnmatch.fnmatchcase(path, self.path)


@dataclass(frozen=True)
class Strike:
    """A fault that struck: the ``number`` of the request in the plan (from 1), its method and path."""

    number: int
    method: str
    path: str
    fault: Fault

    @property
    def kind(self) -> Kind:
        return self.fault.kind

    @property
    def when(self) -> When:
        return self.fault.when


@dataclass
class _Armed:
    """A fault in a plan, with its own counters and random numbers."""

    fault: Fault
    rng: random.Random
    matched: int = 0
    struck: int = 0

    def consult(self) -> bool:
        """Count one matching request; whether the fault would strike it."""
        self.matched += 1
        fault = self.fault
        if fault.times is not None and self.struck >= fault.times:
            return False
        if fault.every is not None and self.matched % fault.every:
            return False
        return fault.p >= 1.0 or self.rng.random() < fault.p


@dataclass(frozen=True)
class Decision:
    """What happens to one request: delays before and after the sandbox acts, and the fault (if any)."""

    before_ms: int = 0
    after_ms: int = 0
    fault: Fault | None = None

    @property
    def quiet(self) -> bool:
        return not self.before_ms and not self.after_ms and self.fault is None


_QUIET = Decision()

FaultLike = Fault | str


def _fault(value: FaultLike) -> Fault:
    return Fault.parse(value) if isinstance(value, str) else value


class Faults:
    """The fault plan of one app; safe to change from a test while the server runs.

    ``Faults(["status:503:p=0.1"], seed=7)``; faults may be :class:`Fault` objects or specs
    in :meth:`Fault.parse`'s syntax.
    """

    def __init__(self, faults: Iterable[FaultLike] = (), *, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._seed = seed
        self._armed = self._arm(tuple(_fault(value) for value in faults), seed)
        self._struck: list[Strike] = []
        self._seen = 0
        self._generation = 0

    def __repr__(self) -> str:
        return f"Faults({[str(fault) for fault in self.faults]!r}, seed={self._seed})"

    @staticmethod
    def _arm(faults: Iterable[Fault], seed: int, start: int = 0) -> list[_Armed]:
        return [
            _Armed(fault, random.Random(f"pionex-sandbox-fault/{seed}/{index}"))
            for index, fault in enumerate(faults, start)
        ]

    @property
    def seed(self) -> int:
        """The seed the faults' random numbers come from."""
        return self._seed

    @property
    def faults(self) -> tuple[Fault, ...]:
        """The faults of the plan, in order."""
        with self._lock:
            return tuple(armed.fault for armed in self._armed)

    def __bool__(self) -> bool:
        return bool(self.faults)

    def set(self, *faults: FaultLike, seed: int | None = None) -> None:
        """Replace the plan's faults (and its seed, if given); counters and random numbers start over.

        The record of strikes is kept (see :meth:`forget`).
        """
        chosen = tuple(_fault(value) for value in faults)
        with self._lock:
            if seed is not None:
                self._seed = seed
            self._armed = self._arm(chosen, self._seed)

    def add(self, *faults: FaultLike) -> None:
        """Add faults after the plan's others, which keep their counters."""
        chosen = tuple(_fault(value) for value in faults)
        with self._lock:
            self._armed.extend(self._arm(chosen, self._seed, len(self._armed)))

    def clear(self) -> None:
        """No faults from now on (the record of strikes is kept)."""
        self.set()

    def forget(self) -> None:
        """Empty the record of strikes and restart the count of requests."""
        with self._lock:
            self._struck.clear()
            self._seen = 0

    @property
    def struck(self) -> tuple[Strike, ...]:
        """Every fault that struck, in order (latencies too)."""
        with self._lock:
            return tuple(self._struck)

    @property
    def seen(self) -> int:
        """How many requests the plan has decided on."""
        with self._lock:
            return self._seen

    def count(self, kind: Kind | None = None, *, when: When | None = None) -> int:
        """How many strikes the record holds (of one ``kind``, ``when``, or all)."""
        with self._lock:
            return sum(
                1
                for strike in self._struck
                if (kind is None or strike.kind == kind) and (when is None or strike.when == when)
            )

    def release(self) -> None:
        """End every wait in progress (latency, drop) now; the server calls it when it stops."""
        with self._lock:
            self._generation += 1

    @property
    def generation(self) -> int:
        return self._generation

    def decide(self, method: str, path: str) -> Decision:
        """Which faults strike this request; records them."""
        with self._lock:
            self._seen += 1
            if not self._armed:
                return _QUIET
            number = self._seen
            before_ms = after_ms = 0
            chosen: Fault | None = None
            for armed in self._armed:
                fault = armed.fault
                if not fault.matches(method, path) or not armed.consult():
                    continue
                if fault.kind == "latency":
                    delay = fault.ms or 0
                    if fault.when == "before":
                        before_ms += delay
                    else:
                        after_ms += delay
                elif chosen is None:
                    chosen = fault
                else:
                    continue  # another fault already won this request
                armed.struck += 1
                self._struck.append(Strike(number, method, path, fault))
            return Decision(before_ms, after_ms, chosen)


# -- the ASGI layer ------------------------------------------------------------------------------


@dataclass
class _Reply:
    """A reply captured from the app: status, headers and the whole body."""

    status: int = 200
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytearray = field(default_factory=bytearray)
    extra: list[Message] = field(default_factory=list)

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = int(message["status"])
            self.headers = [(bytes(name), bytes(value)) for name, value in message.get("headers", [])]
        elif message["type"] == "http.response.body":
            self.body += message.get("body", b"")
        else:
            self.extra.append(message)

    def with_length(self, length: int) -> list[tuple[bytes, bytes]]:
        headers = [(name, value) for name, value in self.headers if name.lower() != b"content-length"]
        headers.append((b"content-length", str(length).encode()))
        return headers

    async def replay(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status, "headers": self.headers})
        await send({"type": "http.response.body", "body": bytes(self.body), "more_body": False})


def _stand_in(now: int) -> _Reply:
    body = json.dumps({"result": True, "data": {}, "timestamp": now}, separators=(",", ":")).encode()
    return _Reply(200, [(b"content-type", b"application/json")], bytearray(body))


def _html_page(status: int) -> bytes:
    title = f"{status} {_REASONS.get(status, 'Error')}"
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n"
        "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
        "<!-- a fault of the Pionex sandbox -->\r\n"
    ).encode()


async def _answer(send: Send, status: int, content_type: bytes, body: bytes) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _drain(receive: Receive) -> None:
    """Read the request's body to its end (a fault answering "before" never gave it to the app)."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def _buffered(receive: Receive) -> Receive:
    """Read the request's body now; a ``receive`` that hands it over later, then passes on."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return receive
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    pending: list[Message] = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay


async def _until_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _lose_connection(send: Send, *, reset: bool) -> None:
    """Reset (or close) the connection the reply was going to, or raise :class:`ConnectionDropped`.

    ASGI has no message for this, so it reaches for the transport of uvicorn's cycle (whose
    ``send`` this is).  A reset is an abort with ``SO_LINGER`` 0, which sends a TCP RST.
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if not isinstance(transport, asyncio.Transport):
        raise ConnectionDropped("the sandbox dropped the connection (a fault)")
    if reset:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    else:
        transport.close()
    # Let the server see the connection go (so it neither logs an unfinished reply nor adds a 500).
    for _ in range(3):
        await asyncio.sleep(0)


class FaultLayer:
    """ASGI middleware that applies the fault plan ``plan()`` to every HTTP request of ``app``.

    ``clock`` gives the milliseconds stamped in the envelopes the faults make up.
    """

    def __init__(self, app: ASGIApp, plan: Callable[[], Faults], clock: Callable[[], int] | None = None) -> None:
        self.app = app
        self.plan = plan
        self.clock = clock or (lambda: time.time_ns() // 1_000_000)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        plan = self.plan()
        decision = plan.decide(scope["method"], scope["path"])
        if decision.quiet:
            await self.app(scope, receive, send)
            return
        fault = decision.fault
        if fault is not None and fault.when == "before":
            # The sandbox never acts, so every delay comes first.
            await self._wait(plan, decision.before_ms + decision.after_ms)
            await _drain(receive)
            await self._strike(plan, fault, None, receive, send)
            return
        if decision.before_ms:
            # The request has arrived and is slow to be served: the sandbox acts on it after the
            # wait even if the client has given up by then (its body is read first for that).
            receive = await _buffered(receive)
            await self._wait(plan, decision.before_ms)
        if not decision.after_ms and fault is None:
            await self.app(scope, receive, send)
            return
        reply = _Reply()
        await self.app(scope, receive, reply.send)
        if decision.after_ms:
            await self._wait(plan, decision.after_ms)
        if fault is None:
            await reply.replay(send)
        else:
            await self._strike(plan, fault, reply, receive, send)

    async def _wait(self, plan: Faults, ms: int, receive: Receive | None = None) -> None:
        """Sleep ``ms``; sooner if the plan is released or (with ``receive``) the client hangs up."""
        if ms <= 0:
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + ms / 1000
        generation = plan.generation
        watcher = asyncio.ensure_future(_until_disconnect(receive)) if receive is not None else None
        try:
            while plan.generation == generation and (watcher is None or not watcher.done()):
                left = deadline - loop.time()
                if left <= 0:
                    return
                await asyncio.sleep(min(left, _POLL_SECONDS))
        finally:
            if watcher is not None:
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await watcher

    async def _strike(self, plan: Faults, fault: Fault, reply: _Reply | None, receive: Receive, send: Send) -> None:
        kind = fault.kind
        if kind == "status":
            status = fault.status_code
            message = f"HTTP {status} {_REASONS.get(status, 'Error')} (a fault of the Pionex sandbox)"
            content = {"result": False, "message": message, "timestamp": self.clock()}
            await _answer(send, status, b"application/json", json.dumps(content, separators=(",", ":")).encode())
        elif kind == "html":
            await _answer(send, fault.status_code, b"text/html; charset=utf-8", _html_page(fault.status_code))
        elif kind == "drop":
            await self._wait(plan, fault.hang_ms, receive)
            await _lose_connection(send, reset=False)
        else:
            reply = reply or _stand_in(self.clock())
            body = bytes(reply.body)
            cut = body[: len(body) // 2]
            if kind == "truncate":
                headers = reply.with_length(len(cut))
                await send({"type": "http.response.start", "status": reply.status, "headers": headers})
                await send({"type": "http.response.body", "body": cut, "more_body": False})
            else:  # reset
                headers = reply.with_length(len(body))
                await send({"type": "http.response.start", "status": reply.status, "headers": headers})
                await send({"type": "http.response.body", "body": cut, "more_body": True})
                await _lose_connection(send, reset=True)
