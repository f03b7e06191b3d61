"""The stream decoder's hot path: one strict pass for a plain data frame (no head pass first when its
topic has one shape), and the very answers of the lax decoder and the careful path for every other
frame.

Speed itself is measured by ``make bench`` (section 6), never here; these tests pin what the speed
rests on (which passes a plain frame takes) and that the shortcuts change no answer.
"""

from __future__ import annotations

import gc
import json
from decimal import Decimal
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pionex_client.streams import FuturesDepthMessage, Ping, SpotDepthMessage, SpotTradeMessage, SubscribedAck
from pionex_wrapper import ResponseDecodeError
from pionex_wrapper.decoding import _may_hold_non_finite
from pionex_wrapper.streams import OtherMessage, StreamDecoder
from pionex_wrapper.streams import decoding as stream_decoding

DEPTH = (
    '{"topic":"DEPTH","symbol":"BTC_USDT","timestamp":1767225600000,'
    '"data":{"bids":[["64990.50","0.4403"],["64990.00","1.8652"]],"asks":[["64991.50","1.6235"]]}}'
)


class _Counting:
    """Stands in for a msgspec decoder and counts its calls."""

    def __init__(self, decoder: msgspec.json.Decoder[Any]) -> None:
        self.decoder = decoder
        self.calls = 0

    def decode(self, body: Any) -> Any:
        self.calls += 1
        return self.decoder.decode(body)


def test_a_plain_data_frame_takes_one_strict_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    decoder = StreamDecoder("/wsPub")
    lax = _Counting(decoder._decoders[SpotDepthMessage])
    decoder._decoders[SpotDepthMessage] = lax  # type: ignore[assignment]
    screens: list[bytes] = []

    def screen(body: bytes) -> bool:
        screens.append(body)
        return _may_hold_non_finite(body)

    monkeypatch.setattr(stream_decoding, "_may_hold_non_finite", screen)
    heads: list[bytes] = []
    read_head = decoder._read_head
    decoder._read_head = lambda body: heads.append(body) or read_head(body)
    message = decoder.decode(DEPTH)
    assert isinstance(message, SpotDepthMessage) and message.data is not None
    assert message.data.bids[0] == (Decimal("64990.50"), Decimal("0.4403"))
    # Before: every frame went through the lax decoder and the full NaN screen.
    assert lax.calls == 0
    assert screens == []
    assert heads == []  # one pass reads the frame whole: no head pass first
    # A digit string for the time is refused by the strict pass and read by the lax decoder.
    assert decoder.decode(DEPTH.replace("1767225600000", '"1767225600000"')) == message
    assert lax.calls == 1


LAX = {model: msgspec.json.Decoder(model, strict=False) for model in (SpotDepthMessage, FuturesDepthMessage)}


@pytest.mark.parametrize(
    "frame",
    [
        DEPTH,
        DEPTH.replace("BTC_USDT", "BTC_USDT_PERP"),
        DEPTH.replace('"timestamp":1767225600000', '"timestamp":"1767225600000"'),
        DEPTH.replace('"64990.50"', "64990.50").replace('"0.4403"', "1E-30"),  # numbers, exact
        DEPTH.replace('"BTC_USDT"', '"BTC\\u005fUSDT_PERP"'),  # an escape in the symbol
        DEPTH.replace('"BTC_USDT"', "null"),
        DEPTH.replace('"timestamp"', '"op":null,"type":null,"event":null,"timestamp"'),  # null marks: data
        DEPTH.replace('"data":{', '"extra":[1,{"op":"PING"}],"data":{'),  # a mark inside a value: data
    ],
)
def test_the_hot_path_reads_as_the_lax_decoder(frame: str) -> None:
    message = StreamDecoder("/wsPub").decode(frame)
    model = FuturesDepthMessage if "_PERP" in frame else SpotDepthMessage
    assert type(message) is model
    assert message == LAX[model].decode(frame)


def test_marks_and_odd_topics_still_take_the_full_head() -> None:
    decoder = StreamDecoder("/wsPub")
    marked = DEPTH.replace('"timestamp"', '"op":"PING","timestamp"')
    assert decoder.decode(marked) == Ping(op="PING", timestamp=1767225600000)
    acked = '{"type":"SUBSCRIBED","topic":"DEPTH","symbol":"BTC_USDT","data":{"bids":[]}}'
    assert isinstance(decoder.decode(acked), SubscribedAck)
    assert isinstance(decoder.decode(DEPTH.replace('"DEPTH"', "5")), OtherMessage)
    assert isinstance(decoder.decode(DEPTH.replace('"DEPTH"', '["DEPTH"]')), OtherMessage)
    assert isinstance(decoder.decode(DEPTH.replace('"DEPTH"', '"KLINE"')), OtherMessage)
    with pytest.raises(ResponseDecodeError, match="not a JSON object"):
        decoder.decode("[1, 2]")
    with pytest.raises(ResponseDecodeError, match=r"^symbol: Expected `str \| null`, got `int`"):
        decoder.decode(DEPTH.replace('"BTC_USDT"', "5"))  # read as spot, refused by name, as before


