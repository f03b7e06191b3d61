"""The futures streams: ORDERBOOK and INDEX on ``/wsPub``, and the private channels of ``/wsUA``.

Where Pionex's files say nothing, the sandbox chooses:

* an ``ORDERBOOK`` subscription, also a repeated one, gets a snapshot of 100 levels a side
  numbered with the pair's current ``number`` (``prevNumber`` one less); updates come only when
  the top 100 levels changed, ``size "0"`` removing a level; the numbers are per pair, shared
  by all connections;
* ``INDEX`` is sent once on subscribing, then when it changes, and again after
  :attr:`~pionex_sandbox.streams.StreamSettings.idle_interval` without change;
* ``/wsUA`` is authenticated by an ``auth`` message; ``ORDER``, ``FILL`` and ``POSITION`` are
  per perpetual pair or ``ALL``; ``BALANCE`` and ``RISK`` are the account's.  The ORDER record
  has ``amount: ""`` as in Pionex's example; ``RISK`` is sent on subscribing and whenever the
  account's futures balance or positions change (riskState is always ``TRADING``: the sandbox
  liquidates at once, and Pionex's 15-minute repeat is not reproduced); ``BALANCE``, ``ORDER``,
  ``FILL`` and ``POSITION`` only on change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..accounts import Account
from ..core.replies import levels
from ..streams.feed import Connection, Feed, Message, Subscription, send_data
from ..streams.hub import subscriptions
from ..symbols import SYMBOLS_BY_NAME, fmt
from .engine import Futures
from .replies import balance_split, fill_reply, order_reply, stream_position
from .rules import FUTURES_COIN, ZERO, money

ORDERBOOK_LEVELS = 100


@dataclass
class Book:
    """The ORDERBOOK channel's view of one perpetual pair: the levels last published and their number."""

    number: int = 0
    bids: dict[str, str] = field(default_factory=dict)
    asks: dict[str, str] = field(default_factory=dict)
    skip: int = 0


def _changes(old: dict[str, str], new: dict[str, str]) -> list[list[str]]:
    changed = [[price, size] for price, size in new.items() if old.get(price) != size]
    changed.extend([price, "0"] for price in old if price not in new)
    return changed


class FuturesMarketFeed(Feed):
    """ORDERBOOK and INDEX of perpetual pairs."""

    path = "/wsPub"
    auth = "public"
    topics = frozenset({"ORDERBOOK", "INDEX"})
    pairs = "PERP"

    def __init__(self, futures: Futures) -> None:
        self.futures = futures
        self.markets = futures.markets
        self.books: dict[str, Book] = {}

    def skip(self, symbol: str) -> None:
        rules = SYMBOLS_BY_NAME.get(symbol)
        if rules is None or rules.type != "PERP":
            raise ValueError(f"{symbol!r} is not a perpetual pair")
        self.books.setdefault(symbol, Book()).skip += 1

    def prepare(self, subscription: Subscription, connections: Sequence[Connection], now: int) -> None:
        if subscription.topic == "ORDERBOOK":
            assert subscription.symbol is not None
            self._refresh(subscription.symbol, connections, now)  # the others get the changes up to the snapshot

    def subscribed(self, connection: Connection, subscription: Subscription, now: int) -> None:
        pair = subscription.symbol
        assert pair is not None
        if subscription.topic == "INDEX":
            self.push(connection, subscription, now, idle=True)
            return
        book = self.books[pair]
        market = self.markets[pair]
        data: Message = {
            "action": "SNAPSHOT",
            "bids": levels(market, market.bids, ORDERBOOK_LEVELS),
            "asks": levels(market, market.asks, ORDERBOOK_LEVELS),
            "number": book.number,
            "prevNumber": book.number - 1,
            "timeStamp": now,
        }
        connection.send({"topic": "ORDERBOOK", "symbol": pair, "timestamp": now, "data": data})

    def before_push(self, connections: Sequence[Connection], now: int) -> None:
        pairs = {sub.symbol for _, sub in subscriptions(connections, "ORDERBOOK") if sub.symbol}
        for pair in sorted(pairs):
            self._refresh(pair, connections, now)

    def push(self, connection: Connection, subscription: Subscription, now: int, idle: bool) -> None:
        if subscription.topic != "INDEX":
            return
        pair = subscription.symbol
        assert pair is not None
        futures = self.futures
        rules = SYMBOLS_BY_NAME[pair]
        values: Message = {
            "symbol": pair,
            "indexPrice": fmt(futures.index_price(pair, now), rules.quote_precision),
            "markPrice": fmt(futures.mark_price(pair, now), rules.quote_precision),
            "nextFundingRate": fmt(futures.funding_rate(pair, now)),
            "nextFundingTime": futures.next_funding_time(now),
        }
        if values != subscription.last or idle:
            subscription.last = dict(values)
            values["updateTime"] = now
            send_data(connection, subscription, pair, now, [values])

    def _refresh(self, pair: str, connections: Sequence[Connection], now: int) -> Book:
        """Bring ``pair``'s ORDERBOOK view up to the book, sending the changes to its subscribers."""
        book = self.books.setdefault(pair, Book())
        market = self.markets[pair]
        bids = {price: size for price, size in levels(market, market.bids, ORDERBOOK_LEVELS)}
        asks = {price: size for price, size in levels(market, market.asks, ORDERBOOK_LEVELS)}
        if book.number == 0:
            book.number, book.bids, book.asks = 1, bids, asks
        bid_changes, ask_changes = _changes(book.bids, bids), _changes(book.asks, asks)
        if not (bid_changes or ask_changes or book.skip):
            return book
        book.number += 1 + book.skip
        book.skip = 0
        book.bids, book.asks = bids, asks
        data: Message = {
            "action": "UPDATE",
            "bids": bid_changes,
            "asks": ask_changes,
            "number": book.number,
            "prevNumber": book.number - 1,
            "timeStamp": now,
        }
        message: Message = {"topic": "ORDERBOOK", "symbol": pair, "timestamp": now, "data": data}
        for connection in connections:
            if ("ORDERBOOK", pair) in connection.subs:
                connection.send(message)
        return book


