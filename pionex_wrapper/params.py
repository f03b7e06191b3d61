"""Checking and normalising arguments before a request is built.

The rules come from the spec through ``pionex_client.facade`` (types, enums, ranges,
lengths, patterns, list sizes, and the conditional ``x-pionex-requires`` rules): nothing
here is written for one endpoint.  Every refusal is an :class:`InvalidParameterError`
that names the argument, raised before anything is sent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from pionex_client.types import UNSET

from .errors import InvalidParameterError
from .operation import Operation, Param

MAX_DIGITS = 30
"""No amount on Pionex needs more digits than this on either side of the decimal point."""


def to_decimal_string(value: object, name: str = "value") -> str:
    """An exact, positive amount as a plain decimal string (``Decimal("1E-8")`` -> ``"0.00000001"``).

    Accepts ``Decimal``, ``int`` and decimal strings; refuses floats (they are inexact),
    booleans, NaN, infinities, zero and negative numbers.
    """
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        hint = " (floats are inexact: pass a str or Decimal)" if isinstance(value, float) else ""
        raise InvalidParameterError(name, f"must be a Decimal, int or decimal string, not {type(value).__name__}{hint}")
    if isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise InvalidParameterError(name, f"must be a decimal number, got {value!r}") from None
    else:
        number = Decimal(value)
    if not number.is_finite():
        raise InvalidParameterError(name, f"must be a finite number, got {value!r}")
    if number <= 0:
        raise InvalidParameterError(name, f"must be greater than zero, got {value!r}")
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)  # finite numbers have an int exponent
    if number.adjusted() >= MAX_DIGITS or -exponent > MAX_DIGITS:
        raise InvalidParameterError(name, f"has more than {MAX_DIGITS} digits before or after the decimal point")
    return format(number, "f")


def _check(param: Param, value: Any, label: str) -> Any:
    if value is UNSET or value is None:
        if param.required:
            raise InvalidParameterError(label, "is required")
        return UNSET
    kind = param.kind
    if kind == "decimal":
        return to_decimal_string(value, label)
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidParameterError(label, f"must be an int, not {type(value).__name__}")
        if param.minimum is not None and value < param.minimum:
            raise InvalidParameterError(label, f"must be at least {param.minimum}, got {value}")
        if param.maximum is not None and value > param.maximum:
            raise InvalidParameterError(label, f"must be at most {param.maximum}, got {value}")
        return value
    if kind == "boolean":
        if not isinstance(value, bool):
            raise InvalidParameterError(label, f"must be True or False, not {type(value).__name__}")
        return value
    if kind == "string":
        if not isinstance(value, str):
            raise InvalidParameterError(label, f"must be a str, not {type(value).__name__}")
        if value == "":
            raise InvalidParameterError(label, "must not be empty")
        if param.enum is not None and value not in param.enum:
            raise InvalidParameterError(label, f"must be one of {', '.join(param.enum)}; got {value!r}")
        if param.max_length is not None and len(value) > param.max_length:
            raise InvalidParameterError(label, f"must be at most {param.max_length} characters, got {len(value)}")
        if param.pattern is not None and re.fullmatch(param.pattern, value) is None:
            raise InvalidParameterError(label, f"must match {param.pattern}; got {value!r}")
        return value
    if kind == "array":
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
            raise InvalidParameterError(label, f"must be a list, not {type(value).__name__}")
        if param.min_items is not None and len(value) < param.min_items:
            raise InvalidParameterError(label, f"must hold at least {param.min_items} item(s), got {len(value)}")
        if param.max_items is not None and len(value) > param.max_items:
            raise InvalidParameterError(label, f"must hold at most {param.max_items} items, got {len(value)}")
        if param.items is None:
            return list(value)
        return [_check_object(param.items, item, f"{label}[{i}]") for i, item in enumerate(value)]
    return value


def _check_object(params: Sequence[Param], value: Any, label: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidParameterError(label, f"must be a dict, not {type(value).__name__}")
    known = {p.name for p in params}
    for key in value:
        if key not in known:
            raise InvalidParameterError(
                f"{label}.{key}", f"is not a known field; expected one of {', '.join(sorted(known))}"
            )
    return {p.name: _check(p, value.get(p.name, UNSET), f"{label}.{p.name}") for p in params}


def normalize(operation: Operation[Any], arguments: Mapping[str, Any]) -> dict[str, Any]:
    """Checked arguments, money as plain decimal strings, absent values as ``UNSET``."""
    try:
        checked = {p.name: _check(p, arguments.get(p.name, UNSET), p.name) for p in operation.params}
        for rule in operation.requires:
            if all(checked.get(name) == wanted for name, wanted in rule.when):
                condition = " and ".join(f"{name}={wanted}" for name, wanted in rule.when)
                for name in rule.require:
                    if checked.get(name, UNSET) is UNSET:
                        raise InvalidParameterError(name, f"is required when {condition}")
                for name in rule.forbid:
                    if checked.get(name, UNSET) is not UNSET:
                        raise InvalidParameterError(name, f"must not be given when {condition}")
    except InvalidParameterError as error:
        error.method, error.path = operation.method, operation.path
        raise
    return checked
