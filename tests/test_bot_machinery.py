"""The machinery Pionex's bots need, shown on a made-up ``lab`` group of areas (tests/lab_spec.py)
generated into a temporary folder: nothing here depends on the spec's own bot operations.

* the naming rule: an operation of a grouped area drops the group's name, then the area's own;
* ``x-pionex-requires`` on object schemas (a nested body object, each item of a list, the body's
  own schema) with ``present`` and ``in`` conditions, checked before anything is sent, a refusal
  naming the field by its path; a nested object is a typed ``TypedDict`` argument;
* a decimal sent as a JSON number (exactly its digits, signed as sent) and a signed decimal;
  replies holding such numbers decode to exact ``Decimal``s;
* paging by token, sync and async, bounded;
* a refusal's ``data`` kept on the error, and a read sent as POST retried as a read.

Each script runs in a process of its own, with the generated lab package ahead of the project's.
"""

from __future__ import annotations

import copy
import importlib.util
import os
import pickle
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from pionex_wrapper import Pionex, ServerError, TradeParameterError, registry
from pionex_wrapper.operation import Condition, JsonNumber, Requirement, encode_json
from pionex_wrapper.record import replace
from pionex_wrapper.retry import RetryPolicy, is_read
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, generate
from tests.lab_spec import ROOT, SPEC, lab_spec


def load_builder() -> ModuleType:
    found = importlib.util.spec_from_file_location("build_facade", ROOT / "openapi" / "build_facade.py")
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return module


BUILDER = load_builder()


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(lab_spec(), tmp_path_factory.mktemp("lab"))


COMMON = """
import asyncio
import hashlib
import hmac
import json
import pickle
from decimal import Decimal

import httpx

from pionex_wrapper import AsyncPionex, InvalidParameterError, PaginationError, Pionex, PionexError, registry
from pionex_wrapper.operation import Condition

KEY, SECRET = "lab-key-NOT-A-REAL-KEY", "lab-secret-NOT-A-REAL-SECRET"


class Server:
    def __init__(self, answer):
        self.answer = answer
        self.requests = []

    def __call__(self, request):
        self.requests.append(request)
        return self.answer(request)


def ok(data=None):
    return httpx.Response(200, json={"result": True, "timestamp": 1, **({"data": data} if data is not None else {})})


def client(server):
    return Pionex(KEY, SECRET, transport=httpx.MockTransport(server))


def refused(call, parameter, message):
    try:
        call()
    except InvalidParameterError as error:
        assert error.parameter == parameter, (error.parameter, parameter)
        assert str(error).startswith(f"{parameter} {message}"), str(error)
    else:
        raise AssertionError(f"{parameter}: not refused")
"""


