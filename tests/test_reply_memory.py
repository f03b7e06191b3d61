"""Memory of a reply: what decoding costs beyond the decoded value itself.

Measured with tracemalloc (peak of Python allocations during the call).  The floor is msgspec's own
decode of the same bytes into the same model: every money value is a Decimal (about 100 bytes even
for "1"), so a dense list of tiny amounts is inherently many times its JSON size (issue 17 measured a
14 MB depth of ["1","2"] levels at +381 MB: msgspec alone makes 381.6 MB of it).  What the client adds
must stay a small part of that: about one copy of the body on the fast path, and the per-item raw
views on the careful path (one unreadable item).
"""

from __future__ import annotations

import gc
import json
import logging
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx
import msgspec
import pytest

from pionex_wrapper import MarketDepth, Orders, Pionex
from pionex_wrapper.decoding import Reply
from tests.helpers import FAKE_KEY, FAKE_SECRET

LEVELS = 40_000  # about 0.4 MB of ["1","2"] levels


def peak_of(action: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        kept = action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del kept
    return peak


def depth_body(bad: bool) -> bytes:
    levels: list[Any] = [["1", "2"]] * LEVELS + ([["x", "2"]] if bad else [])
    return json.dumps({"result": True, "data": {"bids": levels, "asks": []}, "timestamp": 1}).encode()


def orders_body(bad: bool) -> bytes:
    order = {"orderId": 1, "symbol": "BTC_USDT", "price": "1", "size": "2", "status": "OPEN"}
    orders: list[Any] = [order] * (LEVELS // 4) + ([{"orderId": "x", "symbol": "B"}] if bad else [])
    return json.dumps({"result": True, "data": {"orders": orders}, "timestamp": 1}).encode()


CASES = [
    ("depth", MarketDepth, depth_body, lambda c: c.market.get_market_depth(symbol="BTC_USDT")),
    ("orders", Orders, orders_body, lambda c: c.trade.get_all_orders(symbol="BTC_USDT")),
]


@pytest.mark.parametrize(("model", "body_of", "call"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
@pytest.mark.parametrize("bad", [False, True], ids=["fast", "careful"])
def test_decoding_costs_little_beyond_the_decoded_value(model: Any, body_of: Any, call: Any, bad: bool) -> None:
    body = body_of(bad)
    floor = peak_of(lambda: msgspec.json.decode(body_of(False), type=Reply[model], strict=False))
    reply = httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(lambda r: reply), rate_limit="off") as client:
        logging.disable(logging.WARNING)
        try:
            ours = peak_of(lambda: call(client))
        finally:
            logging.disable(logging.NOTSET)
    # Fast path: the value and about one copy of the body.  Careful path: plus one raw view per item.
    allowed = 1.1 * floor + 3 * len(body) if not bad else 1.5 * floor + 3 * len(body)
    assert ours <= allowed, f"{ours / 1e6:.1f} MB for a {len(body) / 1e6:.2f} MB reply (floor {floor / 1e6:.1f} MB)"
