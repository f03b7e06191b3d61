"""The client against recorded sandbox traffic: every operation, and the important refusals.

By default these tests replay the YAML cassettes in ``tests/cassettes/test_cassettes/``
with record mode ``none`` and the network blocked, so they need no server and no account.
``make record`` re-records them against a fresh local sandbox (fixed seed, frozen clock),
which gives byte-identical cassettes when nothing changed.

Key, signature and timestamp are removed from every request before it is written (and
before it is matched on replay), so cassettes hold no secret and match whatever time the
replaying client signs with.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from decimal import ROUND_DOWN, Decimal
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
import pytest

import pionex_wrapper.auth
from pionex_sandbox import verify
from pionex_wrapper import (
    ArbitrageParameterError,
    AsyncPionex,
    DualParameterError,
    InstFundInvalidArgumentError,
    InvalidApiKeyError,
    InvalidParameterError,
    InvalidSignatureError,
    InvalidTimestampError,
    MarketInvalidSymbolError,
    OrderNotFoundError,
    ParameterError,
    PermissionDeniedError,
    Pionex,
    PionexError,
    TradeInvalidSymbolError,
    TradeOperationDeniedError,
    TradeParameterError,
)

# What the sandbox is started with when recording. The credentials are the sandbox's
# documented, obviously fake defaults; they are scrubbed from the cassettes anyway.
SEED = 7
FROZEN_MS = 1767225600000  # 2026-01-01T00:00:00Z
PLACEHOLDER_URL = "http://pionex-sandbox.invalid"
SANDBOX_KEY = "sandbox-key-NOT-A-REAL-KEY"
SANDBOX_SECRET = "sandbox-secret-NOT-A-REAL-SECRET"
READONLY_KEY = "sandbox-readonly-key-NOT-REAL"
READONLY_SECRET = "sandbox-readonly-secret-NOT-REAL"


AUTH_CHECK_HEADER = "x-test-auth-check"
KEPT_REQUEST_HEADERS = ("content-type", AUTH_CHECK_HEADER)


KNOWN_SECRETS = {SANDBOX_KEY: SANDBOX_SECRET, READONLY_KEY: READONLY_SECRET}


def auth_check(request: Any) -> str:
    """What the credentials of a request amount to, judged by the sandbox's own verifier.

    Recorded in place of the credentials and matched on replay, so a client that stops
    signing, signs the wrong bytes or stamps a stale time no longer finds its recording.
    """
    parts = urlsplit(request.uri)
    pairs = verify.query_pairs(parts.query)
    stamps = [value for name, value in pairs if name == "timestamp"]
    key = request.headers.get("PIONEX-KEY")
    signature = request.headers.get("PIONEX-SIGNATURE")
    if not (key or signature or stamps):
        return "unsigned"
    secret = KNOWN_SECRETS.get(key or "")
    if secret is None:
        return "unknown-key"
    body = request.body or b""
    message = verify.payload(request.method, parts.path, pairs, body.encode() if isinstance(body, str) else body)
    valid = signature == verify.expected_signature(secret, message)
    fresh = len(stamps) == 1 and abs(int(stamps[0]) - FROZEN_MS) <= 20_000
    return f"{'valid' if valid else 'invalid'}-signature, {'fresh' if fresh else 'stale'}-timestamp"


def scrub_request(request: Any) -> Any:
    """Drop the timestamp, the sandbox's random port and the credentials from what is recorded and matched.

    vcrpy runs this on live requests and again on recorded ones; the second time it keeps
    the recorded verdict.
    """
    check = request.headers.get(AUTH_CHECK_HEADER) or auth_check(request)
    parts = urlsplit(request.uri)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "timestamp"])
    placeholder = urlsplit(PLACEHOLDER_URL)
    request.uri = urlunsplit((placeholder.scheme, placeholder.netloc, parts.path, query, ""))
    # Keep only what describes the request; host (random port), user agent and the
    # credentials would make recordings differ or leak.
    for name in list(request.headers):
        if name.lower() not in KEPT_REQUEST_HEADERS:
            del request.headers[name]
    request.headers[AUTH_CHECK_HEADER] = check
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Headers that change between runs (date) or say nothing (server) are not kept."""
    response["headers"] = {k: v for k, v in response["headers"].items() if k.lower() not in ("date", "server")}
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body", "headers"],
        "decode_compressed_response": True,
    }


@pytest.fixture
def recording(request: pytest.FixtureRequest) -> bool:
    return request.config.getoption("--record-mode") not in (None, "none")


