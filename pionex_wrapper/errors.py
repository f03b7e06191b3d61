"""Exceptions raised by the Pionex client.

Every exception is a :class:`PionexError`.  Refusals by the exchange carry Pionex's
error ``code`` and ``message``, the HTTP ``status_code`` and the ``method`` and ``path``
of the request.  No exception text ever holds the API key, the secret or a signature.
"""

from __future__ import annotations

from typing import Any


def _rebuild(cls: type[PionexError], args: tuple[Any, ...]) -> PionexError:
    """An error of class ``cls`` with these ``args``, made without calling ``__init__`` (whose
    arguments differ between classes); unpickling then restores its attributes."""
    return cls.__new__(cls, *args)


class PionexError(Exception):
    """Base class of every error this package raises.

    ``data`` is what a refusal carried besides its code and message, when the exchange sent a JSON
    object as the reply's ``data`` (Pionex's bots' ``checkParams`` sends the investment range with
    some refusals: ``min_investment``, ``max_investment``, ``slippage``): a plain dict, numbers with
    a fraction as exact ``Decimal``s, strings as sent (the credentials and signature redacted, as in
    ``message``); None when there was none."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status_code: int | None = None,
        method: str | None = None,
        path: str | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        self.message = message
        self.code = code
        self.status_code = status_code
        self.method = method
        self.path = path
        self.data = data
        super().__init__(message)

    def __str__(self) -> str:
        text = f"{self.code}: {self.message}" if self.code else self.message
        where = " ".join(part for part in (self.method, self.path) if part)
        context = ", ".join(
            part for part in (where, f"HTTP {self.status_code}" if self.status_code is not None else "") if part
        )
        return f"{text} ({context})" if context else text

    def __repr__(self) -> str:
        data = getattr(self, "data", None)  # an error pickled by an older version has none
        return (
            f"{type(self).__name__}(message={self.message!r}, code={self.code!r}, "
            f"status_code={self.status_code!r}, method={self.method!r}, path={self.path!r}"
            + (f", data={data!r})" if data is not None else ")")
        )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickles as its class, ``args`` and attributes, whatever its ``__init__`` takes (so an
        error crosses to another process, a ``concurrent.futures`` worker's say, unchanged).
        Its traceback and chained exceptions are not pickled."""
        return _rebuild, (type(self), self.args), self.__dict__.copy()


# -- raised before anything is sent ------------------------------------------------


class InvalidParameterError(PionexError, ValueError):
    """An argument was refused before the request was sent; ``parameter`` names it."""

    def __init__(self, parameter: str, problem: str, *, method: str | None = None, path: str | None = None) -> None:
        self.parameter = parameter
        super().__init__(f"{parameter} {problem}", method=method, path=path)


# -- refusals by the exchange: the bases of the classes generated per error code -------------
# ``generated/pionex_client/facade/errors.py`` declares one subclass per Pionex error code,
# from ``x-pionex-errors`` in the spec; ``pionex_wrapper`` re-exports them.


class AuthenticationError(PionexError):
    """The exchange did not accept the request's credentials."""


class MissingCredentialsError(AuthenticationError):
    """A private operation was called without an API key and secret; nothing was sent."""


class InvalidSymbolError(PionexError):
    """The symbol is not a listed pair."""


class ParameterError(PionexError):
    """The exchange refused a parameter value."""


# -- transport-level and protocol-level failures ------------------------------------


class RateLimitError(PionexError):
    """HTTP 429: too many requests; Pionex bans the caller for a while (60 s, longer on repeat)."""

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        code: str | None = None,
        status_code: int | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(message, code=code, status_code=status_code, method=method, path=path)


class ClientRateLimitError(RateLimitError):
    """This client's rate limiter did not send the call: the exchange has banned the budget it
    would count against (after an HTTP 429), or ``rate_limit="fail"`` and the budget is used up
    right now.  ``retry_after`` is how many seconds that lasts; ``budget`` names it ("this IP
    address", "this account"); ``banned`` says which of the two it is.  Nothing was sent."""

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        budget: str | None = None,
        banned: bool = False,
        code: str | None = None,
        status_code: int | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        self.budget = budget
        self.banned = banned
        super().__init__(message, retry_after=retry_after, code=code, status_code=status_code, method=method, path=path)


class RateLimitStoreError(PionexError):
    """The shared rate-limit store (Redis) could not be reached or used, so the call was not sent."""


class ServerError(PionexError):
    """The exchange answered with a 5xx status and no error code (an HTML error page too)."""


class ResponseDecodeError(PionexError):
    """The reply could not be understood: not JSON, not an envelope, or a value that cannot be
    read as its field's type (the message names the field, such as ``data.orders[1].orderId``)."""


class ResponseTooLargeError(ResponseDecodeError):
    """The reply, once decoded, was larger than the client's ``max_response_bytes``; reading
    stopped there (a compressed reply that would expand without bound, say)."""


class OrderOutcomeError(PionexError):
    """A new order's reply was lost (a timeout, a reset, a 5xx, an unreadable reply) and the
    client could not settle what happened.  ``client_order_id`` names the order; ``may_exist``
    says whether it may have been placed (True: look it up before placing it again) or was
    certainly not (False: the exchange said it has no such order)."""

    def __init__(
        self,
        message: str,
        *,
        client_order_id: str,
        may_exist: bool,
        status_code: int | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        self.client_order_id = client_order_id
        self.may_exist = may_exist
        super().__init__(message, status_code=status_code, method=method, path=path)


class PionexConnectionError(PionexError):
    """The request could not reach the exchange (DNS, refused connection, TLS...)."""


class PionexTimeoutError(PionexConnectionError):
    """The exchange did not answer in time."""


# -- reading a list page by page -------------------------------------------------------


class PaginationError(PionexError):
    """A list could not be read further without skipping records: a full reply whose records all
    share one millisecond (``time_ms``), so no request can reach the records of that millisecond
    the reply left out, or an exchange that did not move past the previous page.  Everything
    yielded before it is right and complete up to that point; nothing was skipped silently."""

    def __init__(
        self,
        message: str,
        *,
        operation_id: str,
        time_ms: int | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.time_ms = time_ms
        super().__init__(message, method=method, path=path)
