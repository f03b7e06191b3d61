"""Reading Pionex's replies: the envelope, the refusals, and tolerant decoding of ``data``.

Replies are taken as Pionex may really send them:

* a field the reply lacks, or sends as ``null``, is ``None`` (a list: empty); only the fields
  the spec marks ``required`` (those an operation means nothing without) make a reply, or a
  list item, unreadable;
* an enum value this version does not know arrives as its string;
* integers (ids, counts, millisecond times) may come as JSON numbers or digit strings;
* money (prices, sizes, balances, fees) becomes :class:`~decimal.Decimal`, from a string or
  from a JSON number read as its exact digits, never through a float.

Tolerant is not lax: a value that cannot be read as its field's type without loss
(``"orderId": "abc"``, ``"free": "NaN"``, an integer beyond int64, invalid UTF-8 in a string, an
exponent beyond what Decimal holds) is refused with a
:class:`~pionex_wrapper.errors.ResponseDecodeError` naming the field, such as
``data.orders[1].orderId``.  One bad item of a list does not cost the others: it is left out,
logged at WARNING (one line per reply, with the count) and reported in :attr:`Decoded.skipped` (the
first :data:`SKIPPED_KEPT`; :attr:`Decoded.skipped_count` counts them all) -- except in a list whose
items stand for the request's own items in order (``x-pionex-positional`` in the spec, such as the
ids of a mass order), where leaving one out would pair the rest wrongly: that refuses the reply.
A list none of whose items can be read refuses the reply too: an empty list would look like "none".

The fast path is one msgspec decode straight from the reply's bytes into the model.  The
careful path, which finds and isolates a bad value, runs only when that fails, and reads every
value with the very same decoder, so the two paths agree on what a value means.

Money that is exact but absurd (``1e999999999``) is read as the Decimal it is: refusing it on the
fast path would need a second scan of every reply's bytes (measured: 30-250 us for a 50-190 KB
reply, +0.1x to +0.5x ``json.loads``), and it is no failure to read.  In the envelope's own fields
such a number no longer makes the reply unreadable (see :func:`untyped_number`).
"""

from __future__ import annotations

import functools
import json
import logging
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar

import msgspec

from .errors import ResponseDecodeError
from .levels import Levels

T = TypeVar("T")

logger = logging.getLogger("pionex_wrapper")

_UNREADABLE = (ValueError, ArithmeticError, RecursionError)
"""What reading a reply's bytes can raise: msgspec's errors and invalid UTF-8 (ValueError), a number
Decimal cannot hold even as an exponent (decimal.InvalidOperation), nesting too deep."""

# -- NaN and infinity ------------------------------------------------------------------------------
# Decimal reads "NaN", "sNaN", "Inf" and "Infinity" in any case, around spaces of any kind
# (JSON escapes such as \t and non-ASCII spaces included).  msgspec cannot tell them apart, so a
# reply is screened for the letters that spell them (digits, quotes and punctuation deleted
# first, which leaves little); only a reply that fails the screen is checked value by value.
_LOWER_N, _UPPER_N, _BACKSLASH = b"nN\\"  # byte values: `int in bytes` is one memchr, `bytes in bytes` is not
_NOT_LETTERS = b'0123456789.,:;[]{}+-" \t\r\n'
_NON_FINITE_TEXT = re.compile(rb"[ \t\r\n\f\v]*[+-]?(?:s?nan[0-9]*|inf(?:inity)?)[ \t\r\n\f\v]*")


def _may_hold_non_finite(body: bytes) -> bool:
    """Cheap screen: whether some string in ``body`` could read as a NaN or infinite Decimal."""
    if _LOWER_N not in body and _UPPER_N not in body and _BACKSLASH not in body:
        return False  # every spelling of them holds an n, and no escape can hide one: there is none
    rest = body.translate(None, _NOT_LETTERS).lower()
    if b"\\" in rest or not rest.isascii():
        return True  # an escape or a non-ASCII character could hide one: let the exact check decide
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