@pytest.fixture
def base_url(recording: bool, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The placeholder when replaying; a fresh sandbox (seeded, clock frozen) when recording."""
    monkeypatch.setattr(pionex_wrapper.auth, "now_ms", lambda: FROZEN_MS)
    ids = itertools.count(1)  # the client order ids the client makes up, reproducible
    monkeypatch.setattr(pionex_wrapper.client, "new_client_order_id", lambda: f"pxsdk-cassette-{next(ids)}")
    if not recording:
        yield PLACEHOLDER_URL
        return
    from pionex_sandbox import running_sandbox

    # Time travel moves the bots' market a day on (POST /sandbox/v1/clock, recorded like any
    # request) while requests stay stamped at FROZEN_MS.
    with running_sandbox(seed=SEED, clock=lambda: FROZEN_MS, time_travel=True) as sandbox:
        yield sandbox.base_url


@pytest.fixture
def client(base_url: str) -> Iterator[Pionex]:
    with Pionex(SANDBOX_KEY, SANDBOX_SECRET, base_url=base_url) as client:
        yield client


@pytest.mark.vcr
def test_market_data(client: Pionex) -> None:
    spot = client.common.get_symbols().symbols
    assert {s.symbol for s in spot} >= {"BTC_USDT", "ETH_USDT"}
    assert all(s.type == "SPOT" for s in spot)
    perp = client.common.get_symbols(type="PERP").symbols
    assert perp and all(s.type == "PERP" for s in perp)
    two = client.common.get_symbols(symbols="BTC_USDT,ETH_USDT").symbols
    assert [s.symbol for s in two] == ["BTC_USDT", "ETH_USDT"]

    trades = client.market.get_market_trades(symbol="BTC_USDT", limit=10).trades
    assert len(trades) == 10
    stamps = [t.timestamp for t in trades]
    assert stamps == sorted(stamps, reverse=True)  # type: ignore[type-var]

    book = client.market.get_market_depth(symbol="BTC_USDT", limit=5)
    bids, asks = book.bids, book.asks
    assert len(bids) == len(asks) == 5
    assert bids[0][0] < asks[0][0]
    assert [b[0] for b in bids] == sorted((b[0] for b in bids), reverse=True)

    (ticker,) = client.market.get_tickers(symbol="BTC_USDT").tickers
    assert ticker.symbol == "BTC_USDT" and ticker.high is not None and ticker.low is not None
    assert ticker.high >= ticker.low
    assert client.market.get_tickers(type="PERP").tickers

    (best,) = client.market.get_book_tickers(symbol="BTC_USDT").tickers
    assert best.bid_price is not None and best.ask_price is not None and best.bid_price < best.ask_price
    assert client.market.get_book_tickers(type="SPOT").tickers

    klines = client.market.get_klines(symbol="BTC_USDT", interval="60M", limit=3).klines
    assert len(klines) == 3
    times = [k.time for k in klines]
    assert times == sorted(times, reverse=True) and times[0] - times[1] == 3_600_000  # type: ignore[operator,type-var]


@pytest.mark.vcr
def test_balances(client: Pionex) -> None:
    balances = {b.coin: b for b in client.account.get_balances().balances}
    assert {"BTC", "USDT"} <= set(balances)
    usdt = balances["USDT"].free
    assert isinstance(usdt, Decimal) and usdt > 0
    assert usdt.as_tuple().exponent == -8  # exact: as many decimals as the exchange sent


@pytest.mark.vcr
def test_order_lifecycle(client: Pionex) -> None:
    book = client.market.get_market_depth(symbol="BTC_USDT", limit=1)
    below = (book.bids[0][0] * Decimal("0.9")).quantize(Decimal("0.01"))

    placed = client.trade.new_order(
        symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.001", price=below, client_order_id="cassette-1"
    )
    assert isinstance(placed.order_id, int) and placed.client_order_id == "cassette-1"
    order = client.trade.get_order(order_id=placed.order_id)
    assert (order.status, order.side, order.type, order.price) == ("OPEN", "BUY", "LIMIT", below)
    assert client.trade.get_order_by_client_order_id(client_order_id="cassette-1").order_id == placed.order_id
    assert [o.order_id for o in client.trade.get_open_orders(symbol="BTC_USDT").orders] == [placed.order_id]

    client.trade.cancel_order(symbol="BTC_USDT", order_id=placed.order_id)
    assert client.trade.get_order(order_id=placed.order_id).status == "CLOSED"
    assert client.trade.get_open_orders(symbol="BTC_USDT").orders == []

    market = client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="50")
    assert isinstance(market.order_id, int)
    done = client.trade.get_order(order_id=market.order_id)
    assert done.status == "CLOSED" and done.filled_size is not None and done.filled_size > 0
    fills = client.trade.get_fills_by_order_id(order_id=market.order_id).fills
    assert fills and all(f.order_id == market.order_id and f.role == "TAKER" for f in fills)
    assert client.trade.get_fills(symbol="BTC_USDT").fills

    mass = client.trade.new_mass_order(
        symbol="BTC_USDT",
        orders=[
            {"side": "BUY", "type": "LIMIT", "size": "0.001", "price": below, "client_order_id": "mass-1"},
            {"side": "BUY", "type": "LIMIT", "size": "0.002", "price": below - 1},
        ],
    )
    assert len(mass.order_ids) == 2
    assert len(client.trade.get_open_orders(symbol="BTC_USDT").orders) == 2
    client.trade.cancel_all_orders(symbol="BTC_USDT")
    assert client.trade.get_open_orders(symbol="BTC_USDT").orders == []

    history = client.trade.get_all_orders(symbol="BTC_USDT", limit=10).orders
    assert len(history) == 4 and all(o.status == "CLOSED" for o in history)
    assert len(client.trade.get_all_orders(symbol="BTC_USDT", limit=1).orders) == 1


@pytest.mark.vcr
def test_async_client_replays_too(base_url: str) -> None:
    async def main() -> None:
        async with AsyncPionex(SANDBOX_KEY, SANDBOX_SECRET, base_url=base_url) as client:
            assert (await client.market.get_book_tickers(symbol="ETH_USDT")).tickers
            assert (await client.account.get_balances()).balances
            assert (await client.trade.get_all_orders(symbol="ETH_USDT", limit=1)).orders == []

    asyncio.run(main())


@pytest.mark.vcr
def test_bad_signature(base_url: str) -> None:
    with Pionex(SANDBOX_KEY, "a-wrong-secret-NOT-REAL", base_url=base_url) as client:
        with pytest.raises(InvalidSignatureError) as caught:
            client.account.get_balances()
    assert caught.value.code == "INVALID_SIGNATURE" and caught.value.status_code == 401


@pytest.mark.vcr
def test_unknown_key(base_url: str) -> None:
    with Pionex("unknown-key-NOT-REAL", SANDBOX_SECRET, base_url=base_url) as client:
        with pytest.raises(InvalidApiKeyError):
            client.account.get_balances()


@pytest.mark.vcr
def test_stale_timestamp(base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without clock sync, a machine clock 30 s behind gets the exchange's refusal."""
    monkeypatch.setattr(pionex_wrapper.auth, "now_ms", lambda: FROZEN_MS - 30_000)
    with Pionex(SANDBOX_KEY, SANDBOX_SECRET, base_url=base_url, sync_clock=False) as client:
        with pytest.raises(InvalidTimestampError) as caught:
            client.account.get_balances()
    assert caught.value.status_code == 401 and client.server_time_offset_ms == 0


@pytest.mark.vcr
def test_clock_30_s_behind_is_absorbed(client: Pionex, monkeypatch: pytest.MonkeyPatch) -> None:
    """With clock sync (the default) the refusal teaches the offset and the call is sent once more."""
    monkeypatch.setattr(pionex_wrapper.auth, "now_ms", lambda: FROZEN_MS - 30_000)
    assert client.account.get_balances().balances
    assert client.server_time_offset_ms == 30_000
    assert client.account.get_balances().balances  # stamped right the first time now


@pytest.mark.vcr
def test_read_only_key_cannot_trade(base_url: str) -> None:
    with Pionex(READONLY_KEY, READONLY_SECRET, base_url=base_url) as client:
        assert client.account.get_balances().balances is not None  # reading is allowed
        with pytest.raises(PermissionDeniedError):
            client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="20")
        with pytest.raises(PermissionDeniedError):
            client.trade.cancel_all_orders(symbol="BTC_USDT")


@pytest.mark.vcr
def test_invalid_symbol(client: Pionex) -> None:
    with pytest.raises(MarketInvalidSymbolError):
        client.market.get_market_depth(symbol="NOPE_USDT")
    with pytest.raises(TradeInvalidSymbolError):
        client.trade.new_order(symbol="NOPE_USDT", side="BUY", type="MARKET", amount="20")


@pytest.mark.vcr
def test_parameter_errors_from_the_exchange(client: Pionex) -> None:
    # Valid for the client's checks, refused by the exchange's own rules.
    with pytest.raises(TradeParameterError):  # more decimals than BTC_USDT allows
        client.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.0000001", price="100")
    with pytest.raises(TradeParameterError):  # below the minimum order value
        client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="0.01")
    with pytest.raises(TradeOperationDeniedError):  # more than the account holds
        client.trade.new_order(symbol="BTC_USDT", side="SELL", type="LIMIT", size="900", price="100000")
    with pytest.raises(OrderNotFoundError):
        client.trade.cancel_order(symbol="BTC_USDT", order_id=987654321)
    with pytest.raises(InvalidParameterError):  # a negative time is refused before anything is sent
        client.market.get_klines(symbol="BTC_USDT", interval="1D", end_time=-5)


# -- futures (USDT-margined perpetuals, under client.futures) ----------------------------------------

PERP = "BTC_USDT_PERP"
MONEY = Decimal("0.00000001")  # the sandbox keeps USDT to 8 places


def exact(value: Decimal | None, places: int = -8) -> Decimal:
    """The value, checked to be a Decimal sent with ``places`` decimals (money is never a float)."""
    assert isinstance(value, Decimal) and value.as_tuple().exponent == places, value
    return value


