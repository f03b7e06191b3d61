"""A market's book, trades, tickers and candles, and fills, as Pionex's replies and streams show them."""

from __future__ import annotations

from decimal import Decimal

from ..symbols import fmt
from .book import BookSide, PublicTrade
from .market import Market
from .orders import BookFill

MONEY_PLACES = 8
"""Decimal places of fees, balances and filled quote amounts."""


def levels(market: Market, side: BookSide, count: int) -> list[list[str]]:
    """The ``count`` best levels of one side as [price, size] strings."""
    rules = market.rules
    return [
        [fmt(level.price, rules.quote_precision), fmt(level.size(), rules.base_precision)] for level in side.top(count)
    ]


def trade_record(market: Market, trade: PublicTrade) -> dict[str, object]:
    rules = market.rules
    return {
        "symbol": rules.symbol,
        "tradeId": str(trade.trade_id),
        "price": fmt(trade.price, rules.quote_precision),
        "size": fmt(trade.size, rules.base_precision),
        "side": trade.side,
    }


def trades_reply(market: Market, limit: int) -> list[dict[str, object]]:
    """The ``limit`` newest public trades, newest first."""
    newest = list(market.tape)[::-1][:limit]
    return [{**trade_record(market, trade), "timestamp": trade.timestamp} for trade in newest]


def depth_reply(market: Market, limit: int) -> dict[str, object]:
    return {
        "bids": levels(market, market.bids, limit),
        "asks": levels(market, market.asks, limit),
        "updateTime": market.updated_ms,
    }


def book_ticker_reply(market: Market, now: int) -> dict[str, object]:
    rules = market.rules
    reply: dict[str, object] = {"symbol": rules.symbol}
    bid, ask = market.bids.best(), market.asks.best()
    if bid is not None:
        reply["bidPrice"] = fmt(bid.price, rules.quote_precision)
        reply["bidSize"] = fmt(bid.size(), rules.base_precision)
    if ask is not None:
        reply["askPrice"] = fmt(ask.price, rules.quote_precision)
        reply["askSize"] = fmt(ask.size(), rules.base_precision)
    reply["timestamp"] = now
    return reply


def ticker_reply(market: Market, now: int) -> dict[str, object]:
    """Rolling 24 hours: the last 24 hourly candles, closed by the latest trade price."""
    rules = market.rules
    hours = market.path.candles("60M", now, 24)
    close = market.last_price()
    high = max([candle.high for candle in hours] + [close])
    low = min([candle.low for candle in hours] + [close])
    volume = sum((candle.volume for candle in hours), Decimal(0))
    amount = sum((candle.volume * (candle.open + candle.close) / 2 for candle in hours), Decimal(0))
    return {
        "symbol": rules.symbol,
        "time": now,
        "open": fmt(hours[-1].open, rules.quote_precision),
        "close": fmt(close, rules.quote_precision),
        "high": fmt(high, rules.quote_precision),
        "low": fmt(low, rules.quote_precision),
        "volume": fmt(volume, rules.base_precision),
        "amount": fmt(amount, rules.quote_precision),
        "count": str(sum(candle.count for candle in hours)),
    }


def klines_reply(market: Market, interval: str, end_time: int, limit: int) -> list[dict[str, object]]:
    rules = market.rules
    return [
        {
            "time": candle.time,
            "open": fmt(candle.open, rules.quote_precision),
            "close": fmt(candle.close, rules.quote_precision),
            "high": fmt(candle.high, rules.quote_precision),
            "low": fmt(candle.low, rules.quote_precision),
            "volume": fmt(candle.volume, rules.base_precision),
        }
        for candle in market.path.candles(interval, end_time, limit)
    ]


def fill_reply(fill: BookFill, fee_coin: str, **more: object) -> dict[str, object]:
    """A fill as the fill operations return it; ``more`` are the product's fields before ``timestamp``."""
    rules = fill.rules
    return {
        "id": fill.fill_id,
        "orderId": fill.order_id,
        "symbol": rules.symbol,
        "side": fill.side,
        "role": fill.role,
        "price": fmt(fill.price, rules.quote_precision),
        "size": fmt(fill.size, rules.base_precision),
        "fee": fmt(fill.fee, MONEY_PLACES),
        "feeCoin": fee_coin,
        **more,
        "timestamp": fill.timestamp,
    }
