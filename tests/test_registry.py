"""The operation registry holds every operation of the spec with what the other layers need, one
naming rule names them, and ``invoke`` reaches each of them as its named method does.

Everything here walks the registry or the spec: no operation is listed by hand.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import httpx
import pytest

import pionex_wrapper.retry
from pionex_wrapper import AsyncPionex, InvalidParameterError, Operation, Pionex, PionexError, registry
from pionex_wrapper.operation import EFFECTS, Field, Param
from tests.helpers import (
    FAKE_KEY,
    FAKE_SECRET,
    SPEC,
    Recorder,
    area_of,
    envelope,
    minimal_data,
    resolve,
    valid_arguments,
)

OPS = registry.operations()
SPEC_OPS = {
    op["operationId"]: (path, method, op) for path, item in SPEC["paths"].items() for method, op in item.items()
}
TAGS = {t["name"]: t for t in SPEC["tags"]}
CODES = SPEC["components"]["schemas"]["ErrorResponse"]["properties"]["code"]["enum"]


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def by_id(operation: Operation[Any]) -> str:
    return operation.operation_id


# -- the registry against the spec ---------------------------------------------------------------


def test_the_registry_holds_exactly_the_operations_of_the_spec() -> None:
    assert sorted(op.operation_id for op in OPS) == sorted(SPEC_OPS)
    assert len({op.operation_id for op in OPS}) == len(OPS)


def check_param(param: Param, wire: str, location: str, required: bool, schema: dict[str, Any], about: str) -> None:
    resolved = resolve(schema)
    assert (param.wire, param.location, param.required) == (wire, location, required)
    assert param.description == " ".join(about.split()) and param.description
    assert param.enum == (tuple(resolved["enum"]) if "enum" in resolved else None)
    for key, attr in (("minimum", "minimum"), ("maximum", "maximum"), ("pattern", "pattern")):
        assert getattr(param, attr) == resolved.get(key), (wire, key)
    assert param.min_length == resolved.get("minLength") and param.max_length == resolved.get("maxLength")
    assert param.min_items == resolved.get("minItems") and param.max_items == resolved.get("maxItems")
    assert param.default == resolved.get("default")
    assert param.rule == schema.get("x-pionex-rule", resolved.get("x-pionex-rule"))  # the market rule it is checked by
    assert param.market == schema.get("x-pionex-market")  # the market its pair must belong to
    assert param.decimals == schema.get("x-pionex-decimals", resolved.get("x-pionex-decimals"))
    if resolved.get("type") == "array" and "properties" in resolve(resolved["items"]):
        item = resolve(resolved["items"])
        assert param.items is not None and [p.wire for p in param.items] == sorted(
            item["properties"], key=lambda w: (w not in item.get("required", []), list(item["properties"]).index(w))
        )
        for sub in param.items:
            prop = item["properties"][sub.wire]
            check_param(sub, sub.wire, "body", sub.wire in item.get("required", []), prop, prop["description"])


def check_fields(fields: tuple[Field, ...], schema: dict[str, Any]) -> None:
    schema = resolve(schema)
    assert [f.wire for f in fields] == list(schema["properties"])
    for field in fields:
        prop = schema["properties"][field.wire]
        resolved = resolve(prop)
        assert field.required == (field.wire in schema.get("required", []))
        assert field.description == " ".join(str(prop.get("description") or resolved.get("description")).split())
        inner = resolved
        while inner.get("type") == "array":
            inner = resolve(inner["items"])
        assert field.enum == (tuple(inner["enum"]) if "enum" in inner else None), field.wire
        if inner.get("type") == "object" and "properties" in inner:
            check_fields(field.fields, inner)
        else:
            assert field.fields == ()
        assert field.type, field.wire


@pytest.mark.parametrize("op", OPS, ids=by_id)
def test_each_operation_carries_what_the_spec_says(op: Operation[Any]) -> None:
    path, method, raw = SPEC_OPS[op.operation_id]
    tag = raw["tags"][0]
    assert (op.method, op.path, op.tag) == (method.upper(), path, re.sub(r"[^a-z0-9]+", "_", tag.lower()))
    assert op.area == TAGS[tag].get("x-pionex-area", op.tag)
    assert (op.weight, op.permission) == (raw["x-pionex-weight"], raw.get("x-pionex-permission"))
    assert op.summary == raw["summary"].rstrip(".") and op.description == " ".join(raw["description"].split())
    assert op.effect == raw["x-pionex-effect"] and op.alias == raw.get("x-pionex-alias")
    # inputs: every query parameter and body field, with its constraints and description
    expected: dict[str, tuple[str, bool, dict[str, Any], str]] = {
        p["name"]: ("query", p.get("required", False), p["schema"], p["description"]) for p in raw.get("parameters", [])
    }
    if "requestBody" in raw:
        body = resolve(raw["requestBody"]["content"]["application/json"]["schema"])
        for wire, prop in body["properties"].items():
            expected[wire] = ("body", wire in body.get("required", []), prop, prop["description"])
    assert sorted(p.wire for p in op.params) == sorted(expected)
    for param in op.params:
        location, required, schema, about = expected[param.wire]
        check_param(param, param.wire, location, required, schema, about)
    # reply: the fields of data, nested models expanded
    reply = raw["responses"]["200"]["content"]["application/json"]["schema"]
    data = next(
        (
            resolve(p)["properties"]["data"]
            for p in reply.get("allOf", [])
            if "data" in resolve(p).get("properties", {})
        ),
        None,
    )
    if data is None:
        assert op.reply == () and op.data_type is None
    else:
        check_fields(op.reply, data)
    # errors: Pionex's codes, by the rule of the error table (MARKET_* public, the rest private; a
    # code whose entry names the area in publicAreas comes from its public operations too)
    assert set(op.errors) <= set(CODES) and op.errors
    table = SPEC["components"]["schemas"]["ErrorResponse"]["properties"]["code"]["x-pionex-errors"]
    public = {c for c in CODES if c.startswith("MARKET_") or op.area in table[c].get("publicAreas", ())}
    assert (set(op.errors) <= public) == (not op.private)
    # paging: which list can be read past one reply, and by what
    paging = raw.get("x-pionex-paginate")
    assert (op.paging is None) == (paging is None)
    if paging is not None and op.paging is not None:
        wires = {p.wire: p.name for p in op.params}
        size = paging.get("size", 0)  # paging by token may not know a page's size
        assert (op.paging.by, op.paging.size, op.paging.items) == (paging["by"], size, snake(paging["items"]))
        for key, attr in (
            ("start", "start"),
            ("end", "end"),
            ("from", "source"),
            ("limit", "limit"),
            ("token", "token"),
        ):
            assert getattr(op.paging, attr) == (wires[paging[key]] if key in paging else None), key
        assert op.paging.next == (snake(paging["next"]) if "next" in paging else None)
    # reconciliation
    rule = raw.get("x-pionex-reconcile")
    assert (op.reconcile is None) == (rule is None)
    if rule is not None and op.reconcile is not None:
        assert op.reconcile.lookup == rule["lookup"] and snake(rule["key"]) == op.reconcile.key


def test_every_operation_has_an_effect_and_no_effect_is_taken_from_the_method() -> None:
    for op_id, (_, method, raw) in SPEC_OPS.items():
        assert raw.get("x-pionex-effect") in EFFECTS, op_id
        if method == "get":
            assert raw["x-pionex-effect"] == "read", op_id
    effects = {op.effect for op in OPS}
    assert {"read", "write", "destructive"} <= effects
    # the cancels remove something; placing orders and moving money between one's accounts adds
    for op in OPS:
        if "cancel" in op.name:
            assert op.effect == "destructive", op.operation_id
        if op.reconcile is not None:
            assert op.effect == "write" and op.changes_state, op.operation_id


# -- the naming rule --------------------------------------------------------------------------------


def test_one_naming_rule_gives_every_operation_one_unique_short_name() -> None:
    words = [op.words for op in OPS]
    assert len(set(words)) == len(OPS)
    for op in OPS:
        assert op.words == (*op.area.split("."), op.alias or op.name)
        assert op.command == " ".join(w.replace("_", "-") for w in op.words)
        assert re.fullmatch(r"[a-zA-Z0-9_-]{1,64}", op.tool_name), op.tool_name
        # every form of the name leads back to the operation
        for name in (op.operation_id, op.command, op.tool_name, ".".join(op.words)):
            assert registry.operation(name) is op
        assert registry.find(op.words) is op and registry.find(op.command) is op
    assert registry.operation("getMarketDepth").command == "market depth"
    assert registry.operation("futuresPlaceOrder").command == "futures trade place-order"


def test_an_unknown_operation_is_refused_with_the_closest_ids() -> None:
    with pytest.raises(InvalidParameterError) as caught:
        registry.operation("getMarketDepht")
    assert caught.value.parameter == "operation_id" and "getMarketDepth" in str(caught.value)
    assert registry.find("market nothing") is None


@pytest.mark.parametrize("op", OPS, ids=by_id)
def test_help_shows_every_argument_with_its_description(op: Operation[Any]) -> None:
    with Pionex() as client:
        doc = getattr(area_of(client, op), op.name).__doc__
    assert doc is not None and f"Effect: {op.effect}" in doc and f"``{op.command}``" in doc
    for param in op.params:
        assert f"{param.name}: {param.description}" in doc


# -- invoke -------------------------------------------------------------------------------------


def wire_arguments(op: Operation[Any]) -> dict[str, Any]:
    """The valid arguments under the API's own names, list items included."""
    by_name = {p.name: p for p in op.params}
    out: dict[str, Any] = {}
    for name, value in valid_arguments(op).items():
        param = by_name[name]
        if param.items is not None:
            items = {p.name: p.wire for p in param.items}
            value = [{items[k]: v for k, v in item.items()} for item in value]
        out[param.wire] = value
    return out