@pytest.mark.vcr
def test_futures_market_data(client: Pionex) -> None:
    (table,) = client.futures.common.get_risk_table(symbol=PERP).symbols
    assert table.symbol == PERP and [row.row_num for row in table.rows] == list(range(1, len(table.rows) + 1))
    first = table.rows[0]
    assert (first.notional_limit, first.max_leverage, first.maint_margin_ratio) == (
        Decimal(50000),
        Decimal(100),
        Decimal("0.005"),
    )
    limits = [exact(row.notional_limit, 0) for row in table.rows]
    assert limits == sorted(limits)
    leverages = [exact(row.max_leverage, 0) for row in table.rows]
    assert leverages == sorted(leverages, reverse=True)

    (best,) = client.futures.market.get_book_ticker(symbol=PERP).tickers
    assert best.symbol == PERP and best.timestamp == FROZEN_MS
    assert best.bid_price is not None and best.ask_price is not None and best.bid_price < best.ask_price
    assert isinstance(best.bid_size, Decimal) and best.bid_size > 0

    (index,) = client.futures.market.get_indexes(symbol=PERP).indexes
    assert (index.symbol, index.update_time) == (PERP, FROZEN_MS)
    assert index.index_price is not None and index.mark_price is not None
    assert abs(index.mark_price - index.index_price) <= index.mark_price * Decimal("0.0005")  # the basis
    assert index.next_funding_time == FROZEN_MS + 8 * 3_600_000  # funding every 8 hours
    assert isinstance(index.next_funding_rate, Decimal)

    for klines in (
        client.futures.market.get_index_klines(symbol=PERP, interval="60M", limit=3).klines,
        client.futures.market.get_mark_klines(symbol=PERP, interval="60M", limit=3).klines,
    ):
        assert [k.time for k in klines] == [FROZEN_MS - n * 3_600_000 for n in range(3)]  # strings in, ints out
        assert all(k.low is not None and k.high is not None and k.low <= k.high for k in klines)
    # the clock stands at the start of an hour: the newest candle opens at the mark and index prices
    assert client.futures.market.get_mark_klines(symbol=PERP, interval="60M", limit=1).klines[0].open == (
        index.mark_price
    )
    assert client.futures.market.get_index_klines(symbol=PERP, interval="60M", limit=1).klines[0].open == (
        index.index_price
    )

    rates = client.futures.market.get_funding_rates(symbol=PERP, limit=3)
    assert rates.symbol == PERP and len(rates.rates) == 3
    assert [r.funding_time for r in rates.rates] == [FROZEN_MS - n * 8 * 3_600_000 for n in range(3)]
    assert all(r.funding_rate is not None and abs(r.funding_rate) <= Decimal("0.003") for r in rates.rates)

    interests = {i.symbol: i.open_interest for i in client.futures.market.get_open_interests().open_interests}
    assert PERP in interests and exact(interests[PERP], -4) > 0  # BTC_USDT_PERP sizes have 4 decimals


@pytest.mark.vcr
def test_futures_account_settings(client: Pionex) -> None:
    account = client.futures.account
    assert account.get_position_mode().position_mode == "BUYSELL"
    account.update_position_mode(position_mode="OPENCLOSE")
    assert account.get_position_mode().position_mode == "OPENCLOSE"
    account.update_position_mode(position_mode="BUYSELL")

    assert (account.get_leverage(symbol=PERP).symbol, account.get_leverage(symbol=PERP).leverage) == (PERP, Decimal(5))
    updated = account.update_leverage(symbol=PERP, leverage="20")
    assert (updated.symbol, updated.leverage) == (PERP, Decimal(20))
    assert account.get_leverage(symbol=PERP).leverage == 20

    assert account.get_isolated_mode(symbol=PERP).isolated_mode == "CROSS"
    account.update_isolated_mode(symbol=PERP, isolated_mode="ISOLATED")
    assert account.get_isolated_mode(symbol=PERP).isolated_mode == "ISOLATED"


@pytest.mark.vcr
def test_futures_transfers(client: Pionex) -> None:
    transfer = client.futures.transfer
    (empty,) = client.futures.account.get_account_balances().balances
    assert (empty.coin, exact(empty.free)) == ("USDT", Decimal(0))
    spot_before = {b.coin: b.free for b in client.account.get_balances().balances}["USDT"]
    assert spot_before is not None

    created = transfer.create_transfer(
        from_account="MAIN", to_account="TRADE", currency="USDT", amount="250.5", client_id="cassette-in-1"
    )
    assert created.status == "COMPLETED" and created.transfer_id
    back = transfer.create_transfer(
        from_account="TRADE",
        to_account="MAIN",
        currency="USDT",
        amount="0.5",
        client_id="cassette-out-1",
        comment="back",
    )
    assert back.status == "COMPLETED" and back.transfer_id != created.transfer_id

    record = transfer.get_transfer(client_id="cassette-in-1")
    assert (record.transfer_id, record.from_account, record.to_account, record.currency) == (
        created.transfer_id,
        "MAIN",
        "TRADE",
        "USDT",
    )
    assert (exact(record.amount), record.status, record.reason, record.timestamp) == (
        Decimal("250.5"),
        "COMPLETED",
        "OPENAPI",
        FROZEN_MS,
    )
    records = transfer.get_transfers(limit=10).records
    assert [(r.client_id, r.amount) for r in records] == [
        ("cassette-out-1", Decimal("0.5")),
        ("cassette-in-1", Decimal("250.5")),
    ]
    assert records[0].comment == "back"
    assert len(transfer.get_transfers(limit=1).records) == 1

    (usdt,) = client.futures.account.get_account_balances().balances
    assert exact(usdt.free) == Decimal(250) and exact(usdt.frozen) == 0
    spot_after = {b.coin: b.free for b in client.account.get_balances().balances}["USDT"]
    assert spot_after == spot_before - 250


