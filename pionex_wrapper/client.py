"""``Pionex`` and ``AsyncPionex``: the clients applications import.

Both bind every operation of the spec through the generated facade
(``client.<area>.<operation>(...)``), share configuration, signing, argument checks and
reply decoding, and differ only in how they send a request.
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self, TypeVar, cast

import httpx

from pionex_client.facade import Areas, AsyncAreas, Operation

from .auth import PRIVATE_EXTENSION, PionexAuth
from .errors import (
    MissingCredentialsError,
    PionexConnectionError,
    PionexError,
    PionexTimeoutError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    error_for_code,
)
from .params import normalize

T = TypeVar("T")

DEFAULT_BASE_URL = "https://api.pionex.com"
DEFAULT_TIMEOUT = 10.0
USER_AGENT = "pionex-sdk-python/0.1.0"

logger = logging.getLogger("pionex_wrapper")


def _env(name: str) -> str | None:
    return os.environ.get(name) or None


def _seconds(value: str | None) -> float | None:
    """A Retry-After given in seconds, or None (absent, an HTTP date, or nonsense)."""
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None
    return seconds if seconds is not None and math.isfinite(seconds) and seconds >= 0 else None


class _Core:
    """What the sync and async clients share: configuration, signing, checks and decoding."""

    def __init__(
        self,
        api_key: str | None,
        api_secret: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
    ) -> None:
        self.auth = PionexAuth(api_key or _env("PIONEX_API_KEY"), api_secret or _env("PIONEX_API_SECRET"))
        self.base_url = (base_url or _env("PIONEX_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.timeout = timeout if timeout is not None else DEFAULT_TIMEOUT

    def client_options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "auth": self.auth,
            "timeout": self.timeout,
            "headers": {"User-Agent": USER_AGENT},
        }

    def prepare(self, operation: Operation, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """Checked, fully built request arguments for ``httpx.Client.request``; raises before sending."""
        if operation.private and not self.auth.has_credentials:
            raise MissingCredentialsError(
                f"{operation.name} is private: give api_key and api_secret (or set PIONEX_API_KEY and "
                "PIONEX_API_SECRET); nothing was sent",
                method=operation.method,
                path=operation.path,
            )
        request = operation.build(normalize(operation, arguments))
        request["extensions"] = {PRIVATE_EXTENSION: operation.private}
        return request

    def transport_error(self, operation: Operation, error: httpx.RequestError) -> PionexError:
        """The PionexError for a failure below HTTP. httpx's own text may quote request
        headers, so credentials and the signature are redacted from it (and the original
        exception is not chained)."""
        where: dict[str, Any] = {"method": operation.method, "path": operation.path}
        try:
            request: httpx.Request | None = error.request
        except RuntimeError:
            request = None
        detail = self.auth.redact(f"{type(error).__name__}: {error}", request)
        if isinstance(error, httpx.TimeoutException):
            return PionexTimeoutError(f"the exchange did not answer in time ({detail})", **where)
        if isinstance(error, httpx.DecodingError):
            return ResponseDecodeError(f"the reply's content encoding could not be decoded ({detail})", **where)
        return PionexConnectionError(f"the exchange could not be reached ({detail})", **where)

    @staticmethod
    def decode(operation: Operation, response: httpx.Response, data_type: type[T], started: float) -> T:
        """The typed ``data`` of a successful reply, or the matching :class:`PionexError`."""
        status = response.status_code
        where: dict[str, Any] = {"status_code": status, "method": operation.method, "path": operation.path}
        logger.debug(
            "%s %s -> HTTP %s in %.0f ms", operation.method, operation.path, status, (time.monotonic() - started) * 1000
        )
        try:
            payload = response.json()
        except (ValueError, RecursionError):
            payload = None
        code = payload.get("code") if isinstance(payload, dict) else None
        message = payload.get("message") if isinstance(payload, dict) else None
        if status == 429:
            raise RateLimitError(
                str(message or "rate limit exceeded; the exchange bans the caller for a while"),
                retry_after=_seconds(response.headers.get("Retry-After")),
                code=str(code) if code else None,
                **where,
            )
        if not isinstance(payload, dict):
            kind = "not JSON" if payload is None else "JSON but not an object"
            content_type = response.headers.get("Content-Type", "no content type")
            raise ResponseDecodeError(
                f"the reply is {kind} ({content_type}, {len(response.content)} bytes)",
                **where,
            )
        result = payload.get("result")
        if result is not True or not 200 <= status < 300:
            if code:
                raise error_for_code(str(code))(str(message or code), code=str(code), **where)
            if status >= 500:
                raise ServerError(str(message or "the exchange reported a server error"), **where)
            if result is None:
                raise ResponseDecodeError("the reply has no 'result' field", **where)
            raise PionexError(str(message or "the exchange refused the request without an error code"), **where)
        if data_type is type(None):
            return None
        data = payload.get("data")
        if not isinstance(data, dict):
            raise ResponseDecodeError("the reply has no 'data' object", **where)
        try:
            return cast(T, data_type.from_dict(data))  # type: ignore[attr-defined]
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ResponseDecodeError(
                f"the reply's data does not fit {data_type.__name__}: {type(error).__name__}: {error}", **where
            ) from None


class Pionex(Areas):
    """Synchronous client of the Pionex Open API.

    ``api_key``, ``api_secret`` and ``base_url`` fall back to the environment variables
    ``PIONEX_API_KEY``, ``PIONEX_API_SECRET`` and ``PIONEX_BASE_URL``.  ``transport`` takes any
    httpx transport (a mock, a proxy, the in-process sandbox).  Public operations need no
    credentials.  Use it as a context manager, or call :meth:`close`.
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._core = _Core(api_key, api_secret, base_url, timeout)
        self._http = httpx.Client(transport=transport, **self._core.client_options())
        self._bind_areas(self._invoke)

    @property
    def base_url(self) -> str:
        return self._core.base_url

    def _invoke(self, operation: Operation, data_type: type[T], arguments: dict[str, Any]) -> T:
        request = self._core.prepare(operation, arguments)
        started = time.monotonic()
        try:
            response = self._http.request(**request)
        except httpx.RequestError as error:
            raise self._core.transport_error(operation, error) from None
        return self._core.decode(operation, response, data_type, started)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Pionex(base_url={self.base_url!r}, {self._core.auth!r})"


class AsyncPionex(AsyncAreas):
    """Asynchronous twin of :class:`Pionex`: the same operations, awaited."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._core = _Core(api_key, api_secret, base_url, timeout)
        self._http = httpx.AsyncClient(transport=transport, **self._core.client_options())
        self._bind_areas(self._invoke)

    @property
    def base_url(self) -> str:
        return self._core.base_url

    async def _invoke(self, operation: Operation, data_type: type[T], arguments: dict[str, Any]) -> T:
        request = self._core.prepare(operation, arguments)
        started = time.monotonic()
        try:
            response = await self._http.request(**request)
        except httpx.RequestError as error:
            raise self._core.transport_error(operation, error) from None
        return self._core.decode(operation, response, data_type, started)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncPionex(base_url={self.base_url!r}, {self._core.auth!r})"
