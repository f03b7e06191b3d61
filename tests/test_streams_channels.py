"""The generated channel table matches the spec, and channels build the messages Pionex accepts."""

from __future__ import annotations

import pytest

from pionex_client.streams import (
    CHANNELS,
    FUTURES_BALANCE,
    FUTURES_DEPTH,
    FUTURES_ORDER,
    FUTURES_ORDERBOOK,
    SPOT_BALANCE,
    SPOT_DEPTH,
    SPOT_ORDER,
    SPOT_TRADE,
    FuturesOrderBookMessage,
    SpotTradeMessage,
)
from pionex_wrapper.streams import Channel
from tests.test_streams_spec import CHANNELS as EXPECTED


def test_table_holds_every_channel() -> None:
    found = [(c.market, c.topic, c.path, c.private, c.symbol) for c in CHANNELS]
    assert sorted(found) == sorted(EXPECTED)
    assert len({c.name for c in CHANNELS}) == 14
    assert all(isinstance(c, Channel) for c in CHANNELS)


def test_channel_facts() -> None:
    assert SPOT_TRADE.message is SpotTradeMessage
    assert FUTURES_ORDERBOOK.message is FuturesOrderBookMessage
    assert (SPOT_ORDER.auth, SPOT_ORDER.path, SPOT_ORDER.private) == ("url-signature", "/ws", True)
    assert (FUTURES_ORDER.auth, FUTURES_ORDER.path) == ("auth-message", "/wsUA")
    assert (SPOT_TRADE.auth, SPOT_TRADE.private, SPOT_TRADE.symbol_required) == ("none", False, True)
    assert not SPOT_BALANCE.symbol_required and not FUTURES_BALANCE.symbol_required
    assert SPOT_DEPTH.depth_limit is not None and SPOT_DEPTH.depth_limit.maximum == 100
    assert SPOT_TRADE.depth_limit is None


def test_subscribe_messages() -> None:
    assert SPOT_TRADE.subscribe("BTC_USDT") == {"op": "SUBSCRIBE", "topic": "TRADE", "symbol": "BTC_USDT"}
    assert SPOT_TRADE.unsubscribe("BTC_USDT") == {"op": "UNSUBSCRIBE", "topic": "TRADE", "symbol": "BTC_USDT"}
    assert FUTURES_DEPTH.subscribe("BTC_USDT_PERP", limit=20) == {
        "op": "SUBSCRIBE",
        "topic": "DEPTH",
        "symbol": "BTC_USDT_PERP",
        "limit": 20,
    }
    assert SPOT_BALANCE.subscribe() == {"op": "SUBSCRIBE", "topic": "BALANCE"}
    assert FUTURES_ORDER.subscribe("ALL") == {"op": "SUBSCRIBE", "topic": "ORDER", "symbol": "ALL"}


@pytest.mark.parametrize(
    ("channel", "symbol", "limit", "error"),
    [
        (SPOT_TRADE, None, None, "needs a symbol"),
        (SPOT_TRADE, "BTC_USDT_PERP", None, "spot pair"),
        (FUTURES_ORDERBOOK, "BTC_USDT", None, "perpetual pair"),
        (SPOT_ORDER, "ALL", None, "does not take ALL"),
        (SPOT_BALANCE, "BTC_USDT", None, "takes no symbol"),
        (SPOT_TRADE, "BTC_USDT", 5, "takes no limit"),
        (SPOT_DEPTH, "BTC_USDT", 0, "1 to 100"),
        (SPOT_DEPTH, "BTC_USDT", 101, "1 to 100"),
    ],
)
def test_refused_subscriptions(channel: Channel[object], symbol: str | None, limit: int | None, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        channel.subscribe(symbol, limit=limit)