@pytest.mark.vcr
def test_futures_order_lifecycle(client: Pionex) -> None:
    account, trade = client.futures.account, client.futures.trade
    client.futures.transfer.create_transfer(
        from_account="MAIN", to_account="TRADE", currency="USDT", amount="1000", client_id="cassette-margin-in"
    )
    account.update_leverage(symbol=PERP, leverage="10")
    account.update_isolated_mode(symbol=PERP, isolated_mode="ISOLATED")
    (best,) = client.futures.market.get_book_ticker(symbol=PERP).tickers
    assert best.ask_price is not None and best.bid_price is not None

    # A market order takes the best ask: a long position of 0.01 BTC, isolated, at leverage 10.
    market = trade.place_order(symbol=PERP, side="BUY", type="MARKET_QTY", size="0.01", client_order_id="perp-market-1")
    assert isinstance(market.order_id, int)
    done = trade.get_order(symbol=PERP, order_id=market.order_id)
    assert (done.status, done.type, done.side, done.position_side, done.client_order_id) == (
        "CLOSED",
        "MARKET_QTY",
        "BUY",
        "BOTH",
        "perp-market-1",
    )
    assert done.filled_size == Decimal("0.01") and done.filled_amount == best.ask_price * Decimal("0.01")
    (fill,) = trade.get_fills_by_order_id(symbol=PERP, order_id=market.order_id).fills
    fee = (best.ask_price * Decimal("0.01") * Decimal("0.0005")).quantize(MONEY, rounding="ROUND_UP")
    assert (fill.order_id, fill.role, fill.side, fill.price, fill.size) == (
        market.order_id,
        "TAKER",
        "BUY",
        best.ask_price,
        Decimal("0.01"),
    )
    assert (exact(fill.fee), fill.fee_coin, fill.fee_type, fill.timestamp) == (fee, "USDT", "TRADING", FROZEN_MS)
    assert [f.id for f in trade.get_fills(symbol=PERP).fills] == [fill.id]

    (position,) = account.get_positions(symbol=PERP).positions
    margin = (best.ask_price * Decimal("0.01") / 10).quantize(MONEY)
    assert (position.symbol, position.isolated_mode, position.position_side, position.net_size) == (
        PERP,
        "ISOLATED_BOTH",
        "LONG",
        Decimal("0.01"),
    )
    assert (position.avg_price, exact(position.initial_margin), position.leverage) == (
        best.ask_price,
        margin,
        Decimal(10),
    )
    assert position.mark_price is not None
    assert exact(position.unrealized_pnl) == Decimal("0.01") * position.mark_price - best.ask_price * Decimal("0.01")
    assert position.liquidation_price is not None and position.avg_price is not None
    assert position.liquidation_price < position.avg_price

    # More margin for the isolated position: it moves from the wallet into the position.
    account.transfer_isolate_margin(
        client_id="cassette-isolate-1",
        symbol=PERP,
        direction="IN",
        isolated_mode="ISOLATED_BOTH",
        coin="USDT",
        amount="5",
    )
    balances = account.get_account_balances()
    wallet = Decimal(1000) - margin - fee - 5
    assert [(b.coin, exact(b.free)) for b in balances.balances] == [("USDT", wallet)]
    (isolated,) = balances.isolates
    assert (isolated.symbol, isolated.isolated_mode) == (PERP, "ISOLATED_BOTH")
    assert [(b.coin, exact(b.free)) for b in isolated.balances] == [("USDT", margin + 5)]
    detail = account.get_account_detail()
    assert [(r.quote, r.risk_state) for r in detail.quote_risks] == [("USDT", "NORMAL")]
    assert [(b.coin, exact(b.assets), exact(b.available)) for b in detail.balances] == [("USDT", wallet, wallet)]
    assert [(p.position_id, p.net_size) for p in detail.positions] == [(position.position_id, Decimal("0.01"))]

    # A limit order well below the market rests; it is found by id, by client order id, and among the open ones.
    below = (best.bid_price * Decimal("0.9")).quantize(Decimal("0.1"))
    placed = trade.place_order(
        symbol=PERP, side="BUY", type="LIMIT", size="0.01", price=below, client_order_id="perp-limit-1"
    )
    assert placed.order_id > market.order_id
    order = trade.get_order(symbol=PERP, order_id=placed.order_id)
    assert (order.status, order.price, order.orig_size, order.filled_size, order.reduce_only) == (
        "OPEN",
        below,
        Decimal("0.01"),
        Decimal(0),
        False,
    )
    assert (order.source, order.position_mode, order.create_time) == ("API", "BUYSELL", FROZEN_MS)
    assert trade.get_order_by_client_order_id(symbol=PERP, client_order_id="perp-limit-1").order_id == placed.order_id
    assert [o.order_id for o in trade.get_open_orders(symbol=PERP).orders] == [placed.order_id]
    trade.cancel_order(symbol=PERP, order_id=placed.order_id)
    assert trade.get_order(symbol=PERP, order_id=placed.order_id).status == "CLOSED"
    assert trade.get_open_orders(symbol=PERP).orders == []

    batch = trade.batch_place_orders(
        symbol=PERP,
        orders=[
            {"side": "BUY", "type": "LIMIT", "size": "0.01", "price": below - 1, "client_order_id": "perp-batch-1"},
            {"side": "BUY", "type": "LIMIT", "size": "0.02", "price": below - 2, "client_order_id": "perp-batch-2"},
        ],
    )
    assert [o.client_order_id for o in batch.order_ids] == ["perp-batch-1", "perp-batch-2"]
    opened = trade.get_open_orders(symbol=PERP).orders
    assert {o.order_id for o in opened} == {o.order_id for o in batch.order_ids} and len(opened) == 2
    trade.cancel_all_orders(symbol=PERP)
    assert trade.get_open_orders(symbol=PERP).orders == []

    history = trade.get_history_orders(symbol=PERP, limit=10).orders
    assert len(history) == 4 and all(o.status == "CLOSED" for o in history)
    assert {o.client_order_id for o in history} == {"perp-market-1", "perp-limit-1", "perp-batch-1", "perp-batch-2"}
    assert len(trade.get_history_orders(symbol=PERP, limit=1).orders) == 1

    # Closing the position (reduce only, at the best bid) puts it in the position history.
    close = trade.place_order(symbol=PERP, side="SELL", type="MARKET_QTY", size="0.01", reduce_only=True)
    assert trade.get_order(symbol=PERP, order_id=close.order_id).client_order_id == "pxsdk-cassette-1"  # made up
    assert account.get_positions(symbol=PERP).positions == []
    (closed,) = account.get_history_positions(symbol=PERP).positions
    assert (closed.position_id, closed.position_side, closed.size_long, closed.size_short) == (
        position.position_id,
        "LONG",
        Decimal("0.01"),
        Decimal("-0.01"),
    )
    assert exact(closed.amount_settled) == (best.ask_price - best.bid_price) * Decimal("0.01")
    # The clock is frozen at a funding time, so no funding has been paid since.
    assert client.futures.trade.get_funding_fees(symbol=PERP).fundings == []


@pytest.mark.vcr
def test_futures_async_client_replays_too(base_url: str) -> None:
    async def main() -> None:
        async with AsyncPionex(SANDBOX_KEY, SANDBOX_SECRET, base_url=base_url) as client:
            moved = await client.futures.transfer.create_transfer(
                from_account="MAIN", to_account="TRADE", currency="USDT", amount="100", client_id="cassette-async-1"
            )
            assert moved.status == "COMPLETED"
            placed = await client.futures.trade.place_order(
                symbol=PERP, side="BUY", type="MARKET_QTY", size="0.001", client_order_id="perp-async-1"
            )
            order = await client.futures.trade.get_order(symbol=PERP, order_id=placed.order_id)
            assert (order.status, order.filled_size) == ("CLOSED", Decimal("0.001"))
            (position,) = (await client.futures.account.get_positions(symbol=PERP)).positions
            assert position.net_size == Decimal("0.001") and position.isolated_mode == "CROSS"

    asyncio.run(main())


@pytest.mark.vcr
def test_futures_read_only_key_cannot_trade(base_url: str) -> None:
    with Pionex(READONLY_KEY, READONLY_SECRET, base_url=base_url) as client:
        assert client.futures.account.get_account_balances().balances  # reading is allowed
        assert client.futures.account.get_positions().positions == []
        with pytest.raises(PermissionDeniedError) as caught:
            client.futures.trade.place_order(
                symbol=PERP, side="BUY", type="MARKET_QTY", size="0.001", client_order_id="perp-readonly-1"
            )
        assert caught.value.code == "PERMISSION_DENIED" and caught.value.status_code == 401
        with pytest.raises(PermissionDeniedError):
            client.futures.transfer.create_transfer(
                from_account="MAIN", to_account="TRADE", currency="USDT", amount="1", client_id="cassette-readonly"
            )
        with pytest.raises(PermissionDeniedError):
            client.futures.account.update_leverage(symbol=PERP, leverage="2")