def run(lab: Path, tmp_path: Path, script: str) -> str:
    path = tmp_path / "script.py"
    path.write_text(COMMON + textwrap.dedent(script), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(lab), str(ROOT)]))
    done = subprocess.run([sys.executable, str(path)], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


# -- the naming rule ---------------------------------------------------------------------------------

NAMING = """
lab = {op.operation_id: op for op in registry.operations() if op.area.startswith("lab.")}
assert {op_id: (op.area, op.name) for op_id, op in lab.items()} == {
    "labOrdersList": ("lab.orders", "list"),
    "labKolListCopyTradeBots": ("lab.kol", "list_copy_trade_bots"),
    "labSpotGridGetOrder": ("lab.spot_grid", "get_order"),
    "labSpotGridCreate": ("lab.spot_grid", "create"),
    "labSpotGridAdjustParams": ("lab.spot_grid", "adjust_params"),
    "labSpotGridCheckParams": ("lab.spot_grid", "check_params"),
}, lab
assert lab["labSpotGridCheckParams"].command == "lab spot-grid check-params"
assert lab["labKolListCopyTradeBots"].tool_name == "lab_kol_list_copy_trade_bots"
assert registry.operation("lab.spot_grid.get_order") is lab["labSpotGridGetOrder"]
# the permissions Pionex calls "Bot reading" and "Bot trading"
assert {op.permission for op in lab.values()} == {"bot_read", "bot_trade"}
assert lab["labSpotGridCreate"].permission == "bot_trade" and lab["labOrdersList"].permission == "bot_read"
server = Server(lambda request: ok({"buOrderId": "9"}))
with client(server) as c:
    assert "needs a key with 'bot_trade' permission" in (c.lab.spot_grid.create.__doc__ or "")
    assert c.lab.spot_grid.get_order(bu_order_id="9").bu_order_id == "9"
    assert c.invoke("lab spot-grid get-order", {"buOrderId": "9"}).bu_order_id == "9"
async def main():
    async with AsyncPionex(KEY, SECRET, transport=httpx.MockTransport(server)) as c:
        assert (await c.lab.spot_grid.get_order(bu_order_id="9")).bu_order_id == "9"
asyncio.run(main())
assert [r.url.path for r in server.requests] == ["/api/v1/lab/spotGrid/order"] * 3
print("NAMED")
"""


def test_a_grouped_area_drops_the_group_then_its_own_name(lab: Path, tmp_path: Path) -> None:
    assert "NAMED" in run(lab, tmp_path, NAMING)


# -- rules between the fields of objects ---------------------------------------------------------------

REQUIRES = """
server = Server(lambda request: ok({"buOrderId": "1"}))
grid = {"top": "2", "bottom": "1", "row": 5}
with client(server) as c:
    create = c.lab.spot_grid.create
    cases = [
        ({**grid, "loss_stop_type": "price"}, "bu_order_data.loss_stop",
         "is required when bu_order_data.loss_stop_type is given"),
        ({**grid, "loss_stop": "-0.5"}, "bu_order_data.loss_stop_type",
         "is required when bu_order_data.loss_stop is given"),
        ({**grid, "loss_stop_type": "price_limit", "loss_stop": "1"}, "bu_order_data.loss_stop_limit_price",
         "is required when bu_order_data.loss_stop_type=price_limit"),
        ({**grid, "loss_stop_type": "profit_ratio", "loss_stop": "-0.1", "loss_stop_limit_price": "1"},
         "bu_order_data.loss_stop_limit_price",
         "must not be given when bu_order_data.loss_stop_type is one of price, profit_ratio"),
        ({**grid, "trend": "short", "loss_stop_high": "3"}, "bu_order_data.loss_stop_high",
         "must not be given when bu_order_data.trend is one of long, short"),
        ({**grid, "invest_source": "FUTURE_GRID_BONUS"}, "bu_order_data.bonus_id",
         "is required when bu_order_data.invest_source=FUTURE_GRID_BONUS"),
        ({**grid, "bonus_id": "b-1"}, "bu_order_data.invest_source",
         "is required when bu_order_data.bonus_id is given"),
        ({**grid, "legs": [{"coin": "BTC"}, {"coin": "ETH", "weight": "1"}]}, "bu_order_data.legs[1].cap",
         "is required when bu_order_data.legs[1].weight is given"),
        ({**grid, "stop": "1"}, "bu_order_data.stop", "is not a known field"),
        ({**grid, "row": "5"}, "bu_order_data.row", "must be an int"),
        ({**grid, "row": 1}, "bu_order_data.row", "must be at least 2"),
        ({"top": "2", "row": 5}, "bu_order_data.bottom", "is required"),
        ({**grid, "loss_stop_type": "price", "loss_stop": "1e-3"}, "bu_order_data.loss_stop",
         "must be a decimal number in plain notation"),
        ({**grid, "legs": [{"coin": "BTC", "weight": "1", "cap": 0.5}]}, "bu_order_data.legs[0].cap",
         "must be a Decimal, int or decimal string, not float"),
        ("not a dict", "bu_order_data", "must be a dict"),
    ]
    for data, parameter, message in cases:
        refused(lambda: create(base="BTC", quote="USDT", bu_order_data=data), parameter, message)
    # a rule on the body's own schema
    refused(lambda: create(base="BTC", quote="USDT", bu_order_data=grid, template_id="t-1"), "bu_order_data",
            "must not be given when template_id is given")
    # by id, under the API's own names, nested ones included: refused by the Python path just the same
    refused(lambda: c.invoke("labSpotGridCreate", {"base": "BTC", "quote": "USDT",
            "buOrderData": {**grid, "lossStopType": "price"}}), "bu_order_data.loss_stop",
            "is required when bu_order_data.loss_stop_type is given")
    refused(lambda: c.invoke("labSpotGridCreate", {"base": "BTC", "quote": "USDT",
            "buOrderData": {**grid, "lossStop": "1", "loss_stop": "1"}}), "bu_order_data.loss_stop",
            "is given twice")
    assert server.requests == [], "a refused call sent something"

    # what the rules allow goes out, under the API's names, nested objects and lists included
    create(base="BTC", quote="USDT", bu_order_data={**grid, "trend": "no_trend", "loss_stop_type": "price",
           "loss_stop": "0.5", "loss_stop_high": "3", "legs": [{"coin": "BTC"}, {"coin": "ETH", "weight": "1",
           "cap": "2"}]})
    create(base="BTC", quote="USDT", template_id="t-1")
    c.invoke("labSpotGridCreate", {"base": "BTC", "quote": "USDT", "buOrderData": {**grid,
             "investSource": "FUTURE_GRID_BONUS", "bonusId": "b-1", "lossStopType": "price_limit",
             "lossStop": "1", "lossStopLimitPrice": "0.9"}})
    sent = [json.loads(r.content) for r in server.requests]
    assert sent == [
        {"base": "BTC", "quote": "USDT", "buOrderData": {"top": "2", "bottom": "1", "row": 5, "trend": "no_trend",
         "lossStopType": "price", "lossStop": "0.5", "lossStopHigh": "3",
         "legs": [{"coin": "BTC"}, {"coin": "ETH", "weight": "1", "cap": 2}]}},
        {"base": "BTC", "quote": "USDT", "templateId": "t-1"},
        {"base": "BTC", "quote": "USDT", "buOrderData": {"top": "2", "bottom": "1", "row": 5,
         "lossStopType": "price_limit", "lossStop": "1", "lossStopLimitPrice": "0.9",
         "investSource": "FUTURE_GRID_BONUS", "bonusId": "b-1"}},
    ], sent

async def main():
    async with AsyncPionex(KEY, SECRET, transport=httpx.MockTransport(server)) as c:
        try:
            await c.lab.spot_grid.create(base="BTC", quote="USDT", bu_order_data={**grid, "trend": "long",
                                         "loss_stop_high": "3"})
        except InvalidParameterError as error:
            assert error.parameter == "bu_order_data.loss_stop_high"
        else:
            raise AssertionError("not refused")
asyncio.run(main())
assert len(server.requests) == 3

# the rules are data in the registry, for every way in
op = registry.operation("labSpotGridCreate")
data = next(p for p in op.params if p.name == "bu_order_data")
assert data.kind == "object" and data.wire == "buOrderData" and data.items is None
assert [p.name for p in data.fields][:3] == ["top", "bottom", "row"]
rules = {(rule.when, rule.require, rule.forbid) for rule in data.requires}
assert ((("loss_stop_type", Condition("present")),), ("loss_stop",), ()) in rules
assert ((("trend", Condition("in", ("long", "short"))),), (), ("loss_stop_high",)) in rules
assert ((("invest_source", Condition("equal", ("FUTURE_GRID_BONUS",))),), ("bonus_id",), ()) in rules
legs = next(p for p in data.fields if p.name == "legs")
assert legs.kind == "array" and [p.name for p in legs.items] == ["coin", "weight", "cap"]
assert [r.when for r in legs.requires] == [(("weight", Condition("present")),)]
assert [r.forbid for r in op.requires] == [("bu_order_data",)]
print("RULES HOLD")
"""


def test_rules_on_nested_objects_and_list_items_are_checked_before_sending(lab: Path, tmp_path: Path) -> None:
    assert "RULES HOLD" in run(lab, tmp_path, REQUIRES)


TYPED_USER_CODE = """
from decimal import Decimal

from pionex_wrapper import Pionex

with Pionex() as client:
    client.lab.spot_grid.create(
        base="BTC", quote="USDT",
        bu_order_data={"top": Decimal("2"), "bottom": "1", "row": 5, "legs": [{"coin": "BTC", "cap": 3}]},
    )
    client.lab.spot_grid.create(base="BTC", quote="USDT", bu_order_data={"top": "2", "bottom": "1", "row": "5"})
    client.lab.spot_grid.create(base="BTC", quote="USDT", bu_order_data={"top": "2", "bottom": "1", "row": 5, "stop": 1})
    client.lab.spot_grid.create(base="BTC", quote="USDT", bu_order_data={"top": "2", "bottom": "1", "trend": "up", "row": 5})
    client.lab.spot_grid.adjust_params(bu_order_id="1", quote_investment=1.5)
"""


def test_a_nested_object_is_a_typed_dict_for_mypy(lab: Path, tmp_path: Path) -> None:
    from mypy import api

    config = tmp_path / "mypy.ini"
    config.write_text(
        f"[mypy]\nstrict = True\nmypy_path = {lab}:{ROOT}\n[mypy-pionex_client.*]\nignore_errors = True\n",
        encoding="utf-8",
    )
    code = tmp_path / "user_code.py"
    code.write_text(TYPED_USER_CODE, encoding="utf-8")
    out, err, status = api.run(["--config-file", str(config), "--cache-dir", str(tmp_path / "cache"), str(code)])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1, out + err
    lines = sorted(int(line.split(":")[1]) for line in errors)
    assert lines == [11, 12, 13, 14], out  # row as a str, an unknown key, a trend not listed, a float
    assert out.count('expected "LabGridDataParams | None"') == 3 and 'type "float"' in out, out


# -- money: signed decimals and decimals sent as JSON numbers ---------------------------------------

MONEY = """
from pionex_sandbox.accounts import Account
from pionex_sandbox.verify import authenticate, query_pairs

account = Account(name="lab", api_key=KEY, api_secret=SECRET, permissions=frozenset({"bot_trade"}))
server = Server(lambda request: ok())


def verified(request):
    # The sandbox's own verifier, which shares no code with the client's signer.
    pairs = query_pairs(request.url.query.decode())
    stamp = int(dict(pairs)["timestamp"])
    authenticate(headers=request.headers, method=request.method, path=request.url.path, pairs=pairs,
                 body=request.content, now_ms=stamp, find_account=lambda key: account if key == KEY else None,
                 permission="bot_trade")
    # and once more by hand: HMAC-SHA256 of METHOD + path + ? + sorted query + the bytes sent
    query = "&".join(f"{k}={v}" for k, v in sorted(pairs))
    payload = f"{request.method}{request.url.path}?{query}".encode() + request.content
    assert request.headers["PIONEX-SIGNATURE"] == hmac.new(SECRET.encode(), payload, hashlib.sha256).hexdigest()
    assert request.headers["Content-Type"] == "application/json"
    return request.content


with client(server) as c:
    adjust = c.lab.spot_grid.adjust_params
    adjust(bu_order_id="1", quote_investment=Decimal("1E-8"), open_price="12.50", loss_stop=Decimal("-0.1"))
    adjust(bu_order_id="2", quote_investment="123456789012345678901234567890.123456789012345",
           loss_stop="-0.000000000000001")
    adjust(bu_order_id="3", quote_investment=7, open_price=Decimal("999999.99999999"), loss_stop=-3)
    c.invoke("labSpotGridAdjustParams", {"buOrderId": "4", "quoteInvestment": Decimal("100.000")})
    c.lab.spot_grid.create(base="BTC", quote="USDT", bu_order_data={"top": "2", "bottom": "1", "row": 5,
                           "quote_investment": Decimal("0.1"), "legs": [{"coin": "BTC", "weight": "1", "cap": "5"}]})
    bodies = [verified(r) for r in server.requests]
    assert bodies == [
        b'{"buOrderId":"1","quoteInvestment":0.00000001,"openPrice":12.50,"lossStop":"-0.1"}',
        b'{"buOrderId":"2","quoteInvestment":123456789012345678901234567890.123456789012345,'
        b'"lossStop":"-0.000000000000001"}',
        b'{"buOrderId":"3","quoteInvestment":7,"openPrice":999999.99999999,"lossStop":"-3"}',
        b'{"buOrderId":"4","quoteInvestment":100.000}',
        b'{"base":"BTC","quote":"USDT","buOrderData":{"top":"2","bottom":"1","row":5,"quoteInvestment":0.1,'
        b'"legs":[{"coin":"BTC","weight":"1","cap":5}]}}',
    ], bodies
    # a JSON reader gets the exact number back
    assert json.loads(bodies[0], parse_float=Decimal)["quoteInvestment"] == Decimal("1E-8")

    count = len(server.requests)
    for kwargs, parameter, message in [
        ({"quote_investment": 1.5}, "quote_investment", "must be a Decimal, int or decimal string, not float"),
        ({"quote_investment": "-1"}, "quote_investment", "must be a decimal number in plain notation"),
        ({"quote_investment": Decimal("-1")}, "quote_investment", "must be greater than zero"),
        ({"quote_investment": "0"}, "quote_investment", "must be greater than zero"),
        ({"quote_investment": "1E-8"}, "quote_investment", "must be a decimal number in plain notation"),
        ({"quote_investment": Decimal("NaN")}, "quote_investment", "must be a finite number"),
        ({"quote_investment": "1.0000000000000001"}, "quote_investment", "may have at most 15 decimal places"),
        ({"quote_investment": "1", "open_price": "0.5"}, "open_price", "must be at least 1"),
        ({"quote_investment": "1", "open_price": "1000001"}, "open_price", "must be at most 1000000"),
        ({"quote_investment": "1", "open_price": "1.123456789"}, "open_price", "may have at most 8 decimal places"),
        ({"quote_investment": "1", "loss_stop": "0"}, "loss_stop", "must not be 0"),
        ({"quote_investment": "1", "loss_stop": Decimal("-0")}, "loss_stop", "must not be 0"),
        ({"quote_investment": "1", "loss_stop": "--1"}, "loss_stop", "must be a decimal number in plain notation"),
        ({"quote_investment": "1", "loss_stop": "+1"}, "loss_stop", "must be a decimal number in plain notation"),
        ({"quote_investment": "1", "loss_stop": "-.5"}, "loss_stop", "must be a decimal number in plain notation"),
        ({"quote_investment": "1", "loss_stop": -0.5}, "loss_stop", "must be a Decimal, int or decimal string"),
    ]:
        refused(lambda: adjust(bu_order_id="1", **kwargs), parameter, message)
    assert len(server.requests) == count

ops = {p.name: p for p in registry.operation("labSpotGridAdjustParams").params}
assert (ops["quote_investment"].kind, ops["quote_investment"].json_number, ops["quote_investment"].signed) == (
    "decimal", True, False)
assert (ops["loss_stop"].kind, ops["loss_stop"].json_number, ops["loss_stop"].signed) == ("decimal", False, True)


async def main():
    server.requests.clear()
    async with AsyncPionex(KEY, SECRET, transport=httpx.MockTransport(server)) as c:
        await c.lab.spot_grid.adjust_params(bu_order_id="1", quote_investment=Decimal("1E-8"), loss_stop="-2.5")
    assert [verified(r) for r in server.requests] == [b'{"buOrderId":"1","quoteInvestment":0.00000001,"lossStop":"-2.5"}']
asyncio.run(main())

# replies: a decimal sent as a JSON number (or a string) decodes to the exact Decimal, a signed one too
answers = iter([
    b'{"result":true,"data":{"buOrderId":"7","totalProfit":0.10000000000000000001,"stopAt":"-0.25"}}',
    b'{"result":true,"data":{"buOrderId":"8","totalProfit":"-12.5","stopAt":-1E-8}}',
    b'{"result":true,"data":{"min_investment":"10","slippage":0.001}}',
])
server = Server(lambda request: httpx.Response(200, content=next(answers)))
with client(server) as c:
    first, second = c.lab.spot_grid.get_order(bu_order_id="7"), c.lab.spot_grid.get_order(bu_order_id="8")
    assert (first.total_profit, first.stop_at) == (Decimal("0.10000000000000000001"), Decimal("-0.25"))
    assert str(first.total_profit) == "0.10000000000000000001"
    assert (second.total_profit, second.stop_at) == (Decimal("-12.5"), Decimal("-1E-8"))
    assert c.lab.spot_grid.check_params(base="BTC", quote="USDT", quote_investment="5").slippage == Decimal("0.001")
fields = {f.name: f for f in registry.operation("labSpotGridGetOrder").reply}
assert (fields["total_profit"].kind, fields["total_profit"].type) == ("decimal", "Decimal")
print("EXACT")
"""


def test_decimals_go_out_as_exact_json_numbers_or_signed_strings_and_come_back_exact(lab: Path, tmp_path: Path) -> None:
    assert "EXACT" in run(lab, tmp_path, MONEY)


# -- paging by token -------------------------------------------------------------------------------------

PAGING = """
import pionex_wrapper.pagination
from pionex_wrapper.operation import Paging


def pages(chain):
    # chain: token asked for (None: the first page) -> (ids, next token, or None to leave it out)
    def answer(request):
        ids, following = chain[request.url.params.get("pageToken")]
        data = {"results": [{"buOrderId": i, "totalProfit": 0.5} for i in ids]}
        if following is not None:
            data["nextPageToken"] = following
        return ok(data)
    return Server(answer)


op = registry.operation("labOrdersList")
assert op.paging == Paging(items="results", by="token", token="page_token", next="next_page_token")
assert registry.operation("labKolListCopyTradeBots").paging == Paging(
    items="results", by="token", size=50, id="bu_order_id", limit="limit", token="page_token", next="next_page_token")

chain = {None: (["1", "2"], "t2"), "t2": ([], "t3"), "t3": (["3"], "t4"), "t4": (["4"], "")}
server = pages(chain)
with client(server) as c:
    got = [o.bu_order_id for o in c.paginate("labOrdersList", status="finished")]
    assert got == ["1", "2", "3", "4"], got
    asked = [(r.url.params.get("pageToken"), r.url.params.get("status")) for r in server.requests]
    assert asked == [(None, "finished"), ("t2", "finished"), ("t3", "finished"), ("t4", "finished")], asked

    # from a token the caller has; at most max_items records (no request past them)
    server.requests.clear()
    assert [o.bu_order_id for o in c.paginate("lab.orders.list", {"pageToken": "t3"})] == ["3", "4"]
    assert len(server.requests) == 2
    server.requests.clear()
    assert [o.bu_order_id for o in c.paginate("labOrdersList", max_items=3)] == ["1", "2", "3"]
    assert len(server.requests) == 3

    # the last page may leave the token out
    short = pages({None: (["1"], "t2"), "t2": (["2"], None)})
    with client(short) as d:
        assert [o.bu_order_id for o in d.paginate("labOrdersList")] == ["1", "2"]

    # a token given again is an error, after every record read so far
    loop = pages({None: (["1"], "t2"), "t2": (["2"], "t3"), "t3": (["3"], "t2")})
    with client(loop) as d:
        seen = []
        try:
            for order in d.paginate("labOrdersList"):
                seen.append(order.bu_order_id)
        except PaginationError as error:
            assert "gave the page token 't2' again" in str(error) and error.operation_id == "labOrdersList"
        else:
            raise AssertionError("a loop of tokens was followed")
        assert seen == ["1", "2", "3"] and len(loop.requests) == 3
    # ... and so is the token the caller started from
    back = pages({"t1": (["1"], "t2"), "t2": (["2"], "t1")})
    with client(back) as d:
        try:
            list(d.paginate("labOrdersList", page_token="t1"))
        except PaginationError:
            pass
        else:
            raise AssertionError("a token given back was followed")

    # a token the client would refuse to send (a character no argument may hold) ends the list clearly
    odd = pages({None: (["1"], "abc=="), "abc==": (["2"], None)})
    with client(odd) as d:
        seen = []
        try:
            for order in d.paginate("labOrdersList"):
                seen.append(order.bu_order_id)
        except PaginationError as error:
            assert "token this client cannot send back (page_token must not contain '='" in str(error), str(error)
        else:
            raise AssertionError("an unsendable token was sent")
        assert seen == ["1"] and len(odd.requests) == 1

    # bounded: at most MAX_TOKEN_PAGES pages, then an error that says how to go on
    pionex_wrapper.pagination.MAX_TOKEN_PAGES = 3
    endless = Server(lambda request: ok({"results": [{"buOrderId": str(len(endless.requests))}],
                                         "nextPageToken": f"p{len(endless.requests)}"}))
    with client(endless) as d:
        seen = []
        try:
            for order in d.paginate("labOrdersList"):
                seen.append(order.bu_order_id)
        except PaginationError as error:
            assert "MAX_TOKEN_PAGES" in str(error) and "page_token='p3'" in str(error), str(error)
        else:
            raise AssertionError("read without end")
        assert seen == ["1", "2", "3"] and len(endless.requests) == 3
    pionex_wrapper.pagination.MAX_TOKEN_PAGES = 1000

    # a page size only where the operation takes one (as limit), and no time window
    for kwargs, parameter, message in [
        ({"page_size": 10}, "page_size", "cannot be set: labOrdersList takes no page size"),
        ({"start_time": 1}, "start_time", "labOrdersList pages by token and takes no time window"),
        ({"page_token": ""}, "page_token", "must be a non-empty str"),
        ({"page_token": "a b"}, "page_token", "must not contain ' '"),
    ]:
        refused(lambda: c.paginate("labOrdersList", **kwargs), parameter, message)

kol = pages({None: (["1", "1", "2"], "k2"), "k2": (["3"], None)})
with client(kol) as c:
    assert [o.bu_order_id for o in c.paginate("labKolListCopyTradeBots", page_size=10)] == ["1", "2", "3"]
    assert [r.url.params.get("limit") for r in kol.requests] == ["10", "10"]
    refused(lambda: c.paginate("labKolListCopyTradeBots", limit=5), "limit", "is set by the pager")


async def main():
    server = pages(chain)
    async with AsyncPionex(KEY, SECRET, transport=httpx.MockTransport(server)) as c:
        got = [o.bu_order_id async for o in c.paginate("labOrdersList")]
        assert got == ["1", "2", "3", "4"] and len(server.requests) == 4
        loop = pages({None: (["1"], "t1"), "t1": (["2"], "t1")})
        async with AsyncPionex(KEY, SECRET, transport=httpx.MockTransport(loop)) as d:
            seen = []
            try:
                async for order in d.paginate("labOrdersList"):
                    seen.append(order.bu_order_id)
            except PaginationError:
                assert seen == ["1", "2"]
            else:
                raise AssertionError("a loop of tokens was followed")
asyncio.run(main())
print("PAGED")
"""


def test_a_list_paged_by_token_is_read_whole_and_bounded(lab: Path, tmp_path: Path) -> None:
    assert "PAGED" in run(lab, tmp_path, PAGING)


# -- a refusal with data; a read sent as POST ----------------------------------------------------------------

FAILURES = """
from pionex_wrapper import ServerError, TradeParameterError

refusal = {"result": False, "code": "TRADE_PARAMETER_ERROR", "message": "less than min investment",
           "data": {"min_investment": "10.5", "max_investment": 1000, "slippage": 0.0012, "echo": KEY}}
answers = iter([httpx.Response(200, json=refusal), httpx.Response(503, text="busy"),
                ok({"min_investment": "10.5"}), httpx.Response(503, text="busy")])
server = Server(lambda request: next(answers))
with client(server) as c:
    try:
        c.lab.spot_grid.check_params(base="BTC", quote="USDT", quote_investment="1")
    except TradeParameterError as error:
        assert error.data == {"min_investment": "10.5", "max_investment": 1000, "slippage": Decimal("0.0012"),
                              "echo": "***"}, error.data
        assert str(error) == ("TRADE_PARAMETER_ERROR: less than min investment "
                              "(POST /api/v1/lab/spotGrid/checkParams, HTTP 200)"), str(error)
        assert KEY not in repr(error) and KEY not in pickle.dumps(error).decode("latin-1")
        assert pickle.loads(pickle.dumps(error)).data == error.data
    else:
        raise AssertionError("not refused")
    assert len(server.requests) == 1  # a refusal is not retried
    # checkParams is a read sent as POST: retried after a 5xx, as every read is
    assert c.lab.spot_grid.check_params(base="BTC", quote="USDT", quote_investment="1").min_investment == Decimal("10.5")
    assert [r.url.path for r in server.requests[1:]] == ["/api/v1/lab/spotGrid/checkParams"] * 2
    # a write sent as POST is not
    try:
        c.lab.spot_grid.adjust_params(bu_order_id="1", quote_investment="1")
    except ServerError as error:
        assert error.data is None
    else:
        raise AssertionError("not refused")
    assert len(server.requests) == 4
print("KEPT")
"""


def test_a_refusal_keeps_its_data_and_a_read_sent_as_post_is_retried(lab: Path, tmp_path: Path) -> None:
    assert "KEPT" in run(lab, tmp_path, FAILURES)


# -- in this process: the generator's checks, and the wrapper's pieces on the project's own spec ----------


@pytest.mark.parametrize(
    ("path", "operation_id", "name"),
    [
        ("bot.spot_grid", "bot_spot_grid_get_order", "get_order"),
        ("bot.futures_grid", "bot_futures_grid_check_params", "check_params"),
        ("bot.kol", "bot_kol_list_copy_trade_bots", "list_copy_trade_bots"),
        ("bot.orders", "bot_orders_list", "list"),
        ("bot.signals", "bot_signals_push", "push"),
        ("bot.orders", "bot_orders", "orders"),  # nothing after the area's name: it stays
        ("futures.trade", "futures_place_order", "place_order"),
        ("futures.account", "futures_transfer_isolate_margin", "transfer_isolate_margin"),
        ("market", "get_market_depth", "get_market_depth"),
        ("market", "market_depth", "depth"),  # an area outside a group drops its own name too
    ],
)
def test_the_naming_rule(path: str, operation_id: str, name: str) -> None:
    area = BUILDER.Area("tag", "about", path)
    assert area.method_name(operation_id, operation_id) == name


@pytest.mark.parametrize(
    ("path", "snake", "message"),
    [
        ("bot.spot_grid", "spot_grid_create", "must start with 'bot'"),
        ("bot.signals", "bot_signals_import", "cannot name a method"),
    ],
)
def test_a_name_the_rule_cannot_give_is_refused(path: str, snake: str, message: str) -> None:
    with pytest.raises(SystemExit, match=message):
        BUILDER.Area("tag", "about", path).method_name("someId", snake)


NAMES = {"type": "type", "side": "side", "stop": "stop", "stopType": "stop_type"}


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ({"when": {"type": "LIMIT"}}, "must require or forbid something"),
        ([{"when": {}, "require": ["stop"]}], "needs a when"),
        ([{"when": {"kind": "LIMIT"}, "require": ["stop"]}], "unknown inputs \\['kind'\\]"),
        ([{"when": {"type": "LIMIT"}, "require": ["price"]}], "unknown inputs \\['price'\\]"),
        ([{"when": {"type": "LIMIT"}}], "must require or forbid something"),
        ([{"when": {"stopType": {"present": "no"}}, "require": ["stop"]}], "a condition is a value"),
        ([{"when": {"stopType": {"present": None}}, "require": ["stop"]}], "a condition is a value"),
        ([{"when": {"stopType": {"in": []}}, "require": ["stop"]}], "a condition is a value"),
        ([{"when": {"stopType": {"in": [["a"]]}}, "require": ["stop"]}], "in takes plain values"),
        ([{"when": {"stopType": {"equals": "a"}}, "require": ["stop"]}], "a condition is a value"),
        ([{"when": {"stopType": ["a"]}, "require": ["stop"]}], "a condition is a value"),
        ([{"when": {"type": "LIMIT"}, "require": ["stop"], "unless": ["side"]}], "has when, require and forbid"),
    ],
)
def test_the_generator_refuses_a_rule_it_could_not_enforce(rules: Any, message: str) -> None:
    if isinstance(rules, dict):
        rules = [rules]
    with pytest.raises(SystemExit, match=message):
        BUILDER.requirements("op", rules, NAMES)


