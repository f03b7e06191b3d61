"""``Record`` and ``Value``: small value classes, cheaper to define than frozen dataclasses.

A frozen dataclass costs about a millisecond to define here (its methods are written with
``exec``) and sets each field through ``object.__setattr__`` on every construction; the records
the control loops make per call (actions, verdicts, leases) are plain slotted classes on
:class:`Record` instead, read-only by convention.  The types the generated facade is made of
(:mod:`pionex_wrapper.operation`), defined when the package is imported, are declared like
dataclasses on :class:`Value`, which reads the annotations once and shares one ``__init__``.
"""

from __future__ import annotations

import inspect
from typing import Any, ClassVar, Self, TypeVar, dataclass_transform


class Record:
    """Equal to another of its class with equal slots; ``repr`` shows them."""

    __slots__: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={getattr(self, k)!r}' for k in self.__slots__)})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    def __hash__(self) -> int:
        return hash((type(self), *(_hashable(getattr(self, k)) for k in self.__slots__)))


def _hashable(value: Any) -> Any:
    return value if value.__hash__ is not None else id(value)


@dataclass_transform(frozen_default=True)
class Value:
    """A frozen value declared like a dataclass: annotated fields, in order, a default after the
    name for the optional ones (base classes' fields first).  Built positionally or by keyword,
    equal to another of its class with equal fields, hashed by them, shown by them; assigning
    raises ``AttributeError``.  A field left out reads its default from the class."""

    __fields__: ClassVar[tuple[str, ...]] = ()
    __required__: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        annotations = inspect.get_annotations(cls)  # this class's own, as written (strings)
        own = tuple(
            name for name, hint in annotations.items() if name not in cls.__fields__ and "ClassVar" not in str(hint)
        )
        fields = cls.__fields__ + own
        optional = False
        for name in fields:
            has_default = hasattr(cls, name)
            if optional and not has_default:
                raise TypeError(f"{cls.__qualname__}: field {name!r} without a default follows one with a default")
            optional = has_default
        cls.__fields__ = fields
        cls.__required__ = frozenset(name for name in fields if not hasattr(cls, name))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self.__fields__
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__qualname__}() takes {len(fields)} arguments, {len(args)} given")
        values = dict(zip(fields, args, strict=False))
        for name, value in kwargs.items():
            if name in values or name not in fields:
                problem = "got two values for" if name in values else "has no field"
                raise TypeError(f"{type(self).__qualname__}() {problem} {name!r}")
            values[name] = value
        if not self.__required__.issubset(values):
            missing = sorted(self.__required__ - values.keys())
            raise TypeError(f"{type(self).__qualname__}() is missing {', '.join(map(repr, missing))}")
        object.__setattr__(self, "__dict__", values)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__fields__)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__fields__)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__qualname__} is frozen: cannot assign to {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__qualname__} is frozen: cannot delete {name!r}")

    def __replace__(self, **changes: Any) -> Self:
        """A copy with ``changes`` (what ``copy.replace`` calls on Python 3.13+)."""
        return type(self)(**{**self.__dict__, **changes})


ValueT = TypeVar("ValueT", bound=Value)


def replace(value: ValueT, /, **changes: Any) -> ValueT:
    """A copy of ``value`` with the fields in ``changes`` changed (``dataclasses.replace`` for a
    :class:`Value`); an unknown field raises ``TypeError``."""
    return value.__replace__(**changes)