@pytest.mark.vcr
def test_futures_refusals(client: Pionex) -> None:
    futures = client.futures
    # an unknown pair
    with pytest.raises(MarketInvalidSymbolError):
        futures.market.get_indexes(symbol="NOPE_USDT_PERP")
    with pytest.raises(TradeInvalidSymbolError):
        futures.trade.place_order(
            symbol="NOPE_USDT_PERP", side="BUY", type="MARKET_QTY", size="0.01", client_order_id="perp-nope-1"
        )
    # outside the spec's range (1 to 100): refused before sending
    with pytest.raises(InvalidParameterError, match="leverage must be at most 100"):
        futures.account.update_leverage(symbol=PERP, leverage="1000")
    # valid for the client's checks, refused by the exchange's own rules (the pair's risk table)
    with pytest.raises(TradeParameterError) as caught:
        futures.account.update_leverage(symbol="ETH_USDT_PERP", leverage="80")
    assert "between 1 and 75" in caught.value.message
    with pytest.raises(TradeParameterError):  # more decimals than BTC_USDT_PERP allows
        futures.trade.place_order(
            symbol=PERP, side="BUY", type="LIMIT", size="0.0000001", price="60000", client_order_id="perp-bad-1"
        )
    # not enough margin: the futures account starts empty, then holds 100 USDT
    with pytest.raises(TradeOperationDeniedError):
        futures.trade.place_order(
            symbol=PERP, side="BUY", type="LIMIT", size="0.01", price="60000", client_order_id="perp-empty-1"
        )
    futures.transfer.create_transfer(
        from_account="MAIN", to_account="TRADE", currency="USDT", amount="100", client_id="cassette-refusals"
    )
    with pytest.raises(TradeOperationDeniedError) as denied:  # 0.1 x 60000 / 5 = 1200 USDT of margin
        futures.trade.place_order(
            symbol=PERP, side="BUY", type="LIMIT", size="0.1", price="60000", client_order_id="perp-margin-1"
        )
    assert denied.value.status_code == 400
    with pytest.raises(TradeOperationDeniedError):  # more than MAIN holds
        futures.transfer.create_transfer(
            from_account="MAIN", to_account="TRADE", currency="USDT", amount="99999999", client_id="cassette-too-much"
        )
    assert futures.trade.get_open_orders(symbol=PERP).orders == []
    # an unknown order
    with pytest.raises(OrderNotFoundError):
        futures.trade.get_order(symbol=PERP, order_id=987654321)
    with pytest.raises(OrderNotFoundError):
        futures.trade.cancel_order(symbol=PERP, order_id=987654321)
    with pytest.raises(OrderNotFoundError):
        futures.trade.get_order_by_client_order_id(symbol=PERP, client_order_id="perp-never-placed")


# -- bots ------------------------------------------------------------------------------------------------------------

DAY_MS = 24 * 3600 * 1000


def travel(base_url: str, ms: int) -> int:
    """Move the sandbox's market ``ms`` ahead (recorded and replayed like the client's requests)."""
    reply = httpx.post(f"{base_url}/sandbox/v1/clock", json={"advanceMs": ms})
    assert reply.status_code == 200
    time = reply.json()["data"]["time"]
    assert isinstance(time, int)
    return time


def around(price: Decimal, fraction: str, places: str = "0.01") -> tuple[Decimal, Decimal]:
    """A range ``fraction`` either side of ``price``, rounded to ``places``."""
    width = price * Decimal(fraction)
    return (price + width).quantize(Decimal(places)), (price - width).quantize(Decimal(places))


@pytest.mark.vcr
def test_bot_spot_grid_lifecycle(client: Pionex, base_url: str) -> None:
    grid = client.bot.spot_grid
    usdt_before = {b.coin: b.free for b in client.account.get_balances().balances}["USDT"]
    suggestion = grid.get_ai_strategy(base="BTC", quote="USDT")
    assert suggestion.low is not None and suggestion.high is not None and suggestion.low < suggestion.high
    price = client.market.get_tickers(symbol="BTC_USDT").tickers[0].close
    assert price is not None
    top, bottom = around(price, "0.015")
    settings: Any = {"top": top, "bottom": bottom, "row": 20, "grid_type": "arithmetic"}
    check = grid.check_params(base="BTC", quote="USDT", bu_order_data={**settings, "quote_total_investment": 2000})
    assert check.min_investment is not None and check.min_investment < 2000 < (check.max_investment or 0)
    with pytest.raises(PionexError) as low:  # below the minimum: refused, with the range in the refusal
        grid.check_params(base="BTC", quote="USDT", bu_order_data={**settings, "quote_total_investment": 1})
    assert low.value.data is not None and Decimal(low.value.data["min_investment"]) == check.min_investment
    created = grid.create(
        base="BTC",
        quote="USDT",
        note="cassette grid",
        bu_order_data={**settings, "quote_total_investment": 2000, "close_sell_model": "TO_QUOTE"},
    )
    ident = created.bu_order_id
    assert ident is not None and created.bu_order_data is not None
    assert created.bu_order_data.quote_total_investment == 2000
    assert travel(base_url, DAY_MS) == FROZEN_MS + DAY_MS
    running = grid.get_order(bu_order_id=ident).bu_order_data
    assert running is not None and running.status == "running"
    assert running.grid_profit is not None and running.grid_profit > 0
    assert grid.invest_in(bu_order_id=ident, quote_invest=100).action_id
    assert grid.adjust_params(bu_order_id=ident, top=top + 100, bottom=bottom - 100).action_id
    taken = running.grid_profit.quantize(Decimal("0.01"), ROUND_DOWN)
    assert grid.extract_profit(bu_order_id=ident, amount=taken).status == "success"
    grid.cancel(bu_order_id=ident, close_sell_model="TO_QUOTE")
    final = grid.get_order(bu_order_id=ident).bu_order_data
    assert final is not None and final.status == "canceled" and final.reason_by == "user_cancel"
    assert final.realized_profit is not None and final.profit_withdrawn == taken
    usdt_after = {b.coin: b.free for b in client.account.get_balances().balances}["USDT"]
    assert usdt_after == usdt_before + final.realized_profit  # to the last decimal
    with pytest.raises(OrderNotFoundError):
        grid.get_order(bu_order_id="987654321")
    with pytest.raises(InvalidParameterError, match="row"):  # outside the spec's 2..1000: never sent
        grid.create(base="BTC", quote="USDT", bu_order_data={**settings, "row": 1, "quote_total_investment": 50})


