"""The 11 dual investment operations.

Every refusal is ``DUAL_PARAMETER_ERROR`` (HTTP 400) with a message naming the parameter; the
permission refusals (``PERMISSION_DENIED``) come from the app, from the spec's permissions.  What
the sandbox chose where Pionex's file is silent:

* query parameters: a required one missing or empty, or one given twice, is refused; a time of 0
  counts as not given, as Pionex documents;
* ``base`` must be one of the dual coins (BTC, ETH, SOL) and ``quote`` its quote (``USDXO`` for
  BTC and ETH, ``USDT`` for SOL): otherwise "invalid base quote", Pionex's example message;
  ``symbols`` with an unknown ``base`` answers an empty list (it is a filter);
* ``prices``: 1 to :data:`MAX_PRODUCT_IDS` ids, answered in the order given; an id that is not a
  listed product of the pair is refused;  a product that takes no investment answers
  ``canInvest`` false with ``profit`` and ``baseSize`` empty and ``updateTime`` 0.  ``baseSize`` is
  the base amount one unit stands for: the pair's smallest base step;
* ``deliveryPrices``: one line per expiry, newest first, from ``startTime`` (default: 30 days
  before ``endTime``) to ``endTime`` (default: now; never later), at most :data:`MAX_DELIVERIES`;
* invest: the body's amounts and ``profit`` are decimal strings (a JSON number is refused);
  ``DUAL_BASE`` takes ``baseAmount``, ``DUAL_CURRENCY`` ``currencyAmount`` (exactly one of them
  given, the product's own); the amount has at most the coin's precision and lies within the
  pair's limits; ``profit`` must be the current yield written exactly as ``prices`` writes it
  (``"0.45"`` is not ``"0.450"``); ``clientDualId`` has 1 to 64 letters, digits, ``_`` or ``-``;
* ``invests``: ``clientDualIds`` (1 to 100) answered in the order given, ids not found left out;
  without it, the account's investments (of ``base`` when given), newest first, at most 100;
* ``records``: the account's investments of ``base`` created from ``startTime`` to ``endTime``
  (required), newest first (by ``createTime``, then the order they were made), ``limit`` 1 to 100
  (default 20).  The next page is asked with ``endTime`` one less than the last record's
  ``createTime``; a page never splits a millisecond, so when several investments share the last
  one's ``createTime`` they all come (the page may then hold more than ``limit``).  ``filter`` is
  a comma-separated list of states (``CONFIRMED``, ``MATCHED``, ``REVOKED``, ``SETTLED``; any case)
  or ``UNCOLLECTED`` (settled, not yet collected); without it every state is listed.  ``quote``
  and ``currency`` narrow it further;
* ``balances``: one line per base and coin with money in it: ``frozen`` is what is invested and not
  yet settled, ``free`` what is settled and not yet collected; ``merge=true`` adds up the lines of a
  coin across bases (such a line has no ``base``);
* collect takes ``base`` and ``clientDualId``; ``productId`` is optional (Pionex's example leaves it
  out) but must be the investment's when given.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from ...http.params import Call, Data, parse_integer
from ...http.routes import Operations
from ...symbols import fmt, step
from .catalogue import KINDS, PAIRS, PAIRS_BY_BASE, DualProduct, Pair, pair_name
from .engine import STATES, Dual, Investment, refused

MAX_PRODUCT_IDS = 50
MAX_DELIVERIES = 100
DELIVERY_WINDOW_MS = 30 * 24 * 3600 * 1000
MAX_IDS = 100
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
CLIENT_DUAL_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
AMOUNT = re.compile(r"[0-9]{1,20}(?:\.[0-9]{1,20})?")
INT64_MAX = 2**63 - 1

OPERATIONS = Operations[Dual]()


# -- reading a request ---------------------------------------------------------------------------


def query(call: Call, name: str, *, required: bool = False) -> str | None:
    given = call.params.values.get(name)
    if not given:
        if required:
            raise refused(f"{name} is required")
        return None
    if len(given) > 1:
        raise refused(f"{name} is given more than once")
    if given[0] == "":
        raise refused(f"{name} must not be empty")
    return given[0]


def query_whole(call: Call, name: str, *, required: bool = False, low: int = 0, high: int = INT64_MAX) -> int | None:
    """A whole number in [low, high]; 0 counts as not given."""
    raw = query(call, name)
    value = None if raw is None else parse_integer(raw)
    if raw is not None and value is None:
        raise refused(f"{name} must be a whole number")
    if not value:
        if required:
            raise refused(f"{name} is required" + (" (0 counts as not given)" if raw is not None else ""))
        return None
    if not low <= value <= high:
        raise refused(f"{name} must be a whole number from {low} to {high}")
    return value


def pair_of(base: str | None, quote: str | None) -> Pair:
    """The pair of ``base`` (required) whose quote is ``quote`` (when given)."""
    if base is None:
        raise refused("base is required")
    pair = PAIRS_BY_BASE.get(base)
    if pair is None:
        raise refused(f"invalid base quote: base {base!r} has no dual investment (one of {', '.join(PAIRS_BY_BASE)})")
    if quote is not None and quote != pair.quote:
        raise refused(f"invalid base quote: {base} is quoted in {pair.quote}, not {quote!r}")
    return pair


def currency_of(pair: Pair, currency: str | None) -> str | None:
    if currency is not None and currency not in pair.currencies:
        raise refused(f"currency of {pair_name(pair)} must be one of {', '.join(pair.currencies)}, not {currency!r}")
    return currency


def body_of(call: Call) -> dict[str, object]:
    try:
        value = json.loads(call.body, parse_int=parse_integer)
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, dict):
        raise refused("the request body must be a JSON object")
    return value


def body_text(fields: dict[str, object], name: str, *, required: bool = True) -> str | None:
    value = fields.get(name)
    if value is None:
        if required:
            raise refused(f"{name} is required")
        return None
    if not isinstance(value, str) or not value:
        raise refused(f"{name} must be a non-empty string")
    return value


def amount_of(fields: dict[str, object], name: str, places: int, low: Decimal, high: Decimal, coin: str) -> Decimal:
    raw = fields[name]
    if not isinstance(raw, str) or AMOUNT.fullmatch(raw) is None:
        raise refused(f'{name} must be a decimal number written as a string, such as "0.01"')
    amount = Decimal(raw)
    if amount <= 0:
        raise refused(f"{name} must be greater than zero")
    if amount % step(places):
        raise refused(f"{name} may have at most {places} decimal places ({coin})")
    if amount < low:
        raise refused(f"{name} must be at least {fmt(low)} {coin}")
    if amount > high:
        raise refused(f"{name} must be at most {fmt(high)} {coin}")
    return amount


def product_of(dual: Dual, pair: Pair, product_id: str, now: int) -> DualProduct:
    product = dual.catalogue.find(product_id, now)
    if product is None or product.pair is not pair:
        raise refused(f"productId {product_id!r} is not a listed product of {pair_name(pair)}")
    return product


# -- public market data ----------------------------------------------------------------------------


@OPERATIONS("earnDualGetSymbols")
def get_symbols(call: Call, dual: Dual) -> Data:
    base = query(call, "base")
    coins = []
    for pair in PAIRS:
        if base is not None and pair.base != base:
            continue
        for currency in pair.currencies:
            coins.append(
                {
                    "base": pair.base,
                    "quote": pair.quote,
                    "currency": currency,
                    "basePrecision": pair.base_places,
                    "currencyPrecision": pair.currency_places,
                    "baseMin": fmt(pair.base_min),
                    "currencyMin": fmt(pair.currency_min),
                    "baseMax": fmt(pair.base_max),
                    "currencyMax": fmt(pair.currency_max),
                }
            )
    return {"coins": coins}


@OPERATIONS("earnDualGetOpenProducts")
def get_open_products(call: Call, dual: Dual) -> Data:
    pair = pair_of(query(call, "base", required=True), query(call, "quote", required=True))
    kind = query(call, "type", required=True)
    if kind not in KINDS:
        raise refused(f"type must be one of {', '.join(KINDS)}")
    currency = currency_of(pair, query(call, "currency"))
    products = dual.catalogue.open_products(pair, kind, call.now, currency)
    return {"products": [product.reply(call.now) for product in products]}


@OPERATIONS("earnDualGetPrices")
def get_prices(call: Call, dual: Dual) -> Data:
    pair = pair_of(query(call, "base", required=True), query(call, "quote", required=True))
    ids = (query(call, "productIds", required=True) or "").split(",")
    if len(ids) > MAX_PRODUCT_IDS:
        raise refused(f"productIds may name at most {MAX_PRODUCT_IDS} products")
    lines = []
    for product_id in ids:
        product = product_of(dual, pair, product_id.strip(), call.now)
        quoted = dual.quote_text(product, call.now)
        if quoted is None:
            lines.append(
                {"productId": product.product_id, "canInvest": False, "profit": "", "baseSize": "", "updateTime": 0}
            )
        else:
            profit, minute = quoted
            lines.append(
                {
                    "productId": product.product_id,
                    "canInvest": True,
                    "profit": profit,
                    "baseSize": fmt(step(pair.base_places)),
                    "updateTime": minute,
                }
            )
    return {"products": lines}


@OPERATIONS("earnDualGetIndex")
def get_index(call: Call, dual: Dual) -> Data:
    pair = pair_of(query(call, "base", required=True), query(call, "quote", required=True))
    index, moment = dual.catalogue.index_now(pair, call.now)
    return {"index": fmt(index), "base": pair.base, "quote": pair.quote, "updateTime": moment}


@OPERATIONS("earnDualGetDeliveryPrices")
def get_delivery_prices(call: Call, dual: Dual) -> Data:
    pair = pair_of(query(call, "base", required=True), query(call, "quote"))
    start = query_whole(call, "startTime")
    end = query_whole(call, "endTime")
    if start is not None and end is not None and start > end:
        raise refused("startTime must not be after endTime")
    until = min(end if end is not None else call.now, call.now)
    since = start if start is not None else until - DELIVERY_WINDOW_MS
    moments = dual.expiries(since - 1, until)[-MAX_DELIVERIES:]
    prices = []
    for moment in reversed(moments):
        prices.append(
            {
                "delivery": fmt(dual.catalogue.index_at(pair, moment)),
                "date": _date(moment),
                "deliveryTime": moment,
            }
        )
    return {"prices": prices}


def _date(moment: int) -> str:
    return datetime.fromtimestamp(moment / 1000, UTC).strftime("%Y-%m-%d")


# -- the account -------------------------------------------------------------------------------------


@dataclass
class _Line:
    free: Decimal = Decimal(0)
    frozen: Decimal = Decimal(0)
    update_time: int = 0


@OPERATIONS("earnDualGetBalances")
def get_balances(call: Call, dual: Dual) -> Data:
    merge = query(call, "merge")
    if merge not in (None, "true", "false"):
        raise refused("merge must be true or false")
    merged = merge == "true"
    lines: dict[tuple[str, str], _Line] = {}
    for investment in dual.book(call.trader.api_key).values():
        for coin, amount in sorted(investment.funds.holdings.items()):
            if not amount:
                continue
            line = lines.setdefault(("" if merged else investment.product.pair.base, coin), _Line())
            if investment.live:
                line.frozen += amount
            else:
                line.free += amount
            line.update_time = max(line.update_time, investment.update_time)
    balances = []
    for (base, coin), line in sorted(lines.items()):
        entry: dict[str, object] = {} if merged else {"base": base}
        entry.update({"coin": coin, "free": fmt(line.free), "frozen": fmt(line.frozen), "updateTime": line.update_time})
        balances.append(entry)
    return {"balances": balances}


@OPERATIONS("earnDualInvest")
def invest(call: Call, dual: Dual) -> Data:
    fields = body_of(call)
    pair = pair_of(body_text(fields, "base"), None)
    product_id = body_text(fields, "productId")
    assert product_id is not None
    product = product_of(dual, pair, product_id, call.now)
    given = [name for name in ("baseAmount", "currencyAmount") if fields.get(name) is not None]
    if len(given) != 1:
        raise refused(
            "give baseAmount or currencyAmount, not both" if given else "baseAmount or currencyAmount is required"
        )
    wanted = "baseAmount" if product.kind == "DUAL_BASE" else "currencyAmount"
    if given[0] != wanted:
        raise refused(
            f"a {product.kind} product is invested with {wanted} (in {product.invested_coin}), not {given[0]}"
        )
    if product.kind == "DUAL_BASE":
        amount = amount_of(fields, wanted, pair.base_places, pair.base_min, pair.base_max, pair.base)
    else:
        amount = amount_of(fields, wanted, pair.currency_places, pair.currency_min, pair.currency_max, product.currency)
    profit = body_text(fields, "profit")
    assert profit is not None
    client_id = body_text(fields, "clientDualId", required=False)
    if client_id is not None and CLIENT_DUAL_ID.fullmatch(client_id) is None:
        raise refused("clientDualId must be 1 to 64 letters, digits, _ or -")
    api_key = call.trader.api_key
    if client_id is not None:
        earlier = dual.book(api_key).get(client_id)
        if earlier is not None:
            same = earlier.product == product and earlier.amount == amount and earlier.profit == profit
            if not same:
                raise refused(f"clientDualId {client_id!r} already names another investment of this account")
            return {"clientDualId": earlier.client_id, "state": earlier.state}  # a retry: answered as before
    quoted = dual.quote_text(product, call.now)
    if quoted is None:
        raise refused(f"productId {product_id!r} takes no investment now (it closes an hour before expiry)")
    if profit != quoted[0]:
        raise refused(f"profit {profit!r} is not the current yield of {product_id} (read it again from prices)")
    investment = dual.invest(api_key, client_id or dual.new_client_id(), product, amount, profit, call.now)
    return {"clientDualId": investment.client_id, "state": investment.state}


@OPERATIONS("earnDualRevokeInvest")
def revoke_invest(call: Call, dual: Dual) -> Data:
    fields = body_of(call)
    pair = pair_of(body_text(fields, "base"), None)
    product_id = body_text(fields, "productId")
    client_id = body_text(fields, "clientDualId")
    assert client_id is not None
    investment = dual.find(call.trader.api_key, client_id, pair.base, product_id)
    dual.revoke(investment, call.now)
    return {"clientDualId": investment.client_id}


@OPERATIONS("earnDualGetInvests")
def get_invests(call: Call, dual: Dual) -> Data:
    fields = body_of(call)
    base = body_text(fields, "base", required=False)
    if base is not None:
        pair_of(base, None)
    book = dual.book(call.trader.api_key)
    raw = fields.get("clientDualIds")
    found: list[Investment]
    if raw is None:
        found = [one for one in reversed(book.values()) if base is None or one.product.pair.base == base][:MAX_IDS]
    else:
        if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_IDS or not all(isinstance(one, str) for one in raw):
            raise refused(f"clientDualIds must be a list of 1 to {MAX_IDS} strings")
        found = []
        for client_id in raw:
            one = book.get(client_id)
            if one is not None and (base is None or one.product.pair.base == base) and one not in found:
                found.append(one)
    return {"records": [one.reply() for one in found]}


@OPERATIONS("earnDualGetRecords")
def get_records(call: Call, dual: Dual) -> Data:
    pair = pair_of(query(call, "base", required=True), query(call, "quote"))
    currency = currency_of(pair, query(call, "currency"))
    states = _filter(query(call, "filter"))
    start = query_whole(call, "startTime")
    end = query_whole(call, "endTime", required=True)
    assert end is not None
    if start is not None and start > end:
        raise refused("startTime must not be after endTime")
    limit = _limit(query(call, "limit"))
    chosen = [
        one
        for one in reversed(dual.book(call.trader.api_key).values())
        if one.product.pair is pair
        and (currency is None or one.product.currency == currency)
        and (start is None or one.create_time >= start)
        and one.create_time <= end
        and _matches(one, states)
    ]
    chosen.sort(key=lambda one: one.create_time, reverse=True)  # stable: the same millisecond newest first too
    page = chosen[:limit]
    if page:
        last = page[-1].create_time
        page.extend(one for one in chosen[limit:] if one.create_time == last)
    return {"records": [one.reply() for one in page]}


def _limit(raw: str | None) -> int:
    """``limit``: 1 to :data:`MAX_LIMIT` (Pionex's range starts above 0, so 0 is outside it, not absent)."""
    if raw is None:
        return DEFAULT_LIMIT
    value = parse_integer(raw)
    if value is None or not 1 <= value <= MAX_LIMIT:
        raise refused(f"limit must be between 1 and {MAX_LIMIT}")
    return value


def _filter(raw: str | None) -> set[str] | None:
    if raw is None:
        return None
    wanted = {part.strip().upper() for part in raw.split(",")}
    allowed = {*STATES, "UNCOLLECTED"}
    unknown = wanted - allowed
    if unknown:
        raise refused(f"filter must be a comma-separated list of {', '.join(sorted(allowed))}")
    return wanted


def _matches(investment: Investment, states: set[str] | None) -> bool:
    if states is None or investment.state in states:
        return True
    return "UNCOLLECTED" in states and investment.settlement == "SETTLED"


@OPERATIONS("earnDualCollect")
def collect(call: Call, dual: Dual) -> Data:
    fields = body_of(call)
    pair = pair_of(body_text(fields, "base"), None)
    client_id = body_text(fields, "clientDualId")
    product_id = body_text(fields, "productId", required=False)
    assert client_id is not None
    investment = dual.find(call.trader.api_key, client_id, pair.base, product_id)
    dual.collect(investment, call.now)
    return {"clientDualId": investment.client_id}