def test_the_generator_writes_each_kind_of_condition() -> None:
    rules = [
        {"when": {"type": "LIMIT", "stopType": {"present": True}}, "require": ["stop"]},
        {"when": {"side": {"in": ["BUY", "SELL"]}}, "forbid": ["stop"]},
        {"when": {"stopType": {"present": False}}, "require": ["stop"]},
    ]
    written = [
        eval(text, {"Requirement": Requirement, "Condition": Condition})
        for text in BUILDER.requirements("op", rules, NAMES)
    ]
    assert written == [
        Requirement(
            when=(("type", Condition("equal", ("LIMIT",))), ("stop_type", Condition("present"))), require=("stop",)
        ),
        Requirement(when=(("side", Condition("in", ("BUY", "SELL"))),), require=(), forbid=("stop",)),
        Requirement(when=(("stop_type", Condition("absent")),), require=("stop",)),
    ]


def test_a_condition_compares_as_sent_and_tells_a_flag_from_a_number() -> None:
    given = {"type": "LIMIT", "ioc": True, "rows": 1, "stop": "-0.1"}

    def holds(name: str, condition: Condition) -> bool:
        return Requirement(when=((name, condition),), require=("x",)).applies(given, lambda value: value is not None)

    assert holds("type", Condition("equal", ("LIMIT",))) and not holds("type", Condition("equal", ("MARKET",)))
    assert holds("type", Condition("in", ("MARKET", "LIMIT"))) and not holds("type", Condition("in", ("IOC",)))
    assert holds("stop", Condition("present")) and not holds("price", Condition("present"))
    assert holds("price", Condition("absent")) and not holds("stop", Condition("absent"))
    assert Condition("absent").describe("base_amount") == "base_amount is not given"
    assert not holds("price", Condition("equal", (None,)))  # an input left out meets no condition
    assert holds("ioc", Condition("equal", (True,))) and not holds("ioc", Condition("equal", (1,)))
    assert holds("rows", Condition("equal", (1,))) and not holds("rows", Condition("equal", (True,)))
    assert holds("stop", Condition("equal", ("-0.1",)))
    rule = Requirement(when=(("type", Condition("equal", ("LIMIT",))), ("stop", Condition("present"))), require=())
    assert rule.condition("data.") == "data.type=LIMIT and data.stop is given"
    assert Condition("in", (True, "a")).describe("x") == "x is one of true, a"