@pytest.mark.vcr
def test_bot_futures_grid_lifecycle(client: Pionex, base_url: str) -> None:
    grid = client.bot.futures_grid
    client.futures.transfer.create_transfer(
        from_account="MAIN", to_account="TRADE", currency="USDT", amount="3000", client_id="cassette-grid-in"
    )
    (wallet,) = client.futures.account.get_account_balances().balances
    mark = client.futures.market.get_indexes(symbol=PERP).indexes[0].mark_price
    assert mark is not None
    top, bottom = around(mark, "0.03", "0.1")
    settings: Any = {"top": top, "bottom": bottom, "row": 30, "grid_type": "arithmetic", "trend": "no_trend"}
    check = grid.check_params(
        base="BTC.PERP", quote="USDT", bu_order_data={**settings, "leverage": 5, "quote_investment": 1000}
    )
    assert check.min_investment is not None and check.min_investment < 1000
    with pytest.raises(PionexError) as low:
        grid.check_params(
            base="BTC.PERP", quote="USDT", bu_order_data={**settings, "leverage": 5, "quote_investment": 1}
        )
    assert low.value.data is not None and "min_investment" in low.value.data
    created = grid.create(
        base="BTC.PERP", quote="USDT", bu_order_data={**settings, "leverage": 5, "quote_investment": 1000}
    )
    ident = created.bu_order_id
    assert ident is not None
    travel(base_url, DAY_MS)
    order = grid.get_order(bu_order_id=ident)
    data = order.bu_order_data
    assert data is not None and data.status == "running" and data.trend == "no_trend" and data.leverage == 5
    grid.adjust_params(bu_order_id=ident, type="invest_in", quote_investment=200, extra_margin=False, open_price=mark)
    reduced = grid.reduce(bu_order_id=ident, open_price=mark, reduce_num=1)
    assert reduced.check_result is not None
    running = client.bot.orders.list(bu_order_types="futures_grid").results
    assert [entry.bu_order_id for entry in running or []] == [ident]
    grid.cancel(bu_order_id=ident)
    closed = grid.get_order(bu_order_id=ident).bu_order_data
    assert closed is not None and closed.unlock_quote_amount is not None and closed.quote_investment == 1200
    (after,) = client.futures.account.get_account_balances().balances
    assert after.free is not None and wallet.free is not None
    assert after.free == wallet.free - 1200 + closed.unlock_quote_amount  # what the grid gave back, exactly
    finished = client.bot.orders.list(status="finished").results
    assert [entry.bu_order_id for entry in finished or []] == [ident]


@pytest.mark.vcr
def test_bot_signals_smart_copy_and_curated_lists(client: Pionex, base_url: str) -> None:
    signals, copy = client.bot.signals, client.bot.smart_copy
    signal = signals.create(title="My TradingView Signal", description="breakouts & pullbacks, 100% made up")
    ident = signal.signal_type
    assert ident is not None and signal.title == "My TradingView Signal"
    assert [s.signal_type for s in signals.list().signals or []] == [ident]
    signals.edit(signal_type=ident, description="edited")
    assert signals.get(signal_type=ident).description == "edited"
    check = copy.check_params(base="BTC", quote="USDT", leverage=1, quote_investment=Decimal(500), signal_type=ident)
    assert check.result is True
    created = copy.create(
        base="BTC",
        quote="USDT",
        bu_order_data={
            "quote_total_investment": Decimal(500),
            "portfolio": [{"base": "BTC", "signal_type": ident, "leverage": 1}],
        },
    )
    bot = created.bu_order_id
    assert bot is not None
    signals.push(
        signal_type=ident,
        signal_param="{}",
        base="BTC",
        quote="USDT",
        time="2026-01-01T00:00:00Z",
        price=Decimal("45000.5"),
        data={"action": "buy", "position_size": "1", "contracts": Decimal(1)},
    )
    data = copy.get_order(bu_order_id=bot).bu_order_data
    assert data is not None and data.portfolio and data.portfolio[0].current_base_amount
    with pytest.raises(PionexError) as busy:
        signals.delete(signal_type=ident)
    assert busy.value.code == "SIGNAL_HAS_UNCLOSED_ORDERS" and busy.value.data == {"cnt": 1}
    travel(base_url, 3600 * 1000)
    assert copy.cancel(bu_order_id=bot).success is True
    assert copy.get_order(bu_order_id=bot).status == "finished"
    signals.delete(signal_type=ident)
    assert signals.list().signals == []
    page = client.bot.kol.list_copy_trade_bots(share_code="SBXKOL01", bu_order_type="spot_grid", limit=5)
    assert page.results and len(page.results) <= 5


@pytest.mark.vcr
def test_bot_read_only_key_is_refused(base_url: str) -> None:
    with Pionex(READONLY_KEY, READONLY_SECRET, base_url=base_url) as client:
        with pytest.raises(PermissionDeniedError):
            client.bot.orders.list()
        with pytest.raises(PermissionDeniedError):
            client.bot.spot_grid.get_ai_strategy(base="BTC", quote="USDT")


@pytest.mark.vcr
def test_bot_async_client_replays_too(base_url: str) -> None:
    async def main() -> None:
        async with AsyncPionex(SANDBOX_KEY, SANDBOX_SECRET, base_url=base_url) as client:
            listed = await client.bot.orders.list()
            assert listed.results == []
            suggestion = await client.bot.spot_grid.get_ai_strategy(base="ETH", quote="USDT")
            assert suggestion.grid_count is not None and 2 <= suggestion.grid_count <= 200

    asyncio.run(main())


@pytest.mark.vcr
def test_bot_refusals(client: Pionex) -> None:
    price = client.market.get_tickers(symbol="BTC_USDT").tickers[0].close
    assert price is not None
    top, bottom = around(price, "0.02")
    settings: Any = {"top": top, "bottom": bottom, "row": 10, "grid_type": "geometric"}
    with pytest.raises(TradeOperationDeniedError):  # more than the spot account holds
        client.bot.spot_grid.create(
            base="BTC", quote="USDT", bu_order_data={**settings, "quote_total_investment": 10**8}
        )
    with pytest.raises(TradeParameterError):  # a range whose top is not above its bottom
        client.bot.spot_grid.check_params(
            base="BTC",
            quote="USDT",
            bu_order_data={**settings, "top": bottom, "bottom": top, "quote_total_investment": 500},
        )
    with pytest.raises(InvalidParameterError, match="loss_stop"):  # a stop value without its type: never sent
        client.bot.spot_grid.create(
            base="BTC", quote="USDT", bu_order_data={**settings, "quote_total_investment": 500, "loss_stop_delay": 5}
        )
    with pytest.raises(TradeOperationDeniedError):  # the futures wallet is empty
        client.bot.futures_grid.create(
            base="BTC.PERP",
            quote="USDT",
            bu_order_data={
                **settings,
                "top": top.quantize(Decimal("0.1")),
                "bottom": bottom.quantize(Decimal("0.1")),
                "trend": "long",
                "leverage": 3,
                "quote_investment": 500,
            },
        )
    with pytest.raises(OrderNotFoundError):
        client.bot.futures_grid.cancel(bu_order_id="987654321")
    with pytest.raises(OrderNotFoundError):
        client.bot.smart_copy.get_order(bu_order_id="987654321")
    with pytest.raises(TradeParameterError):  # following a signal the account does not have
        client.bot.smart_copy.create(
            base="BTC",
            quote="USDT",
            bu_order_data={
                "quote_total_investment": 500,
                "portfolio": [{"base": "BTC", "signal_type": "nope", "leverage": 1}],
            },
        )
    with pytest.raises(TradeParameterError):
        client.bot.signals.get(signal_type="nope")


