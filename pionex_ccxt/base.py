"""What the sync and async ccxt classes share (SEAM: the ccxt helpers fill in the unified methods).

Every unified method is written once, as a **plan**: a generator method ``_plan_<name>`` that
yields :class:`Call` records (an operation of the registry by id and its arguments, under the
API's names) and receives each reply (the client's typed model), then returns the unified
structure.  :class:`~pionex_ccxt.sync.pionex` runs a plan with ``Pionex.invoke`` and the async
class with ``await AsyncPionex.invoke``; both load the markets first when the method needs them,
and turn a :class:`~pionex_wrapper.errors.PionexError` into ccxt's error class for its code
(:data:`EXCEPTIONS`).  :data:`UNIFIED` lists the methods made this way: adding a plan and its
name there adds the method to both classes.

Numbers: ccxt's unified structures hold floats by default (``exchange.number``); the exact
decimal text of every value is in ``info`` (the raw reply, keyed by the API's own names, decimals
as strings).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Generator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from .market_data import MarketData

T = TypeVar("T")

DEFAULT_API = "https://api.pionex.com"
SANDBOX_API = "http://127.0.0.1:8000"
"""Where ``make sandbox`` / ``pionex sandbox`` serve: ccxt's ``urls["test"]``."""


class Call(NamedTuple):
    """One operation a plan asks the driver to send."""

    operation: str
    """The registry's operation id (``getTickers``)."""
    arguments: dict[str, Any]
    """Its arguments, under the API's names (``{"symbol": "BTC_USDT"}``)."""


Plan = Generator[Call, Any, T]
"""A unified method's body: yields calls, receives replies, returns the unified structure."""

UNIFIED: dict[str, bool] = {
    # name: whether the markets must be loaded before the plan runs
    # market data (pionex_ccxt/market_data.py)
    "fetch_markets": False,
    "fetch_ticker": True,
    "fetch_tickers": True,
    "fetch_bids_asks": True,
    "fetch_mark_prices": True,
    "fetch_open_interests": True,
    "fetch_order_book": True,
    "fetch_ohlcv": True,
    "fetch_trades": True,
    "fetch_balance": True,
    # trading (plans in pionex_ccxt/trading.py, the PionexTrading mixin)
    "create_order": True,
    "create_orders": True,
    "create_market_buy_order_with_cost": True,
    "cancel_order": True,
    "cancel_all_orders": True,
    "fetch_order": True,
    "fetch_open_orders": True,
    "fetch_closed_orders": True,
    "fetch_orders": True,
    "fetch_my_trades": True,
    "fetch_order_trades": True,
    "fetch_positions": True,
    "add_margin": True,
    "reduce_margin": True,
    "set_leverage": True,
    "fetch_leverage": True,
    "set_margin_mode": True,
    "fetch_margin_mode": True,
    "set_position_mode": True,
    "fetch_position_mode": True,
    "fetch_leverage_tiers": True,
    "fetch_funding_rate": True,
    "fetch_funding_rates": True,
    "fetch_funding_rate_history": True,
    "fetch_funding_history": True,
    "fetch_open_interest": True,
    "transfer": True,
    "fetch_transfers": True,
}
"""The unified methods the classes get from plans (``_plan_<name>``)."""

TIMEFRAMES = {
    # ccxt's name: Pionex's interval (Pionex's "1M" is a minute, "1m" a month)
    "1m": "1M",
    "5m": "5M",
    "15m": "15M",
    "30m": "30M",
    "1h": "60M",
    "4h": "4H",
    "8h": "8H",
    "12h": "12H",
    "1d": "1D",
    "1w": "1W",
    "1M": "1m",
}

