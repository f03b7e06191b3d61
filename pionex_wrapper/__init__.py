"""Typed Python client of the Pionex exchange Open API.

    from pionex_wrapper import Pionex

    with Pionex() as client:  # credentials from PIONEX_API_KEY / PIONEX_API_SECRET
        book = client.market.get_market_depth(symbol="BTC_USDT", limit=5)

Every operation of ``openapi/pionex.json`` is reached as
``client.<area>.<operation>(...)`` and returns the typed ``data`` of the reply.
"""

from pionex_client.facade import OPERATIONS, Operation

from .auth import PionexAuth, sign, signing_payload
from .client import DEFAULT_BASE_URL, AsyncPionex, Pionex
from .errors import (
    ERROR_CLASSES,
    ApiKeyExpiredError,
    ApiKeyLostError,
    AuthenticationError,
    InvalidApiKeyError,
    InvalidParameterError,
    InvalidSignatureError,
    InvalidSymbolError,
    InvalidTimestampError,
    IpNotWhitelistedError,
    MarketInvalidSymbolError,
    MarketInvalidTimeError,
    MarketParameterError,
    MissingCredentialsError,
    OrderNotFoundError,
    ParameterError,
    PermissionDeniedError,
    PionexConnectionError,
    PionexError,
    PionexTimeoutError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    SignatureLostError,
    TradeInvalidSymbolError,
    TradeOperationDeniedError,
    TradeParameterError,
)
from .params import to_decimal_string

__all__ = [
    "DEFAULT_BASE_URL",
    "ERROR_CLASSES",
    "OPERATIONS",
    "ApiKeyExpiredError",
    "ApiKeyLostError",
    "AsyncPionex",
    "AuthenticationError",
    "InvalidApiKeyError",
    "InvalidParameterError",
    "InvalidSignatureError",
    "InvalidSymbolError",
    "InvalidTimestampError",
    "IpNotWhitelistedError",
    "MarketInvalidSymbolError",
    "MarketInvalidTimeError",
    "MarketParameterError",
    "MissingCredentialsError",
    "Operation",
    "OrderNotFoundError",
    "ParameterError",
    "PermissionDeniedError",
    "Pionex",
    "PionexAuth",
    "PionexConnectionError",
    "PionexError",
    "PionexTimeoutError",
    "RateLimitError",
    "ResponseDecodeError",
    "ServerError",
    "SignatureLostError",
    "TradeInvalidSymbolError",
    "TradeOperationDeniedError",
    "TradeParameterError",
    "sign",
    "signing_payload",
    "to_decimal_string",
]
