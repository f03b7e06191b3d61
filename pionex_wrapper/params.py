"""Checking and normalising arguments before a request is built.

The rules come from the spec through ``pionex_client.facade`` (types, enums, ranges of
integers and decimals, lengths, patterns, list sizes, a decimal's most decimal places
``x-pionex-decimals``, the market a pair must belong to ``x-pionex-market``, the conditional
``x-pionex-requires`` rules, on the operation and on the objects it takes, and the rules between
inputs ``x-pionex-relations``): nothing
here is written for one endpoint.  Two rules hold whatever the spec says, because they
follow from how Pionex reads a request:

* a string may hold only printable ASCII other than ``& = # % +``: Pionex signs the
  decoded ``key=value`` pairs joined by ``&``, so those characters (and spaces, control
  characters, anything outside ASCII) could make the signed request mean something else;
* a number may not be 0: Pionex disregards zero-valued numbers, treating them as not given.

Every refusal is an :class:`InvalidParameterError` that names the argument, raised before
anything is sent.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from pionex_client import UNSET  # the same object as pionex_client.types.UNSET, without attrs
from pionex_client.facade import MARKETS

from .errors import InvalidParameterError
from .operation import JsonNumber, Operation, Param, Relation, Requirement

MAX_DIGITS = 30
"""No amount on Pionex needs more digits than this on either side of the decimal point."""

PLAIN_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")
"""The only form a decimal string is taken in: ASCII digits, optionally a point and more digits."""

SIGNED_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
"""The form of a decimal string where a negative value is allowed: the same, after an optional ``-``."""

UNSAFE = re.compile(r"[^\x21-\x7e]|[&=#%+]")
"""A character no string argument may hold: outside printable ASCII, or one of ``& = # % +``."""

UNSAFE_IN_BODY = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
"""A character no string of a JSON body may hold: a control character or a lone surrogate.

A body is signed exactly as sent, so spaces, ``& = # % +`` and text beyond ASCII (sent as UTF-8)
are unambiguous there; only what has no single written form, or none at all, is refused."""

_SHOWN = 40

_EPOCH = datetime(1970, 1, 1)


def _show(value: str) -> str:
    """A value as quoted ASCII for a message, shortened if long."""
    if len(value) > _SHOWN:
        return f"{ascii(value[:_SHOWN])[:-1]}...' ({len(value)} characters)"
    return ascii(value)


def refuse_unsafe_characters(value: str, name: str = "value") -> None:
    """Refuses a string that could change the meaning of a signed request.

    Pionex signs the decoded query as ``key=value`` pairs joined by ``&``: a value holding
    ``&`` or ``=`` would sign as other parameters, ``#``, ``%`` and ``+`` are read as URL
    syntax, and whitespace, control characters and non-ASCII text (lone surrogates
    included) have no single agreed form on the wire.
    """
    found = UNSAFE.search(value)
    if found is not None:
        char = found.group()
        raise InvalidParameterError(
            name,
            f"must not contain {char!a} (at position {found.start()}): only printable ASCII other than "
            "& = # % + can be sent and signed unambiguously",
        )


def refuse_unsafe_body_text(value: str, name: str = "value") -> None:
    """Refuses a string of a JSON body holding a control character or a lone surrogate (see
    :data:`UNSAFE_IN_BODY`); a query value keeps to :func:`refuse_unsafe_characters`."""
    found = UNSAFE_IN_BODY.search(value)
    if found is not None:
        raise InvalidParameterError(
            name,
            f"must not contain {found.group()!a} (at position {found.start()}): a body's text may not hold "
            "control characters or lone surrogates",
        )


