"""Typed Python client of the Pionex exchange Open API.

    from pionex_wrapper import Pionex

    with Pionex() as client:  # credentials from PIONEX_API_KEY / PIONEX_API_SECRET
        book = client.market.get_market_depth(symbol="BTC_USDT", limit=5)

Every operation of ``openapi/pionex.json`` is reached as ``client.<area>.<operation>(...)``
(futures as ``client.futures.<area>.<operation>(...)``) and returns the typed ``data`` of the reply.  The reply models (``MarketDepth``, ``Order``,
``Fill``, ``Balances``...) and one exception class per Pionex error code are importable from
here; both are generated from the spec.  Areas and models are imported on first use.
"""

from typing import TYPE_CHECKING, Any

from pionex_client import facade as _facade
from pionex_client.facade import errors as _generated_errors
from pionex_client.facade.errors import *

from . import registry
from ._version import __version__ as __version__
from .auth import PionexAuth, sign, signing_payload
from .client import AsyncPionex, Pionex
from .config import DEFAULT_BASE_URL
from .errors import (
    AuthenticationError,
    ClientRateLimitError,
    InvalidParameterError,
    InvalidSymbolError,
    MissingCredentialsError,
    OrderOutcomeError,
    PaginationError,
    ParameterError,
    PionexConnectionError,
    PionexError,
    PionexTimeoutError,
    RateLimitError,
    RateLimitStoreError,
    ResponseDecodeError,
    ResponseTooLargeError,
    ServerError,
)
from .operation import NOT_GIVEN, Effect, Field, NotGiven, Operation, Param
from .params import to_decimal_string
from .ratelimit import RateLimiter
from .response import RawResponse

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "OPERATIONS",
    "AsyncPionex",
    "AuthenticationError",
    "ClientRateLimitError",
    "Effect",
    "Field",
    "InvalidParameterError",
    "InvalidSymbolError",
    "MarketRules",
    "MissingCredentialsError",
    "Model",
    "NotGiven",
    "Operation",
    "OrderOutcomeError",
    "PaginationError",
    "PairRules",
    "Param",
    "ParameterError",
    "Pionex",
    "PionexAuth",
    "PionexConnectionError",
    "PionexError",
    "PionexTimeoutError",
    "PreparedRequest",
    "ProfileError",
    "RateLimitError",
    "RateLimitStoreError",
    "RateLimiter",
    "RawResponse",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "Rounding",
    "ServerError",
    "UnknownValue",
    "registry",
    "sign",
    "signing_payload",
    "to_decimal_string",
]
__all__ += _generated_errors.__all__

if TYPE_CHECKING:
    from pionex_client.facade import models as _models
    from pionex_client.facade.models import *

    __all__ += _models.__all__

    OPERATIONS: tuple[Operation[Any], ...]
    from .model import Model, UnknownValue
    from .prepared import PreparedRequest
    from .profiles import ProfileError
    from .rules import MarketRules, PairRules, Rounding
else:
    __all__ += list(_facade.MODEL_MODULES)

    def __getattr__(name: str) -> Any:
        """Reply models and the operation table, imported when first asked for."""
        if name == "OPERATIONS":
            return _facade.operations()
        if name in ("MarketRules", "PairRules", "Rounding"):  # loaded when first asked for
            from . import rules

            return getattr(rules, name)
        if name == "ProfileError":  # the profile file's errors (tomllib), loaded with it
            from .profiles import ProfileError

            return ProfileError
        if name == "PreparedRequest":  # what client.prepare() returns, loaded with it
            from .prepared import PreparedRequest

            return PreparedRequest
        if name in ("Model", "UnknownValue"):  # msgspec, imported on first use (see pionex_wrapper.model)
            from . import model

            return getattr(model, name)
        module = _facade.MODEL_MODULES.get(name)
        if module is not None:
            import importlib

            return getattr(importlib.import_module(f"{_facade.__name__}.{module}"), name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        """What the module holds, and what it imports on first use: every name of ``__all__``."""
        return sorted({*globals(), *__all__})
