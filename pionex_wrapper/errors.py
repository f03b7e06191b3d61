"""Exceptions raised by the Pionex client.

Every exception is a :class:`PionexError`.  Refusals by the exchange carry Pionex's
error ``code`` and ``message``, the HTTP ``status_code`` and the ``method`` and ``path``
of the request.  No exception text ever holds the API key, the secret or a signature.
"""

from __future__ import annotations


class PionexError(Exception):
    """Base class of every error this package raises."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status_code: int | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        self.message = message
        self.code = code
        self.status_code = status_code
        self.method = method
        self.path = path
        super().__init__(message)

    def __str__(self) -> str:
        text = f"{self.code}: {self.message}" if self.code else self.message
        where = " ".join(part for part in (self.method, self.path) if part)
        context = ", ".join(
            part for part in (where, f"HTTP {self.status_code}" if self.status_code is not None else "") if part
        )
        return f"{text} ({context})" if context else text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, code={self.code!r}, "
            f"status_code={self.status_code!r}, method={self.method!r}, path={self.path!r})"
        )


# -- raised before anything is sent ------------------------------------------------


class InvalidParameterError(PionexError, ValueError):
    """An argument was refused before the request was sent; ``parameter`` names it."""

    def __init__(self, parameter: str, problem: str, *, method: str | None = None, path: str | None = None) -> None:
        self.parameter = parameter
        super().__init__(f"{parameter} {problem}", method=method, path=path)


# -- refusals by the exchange, keyed by Pionex's error code ---------------------------


class AuthenticationError(PionexError):
    """The exchange did not accept the request's credentials."""


class MissingCredentialsError(AuthenticationError):
    """A private operation was called without an API key and secret; nothing was sent."""


class ApiKeyLostError(AuthenticationError):
    """``APIKEY_LOST``: the request carried no API key."""


class SignatureLostError(AuthenticationError):
    """``SIGNATURE_LOST``: the request carried no signature."""


class IpNotWhitelistedError(AuthenticationError):
    """``IP_NOT_WHITELISTED``: the key may not be used from this IP address."""


class InvalidApiKeyError(AuthenticationError):
    """``INVALID_APIKEY``: the exchange does not know this key."""


class InvalidSignatureError(AuthenticationError):
    """``INVALID_SIGNATURE``: the signature does not match the request (wrong secret?)."""


class ApiKeyExpiredError(AuthenticationError):
    """``APIKEY_EXPIRED``: the key is no longer valid."""


class InvalidTimestampError(AuthenticationError):
    """``INVALID_TIMESTAMP``: the request's timestamp is too far from server time (clock drift?)."""


class PermissionDeniedError(PionexError):
    """``PERMISSION_DENIED``: the key lacks the permission (read or trade) this operation needs."""


class InvalidSymbolError(PionexError):
    """The symbol is not a listed pair."""


class TradeInvalidSymbolError(InvalidSymbolError):
    """``TRADE_INVALID_SYMBOL``: a trading request named an unknown pair."""


class MarketInvalidSymbolError(InvalidSymbolError):
    """``MARKET_INVALID_SYMBOL``: a market-data request named an unknown pair."""


class ParameterError(PionexError):
    """The exchange refused a parameter value."""


class TradeParameterError(ParameterError):
    """``TRADE_PARAMETER_ERROR``: a trading request has a bad parameter (precision, size, balance...)."""


class MarketParameterError(ParameterError):
    """``MARKET_PARAMETER_ERROR``: a market-data request has a bad parameter."""


class MarketInvalidTimeError(ParameterError):
    """``MARKET_INVALID_TIME``: a time parameter of a market-data request is out of range."""


class TradeOperationDeniedError(PionexError):
    """``TRADE_OPERATION_DENIED``: the exchange refused the trading operation."""


class OrderNotFoundError(PionexError):
    """``TRADE_ORDER_NOT_FOUND``: no such order in this account."""


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


class ServerError(PionexError):
    """The exchange answered with a 5xx status and no error code."""


class ResponseDecodeError(PionexError):
    """The reply could not be understood: not JSON, not an envelope, or data of the wrong shape."""


class PionexConnectionError(PionexError):
    """The request could not reach the exchange (DNS, refused connection, TLS...)."""


class PionexTimeoutError(PionexConnectionError):
    """The exchange did not answer in time."""


ERROR_CLASSES: dict[str, type[PionexError]] = {
    "APIKEY_LOST": ApiKeyLostError,
    "SIGNATURE_LOST": SignatureLostError,
    "IP_NOT_WHITELISTED": IpNotWhitelistedError,
    "INVALID_APIKEY": InvalidApiKeyError,
    "INVALID_SIGNATURE": InvalidSignatureError,
    "APIKEY_EXPIRED": ApiKeyExpiredError,
    "INVALID_TIMESTAMP": InvalidTimestampError,
    "PERMISSION_DENIED": PermissionDeniedError,
    "TRADE_INVALID_SYMBOL": TradeInvalidSymbolError,
    # Pionex's own failure example spells it this way; map the misspelling too.
    "TRADE_INVAILD_SYMBOL": TradeInvalidSymbolError,
    "TRADE_PARAMETER_ERROR": TradeParameterError,
    "TRADE_OPERATION_DENIED": TradeOperationDeniedError,
    "TRADE_ORDER_NOT_FOUND": OrderNotFoundError,
    "MARKET_INVALID_SYMBOL": MarketInvalidSymbolError,
    "MARKET_PARAMETER_ERROR": MarketParameterError,
    "MARKET_INVALID_TIME": MarketInvalidTimeError,
}
"""Pionex error code -> exception class; unknown codes raise :class:`PionexError` itself."""


def error_for_code(code: str | None) -> type[PionexError]:
    """The exception class for one of Pionex's error codes."""
    return ERROR_CLASSES.get(code or "", PionexError)
