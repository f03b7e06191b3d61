"""Market data of every pair, spot and perpetual alike: pairs, trades, book, tickers and candles.

These operations are public (no key): their refusals use the ``MARKET_`` error codes.  Pionex
serves them at one path for both kinds of pair; the futures-only market data (index and mark
prices, funding, open interest, risk tiers) is the futures product's.
"""

from __future__ import annotations

from ..core.prices import INTERVALS
from ..core.replies import book_ticker_reply, depth_reply, klines_reply, ticker_reply, trades_reply
from ..core.sandbox import Engine, Sandbox
from ..http.params import Call, Data, lookup_symbol
from ..http.routes import Operations
from ..symbols import SYMBOLS, SymbolRules


class MarketData(Engine):
    """The market data product: nothing of its own beyond the sandbox's markets."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.markets = sandbox.markets


OPERATIONS = Operations[MarketData]()


@OPERATIONS("getSymbols")
def get_symbols(call: Call, data: MarketData) -> Data:
    params = call.params
    names = params.text("symbols")
    kind = params.choice("type", ("SPOT", "PERP"), "SPOT")
    status = params.choice("status", ("ALL", "TRADING", "OFFLINE"), "ALL")
    if names is not None:
        chosen: list[SymbolRules] = []
        for name in names.split(","):
            if not name:
                raise params.error("symbols must be pair names separated by single commas")
            rules = lookup_symbol(name, "MARKET")
            if rules not in chosen:
                chosen.append(rules)
    else:
        chosen = [
            rules
            for rules in SYMBOLS
            if rules.type == kind and (status == "ALL" or (rules.perp is not None and rules.perp.status == status))
        ]
    return {"symbols": [rules.info() for rules in chosen]}


@OPERATIONS("getMarketTrades")
def get_market_trades(call: Call, data: MarketData) -> Data:
    rules = call.params.pair()
    limit = call.params.whole("limit", default=100, minimum=10, maximum=500)
    return {"trades": trades_reply(data.markets[rules.symbol], limit)}


@OPERATIONS("getMarketDepth")
def get_market_depth(call: Call, data: MarketData) -> Data:
    rules = call.params.pair()
    limit = call.params.whole("limit", default=20, minimum=1, maximum=1000)
    return depth_reply(data.markets[rules.symbol], limit)


def _listed(call: Call, default_type: str) -> list[SymbolRules]:
    rules = call.params.symbol(required=False)
    kind = call.params.choice("type", ("SPOT", "PERP"), default_type)
    return [rules] if rules is not None else [entry for entry in SYMBOLS if entry.type == kind]


@OPERATIONS("getTickers")
def get_tickers(call: Call, data: MarketData) -> Data:
    return {"tickers": [ticker_reply(data.markets[rules.symbol], call.now) for rules in _listed(call, "SPOT")]}


@OPERATIONS("getBookTickers")
def get_book_tickers(call: Call, data: MarketData) -> Data:
    return {"tickers": [book_ticker_reply(data.markets[rules.symbol], call.now) for rules in _listed(call, "PERP")]}


@OPERATIONS("getKlines")
def get_klines(call: Call, data: MarketData) -> Data:
    params = call.params
    rules = params.pair()
    interval = params.text("interval", required=True)
    if interval not in INTERVALS:
        raise params.error(f"interval must be one of {', '.join(INTERVALS)}")
    end_time = params.integer("endTime", minimum=0, code="MARKET_INVALID_TIME")
    limit = params.whole("limit", default=100, minimum=1, maximum=500)
    end = call.now if end_time is None else min(end_time, call.now)
    return {"klines": klines_reply(data.markets[rules.symbol], interval, end, limit)}