def test_the_generator_refuses_a_token_paging_that_names_what_does_not_exist() -> None:
    spec = lab_spec()
    raw = spec["paths"]["/api/v1/lab/kol/list"]["get"]
    names = {"pageToken": "page_token", "limit": "limit"}
    builder = BUILDER.Builder.__new__(BUILDER.Builder)
    builder.spec = BUILDER.Spec(spec)
    assert builder.paging(raw, names) == (
        "Paging(items='results', by='token', size=50, id='bu_order_id', limit='limit', token='page_token', "
        "next='next_page_token')"
    )
    for change, message in (
        ({"items": "bots"}, "not a list of records"),
        ({"token": "cursor"}, "unknown query input 'cursor'"),
        ({"token": "limit"}, "token input 'limit' must be a string"),
        ({"next": "previousPageToken"}, "not a string field of the reply's data"),
        ({"next": "results"}, "not a string field of the reply's data"),
        ({"size": 500}, "outside the range"),
        ({"size": None}, "with a limit needs size"),
        ({"id": "orderId"}, "no field of"),
        ({"order": "newest-first"}, "by token takes no \\['order'\\]"),
        ({"end": "endTime"}, "by token takes no \\['end'\\]"),
    ):
        broken = copy.deepcopy(raw)
        broken["x-pionex-paginate"].update(change)
        broken["x-pionex-paginate"] = {k: v for k, v in broken["x-pionex-paginate"].items() if v is not None}
        with pytest.raises(SystemExit, match=message):
            builder.paging(broken, names)
    bare = copy.deepcopy(raw)
    del bare["x-pionex-paginate"]["limit"]
    with pytest.raises(SystemExit, match="takes size only with limit"):
        builder.paging(bare, names)