BalanceState = dict[tuple[str, str | None], list[Message]]


class FuturesFeed(Feed):
    """The futures private channels of ``/wsUA``."""

    path = "/wsUA"
    auth = "message"
    topics = frozenset({"ORDER", "FILL", "BALANCE", "RISK", "POSITION"})
    account_topics = frozenset({"BALANCE", "RISK"})
    takes_all = True
    pairs = "PERP"

    def __init__(self, futures: Futures) -> None:
        self.futures = futures
        futures.journal.listening = True

    def authenticated(self, connection: Connection) -> None:
        assert connection.account is not None
        connection.told["balances"] = self._balances(connection.account)
        connection.told["positions"] = self._positions(connection.account)

    def subscribed(self, connection: Connection, subscription: Subscription, now: int) -> None:
        if subscription.topic == "RISK":
            assert connection.account is not None
            for data in self._risk(connection.account, now):
                connection.send({"topic": "RISK", "timestamp": now, "data": data})

    def publish(self, connections: Sequence[Connection], now: int) -> None:
        changes = self.futures.journal.take()
        private = self.listening(connections)
        if not private:
            return
        for order in changes.orders:
            record: Message = {}
            for name, value in order_reply(order).items():
                record[name] = value
                if name == "size":
                    record["amount"] = ""
            self.tell(private, order.account_key, "ORDER", order.symbol, now, record)
        for fill in changes.fills:
            self.tell(private, fill.account_key, "FILL", fill.symbol, now, fill_reply(fill))
        for connection in private:
            self._account_changes(connection, now)

    def _balances(self, account: Account) -> BalanceState:
        futures = self.futures
        wallet = futures.account(account.api_key)
        free, frozen, debts = balance_split(futures, wallet)
        state: BalanceState = {
            ("CROSS", None): [
                {"coin": FUTURES_COIN, "free": money(free), "frozen": money(frozen), "debts": money(debts)}
            ]
        }
        for position in wallet.positions.values():
            if position.isolated:
                state[(f"ISOLATE_{position.key}", position.symbol)] = [
                    {"coin": FUTURES_COIN, "free": money(position.margin), "frozen": money(ZERO), "debts": money(ZERO)}
                ]
        return state

    def _positions(self, account: Account) -> dict[str, Message]:
        wallet = self.futures.account(account.api_key)
        return {str(p.position_id): stream_position(p) for p in wallet.positions.values()}

    def _risk(self, account: Account, now: int) -> list[Message]:
        futures = self.futures
        wallet = futures.account(account.api_key)
        cross = futures.cross_positions(wallet)
        maint = sum((p.maint_margin(futures.mark_price(p.symbol, now)) for p in cross), ZERO)
        risks: list[Message] = [
            {
                "type": "CROSS",
                "riskState": "TRADING",
                "quote": FUTURES_COIN,
                "updatedTime": now,
                "extraInfo": {
                    "accountEquity": money(wallet.wallet + futures.cross_unrealized(wallet, now)),
                    "totalMaintMargin": money(maint),
                },
            }
        ]
        for position in wallet.positions.values():
            if position.isolated:
                mark = futures.mark_price(position.symbol, now)
                risks.append(
                    {
                        "type": f"ISOLATE_{position.key}",
                        "symbol": position.symbol,
                        "riskState": "TRADING",
                        "quote": FUTURES_COIN,
                        "updatedTime": now,
                        "extraInfo": {
                            "accountEquity": money(position.margin + position.unrealized(mark)),
                            "totalMaintMargin": money(position.maint_margin(mark)),
                        },
                    }
                )
        return risks

    def _account_changes(self, connection: Connection, now: int) -> None:
        account = connection.account
        assert account is not None
        state = self._balances(account)
        before = connection.told.get("balances")
        told: BalanceState = before if isinstance(before, dict) else {}
        changed = state != told
        if changed and connection.subscribed("BALANCE", None):
            for kind, pair in [*state, *(key for key in told if key not in state)]:
                balances = state.get((kind, pair))
                if balances == told.get((kind, pair)):
                    continue
                if balances is None:  # the isolated position is gone
                    zero = money(ZERO)
                    balances = [{"coin": FUTURES_COIN, "free": zero, "frozen": zero, "debts": zero}]
                data: Message = {"type": kind}
                if pair is not None:
                    data["symbol"] = pair
                data.update({"balances": balances, "timestamp": now})
                connection.send({"topic": "BALANCE", "timestamp": now, "data": data})
        connection.told["balances"] = state
        records = self._positions(account)
        positions = connection.told.get("positions")
        known: dict[str, Message] = positions if isinstance(positions, dict) else {}
        updates = [record for pid, record in records.items() if known.get(pid) != record]
        gone = [pid for pid in known if pid not in records]
        if gone:
            history = {str(p.position_id): p for p in self.futures.account(account.api_key).history}
            updates.extend(stream_position(history[pid]) for pid in gone if pid in history)
        connection.told["positions"] = records
        for record in updates:
            changed = True
            pair = str(record["symbol"])
            if connection.subscribed("POSITION", pair):
                connection.send({"topic": "POSITION", "symbol": pair, "timestamp": now, "data": record})
        if changed and connection.subscribed("RISK", None):
            for data in self._risk(account, now):
                connection.send({"topic": "RISK", "timestamp": now, "data": data})
