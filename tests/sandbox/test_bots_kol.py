"""The KOLs' curated copy-trade lists: seeded from the sandbox's seed, filtered, sorted and paged."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from pionex_sandbox.bots.kol import ENTRIES_PER_TYPE, PINNED, SHARE_CODES
from pionex_sandbox.core.prices import DAY, HOUR
from tests.sandbox.copy_support import Desk, checked_desk, make_desk, path
from tests.sandbox.sandbox_support import Clock

LIST = "botKolListCopyTradeBots"


@pytest.fixture
def desk(clock: Clock) -> Iterator[Desk]:
    yield from checked_desk(clock)


def listing(desk: Desk, **params: object) -> Any:
    return desk.call(LIST, params={"shareCode": SHARE_CODES[0], "buOrderType": "spot_grid", **params})


def every_entry(desk: Desk, **params: object) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    page = 1
    while True:
        reply = listing(desk, page=page, limit=4, **params)
        entries.extend(reply["topResults"] + reply["results"])
        if not reply["hasMore"]:
            return entries
        page += 1


def test_the_lists_come_from_the_seed(desk: Desk, clock: Clock) -> None:
    first = listing(desk, limit=100)
    assert listing(make_desk(Clock(clock.now)), limit=100) == first
    assert listing(make_desk(Clock(clock.now), seed=8), limit=100) != first
    assert first["kolInfo"]["shareCode"] == SHARE_CODES[0] and first["kolInfo"]["nickname"]
    assert first["total"] + len(first["topResults"]) == ENTRIES_PER_TYPE
    assert len(first["topResults"]) == PINNED and all(entry["isTop"] for entry in first["topResults"])
    assert [entry["rank"] for entry in first["results"]] == list(range(PINNED + 1, ENTRIES_PER_TYPE + 1))
    nicknames = {
        desk.call(LIST, params={"shareCode": code, "buOrderType": "spot_grid"})["kolInfo"]["nickname"]
        for code in SHARE_CODES
    }
    assert len(nicknames) == len(SHARE_CODES)


def test_an_entry_is_priced_on_the_sandboxs_path(desk: Desk, clock: Clock) -> None:
    start = clock.now
    entries = every_entry(desk)
    finished = [entry for entry in entries if entry["status"] == "finished"]
    running = [entry for entry in entries if entry["status"] == "running"]
    assert finished and running
    for entry in entries:
        data = entry["buOrderData"]
        symbol = f"{entry['base']}_{entry['quote']}"
        assert entry["buOrderType"] == "spot_grid" and data["trend"] == "long" and data["leverage"] == "1"
        assert start - 91 * DAY < entry["createTime"] < start
        assert Decimal(data["initPrice"]) == path(symbol).price(entry["createTime"])
        assert Decimal(data["bottom"]) < Decimal(data["initPrice"]) < Decimal(data["top"])
        moment = entry["closeTime"] if entry["status"] == "finished" else start
        assert Decimal(data["curPrice"]) == path(symbol).price(moment)
    clock.now += 5 * HOUR  # the current price moves with the clock, a finished entry's does not
    later = {entry["buOrderId"]: entry for entry in every_entry(desk)}
    for entry in running:
        symbol = f"{entry['base']}_{entry['quote']}"
        assert Decimal(later[entry["buOrderId"]]["buOrderData"]["curPrice"]) == path(symbol).price(clock.now)
    for entry in finished:
        assert later[entry["buOrderId"]]["buOrderData"] == entry["buOrderData"]


def test_filters_and_their_options(desk: Desk) -> None:
    futures = desk.call(LIST, params={"shareCode": SHARE_CODES[1], "buOrderType": "futures_grid", "limit": 100})
    options = futures["filterOptions"]
    everything = futures["topResults"] + futures["results"]
    assert options["symbolList"] == sorted({f"{e['base']}_{e['quote']}" for e in everything})
    assert options["leverageList"] == sorted({int(e["buOrderData"]["leverage"]) for e in everything})
    assert options["trendList"] == sorted({e["buOrderData"]["trend"] for e in everything})
    assert len(options["leverageList"]) > 1 and len(options["trendList"]) > 1
    params = {"shareCode": SHARE_CODES[1], "buOrderType": "futures_grid", "limit": 100}
    for name, values in (("leverage", options["leverageList"]), ("trend", options["trendList"])):
        counted = 0
        for value in values:
            reply = desk.call(LIST, params={**params, name: value})
            chosen = reply["topResults"] + reply["results"]
            field = "leverage" if name == "leverage" else "trend"
            assert all(entry["buOrderData"][field] == str(value) for entry in chosen)
            assert reply["filterOptions"] == options  # the options do not depend on the filters
            counted += len(chosen)
        assert counted == ENTRIES_PER_TYPE
    spot = every_entry(desk, symbol="ETH_USDT")
    assert spot and all((entry["base"], entry["quote"]) == ("ETH", "USDT") for entry in spot)
    assert desk.call(LIST, params={**params, "buOrderType": "smart_copy"})["results"] == []
    assert listing(desk, symbol="DOGE_USDT")["total"] == 0


def test_sorting_and_paging(desk: Desk) -> None:
    by_rank = every_entry(desk)
    assert [entry["rank"] for entry in by_rank] == list(range(1, ENTRIES_PER_TYPE + 1))
    pages = [listing(desk, page=page, limit=4) for page in (1, 2, 3, 4)]
    assert [len(page["results"]) for page in pages] == [4, 4, 4, 1]
    assert [page["hasMore"] for page in pages] == [True, True, True, False]
    assert [len(page["topResults"]) for page in pages] == [PINNED, 0, 0, 0]
    assert {page["total"] for page in pages} == {ENTRIES_PER_TYPE - PINNED}
    assert listing(desk, page=9, limit=4)["results"] == []
    for sort, field in (("gridApr", "gridApr"), ("rota", "rota"), ("quoteInvestment", "quoteInvestment")):
        down = [Decimal(e["buOrderData"][field]) for e in listing(desk, sort=sort, limit=100)["results"]]
        up = [Decimal(e["buOrderData"][field]) for e in listing(desk, sort=sort, direction="asc", limit=100)["results"]]
        assert down == sorted(down, reverse=True) and up == sorted(up)
    times = [e["createTime"] for e in listing(desk, sort="createTime", limit=100)["results"]]
    assert times == sorted(times, reverse=True)
    ranks = [e["rank"] for e in listing(desk, direction="desc", limit=100)["results"]]
    assert ranks == sorted(ranks, reverse=True)
    assert listing(desk, pageToken="anything")["results"] == listing(desk)["results"]


def test_bad_queries_are_refused_naming_the_parameter(desk: Desk) -> None:
    cases = [
        ({"buOrderType": "spot_grid"}, "shareCode"),
        ({"shareCode": "NOPE", "buOrderType": "spot_grid"}, "shareCode"),
        ({"shareCode": SHARE_CODES[0]}, "buOrderType"),
        ({"shareCode": SHARE_CODES[0], "buOrderType": "grid"}, "buOrderType"),
        ({"shareCode": SHARE_CODES[0], "buOrderType": "spot_grid", "sort": "price"}, "sort"),
        ({"shareCode": SHARE_CODES[0], "buOrderType": "spot_grid", "direction": "up"}, "direction"),
        ({"shareCode": SHARE_CODES[0], "buOrderType": "spot_grid", "limit": 101}, "limit"),
        ({"shareCode": SHARE_CODES[0], "buOrderType": "spot_grid", "page": -1}, "page"),
        ({"shareCode": SHARE_CODES[0], "buOrderType": "spot_grid", "leverage": "two"}, "leverage"),
        (
            {"shareCode": SHARE_CODES[0], "buOrderType": "spot_grid", "leverage": 101},
            "leverage must be between 1 and 100",
        ),
    ]
    for params, name in cases:
        assert name in desk.refused("TRADE_PARAMETER_ERROR", LIST, params=params).message
