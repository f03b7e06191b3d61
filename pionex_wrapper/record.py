"""``Record``: a small value class, equal by its slots, for the records made on every call.

A frozen dataclass costs about a millisecond to define here (its methods are written with
``exec``) and sets each field through ``object.__setattr__`` on every construction; the records
the control loops make per call (actions, verdicts, leases) are plain slotted classes on this
base instead, read-only by convention.
"""

from __future__ import annotations

from typing import Any


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
