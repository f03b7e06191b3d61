"""TRADE and DEPTH on ``/wsPub``, for spot and perpetual pairs alike.

* ``DEPTH`` is sent once on subscribing (5 levels a side unless ``limit`` says otherwise, at
  most 100), then whenever those levels change, and again after
  :attr:`~pionex_sandbox.streams.StreamSettings.idle_interval` without change;
* ``TRADE`` sends the trades made after subscribing, at most 100 a message, newest first
  (more go in further messages, the older batch first); perpetual pairs' trades say
  ``"type": "NORMAL"``.
"""

from __future__ import annotations

from ..core.replies import levels, trade_record
from ..streams.feed import Connection, Feed, Message, StreamError, Subscription, send_data
from .handlers import MarketData

DEPTH_MAX = 100
TRADES_PER_MESSAGE = 100


class MarketFeed(Feed):
    path = "/wsPub"
    auth = "public"
    topics = frozenset({"TRADE", "DEPTH"})

    def __init__(self, data: MarketData) -> None:
        self.markets = data.markets

    def subscription(self, topic: str, symbol: str | None, message: Message) -> Subscription:
        subscription = Subscription(topic, symbol)
        if topic == "DEPTH" and message.get("limit") is not None:
            given = message.get("limit")
            if not isinstance(given, int) or isinstance(given, bool) or not 1 <= given <= DEPTH_MAX:
                raise StreamError("PARAMETER_ERROR", f"limit must be a whole number from 1 to {DEPTH_MAX}")
            subscription.limit = given
        return subscription

    def subscribed(self, connection: Connection, subscription: Subscription, now: int) -> None:
        assert subscription.symbol is not None
        if subscription.topic == "DEPTH":
            self.push(connection, subscription, now, idle=True)
        else:
            tape = self.markets[subscription.symbol].tape
            subscription.last = tape[-1].trade_id if tape else 0

    def push(self, connection: Connection, subscription: Subscription, now: int, idle: bool) -> None:
        pair = subscription.symbol
        assert pair is not None
        market = self.markets[pair]
        if subscription.topic == "TRADE":
            last = subscription.last if isinstance(subscription.last, int) else 0
            fresh = [trade for trade in market.tape if trade.trade_id > last]
            if not fresh:
                return
            subscription.last = fresh[-1].trade_id
            perpetual = market.rules.type == "PERP"
            for start in range(0, len(fresh), TRADES_PER_MESSAGE):  # older batches first, each newest first
                records: list[Message] = []
                for trade in reversed(fresh[start : start + TRADES_PER_MESSAGE]):
                    record = trade_record(market, trade)
                    if perpetual:
                        record["type"] = "NORMAL"
                    record["timestamp"] = trade.timestamp
                    records.append(record)
                send_data(connection, subscription, pair, now, records)
        else:
            depth = {
                "bids": levels(market, market.bids, subscription.limit),
                "asks": levels(market, market.asks, subscription.limit),
            }
            if depth != subscription.last or idle:
                subscription.last = depth
                send_data(connection, subscription, pair, now, depth)
