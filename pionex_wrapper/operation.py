"""The types the generated facade is built from: operations, their inputs and the invokers.

``generated/pionex_client/facade/`` describes every operation of the spec with these
classes and calls an invoker for each; the clients in :mod:`pionex_wrapper.client` are the
invokers.  Nothing here knows any particular endpoint.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, ParamSpec, Protocol, TypeVar, cast

from .record import Value

if TYPE_CHECKING:
    import httpx

    from .response import RawResponse

T = TypeVar("T")
P = ParamSpec("P")

Money = Decimal | int | str
"""An exact decimal amount: a Decimal, an int or a plain decimal string (never a float)."""


class NotGiven:
    """Marks an argument the caller did not give (``None`` is a meaningful value for ``timeout``).

    Compare with ``isinstance(value, NotGiven)``; :data:`NOT_GIVEN` is the instance to pass.
    """

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Headers = Mapping[str, str] | None
"""Extra HTTP headers for one call."""


class Param(Value):
    """One input of an operation, with the constraints the spec gives it."""

    name: str
    wire: str
    location: str
    required: bool
    kind: str
    enum: tuple[str, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    items: tuple[Param, ...] | None = None
    description: str = ""
    """What the input means, from the spec."""
    default: Any = None
    """The value the API assumes when the input is not given (None: none documented)."""
    rule: str | None = None
    """What the pair's trading rules make of this input (``x-pionex-rule``): ``symbol``, ``side``,
    ``type``, ``price``, ``size`` or ``amount``; see :mod:`pionex_wrapper.rules`."""
    market: str | None = None
    """The market a pair given here must belong to (``x-pionex-market``: ``SPOT`` or ``PERP``, named in
    the spec's ``x-pionex-markets``); None: a pair of any market."""
    decimals: int | None = None
    """The most decimal places a decimal input may have (``x-pionex-decimals``); None: no limit but
    the 30 digits every amount is held to."""


class Field(Value):
    """One field of an operation's reply ``data`` (nested: the fields of a model or of a list's items).

    ``type`` is the Python type of the field as the reply model declares it (``Decimal``,
    ``list[Order]``...); ``kind`` the spec's (``string``, ``decimal``, ``integer``, ``boolean``,
    ``array``, ``object``).
    """

    name: str
    wire: str
    kind: str
    type: str
    required: bool
    description: str = ""
    enum: tuple[str, ...] | None = None
    fields: tuple[Field, ...] = ()


Effect = Literal["read", "write", "destructive", "withdrawal"]
"""What an operation does to an account (``x-pionex-effect`` in the spec), whatever its HTTP method:
``read`` changes nothing; ``write`` adds something (an order, a transfer between one's own
accounts); ``destructive`` removes or overwrites something (a cancel, a changed setting);
``withdrawal`` sends money off the exchange."""

EFFECTS: Final[tuple[Effect, ...]] = ("read", "write", "destructive", "withdrawal")


class Requirement(Value):
    """When every input in ``when`` has the given value, the inputs in ``require`` must be set
    and those in ``forbid`` must not be."""

    when: tuple[tuple[str, str], ...]
    require: tuple[str, ...]
    forbid: tuple[str, ...] = ()


Relationship = Literal["differ", "ordered"]
"""How the inputs of a :class:`Relation` must stand to one another: ``differ``, not all the same
value; ``ordered``, each no greater than the next (equal is allowed: a window of one millisecond)."""

RELATIONSHIPS: Final[tuple[Relationship, ...]] = ("differ", "ordered")


class Relation(Value):
    """A rule between inputs of one operation (``x-pionex-relations`` in the spec), checked when
    every input it names is given: ``Relation(("from_account", "to_account"), "differ")``,
    ``Relation(("start_time", "end_time"), "ordered")``."""

    inputs: tuple[str, ...]
    must: Relationship


class Reconcile(Value):
    """How a write whose reply was lost is found out (``x-pionex-reconcile`` in the spec): the
    caller's own identifier ``key`` (generated when the caller gives none) is looked up with the
    read ``lookup`` (an operationId), with the write's inputs named in ``carry``, before anything
    is sent again."""

    lookup: str
    key: str
    carry: tuple[str, ...] = ()
    """Other inputs of the write the lookup needs too, passed under the same names (the futures
    lookup by client order id also takes the ``symbol``)."""


class Paging(Value):
    """How to read a list operation past one reply's cap (``x-pionex-paginate`` in the spec).

    Every reply holds the newest records that match, at most ``size`` of them (newest first).
    ``by`` is ``"time"``: the next request sets the input ``end`` from ``time`` (the items' time
    field) of the oldest record of a full reply, ``end_inclusive`` saying whether the exchange
    includes that millisecond; or ``"id"``: the next request sets the input ``source`` to the
    ``id`` of the oldest record, and gets the records older than it.  Inputs are named by
    :attr:`Param.name`, item fields by the reply model's attribute names; ``items`` is the
    attribute of the reply that holds the list.  :mod:`pionex_wrapper.pagination` reads it.
    """

    items: str
    by: str
    size: int
    """How many records a full reply holds: the most ``limit`` may ask for, or the fixed cap."""
    time: str | None = None
    id: str | None = None
    """The item field that identifies a record (None: records have no identifier)."""
    start: str | None = None
    """The earliest-time input (None: the operation takes none; the client cuts the window)."""
    end: str | None = None
    end_inclusive: bool = True
    source: str | None = None
    """The input that pages by id (``fromId``)."""
    limit: str | None = None
    """The input that sets how many records a reply holds (None: the exchange's fixed ``size``)."""


class Operation(Value, Generic[T]):
    """What the client needs to know about one operation of the spec.

    ``build`` turns checked arguments into keyword arguments for ``httpx.Client.request``
    (the generated ``_get_kwargs``); ``data_type`` is the reply model of ``data``, or None
    when a successful reply carries no data.
    """

    operation_id: str
    name: str
    tag: str
    method: str
    path: str
    weight: int
    permission: str | None
    params: tuple[Param, ...]
    build: Callable[[dict[str, Any]], dict[str, Any]]
    data_type: type[T] | None
    requires: tuple[Requirement, ...] = ()
    relations: tuple[Relation, ...] = ()
    """Rules between inputs (see :class:`Relation`)."""
    reconcile: Reconcile | None = None
    area: str = ""
    """Where the clients reach the operation, dotted (``trade``, ``futures.trade``); ``name`` is the
    method there.  Empty means the ``tag``."""
    summary: str = ""
    description: str = ""
    effect: Effect = "read"
    """What the operation does to an account (see :data:`Effect`); never derived from the method."""
    alias: str | None = None
    """A shorter name for command lines and tool lists (``x-pionex-alias``): ``depth`` for
    ``get_market_depth``."""
    errors: tuple[str, ...] = ()
    """The Pionex error codes the operation may answer with (see ``pionex_wrapper.errors``)."""
    reply: tuple[Field, ...] = ()
    """The fields of the reply's ``data`` (empty when a successful reply carries none)."""
    paging: Paging | None = None
    """How to read the operation's list past one reply's cap (see :class:`Paging`), if it can be."""

    @property
    def private(self) -> bool:
        return self.permission is not None

    @property
    def changes_state(self) -> bool:
        """True for every effect but ``read``: what a command line or an agent must confirm."""
        return self.effect != "read"

    @property
    def words(self) -> tuple[str, ...]:
        """The operation's name by the one naming rule: its area's words, then its alias or its
        method name, in snake_case: ``("market", "depth")``, ``("futures", "trade", "place_order")``.

        A command line joins them with spaces and ``-`` (``pionex futures trade place-order``), a
        tool list with ``_`` (``futures_trade_place_order``).
        """
        return (*(self.area or self.tag).split("."), self.alias or self.name)

    @property
    def command(self) -> str:
        """The command-line form of :attr:`words`: ``futures trade place-order``."""
        return " ".join(word.replace("_", "-") for word in self.words)

    @property
    def tool_name(self) -> str:
        """The tool-list form of :attr:`words`: ``futures_trade_place_order``."""
        return "_".join(self.words)


class CallOptions(Value):
    """What a caller may set for one call, on top of the client's defaults."""

    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    extra_headers: Headers = None
    max_retries: int | NotGiven = NOT_GIVEN

    def __init__(
        self,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers = None,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:  # one is made on every call: this is quicker than Value's __init__
        object.__setattr__(
            self, "__dict__", {"timeout": timeout, "extra_headers": extra_headers, "max_retries": max_retries}
        )


DEFAULT_CALL = CallOptions()


class SyncInvoker(Protocol):
    """Sends one operation and returns what the area method promises."""

    def __call__(self, operation: Operation[T], arguments: dict[str, Any], options: CallOptions) -> T: ...


class AsyncInvoker(Protocol):
    """The awaitable twin of :class:`SyncInvoker`."""

    def __call__(
        self, operation: Operation[T], arguments: dict[str, Any], options: CallOptions
    ) -> Coroutine[Any, Any, T]: ...


def raw_method(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Retypes a method of an area bound to a raw invoker: same arguments, a RawResponse back.

    The method itself is unchanged; the raw invoker it was bound to already returns a
    :class:`~pionex_wrapper.response.RawResponse`.
    """
    return cast("Callable[P, RawResponse[T]]", method)


def async_raw_method(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The async twin of :func:`raw_method`."""
    return cast("Callable[P, Awaitable[RawResponse[T]]]", method)
