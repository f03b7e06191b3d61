"""Reading a bot operation's inputs: the JSON body (numbers kept exact) and its fields.

The bot operations are tolerant of how a number is written: every numeric field may be a JSON
number (``100``, ``0.5``) or a decimal string (``"100"``, ``"-0.1"``), and JSON numbers are read
digit for digit (never through a float).  As Pionex documents, a numeric field whose value is 0
counts as not given.  A field of the wrong kind is refused with a message naming it
(``TRADE_PARAMETER_ERROR``); where Pionex publishes the exact message (``checkParams``), the
message is Pionex's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation

from ..errors import ApiError, parameter_error

Fields = Mapping[str, object]

_NUMBER = re.compile(r"-?[0-9]{1,20}(\.[0-9]{1,20})?")


def bad(message: str) -> ApiError:
    """A refused input (``TRADE_PARAMETER_ERROR``, HTTP 400)."""
    return parameter_error("TRADE", message)


def denied(message: str) -> ApiError:
    """A refused operation (``TRADE_OPERATION_DENIED``, HTTP 400)."""
    return ApiError(400, "TRADE_OPERATION_DENIED", message)


def not_found(bu_order_id: str, what: str) -> ApiError:
    return ApiError(400, "TRADE_ORDER_NOT_FOUND", f"no {what} with buOrderId {bu_order_id!r} in this account")


def body_of(raw: bytes) -> dict[str, object]:
    """The request body as a JSON object, its numbers exact (``Decimal`` for fractions)."""
    try:
        value = json.loads(raw, parse_float=Decimal)
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, dict):
        raise bad("the request body must be a JSON object")
    return value


def sub_object(fields: Fields, name: str) -> dict[str, object]:
    value = fields.get(name)
    if not isinstance(value, dict):
        raise bad(f"{name} is required (a JSON object)")
    return value


def number(fields: Fields, name: str, *, message: str | None = None) -> Decimal | None:
    """A number written as a JSON number or a decimal string; None when absent, empty or 0."""
    if name not in fields or fields[name] is None or fields[name] == "":
        return None
    raw = fields[name]
    value: Decimal | None = None
    if isinstance(raw, bool):
        value = None
    elif isinstance(raw, int | Decimal):
        value = Decimal(raw)
    elif isinstance(raw, str) and _NUMBER.fullmatch(raw) is not None:
        try:
            value = Decimal(raw)
        except InvalidOperation:  # pragma: no cover - the pattern only passes numbers
            value = None
    if value is None or not value.is_finite():
        raise bad(message or f'{name} must be a number (a JSON number or a decimal string such as "1.5")')
    return None if value == 0 else value


def positive(fields: Fields, name: str, *, required: bool = False, message: str | None = None) -> Decimal | None:
    """A number greater than zero (absent or 0: None, or refused when ``required``)."""
    value = number(fields, name, message=message)
    if value is None:
        if required:
            raise bad(message or f"{name} is required and must be greater than zero")
        return None
    if value < 0:
        raise bad(message or f"{name} must be greater than zero")
    return value


def whole(fields: Fields, name: str, *, required: bool = False, message: str | None = None) -> int | None:
    """A whole number (a JSON integer or a string of digits); absent or 0: None."""
    value = number(fields, name, message=message or f"{name} must be a whole number")
    if value is None:
        if required:
            raise bad(message or f"{name} is required")
        return None
    if value != value.to_integral_value():
        raise bad(message or f"{name} must be a whole number")
    return int(value)


def text(fields: Fields, name: str, *, required: bool = False) -> str | None:
    """A non-empty string field (absent or empty: None, or refused when ``required``)."""
    value = fields.get(name)
    if value is None or value == "":
        if required:
            raise bad(f"{name} is required")
        return None
    if not isinstance(value, str):
        raise bad(f"{name} must be a string")
    return value


def choice(
    fields: Fields, name: str, choices: Sequence[str], *, default: str | None = None, message: str | None = None
) -> str | None:
    """A string field that must be one of ``choices`` (absent: ``default``)."""
    value = fields.get(name)
    if value is None or value == "":
        return default
    if value not in choices:
        raise bad(message or f"{name} must be one of {', '.join(choices)}")
    assert isinstance(value, str)
    return value


def flag(fields: Fields, name: str, *, default: bool = False) -> bool:
    value = fields.get(name, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise bad(f"{name} must be true or false")
    return value


def decimals(value: Decimal) -> int:
    """How many decimal places ``value`` is written with (``1.50`` has 2)."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)
