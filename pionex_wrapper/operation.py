"""The types the generated facade is built from: operations, their inputs and the invokers.

``generated/pionex_client/facade/`` describes every operation of the spec with these
classes and calls an invoker for each; the clients in :mod:`pionex_wrapper.client` are the
invokers.  Nothing here knows any particular endpoint.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, ParamSpec, Protocol, Self, TypeVar, cast

from .record import Value

if TYPE_CHECKING:
    import httpx

    from .response import RawResponse

T = TypeVar("T")
P = ParamSpec("P")

Money = Decimal | int | str
"""An exact decimal amount: a Decimal, an int or a plain decimal string (never a float)."""


_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


class JsonNumber(str):
    """A checked decimal that goes into a JSON body as a number, written with exactly these digits
    (``JsonNumber("0.00000001")`` is sent as ``0.00000001``: never through a float, never with an
    exponent).  A ``str``, so every check that reads a decimal input as its plain string reads it
    too; only :func:`encode_json` tells it apart."""

    __slots__ = ()

    def __new__(cls, digits: str) -> Self:
        if _JSON_NUMBER.fullmatch(digits) is None:
            raise ValueError(f"not a JSON number in plain decimal notation: {digits!r}")
        return super().__new__(cls, digits)


def encode_json(value: Any) -> bytes:
    """``value`` as the bytes of a JSON body, exactly as httpx writes ``json=`` (compact
    separators, non-ASCII kept, no NaN), except that a :class:`JsonNumber` is written as a number
    with its own digits."""
    parts: list[str] = []
    _encode(value, parts)
    return "".join(parts).encode()


def _encode(value: Any, out: list[str]) -> None:
    if isinstance(value, JsonNumber):
        out.append(str.__str__(value))
    elif isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, Mapping):
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if not isinstance(key, str):
                raise TypeError(f"a JSON body's keys are strings, not {type(key).__name__}")
            out.append(("," if index else "") + json.dumps(key, ensure_ascii=False) + ":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _encode(item, out)
        out.append("]")
    elif value is None or isinstance(value, (bool, int, float)):
        out.append(json.dumps(value, allow_nan=False))
    else:
        raise TypeError(f"{type(value).__name__} cannot go into a JSON body")


def exact_numbers(request: dict[str, Any]) -> dict[str, Any]:
    """A built request (``_get_kwargs``) whose JSON body holds decimals sent as numbers, with the body
    as the bytes to send (``content``) in place of ``json``: the generated ``build`` of every
    operation with such an input passes through here, so the bytes signed are the bytes sent."""
    body = request.pop("json", None)
    if body is not None:
        request["content"] = encode_json(body)
    return request


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
    enum: tuple[str | int, ...] | None = None
    """The values the input takes, as the spec lists them (strings, or whole numbers for an integer)."""
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
    item: Param | None = None
    """The rules of each item of a list of plain values (``kind`` ``array`` whose items are strings,
    such as a list of client ids), as a :class:`Param` of its own; None for any other input."""
    fields: tuple[Param, ...] | None = None
    """The fields of an input that is an object (``kind`` ``object``: a nested body object such as a
    bot's ``buOrderData``), each a :class:`Param`; None for any other input."""
    requires: tuple[Requirement, ...] = ()
    """Rules between the fields of this object, or of each item of this list (``x-pionex-requires``
    on the object's schema): checked wherever the object is passed."""
    signed: bool = False
    """A decimal input that may be negative (its ``pattern`` admits a leading ``-``: a stop threshold
    such as ``-0.1``); decimals are otherwise positive."""
    json_number: bool = False
    """A decimal input sent as a JSON number (``type: number``, ``format: decimal`` in the spec),
    written with exactly the Decimal's digits (see :class:`JsonNumber`); otherwise as a string."""


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
    enum: tuple[str | int, ...] | None = None
    """The values the spec lists for the field (or its items), as it lists them."""
    fields: tuple[Field, ...] = ()


Effect = Literal["read", "write", "destructive", "withdrawal"]
"""What an operation does to an account (``x-pionex-effect`` in the spec), whatever its HTTP method:
``read`` changes nothing; ``write`` adds something (an order, a transfer between one's own
accounts); ``destructive`` removes or overwrites something (a cancel, a changed setting);
``withdrawal`` sends money off the exchange."""

EFFECTS: Final[tuple[Effect, ...]] = ("read", "write", "destructive", "withdrawal")


ConditionTest = Literal["equal", "present", "absent", "in"]
"""How a :class:`Condition` tests an input: ``equal`` to its one value, ``present`` (given at all),
``absent`` (not given), ``in`` (one of its values)."""


class Condition(Value):
    """What one input must be for a :class:`Requirement` to apply (a ``when`` entry of
    ``x-pionex-requires``): ``Condition("equal", ("LIMIT",))`` (in the spec ``"LIMIT"``),
    ``Condition("present")`` (``{"present": true}``), ``Condition("in", ("a", "b"))``
    (``{"in": ["a", "b"]}``), ``Condition("absent")`` (``{"present": false}``: "exactly one of two"
    is a rule forbidding the second when the first is present and one requiring it when the first is
    absent).  Values are compared with the input as it is sent (a decimal as its plain string)."""

    test: ConditionTest
    values: tuple[Any, ...] = ()

    def matches(self, value: Any, *, given: bool) -> bool:
        """Whether an input holding ``value`` (``given``: the caller set it) meets the condition."""
        if self.test == "absent":
            return not given
        if not given:
            return False
        if self.test == "present":
            return True
        return any(value == wanted and isinstance(value, bool) == isinstance(wanted, bool) for wanted in self.values)

    def describe(self, name: str) -> str:
        """The condition in words, for a refusal: ``type=LIMIT``, ``stop_type is given``,
        ``base_amount is not given``, ``type is one of a, b``."""
        if self.test == "present":
            return f"{name} is given"
        if self.test == "absent":
            return f"{name} is not given"
        if self.test == "equal":
            return f"{name}={_shown(self.values[0])}"
        return f"{name} is one of {', '.join(_shown(v) for v in self.values)}"


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class Requirement(Value):
    """When every input in ``when`` meets its :class:`Condition`, the inputs in ``require`` must be
    set and those in ``forbid`` must not be (``x-pionex-requires`` in the spec).

    On an operation the names are its inputs; on an object input (:attr:`Param.requires`) they are
    the object's fields."""

    when: tuple[tuple[str, Condition], ...]
    require: tuple[str, ...]
    forbid: tuple[str, ...] = ()

    def applies(self, given: Mapping[str, Any], is_given: Callable[[Any], bool]) -> bool:
        """Whether every condition of ``when`` holds for these values (``is_given`` tells a value the
        caller set from one left out)."""
        for name, condition in self.when:
            value = given.get(name)
            if not condition.matches(value, given=name in given and is_given(value)):
                return False
        return True

    def condition(self, prefix: str = "") -> str:
        """The conditions in words (``type=LIMIT and side=BUY``); ``prefix`` goes before each name
        (``bu_order_data.``)."""
        return " and ".join(condition.describe(prefix + name) for name, condition in self.when)


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
    lookup_key: str | None = None
    """The lookup's input that takes the identifier, when it is named otherwise than ``key`` (the dual
    investment's ``client_dual_ids``); None: the same name."""
    listed: bool = False
    """The lookup's input takes a list of identifiers: the one identifier goes as a list of one."""
    items: str | None = None
    """The lookup's reply is a list of records under this attribute (``records``), not the record
    itself: the write is the record whose attribute ``match`` equals the identifier, and none there
    means the write was not made.  None: the reply is the record (a missing one is an
    :class:`~pionex_wrapper.errors.OrderNotFoundError`)."""
    match: str | None = None
    """With ``items``: the records' attribute holding the identifier."""


class Paging(Value):
    """How to read a list operation past one reply's cap (``x-pionex-paginate`` in the spec).

    By time or id, every reply holds the newest records that match, at most ``size`` of them
    (newest first).  ``by`` is ``"time"``: the next request sets the input ``end`` from ``time``
    (the items' time field) of the oldest record of a full reply, ``end_inclusive`` saying whether
    the exchange includes that millisecond; or ``"id"``: the next request sets the input ``source``
    to the ``id`` of the oldest record, and gets the records older than it; or ``"token"``: each
    reply carries the token of the next page in its field ``next`` (none, or empty, on the last
    page), which the next request passes as the input ``token``.  Inputs are named by
    :attr:`Param.name`, item and reply fields by the reply model's attribute names; ``items`` is
    the attribute of the reply that holds the list.  :mod:`pionex_wrapper.pagination` reads it.
    """

    items: str
    by: str
    size: int = 0
    """How many records a full reply holds: the most ``limit`` may ask for, or the fixed cap (0: not
    known; only by token, where a reply's size does not decide whether another page follows)."""
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
    token: str | None = None
    """By token: the input that asks for a page by its token (``pageToken``)."""
    next: str | None = None
    """By token: the reply's field holding the next page's token (``nextPageToken``)."""


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