@functools.cache
def _money_plan(model: type[Any]) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The (attribute, wire name) of a model's Decimal fields, and of the fields that may hold
    more of them (lists, tuples, nested models).  msgspec resolves annotations: cached."""
    money: list[tuple[str, str]] = []
    nested: list[tuple[str, str]] = []
    for field in msgspec.structs.fields(model):
        kinds = [field.type]
        if typing.get_origin(field.type) in (typing.Union, types.UnionType):
            kinds = [arg for arg in typing.get_args(field.type) if arg is not type(None)]
        if kinds == [Decimal]:
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


# -- the envelope ----------------------------------------------------------------------------------


class _WireEnvelope(msgspec.Struct):
    result: Any = None
    code: Any = None
    message: Any = None
    timestamp: Any = None
    data: msgspec.Raw = msgspec.field(default_factory=msgspec.Raw)


def untyped_number(text: str) -> Decimal | float:
    """A JSON number with a fraction or exponent where no type is given (the envelope's fields, an
    unknown stream message): an exact Decimal, so that one beyond a float's range (1e999999999) does
    not make the whole reply unreadable; a float only beyond even Decimal's exponents."""
    try:
        return Decimal(text)
    except ArithmeticError:
        return float(text)


_ENVELOPE_DECODER = msgspec.json.Decoder(_WireEnvelope, float_hook=untyped_number)
_ANY_DECODER = msgspec.json.Decoder(float_hook=untyped_number)
_NOTHING: Any = object()


@dataclass(frozen=True, slots=True)
class Envelope:
    """Pionex's reply envelope.  ``data`` is the raw JSON of the reply's data (empty if it had
    none); ``parsed`` holds it as Python values instead when the reply was not strict JSON (a
    bare ``NaN``, say) and had to be read by the json module."""

    result: Any = None
    code: Any = None
    message: Any = None
    timestamp: Any = None
    data: bytes = b""
    parsed: Any = _NOTHING

    @property
    def server_time(self) -> int | None:
        """The exchange's clock when it answered, in ms, if the envelope carries a usable one."""
        return server_time_of(self.timestamp)


def server_time_of(stamp: Any) -> int | None:
    """An envelope's ``timestamp`` as int ms (a JSON number or a digit string), or None if unusable."""
    if isinstance(stamp, str) and stamp.isascii() and stamp.isdigit() and len(stamp) < 20:
        stamp = int(stamp)
    if isinstance(stamp, int) and not isinstance(stamp, bool) and 0 < stamp < 2**63:
        return stamp
    return None


def read_envelope(content: bytes) -> Envelope | None:
    """The reply's envelope, or None if the reply is not a JSON object."""
    try:
        wire = _ENVELOPE_DECODER.decode(content)
    except msgspec.ValidationError:
        return None  # JSON, but not an object
    except _UNREADABLE:  # not strict JSON, or invalid UTF-8 in a string
        pass
    else:
        return Envelope(wire.result, wire.code, wire.message, wire.timestamp, bytes(wire.data))
    # Not strict JSON: the json module also reads NaN and Infinity, which must be refused by name.
    try:
        obj = json.loads(content, parse_float=untyped_number, parse_constant=Decimal)
    except _UNREADABLE:
        return None
    if not isinstance(obj, dict):
        return None
    return Envelope(
        obj.get("result"), obj.get("code"), obj.get("message"), obj.get("timestamp"), parsed=obj.get("data")
    )


def refusal_data(envelope: Envelope) -> dict[str, Any] | None:
    """The ``data`` a refusal (``result: false``) carried, when it is a JSON object: a plain dict
    (numbers with a fraction or exponent as exact Decimals, see :func:`untyped_number`); None when
    the reply has none, or something else (``null``, a list, a string) in its place."""
    value = envelope.parsed
    if value is _NOTHING:
        if not envelope.data:
            return None
        try:
            value = _ANY_DECODER.decode(envelope.data)
        except _UNREADABLE:  # a number no type can hold: the refusal stands without its data
            return None
    return value if isinstance(value, dict) else None


# -- data ------------------------------------------------------------------------------------------


class Reply(msgspec.Struct, Generic[T]):
    """A whole reply decoded in one pass, for the common case: a success whose data reads cleanly."""

    result: Any = None
    timestamp: Any = None
    data: T | None = None


@dataclass(frozen=True, slots=True)
class Decoded(Generic[T]):
    """A decoded ``data`` and the list items that had to be left out: ``skipped_count`` of them,
    the first :data:`SKIPPED_KEPT` of which are in ``skipped``, each naming its item."""

    value: T
    skipped: tuple[ResponseDecodeError, ...] = ()
    skipped_count: int = 0


SKIPPED_KEPT = 10
"""How many left-out items a reply keeps the error of (the rest are only counted): a reply of
100,000 unreadable items costs one warning and ten errors, not 100,000 of each."""
SKIPPED_LOGGED = 3
"""How many of those the one warning line names."""


