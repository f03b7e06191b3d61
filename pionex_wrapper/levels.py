"""``Levels``: a book side whose Decimals are made when they are read.

A depth reply or DEPTH frame carries thousands of (price, size) pairs; making every Decimal costs
about twice ``json.loads`` of the whole reply, while a bot mostly reads the top of the book.  The
decoder (:mod:`pionex_wrapper.decoding`) checks every value of the levels at decode time (each must
read as a finite number, the very check the eager path makes: a reply that fails it takes the eager
path and is refused or left out as before), then keeps the text and makes the Decimals on reading.

To a reader a ``Levels`` is the ``list[tuple[Decimal, Decimal]]`` its field is typed as: indexing
gives a ``(Decimal, Decimal)`` tuple, slicing a plain list of them, and iteration, comparison,
``repr``, copying and pickling see every level made (a pickled or copied one is a plain list).
"""

from __future__ import annotations

from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal
from operator import itemgetter
from typing import Any, SupportsIndex

__all__ = ["Levels"]

_PRICE, _SIZE = itemgetter(0), itemgetter(1)

_exact = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN).create_decimal
"""``Decimal(text)`` for the plain decimal text a ``Levels`` holds (a context that never rounds, so
the value is exactly the text's), about a fifth cheaper than ``Decimal`` itself, which looks up the
thread's context for every value."""


def _level(item: Any) -> tuple[Decimal, Decimal]:
    if type(item[0]) is str:
        return (_exact(item[0]), _exact(item[1]))
    return item  # type: ignore[no-any-return]  # made already


class Levels(list):  # type: ignore[type-arg]  # list[tuple[Decimal, Decimal]] to its readers
    """(price, size) pairs, made into Decimals when read (see the module's notes)."""

    __slots__ = ("_raw",)

    def __init__(self, items: Any = ()) -> None:
        super().__init__(items)
        self._raw = True

    def _made(self) -> Levels:
        """Every level made into Decimals, in place (in C, a side at a time); returns self."""
        if self._raw:
            list.__setitem__(
                self,
                slice(None),
                list(zip(map(_exact, map(_PRICE, self._items())), map(_exact, map(_SIZE, self._items())))),
            )
            self._raw = False
        return self

    def _items(self) -> Any:
        return list.__iter__(self)

    def __getitem__(self, index: Any) -> Any:
        item = list.__getitem__(self, index)
        if not self._raw:
            return item
        if type(index) is slice:
            return [_level(one) for one in item]
        if type(item[0]) is str:
            item = (_exact(item[0]), _exact(item[1]))
            list.__setitem__(self, index, item)
        return item

    # Everything else sees the whole side made.
    def __iter__(self) -> Any:
        return list.__iter__(self._made())

    def __reversed__(self) -> Any:
        return list.__reversed__(self._made())

    def __contains__(self, value: object) -> bool:
        return list.__contains__(self._made(), value)

    def __eq__(self, other: object) -> bool:
        return list.__eq__(self._made(), _made(other))

    def __ne__(self, other: object) -> bool:
        return list.__ne__(self._made(), _made(other))

    def __lt__(self, other: Any) -> bool:
        return list.__lt__(self._made(), _made(other))

    def __le__(self, other: Any) -> bool:
        return list.__le__(self._made(), _made(other))

    def __gt__(self, other: Any) -> bool:
        return list.__gt__(self._made(), _made(other))

    def __ge__(self, other: Any) -> bool:
        return list.__ge__(self._made(), _made(other))

    __hash__ = None

    def __repr__(self) -> str:
        return list.__repr__(self._made())

    def __add__(self, other: Any) -> Any:
        return list(self._made()) + list(_made(other))

    def __radd__(self, other: Any) -> Any:
        return list(_made(other)) + list(self._made())

    def __iadd__(self, other: Any) -> Any:
        return list.__iadd__(self._made(), _made(other))

    def __mul__(self, count: SupportsIndex) -> Any:
        return list(self._made()) * count

    __rmul__ = __mul__

    def __imul__(self, count: SupportsIndex) -> Any:
        return list.__imul__(self._made(), count)

    def __setitem__(self, index: Any, value: Any) -> None:
        list.__setitem__(self._made(), index, value)

    def __delitem__(self, index: Any) -> None:
        list.__delitem__(self._made(), index)

    def __reduce_ex__(self, protocol: SupportsIndex) -> Any:
        return (list, (list(self._made()),))

    def __copy__(self) -> list[Any]:
        return list(self._made())

    def __deepcopy__(self, memo: dict[int, Any]) -> list[Any]:
        return list(self._made())

    def copy(self) -> list[Any]:
        return list(self._made())

    def index(self, *args: Any) -> int:
        return list.index(self._made(), *args)

    def count(self, value: Any) -> int:
        return list.count(self._made(), value)

    def sort(self, *args: Any, **kwargs: Any) -> None:
        list.sort(self._made(), *args, **kwargs)

    def reverse(self) -> None:
        list.reverse(self._made())

    def pop(self, *args: Any) -> Any:
        return list.pop(self._made(), *args)

    def remove(self, value: Any) -> None:
        list.remove(self._made(), value)

    def insert(self, index: SupportsIndex, value: Any) -> None:
        list.insert(self._made(), index, value)

    def append(self, value: Any) -> None:
        list.append(self._made(), value)

    def extend(self, values: Any) -> None:
        list.extend(self._made(), _made(values))


def _made(other: Any) -> Any:
    return other._made() if type(other) is Levels else other
