"""The base of every reply model: immutable msgspec structs, decoded tolerantly.

The generated facade declares one :class:`Model` per reply schema of the spec.  How a reply
becomes a model (missing fields, unknown enum values, numbers sent as strings, exact money)
is :mod:`pionex_wrapper.decoding`'s job; this module only holds what the models are made of.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, NewType

import msgspec

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

Int64 = Annotated[int, msgspec.Meta(ge=INT64_MIN, le=INT64_MAX)]
"""A whole number within int64, as Pionex's ids, counts and millisecond times are."""

UnknownValue = NewType("UnknownValue", str)
"""A value the exchange sent that this version does not know, in a field with known values.

A reply field with an enum is typed ``OrderStatus | UnknownValue`` (``OrderStatus`` being the
``Literal`` of the values the spec lists), so an editor offers the known values and a type
checker still accepts one the exchange adds later.  Decoded replies keep such a value as the
plain string it was sent as; ``UnknownValue("X")`` only says so to a type checker.
"""


class Model(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """A reply model.  Fields are keyword-only, immutable and compared by value.

    A field the reply lacks is ``None`` (a list: empty); an enum value this version does
    not know arrives as its string (typed :data:`UnknownValue`); money is
    :class:`decimal.Decimal`; times are int ms.

    Models are not tracked by the garbage collector (``gc=False``): a stream delivers thousands a
    second, and tracking them made decoding a DEPTH frame about 8% slower.  What a model holds was
    decoded from JSON and cannot refer back to it; only code that puts a model inside one of its own
    lists would make a cycle, which would then never be freed.
    """

    _positional_lists: ClassVar[frozenset[str]] = frozenset()
    """Wire names of list fields whose items stand for the request's items in order: an item
    that cannot be read refuses the reply instead of being left out (``x-pionex-positional``)."""
