"""Reading Pionex's replies: the envelope, the refusals, and tolerant decoding of ``data``.

Replies are taken as Pionex may really send them:

* a field the reply lacks is ``None`` (a list: empty); only the fields the spec marks
  ``required`` (those an operation means nothing without) make the reply unreadable;
* an enum value this version does not know arrives as its string;
* integers (ids, counts, millisecond times) may come as JSON numbers or digit strings;
* money (prices, sizes, balances, fees) becomes :class:`~decimal.Decimal`, from a string or
  from a JSON number read as its exact digits, never through a float.

Tolerant is not lax: a value that cannot be read as its field's type without loss
(``"orderId": "abc"``, ``"free": "NaN"``, an integer beyond int64) is refused with a
:class:`~pionex_wrapper.errors.ResponseDecodeError` naming the field, such as
``data.orders[1].orderId``.  One bad item of a list does not cost the others: it is left out,
logged at WARNING and reported in :attr:`Decoded.skipped`.

The fast path is one msgspec decode straight from the reply's bytes into the model; the
careful path that finds and isolates a bad value runs only when that fails.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import typing
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

import msgspec

from .errors import ResponseDecodeError

T = TypeVar("T")

logger = logging.getLogger("pionex_wrapper")

_DECODERS: dict[type[Any], msgspec.json.Decoder[Any]] = {}

# Decimal reads "NaN", "sNaN", "Inf" and "Infinity" in any case.  Such a string cannot be told
# apart by msgspec, so a reply is screened for the letters that spell them (numbers, quotes and
# punctuation deleted first, which leaves little); only a reply that passes the screen is
# checked value by value.
_NOT_LETTERS = b'0123456789.,:;[]{}+-" \t\r\n'
_NON_FINITE_TEXT = re.compile(rb"\s*[+-]?(?:s?nan[0-9]*|inf(?:inity)?)\s*")


def _may_hold_non_finite(body: bytes) -> bool:
    """Cheap screen: whether some string in ``body`` could read as a NaN or infinite Decimal."""
    rest = body.translate(None, _NOT_LETTERS).lower()
    if b"\\u" in rest:
        return True  # an escaped letter could spell one
    if b"nan" not in rest and b"inf" not in rest:
        return False
    # Some text holds the letters (a coin named NANO, say): is any whole string one of them?
    low = body.lower()
    for token in (b"nan", b"inf"):
        at = low.find(token)
        while at != -1:
            start, end = low.rfind(b'"', 0, at), low.find(b'"', at)
            if start != -1 and end != -1 and _NON_FINITE_TEXT.fullmatch(low, start + 1, end):
                return True
            at = low.find(token, at + 3)
    return False


_MSGSPEC_PATH = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)


class Envelope(msgspec.Struct):
    """Pionex's reply envelope, with ``data`` left as raw JSON for the typed decode."""

    result: Any = None
    code: Any = None
    message: Any = None
    timestamp: Any = None
    data: msgspec.Raw = msgspec.field(default_factory=msgspec.Raw)
    # Set only when the reply was not strict JSON (a bare NaN, say) and had to be read by the
    # json module: ``data`` as Python values.  Its wire name is not one Pionex uses.
    parsed_data: Any = msgspec.field(default=None, name="pionex-sdk/parsed-data")

    @property
    def server_time(self) -> int | None:
        """The exchange's clock when it answered, in ms, if the envelope carries a usable one."""
        stamp = self.timestamp
        if isinstance(stamp, str) and stamp.isascii() and stamp.isdigit():
            stamp = int(stamp)
        if isinstance(stamp, int) and not isinstance(stamp, bool) and 0 < stamp < 2**63:
            return stamp
        return None


ENVELOPE_DECODER = msgspec.json.Decoder(Envelope)


def read_envelope(content: bytes) -> Envelope | None:
    """The reply's envelope, or None if the reply is not a JSON object."""
    try:
        return ENVELOPE_DECODER.decode(content)
    except msgspec.ValidationError:
        return None  # JSON, but not an object
    except (msgspec.DecodeError, RecursionError):
        pass
    # Not strict JSON: the json module also reads NaN and Infinity, which must be refused by name.
    try:
        obj = json.loads(content, parse_float=Decimal, parse_constant=Decimal)
    except (ValueError, RecursionError):
        return None
    if not isinstance(obj, dict):
        return None
    return Envelope(
        result=obj.get("result"),
        code=obj.get("code"),
        message=obj.get("message"),
        timestamp=obj.get("timestamp"),
        parsed_data=obj.get("data", {}),
    )


class Reply(msgspec.Struct, Generic[T]):
    """A whole reply decoded in one pass, for the common case: a success whose data reads cleanly."""

    result: Any = None
    timestamp: Any = None
    data: T | None = None


_REPLY_DECODERS: dict[type[Any], msgspec.json.Decoder[Any]] = {}


def decode_success(data_type: type[T], body: bytes) -> T | None:
    """The typed data of a successful reply in one pass, or None when the reply needs the
    careful path: a refusal, no data, a value that does not read, or a NaN or infinity."""
    decoder = _REPLY_DECODERS.get(data_type)
    if decoder is None:
        decoder = _REPLY_DECODERS[data_type] = msgspec.json.Decoder(Reply[data_type], strict=False)  # type: ignore[valid-type]
    try:
        reply = decoder.decode(body)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        return None
    data = reply.data
    if reply.result is not True or data is None:
        return None
    if _may_hold_non_finite(body) and _non_finite(data) is not None:
        return None
    return data  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Decoded(Generic[T]):
    """A decoded ``data`` and the list items that had to be left out."""

    value: T
    skipped: tuple[ResponseDecodeError, ...] = ()