def test_a_read_is_retried_by_its_effect_whatever_its_method() -> None:
    read = registry.operation("getBalances")
    write = registry.operation("newOrder")
    post_read = replace(read, method="POST")  # as the bots' checkParams is sent
    get_write = replace(write, method="GET")
    assert is_read(post_read) and not is_read(get_write)
    error = ServerError("down", status_code=503)
    policy = RetryPolicy()
    assert policy.next_wait(post_read, error, 1, 0.0) is not None
    assert policy.next_wait(get_write, error, 1, 0.0) is None
    # every operation of the spec: retried exactly when its effect is read
    for op in registry.operations():
        assert (policy.next_wait(op, error, 1, 0.0) is not None) == (op.effect == "read"), op.operation_id


@pytest.mark.parametrize(
    ("data", "kept"),
    [
        (
            {"min_investment": "10", "slippage": 0.5, "rows": [2, 3.25]},
            {"min_investment": "10", "slippage": Decimal("0.5"), "rows": [2, Decimal("3.25")]},
        ),
        (None, None),
        ([1, 2], None),
        ("text", None),
        ({}, {}),
    ],
)
def test_a_refusal_keeps_the_object_it_carries_as_data(data: Any, kept: Any) -> None:
    body: dict[str, Any] = {"result": False, "code": "TRADE_PARAMETER_ERROR", "message": "no"}
    if data is not None:
        body["data"] = data
    recorder = Recorder(lambda request: httpx.Response(200, json=body))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(TradeParameterError) as caught:
            client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="10")
    assert caught.value.data == kept
    assert str(caught.value) == "TRADE_PARAMETER_ERROR: no (POST /api/v1/trade/order, HTTP 200)"
    copy_ = pickle.loads(pickle.dumps(caught.value))
    assert copy_.data == kept and repr(copy_) == repr(caught.value)
    assert ("data=" in repr(caught.value)) == (kept is not None)


