"""One WebSocket frame in, one typed message out.

:meth:`StreamDecoder.decode` turns a text or binary frame into

* a data message, the generated model of its channel (``SpotTradeMessage``,
  ``FuturesOrderBookMessage``, ...);
* a control message the spec describes: ``SubscribedAck``, ``UnsubscribedAck``, ``Ping``,
  ``StreamError`` (a refusal);
* :class:`OtherMessage` for a JSON object the spec does not describe: a topic this version does
  not know, or the answer to the futures ``auth`` message, whose shape Pionex does not document;

or raises :class:`~pionex_wrapper.errors.ResponseDecodeError` naming the field that cannot be read
(``data[1].price: ...``) for a frame that is not a JSON object or holds such a value.

The tolerance is the REST replies' (:mod:`pionex_wrapper.decoding`): a missing or ``null`` field is
None (a list: empty); an enum value this version does not know stays a string; ids and times are
read from numbers or digit strings; money is an exact :class:`~decimal.Decimal` from a string or a
JSON number, never through a float; NaN and infinities are refused; an item of a list that cannot be
read is left out and logged -- except a book's price levels, where a missing level would make the
book wrong, so the frame is refused.  One addition for streams: an empty string where money or an
integer belongs is read as absent (Pionex's own futures ORDER example sends ``"amount": ""``).

**Which market.**  Spot and futures public data share the endpoint ``/wsPub`` and the topics TRADE
and DEPTH, and one connection may carry both.  The decoder is made for one endpoint path; where a
topic belongs to both markets it tells them apart by the frame's symbol, since every perpetual symbol
ends in ``_PERP``.  The frame is the only place that says which subscription it answers, so this
holds whatever a connection carries; a frame without a symbol is read as spot.  Pass ``market=`` to
pin a connection to one market instead.

The fast path is one strict msgspec pass for a topic whose frames have one shape (DEPTH, ORDERBOOK,
INDEX, ...: see ``_one_pass``).  Any other frame takes two passes over its bytes: the topic and symbol
(skipping the rest; a frame with a control mark or a topic or symbol that is not a string is refused
there and read by a fuller head), then the whole message into its model by a strict decoder.  A frame the strict decoder
refuses (a digit string for an integer, say) is read by the lax one, and a careful path that names
and isolates a bad value runs only when that fails too.  Measured on a DEPTH frame of 5 levels a side
(``make bench``, section 6), each step left on this path costs about as much as one level's Decimal.
"""

from __future__ import annotations

import json
import logging
import operator
import types
import typing
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import msgspec

from ..decoding import (
    _BACKSLASH,
    _LOWER_N,
    _UNREADABLE,
    _UPPER_N,
    SKIPPED_LOGGED,
    _may_hold_non_finite,
    _non_finite,
    _read,
    _Reader,
    untyped_number,
)
from ..errors import ResponseDecodeError
from ..model import Model
from .channel import PERPETUAL_SUFFIX, Channel, Market

logger = logging.getLogger("pionex_wrapper")

__all__ = ["OtherMessage", "StreamDecoder", "StreamMessage"]


@dataclass(frozen=True, slots=True)
class OtherMessage:
    """A JSON object the spec does not describe, kept as it came (parsed by the json module,
    numbers with a fraction as Decimal): an unknown topic, or the server's answer to ``auth``."""

    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def topic(self) -> Any:
        return self.fields.get("topic")


StreamMessage = Model | OtherMessage
"""What a frame decodes to: a generated model (data or control message) or an :class:`OtherMessage`."""


_ANY = msgspec.json.Decoder(float_hook=untyped_number)  # untyped numbers exact, whatever their size
_RAW_FIELDS = msgspec.json.Decoder(dict[str, msgspec.Raw])
_RAW_ITEMS = msgspec.json.Decoder(list[msgspec.Raw])


def _raw_items(value: msgspec.Raw) -> list[Any] | None:
    try:
        return _RAW_ITEMS.decode(value)
    except _UNREADABLE:
        return None


def _raw_fields(value: msgspec.Raw) -> dict[str, Any] | None:
    try:
        return _RAW_FIELDS.decode(value)
    except _UNREADABLE:
        return None


@dataclass(frozen=True, slots=True)
class _Careful:
    reader: _Reader
    fields: typing.Callable[[Any], dict[str, Any] | None]
    is_empty_string: typing.Callable[[Any], bool]


def _decoder_for(annotation: Any) -> msgspec.json.Decoder[Any]:
    # The REST decoders' own settings: lax, so digit strings read as integers.
    return msgspec.json.Decoder(annotation, strict=False)


