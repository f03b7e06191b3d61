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

import os
from collections.abc import Generator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

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
    "fetch_markets": False,
    "fetch_ticker": True,
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
    "fetch_open_interests": True,
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

EXCEPTIONS: dict[str, str] = {
    # Pionex error code: the name of ccxt's error class (SEAM: every code of pionex_wrapper.errors)
    "MARKET_INVALID_SYMBOL": "BadSymbol",
    "TRADE_INSUFFICIENT_BALANCE": "InsufficientFunds",
    "TRADE_ORDER_NOT_FOUND": "OrderNotFound",
    "TRADE_PARAMETER_ERROR": "InvalidOrder",
    "APIKEY_LOST": "AuthenticationError",
    "INVALID_APIKEY": "AuthenticationError",
    "INVALID_SIGNATURE": "AuthenticationError",
    "PERMISSION_DENIED": "PermissionDenied",
}


def ccxt_error(error: Exception) -> Exception:
    """ccxt's error for a :class:`~pionex_wrapper.errors.PionexError` (its code's class, else by
    kind: a refused argument is ``BadRequest``, the rate budget ``RateLimitExceeded``, the network
    ``NetworkError``, an unknown outcome ``RequestTimeout``); the message keeps Pionex's code."""
    import ccxt

    from pionex_wrapper import errors

    name = EXCEPTIONS.get(getattr(error, "code", None) or "")
    if name is None:
        if isinstance(error, errors.InvalidParameterError):
            name = "BadRequest"
        elif isinstance(error, errors.RateLimitError):
            name = "RateLimitExceeded"
        elif isinstance(error, errors.PionexTimeoutError):
            name = "RequestTimeout"
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


class PionexBase:
    """The mixin both classes put before ccxt's ``Exchange``: ``describe()`` and the plans.

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
                    "fetchMarkets": True,
                    "fetchTicker": True,
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
                    "fetchOpenInterest": True,
                    "fetchOpenInterests": True,
                    "transfer": True,
                    "fetchTransfers": True,
                },
                "timeframes": dict(TIMEFRAMES),
                "urls": {
                    "logo": "https://www.pionex.com/favicon.ico",
                    "api": {"rest": DEFAULT_API},
                    "test": {"rest": SANDBOX_API},
                    "www": "https://www.pionex.com",
                    "doc": ["https://pionex-doc.gitbook.io/apidocs"],
                },
                "precisionMode": 4,  # ccxt.base.decimal_to_precision.TICK_SIZE
                "fees": {"trading": {"tierBased": False, "percentage": True, "maker": 0.0005, "taker": 0.0005}},
                "options": {"baseUrl": None},
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

    # -- plans -----------------------------------------------------------------------------

    def _plan_fetch_markets(self, params: dict[str, Any] | None = None) -> Plan[list[dict[str, Any]]]:
        """Spot pairs and USDT perpetuals, precision and limits from the pair rules (SEAM: the
        helper completes precision, limits and the perpetual's fields)."""
        markets = []
        for kind in ("SPOT", "PERP"):
            reply = yield Call("getSymbols", {"type": kind})
            for record in plain(reply)["symbols"]:
                ids = self.parse_market_id(record)
                perp = ids["perp"]
                markets.append(
                    {
                        "id": ids["id"],
                        "symbol": ids["symbol"],
                        "base": ids["base"],
                        "quote": ids["quote"],
                        "settle": ids["quote"] if perp else None,
                        "baseId": ids["base"],
                        "quoteId": ids["quote"],
                        "settleId": ids["quote"] if perp else None,
                        "type": "swap" if perp else "spot",
                        "spot": not perp,
                        "margin": False,
                        "swap": perp,
                        "future": False,
                        "option": False,
                        "active": bool(record.get("enable")),
                        "contract": perp,
                        "linear": True if perp else None,
                        "inverse": False if perp else None,
                        "contractSize": self.parse_number("1") if perp else None,
                        "expiry": None,
                        "expiryDatetime": None,
                        "strike": None,
                        "optionType": None,
                        "precision": {"amount": None, "price": None},
                        "limits": {
                            "leverage": {"min": None, "max": None},
                            "amount": {"min": None, "max": None},
                            "price": {"min": None, "max": None},
                            "cost": {"min": None, "max": None},
                        },
                        "created": None,
                        "info": record,
                    }
                )
        return markets

    def _plan_fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Plan[dict[str, Any]]:
        market = self.market(symbol)
        reply = yield Call("getTickers", {"symbol": market["id"], "type": "PERP" if market["swap"] else "SPOT"})
        tickers = plain(reply)["tickers"]
        record = next((t for t in tickers if t["symbol"] == market["id"]), None)
        if record is None:
            import ccxt

            raise ccxt.BadSymbol(f"pionex has no ticker for {symbol}")
        return self.parse_ticker(record, market)

    def parse_ticker(self, ticker: dict[str, Any], market: dict[str, Any] | None = None) -> dict[str, Any]:
        timestamp = self.safe_integer(ticker, "time")
        unified: dict[str, Any] = self.safe_ticker(
            {
                "symbol": self.safe_symbol(self.safe_string(ticker, "symbol"), market),
                "timestamp": timestamp,
                "datetime": self.iso8601(timestamp),
                "high": self.safe_string(ticker, "high"),
                "low": self.safe_string(ticker, "low"),
                "bid": None,
                "bidVolume": None,
                "ask": None,
                "askVolume": None,
                "vwap": None,
                "open": self.safe_string(ticker, "open"),
                "close": self.safe_string(ticker, "close"),
                "last": self.safe_string(ticker, "close"),
                "previousClose": None,
                "change": None,
                "percentage": None,
                "average": None,
                "baseVolume": self.safe_string(ticker, "volume"),
                "quoteVolume": self.safe_string(ticker, "amount"),
                "info": ticker,
            },
            market,
        )
        return unified