def to_decimal_string(value: object, name: str = "value", *, signed: bool = False) -> str:
    """An exact, positive amount as a plain decimal string (``Decimal("1E-8")`` -> ``"0.00000001"``).

    Accepts ``Decimal``, ``int`` and strings in plain decimal notation (``"20000"``,
    ``"0.001"``: ASCII digits, optionally a point followed by digits).  Refuses floats (they
    are inexact), booleans, NaN, infinities, zero, negative numbers, and strings in any other
    form (spaces, signs, exponents, underscores, ``.5``, ``5.``, non-ASCII digits), which
    ``Decimal()`` would otherwise read silently.

    ``signed``: a negative amount is taken too (``"-0.1"``, ``Decimal("-0.1")``; a string may start
    with ``-``, nothing else changes); zero is still refused, as Pionex reads it as "not given".
    """
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        hint = " (floats are inexact: pass a str or Decimal)" if isinstance(value, float) else ""
        raise InvalidParameterError(name, f"must be a Decimal, int or decimal string, not {type(value).__name__}{hint}")
    if isinstance(value, str):
        if (SIGNED_DECIMAL if signed else PLAIN_DECIMAL).fullmatch(value) is None:
            form = (
                "optionally a leading -, then ASCII digits, optionally a point and more digits; no spaces, "
                "exponents or separators"
                if signed
                else "ASCII digits, optionally a point and more digits; no spaces, signs, exponents or separators"
            )
            example = "-0.1 or 20000" if signed else "20000 or 0.001"
            raise InvalidParameterError(
                name, f"must be a decimal number in plain notation such as {example} ({form}), got {_show(value)}"
            )
        number = Decimal(value)  # only ASCII digits, one point and a sign: always a finite Decimal
    else:
        number = Decimal(value)
    if not number.is_finite():
        raise InvalidParameterError(name, f"must be a finite number, got {value!r}")
    if signed and number == 0:
        raise InvalidParameterError(
            name, f"must not be 0: Pionex disregards zero-valued numbers, treating them as not given; got {value!r}"
        )
    if number <= 0 and not signed:
        raise InvalidParameterError(name, f"must be greater than zero, got {value!r}")
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)  # finite numbers have an int exponent
    if number.adjusted() >= MAX_DIGITS or -exponent > MAX_DIGITS:
        raise InvalidParameterError(name, f"has more than {MAX_DIGITS} digits before or after the decimal point")
    return format(number, "f")


def to_milliseconds(value: object, name: str = "value") -> object:
    """A moment as milliseconds since the Unix epoch: an ``int`` is taken as it is (it is checked as
    any integer input next), a timezone-aware ``datetime`` is converted exactly (microseconds are
    rounded down to the millisecond).  A naive ``datetime`` is refused: whether it meant UTC or the
    machine's local time cannot be told, and guessing would shift a time window by hours."""
    if not isinstance(value, datetime):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidParameterError(
                name, f"must be an int (milliseconds) or a timezone-aware datetime, not {type(value).__name__}"
            )
        return value
    offset = value.utcoffset()
    if offset is None:
        raise InvalidParameterError(
            name,
            f"must be a timezone-aware datetime, got the naive {value.isoformat()}: say which zone it is in, "
            "e.g. datetime(..., tzinfo=timezone.utc)",
        )
    return ((value - offset).replace(tzinfo=None) - _EPOCH) // timedelta(milliseconds=1)


def _check_text(param: Param, value: str, label: str) -> None:
    """The spec's length and pattern rules for a string as it goes out."""
    if param.min_length is not None and len(value) < param.min_length:
        raise InvalidParameterError(label, f"must be at least {param.min_length} characters, got {len(value)}")
    if param.max_length is not None and len(value) > param.max_length:
        raise InvalidParameterError(label, f"must be at most {param.max_length} characters, got {len(value)}")
    if param.pattern is not None and re.fullmatch(param.pattern, value) is None:
        raise InvalidParameterError(label, f"must match {param.pattern}; got {_show(value)}")


def _check_decimal(param: Param, wire: str, label: str) -> str:
    """The spec's decimal places and range for a decimal as it goes out (``wire``, from
    :func:`to_decimal_string`); zeros past the decimal places allowed are left out, since
    they change nothing."""
    places = param.decimals
    whole, _, fraction = wire.partition(".")
    if places is not None and len(fraction) > places:
        kept, dropped = fraction[:places], fraction[places:]
        if dropped.strip("0"):
            what = "must be a whole number" if places == 0 else f"may have at most {places} decimal places"
            given = len(fraction.rstrip("0"))
            raise InvalidParameterError(label, f"{what}; {_show(wire)} has {given} decimal place{'s' * (given != 1)}")
        wire = f"{whole}.{kept}" if kept else whole
    if param.minimum is not None or param.maximum is not None:
        number = Decimal(wire)
        if param.minimum is not None and number < param.minimum:
            raise InvalidParameterError(label, f"must be at least {param.minimum}, got {_show(wire)}")
        if param.maximum is not None and number > param.maximum:
            raise InvalidParameterError(label, f"must be at most {param.maximum}, got {_show(wire)}")
    return wire