# -- wallet, partner, institutional fund ---------------------------------------------------------------


@pytest.mark.vcr
def test_wallet_overview_partner_and_fund(client: Pionex) -> None:
    before = client.wallet.get_balances_full(app_lang="en")
    assert before.prices is not None and before.prices["USDT"].price_in_usd == 1
    assert before.bot_account is not None and before.total_in_usdt is not None
    spot = before.bot_account.detail[0]
    usdt = next(line for line in spot.entries if line.coin == "USDT")
    held = next(b for b in client.account.get_balances().balances if b.coin == "USDT")
    assert (usdt.free, usdt.frozen) == (held.free, held.frozen) and usdt.total_in_usdt == usdt.amount
    assert client.partner.check_user_qualification(uid="1", bot_id="partner_bot_001").result is False
    stats = client.partner.get_user_trading_volume(start_time="2025-12-01", end_time="2025-12-31")
    assert stats.total == len(stats.entries) and stats.entries
    assert client.partner.check_user_qualification(uid=stats.entries[0].uid, bot_id="partner_bot_001").result is True
    assert client.inst_fund.get_account().status == "active"
    bound = client.inst_fund.get_withdraw_accounts().entries
    assert client.inst_fund.get_deposits().entries
    fee = client.inst_fund.get_fee(amount=Decimal("250.75"), direction="withdraw")
    assert (fee.fee, fee.net_amount) == (Decimal("0.5"), Decimal("250.25"))
    made = client.inst_fund.create_withdraw(withdraw_account_id=bound[0].withdraw_account_id, amount=Decimal("250.75"))
    assert (made.amount, made.fee, made.net_amount, made.status) == (
        Decimal("250.75"),
        fee.fee,
        fee.net_amount,
        "processing",
    )
    assert [w.id for w in client.inst_fund.get_withdraws().entries] == [made.id]
    after = client.wallet.get_balances_full()
    assert after.bot_account is not None and before.bot_account.total_in_usdt is not None
    assert before.bot_account.total_in_usdt - after.bot_account.total_in_usdt == Decimal("250.75")


@pytest.mark.vcr
def test_wallet_partner_and_fund_refusals(client: Pionex, base_url: str) -> None:
    with pytest.raises(ParameterError):  # the end before the start
        client.partner.get_user_trading_volume(start_time="2025-12-31", end_time="2025-12-01")
    with pytest.raises(InstFundInvalidArgumentError):  # not a bound account
        client.inst_fund.create_withdraw(withdraw_account_id="nope", amount=Decimal(10))
    with pytest.raises(InstFundInvalidArgumentError):  # no more than the fee
        client.inst_fund.get_fee(amount=Decimal("0.5"))
    with pytest.raises(InvalidParameterError, match="start_time"):  # never sent
        client.partner.get_user_trading_volume(start_time="2025/12/01", end_time="2025-12-31")
    with Pionex(READONLY_KEY, READONLY_SECRET, base_url=base_url) as readonly:
        assert readonly.wallet.get_balances_full().total_in_usdt is not None
        with pytest.raises(PermissionDeniedError):
            readonly.partner.check_user_qualification(uid="1", bot_id="b")
        with pytest.raises(PermissionDeniedError):
            readonly.inst_fund.get_account()
        with pytest.raises(PermissionDeniedError):
            readonly.inst_fund.create_withdraw(withdraw_account_id="x", amount=Decimal(10))


# -- dual investment ---------------------------------------------------------------------------------------


DUAL_EXPIRY = FROZEN_MS + 8 * 3_600_000  # 2026-01-01T08:00Z, the first expiry after the frozen clock


@pytest.mark.vcr
def test_dual_investment(client: Pionex, base_url: str) -> None:
    dual = client.earn.dual
    coins = dual.get_symbols().coins
    assert {(c.base, c.quote, c.currency) for c in coins} >= {("BTC", "USDXO", "USDT"), ("SOL", "USDT", "USDT")}
    index = dual.get_index(base="BTC", quote="USDXO").index
    assert index is not None and index > 0
    puts = dual.get_open_products(base="BTC", quote="USDXO", type="DUAL_CURRENCY", currency="USDT").products
    calls = dual.get_open_products(base="BTC", quote="USDXO", type="DUAL_BASE").products
    put = next(p for p in puts if p.expire_time == DUAL_EXPIRY)
    call = next(p for p in calls if p.expire_time == DUAL_EXPIRY and p.currency == "USDT")
    assert put.product_id and call.product_id and put.strike is not None and call.strike is not None
    assert put.strike < call.strike  # laid out below and above the index when the expiry was listed
    quotes = dual.get_prices(base="BTC", quote="USDXO", product_ids=f"{put.product_id},{call.product_id}").products
    put_yield, call_yield = (q.profit for q in quotes)
    assert put_yield is not None and call_yield is not None and all(q.can_invest for q in quotes)
    spot = {b.coin: b.free for b in client.account.get_balances().balances}
    made = dual.invest(
        base="BTC", product_id=put.product_id, currency_amount=Decimal(1000), profit=put_yield, client_dual_id="dual-1"
    )
    assert (made.client_dual_id, made.state) == ("dual-1", "CONFIRMED")
    again = dual.invest(
        base="BTC", product_id=put.product_id, currency_amount=Decimal(1000), profit=put_yield, client_dual_id="dual-1"
    )
    assert again.client_dual_id == "dual-1"  # the same investment, not a second one
    dual.invest(
        base="BTC", product_id=call.product_id, base_amount=Decimal("0.05"), profit=call_yield, client_dual_id="dual-2"
    )
    assert (
        dual.revoke_invest(base="BTC", product_id=call.product_id, client_dual_id="dual-2").client_dual_id == "dual-2"
    )
    dual.invest(
        base="BTC", product_id=call.product_id, base_amount=Decimal("0.05"), profit=call_yield, client_dual_id="dual-3"
    )
    held = {(b.coin, b.frozen) for b in dual.get_balances().balances}
    assert held == {("USDT", Decimal(1000)), ("BTC", Decimal("0.05"))}
    after = {b.coin: b.free for b in client.account.get_balances().balances}
    assert (spot["USDT"] - after["USDT"], spot["BTC"] - after["BTC"]) == (Decimal(1000), Decimal("0.05"))

    travel(base_url, 9 * 3_600_000)  # past the expiry
    records = dual.get_invests(client_dual_ids=["dual-1", "dual-2", "dual-3"]).records
    assert [(r.client_dual_id, r.state) for r in records] == [
        ("dual-1", "SETTLED"),
        ("dual-2", "REVOKED"),
        ("dual-3", "SETTLED"),
    ]
    delivered = dual.get_delivery_prices(base="BTC", quote="USDXO", start_time=DUAL_EXPIRY, end_time=DUAL_EXPIRY).prices
    assert [p.delivery_time for p in delivered] == [DUAL_EXPIRY]
    assert all(r.delivery_price == delivered[0].delivery for r in records if r.state == "SETTLED")
    history = dual.get_records(base="BTC", end_time=DUAL_EXPIRY + 3_600_000, limit=10).records
    assert [r.client_dual_id for r in history] == ["dual-3", "dual-2", "dual-1"]
    free = {b.coin: b.free for b in dual.get_balances(merge=True).balances}
    assert all(amount is not None and amount > 0 for amount in free.values())
    before_collect = {b.coin: b.free for b in client.account.get_balances().balances}
    for record, product in ((records[0], put), (records[2], call)):
        assert record.client_dual_id is not None and product.product_id is not None
        dual.collect(base="BTC", client_dual_id=record.client_dual_id, product_id=product.product_id)
    collected = {b.coin: b.free for b in client.account.get_balances().balances}
    for coin, amount in free.items():
        assert collected[coin] - before_collect.get(coin, Decimal(0)) == amount
    assert dual.get_balances().balances == []


