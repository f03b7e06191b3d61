"""The client is strict in what it sends: every bad argument of every operation is refused by name.

The bad inputs are generated from the operation table (``pionex_wrapper.OPERATIONS``, built from
the spec): for each input of each operation, values of the wrong type, values outside the spec's
ranges, lengths and patterns, strings holding characters that would change the signed request,
decimal strings not in plain notation, and zero-valued numbers (which Pionex reads as "not given").
Each is passed through a real client whose transport records requests, and must raise an
``InvalidParameterError`` naming that input, with nothing sent.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest

from pionex_client.facade import MARKETS
from pionex_wrapper import (
    OPERATIONS,
    AsyncPionex,
    InvalidParameterError,
    Operation,
    Param,
    Pionex,
    PionexError,
    to_decimal_string,
)
from pionex_wrapper.params import UNSAFE_IN_BODY, normalize
from pionex_wrapper.record import replace
from tests.helpers import (
    FAKE_KEY,
    FAKE_SECRET,
    SPEC,
    VALID_STRINGS,
    Recorder,
    accepts,
    area_of,
    envelope,
    minimal_data,
    resolve,
    valid,
    valid_arguments,
    valid_item,
)

INT64_MAX = 2**63 - 1


def call(client: Any, operation: Operation[Any], args: dict[str, Any]) -> Any:
    return getattr(area_of(client, operation), operation.name)(**args)


def reply(request: httpx.Request) -> httpx.Response:
    operation = next(op for op in OPERATIONS if (op.method, op.path) == (request.method, request.url.path))
    return httpx.Response(200, json=envelope(minimal_data(operation.method, operation.path)))


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_valid_arguments_are_sent(operation: Operation[Any]) -> None:
    """The baseline every bad input below departs from is itself accepted and sent."""
    recorder = Recorder(reply)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        call(client, operation, valid_arguments(operation))
    assert len(recorder.requests) == 1


# -- bad inputs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    operation: Operation[Any]
    arguments: dict[str, Any]
    parameter: str  # the label the refusal must carry, e.g. "orders[1].price"
    expect: str | None  # a fragment the message must hold, when the reason is known
    shown: str

    def __str__(self) -> str:
        return f"{self.operation.operation_id}:{self.parameter}={self.shown}"


UNSAFE_SUFFIXES = (
    "&x=1", "&orderId=10000001", "=", "#", "#frag", "%", "%26", "+", "+1", " ", "\t", "\n", "\r\n", "\x00", "\x1f",
    "\x7f", "\u00a0", "\u2028", "\u200b", "\u3000", "é", "\u0661", "\ud800", "\udfff", "\U0001f600",
)  # fmt: skip
UNSAFE_PREFIXES = (" ", "\n", "&", "=", "\ufeff")
# Printable ASCII that is safe on the wire; appended to a valid value it breaks the patterns used
# so far (each case is checked against the spec's pattern before it is used).
PUNCTUATION = "!\"$'()*,./:;<>?@[\\]^_`{|}~-"
FULL_WIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}

# Values worth naming, by the wire name of the input they are tried on (each must break the
# input's pattern or length: checked below against the spec, so the lists cannot go stale).
NAMED_STRINGS: dict[str, tuple[str, ...]] = {
    "symbol": (
        "btc_usdt", "Btc_Usdt", "btc_usdt_perp", "BTCUSDT", "BTC-USDT", "BTC/USDT", "BTC_", "_USDT", "BTC__USDT",
        "BTC_USDT,ETH_USDT", "BTC_USDT_", "BTC_USDT.PERP", "A" * 100_000, "BTC_" + "A" * 61,
    ),
    "symbols": (
        "btc_usdt", "BTC_USDT,", ",BTC_USDT", "BTC_USDT,,ETH_USDT", "BTC_USDT,eth_usdt", "BTC_USDT;ETH_USDT",
        "BTCUSDT", "A" * 100_000, ",".join(["BTC_USDT"] * 300),
    ),
    "clientOrderId": ("abc_1", "abc.1", "abc:1", "abc/1", "x" * 65, "x" * 100_000),
}  # fmt: skip
NAMED_UNSAFE: dict[str, tuple[str, ...]] = {
    "symbol": ("BTC USDT", "BTC_USDT&x=1", "\ud800", "BTC_USDT\n", " BTC_USDT", "ＢＴＣ_ＵＳＤＴ"),
    "symbols": ("BTC_USDT, ETH_USDT", "BTC_USDT&symbols=ETH_USDT", "BTC_USDT%2CETH_USDT"),
    "clientOrderId": ("abc&orderId=10000001", "abc def", "abc\n", "ａｂｃ", "\ud800"),
}

PLAIN_NOTATION = "plain notation"
BAD_DECIMALS: tuple[tuple[Any, str], ...] = (
    # Strings Decimal() would read, silently rewritten before: refused now.
    (" 1.5 ", PLAIN_NOTATION), ("1.5\n", PLAIN_NOTATION), ("\t1.5", PLAIN_NOTATION), ("1_000", PLAIN_NOTATION),
    ("1e-8", PLAIN_NOTATION), ("1E-8", PLAIN_NOTATION), ("1e3", PLAIN_NOTATION), ("+1", PLAIN_NOTATION),
    (".5", PLAIN_NOTATION), ("5.", PLAIN_NOTATION), ("\u0661\u0662", PLAIN_NOTATION), ("\uff11\uff12", PLAIN_NOTATION),
    ("1.\u0665", PLAIN_NOTATION), ("NaN", PLAIN_NOTATION), ("nan", PLAIN_NOTATION), ("sNaN", PLAIN_NOTATION),
    ("Infinity", PLAIN_NOTATION), ("-Inf", PLAIN_NOTATION), ("-0", PLAIN_NOTATION), ("-1", PLAIN_NOTATION),
    ("-0.5", PLAIN_NOTATION),
    # Strings nothing reads as a number.
    ("", PLAIN_NOTATION), (" ", PLAIN_NOTATION), ("abc", PLAIN_NOTATION), ("1,5", PLAIN_NOTATION),
    ("1.2.3", PLAIN_NOTATION), ("0x10", PLAIN_NOTATION), ("1 000", PLAIN_NOTATION), ("1.5&x=1", PLAIN_NOTATION),
    ("1.5=", PLAIN_NOTATION), ("\ud800", PLAIN_NOTATION), ("1" * 100_000 + "x", PLAIN_NOTATION),
    # Zero, negative, not finite, too many digits.
    ("0", "greater than zero"), ("0.0", "greater than zero"), ("000", "greater than zero"),
    (0, "greater than zero"), (Decimal(0), "greater than zero"), (Decimal("-0"), "greater than zero"),
    (Decimal("0E-8"), "greater than zero"), (-1, "greater than zero"), (Decimal("-1.5"), "greater than zero"),
    (Decimal("NaN"), "finite"), (Decimal("sNaN"), "finite"), (Decimal("Infinity"), "finite"),
    (Decimal("-Infinity"), "finite"), ("1" + "0" * 30, "30 digits"), ("0." + "0" * 30 + "1", "30 digits"),
    (10**30, "30 digits"), (Decimal("1E+30"), "30 digits"), (Decimal("1E-31"), "30 digits"),
    ("1" * 100_000, "30 digits"),
    # Not a Decimal, int or str.
    (1.5, "floats are inexact"), (0.0, "floats are inexact"), (True, "not bool"), (b"1.5", "not bytes"),
    ([1], "not list"),
)  # fmt: skip
NOT_GIVEN = "not given"
SIGNED = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def signed_bad_decimals() -> Iterator[tuple[Any, str]]:
    """BAD_DECIMALS as they stand for a decimal that may be negative (a stop threshold): negative
    amounts are no longer bad, zero is refused as "not given", the rest as before; plus signs out of
    place."""
    for value, expect in BAD_DECIMALS:
        number = None
        if (
            isinstance(value, (int, Decimal))
            and not isinstance(value, bool)
            or isinstance(value, str)
            and SIGNED.fullmatch(value) is not None
            and len(value) < 40
        ):
            number = Decimal(value)
        if number is not None and number.is_finite() and number.adjusted() < 30 and number.as_tuple().exponent >= -30:
            if number < 0:
                continue  # a loss threshold: accepted
            if number == 0:
                yield value, NOT_GIVEN
                continue
        yield value, expect
    for text in ("--1", "-", "1-", "- 1", "-+1", "-.5", "-1e3"):
        yield text, PLAIN_NOTATION


def shown(value: Any) -> str:
    text = ascii(value)
    return text if len(text) <= 24 else f"{text[:20]}...{len(text)}"


def bad_values(param: Param) -> Iterator[tuple[Any, str | None]]:
    """Values the client must refuse for ``param``, each with a fragment of the expected message."""
    if param.required:
        yield None, "is required"
    if param.kind == "string":
        yield from bad_strings(param)
    elif param.kind == "decimal":
        yield from signed_bad_decimals() if param.signed else BAD_DECIMALS
        if param.decimals is not None:
            finer = Decimal(1).scaleb(-param.decimals - 1)  # one decimal place more than allowed
            expect = "whole number" if param.decimals == 0 else f"at most {param.decimals} decimal places"
            yield Decimal(valid(param)) + finer, expect
            yield str(Decimal(valid(param)) + finer), expect
        if param.minimum is not None and param.minimum > 1:
            yield param.minimum - 1, f"at least {param.minimum}"
        if param.maximum is not None:
            for number in (param.maximum + 1, str(param.maximum * 10), Decimal(param.maximum).scaleb(3)):
                yield number, f"at most {param.maximum}"
    elif param.kind in ("integer", "time"):
        if param.kind == "time":
            yield datetime(2024, 1, 1), "timezone-aware"  # naive: UTC or local time cannot be told
            yield datetime(1969, 12, 31, tzinfo=UTC), "at least 1"
        yield 0, NOT_GIVEN
        low = param.minimum if param.minimum is not None else -(2**63)
        high = param.maximum if param.maximum is not None else INT64_MAX
        for number in (-1, low - 1, -(2**63), -(2**63) - 1):
            if number < low and number != 0:
                yield number, f"at least {low}"
        for number in (high + 1, 2**63, 2**64, 10**30):
            if number > high:
                yield number, f"at most {high}"
        for wrong in (True, False, "1", "12345", 1.0, Decimal(1), b"1"):
            yield wrong, "must be an int"
    elif param.kind == "boolean":
        for wrong in (1, 0, "true", "True", "1", 1.0):
            yield wrong, "True or False"
    elif param.kind == "array":
        yield "BUY", "must be a list"
        yield {"side": "BUY"}, "must be a list"
        if param.min_items:
            yield [], f"at least {param.min_items}"
        if param.max_items is not None:
            item = valid_item(param) if param.items is not None else valid(param)[0]
            yield [item] * (param.max_items + 1), f"at most {param.max_items}"
    elif param.kind == "object":
        for wrong in ("BUY", 1, ["x"], True):
            yield wrong, "must be a dict"
    else:  # pragma: no cover - a new kind needs its own bad inputs here
        raise AssertionError(f"{param.name}: no bad inputs for kind {param.kind}")


def free_text_in_body(param: Param, text: str) -> bool:
    """Whether ``text`` is free text the spec admits in a JSON body (a signal's title, a note):
    there spaces, ``& = # % +`` and non-ASCII text are sent as they are; only control characters
    and lone surrogates are refused."""
    return (
        param.location == "body"
        and param.pattern is not None
        and re.fullmatch(param.pattern, text) is not None
        and UNSAFE_IN_BODY.search(text) is None
    )


def bad_strings(param: Param) -> Iterator[tuple[Any, str | None]]:
    good = valid(param)
    for wrong in (1, 1.5, True, b"BTC_USDT", ["BTC_USDT"], Decimal(1)):
        yield wrong, "must be a str"
    yield "", "must not be empty"
    if param.market is not None:  # a pair of another market, well formed
        for other in VALID_STRINGS:
            if not accepts(param, other) and accepts(replace(param, market=None), other):
                yield other, f"only {MARKETS[param.market]['label']} pairs are taken here"
    unsafe = [good + s for s in UNSAFE_SUFFIXES] + [p + good for p in UNSAFE_PREFIXES]
    unsafe += ["".join(FULL_WIDTH.get(c, c) for c in good), "\ud800", " ", "\t"]
    unsafe += NAMED_UNSAFE.get(param.wire, ())
    for text in dict.fromkeys(unsafe):
        if not free_text_in_body(param, text):
            yield text, "must not contain"
    if param.enum is not None:
        for text in (good.lower(), good.title(), good + "X", "NOPE", "A" * 100_000):
            if text not in param.enum:
                yield text, "must be one of"
        return
    # Safe on the wire but against the spec's own rules for this input (a spec without them fails
    # test_every_string_input_has_a_rule, and these cases then show what goes out).
    if param.min_length is not None and param.min_length > 1:
        yield good[: param.min_length - 1], None
    if param.max_length is not None:
        over = param.max_length + 1 - len(good)
        filler = next((c * over for c in "A1a" if accepts(param, good + c)), "A" * over)
        yield good + filler, f"at most {param.max_length}"
    yield "A" * 100_000, None
    for text in [good + c for c in PUNCTUATION] + [c + good for c in PUNCTUATION]:
        if param.pattern is not None and not accepts(param, text):
            yield text, "must match"
    for text in NAMED_STRINGS.get(param.wire, ()):
        if param.pattern is not None:
            assert not accepts(param, text), f"{text!r} is not bad for {param.wire}: fix NAMED_STRINGS"
        yield text, None


def distinct(values: Iterator[tuple[Any, str | None]]) -> Iterator[tuple[Any, str | None]]:
    seen: set[tuple[str, str]] = set()
    for value, expect in values:
        key = (type(value).__name__, ascii(value))
        if key not in seen:
            seen.add(key)
            yield value, expect


def nested_cases(
    operation: Operation[Any], param: Param, label: str, put: Callable[[Any], dict[str, Any]]
) -> Iterator[Case]:
    """The bad values of ``param`` (called ``label`` in a refusal), each put into valid arguments by
    ``put``; then those of the fields of an object (``bu_order_data.row``) and of the items of a list
    of objects (``orders[1].price``), at any depth."""
    for value, expect in distinct(bad_values(param)):
        yield Case(operation, put(value), label, expect, shown(value))
    if param.kind == "object" and param.fields is not None:
        good = valid(param)
        for field in param.fields:
            yield from nested_cases(
                operation, field, f"{label}.{field.name}", lambda v, f=field: put({**good, f.name: v})
            )
        yield Case(operation, put({**good, "clientOrderId": "abc-1"}), f"{label}.clientOrderId", "not a known", "")
    if param.kind == "array" and param.item is not None:  # a list of plain values: each item's rules
        item_good = valid(param.item)
        yield from nested_cases(operation, param.item, f"{label}[1]", lambda v: put([item_good, v]))
        return
    if param.kind != "array" or param.items is None:
        return
    good = valid_item(param)
    for item in param.items:
        yield from nested_cases(
            operation, item, f"{label}[1].{item.name}", lambda v, i=item: put([good, {**good, i.name: v}])
        )
    yield Case(
        operation, put([good, {**good, "clientOrderId": "abc-1"}]), f"{label}[1].clientOrderId", "not a known", ""
    )
    for wrong in ("BUY", None, 1, ["BUY"]):
        yield Case(operation, put([good, wrong]), f"{label}[1]", "must be a dict", shown(wrong))
    missing = {k: v for k, v in good.items() if k != param.items[0].name}
    yield Case(operation, put([good, missing]), f"{label}[1].{param.items[0].name}", "is required", "missing")


def cases() -> list[Case]:
    found: list[Case] = []
    for operation in OPERATIONS:
        base = valid_arguments(operation)
        for param in operation.params:
            found.extend(nested_cases(operation, param, param.name, lambda v, p=param, b=base: {**b, p.name: v}))
    return found


CASES = cases()


def problem(case: Case, error: BaseException | None, recorder: Recorder) -> str | None:
    """What is wrong with how the client handled ``case`` (None when it was refused as it should be)."""
    if recorder.requests:
        return f"{case}: SENT {recorder.requests[-1].method} {recorder.requests[-1].url}"
    if not isinstance(error, InvalidParameterError):
        return f"{case}: raised {error!r} instead of InvalidParameterError"
    message = str(error)
    if not (isinstance(error, PionexError) and isinstance(error, ValueError)):
        return f"{case}: not a PionexError and ValueError"
    if error.parameter != case.parameter or not message.startswith(f"{case.parameter} "):
        return f"{case}: named {error.parameter!r}: {message[:200]}"
    if len(message) > 400:
        return f"{case}: a message of {len(message)} characters"
    if case.expect is not None and case.expect not in message:
        return f"{case}: {message!r} does not say {case.expect!r}"
    if (error.method, error.path) != (case.operation.method, case.operation.path):
        return f"{case}: the error names {error.method} {error.path}"
    return None


def by_input() -> dict[str, list[Case]]:
    """The cases grouped by operation and top-level input: one test each, every case reported."""
    groups: dict[str, list[Case]] = {}
    for case in CASES:
        top = case.parameter.split("[")[0]
        groups.setdefault(f"{case.operation.operation_id}:{top}", []).append(case)
    return groups


GROUPS = by_input()


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_bad_inputs_are_refused_before_sending(group: str) -> None:
    failures = []
    for case in GROUPS[group]:
        recorder = Recorder(reply)
        error: BaseException | None = None
        with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
            try:
                call(client, case.operation, case.arguments)
            except Exception as caught:  # noqa: BLE001 - what was raised is the point
                error = caught
        failures.append(problem(case, error, recorder))
    found = [f for f in failures if f]
    assert not found, f"{len(found)} of {len(failures)} bad inputs mishandled:\n" + "\n".join(found)


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_bad_inputs_are_refused_before_sending_async(group: str) -> None:
    async def main() -> list[str | None]:
        results = []
        for case in GROUPS[group]:
            recorder = Recorder(reply)
            error: BaseException | None = None
            async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=recorder.asynchronous()) as client:
                try:
                    await call(client, case.operation, case.arguments)
                except Exception as caught:  # noqa: BLE001 - what was raised is the point
                    error = caught
            results.append(problem(case, error, recorder))
        return results

    failures = asyncio.run(main())
    found = [f for f in failures if f]
    assert not found, f"{len(found)} of {len(failures)} bad inputs mishandled:\n" + "\n".join(found)


def test_every_input_of_every_operation_gets_bad_inputs() -> None:
    covered = {(case.operation.operation_id, case.parameter.split("[")[0].split(".")[0]) for case in CASES}
    expected = {(op.operation_id, p.name) for op in OPERATIONS for p in op.params}
    assert covered == expected
    # every field of an object input, and every field of the items of a list it holds
    labels = {(case.operation.operation_id, case.parameter) for case in CASES}
    for op in OPERATIONS:
        for p in op.params:
            for f in p.fields or ():
                assert (op.operation_id, f"{p.name}.{f.name}") in labels, (op.operation_id, f.name)
                for i in f.items or ():
                    assert (op.operation_id, f"{p.name}.{f.name}[1].{i.name}") in labels, (op.operation_id, i.name)
    items = {case.parameter.split(".", 1)[1] for case in CASES if "]." in case.parameter}
    assert items >= {i.name for op in OPERATIONS for p in op.params for i in p.items or ()}
    symbol_ops = {op.operation_id for op in OPERATIONS for p in op.params if p.wire == "symbol"}
    tried = {c.operation.operation_id for c in CASES if c.parameter == "symbol" and c.shown == ascii("btc_usdt")}
    assert tried == symbol_ops


# -- named cases, spelled out -------------------------------------------------------------


@pytest.mark.parametrize(
    ("call_with", "parameter", "problem"),
    [
        (lambda c, v: c.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="5", client_order_id=v),
         "client_order_id", "must not contain '&'"),
        (lambda c, v: c.trade.get_order_by_client_order_id(client_order_id=v), "client_order_id",
         "must not contain '&'"),
    ],
)  # fmt: skip
def test_a_client_order_id_cannot_smuggle_another_parameter(call_with: Any, parameter: str, problem: str) -> None:
    """``abc&orderId=10000001`` would sign as clientOrderId=abc plus orderId=10000001."""
    recorder = Recorder(reply)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(InvalidParameterError) as caught:
            call_with(client, "abc&orderId=10000001")
    assert recorder.requests == []
    assert caught.value.parameter == parameter and problem in str(caught.value)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("btc_usdt", "must match"),
        ("BTC USDT", "must not contain ' '"),
        ("BTC_USDT&x=1", "must not contain '&'"),
        ("A" * 100_000, "at most 64 characters"),
        ("\ud800", "must not contain '\\ud800'"),
    ],
)
def test_odd_symbols_are_refused_on_every_operation_that_takes_one(value: str, problem: str) -> None:
    takers = [op for op in OPERATIONS if any(p.wire == "symbol" for p in op.params)]
    assert takers
    for operation in takers:
        recorder = Recorder(reply)
        with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
            with pytest.raises(InvalidParameterError) as caught:
                call(client, operation, {**valid_arguments(operation), "symbol": value})
        assert recorder.requests == [], operation.operation_id
        assert caught.value.parameter == "symbol" and problem in str(caught.value), operation.operation_id


def test_zero_is_refused_as_not_given() -> None:
    recorder = Recorder(reply)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(InvalidParameterError) as caught:
            client.trade.get_fills(symbol="BTC_USDT", start_time=0)
        assert str(caught.value).startswith(
            "start_time must not be 0: Pionex disregards zero-valued numbers, treating them as not given; "
            "to leave it out, omit the argument (or pass None)"
        )
        with pytest.raises(InvalidParameterError) as caught:
            client.trade.get_order(order_id=0)
        assert caught.value.parameter == "order_id" and "not given; it is required here" in str(caught.value)
        with pytest.raises(InvalidParameterError) as caught:
            client.market.get_klines(symbol="BTC_USDT", interval="1D", limit=0)
        assert caught.value.parameter == "limit" and "not given" in str(caught.value)
    assert recorder.requests == []


# -- what is accepted, and how it goes out ---------------------------------------------------


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        ("1.5", "1.5"),
        ("0.001", "0.001"),
        ("20000", "20000"),
        ("1.50", "1.50"),
        ("007.5", "7.5"),
        (Decimal("1E-8"), "0.00000001"),
        (Decimal("2E+3"), "2000"),
        (30000, "30000"),
        ("9" * 30 + "." + "9" * 15, "9" * 30 + "." + "9" * 15),  # the most digits either side (x-pionex-decimals)
    ],
)
def test_plain_decimals_are_sent(value: Any, wire: str) -> None:
    assert to_decimal_string(value, "price") == wire
    recorder = Recorder(reply)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        client.trade.new_mass_order(
            symbol="BTC_USDT", orders=[{"side": "BUY", "type": "LIMIT", "size": value, "price": value}]
        )
    (request,) = recorder.requests
    assert json.loads(request.content)["orders"] == [{"side": "BUY", "type": "LIMIT", "size": wire, "price": wire}]


def test_inputs_at_their_limits_are_sent() -> None:
    recorder = Recorder(reply)
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        client.common.get_symbols(symbols="BTC_USDT,ETH_USDT_PERP,1000PEPE_USDT")
        client.market.get_tickers(symbol="BTC_USDT_PERP")
        client.market.get_klines(symbol="A" * 32 + "_" + "B" * 31, interval="1D", end_time=INT64_MAX)
        client.trade.get_fills(symbol="BTC_USDT", start_time=1, end_time=INT64_MAX)
        client.trade.get_fills_by_order_id(order_id=INT64_MAX, from_id=1)
        client.trade.get_order_by_client_order_id(client_order_id="A-z-0-" + "x" * 58)
        client.trade.new_order(symbol="BTC_USDT", side="BUY", type="MARKET", amount="25", client_order_id="9")
    sent = [dict(r.url.params) for r in recorder.requests]
    assert sent[0]["symbols"] == "BTC_USDT,ETH_USDT_PERP,1000PEPE_USDT"
    assert sent[2]["endTime"] == str(INT64_MAX) and len(sent[2]["symbol"]) == 64
    assert (sent[3]["startTime"], sent[3]["endTime"]) == ("1", str(INT64_MAX))
    assert (sent[4]["orderId"], sent[4]["fromId"]) == (str(INT64_MAX), "1")
    assert len(sent[5]["clientOrderId"]) == 64
    assert json.loads(recorder.requests[6].content)["clientOrderId"] == "9"


# -- the safety net holds whatever the spec says ------------------------------------------------


def lax_operation(kind: str = "string") -> Operation[None]:
    """An operation whose one input has no pattern, length or enum: what a careless spec gives."""
    return Operation(
        operation_id="lax", name="lax", tag="test", method="GET", path="/lax", weight=1, permission=None,
        params=(Param("note", "note", "query", True, kind),), build=lambda a: {}, data_type=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    "value",
    ["a&b", "a=b", "a#b", "a%b", "a+b", "a b", "a\tb", "a\nb", "a\rb", "a\x00b", "a\x1bb", "a\x7fb",
     "a\u00a0b", "a\u2003b", "caf\u00e9", "\u0661", "\ufeffa", "a\ud800", "\udc00", "\U0001f600"],
)  # fmt: skip
def test_unsafe_characters_are_refused_even_without_a_pattern(value: str) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        normalize(lax_operation(), {"note": value})
    assert caught.value.parameter == "note" and "must not contain" in str(caught.value)
    with pytest.raises(InvalidParameterError) as caught:
        normalize(lax_operation("array"), {"note": ["ok", value]})
    assert caught.value.parameter == "note[1]"


def test_printable_ascii_passes_when_the_spec_sets_no_pattern() -> None:
    text = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in "&=#%+")
    assert normalize(lax_operation(), {"note": text}) == {"note": text}


def test_zero_is_refused_for_any_number_even_without_a_range() -> None:
    with pytest.raises(InvalidParameterError, match="not given"):
        normalize(lax_operation("integer"), {"note": 0})
    assert normalize(lax_operation("integer"), {"note": -5}) == {"note": -5}
    with pytest.raises(InvalidParameterError, match="is required"):
        normalize(lax_operation("integer"), {"note": None})
    assert normalize(lax_operation("integer"), {"note": 7}) == {"note": 7}


# -- the spec gives every input a rule ------------------------------------------------------------


def spec_inputs() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(operationId, input name, resolved schema) of every query parameter and body field, nested too."""
    for item in SPEC["paths"].values():
        for op in item.values():
            for param in op.get("parameters", []):
                yield op["operationId"], param["name"], resolve(param["schema"])
            body = op.get("requestBody")
            if body is None:
                continue
            pending = [("", resolve(body["content"]["application/json"]["schema"]))]
            while pending:
                prefix, schema = pending.pop()
                for name, prop in schema.get("properties", {}).items():
                    prop = resolve(prop)
                    if prop.get("type") == "array" and resolve(prop["items"]).get("type") == "object":
                        pending.append((f"{prefix}{name}[].", resolve(prop["items"])))
                    elif prop.get("type") == "array":  # a list of plain values: its items' own rules
                        yield op["operationId"], f"{prefix}{name}[]", resolve(prop["items"])
                    if prop.get("type") == "object":  # a nested object (a bot's buOrderData): its fields
                        pending.append((f"{prefix}{name}.", prop))
                    yield op["operationId"], prefix + name, prop


def test_every_string_input_has_a_rule() -> None:
    """A string input is an enum or has an anchored pattern and a maximum length: a spec cannot forget one."""
    inputs = list(spec_inputs())
    strings = [(op, name, s) for op, name, s in inputs if s.get("type") == "string"]
    assert strings
    for op, name, schema in strings:
        if "enum" in schema:
            assert all(isinstance(v, str) and v for v in schema["enum"]), (op, name)
            continue
        pattern = schema.get("pattern")
        assert pattern, f"{op}.{name} has no pattern"
        assert pattern.startswith("^") and pattern.endswith("$"), f"{op}.{name}: anchor the pattern"
        re.compile(pattern)
        assert isinstance(schema.get("maxLength"), int), f"{op}.{name} has no maxLength"
        assert schema.get("minLength", 0) >= 1, f"{op}.{name}: an empty string is never meaningful"


def test_every_integer_input_has_a_range_within_int64() -> None:
    integers = [(op, name, s) for op, name, s in spec_inputs() if s.get("type") == "integer"]
    assert integers
    for op, name, schema in integers:
        assert 1 <= schema.get("minimum", 0) <= schema.get("maximum", 2**64) <= INT64_MAX, f"{op}.{name}"


def test_ids_and_times_are_positive_int64() -> None:
    named = {"orderId", "fromId", "startTime", "endTime"}
    seen = set()
    for op, name, schema in spec_inputs():
        if name.split(".")[-1] in named:
            if op == "partnerGetUserTradingVolume":  # Pionex's partner file takes whole days, YYYY-MM-DD
                assert schema["type"] == "string" and schema["pattern"] == "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                continue
            seen.add(name)
            assert (schema["minimum"], schema["maximum"]) == (1, INT64_MAX), f"{op}.{name}"
    assert seen == named


def test_the_operation_table_carries_the_spec_constraints() -> None:
    """build_facade's param_literal follows $refs and keeps every constraint (min_length included)."""
    by_operation: dict[str, dict[str, dict[str, Any]]] = {}
    for op, name, schema in spec_inputs():
        by_operation.setdefault(op, {})[name.replace("[].", ".")] = schema
    keys = {
        "minimum": "minimum", "maximum": "maximum", "min_length": "minLength", "max_length": "maxLength",
        "pattern": "pattern", "min_items": "minItems", "max_items": "maxItems", "decimals": "x-pionex-decimals",
    }  # fmt: skip
    compared = 0
    for operation in OPERATIONS:
        schemas = by_operation.get(operation.operation_id, {})
        params = [(p.wire, p) for p in operation.params]
        params += [(f"{p.wire}.{i.wire}", i) for p in operation.params for i in p.items or ()]
        params += [(f"{p.wire}[]", p.item) for p in operation.params if p.item is not None]
        fields = [(f"{p.wire}.{f.wire}", f) for p in operation.params for f in p.fields or ()]
        fields += [(f"{wire}.{i.wire}", i) for wire, f in fields for i in f.items or ()]
        params += fields
        for wire, param in params:
            schema = schemas[wire]
            for attr, key in keys.items():
                assert getattr(param, attr) == schema.get(key), f"{operation.operation_id}.{wire}.{attr}"
                compared += 1
    assert compared


@pytest.mark.parametrize(
    "text", ["My TradingView Signal", "a&b=c #1 100% + more", "caf\u00e9 \u7f51\u683c", "\U0001f600"]
)
def test_free_text_in_a_body_goes_out_as_given_and_is_signed_as_sent(text: str) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"result": True, "data": {"signalType": "s1"}, "timestamp": 1})

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(answer), max_retries=0) as client:
        client.bot.signals.create(title=text, description=text)
    body = json.loads(sent[0].content)
    assert body == {"title": text, "description": text}
    assert sent[0].url.params.keys() == {"timestamp"}  # nothing of the text reached the query


@pytest.mark.parametrize("text", ["a\nb", "a\x00b", "a\x7fb", "a\ud800"])
def test_free_text_in_a_body_still_refuses_what_has_no_written_form(text: str) -> None:
    with Pionex(
        FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(lambda r: pytest.fail("sent")), max_retries=0
    ) as client:
        with pytest.raises(InvalidParameterError) as caught:
            client.bot.signals.create(title=text, description="ok")
    assert caught.value.parameter == "title" and "must not contain" in str(caught.value)