def market_of(symbol: str) -> str | None:
    """The market (``SPOT``, ``PERP``: the spec's ``x-pionex-markets``) a symbol belongs to, or None."""
    return next((name for name, market in MARKETS.items() if re.search(market["pattern"], symbol)), None)


def _check_market(param: Param, value: str, label: str) -> None:
    """A pair of the market the spec says the input takes (``x-pionex-market``)."""
    wanted = MARKETS[param.market] if param.market is not None else None
    if wanted is None or re.search(wanted["pattern"], value):
        return
    found = market_of(value)
    what = f"is a {MARKETS[found]['label']} pair" if found is not None else f"is not a {wanted['label']} pair"
    raise InvalidParameterError(label, f"{_show(value)} {what}; only {wanted['label']} pairs are taken here")


def _check(param: Param, value: Any, label: str) -> Any:
    if value is UNSET or value is None:
        if param.required:
            raise InvalidParameterError(label, "is required")
        return UNSET
    kind = param.kind
    if kind == "decimal":
        wire = _check_decimal(param, to_decimal_string(value, label, signed=param.signed), label)
        _check_text(param, wire, label)
        return JsonNumber(wire) if param.json_number else wire
    if kind == "time":
        value = to_milliseconds(value, label)
        kind = "integer"
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidParameterError(label, f"must be an int, not {type(value).__name__}")
        if value == 0:
            how = "it is required here" if param.required else "to leave it out, omit the argument (or pass None)"
            raise InvalidParameterError(
                label, f"must not be 0: Pionex disregards zero-valued numbers, treating them as not given; {how}"
            )
        if param.minimum is not None and value < param.minimum:
            raise InvalidParameterError(label, f"must be at least {param.minimum}, got {value}")
        if param.maximum is not None and value > param.maximum:
            raise InvalidParameterError(label, f"must be at most {param.maximum}, got {value}")
        if param.enum is not None and value not in param.enum:
            raise InvalidParameterError(label, f"must be one of {', '.join(map(str, param.enum))}; got {value}")
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
        if param.location == "body" and param.pattern is not None and re.fullmatch(param.pattern, value):
            # Free text the spec admits spaces or & = # % + in (a signal's title, a bot's note): a
            # JSON body is signed exactly as sent, so only what has no written form is refused.
            refuse_unsafe_body_text(value, label)
        else:
            refuse_unsafe_characters(value, label)
        if param.enum is not None and value not in param.enum:
            raise InvalidParameterError(label, f"must be one of {', '.join(map(str, param.enum))}; got {_show(value)}")
        _check_text(param, value, label)
        _check_market(param, value, label)
        return value
    if kind == "array":
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
            raise InvalidParameterError(label, f"must be a list, not {type(value).__name__}")
        if param.min_items is not None and len(value) < param.min_items:
            raise InvalidParameterError(label, f"must hold at least {param.min_items} item(s), got {len(value)}")
        if param.max_items is not None and len(value) > param.max_items:
            raise InvalidParameterError(label, f"must hold at most {param.max_items} items, got {len(value)}")
        if param.item is not None:
            return [_check(param.item, item, f"{label}[{i}]") for i, item in enumerate(value)]
        if param.items is None:
            for i, item in enumerate(value):
                if isinstance(item, str):
                    refuse_unsafe_characters(item, f"{label}[{i}]")
            return list(value)
        return [_check_object(param.items, item, f"{label}[{i}]", param.requires) for i, item in enumerate(value)]
    if kind == "object" and param.fields is not None:
        return _check_object(param.fields, value, label, param.requires)
    return value


def _check_object(
    params: Sequence[Param], value: Any, label: str, requires: Sequence[Requirement] = ()
) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidParameterError(label, f"must be a dict, not {type(value).__name__}")
    known = {p.name for p in params}
    for key in value:
        if key not in known:
            raise InvalidParameterError(f"{label}.{key}", f"is not a known field; {_fields_hint(key, params)}")
    checked = {p.name: _check(p, value.get(p.name, UNSET), f"{label}.{p.name}") for p in params}
    _check_requirements(requires, checked, f"{label}.")
    return checked