def sent(request: httpx.Request) -> tuple[str, str, dict[str, str], Any]:
    query = dict(request.url.params)
    query.pop("timestamp", None)
    return request.method, request.url.path, query, json.loads(request.content) if request.content else None


def keyed_arguments(op: Operation[Any], wire: bool = False) -> dict[str, Any]:
    """Valid arguments with a fixed client id where the operation is reconciled by one (the
    client generates one otherwise, and the requests could not be compared)."""
    args = wire_arguments(op) if wire else valid_arguments(op)
    if op.reconcile is not None:
        key = next(p for p in op.params if p.name == op.reconcile.key)
        args[key.wire if wire else key.name] = "c-1"
    return args


@pytest.mark.parametrize("op", OPS, ids=by_id)
def test_invoke_sends_what_the_named_method_sends_and_returns_the_same_model(op: Operation[Any]) -> None:
    data = minimal_data(op.method, op.path)
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope(data)))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        named = getattr(area_of(client, op), op.name)(**keyed_arguments(op))
        by_wire = client.invoke(op.operation_id, keyed_arguments(op, wire=True))
        by_name = client.invoke(op.command, keyed_arguments(op))
    first, second, third = (sent(r) for r in recorder.requests)
    assert first == second == third and first[:2] == (op.method, op.path)
    assert type(named) is type(by_wire) is type(by_name)
    assert (by_wire is None) == (op.data_type is None) and named == by_wire == by_name


