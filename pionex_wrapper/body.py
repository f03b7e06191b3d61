"""Reading a reply's body: within the call's overall deadline, and under a size cap.

Two things httpx does not bound, and this module does, for the sync and the async client
alike (:class:`BodyReader` holds the one logic; :func:`read` and :func:`aread` only iterate):

* **Time.**  httpx's timeouts are per operation: ``read`` bounds each read from the socket,
  not the call, so a server that sends a byte just before every read timeout can hold a call
  as long as it likes.  Every call has a deadline: its timeout (the client's, or the call's
  ``timeout=``; for an ``httpx.Timeout`` its largest part, none if every part is None),
  counted from the call's first attempt: waiting for rate budget, retries and the resend
  after a refused timestamp all come out of it, none starts once it has passed (see
  :mod:`pionex_wrapper.flow`).  It is checked after every read of the body; once it has
  passed, the response is closed (its connection is dropped, not returned to the pool) and
  the call raises :class:`~pionex_wrapper.errors.PionexTimeoutError`.  The async client runs
  each request under ``asyncio.timeout``, which cancels it at the deadline wherever it is,
  headers included.  The sync client's own connection pool cuts every socket operation to the
  time left (:mod:`pionex_wrapper.deadline`, through :data:`CALL_DEADLINE`), headers included;
  with a transport or ``http_client`` of your own, only the body's reads are checked, and a
  blocking read in progress when the deadline passes (or a trickle of headers) is bounded
  only by that client's own per-read timeout.

* **Memory.**  httpx decodes ``Content-Encoding`` without a limit: a 1 MB gzip reply can
  expand to 1 GiB.  The decoded body is counted as it is decoded and reading stops with
  :class:`~pionex_wrapper.errors.ResponseTooLargeError` once it passes ``max_response_bytes``.
  An encoded body is handed to the decoder :data:`PIECE` raw bytes at a time, so one step
  cannot expand past the cap by more than ``PIECE`` times the codec's ratio (gzip and
  deflate: about 1000, so about 1 MiB).  Other codings (``br``, ``zstd``: httpx decodes them
  only when ``brotli`` or ``zstandard`` is installed) can expand further in one step.

A reply a transport has already read into memory (``httpx.MockTransport`` and other
in-process transports) is only measured: there is nothing left to bound.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator, Sequence
from contextvars import ContextVar

import httpx

from .errors import InvalidParameterError, PionexTimeoutError, ResponseTooLargeError

DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024
"""The default cap on a decoded reply: 16 MiB (Pionex's largest replies are a few hundred KB)."""

PIECE = 1024
"""Raw bytes handed to the content decoder at a time, when the body is encoded."""

CALL_DEADLINE: ContextVar[float | None] = ContextVar("pionex_call_deadline", default=None)
"""The ``time.monotonic()`` by which the request in progress in this thread must end (None:
no deadline); set by the sync client around each request, read by :mod:`pionex_wrapper.deadline`."""


def check_max_response_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidParameterError("max_response_bytes", f"must be a positive whole number of bytes, got {value!r}")
    return value


def deadline_seconds(timeout: float | httpx.Timeout | None) -> float | None:
    """The overall deadline of a call with this timeout, in seconds (None: no deadline)."""
    if isinstance(timeout, httpx.Timeout):
        parts = [part for part in (timeout.connect, timeout.read, timeout.write, timeout.pool) if part is not None]
        return max(parts) if parts else None
    return timeout


class BodyReader:
    """Reads one reply's body for one call: counts it against the cap, watches the deadline,
    and leaves the whole body in the response (``response.content``) when done."""

    __slots__ = ("_chunks", "_max_bytes", "_method", "_path", "_piece", "_size", "_status", "deadline", "seconds")

    def __init__(
        self, method: str, path: str, timeout: float | httpx.Timeout | None, started: float, max_bytes: int
    ) -> None:
        self._method = method
        self._path = path
        self.seconds = deadline_seconds(timeout)
        """The call's deadline, in seconds from ``started`` (None: none)."""
        self.deadline = None if self.seconds is None else started + self.seconds
        """The call's deadline as a ``time.monotonic()`` (None: none)."""
        self._max_bytes = max_bytes
        self._status: int | None = None
        self._piece: int | None = None
        self._size = 0
        self._chunks: list[bytes] = []

    def start(self, response: httpx.Response) -> bool:
        """Whether the body is still to be read; if it is already in memory, only checks it."""
        self._status = response.status_code
        if response.is_stream_consumed:
            self.check_deadline()
            self._count(len(response.content))
            return False
        codings = response.headers.get_list("Content-Encoding", split_commas=True)
        if any(coding.strip().lower() not in ("", "identity") for coding in codings):
            self._piece = PIECE
        return True

    def check_deadline(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise self.timed_out()

    def remaining(self) -> float | None:
        """Seconds left before the deadline (0 once it has passed; None: no deadline)."""
        return None if self.deadline is None else max(0.0, self.deadline - time.monotonic())

    def expired(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def raw(self, chunk: bytes) -> Sequence[bytes]:
        """One raw read from the network, in the pieces the decoder is to get it in."""
        self.check_deadline()
        piece = self._piece
        if piece is None or len(chunk) <= piece:
            return (chunk,)
        return [chunk[at : at + piece] for at in range(0, len(chunk), piece)]

    def feed(self, chunk: bytes) -> None:
        """One decoded chunk of the body."""
        self._count(len(chunk))
        self._chunks.append(chunk)

    def finish(self, response: httpx.Response) -> None:
        # What Response.read() would have stored (httpx is pinned to 0.28: ``_content`` is its cache).
        response._content = b"".join(self._chunks)

    def _count(self, size: int) -> None:
        self._size += size
        if self._size > self._max_bytes:
            raise ResponseTooLargeError(
                f"the reply is larger than max_response_bytes ({self._max_bytes} bytes) once decoded; "
                "reading was stopped",
                status_code=self._status,
                method=self._method,
                path=self._path,
            )

    def timed_out(self) -> PionexTimeoutError:
        return PionexTimeoutError(
            f"the exchange did not answer within the call's timeout ({self.seconds:g} s)",
            status_code=self._status,
            method=self._method,
            path=self._path,
        )


class _Pieces(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, reader: BodyReader) -> None:
        self._stream = stream
        self._reader = reader

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            yield from self._reader.raw(chunk)

    def close(self) -> None:
        self._stream.close()


class _AsyncPieces(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, reader: BodyReader) -> None:
        self._stream = stream
        self._reader = reader

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            for piece in self._reader.raw(chunk):
                yield piece

    async def aclose(self) -> None:
        await self._stream.aclose()


def read(response: httpx.Response, reader: BodyReader) -> None:
    """Reads a streamed response's body through ``reader`` (the caller closes the response)."""
    if reader.start(response):
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.stream = _Pieces(response.stream, reader)
        for chunk in response.iter_bytes():
            reader.feed(chunk)
        reader.finish(response)


async def aread(response: httpx.Response, reader: BodyReader) -> None:
    """The async twin of :func:`read`."""
    if reader.start(response):
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _AsyncPieces(response.stream, reader)
        async for chunk in response.aiter_bytes():
            reader.feed(chunk)
        reader.finish(response)