@pytest.mark.parametrize(
    "spelling", ["NaN", "nan", "sNaN", "Infinity", "-inf", "INF", " nan ", "\\u004eaN", "\\u006ean", "i\\u006ef"]
)
def test_every_spelling_of_nan_or_infinity_is_refused(spelling: str) -> None:
    frame = DEPTH.replace('"1.8652"', json.dumps(spelling).replace("\\\\", "\\"))
    assert _may_hold_non_finite(frame.encode())
    with pytest.raises(ResponseDecodeError, match=r"data\.bids\[1\]"):
        StreamDecoder("/wsPub").decode(frame)


def test_the_quick_screen_clears_only_frames_without_an_n() -> None:
    assert not _may_hold_non_finite(DEPTH.encode())
    assert not _may_hold_non_finite(b'{"price":"1.5","coin":"NANO"}')  # an n, but no whole NaN
    trade = '{"topic":"TRADE","symbol":"NEAR_USDT","data":[{"price":"1.5","size":"2"}]}'
    message = StreamDecoder("/wsPub").decode(trade)
    assert isinstance(message, SpotTradeMessage) and message.data[0].price == Decimal("1.5")


def test_models_are_not_tracked_by_the_garbage_collector() -> None:
    message = StreamDecoder("/wsPub").decode(DEPTH)
    assert isinstance(message, SpotDepthMessage) and message.data is not None
    assert not gc.is_tracked(message) and not gc.is_tracked(message.data)  # before: both tracked
    assert gc.is_tracked(message.data.bids)  # the lists stay ordinary lists


# Values a level, the time or the symbol may take, well formed or not.
_TEXTS = st.sampled_from(["1", "0.5", ".5", "1.", "1E-30", "-0", " 1 ", "1_0", "", "x", "NaN", "\\u0031", "inf"])
_VALUES = st.one_of(
    _TEXTS.map(lambda text: json.dumps(text).replace("\\\\", "\\")),
    st.sampled_from(["1", "1.5", "1e-7", "null", "true", "[]", "{}", "99999999999999999999"]),
)
_LEVELS = st.lists(st.tuples(_VALUES, _VALUES).map(lambda pair: f"[{pair[0]},{pair[1]}]"), max_size=3)


@settings(max_examples=300, deadline=None)
@given(
    symbol=st.sampled_from(['"BTC_USDT"', '"BTC_USDT_PERP"', "null", "5"]),
    stamp=st.sampled_from(["1767225600000", '"1767225600000"', "null", '"soon"', "1.5"]),
    bids=_LEVELS,
    asks=_LEVELS,
    extra=st.sampled_from(["", ',"op":null', ',"type":"SUBSCRIBED"', ',"event":"error"', ',"n":1']),
)
def test_any_depth_frame_reads_as_the_lax_decoder_or_is_refused(
    symbol: str, stamp: str, bids: list[str], asks: list[str], extra: str
) -> None:
    frame = (
        f'{{"topic":"DEPTH","symbol":{symbol},"timestamp":{stamp}{extra},'
        f'"data":{{"bids":[{",".join(bids)}],"asks":[{",".join(asks)}]}}}}'
    )
    try:
        message = StreamDecoder("/wsPub").decode(frame)
    except ResponseDecodeError:
        message = None
    if extra in (',"type":"SUBSCRIBED"', ',"event":"error"'):
        assert not isinstance(message, (SpotDepthMessage, FuturesDepthMessage))  # a control message
        return
    model = FuturesDepthMessage if symbol == '"BTC_USDT_PERP"' else SpotDepthMessage
    try:
        lax = LAX[model].decode(frame)
    except msgspec.ValidationError:
        assert message is None  # the careful path refuses what the lax decoder cannot read
        return
    levels = [*lax.data.bids, *lax.data.asks] if lax.data is not None else []
    if all(value.is_finite() for level in levels for value in level):
        assert message == lax
    else:
        assert message is None