@pytest.mark.parametrize("op", OPS, ids=by_id)
def test_async_invoke_sends_what_the_named_method_sends(op: Operation[Any]) -> None:
    data = minimal_data(op.method, op.path)
    recorder = Recorder(lambda r: httpx.Response(200, json=envelope(data)))

    async def main() -> tuple[Any, Any]:
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=recorder.asynchronous()) as client:
            named = await getattr(area_of(client, op), op.name)(**keyed_arguments(op))
            return named, await client.invoke(op.operation_id, keyed_arguments(op, wire=True))

    named, invoked = asyncio.run(main())
    first, second = (sent(r) for r in recorder.requests)
    assert first == second and type(named) is type(invoked) and named == invoked


class Flaky:
    """Fails the first request of each call with a 503 (a reply that may have been lost), then
    answers every request with the minimal valid reply of the operation it reached."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []
        self.fail_next = True

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append((request.method, request.url.path))
        if self.fail_next:
            self.fail_next = False
            return httpx.Response(503, text="<html>busy</html>")
        data = minimal_data(request.method, request.url.path)
        asked = request.url.params.get("clientOrderId")
        if asked is not None and isinstance(data, dict):  # the lookup finds the order under the caller's id
            data = {**data, "clientOrderId": asked, "orderId": 7}
        listed = json.loads(request.content).get("clientDualIds") if request.content else None
        if listed:  # a lookup by a list of ids (dual investment) finds a record under each
            data = {"records": [{"clientDualId": key, "state": "CONFIRMED"} for key in listed]}
        return httpx.Response(200, json=envelope(data))


def outcome(call: Any) -> tuple[str, Any]:
    try:
        result = call()
    except PionexError as error:
        return "raised", type(error)
    return "returned", type(result)


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pionex_wrapper.retry.RetryPolicy, "delay", lambda self, retry, error, rng=None: 0.0)


async def async_invoke(op: Operation[Any], flaky: Flaky) -> Any:
    async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(flaky)) as client:
        return await client.invoke(op.operation_id, wire_arguments(op))


@pytest.mark.usefixtures("no_backoff")
@pytest.mark.parametrize("op", OPS, ids=by_id)
def test_invoke_keeps_the_retry_and_reconciliation_of_the_named_method(op: Operation[Any]) -> None:
    runs: list[tuple[list[tuple[str, str]], tuple[str, Any]]] = []
    for how in ("named", "invoke", "async invoke"):
        flaky = Flaky()
        with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(flaky)) as client:
            if how == "named":
                result = outcome(lambda: getattr(area_of(client, op), op.name)(**valid_arguments(op)))
            elif how == "invoke":
                result = outcome(lambda: client.invoke(op.operation_id, wire_arguments(op)))
            else:
                result = outcome(lambda: asyncio.run(async_invoke(op, flaky)))  # noqa: B023
        runs.append((flaky.requests, result))
    assert runs[0] == runs[1] == runs[2], op.operation_id
    requests, (how, _) = runs[0]
    if op.reconcile is not None:  # looked up by its client id after the lost reply, not sent twice
        lookup = registry.operation(op.reconcile.lookup)
        assert requests == [(op.method, op.path), (lookup.method, lookup.path)] and how == "returned"
    elif op.effect == "read":  # reads are retried
        assert requests == [(op.method, op.path)] * 2 and how == "returned"
    else:  # a write that cannot be looked up is never sent twice
        assert requests == [(op.method, op.path)] and how == "raised"


def test_invoke_refuses_unknown_or_doubled_arguments_before_sending() -> None:
    recorder = Recorder()
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(InvalidParameterError) as unknown:
            client.invoke("getMarketDepth", {"symbol": "BTC_USDT", "depth": 5})
        assert unknown.value.parameter == "depth" and "limit" in str(unknown.value)
        with pytest.raises(InvalidParameterError) as twice:
            client.invoke("getOrder", {"orderId": 1, "order_id": 1})
        assert "twice" in str(twice.value)
        with pytest.raises(InvalidParameterError) as missing:
            client.invoke("getMarketDepth", {})
        assert missing.value.parameter == "symbol"
        with pytest.raises(InvalidParameterError) as nested:
            client.invoke(
                "newMassOrder",
                {"symbol": "BTC_USDT", "orders": [{"side": "BUY", "type": "LIMIT", "size": "1", "prise": "1"}]},
            )
        assert nested.value.parameter == "orders[0].prise"
        with pytest.raises(InvalidParameterError) as bad_value:
            client.invoke("getMarketDepth", {"symbol": "BTC_USDT", "limit": 5000})
        assert bad_value.value.parameter == "limit"
        with pytest.raises(InvalidParameterError):
            client.invoke("noSuchOperation")
    assert recorder.requests == []