def test_the_data_of_a_refusal_holds_no_secret() -> None:
    body = {
        "result": False,
        "code": "TRADE_PARAMETER_ERROR",
        "message": f"bad {FAKE_KEY}",
        "data": {FAKE_KEY: [f"x{FAKE_SECRET}y"], "signature": None},
    }
    recorder = Recorder(lambda request: httpx.Response(400, json=body))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(TradeParameterError) as caught:
            client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="10")
    assert caught.value.data == {"***": ["x***y"], "signature": None}
    assert caught.value.message == "bad ***"
    blob = pickle.dumps(caught.value).decode("latin-1") + repr(caught.value) + str(caught.value)
    assert FAKE_KEY not in blob and FAKE_SECRET not in blob


@pytest.mark.parametrize(
    "body",
    [
        {"symbol": "BTC_USDT", "orders": [{"side": "BUY", "size": "1", "ioc": True, "x": None}], "n": -5},
        {"text": 'caf\u00e9 "quoted" \\ back\nline', "empty": [], "nested": {"deep": [[1], {}]}},
        [1, 2.5, False],
    ],
)
def test_a_body_is_written_as_httpx_writes_json(body: Any) -> None:
    assert encode_json(body) == httpx.Request("POST", "http://x", json=body).content


def test_a_json_number_is_written_with_exactly_its_digits() -> None:
    body = {"a": JsonNumber("0.00000001"), "b": [JsonNumber("-12.50"), JsonNumber("7")], "c": "0.1"}
    assert encode_json(body) == b'{"a":0.00000001,"b":[-12.50,7],"c":"0.1"}'
    for bad in ("1E-8", "01", ".5", "5.", "+1", "NaN", "1 ", "--1", ""):
        with pytest.raises(ValueError, match="not a JSON number"):
            JsonNumber(bad)
    with pytest.raises(TypeError, match="Decimal cannot go into a JSON body"):
        encode_json({"a": Decimal(1)})


