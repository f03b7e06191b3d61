"""The bots' one body reader: the grids' lenient reading and the copy operations' strict one."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from pionex_sandbox.bots.fields import Reader, body_of
from pionex_sandbox.errors import ApiError


def refusal(call: Callable[[], object]) -> str:
    with pytest.raises(ApiError) as error:
        call()
    assert error.value.code == "TRADE_PARAMETER_ERROR"
    return error.value.message


@pytest.mark.parametrize("lenient", [False, True])
def test_numbers_are_json_numbers_or_decimal_strings_read_digit_for_digit(lenient: bool) -> None:
    body = Reader(body_of(b'{"a": 0.10000000000000000001, "b": "-1.5", "c": 1E+2, "d": 0, "e": 0.0}'), lenient=lenient)
    assert body.number("a") == Decimal("0.10000000000000000001")
    assert str(body.number("b")) == "-1.5" and str(body.number("c")) == "100"
    assert body.number("d") is None and body.number("e") is None  # a JSON number 0 is not given
    assert refusal(lambda: body.number("d", required=True)) == "d is required (0 counts as not given)"
    assert refusal(lambda: body.number("missing", required=True)) == "missing is required"
    for raw in (b'{"x": 1e-21}', b'{"x": "1e5"}', b'{"x": true}', b'{"x": "' + b"1" * 21 + b'"}'):
        assert refusal(lambda raw=raw: Reader(body_of(raw), lenient=lenient).number("x")).startswith(
            "x must be a number"
        )
    assert refusal(lambda: body.number("b", sign="positive")) == "b must be greater than zero"
    assert refusal(lambda: body.number("b", sign="not negative")) == "b must not be negative"


def test_the_grids_take_an_empty_string_and_a_string_zero_as_not_given_the_copy_operations_do_not() -> None:
    fields = {"zero": "0", "empty": "", "count": "0"}
    grids, copy = Reader(fields, lenient=True), Reader(fields)
    assert grids.number("zero") is None and grids.number("empty") is None and grids.text("empty") is None
    assert grids.integer("count") is None and grids.choice("empty", ("a",), default="a") == "a"
    assert copy.number("zero", sign="not negative") == 0
    assert refusal(lambda: copy.number("zero", sign="positive")) == "zero must be greater than zero"
    assert refusal(lambda: copy.number("empty")).startswith("empty must be a number")
    assert refusal(lambda: copy.text("empty")) == "empty must be a non-empty string"
    assert copy.text("empty", empty=True) == ""
    assert refusal(lambda: copy.integer("count")) == "count must be a whole number from 1 to 9223372036854775807"


def test_refusals_name_the_field_by_its_path() -> None:
    body = Reader(body_of(b'{"data": {"items": [{"n": 5}, {"n": "2.0", "on": "yes"}]}}'))
    first, second = body.object("data").objects("items")
    assert first.integer("n", maximum=10) == 5
    assert refusal(lambda: second.integer("n")) == "data.items[1].n must be a whole number"
    assert refusal(lambda: second.boolean("on")) == "data.items[1].on must be true or false"
    assert refusal(lambda: second.choice("side", ("buy", "sell"), required=True)) == "data.items[1].side is required"
    assert refusal(lambda: body.object("other")) == "other is required and must be a JSON object"
    assert refusal(lambda: body_of(b"[1]")) == "the request body must be a JSON object"
    assert Reader(body_of(b'{"n": ' + b"9" * 30 + b"}")).integer("n", maximum=2**63) == 2**63  # past 64 bits
