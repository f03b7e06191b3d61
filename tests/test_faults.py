"""Every failure is a PionexError, bounded in time and memory; secrets stay secret under faults.

The network tests run a misbehaving server on 127.0.0.1 (tests/loopback.py); timing bounds
are generous on purpose (the machines are noisy): they tell "bounded" from "not bounded".
"""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import logging
import time
import traceback
import tracemalloc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pionex_wrapper import (
    AsyncPionex,
    InvalidParameterError,
    InvalidSignatureError,
    Pionex,
    PionexConnectionError,
    PionexError,
    PionexTimeoutError,
    RateLimitError,
    ResponseDecodeError,
    ResponseTooLargeError,
)
from pionex_wrapper.body import deadline_seconds
from pionex_wrapper.retry import MAX_RETRY_AFTER, _seconds
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, envelope
from tests.loopback import DRIP_BODY, LoopbackServer, loopback, secrets_in, signatures

TIMEOUT = 0.5
BOUND = 5 * TIMEOUT  # generous: the drip alone would take len(DRIP_BODY) * 0.2 s
MiB = 1024 * 1024


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback() as served:
        yield served


def gzip_bomb(size: int = 64 * MiB) -> bytes:
    return gzip.compress(b"\0" * size, compresslevel=9)


# -- A.1 an overall deadline per call ------------------------------------------------------------