@pytest.mark.vcr
def test_dual_investment_refusals(client: Pionex, base_url: str) -> None:
    dual = client.earn.dual
    puts = dual.get_open_products(base="BTC", quote="USDXO", type="DUAL_CURRENCY", currency="USDT").products
    product_id = puts[0].product_id
    assert product_id is not None
    with pytest.raises(InvalidParameterError):  # both amounts: refused before sending
        dual.invest(
            base="BTC", product_id=product_id, base_amount=Decimal(1), currency_amount=Decimal(1), profit=Decimal("0.1")
        )
    with pytest.raises(DualParameterError, match="not the current yield"):
        dual.invest(base="BTC", product_id=product_id, currency_amount=Decimal(100), profit=Decimal("0.0001"))
    with pytest.raises(DualParameterError, match="not a listed product"):
        dual.get_prices(base="BTC", quote="USDXO", product_ids="BTC-USDXO-260101-12345-P-USDT")
    with pytest.raises(DualParameterError, match="invalid base quote"):
        dual.get_index(base="XRP", quote="USDT")
    profit = dual.get_prices(base="BTC", quote="USDXO", product_ids=product_id).products[0].profit
    assert profit is not None
    with pytest.raises(DualParameterError, match="at least 10 USDT"):
        dual.invest(base="BTC", product_id=product_id, currency_amount=Decimal(5), profit=profit)
    dual.invest(base="BTC", product_id=product_id, currency_amount=Decimal(100), profit=profit, client_dual_id="early")
    with pytest.raises(DualParameterError, match="only a settled one"):
        dual.collect(base="BTC", client_dual_id="early", product_id=product_id)
    travel(base_url, 120_000)  # matched a minute after it was made: no longer revocable
    with pytest.raises(DualParameterError, match="already matched"):
        dual.revoke_invest(base="BTC", product_id=product_id, client_dual_id="early")
    with Pionex(READONLY_KEY, READONLY_SECRET, base_url=base_url) as readonly:
        assert readonly.earn.dual.get_balances().balances == []
        with pytest.raises(PermissionDeniedError):
            readonly.earn.dual.invest(base="BTC", product_id=product_id, currency_amount=Decimal(100), profit=profit)
        with pytest.raises(PermissionDeniedError):
            readonly.earn.dual.collect(base="BTC", client_dual_id="early", product_id=product_id)


# -- term arbitrage ------------------------------------------------------------------------------------


def usdt_free(client: Pionex) -> Decimal:
    free = next(b.free for b in client.account.get_balances().balances if b.coin == "USDT")
    assert free is not None
    return free


@pytest.mark.vcr
def test_term_arbitrage_stake_travel_unstake(client: Pionex, base_url: str) -> None:
    arbitrage = client.earn.arbitrage
    products = {p.product_id: p for p in arbitrage.get_products().products}
    chosen = products["ARB-USDT-30D"]
    assert (chosen.coin, chosen.term_days, chosen.min_amount) == ("USDT", 30, Decimal(100))
    assert chosen.apr is not None and {p.coin for p in products.values()} == {"USDT", "USDC"}
    assert arbitrage.get_balances().balances == []
    free = usdt_free(client)
    made = arbitrage.stake(product_id="ARB-USDT-30D", coin="USDT", amount=Decimal(1000))
    assert made.status == "success" and made.txid and made.request_id
    assert usdt_free(client) == free - 1000
    (line,) = arbitrage.get_balances().balances
    assert (line.product_id, line.amount, line.interest, line.txid) == ("ARB-USDT-30D", 1000, 0, made.txid)
    travel(base_url, 3 * DAY_MS + 3600 * 1000)  # three whole days and an hour
    (line,) = arbitrage.get_balances().balances
    day = (1000 * chosen.apr / 365).quantize(Decimal("0.00000001"), ROUND_DOWN)
    assert line.interest == 3 * day  # simple daily interest, rounded down to 8 places
    overview = client.wallet.get_balances_full()
    assert overview.bot_account is not None
    (earning,) = [c for c in overview.bot_account.detail if c.type == "arbitrage"]
    assert earning.total_in_usdt == 1000 + 3 * day and earning.entries[0].txid == made.txid
    assert arbitrage.unstake(product_id="ARB-USDT-30D", coin="USDT", amount=Decimal(400)).status == "success"
    share = (3 * day * 400 / 1000).quantize(Decimal("0.00000001"), ROUND_DOWN)
    assert usdt_free(client) == free - 1000 + 400 + share
    (line,) = arbitrage.get_balances().balances
    assert (line.amount, line.interest) == (600, 3 * day - share)
    assert arbitrage.unstake(product_id="ARB-USDT-30D", coin="USDT", amount="600").status == "success"
    assert arbitrage.get_balances().balances == []
    assert usdt_free(client) == free + 3 * day  # to the last decimal


@pytest.mark.vcr
def test_term_arbitrage_refusals(client: Pionex, base_url: str) -> None:
    arbitrage = client.earn.arbitrage
    with pytest.raises(ArbitrageParameterError, match="not a product"):
        arbitrage.stake(product_id="ARB-USDT-1Y", coin="USDT", amount="100")
    with pytest.raises(ArbitrageParameterError, match="at least 100"):
        arbitrage.stake(product_id="ARB-USDT-30D", coin="USDT", amount="99.99")
    with pytest.raises(ArbitrageParameterError, match="coin must be USDT"):
        arbitrage.stake(product_id="ARB-USDT-30D", coin="USDC", amount="100")
    with pytest.raises(ArbitrageParameterError, match="0 USDC is free"):  # the account holds no USDC
        arbitrage.stake(product_id="ARB-USDC-30D", coin="USDC", amount="100")
    arbitrage.stake(product_id="ARB-USDT-7D", coin="USDT", amount="50")
    with pytest.raises(ArbitrageParameterError, match="more than the 50 USDT staked"):
        arbitrage.unstake(product_id="ARB-USDT-7D", coin="USDT", amount="50.01")
    with pytest.raises(InvalidParameterError, match="coin"):  # not USDT or USDC: never sent
        arbitrage.stake(product_id="ARB-USDT-30D", coin="EUR", amount="100")
    with Pionex(READONLY_KEY, READONLY_SECRET, base_url=base_url) as readonly:
        assert readonly.earn.arbitrage.get_products().products
        assert readonly.earn.arbitrage.get_balances().balances == []
        with pytest.raises(PermissionDeniedError):
            readonly.earn.arbitrage.stake(product_id="ARB-USDT-30D", coin="USDT", amount="100")
        with pytest.raises(PermissionDeniedError):
            readonly.earn.arbitrage.unstake(product_id="ARB-USDT-7D", coin="USDT", amount="10")
