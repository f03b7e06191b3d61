"""The refusal the sandbox's operations raise, turned into Pionex's error envelope by the app."""

from __future__ import annotations


class ApiError(Exception):
    """A refused request: HTTP ``status``, Pionex error ``code`` and a message for people."""

    def __init__(self, status: int, code: str, message: str, data: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.data = data
        """What the refusal's envelope carries in ``data`` (None: no ``data``), as some of Pionex's do."""

    def __repr__(self) -> str:
        return f"ApiError({self.status}, {self.code!r}, {self.message!r})"


def parameter_error(family: str, message: str) -> ApiError:
    """``MARKET_PARAMETER_ERROR`` or ``TRADE_PARAMETER_ERROR`` (HTTP 400)."""
    return ApiError(400, f"{family}_PARAMETER_ERROR", message)


def invalid_symbol(family: str, symbol: str) -> ApiError:
    """``MARKET_INVALID_SYMBOL`` or ``TRADE_INVALID_SYMBOL`` (HTTP 400)."""
    return ApiError(400, f"{family}_INVALID_SYMBOL", f"unknown symbol {symbol!r}")


def of_item(index: int, error: ApiError) -> ApiError:
    """``error`` about item ``index`` of a request's ``orders`` (``orders[2]: ...``)."""
    return ApiError(error.status, error.code, f"orders[{index}]: {error.message}")
