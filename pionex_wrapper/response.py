"""``RawResponse``: what ``client.with_raw_response.<area>.<operation>(...)`` returns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    from .decoding import Decoded, Envelope
    from .errors import ResponseDecodeError
    from .operation import Operation

T = TypeVar("T")


class RawResponse(Generic[T]):
    """A successful reply, before its ``data`` is decoded.

    ``http_response`` is the ``httpx.Response`` (headers, status, timing); ``server_time``
    is the exchange's clock from the reply's envelope (ms since the epoch, or None if the
    reply did not carry one); :meth:`parse` returns the typed data that the plain call
    would have returned.  A refused request raises its :class:`PionexError` at the call,
    as the plain call does.
    """

    __slots__ = ("_decoded", "_envelope", "_operation", "_where", "http_response")

    def __init__(
        self, http_response: httpx.Response, operation: Operation[T], envelope: Envelope, where: dict[str, Any]
    ) -> None:
        self.http_response = http_response
        self._operation = operation
        self._envelope = envelope
        self._where = where
        self._decoded: Decoded[T] | None = None

    @property
    def server_time(self) -> int | None:
        return self._envelope.server_time

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        """The typed ``data`` (decoded once; raises ResponseDecodeError if it cannot be read)."""
        return self._decode().value

    @property
    def skipped(self) -> tuple[ResponseDecodeError, ...]:
        """List items of ``data`` that could not be read and were left out, each naming the field
        (the first ten; :attr:`skipped_count` counts them all)."""
        return self._decode().skipped

    @property
    def skipped_count(self) -> int:
        """How many list items of ``data`` could not be read and were left out."""
        return self._decode().skipped_count

    def _decode(self) -> Decoded[T]:
        from .decoding import Decoded, decode_data  # msgspec: not imported with the package

        if self._decoded is None:
            data_type = self._operation.data_type
            if data_type is None:
                self._decoded = Decoded(None)  # type: ignore[arg-type]  # T is None here
            else:
                self._decoded = decode_data(data_type, self._envelope, self._where)
        return self._decoded

    def __repr__(self) -> str:
        return (
            f"<RawResponse {self._operation.method} {self._operation.path} "
            f"HTTP {self.http_response.status_code} server_time={self.server_time}>"
        )
