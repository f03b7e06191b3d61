"""The curated copy-trade lists of KOLs (traders others copy): seeded entries the sandbox serves.

Pionex's KOL list shows the grid bots a trader pinned or picked for others to copy.  The
sandbox has three KOLs, always under the share codes of :data:`SHARE_CODES`; everything else
about them (nicknames, their bots: pairs, ranges, rows, investment, returns, times, which are
finished) comes from a ``random.Random`` seeded with the sandbox's seed, so the same seed gives
the same lists.  Each KOL has :data:`ENTRIES_PER_TYPE` spot grids (``spot_grid``, on the spot
pairs, trend ``long``, leverage 1) and as many futures grids (``futures_grid``, on the
perpetual pairs, trend ``long``, ``short`` or ``no_trend``, leverage 2 to 20), created in the
90 days before the sandbox started; about a third are finished.  ``smart_copy`` is a type the
list accepts but no KOL has any of.  An entry's ``initPrice`` is its pair's price (the
sandbox's price path) when it was created, ``curPrice`` the price now (at the market's last
step; at its close for a finished one), and ``top`` and ``bottom`` lie 5 % to 30 % either side of ``initPrice``.

The query, as the sandbox reads it:

* ``shareCode`` must be one of :data:`SHARE_CODES`; ``buOrderType`` one of ``spot_grid``,
  ``futures_grid``, ``smart_copy``;
* ``symbol`` filters on the entry's pair written ``BASE_QUOTE`` (``BTC_USDT``, for a futures
  grid too), ``trend`` on its trend, ``leverage`` on its leverage (a whole number);
* ``sort`` is one of :data:`SORTS` (``rank`` by default) and ``direction`` ``asc`` or ``desc``
  (by default ``asc`` for ``rank``, ``desc`` for the others; ties keep the rank order);
* pages are numbered from 1 (``page``, default 1) and hold ``limit`` entries (default
  :data:`DEFAULT_LIMIT`, at most :data:`MAX_LIMIT`).  The reply carries no token, so
  ``pageToken`` is read and ignored: paging is by ``page`` alone.

The reply: the :data:`PINNED` best-ranked entries of each type are pinned (``isTop``): those
that pass the filters are ``topResults``, on the first page only; the others that pass the
filters are ``results``, paged and sorted, ``total`` counting them and ``hasMore`` saying whether
a later page has some.  ``filterOptions`` lists the symbols, leverages and trends of all the
KOL's entries of the type, filters aside.  No entry waited for a trigger price (``triggerTime`` is
0, ``condition`` and ``conditionDirection`` are absent).  Images and links point at
``sandbox.invalid``.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_DOWN, Decimal
from typing import Literal

from ..core.market import STEP_MS, Markets
from ..core.prices import DAY, HOUR
from ..errors import parameter_error
from ..symbols import SYMBOLS, SymbolRules, fmt

SHARE_CODES: tuple[str, ...] = ("SBXKOL01", "SBXKOL02", "SBXKOL03")
"""The KOLs of every sandbox, by share code."""

BOT_TYPES: tuple[str, ...] = ("spot_grid", "futures_grid", "smart_copy")
ENTRIES_PER_TYPE = 15
PINNED = 2
DEFAULT_LIMIT = 10
MAX_LIMIT = 100
SORTS: tuple[str, ...] = ("rank", "createTime", "quoteInvestment", "gridApr", "rota")
TRENDS: tuple[str, ...] = ("long", "short", "no_trend")
FUTURES_LEVERAGES: tuple[int, ...] = (2, 3, 5, 10, 20)

_NICKNAMES = ("GridGardener", "RangeRider", "SlowAndSteady", "NeutralNomad", "BandBuilder", "MeanReverter")
_IMAGES = "https://sandbox.invalid/kol"


def _id(*parts: object) -> str:
    digest = hashlib.blake2b("|".join(map(str, ("pionex-sandbox", *parts))).encode(), digest_size=16).digest()
    return str(uuid.UUID(bytes=digest, version=4))


def _rfc3339(ms: int) -> str:
    return datetime.fromtimestamp(ms // 1000, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Entry:
    """One curated bot of a KOL."""

    bu_order_id: str
    unique_id: str
    bu_order_type: str
    rank: int
    rules: SymbolRules
    created: int
    closed: int | None
    quote_investment: Decimal
    extra_margin: Decimal
    top: Decimal
    bottom: Decimal
    rows: int
    grid_apr: Decimal
    rota: Decimal
    trend: str
    leverage: int
    init_price: Decimal

    @property
    def symbol(self) -> str:
        return f"{self.rules.base}_{self.rules.quote}"

    @property
    def pinned(self) -> bool:
        return self.rank <= PINNED

    def sort_key(self, sort: str) -> Decimal | int:
        keys: dict[str, Decimal | int] = {
            "rank": self.rank,
            "createTime": self.created,
            "quoteInvestment": self.quote_investment,
            "gridApr": self.grid_apr,
            "rota": self.rota,
        }
        return keys[sort]


@dataclass(frozen=True)
class Kol:
    share_code: str
    nickname: str
    user_id: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Query:
    """A request of the list, as read from its parameters."""

    share_code: str
    bu_order_type: str
    symbol: str | None = None
    trend: str | None = None
    leverage: int | None = None
    sort: str = "rank"
    direction: Literal["asc", "desc"] | None = None
    page: int = 1
    limit: int = DEFAULT_LIMIT


class KolBoard:
    """The KOLs of one sandbox and their curated lists."""

    def __init__(self, seed: int, created_ms: int, markets: Markets) -> None:
        self._markets = markets
        self._created = created_ms
        nicknames = random.Random(f"pionex-sandbox|{seed}|kol-names").sample(_NICKNAMES, len(SHARE_CODES))
        self.kols: dict[str, Kol] = {}
        for code, nickname in zip(SHARE_CODES, nicknames, strict=True):
            entries = tuple(
                entry for kind in ("spot_grid", "futures_grid") for entry in self._generate(seed, code, kind)
            )
            self.kols[code] = Kol(code, nickname, _id(seed, "kol-user", code), entries)

    def _generate(self, seed: int, code: str, kind: str) -> list[Entry]:
        rng = random.Random(f"pionex-sandbox|{seed}|kol|{code}|{kind}")
        pairs = [rules for rules in SYMBOLS if rules.type == ("SPOT" if kind == "spot_grid" else "PERP")]
        entries = []
        for index in range(ENTRIES_PER_TYPE):
            rules = rng.choice(pairs)
            created = self._created - rng.randint(1, 90) * DAY - rng.randint(0, DAY - 1)
            closed = None
            if rng.random() < 0.3:
                closed = min(created + rng.randint(1, 30) * DAY, self._created - HOUR)
            init = self._markets.path(rules.symbol).price(created)
            tick = rules.price_step
            top = (init * (1 + Decimal(rng.randint(5, 30)) / 100)).quantize(tick, ROUND_DOWN)
            bottom = max(tick, (init * (1 - Decimal(rng.randint(5, 30)) / 100)).quantize(tick, ROUND_DOWN))
            investment = Decimal(rng.randint(100, 50_000))
            spot = kind == "spot_grid"
            entries.append(
                Entry(
                    bu_order_id=_id(seed, "kol-bot", code, kind, index),
                    unique_id=_id(seed, "kol-unique", code, kind, index)[:8],
                    bu_order_type=kind,
                    rank=index + 1,
                    rules=rules,
                    created=created,
                    closed=closed,
                    quote_investment=investment,
                    extra_margin=Decimal(0) if spot or rng.random() < 0.5 else investment / 10,
                    top=top,
                    bottom=bottom,
                    rows=rng.randint(10, 150),
                    grid_apr=Decimal(rng.randint(-2_000, 30_000)).scaleb(-4),
                    rota=Decimal(rng.randint(-3_000, 8_000)).scaleb(-4),
                    trend="long" if spot else rng.choice(TRENDS),
                    leverage=1 if spot else rng.choice(FUTURES_LEVERAGES),
                    init_price=init,
                )
            )
        return entries

    def kol(self, share_code: str) -> Kol:
        found = self.kols.get(share_code)
        if found is None:
            raise parameter_error("TRADE", f"shareCode {share_code!r} names no KOL of this sandbox")
        return found

    def reply(self, query: Query, now: int) -> dict[str, object]:
        """KolSelectCopyTradeListData for ``query``."""
        kol = self.kol(query.share_code)
        if query.bu_order_type not in BOT_TYPES:
            raise parameter_error("TRADE", f"buOrderType must be one of {', '.join(BOT_TYPES)}")
        if query.sort not in SORTS:
            raise parameter_error("TRADE", f"sort must be one of {', '.join(SORTS)}")
        of_type = [entry for entry in kol.entries if entry.bu_order_type == query.bu_order_type]
        matching = [entry for entry in of_type if _passes(entry, query)]
        descending = (query.direction or ("asc" if query.sort == "rank" else "desc")) == "desc"
        rest = sorted((entry for entry in matching if not entry.pinned), key=_ordering(query.sort, descending))
        start = (query.page - 1) * query.limit
        page = rest[start : start + query.limit]
        top = [entry for entry in matching if entry.pinned] if query.page == 1 else []
        return {
            "total": len(rest),
            "page": query.page,
            "hasMore": start + query.limit < len(rest),
            "filterOptions": {
                "symbolList": sorted({entry.symbol for entry in of_type}),
                "leverageList": sorted({entry.leverage for entry in of_type}),
                "trendList": sorted({entry.trend for entry in of_type}),
            },
            "kolInfo": self._kol_info(kol),
            "results": [self._entry(entry, now) for entry in page],
            "topResults": [self._entry(entry, now) for entry in top],
        }

    def _kol_info(self, kol: Kol) -> dict[str, object]:
        images = f"{_IMAGES}/{kol.share_code}"
        joined = _rfc3339(self._created - 365 * DAY)
        return {
            "nickname": kol.nickname,
            "shareCode": kol.share_code,
            "headerImg": f"{images}/header.png",
            "isShowInvestment": True,
            "avatar": f"{images}/avatar.png",
            "userId": kol.user_id,
            "isShowGroupEntry": 1,
            "groupInfoList": [
                {
                    "id": rank,
                    "userId": kol.user_id,
                    "community": community,
                    "rank": rank,
                    "link": f"{images}/{community.lower()}",
                    "createTime": joined,
                    "updateTime": joined,
                    "picUrl": f"{images}/{community.lower()}.png",
                }
                for rank, community in enumerate(("Telegram", "Discord"), start=1)
            ],
        }

    def _entry(self, entry: Entry, now: int) -> dict[str, object]:
        rules = entry.rules
        moment = entry.closed if entry.closed is not None else now // STEP_MS * STEP_MS
        current = self._markets.path(rules.symbol).price(moment)
        return {
            "buOrderId": entry.bu_order_id,
            "buOrderType": entry.bu_order_type,
            "rank": entry.rank,
            "base": rules.base,
            "quote": rules.quote,
            "uniqueId": entry.unique_id,
            "status": "running" if entry.closed is None else "finished",
            "createTime": entry.created,
            "closeTime": entry.closed or 0,
            "isTop": entry.pinned,
            "buOrderData": {
                "quoteInvestment": fmt(entry.quote_investment),
                "extraMargin": fmt(entry.extra_margin),
                "top": fmt(entry.top),
                "bottom": fmt(entry.bottom),
                "row": entry.rows,
                "gridApr": fmt(entry.grid_apr),
                "trend": entry.trend,
                "leverage": str(entry.leverage),
                "initPrice": fmt(entry.init_price),
                "curPrice": fmt(current),
                "rota": fmt(entry.rota),
                "uiExtraData": "",
                "triggerTime": 0,
            },
        }


def _passes(entry: Entry, query: Query) -> bool:
    return (
        (query.symbol is None or entry.symbol == query.symbol)
        and (query.trend is None or entry.trend == query.trend)
        and (query.leverage is None or entry.leverage == query.leverage)
    )


def _ordering(sort: str, descending: bool) -> Callable[[Entry], tuple[Decimal | int, int]]:
    def key(entry: Entry) -> tuple[Decimal | int, int]:
        value = entry.sort_key(sort)
        return (-value if descending else value, entry.rank)

    return key
