"""Reading a bot operation's body: the JSON object (numbers kept exact) and its fields, for every bot.

One reader serves the grids, smart copy and the signals.  Every numeric field may be a JSON number
(``100``, ``0.5``) or a decimal string (``"100"``, ``"-0.1"``), at most 20 digits either side of the
point; a JSON number is read as its digits (never through a float), a JSON integer too long for
64 bits as just past that range.  As Pionex documents, a JSON number 0 counts as
not given.  A field of the wrong kind, or a required one missing, is refused
(``TRADE_PARAMETER_ERROR``) with a message naming the field by its path
(``bu_order_data.portfolio[0].leverage``); where Pionex publishes the exact message
(``checkParams``), the caller gives Pionex's.

The grids read *leniently* (:func:`grid_fields`, and the functions below that take a plain mapping):
there an empty string also counts as not given in a text, choice or number field, and so does a
zero written as a string (``"0"``).  The copy operations read strictly: ``""`` is not a value where
one is needed, and ``"0"`` is a value (a push's ``contracts`` may be ``"0"``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Literal

from ..errors import ApiError, parameter_error
from ..http.params import parse_integer

Fields = Mapping[str, object]

_NUMBER = re.compile(r"-?[0-9]{1,20}(\.[0-9]{1,20})?")
_WHOLE = re.compile(r"[0-9]{1,19}")

Sign = Literal["any", "not negative", "positive"]


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
        value = json.loads(raw, parse_float=Decimal, parse_int=parse_integer)
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, dict):
        raise bad("the request body must be a JSON object")
    return value


def _zero_number(value: object) -> bool:
    return isinstance(value, int | Decimal) and not isinstance(value, bool) and value == 0


class Reader:
    """Reads the fields of one JSON object of a body; ``where`` is its path, for messages.

    ``lenient``: an empty string, and a zero written as a string, count as not given (the grids'
    reading, see the module docstring).  ``message``, where a method takes one, replaces every
    refusal message of that field.
    """

    def __init__(self, fields: Fields, where: str = "", *, lenient: bool = False) -> None:
        self.fields = fields
        self.where = where
        self.lenient = lenient

    def name(self, field: str) -> str:
        return f"{self.where}.{field}" if self.where else field

    def _unset(self, value: object) -> bool:
        return value is None or _zero_number(value) or (self.lenient and value == "")

    def _missing(self, field: str, required: bool, message: str | None, *, zero: bool = False) -> None:
        """A field not given (``zero``: given as 0): refused when ``required``, else nothing happens."""
        if required:
            raise bad(message or f"{self.name(field)} is required" + (" (0 counts as not given)" if zero else ""))

    def text(
        self,
        field: str,
        *,
        required: bool = False,
        empty: bool = False,
        maximum: int | None = None,
        ascii_only: bool = False,
    ) -> str | None:
        """A string; ``empty``: ``""`` is a value too."""
        value = self.fields.get(field)
        if value is None or (value == "" and self.lenient and not empty):
            self._missing(field, required, None)
            return None
        if not isinstance(value, str) or (not value and not empty):
            raise bad(f"{self.name(field)} must be a {'' if empty else 'non-empty '}string")
        if maximum is not None and len(value) > maximum:
            raise bad(f"{self.name(field)} must be at most {maximum} characters")
        if ascii_only and not value.isascii():
            raise bad(f"{self.name(field)} must be ASCII")
        return value

    def choice(
        self,
        field: str,
        choices: Sequence[str],
        *,
        required: bool = False,
        default: str | None = None,
        message: str | None = None,
    ) -> str | None:
        """A string that must be one of ``choices`` (not given: ``default``)."""
        value = self.fields.get(field)
        if value is None or (self.lenient and value == ""):
            self._missing(field, required, message)
            return default
        if value not in choices:
            raise bad(message or f"{self.name(field)} must be one of {', '.join(choices)}")
        assert isinstance(value, str)
        return value

    def number(
        self, field: str, *, required: bool = False, sign: Sign = "any", message: str | None = None
    ) -> Decimal | None:
        """A number given as a JSON number or a decimal string, of ``sign``; None when not given."""
        value = self.fields.get(field)
        if self._unset(value):
            self._missing(field, required, message, zero=_zero_number(value))
            return None
        text = None
        if isinstance(value, str):
            text = value
        elif isinstance(value, Decimal):
            text = f"{value:f}"
        elif isinstance(value, int) and not isinstance(value, bool):
            text = str(value)
        if text is None or _NUMBER.fullmatch(text) is None:
            raise bad(
                message
                or f'{self.name(field)} must be a number (a JSON number or a decimal string such as "1.5", '
                "at most 20 digits either side of the point)"
            )
        number = Decimal(text)
        if self.lenient and number == 0:
            self._missing(field, required, message, zero=True)
            return None
        if sign == "positive" and number <= 0:
            raise bad(message or f"{self.name(field)} must be greater than zero")
        if sign == "not negative" and number.is_signed():
            raise bad(message or f"{self.name(field)} must not be negative")
        return number

    def integer(
        self,
        field: str,
        *,
        required: bool = False,
        minimum: int = 1,
        maximum: int = 2**63 - 1,
        message: str | None = None,
    ) -> int | None:
        """A whole number given as a JSON integer or a string of digits, from ``minimum`` to ``maximum``."""
        raw = self.fields.get(field)
        value = int(raw) if isinstance(raw, str) and _WHOLE.fullmatch(raw) else raw
        if self._unset(raw) or (self.lenient and _zero_number(value)):
            self._missing(field, required, message, zero=_zero_number(value))
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad(message or f"{self.name(field)} must be a whole number")
        if not minimum <= value <= maximum:
            raise bad(message or f"{self.name(field)} must be a whole number from {minimum} to {maximum}")
        return value

    def boolean(self, field: str) -> bool:
        """``true`` or ``false`` (not given: false)."""
        value = self.fields.get(field)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise bad(f"{self.name(field)} must be true or false")
        return value

    def object(self, field: str) -> Reader:
        value = self.fields.get(field)
        if not isinstance(value, dict):
            raise bad(f"{self.name(field)} is required and must be a JSON object")
        return Reader(value, self.name(field), lenient=self.lenient)

    def objects(self, field: str) -> list[Reader]:
        value = self.fields.get(field)
        if not isinstance(value, list) or not value:
            raise bad(f"{self.name(field)} must be a list of at least one object")
        readers = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise bad(f"{self.name(field)}[{index}] must be a JSON object")
            readers.append(Reader(item, f"{self.name(field)}[{index}]", lenient=self.lenient))
        return readers


# -- the grids' reading of a plain mapping --------------------------------------------------------


def grid_fields(fields: Fields) -> Reader:
    """``fields`` read as the grids read them (leniently)."""
    return Reader(fields, lenient=True)


def sub_object(fields: Fields, name: str) -> Fields:
    return grid_fields(fields).object(name).fields


def number(fields: Fields, name: str, *, message: str | None = None) -> Decimal | None:
    """A number of either sign; None when not given, empty or 0."""
    return grid_fields(fields).number(name, message=message)


def positive(fields: Fields, name: str, *, required: bool = False, message: str | None = None) -> Decimal | None:
    """A number greater than zero (not given, empty or 0: None, or refused when ``required``)."""
    return grid_fields(fields).number(name, required=required, sign="positive", message=message)


def text(fields: Fields, name: str) -> str | None:
    return grid_fields(fields).text(name)


def choice(
    fields: Fields, name: str, choices: Sequence[str], *, default: str | None = None, message: str | None = None
) -> str | None:
    return grid_fields(fields).choice(name, choices, default=default, message=message)


def flag(fields: Fields, name: str) -> bool:
    return grid_fields(fields).boolean(name)


def decimals(value: Decimal) -> int:
    """How many decimal places ``value`` is written with (``1.50`` has 2)."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)