def test_a_dripping_server_cannot_hold_a_sync_call_past_its_timeout(server: LoopbackServer) -> None:
    assert len(DRIP_BODY) * server.drip_every > 4 * BOUND
    server.modes["/api/v1/market/depth"] = "drip"
    with Pionex(base_url=server.base_url, timeout=TIMEOUT, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(PionexTimeoutError) as caught:
            client.market.get_market_depth(symbol="BTC_USDT")
        elapsed = time.monotonic() - started
        assert elapsed < BOUND, elapsed
        assert server.dripped < len(DRIP_BODY)
        assert "timeout" in str(caught.value) and caught.value.path == "/api/v1/market/depth"
        # The timed-out connection was dropped, not pooled: the next call works.
        assert client.market.get_tickers(symbol="BTC_USDT").tickers == []


def test_a_per_call_timeout_is_the_deadline_too(server: LoopbackServer) -> None:
    server.modes["/api/v1/market/depth"] = "drip"
    with Pionex(base_url=server.base_url, timeout=30, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(PionexTimeoutError):
            client.market.get_market_depth(symbol="BTC_USDT", timeout=httpx.Timeout(TIMEOUT))
        assert time.monotonic() - started < BOUND


def test_a_dripping_server_cannot_hold_an_async_call_and_the_pool_stays_usable(server: LoopbackServer) -> None:
    server.modes["/api/v1/market/depth"] = "drip"

    async def main() -> float:
        async with AsyncPionex(base_url=server.base_url, timeout=TIMEOUT, max_retries=0) as client:
            started = time.monotonic()
            with pytest.raises(PionexTimeoutError):
                await client.market.get_market_depth(symbol="BTC_USDT")
            elapsed = time.monotonic() - started
            # Cancelled mid-body: the same pool serves the next calls, concurrently too.
            for _ in range(2):
                books = await asyncio.gather(*(client.market.get_tickers(symbol="BTC_USDT") for _ in range(3)))
                assert len(books) == 3
            return elapsed

    elapsed = asyncio.run(main())
    assert elapsed < BOUND, elapsed
    assert server.dripped < len(DRIP_BODY)


def test_the_deadline_of_a_timeout() -> None:
    assert deadline_seconds(None) is None
    assert deadline_seconds(2.5) == 2.5
    assert deadline_seconds(httpx.Timeout(None)) is None
    assert deadline_seconds(httpx.Timeout(1, read=3)) == 3
    assert deadline_seconds(httpx.Timeout(None, connect=2)) == 2


# -- A.2 a cap on the decoded size of a reply -----------------------------------------------------


class CountingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A reply body served in chunks, counting how many were taken."""

    def __init__(self, body: bytes, chunk: int = 8192) -> None:
        self.chunks = [body[at : at + chunk] for at in range(0, len(body), chunk)]
        self.taken = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.taken += 1
            yield chunk

    async def __aiter__(self) -> Any:
        for chunk in self.chunks:
            self.taken += 1
            yield chunk


def test_a_gzip_bomb_is_refused_with_bounded_memory() -> None:
    bomb = gzip_bomb()
    streams: list[CountingStream] = []

    def reply(request: httpx.Request) -> httpx.Response:
        streams.append(CountingStream(bomb))
        return httpx.Response(200, stream=streams[-1], headers={"Content-Encoding": "gzip"})

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply), max_response_bytes=MiB) as client:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError) as caught:
                client.account.get_balances()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert isinstance(caught.value, ResponseDecodeError) and caught.value.status_code == 200
    assert "max_response_bytes" in str(caught.value)
    assert peak < 8 * MiB, peak  # the whole reply would be 64 MiB
    assert streams[0].taken < len(streams[0].chunks)


def test_a_gzip_bomb_over_loopback_sync_and_async(server: LoopbackServer) -> None:
    server.bomb = gzip_bomb()
    server.modes["/api/v1/market/depth"] = "bomb"
    with Pionex(base_url=server.base_url, max_response_bytes=MiB) as client:
        with pytest.raises(ResponseTooLargeError):
            client.market.get_market_depth(symbol="BTC_USDT")
        assert client.market.get_tickers(symbol="BTC_USDT") is not None

    async def main() -> None:
        async with AsyncPionex(base_url=server.base_url, max_response_bytes=MiB) as client:
            with pytest.raises(ResponseTooLargeError):
                await client.market.get_market_depth(symbol="BTC_USDT")
            assert await client.market.get_tickers(symbol="BTC_USDT") is not None

    asyncio.run(main())


def test_replies_under_the_cap_are_read_whole_and_the_cap_follows_with_options() -> None:
    body = httpx.Response(200, json=envelope({"balances": [{"coin": "BTC", "free": "1"}] * 2000})).content

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(gzip.compress(body)), headers={"Content-Encoding": "gzip"})

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply)) as client:
        assert len(client.account.get_balances().balances) == 2000
        raw = client.with_raw_response.account.get_balances()
        assert raw.http_response.content == body and raw.http_response.json()["result"] is True
        small = client.with_options(max_response_bytes=len(body) - 1)
        with pytest.raises(ResponseTooLargeError):
            small.account.get_balances()
        with pytest.raises(ResponseTooLargeError):
            small.with_options(timeout=5).account.get_balances()
        assert client.with_options(max_response_bytes=len(body)).account.get_balances().balances


def test_a_reply_already_in_memory_is_measured() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, content=b"x" * 2000))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync(), max_response_bytes=1000) as client:
        with pytest.raises(ResponseTooLargeError):
            client.account.get_balances()


@pytest.mark.parametrize("bad", [0, -1, True, 1.5, "16", None])
def test_max_response_bytes_must_be_a_positive_int(bad: Any) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        Pionex(max_response_bytes=bad)
    assert caught.value.parameter == "max_response_bytes"
    with pytest.raises(InvalidParameterError):
        AsyncPionex(max_response_bytes=bad)
    with Pionex() as client, pytest.raises(InvalidParameterError):
        client.with_options(max_response_bytes=bad)


# -- A.3 Retry-After -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("60", 60.0), ("1.5", 1.5), (" 30 ", 30.0), ("0", 0.0), ("99999999999", MAX_RETRY_AFTER), ("9" * 400, MAX_RETRY_AFTER),
     ("1e12", None), ("1E3", None), ("-5", None), ("nan", None), ("inf", None), ("\u00b2", None), ("\u0661", None),
     ("1_000", None), ("", None), ("soon", None), ("Wed, 32 Oct 2026 07:28:00 GMT", None),
     ("Wed, 21 Oct 99999 07:28:00 GMT", None), ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0)],
)  # fmt: skip
def test_retry_after_values(header: str, seconds: float | None) -> None:
    assert _seconds(header) == seconds
    error = call_429(header)
    assert isinstance(error, RateLimitError) and error.retry_after == seconds


def call_429(header: str) -> PionexError:
    reply = httpx.Response(429, headers=[(b"Retry-After", header.encode())], text="slow down")
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=Recorder(lambda r: reply).sync(), max_retries=0) as client:
        with pytest.raises(PionexError) as caught:
            client.account.get_balances()
    return caught.value


def test_retry_after_as_an_http_date_is_seconds_from_now() -> None:
    now = 1_800_000_000.0
    assert _seconds(email.utils.formatdate(now + 120, usegmt=True), now=now) == 120
    assert _seconds(email.utils.formatdate(now - 120, usegmt=True), now=now) == 0
    assert _seconds(email.utils.formatdate(now + 10 * 86_400, usegmt=True), now=now) == MAX_RETRY_AFTER
    assert (
        _seconds("Fri, 15 Jan 2027 08:01:00 -0000", now=email.utils.mktime_tz((2027, 1, 15, 8, 0, 0, 0, 1, -1, 0)))
        == 60
    )
    in_two_minutes = call_429(email.utils.formatdate(time.time() + 120, usegmt=True))
    assert isinstance(in_two_minutes, RateLimitError) and in_two_minutes.retry_after is not None
    assert 100 < in_two_minutes.retry_after <= 121


# -- A.4 every failure is a PionexError ------------------------------------------------------------


def test_odd_inputs_and_states_are_pionex_errors() -> None:
    recorder = Recorder()
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        for symbol in ("BTC_\ud800", "A" * 100_000):
            with pytest.raises(InvalidParameterError) as caught:
                client.market.get_market_depth(symbol=symbol)
            assert caught.value.parameter == "symbol" and len(str(caught.value)) < 500
        with pytest.raises(InvalidParameterError):
            client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="10", client_order_id="\udfff")
    assert recorder.requests == []
    client.close()
    with pytest.raises(PionexError, match="closed"):
        client.market.get_tickers()
    for build in (Pionex, AsyncPionex):
        with pytest.raises(InvalidParameterError, match="base_url"):
            build(base_url="not a url")
        with pytest.raises(InvalidParameterError, match="timeout"):
            build(timeout=-1)

    async def closed_async() -> None:
        client = AsyncPionex(transport=recorder.asynchronous())
        await client.aclose()
        await client.market.get_tickers()

    with pytest.raises(PionexError, match="closed"):
        asyncio.run(closed_async())


# -- B.1 no secret in any log line --------------------------------------------------------------


def test_no_secret_in_any_log_record_at_debug(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    for name in ("pionex_wrapper", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    server.modes.update({"/api/v1/trade/order": "echo401", "/api/v1/trade/openOrders": "drop"})
    server.modes["/api/v1/trade/allOrders"] = "drip"
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    with Pionex(FAKE_KEY, FAKE_SECRET, base_url=server.base_url, timeout=TIMEOUT, max_retries=1) as client:
        client.account.get_balances()
        with pytest.raises(InvalidSignatureError):
            client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="10")
        with pytest.raises(PionexConnectionError):
            client.trade.get_open_orders(symbol="BTC_USDT")
        with pytest.raises(PionexTimeoutError):
            client.trade.get_all_orders(symbol="BTC_USDT")
    sent = signatures(server)
    assert len(sent) >= 4 and {record.name.split(".")[0] for record in caplog.records} >= {"httpx", "httpcore"}
    for record in caplog.records:
        text = formatter.format(record)
        assert not secrets_in(text, sent), text


# -- B.2 no secret in the traceback or the chained exceptions ------------------------------------


def assert_clean_traceback(error: BaseException, sent: list[str]) -> None:
    assert error.__context__ is None and error.__cause__ is None
    text = "".join(traceback.format_exception(error))
    assert not secrets_in(text, sent), text


def test_network_errors_hold_no_request_in_their_context(server: LoopbackServer) -> None:
    def quoting(request: httpx.Request) -> httpx.Response:
        quoted = f"{request.headers['PIONEX-KEY']} {request.headers['PIONEX-SIGNATURE']} {FAKE_SECRET}"
        raise httpx.ReadTimeout(quoted, request=request)

    recorder = Recorder(quoting)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync(), max_retries=0) as client:
        with pytest.raises(PionexTimeoutError) as caught:
            client.account.get_balances()
    assert_clean_traceback(caught.value, [r.headers["PIONEX-SIGNATURE"] for r in recorder.requests])

    server.modes.update({"/api/v1/account/balances": "drop", "/api/v1/trade/allOrders": "drip"})
    errors: list[PionexError] = []
    with Pionex(FAKE_KEY, FAKE_SECRET, base_url=server.base_url, timeout=TIMEOUT, max_retries=0) as client:
        for call in (client.account.get_balances, lambda: client.trade.get_all_orders(symbol="BTC_USDT")):
            with pytest.raises(PionexConnectionError) as failed:
                call()
            errors.append(failed.value)

    async def main() -> None:
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, base_url=server.base_url, timeout=TIMEOUT, max_retries=0) as c:
            for call in (c.account.get_balances, lambda: c.trade.get_all_orders(symbol="BTC_USDT")):
                with pytest.raises(PionexConnectionError) as failed:
                    await call()
                errors.append(failed.value)

    asyncio.run(main())
    assert [type(e) for e in errors] == [PionexConnectionError, PionexTimeoutError] * 2
    for error in errors:
        assert_clean_traceback(error, signatures(server))
