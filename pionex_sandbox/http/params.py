"""Reading a request: its query parameters and JSON body, checked as they are read.

Parameters are checked strictly: a required one missing, an empty value, a value that is not
of the expected kind (whole number, enum member, decimal string), a number outside the
operation's range or outside 64 bits, or a parameter of the operation given twice is a
``..._PARAMETER_ERROR``.  Parameters the operation does not take are ignored, even when
repeated.  A numeric parameter whose value is 0 (``endTime=0``, ``fromId=0``, an ``orderId``
of 0 in a query or a JSON body) counts as not given, as Pionex documents: the default applies,
or a required one is reported missing; where Pionex documents a range that starts above 0
(every ``limit``), 0 is outside it and refused.  Prices, sizes and amounts are decimal
*strings* in Pionex's API, not numbers, so ``"0"`` there is still refused as not greater than
zero.  Market operations use the ``MARKET_`` codes, account and trade operations the
``TRADE_`` ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, TypeVar

from ..accounts import Account
from ..errors import ApiError, invalid_symbol, of_item, parameter_error
from ..symbols import SYMBOLS_BY_NAME, SymbolRules, SymbolType

if TYPE_CHECKING:
    from ..core.sandbox import Sandbox

T = TypeVar("T")
Family = Literal["MARKET", "TRADE"]
Data = dict[str, object] | None
"""What an operation answers: the envelope's ``data``, or None for no ``data``."""

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
CLIENT_ORDER_ID = re.compile(r"[a-zA-Z0-9-]{1,64}")
"""What Pionex accepts as a client order id."""

_INTEGER = re.compile(r"-?[0-9]+")
_DECIMAL = re.compile(r"[0-9]{1,20}(\.[0-9]{1,20})?")
_INT64_RANGE = f"a 64-bit integer, from {INT64_MIN} to {INT64_MAX}"
_EXAMPLES: dict[SymbolType | None, str] = {None: "BTC_USDT", "SPOT": "BTC_USDT", "PERP": "BTC_USDT_PERP"}


def in_int64(value: int) -> bool:
    """Whether ``value`` fits a signed 64-bit integer."""
    return INT64_MIN <= value <= INT64_MAX


def parse_integer(raw: str) -> int | None:
    """The whole number written in ``raw`` (an optional ``-`` and digits), or None.

    The digits are counted before anything is converted, so a number far outside the 64-bit
    range is not turned into a Python int at all (it is reported as out of range).
    """
    if _INTEGER.fullmatch(raw) is None:
        return None
    digits = raw.lstrip("-").lstrip("0")
    if len(digits) > 19:
        return INT64_MAX + 1
    return int(raw)


def _json_integer(text: str) -> int:
    """A JSON integer literal as an int; one with too many digits for 64 bits as just past the range."""
    value = parse_integer(text)
    assert value is not None, "json only passes integer literals"
    return value


def lookup_symbol(name: str, family: Family, kind: SymbolType | None = None) -> SymbolRules:
    """The pair called ``name`` (of ``kind`` when given), or the family's invalid-symbol error."""
    rules = SYMBOLS_BY_NAME.get(name)
    if rules is None or (kind is not None and rules.type != kind):
        raise invalid_symbol(family, name)
    return rules


def decimal_text(fields: Mapping[str, object], name: str, *, required: bool = False) -> Decimal | None:
    """A positive decimal number written as a JSON string (``"1.5"``), or None when absent."""
    if name not in fields:
        if required:
            raise parameter_error("TRADE", f"{name} is required")
        return None
    raw = fields[name]
    if not isinstance(raw, str) or _DECIMAL.fullmatch(raw) is None:
        raise parameter_error("TRADE", f'{name} must be a decimal number written as a JSON string, such as "1.5"')
    value = Decimal(raw)
    if value <= 0:
        raise parameter_error("TRADE", f"{name} must be greater than zero")
    return value