_DECODERS: dict[Any, msgspec.json.Decoder[Any]] = {}


def _decoder(annotation: Any) -> msgspec.json.Decoder[Any]:
    """The lax decoder of one type (digit strings read as ints), shared by both paths."""
    decoder = _DECODERS.get(annotation)
    if decoder is None:
        decoder = _DECODERS[annotation] = msgspec.json.Decoder(annotation, strict=False)
    return decoder


_RAW_FIELDS = msgspec.json.Decoder(dict[str, msgspec.Raw])
_RAW_ITEMS = msgspec.json.Decoder(list[msgspec.Raw])


_REPLY_DECODERS: dict[type[Any], msgspec.json.Decoder[Any]] = {}


# -- book levels, made into Decimals when read -----------------------------------------------------
# A model holding (price, size) levels (list[tuple[Decimal, Decimal]], at its top or in a nested
# model) is read through a stand-in that keeps each side's bytes; each side becomes a Levels of its
# text, which makes its Decimals when they are read.  Every level is still checked at decode time, a
# side at a time (see _text_levels): only pairs of plain decimal strings ("64987.63", "5", ".5"),
# written compactly, take this path; any other reply takes the eager path, which refuses or leaves
# out a bad level as before.  Only replies of LAZY_FROM bytes or more: for a few levels (a stream's
# DEPTH frame, a small depth) the stand-in's fixed cost is more than the Decimals it saves.

_LEVELS_TYPE: Any = list[tuple[Decimal, Decimal]]
LAZY_FROM = 4096
"""Replies this long or longer (bytes) holding book levels are read lazily (about 60 levels)."""
_DIGITS = b"0123456789"
_NUMBER_CHARS = b"0123456789."
_TEXT = Annotated[str, msgspec.Meta(min_length=1)]
_LEVEL_TEXT: msgspec.json.Decoder[list[tuple[str, str]]] = msgspec.json.Decoder(list[tuple[_TEXT, _TEXT]])


class _NotPlain(Exception):
    """A side of levels that is not all plain decimal strings: the eager path reads the reply."""


def _text_levels(raw: msgspec.Raw) -> list[tuple[str, str]]:
    """A side's levels as text, if every value is a plain decimal string (digits, at most one dot,
    at least one digit: what Decimal reads exactly, with nothing for the NaN screen to find), written
    compactly; else raises _NotPlain.  Checked on the side's bytes, all at once."""
    if not raw:
        return []
    try:
        levels = _LEVEL_TEXT.decode(raw)
    except _UNREADABLE:
        raise _NotPlain from None
    data = bytes(raw)
    # Without digits and dots, a side of n plain levels is exactly [["",""],["",""],...].
    shape = b"[" + (b'["",""],' * len(levels))[:-1] + b"]" if levels else b"[]"
    if data.translate(None, _NUMBER_CHARS) != shape:
        raise _NotPlain
    # Not empty, only digits and dots: a lone dot or a second dot is all that can still be wrong.
    if b'"."' in data or b".." in data.translate(None, _DIGITS):
        raise _NotPlain
    return levels


@dataclass(frozen=True, slots=True)
class _Lazy:
    text: type[Any]  # the stand-in keeping each side's bytes
    build: Callable[[Any], Any]  # stand-in -> the model; raises _NotPlain


def _struct_in(annotation: Any) -> tuple[type[Any] | None, bool]:
    """The model type in ``annotation`` (``X`` or ``X | None``), and whether it may be None."""
    kinds = [annotation]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        kinds = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
    optional = len(kinds) < len(typing.get_args(annotation) or (annotation,))
    if len(kinds) == 1 and isinstance(kinds[0], type) and issubclass(kinds[0], msgspec.Struct):
        return kinds[0], optional
    return None, False


_LAZY_PLANS: dict[Any, _Lazy | None] = {}


def lazy_plan(model: Any) -> _Lazy | None:
    """The stand-in of a model holding book levels, or None if it holds none (made once per model)."""
    if model not in _LAZY_PLANS:
        _LAZY_PLANS[model] = _make_lazy_plan(model)
    return _LAZY_PLANS[model]


