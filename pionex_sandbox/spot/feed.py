"""The spot private streams on ``/ws``: ORDER and FILL per spot pair, BALANCE for the account.

The connection is authenticated by its signed URL.  ORDER carries exactly Pionex's documented
fields of a spot order (no ``amount`` or ``source``), FILL those of a fill (no ``symbol`` in the
record); BALANCE is the whole account's list of coins, sent when it changed.  Nothing is sent
without a change (Pionex's 5 s idle repeat of ORDER is not reproduced).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..streams.feed import Connection, Feed
from .engine import Spot
from .replies import balances_reply, fill_reply, order_reply

ORDER_FIELDS = (
    "orderId",
    "symbol",
    "type",
    "side",
    "price",
    "size",
    "filledSize",
    "filledAmount",
    "fee",
    "feeCoin",
    "IOC",
    "status",
    "clientOrderId",
    "createTime",
    "updateTime",
)
"""The fields of a spot ORDER message, as Pionex documents them (a REST order has more)."""


class SpotFeed(Feed):
    path = "/ws"
    auth = "url"
    topics = frozenset({"ORDER", "FILL", "BALANCE"})
    account_topics = frozenset({"BALANCE"})
    pairs = "SPOT"

    def __init__(self, spot: Spot) -> None:
        self.spot = spot
        spot.journal.listening = True

    def authenticated(self, connection: Connection) -> None:
        assert connection.account is not None
        connection.told["spot"] = balances_reply(connection.account)

    def publish(self, connections: Sequence[Connection], now: int) -> None:
        changes = self.spot.journal.take()
        private = self.listening(connections)
        if not private:
            return
        for order in changes.orders:
            reply = order_reply(order)
            record = {name: reply[name] for name in ORDER_FIELDS if name in reply}
            self.tell(private, order.account_key, "ORDER", order.symbol, now, record)
        for fill in changes.fills:
            record = fill_reply(fill)
            del record["symbol"]
            self.tell(private, fill.account_key, "FILL", fill.symbol, now, record)
        for connection in private:
            assert connection.account is not None
            balances = balances_reply(connection.account)
            if balances != connection.told.get("spot") and connection.subscribed("BALANCE", None):
                data = {"balances": balances, "timestamp": now}
                connection.send({"topic": "BALANCE", "timestamp": now, "data": data})
            connection.told["spot"] = balances
