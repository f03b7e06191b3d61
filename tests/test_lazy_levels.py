"""A large depth's levels are made into Decimals when read, and nobody can tell otherwise.

``market.get_market_depth`` returns its ``bids`` and ``asks`` as a :class:`pionex_wrapper.levels.Levels`
when the reply is large (``decoding.LAZY_FROM`` bytes or more): the levels' text is checked at decode
time, and Decimals are made on reading.  Everything a user can do with the old eager list gives the
same answer; a level that is not a plain decimal string sends the reply down the eager path, which
leaves it out and reports it as before.
"""

from __future__ import annotations

import asyncio
import copy
import json
import pickle
import random
from decimal import Decimal
from typing import Any

import httpx
import msgspec
import pytest

from pionex_wrapper import AsyncPionex, MarketDepth, Pionex, RawResponse
from pionex_wrapper.decoding import LAZY_FROM, decode_data, read_envelope
from pionex_wrapper.levels import Levels
from tests.helpers import FAKE_KEY, FAKE_SECRET


def depth_body(levels: int = 300, bad: str | None = None) -> bytes:
    rng = random.Random(7)
    bids = [[f"{65000 - i * 0.5:.2f}", f"{rng.randint(1, 20000) / 1e4:.4f}"] for i in range(levels)]
    asks = [[f"{65001 + i * 0.5:.2f}", f"{rng.randint(1, 20000) / 1e4:.4f}"] for i in range(levels)]
    if bad is not None:
        asks[5][1] = bad
    return json.dumps(
        {"result": True, "data": {"bids": bids, "asks": asks, "updateTime": 1}, "timestamp": 1},
        separators=(",", ":"),
    ).encode()


def reply(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})


def depth_sync(body: bytes) -> MarketDepth:
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(lambda r: reply(body))) as client:
        return client.market.get_market_depth(symbol="BTC_USDT")


def depth_async(body: bytes) -> MarketDepth:
    got: list[MarketDepth] = []

    async def main() -> None:  # returns nothing: asyncio.run (3.11) may repr its main task's result
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(lambda r: reply(body))) as client:
            got.append(await client.market.get_market_depth(symbol="BTC_USDT"))

    asyncio.run(main())
    return got[0]


def eager(body: bytes) -> MarketDepth:
    envelope = read_envelope(body)
    assert envelope is not None
    value: MarketDepth = decode_data(MarketDepth, envelope, {}).value
    assert type(value.bids) is list
    return value


CALLS = pytest.mark.parametrize("call", [depth_sync, depth_async], ids=["sync", "async"])


@CALLS
def test_a_large_depth_makes_its_decimals_when_read(call: Any) -> None:
    body = depth_body()
    assert len(body) >= LAZY_FROM
    depth = call(body)
    assert type(depth.bids) is Levels
    assert depth.bids[0] == (Decimal("65000.00"), Decimal(depth.bids[0][1]))
    assert all(type(v) is Decimal for v in depth.bids[0])
    # Only what was read was made: the next level is still text.
    assert type(list.__getitem__(depth.bids, 1)[0]) is str
    assert type(list.__getitem__(depth.asks, 0)[0]) is str


@CALLS
def test_lazy_levels_read_exactly_like_the_eager_list(call: Any) -> None:
    body = depth_body()
    lazy, want = call(body), eager(body)
    assert lazy.bids[:20] == want.bids[:20] and type(lazy.bids[:20]) is list
    assert lazy.asks[-1] == want.asks[-1] and len(lazy.asks) == len(want.asks) and bool(lazy.bids)
    assert [level for level in lazy.bids] == want.bids
    assert list(reversed(lazy.asks)) == list(reversed(want.asks))
    assert sorted(lazy.asks, reverse=True) == sorted(want.asks, reverse=True)
    assert want.bids[3] in lazy.bids and lazy.bids.index(want.bids[3]) == 3 and lazy.bids.count(want.bids[3]) == 1
    assert lazy.bids + [(Decimal(1), Decimal(2))] == want.bids + [(Decimal(1), Decimal(2))]
    assert [(Decimal(1), Decimal(2))] + lazy.bids == [(Decimal(1), Decimal(2))] + want.bids


@CALLS
def test_equality_repr_pickling_copying_and_encoding_are_as_before(call: Any) -> None:
    body = depth_body()
    for lazy in (call(body), call(body)):  # each fresh: nothing made before the operation
        want = eager(body)
        assert lazy == want and want == lazy
        assert lazy.bids != want.bids[:-1] and want.asks != lazy.asks[1:]
        assert lazy.bids == want.bids and want.bids == lazy.bids
        assert repr(lazy) == repr(want)
        assert pickle.loads(pickle.dumps(lazy)) == want
        assert copy.copy(lazy) == want and copy.deepcopy(lazy) == want
        assert msgspec.json.encode(lazy) == msgspec.json.encode(want)
        assert msgspec.to_builtins(lazy) == msgspec.to_builtins(want)
    with pytest.raises(TypeError):
        hash(call(body))
    with pytest.raises(TypeError):
        hash(want)


@pytest.mark.parametrize("bad", ["abc", "", ".", "1.2.3", " 1", "1e5", "NaN", "-1", "٣"])
@CALLS
def test_a_level_that_is_not_plain_text_takes_the_eager_path(call: Any, bad: str) -> None:
    body = depth_body(bad=bad)
    got, want = call(body), eager(body)
    assert type(got.asks) is list  # decoded eagerly, as before
    assert got == want


def test_raw_responses_and_small_depths_are_eager_as_before() -> None:
    small = depth_body(levels=5)
    assert len(small) < LAZY_FROM and type(depth_sync(small).bids) is list
    body = depth_body(bad="abc")
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(lambda r: reply(body))) as client:
        raw: RawResponse[MarketDepth] = client.with_raw_response.market.get_market_depth(symbol="BTC_USDT")
    assert len(raw.parse().asks) == 299 and "data.asks[5]" in raw.skipped[0].message


def test_levels_mutate_like_a_list() -> None:
    body = depth_body()
    lazy, want = depth_sync(body), eager(body)
    for side in (lazy.bids, want.bids):
        side.append((Decimal(1), Decimal(1)))
        side[0] = (Decimal(2), Decimal(2))
        del side[1]
        side.sort()
        side.insert(0, (Decimal(3), Decimal(3)))
        side.pop()
        side.remove((Decimal(3), Decimal(3)))
        side.extend([(Decimal(4), Decimal(4))])
        side.reverse()
    assert lazy.bids == want.bids