_LISTED_FIELDS = 12
"""An unknown field's refusal lists the known ones when there are at most this many."""


def _fields_hint(key: object, params: Sequence[Param]) -> str:
    """What to write instead of an unknown field ``key``: its name here if ``key`` is a field's name on
    the wire (``quoteTotalInvestment``), else the known names, or the closest of them when an object
    has many (a bot's settings have dozens)."""
    by_wire = {p.wire: p.name for p in params}
    if isinstance(key, str) and key in by_wire:
        return f"its name here is {by_wire[key]}"
    names = sorted(p.name for p in params)
    if len(names) <= _LISTED_FIELDS:
        return f"expected one of {', '.join(names)}"
    close = difflib.get_close_matches(str(key)[:100], names, n=3)
    if close:
        return f"did you mean {' or '.join(close)}? (one of {len(names)} fields)"
    return f"expected one of {len(names)} fields, such as {', '.join(names[:6])}"


def _given(value: Any) -> bool:
    return value is not UNSET


def _check_requirements(requires: Sequence[Requirement], checked: Mapping[str, Any], prefix: str = "") -> None:
    """The ``x-pionex-requires`` rules over checked values; ``prefix`` names the object they are the
    fields of (``bu_order_data.``), so a refusal names the field by its whole path."""
    for rule in requires:
        if rule.applies(checked, _given):
            for name in rule.require:
                if checked.get(name, UNSET) is UNSET:
                    raise InvalidParameterError(prefix + name, f"is required when {rule.condition(prefix)}")
            for name in rule.forbid:
                if checked.get(name, UNSET) is not UNSET:
                    raise InvalidParameterError(prefix + name, f"must not be given when {rule.condition(prefix)}")


def normalize(operation: Operation[Any], arguments: Mapping[str, Any]) -> dict[str, Any]:
    """Checked arguments, money as plain decimal strings (a :class:`JsonNumber` where it is sent as a
    JSON number), absent values as ``UNSET``."""
    try:
        checked = {p.name: _check(p, arguments.get(p.name, UNSET), p.name) for p in operation.params}
        _check_requirements(operation.requires, checked)
        if operation.relations:
            by_name = {p.name: p for p in operation.params}
            for relation in operation.relations:
                _check_relation(relation, by_name, checked)
    except InvalidParameterError as error:
        error.method, error.path = operation.method, operation.path
        raise
    return checked


_LAST_MS = (datetime.max - _EPOCH) // timedelta(milliseconds=1)
"""The last millisecond a ``datetime`` can show (the end of year 9999)."""


def _shown_value(param: Param, value: Any) -> str:
    """A checked value for a message: a moment also in UTC, when a datetime can show it."""
    if param.kind == "time" and isinstance(value, int) and 0 < value <= _LAST_MS:
        moment = _EPOCH + timedelta(milliseconds=value)
        return f"{value} ({moment.isoformat(timespec='milliseconds')}Z)"
    return _show(value) if isinstance(value, str) else repr(value)


def _check_relation(relation: Relation, params: Mapping[str, Param], checked: Mapping[str, Any]) -> None:
    """One ``x-pionex-relations`` rule over checked values; skipped unless every input is given."""
    names = relation.inputs
    values = [checked.get(name, UNSET) for name in names]
    if any(value is UNSET for value in values):
        return
    if relation.must == "differ":
        if all(value == values[0] for value in values):
            shown = _shown_value(params[names[0]], values[0])
            raise InvalidParameterError(
                names[-1],
                f"must differ from {' and '.join(names[:-1])}: {'both' if len(names) == 2 else 'all'} are {shown}",
            )
        return
    numbers = [Decimal(value) if isinstance(value, str) else value for value in values]  # decimals go out as str
    for i in range(len(names) - 1):
        if numbers[i] > numbers[i + 1]:
            first, then = names[i], names[i + 1]
            raise InvalidParameterError(
                first,
                f"{_shown_value(params[first], values[i])} is after {then} "
                f"{_shown_value(params[then], values[i + 1])}: it must not be",
            )