FEATURES: dict[str, Any] = {
    # ccxt's ``features`` (what each market type's methods take), from the spec's inputs: spot
    # newOrder (LIMIT, MARKET with a size or a quote amount, IOC), futuresPlaceOrder (LIMIT,
    # MARKET_QTY, IOC, FOK, POSTONLY, positionSide, reduceOnly); freqtrade reads fetchOHLCV.limit.
    # market data: sandbox, fetchOHLCV; the order blocks are facts of the API for the trading part
    "spot": {
        "sandbox": True,
        "createOrder": {
            "marginMode": False,
            "triggerPrice": False,
            "triggerPriceType": None,
            "triggerDirection": False,
            "stopLossPrice": False,
            "takeProfitPrice": False,
            "attachedStopLossTakeProfit": None,
            "timeInForce": {"IOC": True, "FOK": False, "PO": False, "GTD": False},
            "hedged": False,
            "trailing": False,
            "leverage": False,
            "marketBuyByCost": True,
            "marketBuyRequiresPrice": False,
            "selfTradePrevention": False,
            "iceberg": False,
        },
        "createOrders": None,
        "fetchMyTrades": {
            "marginMode": False,
            "limit": None,
            "daysBack": None,
            "untilDays": None,
            "symbolRequired": True,
        },
        "fetchOrder": {"marginMode": False, "trigger": False, "trailing": False, "symbolRequired": False},
        "fetchOpenOrders": {
            "marginMode": False,
            "limit": None,
            "trigger": False,
            "trailing": False,
            "symbolRequired": True,
        },
        "fetchOrders": {
            "marginMode": False,
            "limit": 200,
            "daysBack": None,
            "untilDays": None,
            "trigger": False,
            "trailing": False,
            "symbolRequired": True,
        },
        "fetchClosedOrders": {
            "marginMode": False,
            "limit": 200,
            "daysBack": None,
            "daysBackCanceled": None,
            "untilDays": None,
            "trigger": False,
            "trailing": False,
            "symbolRequired": True,
        },
        "fetchOHLCV": {"limit": 500},
    },
    "swap": {
        "linear": {
            "extends": "spot",
            "createOrder": {
                "marginMode": False,
                "timeInForce": {"IOC": True, "FOK": True, "PO": True, "GTD": False},
                "hedged": True,
                "marketBuyByCost": False,
            },
            "fetchMyTrades": {"limit": 200},
            "fetchOrder": {"symbolRequired": True},
            "fetchOpenOrders": {"limit": 500, "symbolRequired": False},
            "fetchOrders": {"symbolRequired": False},
            "fetchClosedOrders": {"symbolRequired": False},
        },
        "inverse": None,
    },
    "future": {"linear": None, "inverse": None},
}
"""ccxt's ``features`` of the class (``describe()["features"]``)."""

EXCEPTIONS: dict[str, str] = {
    # Pionex error code: the name of ccxt's error class (every code of ERROR_CLASSES in
    # generated/pionex_client/facade/errors.py; a test holds them equal)
    # market data
    "APIKEY_LOST": "AuthenticationError",
    "SIGNATURE_LOST": "AuthenticationError",
    "IP_NOT_WHITELISTED": "PermissionDenied",
    "INVALID_APIKEY": "AuthenticationError",
    "INVALID_SIGNATURE": "AuthenticationError",
    "APIKEY_EXPIRED": "AuthenticationError",
    "INVALID_TIMESTAMP": "InvalidNonce",  # ccxt's class for a request stamped off the exchange's clock
    "PERMISSION_DENIED": "PermissionDenied",
    "TRADE_INVALID_SYMBOL": "BadSymbol",
    "TRADE_INVAILD_SYMBOL": "BadSymbol",  # Pionex's own misspelling, sent by some endpoints
    "TRADE_PARAMETER_ERROR": "InvalidOrder",
    "TRADE_OPERATION_DENIED": "OperationRejected",
    "TRADE_ORDER_NOT_FOUND": "OrderNotFound",
    "MARKET_INVALID_SYMBOL": "BadSymbol",
    "MARKET_PARAMETER_ERROR": "BadRequest",
    "MARKET_INVALID_TIME": "BadRequest",
    "PARAMETER_ERROR": "BadRequest",
    "SIGNAL_HAS_UNCLOSED_ORDERS": "OperationRejected",
    "UNAUTHORIZED": "AuthenticationError",
    "BOT_INVALID_ARGUMENT": "BadRequest",
    "BOT_INVALID_TOKEN": "AuthenticationError",
    "BOT_INTERNAL_ERROR": "ExchangeError",
    "DUAL_PARAMETER_ERROR": "BadRequest",
    "ARBITRAGE_PARAMETER_ERROR": "BadRequest",
}