class Params:
    """The query parameters of one request, checked as they are read.

    A parameter the operation never reads is ignored, however often it is given; one it
    reads must be given at most once.  A numeric parameter whose value is 0 counts as not
    given, as Pionex documents, except where Pionex documents a range that starts above 0
    (every ``limit``): there 0 is below the minimum and refused like any other value outside it.
    """

    def __init__(self, pairs: Iterable[tuple[str, str]], family: Family, skip: frozenset[str]) -> None:
        self.family = family
        self.values: dict[str, list[str]] = {}
        for name, value in pairs:
            if name not in skip:
                self.values.setdefault(name, []).append(value)

    def error(self, message: str) -> ApiError:
        return parameter_error(self.family, message)

    def raw(self, name: str) -> str | None:
        """The value given for ``name`` (None when absent); refused when given more than once."""
        given = self.values.get(name)
        if given is None:
            return None
        if len(given) > 1:
            raise self.error(f"{name} is given more than once")
        return given[0]

    def text(self, name: str, *, required: bool = False) -> str | None:
        value = self.raw(name)
        if value is None:
            if required:
                raise self.error(f"{name} is required")
            return None
        if value == "":
            raise self.error(f"{name} must not be empty")
        return value

    def integer(
        self,
        name: str,
        *,
        required: bool = False,
        default: int | None = None,
        minimum: int | None = None,
        maximum: int | None = None,
        code: str | None = None,
    ) -> int | None:
        raw = self.raw(name)
        error_code = code or f"{self.family}_PARAMETER_ERROR"
        value = None
        if raw is not None:
            value = parse_integer(raw)
            if value is None:
                raise ApiError(400, error_code, f"{name} must be a whole number")
            if not in_int64(value):
                raise ApiError(400, error_code, f"{name} must be {_INT64_RANGE}")
        if value is None or (value == 0 and (minimum is None or minimum <= 0)):
            # absent, or 0, which Pionex disregards unless its documented range starts above 0
            if required:
                raise self.error(f"{name} is required" + ("" if raw is None else " (0 counts as not given)"))
            return default
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            if minimum is not None and maximum is not None:
                bounds = f"between {minimum} and {maximum}"
            else:
                bounds = f"at least {minimum}" if minimum is not None else f"at most {maximum}"
            raise ApiError(400, error_code, f"{name} must be {bounds}")
        return value

    def whole(
        self, name: str, *, default: int | None = None, minimum: int | None = None, maximum: int | None = None
    ) -> int:
        """A whole number that is required unless it has a default."""
        value = self.integer(name, required=default is None, default=default, minimum=minimum, maximum=maximum)
        assert value is not None
        return value

    def choice(self, name: str, choices: Sequence[str], default: str) -> str:
        raw = self.text(name)
        if raw is None:
            return default
        if raw not in choices:
            raise self.error(f"{name} must be one of {', '.join(choices)}")
        return raw

    def time_range(self) -> tuple[int | None, int | None]:
        """``startTime`` and ``endTime``, which must not be the wrong way round."""
        start = self.integer("startTime", minimum=0)
        end = self.integer("endTime", minimum=0)
        if start is not None and end is not None and start > end:
            raise self.error("startTime must not be after endTime")
        return start, end

    def symbol(self, kind: SymbolType | None = None, *, required: bool = True) -> SymbolRules | None:
        """The pair named by ``symbol`` (of ``kind`` when given)."""
        raw = self.text("symbol", required=required)
        if raw is None:
            return None
        return lookup_symbol(raw, self.family, kind)

    def pair(self, kind: SymbolType | None = None) -> SymbolRules:
        """The pair named by the required ``symbol`` (of ``kind`` when given)."""
        rules = self.symbol(kind)
        assert rules is not None
        return rules


@dataclass
class Call:
    """What an operation handler gets: the sandbox, the caller and the request's inputs."""

    sandbox: Sandbox
    account: Account | None
    params: Params
    body: bytes
    now: int

    @property
    def trader(self) -> Account:
        assert self.account is not None, "private operations always have an account"
        return self.account

    def body_object(self) -> dict[str, object]:
        try:
            value = json.loads(self.body, parse_int=_json_integer)
        except (ValueError, RecursionError):
            value = None
        if not isinstance(value, dict):
            raise parameter_error("TRADE", "the request body must be a JSON object")
        return value

    @staticmethod
    def body_integer(fields: dict[str, object], name: str, *, required: bool = False) -> int | None:
        """A JSON integer field of the body: 64-bit, and 0 counts as not given."""
        value = None
        if name in fields:
            given = fields[name]
            if not isinstance(given, int) or isinstance(given, bool):
                raise parameter_error("TRADE", f"{name} must be a JSON integer")
            if not in_int64(given):
                raise parameter_error("TRADE", f"{name} must be {_INT64_RANGE}")
            value = given
        if not value:  # absent, or 0, which Pionex disregards
            if required:
                suffix = " (0 counts as not given)" if name in fields else ""
                raise parameter_error("TRADE", f"{name} is required and must be a JSON integer{suffix}")
            return None
        return value

    @staticmethod
    def body_symbol(fields: dict[str, object], kind: SymbolType) -> SymbolRules:
        """The pair named by the body's required ``symbol``, which must be of ``kind``."""
        raw = fields.get("symbol")
        if not isinstance(raw, str) or not raw:
            raise parameter_error("TRADE", f'symbol is required (a string such as "{_EXAMPLES[kind]}")')
        return lookup_symbol(raw, "TRADE", kind)

    @staticmethod
    def body_orders(fields: Mapping[str, object], maximum: int, read: Callable[[dict[str, object]], T]) -> list[T]:
        """The body's ``orders``: 1 to ``maximum`` JSON objects, each read by ``read`` (a refusal names the item)."""
        items = fields.get("orders")
        if not isinstance(items, list) or not 1 <= len(items) <= maximum:
            raise parameter_error("TRADE", f"orders must be a list of 1 to {maximum} orders")
        found: list[T] = []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise parameter_error("TRADE", f"orders[{index}] must be a JSON object")
            try:
                found.append(read(item))
            except ApiError as error:
                raise of_item(index, error) from None
        return found

    @staticmethod
    def body_text(fields: Mapping[str, object], name: str, *, required: bool = True) -> str | None:
        """A non-empty string field of the body."""
        value = fields.get(name)
        if value is None and name not in fields:
            if required:
                raise parameter_error("TRADE", f"{name} is required")
            return None
        if not isinstance(value, str) or not value:
            raise parameter_error("TRADE", f"{name} must be a non-empty string")
        return value

    @classmethod
    def body_choice(cls, fields: Mapping[str, object], name: str, choices: Sequence[str]) -> str:
        """A string field of the body that must be one of ``choices``."""
        value = cls.body_text(fields, name)
        if value not in choices:
            raise parameter_error("TRADE", f"{name} must be one of {', '.join(choices)}")
        assert value is not None
        return value