def test_an_integer_input_keeps_to_its_enum_and_the_generator_refuses_one_it_could_not() -> None:
    from pionex_wrapper import InvalidParameterError, Param
    from pionex_wrapper.params import normalize

    op = replace(
        registry.operation("getBalances"), params=(Param("rows", "rows", "query", False, "integer", enum=(2, 5)),)
    )
    assert normalize(op, {"rows": 5})["rows"] == 5
    with pytest.raises(InvalidParameterError, match=r"^rows must be one of 2, 5; got 3"):
        normalize(op, {"rows": 3})
    spec = BUILDER.Spec(SPEC)
    for schema in (
        {"type": "string", "format": "decimal", "enum": ["1", "2"]},
        {"type": "boolean", "enum": [True]},
        {"type": "integer", "enum": ["1"]},
        {"type": "string", "enum": ["a", 1]},
    ):
        with pytest.raises(SystemExit, match="an enum must list strings for a string or whole numbers"):
            BUILDER.param_literal(spec, "x", "x", "query", False, schema, None)
    assert "enum=(0, 1)" in BUILDER.param_literal(
        spec, "x", "x", "query", False, {"type": "integer", "enum": [0, 1]}, None
    )


SCHEMAS = {
    "type": {"type": "string", "enum": ["LIMIT", "MARKET"]},
    "side": {"type": "string"},
    "stop": {"type": "string", "format": "decimal"},
    "stopType": {"type": "integer"},
}


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ({"type": "LIMT"}, "'LIMT' is not one of its values"),
        ({"type": {"in": ["LIMIT", "IOC"]}}, "'IOC' is not one of its values"),
        ({"stop": "5"}, "a decimal"),
        ({"stopType": "1"}, "takes a integer"),
        ({"stopType": True}, "takes a integer"),
        ({"side": 1}, "takes a string"),
    ],
)
def test_the_generator_refuses_a_condition_its_input_can_never_meet(when: Any, message: str) -> None:
    # Such a rule would never apply: the check it stands for would silently never run.
    with pytest.raises(SystemExit, match=message):
        BUILDER.requirements("op", [{"when": when, "require": ["side"]}], NAMES, SCHEMAS)
    assert BUILDER.requirements("op", [{"when": {"stop": {"present": True}}, "require": ["side"]}], NAMES, SCHEMAS)