BROAD: dict[str, str] = {
    # words in the message of a refusal: the name of ccxt's error class (ccxt's exceptions["broad"]);
    # Pionex refuses an order the account cannot pay for with TRADE_OPERATION_DENIED (the sandbox
    # words it so; Pionex's own wording is not documented)
    "insufficient balance": "InsufficientFunds",
    "insufficient margin": "InsufficientFunds",
}


def ccxt_error(error: Exception) -> Exception:
    """ccxt's error for a :class:`~pionex_wrapper.errors.PionexError` (its code's class, else by
    kind: a refused argument is ``BadRequest``, the rate budget ``RateLimitExceeded``, the network
    ``NetworkError``, an unknown outcome ``RequestTimeout``); the message keeps Pionex's code."""
    import ccxt

    from pionex_wrapper import errors

    code = getattr(error, "code", None) or ""
    message = str(getattr(error, "message", "")).lower()
    name = next((broad for words, broad in BROAD.items() if code and words in message), None)
    name = name or EXCEPTIONS.get(code)
    if name is None:
        if isinstance(error, errors.InvalidParameterError):
            name = "BadRequest"
        elif isinstance(error, errors.RateLimitError):
            name = "RateLimitExceeded"
        elif isinstance(error, errors.OrderOutcomeError):
            # a lost reply the client could not settle: ccxt's "the order may or may not exist"
            # (or, when Pionex said it has no such order, a network failure safe to retry)
            name = "RequestTimeout" if error.may_exist else "NetworkError"
        elif isinstance(error, errors.PionexTimeoutError):
            name = "RequestTimeout"
        elif isinstance(error, errors.ResponseDecodeError):
            name = "BadResponse"
        elif isinstance(error, errors.RateLimitStoreError):
            name = "ExchangeNotAvailable"
        elif isinstance(error, errors.PionexConnectionError):
            name = "NetworkError"
        elif isinstance(error, errors.AuthenticationError):
            name = "AuthenticationError"
        elif isinstance(error, errors.ServerError):
            name = "ExchangeNotAvailable"
        else:
            name = "ExchangeError"
    cls = getattr(ccxt, name)
    return cls(f"pionex {error}")  # type: ignore[no-any-return]


def exceptions(names: dict[str, str]) -> dict[str, type[Exception]]:
    """ccxt's ``exceptions["exact"]`` (every Pionex error code) or ``["broad"]``, with ccxt's classes."""
    import ccxt

    return {key: getattr(ccxt, name) for key, name in names.items()}


def plain(value: Any) -> Any:
    """A reply model as the raw ``info`` ccxt keeps: the API's names, decimals as exact strings."""
    import msgspec

    return _text(msgspec.to_builtins(value, builtin_types=(Decimal,)))