def _make_lazy_plan(model: Any) -> _Lazy | None:
    text_fields: list[Any] = []
    steps: list[tuple[str, int, Any]] = []  # (attribute, 0 as is / 1 levels / 2 nested model, its plan)
    for field in msgspec.structs.fields(model):
        text_type = field.type
        step: tuple[str, int, Any] = (field.name, 0, None)
        if field.type == _LEVELS_TYPE:
            text_type = msgspec.Raw  # kept as bytes, checked and read by _text_levels
            step = (field.name, 1, None)
        else:
            nested, optional = _struct_in(field.type)
            plan = lazy_plan(nested) if nested is not None else None
            if plan is not None:
                text_type = plan.text | None if optional else plan.text
                step = (field.name, 2, plan)
        if field.required:
            default = msgspec.field(name=field.encode_name)
        elif step[1] == 1:
            default = msgspec.field(default_factory=msgspec.Raw, name=field.encode_name)
        elif field.default_factory is not msgspec.NODEFAULT:
            default = msgspec.field(default_factory=field.default_factory, name=field.encode_name)
        else:
            default = msgspec.field(default=field.default, name=field.encode_name)
        text_fields.append((field.name, text_type, default))
        steps.append(step)
    if all(kind == 0 for _, kind, _ in steps):
        return None
    moved = tuple(steps)

    def build(value: Any) -> Any:
        kwargs = {}
        for name, kind, plan in moved:
            got = getattr(value, name)
            if kind == 1:
                got = Levels(_text_levels(got))
            elif kind == 2 and got is not None:
                got = plan.build(got)
            kwargs[name] = got
        return model(**kwargs)

    return _Lazy(msgspec.defstruct(f"{model.__name__}Text", text_fields, kw_only=True), build)


def build_lazy(plan: _Lazy, text: Any) -> Any | None:
    """The model from its stand-in, or None if some level is not a plain number (the eager path then)."""
    try:
        return plan.build(text)
    except _NotPlain:
        return None


_LAZY_DECODERS: dict[type[Any], tuple[msgspec.json.Decoder[Any], _Lazy] | None] = {}


def _lazy_success(data_type: type[T], body: bytes) -> tuple[T, int | None] | None:
    found = _LAZY_DECODERS.get(data_type, _NOTHING)
    if found is _NOTHING:
        plan = lazy_plan(data_type)
        text_type: Any = None if plan is None else Reply[plan.text]  # type: ignore[name-defined]
        found = _LAZY_DECODERS[data_type] = None if plan is None else (_decoder(text_type), plan)
    if found is None or len(body) < LAZY_FROM:
        return None
    decoder, plan = found
    try:
        reply = decoder.decode(body)
    except _UNREADABLE:
        return None
    if reply.result is not True or reply.data is None or _may_hold_non_finite(body):
        return None
    value = build_lazy(plan, reply.data)
    return None if value is None else (value, server_time_of(reply.timestamp))


def decode_success(data_type: type[T], body: bytes) -> tuple[T, int | None] | None:
    """The typed data of a successful reply and the exchange's clock, in one pass; or None when
    the reply needs the careful path: a refusal, no data, a value that does not read, a NaN."""
    lazy = _lazy_success(data_type, body)  # book levels: Decimals made when read
    if lazy is not None:
        return lazy
    decoder = _REPLY_DECODERS.get(data_type)
    if decoder is None:
        decoder = _REPLY_DECODERS[data_type] = _decoder(Reply[data_type])  # type: ignore[valid-type]
    try:
        reply = decoder.decode(body)
    except _UNREADABLE:
        return None
    data = reply.data
    if reply.result is not True or data is None:
        return None
    if _may_hold_non_finite(body) and _non_finite(data) is not None:
        return None
    return data, server_time_of(reply.timestamp)


def decode_data(data_type: type[T], envelope: Envelope, where: dict[str, Any]) -> Decoded[T]:
    """The envelope's ``data`` as ``data_type`` (a reply without data, or ``null``, reads as ``{}``)."""
    if envelope.parsed is not _NOTHING:
        return _careful(data_type, envelope.parsed or {}, _PARSED, where)
    body = envelope.data if envelope.data not in (b"", b"null") else b"{}"
    try:
        value = _decoder(data_type).decode(body)
    except _UNREADABLE:
        pass
    else:
        if not (_may_hold_non_finite(body) and _non_finite(value) is not None):
            return Decoded(value)
    try:
        fields = _RAW_FIELDS.decode(body)
    except _UNREADABLE:
        raise ResponseDecodeError("the reply's data is not a JSON object", **where) from None
    return _careful(data_type, fields, _RAW, where)