def _decoder(data_type: type[Any]) -> msgspec.json.Decoder[Any]:
    decoder = _DECODERS.get(data_type)
    if decoder is None:
        decoder = _DECODERS[data_type] = msgspec.json.Decoder(data_type, strict=False)
    return decoder


def decode_data(data_type: type[T], envelope: Envelope, where: dict[str, Any]) -> Decoded[T]:
    """The envelope's ``data`` as ``data_type`` (a reply without data reads as ``{}``)."""
    if envelope.parsed_data is not None:
        return _careful_obj(data_type, envelope.parsed_data, where)
    raw = envelope.data
    body = bytes(raw) if raw else b""
    if body in (b"", b"null"):
        body = b"{}"
    try:
        value = _decoder(data_type).decode(body)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        return _careful(data_type, body, where)
    if _may_hold_non_finite(body) and _non_finite(value) is not None:
        return _careful(data_type, body, where)
    return Decoded(value)


def _careful(data_type: type[T], body: bytes, where: dict[str, Any]) -> Decoded[T]:
    """Field-by-field decoding that names the bad value and isolates bad list items."""
    try:
        obj = json.loads(body, parse_float=Decimal, parse_constant=Decimal)
    except (ValueError, RecursionError):
        raise ResponseDecodeError("the reply's data is not valid JSON", **where) from None
    return _careful_obj(data_type, obj, where)


def _careful_obj(data_type: type[T], obj: Any, where: dict[str, Any]) -> Decoded[T]:
    if obj is None:
        obj = {}
    if not isinstance(obj, dict):
        raise ResponseDecodeError(f"the reply's data is a JSON {type(obj).__name__}, not an object", **where)
    value, skipped = _salvage(data_type, obj, "data", where)
    for error in skipped:
        logger.warning("%s %s: left out an unreadable item: %s", where.get("method"), where.get("path"), error.message)
    return Decoded(value, tuple(skipped))


def _salvage(
    model: type[T], obj: dict[str, Any], path: str, where: dict[str, Any]
) -> tuple[T, list[ResponseDecodeError]]:
    kwargs: dict[str, Any] = {}
    skipped: list[ResponseDecodeError] = []
    for field in msgspec.structs.fields(model):  # type: ignore[arg-type]
        here = f"{path}.{field.encode_name}"
        if field.encode_name not in obj:
            if field.required:
                raise ResponseDecodeError(f"{here} is missing", **where)
            continue
        value = obj[field.encode_name]
        item_type = _list_item(field.type)
        if item_type is not None and isinstance(value, list):
            items = []
            for index, item in enumerate(value):
                try:
                    items.append(_convert(item, item_type, f"{here}[{index}]", where))
                except ResponseDecodeError as error:
                    skipped.append(error)
            kwargs[field.name] = items
        else:
            kwargs[field.name] = _convert(value, field.type, here, where)
    return model(**kwargs), skipped


def _list_item(annotation: Any) -> Any:
    if typing.get_origin(annotation) is list:
        return typing.get_args(annotation)[0]
    return None


def _convert(value: Any, annotation: Any, path: str, where: dict[str, Any]) -> Any:
    try:
        out = msgspec.convert(value, annotation, strict=False)
    except msgspec.ValidationError as error:
        found = _MSGSPEC_PATH.match(str(error))
        message, sub = (found["message"], found["path"] or "") if found else (str(error), "")
        # msgspec names the place by wire names (``$.orders[1].orderId``), as Pionex does.
        raise ResponseDecodeError(f"{path}{sub}: {message}", **where) from None
    bad = _non_finite(out)
    if bad is not None:
        raise ResponseDecodeError(f"{path}{bad}: not a finite number", **where)
    return out


@functools.cache
def _money_plan(model: type[Any]) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The (attribute, wire name) of a model's Decimal fields, and of the fields that may hold
    more of them (lists, tuples, nested models).  msgspec resolves annotations: cached."""
    money: list[tuple[str, str]] = []
    nested: list[tuple[str, str]] = []
    for field in msgspec.structs.fields(model):
        kinds = {arg for arg in typing.get_args(field.type)} or {field.type}
        if Decimal in kinds:
            money.append((field.name, field.encode_name))
        elif any(_may_nest(kind) for kind in kinds):
            nested.append((field.name, field.encode_name))
    return tuple(money), tuple(nested)


def _may_nest(annotation: Any) -> bool:
    origin = typing.get_origin(annotation) or annotation
    return origin in (list, tuple) or (isinstance(origin, type) and issubclass(origin, msgspec.Struct))


def _non_finite(value: Any) -> str | None:
    """The path (``.price``, ``[3][0]``) of the first NaN or infinite Decimal in a decoded value."""
    if isinstance(value, Decimal):
        return None if value.is_finite() else ""
    if isinstance(value, msgspec.Struct):
        money, nested = _money_plan(type(value))
        for name, wire in money:
            amount = getattr(value, name)
            if amount is not None and not amount.is_finite():
                return f".{wire}"
        for name, wire in nested:
            sub = _non_finite(getattr(value, name))
            if sub is not None:
                return f".{wire}{sub}"
        return None
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            sub = _non_finite(item)
            if sub is not None:
                return f"[{index}]{sub}"
    return None
