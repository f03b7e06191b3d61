"""make bench keeps working as the client changes: its decode path and canned calls still run.

No timing is asserted here (speed is measured by `make bench`, never in the test suite).
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

from pionex_wrapper import Klines, MarketDepth

_spec = importlib.util.spec_from_file_location("pionex_bench", Path(__file__).parents[1] / "bench" / "run.py")
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
sys.modules["pionex_bench"] = bench  # dataclasses look their module up by name
_spec.loader.exec_module(bench)


def test_the_bench_decodes_through_the_clients_own_path() -> None:
    rng = random.Random(0)
    depth = bench._ours_decode(MarketDepth, bench.depth_reply(5, rng))
    klines = bench._ours_decode(Klines, bench.klines_reply(3, rng))
    assert len(depth.bids) == 5 and len(klines.klines) == 3


def test_the_benchs_mocked_calls_send_what_raw_httpx_sends() -> None:
    figures = bench.bench_mock(quick=True)
    assert [figure.name for figure in figures] and all(figure.ours_ns > 0 for figure in figures)


def test_the_stream_bench_frames_decode_and_keep_a_sound_book() -> None:
    rng = random.Random(0)
    decoder, dispatch, counts = bench.stream_dispatcher()
    mix = bench.stream_mix(rng, 50)
    for frame in mix:
        dispatch(frame)
    assert counts[0] == 50
    assert not any(isinstance(decoder.decode(frame), bench.OtherMessage) for frame in mix)
    book = bench.FuturesBook("BTC_USDT_PERP")
    for frame in bench.orderbook_frames(rng, 300, 10):
        book.apply(decoder.decode(frame))
    view = book.view()
    assert len(view.bids) == len(view.asks) == 100 and view.bids[0][0] < view.asks[0][0]
    assert book.levels_applied > 3000


def test_the_mcp_bench_starts_the_server_and_times_a_tool_call_against_the_direct_call(tmp_path: Path) -> None:
    import asyncio

    from pionex_sandbox import running_sandbox

    with running_sandbox() as sandbox:
        env = bench.mcp_environment(sandbox.base_url, tmp_path)
        elapsed, tools = bench.stdio_startup([sys.executable, "-m", "pionex_mcp", "--sandbox"], env)
        assert elapsed > 0 and "market_depth" in tools and "trade_new_order" not in tools  # read-only
        rows = asyncio.run(bench.mcp_calls(sandbox.base_url, tmp_path, number=2, repeats=1, warmup=1))
    assert [name for name, *_ in rows] == [
        f"{call[0]}, {transport}" for transport in ("in-process", "stdio") for call in bench.MCP_CALLS
    ]
    assert all(ours > 0 and direct > 0 for _, ours, direct, _ in rows)