def _strict_decoder(model: type[Any]) -> msgspec.json.Decoder[Any]:
    """The first try on the hot path: a strict decoder reads money about 10 ns a value faster than
    a lax one, and what it accepts the lax one reads alike (lax only adds conversions, such as a digit
    string to an integer); a frame it refuses goes to the lax decoder."""
    return msgspec.json.Decoder(model)


_ITEM_DECODERS: dict[Any, msgspec.json.Decoder[Any]] = {}


def _raw_read(value: Any, annotation: Any) -> Any:
    decoder = _ITEM_DECODERS.get(annotation)
    if decoder is None:
        decoder = _ITEM_DECODERS[annotation] = _decoder_for(annotation)
    return decoder.decode(value)


_RAW = _Careful(
    reader=_Reader(read=_raw_read, items=_raw_items, is_null=lambda value: bytes(value) == b"null"),
    fields=_raw_fields,
    is_empty_string=lambda value: bytes(value) == b'""',
)
_PARSED = _Careful(
    reader=_Reader(
        read=lambda value, annotation: msgspec.convert(value, annotation, strict=False),
        items=lambda value: value if isinstance(value, list) else None,
        is_null=lambda value: value is None,
    ),
    fields=lambda value: value if isinstance(value, dict) else None,
    is_empty_string=lambda value: value == "",
)


_Build = tuple[typing.Callable[[Any], Any], Channel[Any], typing.Callable[[Any], Any] | None, Channel[Any]]


def _one_pass(
    topics: dict[str, tuple[Channel[Any] | None, Channel[Any] | None]], marks: list[str]
) -> tuple[typing.Callable[[bytes], Any] | None, dict[type[Any], _Build]]:
    """One strict msgspec pass that reads a data frame whole, and how to make its model.

    Each topic whose frames have one shape (one market, or spot and futures models alike field for
    field, as DEPTH's are) gets a stand-in of its model: the same fields, ``topic`` as the tag that
    picks it, and the control marks typed None, so that a frame holding one is refused.  A frame the
    union refuses (another topic, a mark, a digit string for an integer, a bad value) takes the two
    passes instead, which give the same answers: this only skips the head pass (measured: a DEPTH
    frame about 12% faster).  The model is then made from the stand-in's values."""
    stand_ins: list[type[Any]] = []
    builds: dict[type[Any], _Build] = {}
    for topic, (spot, futures) in topics.items():
        first = typing.cast(Channel[Any], spot or futures)
        second = futures if spot is not None else None
        specs = msgspec.structs.fields(first.message)
        if second is not None and _shape(second.message) != _shape(first.message):
            continue  # TRADE: the futures items have a field the spot ones lack
        names = [spec.name for spec in specs]
        if "topic" not in names or any(
            spec.encode_name in (*marks, "topic") and spec.name != "topic" for spec in specs
        ):
            continue
        kept = [spec for spec in specs if spec.name != "topic"]
        fields: list[Any] = [(spec.name, spec.type, _default(spec)) for spec in kept]
        fields += [(mark, None, None) for mark in marks]
        stand_in = msgspec.defstruct(
            f"{first.message.__name__}Frame", fields, tag_field="topic", tag=topic, kw_only=True, gc=False
        )
        own = tuple(spec.name for spec in kept)

        def builder(model: type[Any], topic: str = topic, own: Any = own) -> Any:
            # Written out as one call of plain attribute reads, as dataclasses writes an __init__: a
            # generic loop over the fields here cost more than the whole head pass it saves.
            if not all(name.isidentifier() for name in own):  # pragma: no cover - generated names
                raise ValueError(f"{model.__name__}: a field name that is not an identifier")
            scope: dict[str, Any] = {"model": model, "topic": topic}
            args = ", ".join(f"{name}=whole.{name}" for name in own)
            exec(f"def build(whole):\n    return model(topic=topic, {args})\n", scope)  # noqa: S102
            return scope["build"]

        builds[stand_in] = (
            builder(first.message),
            first,
            None if second is None else builder(second.message),
            second or first,
        )
        stand_ins.append(stand_in)
    if not stand_ins:
        return None, {}
    union: Any = stand_ins[0] if len(stand_ins) == 1 else typing.Union[tuple(stand_ins)]  # noqa: UP007
    return msgspec.json.Decoder(union).decode, builds


def _shape(model: type[Any]) -> list[tuple[str, str, Any, Any]]:
    return [(spec.name, spec.encode_name, spec.type, spec.required) for spec in msgspec.structs.fields(model)]


