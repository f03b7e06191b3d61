"""Market data of the sandbox: symbols, books, trades, candles and tickers."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from pionex_sandbox import create_app
from pionex_sandbox.core.prices import INTERVALS, candle_start, next_start
from tests.sandbox.sandbox_support import Api, Clock, open_api

SYMBOLS = "/api/v1/common/symbols"
DEPTH = "/api/v1/market/depth"
TRADES = "/api/v1/market/trades"
KLINES = "/api/v1/market/klines"
TICKERS = "/api/v1/market/tickers"
BOOK_TICKERS = "/api/v1/market/bookTickers"


def places(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def rules_of(api: Api, symbol: str) -> dict[str, Any]:
    (rules,) = api.ok(api.public(SYMBOLS, symbols=symbol))["symbols"]
    return dict(rules)


def test_symbols_lists_spot_pairs_by_default(api: Api) -> None:
    listed = api.ok(api.public(SYMBOLS))["symbols"]
    assert [entry["symbol"] for entry in listed] == ["BTC_USDT", "ETH_USDT", "SOL_USDT", "ETH_BTC"]
    assert all(entry["type"] == "SPOT" for entry in listed)
    btc = listed[0]
    assert (btc["basePrecision"], btc["quotePrecision"], btc["amountPrecision"]) == (6, 2, 2)
    assert (btc["minTradeSize"], btc["minAmount"]) == ("0.000001", "10")
    assert api.ok(api.public(SYMBOLS, type="SPOT")) == api.ok(api.public(SYMBOLS))


def test_symbols_lists_perpetuals_and_filters_their_status(api: Api) -> None:
    perps = api.ok(api.public(SYMBOLS, type="PERP"))["symbols"]
    assert [(entry["symbol"], entry["status"]) for entry in perps] == [
        ("BTC_USDT_PERP", "TRADING"),
        ("ETH_USDT_PERP", "OFFLINE"),
    ]
    assert all(entry["type"] == "PERP" and entry["contractType"] == "PERPETUAL" for entry in perps)
    trading = api.ok(api.public(SYMBOLS, type="PERP", status="TRADING"))["symbols"]
    assert [entry["symbol"] for entry in trading] == ["BTC_USDT_PERP"]
    offline = api.ok(api.public(SYMBOLS, type="PERP", status="OFFLINE"))["symbols"]
    assert [entry["symbol"] for entry in offline] == ["ETH_USDT_PERP"]


def test_symbols_by_name_ignores_type(api: Api) -> None:
    listed = api.ok(api.public(SYMBOLS, symbols="ETH_USDT,BTC_USDT_PERP", type="SPOT"))["symbols"]
    assert [entry["symbol"] for entry in listed] == ["ETH_USDT", "BTC_USDT_PERP"]


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"symbols": "BTC_USDT,NOPE_USDT"}, "MARKET_INVALID_SYMBOL"),
        ({"symbols": "BTC_USDT,"}, "MARKET_PARAMETER_ERROR"),
        ({"type": "FUTURES"}, "MARKET_PARAMETER_ERROR"),
        ({"type": "PERP", "status": "HALTED"}, "MARKET_PARAMETER_ERROR"),
    ],
)
def test_symbols_refusals(api: Api, params: dict[str, str], code: str) -> None:
    api.refused(api.public(SYMBOLS, **params), 400, code)


@pytest.mark.parametrize("symbol", ["BTC_USDT", "ETH_USDT", "SOL_USDT", "ETH_BTC", "BTC_USDT_PERP"])
def test_depth_is_sorted_and_respects_precisions(api: Api, symbol: str) -> None:
    rules = rules_of(api, symbol)
    book = api.ok(api.public(DEPTH, symbol=symbol, limit=1000))
    bids = [(Decimal(price), Decimal(size)) for price, size in book["bids"]]
    asks = [(Decimal(price), Decimal(size)) for price, size in book["asks"]]
    assert len(bids) == len(asks) == 1000
    assert all(earlier[0] > later[0] for earlier, later in itertools.pairwise(bids))
    assert all(earlier[0] < later[0] for earlier, later in itertools.pairwise(asks))
    assert bids[0][0] < asks[0][0]
    for price, size in book["bids"] + book["asks"]:
        assert places(price) == rules["quotePrecision"] and places(size) == rules["basePrecision"]
        assert Decimal(price) > 0 and Decimal(size) > 0
    assert book["updateTime"] == api.clock.now


def test_depth_limits(api: Api) -> None:
    assert len(api.ok(api.public(DEPTH, symbol="BTC_USDT"))["bids"]) == 20
    assert len(api.ok(api.public(DEPTH, symbol="BTC_USDT", limit=1))["asks"]) == 1
    for bad in (-1, 1001, "ten", "5.0", ""):
        api.refused(api.public(DEPTH, symbol="BTC_USDT", limit=bad), 400, "MARKET_PARAMETER_ERROR")
    api.refused(api.public(DEPTH, symbol="DOGE_USDT"), 400, "MARKET_INVALID_SYMBOL")
    api.refused(api.public(DEPTH), 400, "MARKET_PARAMETER_ERROR")
    api.refused(api.send("GET", DEPTH, "symbol=BTC_USDT&limit=5&limit=6"), 400, "MARKET_PARAMETER_ERROR")


def test_trades_newest_first_with_limits(api: Api) -> None:
    trades = api.ok(api.public(TRADES, symbol="ETH_USDT"))["trades"]
    assert len(trades) == 100
    stamps = [trade["timestamp"] for trade in trades]
    assert stamps == sorted(stamps, reverse=True)
    ids = [int(trade["tradeId"]) for trade in trades]
    assert ids == sorted(ids, reverse=True)
    assert all(places(trade["price"]) == 2 and places(trade["size"]) == 4 for trade in trades)
    assert len(api.ok(api.public(TRADES, symbol="ETH_USDT", limit=10))["trades"]) == 10
    assert len(api.ok(api.public(TRADES, symbol="ETH_USDT", limit=500))["trades"]) == 500
    for bad in (9, 501, "x"):
        api.refused(api.public(TRADES, symbol="ETH_USDT", limit=bad), 400, "MARKET_PARAMETER_ERROR")
    api.refused(api.public(TRADES, symbol="ETH_EUR"), 400, "MARKET_INVALID_SYMBOL")


@pytest.mark.parametrize("interval", INTERVALS)
def test_klines_are_aligned_newest_first_and_contiguous(api: Api, interval: str) -> None:
    klines = api.ok(api.public(KLINES, symbol="BTC_USDT", interval=interval))["klines"]
    assert len(klines) == 100
    assert klines[0]["time"] == candle_start(interval, api.clock.now) <= api.clock.now
    for newer, older in itertools.pairwise(klines):
        assert next_start(interval, older["time"]) == newer["time"]
        assert older["close"] == newer["open"]
    for candle in klines:
        assert candle_start(interval, candle["time"]) == candle["time"]
        low, high = Decimal(candle["low"]), Decimal(candle["high"])
        assert 0 < low <= min(Decimal(candle["open"]), Decimal(candle["close"]))
        assert high >= max(Decimal(candle["open"]), Decimal(candle["close"]))
        assert places(candle["open"]) == 2 and places(candle["volume"]) == 6


def test_weekly_and_monthly_boundaries(api: Api) -> None:
    week = api.ok(api.public(KLINES, symbol="ETH_USDT", interval="1W", limit=3))["klines"]
    month = api.ok(api.public(KLINES, symbol="ETH_USDT", interval="1m", limit=14))["klines"]
    for candle in week:
        moment = datetime.fromtimestamp(candle["time"] // 1000, tz=UTC)
        assert (moment.weekday(), moment.hour, moment.minute) == (0, 0, 0)
    for candle in month:
        moment = datetime.fromtimestamp(candle["time"] // 1000, tz=UTC)
        assert (moment.day, moment.hour, moment.minute) == (1, 0, 0)
    assert len({datetime.fromtimestamp(c["time"] // 1000, tz=UTC).month for c in month}) == 12


def test_klines_end_time_and_limit(api: Api) -> None:
    end = api.clock.now - 10 * 86_400_000 + 12_345
    klines = api.ok(api.public(KLINES, symbol="SOL_USDT", interval="60M", endTime=end, limit=500))["klines"]
    assert len(klines) == 500
    assert klines[0]["time"] == end // 3_600_000 * 3_600_000
    one = api.ok(api.public(KLINES, symbol="SOL_USDT", interval="60M", endTime=klines[7]["time"], limit=1))
    assert one["klines"] == [klines[7]]
    # A candle depends only on its start: a later query returns the same one.
    later = api.ok(api.public(KLINES, symbol="SOL_USDT", interval="60M", endTime=end + 3_600_000, limit=2))
    assert later["klines"][1] == klines[0]
    # Nothing after the sandbox clock.
    future = api.ok(api.public(KLINES, symbol="SOL_USDT", interval="1D", endTime=api.clock.now * 2, limit=1))
    assert future["klines"][0]["time"] <= api.clock.now


def test_klines_refusals(api: Api) -> None:
    for bad in ("-1", "soon", "1.5", ""):
        api.refused(api.public(KLINES, symbol="BTC_USDT", interval="1M", endTime=bad), 400, "MARKET_INVALID_TIME")
    for limit in (-1, 501):
        api.refused(api.public(KLINES, symbol="BTC_USDT", interval="1M", limit=limit), 400, "MARKET_PARAMETER_ERROR")
    api.refused(api.public(KLINES, symbol="BTC_USDT", interval="2M"), 400, "MARKET_PARAMETER_ERROR")
    api.refused(api.public(KLINES, symbol="BTC_USDT"), 400, "MARKET_PARAMETER_ERROR")
    api.refused(api.public(KLINES, symbol="XRP_USDT", interval="1M"), 400, "MARKET_INVALID_SYMBOL")


def test_klines_start_at_the_epoch(api: Api) -> None:
    klines = api.ok(api.public(KLINES, symbol="BTC_USDT", interval="1D", endTime=2 * 86_400_000))["klines"]
    assert [candle["time"] for candle in klines] == [2 * 86_400_000, 86_400_000, 0]


def test_tickers_spot_perp_and_single(api: Api) -> None:
    spot = api.ok(api.public(TICKERS))["tickers"]
    assert [ticker["symbol"] for ticker in spot] == ["BTC_USDT", "ETH_USDT", "SOL_USDT", "ETH_BTC"]
    perp = api.ok(api.public(TICKERS, type="PERP"))["tickers"]
    assert [ticker["symbol"] for ticker in perp] == ["BTC_USDT_PERP", "ETH_USDT_PERP"]
    (one,) = api.ok(api.public(TICKERS, symbol="ETH_BTC"))["tickers"]
    assert one == spot[3]
    assert Decimal(one["low"]) <= Decimal(one["close"]) <= Decimal(one["high"])
    assert one["time"] == api.clock.now and int(one["count"]) > 0
    last = api.ok(api.public(TRADES, symbol="ETH_BTC", limit=10))["trades"][0]["price"]
    assert one["close"] == last
    api.refused(api.public(TICKERS, symbol="ETH_XYZ"), 400, "MARKET_INVALID_SYMBOL")
    api.refused(api.public(TICKERS, type="spot"), 400, "MARKET_PARAMETER_ERROR")


def test_book_tickers_match_the_book(api: Api) -> None:
    spot = api.ok(api.public(BOOK_TICKERS, type="SPOT"))["tickers"]
    assert [ticker["symbol"] for ticker in spot] == ["BTC_USDT", "ETH_USDT", "SOL_USDT", "ETH_BTC"]
    perp = api.ok(api.public(BOOK_TICKERS, type="PERP"))["tickers"]
    assert [ticker["symbol"] for ticker in perp] == ["BTC_USDT_PERP", "ETH_USDT_PERP"]
    # Pionex documents PERP (unlike tickers' SPOT) as the default when neither symbol nor type is given.
    assert api.ok(api.public(BOOK_TICKERS))["tickers"] == perp
    for ticker in spot + perp:
        book = api.ok(api.public(DEPTH, symbol=ticker["symbol"], limit=1))
        assert [ticker["bidPrice"], ticker["bidSize"]] == book["bids"][0]
        assert [ticker["askPrice"], ticker["askSize"]] == book["asks"][0]
    api.refused(api.public(BOOK_TICKERS, symbol="NOPE"), 400, "MARKET_INVALID_SYMBOL")


def test_market_follows_the_seed() -> None:
    def snapshot(seed: int) -> list[bytes]:
        clock = Clock()
        replies: list[bytes] = []
        for api in open_api(create_app(seed=seed, clock=clock), clock):
            for path, params in (
                (DEPTH, {"symbol": "BTC_USDT", "limit": 50}),
                (TRADES, {"symbol": "SOL_USDT"}),
                (KLINES, {"symbol": "ETH_BTC", "interval": "4H"}),
                (TICKERS, {}),
            ):
                replies.append(api.public(path, **params).content)
        return replies

    assert snapshot(11) == snapshot(11)
    assert all(a != b for a, b in zip(snapshot(11), snapshot(12), strict=True))