def _text(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return {k: _text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_text(v) for v in value]
    return value


class PionexBase(MarketData):
    """The mixin both classes put before ccxt's ``Exchange``: ``describe()`` and the plans
    (market data: :class:`~pionex_ccxt.market_data.MarketData`).

    It uses ccxt's helpers (``safe_*``, ``market``, ``deep_extend``...) through ``self``."""

    if TYPE_CHECKING:  # ccxt ships no type information: its helpers are Any here

        def __getattr__(self, name: str) -> Any: ...

    def describe(self) -> Any:
        return self.deep_extend(
            super().describe(),  # type: ignore[misc]
            {
                "id": "pionex",
                "name": "Pionex",
                "countries": ["SG"],
                "version": "v1",
                "rateLimit": 100,  # the client's own limiter keeps Pionex's budgets; ccxt's is not used
                "certified": False,
                "pro": True,
                "has": {
                    "CORS": None,
                    "spot": True,
                    "margin": False,
                    "swap": True,
                    "future": False,
                    "option": False,
                    # market data
                    "fetchMarkets": True,
                    "fetchCurrencies": False,  # currencies come from the markets (no coin list in the API)
                    "fetchTicker": True,
                    "fetchTickers": True,
                    "fetchBidsAsks": True,
                    "fetchMarkPrice": True,
                    "fetchMarkPrices": True,
                    "fetchOpenInterest": True,
                    "fetchOpenInterests": True,
                    "fetchOrderBook": True,
                    "fetchL2OrderBook": True,
                    "fetchOHLCV": True,
                    "fetchMarkOHLCV": True,
                    "fetchIndexOHLCV": True,
                    "fetchTrades": True,
                    "fetchBalance": True,
                    "sandbox": True,
                    # trading
                    "createOrder": True,
                    "createOrders": True,
                    "createLimitOrder": True,
                    "createMarketOrder": True,
                    "createMarketBuyOrderWithCost": True,
                    "createPostOnlyOrder": True,
                    "createReduceOnlyOrder": True,
                    "cancelOrder": True,
                    "cancelAllOrders": True,
                    "fetchOrder": True,
                    "fetchOpenOrders": True,
                    "fetchClosedOrders": True,
                    "fetchOrders": True,
                    "fetchMyTrades": True,
                    "fetchOrderTrades": True,
                    "fetchPositions": True,
                    "addMargin": True,
                    "reduceMargin": True,
                    "setLeverage": True,
                    "fetchLeverage": True,
                    "setMarginMode": True,
                    "fetchMarginMode": True,
                    "setPositionMode": True,
                    "fetchPositionMode": True,
                    "fetchLeverageTiers": True,
                    "fetchMarketLeverageTiers": True,
                    "fetchFundingRate": True,
                    "fetchFundingRates": True,
                    "fetchFundingRateHistory": True,
                    "fetchFundingHistory": True,
                    "transfer": True,
                    "fetchTransfers": True,
                },
                "timeframes": dict(TIMEFRAMES),
                "features": copy.deepcopy(FEATURES),  # ccxt rewrites it in place
                "urls": {
                    "logo": "https://www.pionex.com/favicon.ico",
                    "api": {"rest": DEFAULT_API},
                    "test": {"rest": SANDBOX_API},
                    "www": "https://www.pionex.com",
                    "doc": ["https://pionex-doc.gitbook.io/apidocs"],
                },
                "precisionMode": 4,  # ccxt.base.decimal_to_precision.TICK_SIZE
                "fees": {"trading": {"tierBased": False, "percentage": True, "maker": 0.0005, "taker": 0.0005}},
                "exceptions": {"exact": exceptions(EXCEPTIONS), "broad": exceptions(BROAD)},
                "options": {"baseUrl": None, "defaultType": "spot"},
            },
        )

    # -- the client ------------------------------------------------------------------------

    def base_url(self) -> str:
        """Where the client sends: ``options["baseUrl"]``, else ``urls["api"]`` (the sandbox's after
        ``set_sandbox_mode(True)``), else ``PIONEX_BASE_URL``, else Pionex's."""
        option = self.options.get("baseUrl")
        if option:
            return str(option)
        api = self.urls.get("api")
        rest = api.get("rest") if isinstance(api, dict) else api
        if rest and rest != DEFAULT_API:
            return str(rest)
        return os.environ.get("PIONEX_BASE_URL") or DEFAULT_API

    def credentials(self) -> tuple[str | None, str | None]:
        key = getattr(self, "apiKey", None) or None
        secret = getattr(self, "secret", None) or None
        return key, secret

    # -- ids -------------------------------------------------------------------------------

    def parse_market_id(self, record: dict[str, Any]) -> dict[str, Any]:
        """The ccxt market of one ``getSymbols`` record (``info``: the record as the API sent it)."""
        perp = record.get("type") == "PERP"
        base, quote = record["baseCurrency"], record["quoteCurrency"]
        symbol = f"{base}/{quote}:{quote}" if perp else f"{base}/{quote}"
        return {"id": record["symbol"], "symbol": symbol, "base": base, "quote": quote, "perp": perp}