def _default(spec: msgspec.structs.FieldInfo) -> Any:
    if spec.required:
        return msgspec.field(name=spec.encode_name)
    if spec.default_factory is not msgspec.NODEFAULT:
        return msgspec.field(default_factory=spec.default_factory, name=spec.encode_name)
    return msgspec.field(default=spec.default, name=spec.encode_name)


def _strip_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _is_number(annotation: Any) -> bool:
    base = _strip_optional(annotation)
    if typing.get_origin(base) is typing.Annotated:
        base = typing.get_args(base)[0]
    return base in (Decimal, int)


def _struct_of(annotation: Any) -> type[msgspec.Struct] | None:
    base = _strip_optional(annotation)
    return base if isinstance(base, type) and issubclass(base, msgspec.Struct) else None


class StreamDecoder:
    """Decodes the frames of one connection (see the module's notes).

    ``path`` is the endpoint the connection is to (``/wsPub``, ``/ws``, ``/wsUA``); ``channels`` the
    channel table (``pionex_client.streams.CHANNELS`` unless given); ``market`` pins the decoder
    to one market's channels.
    """

    def __init__(
        self, path: str, *, market: Market | None = None, channels: typing.Iterable[Channel[Any]] | None = None
    ) -> None:
        from pionex_client.streams import CHANNELS, CONTROLS  # generated; imported here, not at import time

        self.path = path
        self.market = market
        mine = [
            c for c in (CHANNELS if channels is None else channels) if c.path == path and market in (None, c.market)
        ]
        if not mine:
            raise ValueError(f"no channel is served at {path!r}" + (f" for {market}" if market else ""))
        # topic -> (spot channel, futures channel); one of them may be None.
        self._topics: dict[str, tuple[Channel[Any] | None, Channel[Any] | None]] = {}
        for channel in mine:
            spot, futures = self._topics.get(channel.topic, (None, None))
            if channel.market == "spot":
                spot = channel
            else:
                futures = channel
            self._topics[channel.topic] = (spot, futures)
        self._decoders: dict[type[Any], msgspec.json.Decoder[Any]] = {c.message: _decoder_for(c.message) for c in mine}
        self._controls: tuple[tuple[str, str | None, type[Any]], ...] = CONTROLS
        # The first pass reads only the topic, the symbol and the fields that mark a control message.
        marks = sorted({name for name, _, _ in CONTROLS} - {"topic", "symbol"})
        head = msgspec.defstruct("Head", [(name, Any, None) for name in ("topic", "symbol", *marks)])
        self._head: msgspec.json.Decoder[Any] = msgspec.json.Decoder(head, float_hook=untyped_number)
        # The hot path's head: the topic and symbol typed as strings and the marks as None, so that a
        # frame holding a mark or an odd topic or symbol is refused there (at no cost to a data frame)
        # and read by the full head above.
        unmarked = msgspec.defstruct(
            "DataHead",
            [("topic", str | None, None), ("symbol", str | None, None), *((name, None, None) for name in marks)],
            gc=False,
        )
        self._read_head: typing.Callable[[bytes], Any] = msgspec.json.Decoder(unmarked).decode
        # topic -> (read the spot or only channel's frame, that channel, read the futures one, its
        # channel): for a topic of one market the third is None (and the fourth unused).
        self._routes: dict[str | None, tuple[Any, Channel[Any], Any, Channel[Any]]] = {}
        for topic, (spot, futures) in self._topics.items():
            first = typing.cast(Channel[Any], spot or futures)
            second = futures if spot is not None else None
            self._routes[topic] = (
                _strict_decoder(first.message).decode,
                first,
                None if second is None else _strict_decoder(second.message).decode,
                second or first,
            )
        # A data frame has none of the marks: one C-level getter tells, before any closer look.
        self._marks: typing.Callable[[Any], Any] = operator.attrgetter(*marks) if marks else (lambda head: None)
        self._unmarked: Any = (None,) * len(marks) if len(marks) > 1 else None
        # One pass for most data frames: a union of stand-ins tagged by topic (see _one_pass).
        self._one_pass, self._builds = _one_pass(self._topics, marks)

    @property
    def channels(self) -> tuple[Channel[Any], ...]:
        """The channels whose frames this decoder reads."""
        return tuple(c for pair in self._topics.values() for c in pair if c is not None)

    def channel_of(self, topic: str, symbol: Any) -> Channel[Any] | None:
        """The channel a frame with this topic and symbol belongs to, or None if none here."""
        pair = self._topics.get(topic)
        if pair is None:
            return None
        spot, futures = pair
        if spot is None or futures is None:
            return spot or futures
        return futures if isinstance(symbol, str) and symbol.endswith(PERPETUAL_SUFFIX) else spot

    def decode(self, frame: bytes | bytearray | memoryview | str) -> StreamMessage:
        """The message in ``frame``: a data message, a control message or an :class:`OtherMessage`."""
        # The hot path of every stream: kept to a few steps (each costs as much as a level's Decimal).
        body = frame if type(frame) is bytes else frame.encode() if isinstance(frame, str) else bytes(frame)
        if self._one_pass is not None:
            try:
                whole = self._one_pass(body)
            except _UNREADABLE:  # another topic, a control mark, a lax or bad value: the passes below
                pass
            else:
                build, channel, build_futures, futures = self._builds[type(whole)]
                if build_futures is not None:
                    symbol = whole.symbol
                    if symbol is not None and symbol.endswith(PERPETUAL_SUFFIX):
                        build, channel = build_futures, futures
                message: Model = build(whole)
                if (_LOWER_N in body or _UPPER_N in body or _BACKSLASH in body) and (
                    _may_hold_non_finite(body) and _non_finite(message) is not None
                ):
                    return self._recovered(channel, body)
                return message
        try:
            head = self._read_head(body)
        except _UNREADABLE:  # a control mark, not an object, not strict JSON: the full head tells
            return self._by_head(body)
        route = self._routes.get(head.topic)
        if route is None:
            return self._routed(body, head)
        read, channel, read_futures, futures = route
        if read_futures is not None:
            symbol = head.symbol
            if symbol is not None and symbol.endswith(PERPETUAL_SUFFIX):
                read, channel = read_futures, futures
        try:
            message = read(body)
        except _UNREADABLE:  # a digit string for an integer, say: the lax decoder, then the careful path
            return self._lax(channel, body)
        # Every spelling of NaN and infinity holds an n; a frame without one (nor an escape) holds none.
        if (_LOWER_N in body or _UPPER_N in body or _BACKSLASH in body) and (
            _may_hold_non_finite(body) and _non_finite(message) is not None
        ):
            return self._recovered(channel, body)
        return message

    def _by_head(self, body: bytes) -> StreamMessage:
        try:
            head = self._head.decode(body)
        except msgspec.ValidationError:
            raise ResponseDecodeError("the frame is not a JSON object", path=self.path) from None
        except _UNREADABLE:  # not strict JSON, or invalid UTF-8 in a string
            return self._not_strict(body)
        return self._routed(body, head)

    def _routed(self, body: bytes, head: Any) -> StreamMessage:
        """A frame whose head holds a control mark, or whose topic no channel here has."""
        topic = head.topic
        if topic is None or (self._marks(head) != self._unmarked and self._is_control(head)):
            return self._control(body, None)
        channel = self.channel_of(topic, head.symbol) if type(topic) is str else None
        if channel is None:
            return self._control(body, None)
        return self._lax(channel, body)

    def _lax(self, channel: Channel[Any], body: bytes) -> StreamMessage:
        """A frame read by its model's lax decoder (digit strings as integers), else the careful path."""
        try:
            message = self._decoders[channel.message].decode(body)
        except _UNREADABLE:
            pass
        else:
            if not (_may_hold_non_finite(body) and _non_finite(message) is not None):
                return typing.cast(Model, message)
        return self._recovered(channel, body)

    def _recovered(self, channel: Channel[Any], body: bytes) -> StreamMessage:
        """A frame msgspec could not read whole: read field by field, naming what is wrong."""
        fields = _raw_fields(msgspec.Raw(body))
        if fields is None:  # pragma: no cover - the head pass read it as an object
            raise ResponseDecodeError("the frame is not a JSON object", method=channel.topic, path=self.path)
        return self._careful(channel, fields, _RAW)

    def _is_control(self, head: Any) -> bool:
        """Whether a frame's head holds a field with the value that marks a control message."""
        for name, value, _ in self._controls:
            found = getattr(head, name, None)
            if found is not None and value in (None, found):
                return True
        return False

    # -- the careful path ----------------------------------------------------------------------
    def _not_strict(self, body: bytes) -> StreamMessage:
        """A frame msgspec refuses: the json module also reads NaN and Infinity, refused by name."""
        try:
            obj = json.loads(body, parse_float=untyped_number, parse_constant=Decimal)
        except _UNREADABLE:
            raise ResponseDecodeError("the frame is not JSON", path=self.path) from None
        if not isinstance(obj, dict):
            raise ResponseDecodeError("the frame is not a JSON object", path=self.path)
        topic = obj.get("topic")
        channel = self.channel_of(topic, obj.get("symbol")) if isinstance(topic, str) else None
        if any(obj.get(name) is not None and value in (None, obj.get(name)) for name, value, _ in self._controls):
            channel = None
        if channel is None:
            return self._control(None, obj)
        return self._careful(channel, obj, _PARSED)

    def _careful(self, channel: Channel[Any], fields: dict[str, Any], how: _Careful) -> StreamMessage:
        where = {"method": channel.topic, "path": self.path}
        skipped: list[ResponseDecodeError | None] = []
        message = self._struct(channel.message, fields, how, "", where, skipped)
        if skipped:  # one line per frame, however many items were left out
            named = "; ".join(error.message for error in skipped[:SKIPPED_LOGGED] if error is not None)
            more = "; ..." if len(skipped) > SKIPPED_LOGGED else ""
            logger.warning(
                "%s %s: left out %d unreadable list item(s): %s%s", channel.topic, self.path, len(skipped), named, more
            )
        return typing.cast(Model, message)

    def _struct(
        self,
        model: type[Any],
        fields: dict[str, Any],
        how: _Careful,
        path: str,
        where: dict[str, Any],
        skipped: list[ResponseDecodeError | None],
    ) -> Any:
        kwargs: dict[str, Any] = {}
        complete: frozenset[str] = getattr(model, "_positional_lists", frozenset())
        for spec in msgspec.structs.fields(model):
            here = f"{path}.{spec.encode_name}" if path else spec.encode_name
            value = fields.get(spec.encode_name)
            if value is None or how.reader.is_null(value) or (_is_number(spec.type) and how.is_empty_string(value)):
                if spec.required:
                    raise ResponseDecodeError(f"{here} is missing", **where)
                continue
            kwargs[spec.name] = self._value(spec.type, value, how, here, where, skipped, spec.encode_name in complete)
        return model(**kwargs)

    def _value(
        self,
        annotation: Any,
        value: Any,
        how: _Careful,
        path: str,
        where: dict[str, Any],
        skipped: list[ResponseDecodeError | None],
        complete: bool = False,
    ) -> Any:
        struct = _struct_of(annotation)
        if struct is not None:
            fields = how.fields(value)
            if fields is None:
                raise ResponseDecodeError(f"{path}: expected an object", **where)
            return self._struct(struct, fields, how, path, where, skipped)
        if typing.get_origin(annotation) is list:
            items = how.reader.items(value)
            if items is None:
                raise ResponseDecodeError(f"{path}: expected an array", **where)
            (item_type,) = typing.get_args(annotation)
            kept = []
            for index, item in enumerate(items):
                try:
                    kept.append(self._value(item_type, item, how, f"{path}[{index}]", where, skipped))
                except ResponseDecodeError as error:
                    if complete:
                        raise ResponseDecodeError(
                            f"{error.message} (no item of this list may be left out)", **where
                        ) from None
                    skipped.append(error if len(skipped) < SKIPPED_LOGGED else None)  # counted, not kept
            return kept
        return _read(how.reader, value, annotation, path, where)

    # -- control messages ----------------------------------------------------------------------
    def _control(self, body: bytes | None, parsed: dict[str, Any] | None) -> StreamMessage:
        if parsed is None:
            try:
                obj = _ANY.decode(body) if body is not None else None
            except _UNREADABLE:  # pragma: no cover - the head pass read it
                raise ResponseDecodeError("the frame is not JSON", path=self.path) from None
            if not isinstance(obj, dict):
                raise ResponseDecodeError("the frame is not a JSON object", path=self.path)
            parsed = obj
        for name, value, model in self._controls:
            if name in parsed and (value is None or parsed[name] == value):
                try:
                    return typing.cast(Model, msgspec.convert(parsed, model, strict=False))
                except _UNREADABLE as error:
                    raise ResponseDecodeError(
                        f"{model.__name__}: {error}", method=str(value or name), path=self.path
                    ) from None
        if body is not None:  # keep exact decimals for what the caller reads
            try:
                parsed = json.loads(body, parse_float=untyped_number)
            except _UNREADABLE:  # an integer of more digits than int() reads
                raise ResponseDecodeError("the frame holds a number that cannot be read", path=self.path) from None
        return OtherMessage(parsed)