@dataclass(frozen=True, slots=True)
class _Reader:
    """How the careful path reads values: raw JSON (as the fast path does) or parsed values."""

    read: Callable[[Any, Any], Any]  # (value, annotation) -> typed value; raises msgspec.ValidationError
    items: Callable[[Any], list[Any] | None]  # a JSON array's items, or None if the value is not one
    is_null: Callable[[Any], bool]


def _raw_items(value: msgspec.Raw) -> list[Any] | None:
    try:
        return _RAW_ITEMS.decode(value)
    except _UNREADABLE:
        return None


_RAW = _Reader(
    read=lambda value, annotation: _decoder(annotation).decode(value),
    items=_raw_items,
    is_null=lambda value: bytes(value) == b"null",
)
_PARSED = _Reader(
    read=lambda value, annotation: msgspec.convert(value, annotation, strict=False),
    items=lambda value: value if isinstance(value, list) else None,
    is_null=lambda value: value is None,
)


def _careful(data_type: type[T], fields: Any, reader: _Reader, where: dict[str, Any]) -> Decoded[T]:
    """Field-by-field decoding that names the bad value and isolates bad list items."""
    if not isinstance(fields, dict):
        raise ResponseDecodeError(f"the reply's data is a JSON {type(fields).__name__}, not an object", **where)
    kwargs: dict[str, Any] = {}
    skipped: list[ResponseDecodeError] = []  # the first SKIPPED_KEPT
    count = 0
    positional: frozenset[str] = getattr(data_type, "_positional_lists", frozenset())  # see Model
    for field in msgspec.structs.fields(data_type):  # type: ignore[arg-type]
        here = f"data.{field.encode_name}"
        value = fields.get(field.encode_name)
        if value is None or reader.is_null(value):
            if field.required:
                raise ResponseDecodeError(f"{here} is missing", **where)
            continue  # the default: None, or an empty list
        item_type = _list_item(field.type)
        items = reader.items(value) if item_type is not None else None
        if items is None:
            kwargs[field.name] = _read(reader, value, field.type, here, where)
            continue
        kept = []
        left_out = 0
        for index, item in enumerate(items):
            try:
                kept.append(_read(reader, item, item_type, f"{here}[{index}]", where))
            except ResponseDecodeError as error:
                if field.encode_name in positional:
                    raise ResponseDecodeError(
                        f"{error.message} (its items stand for the request's items in order: none is left out)",
                        **where,
                    ) from None
                left_out += 1
                if len(skipped) < SKIPPED_KEPT:
                    skipped.append(error)
        if items and not kept:
            first = next((e.message for e in skipped if e.message.startswith(f"{here}[")), "")
            raise ResponseDecodeError(
                f"{here}: none of its {len(items)} items could be read; the first: {first}", **where
            )
        kwargs[field.name] = kept
        count += left_out
    if count:
        named = "; ".join(error.message for error in skipped[:SKIPPED_LOGGED])
        logger.warning(
            "%s %s: left out %d unreadable list item%s: %s%s",
            where.get("method"),
            where.get("path"),
            count,
            "" if count == 1 else "s",
            named,
            "; ..." if count > SKIPPED_LOGGED else "",
        )
    return Decoded(data_type(**kwargs), tuple(skipped), count)


def _list_item(annotation: Any) -> Any:
    if typing.get_origin(annotation) is list:
        return typing.get_args(annotation)[0]
    return None


_MSGSPEC_PATH = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)


def _read(reader: _Reader, value: Any, annotation: Any, path: str, where: dict[str, Any]) -> Any:
    try:
        out = reader.read(value, annotation)
    except _UNREADABLE as error:
        if isinstance(error, UnicodeDecodeError):
            raise ResponseDecodeError(f"{path}: not valid UTF-8 ({error.reason})", **where) from None
        if isinstance(error, ArithmeticError):
            raise ResponseDecodeError(f"{path}: a number beyond what Decimal can hold", **where) from None
        found = _MSGSPEC_PATH.match(str(error))
        message, sub = (found["message"], found["path"] or "") if found else (str(error), "")
        # msgspec names the place by wire names (``$.orders[1].orderId``), as Pionex does.
        raise ResponseDecodeError(f"{path}{sub}: {message}", **where) from None
    bad = _non_finite(out)
    if bad is not None:
        raise ResponseDecodeError(f"{path}{bad}: not a finite number", **where)
    return out
