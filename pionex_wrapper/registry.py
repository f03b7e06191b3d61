"""The operation registry: every operation of the spec, what it does and how it is named.

Every way into the API (the named methods, :meth:`Pionex.invoke`, the command line, the MCP
server, the ccxt class, the API reference) reads the same :class:`~pionex_wrapper.operation.Operation`
records, generated from ``openapi/pionex.json`` by ``make generate``: id, area, route, method,
permission, weight, summary, description, effect, alias, parameters (types, ranges, enums,
patterns, descriptions), reply fields, error codes and reconciliation.  Nothing here is written
for one operation.

The naming rule (one for every layer): an operation is named by its area's words and then its
``x-pionex-alias`` if the spec gives one, else its method name: ``market depth`` for
``getMarketDepth``, ``futures trade place-order`` for ``futuresPlaceOrder``.  The method name is
the operationId in snake_case without its area's group (``futures_``, ``bot_``) and then without
the area's own name (``spot_grid_``) where it starts with them: ``botSpotGridGetOrder`` is
``bot.spot_grid.get_order``.  See :attr:`Operation.words`, :attr:`Operation.command` and
:attr:`Operation.tool_name`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from pionex_client.facade import operations as _generated_operations

from .errors import InvalidParameterError
from .operation import Operation, Param

__all__ = ["arguments", "find", "operation", "operations"]


@functools.cache
def operations() -> tuple[Operation[Any], ...]:
    """Every operation of the spec, in the spec's area order (imports every area on first call)."""
    return _generated_operations()


@functools.cache
def _index() -> dict[str, Operation[Any]]:
    index: dict[str, Operation[Any]] = {}
    for op in operations():
        dotted = f"{op.area or op.tag}.{op.name}"  # where the client reaches it: trade.get_all_orders
        for key in (op.operation_id, op.command, op.tool_name, ".".join(op.words), dotted):
            index.setdefault(key, op)
    return index


def operation(operation_id: str) -> Operation[Any]:
    """The operation with this spec id (``getMarketDepth``); also found by its name under the
    naming rule (``market depth``, ``market_depth``, ``market.depth``) or where the client reaches
    it (``market.get_market_depth``).

    Raises :class:`InvalidParameterError` naming ``operation_id`` for anything else, with the
    closest known ids.
    """
    if not isinstance(operation_id, str):
        raise InvalidParameterError("operation_id", f"must be a str, not {type(operation_id).__name__}")
    found = _index().get(operation_id)
    if found is None:
        import difflib

        close = difflib.get_close_matches(operation_id, [op.operation_id for op in operations()], n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else " (see pionex_wrapper.registry.operations())"
        raise InvalidParameterError("operation_id", f"{operation_id!r} is not an operation of the spec{hint}")
    return found


def find(words: str | Sequence[str]) -> Operation[Any] | None:
    """The operation a command line or tool list names (``"futures trade place-order"``,
    ``["market", "depth"]``, ``"market_depth"``), or None."""
    if not isinstance(words, str):
        words = " ".join(words)
    return _index().get(words) or _index().get(" ".join(w.replace("_", "-") for w in words.split()))


def arguments(op: Operation[Any], given: Mapping[str, Any] | None) -> dict[str, Any]:
    """The arguments of ``op`` under the names its method takes (``order_id``), from a mapping that
    uses those names or the API's own (``orderId``), nested objects and list items included.

    Only the names are translated here; the values are checked when the call is made, as for the
    named methods.  A name the operation does not know, or one input given under both of its
    names, raises :class:`InvalidParameterError` naming it, before anything is sent.
    """
    if given is None:
        return {}
    if not isinstance(given, Mapping):
        raise InvalidParameterError("arguments", f"must be a dict, not {type(given).__name__}")
    return _translate(op.params, given, "", op.operation_id)


def _translate(params: Sequence[Param], given: Mapping[str, Any], prefix: str, owner: str) -> dict[str, Any]:
    by_name = {p.name: p for p in params}
    by_wire = {p.wire: p for p in params}
    out: dict[str, Any] = {}
    for key, value in given.items():
        param = by_name.get(key) if isinstance(key, str) else None
        if param is None and isinstance(key, str):
            param = by_wire.get(key)
        if param is None:
            known = ", ".join(sorted({p.wire for p in params} | {p.name for p in params})) or "none"
            raise InvalidParameterError(f"{prefix}{key}", f"is not an input of {owner}; it takes {known}")
        if param.name in out:
            raise InvalidParameterError(
                f"{prefix}{key}", f"is given twice (as {param.name!r} and {param.wire!r}); give it once"
            )
        if param.items is not None and isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
            value = [
                _translate(param.items, item, f"{prefix}{param.name}[{i}].", owner)
                if isinstance(item, Mapping)
                else item
                for i, item in enumerate(value)
            ]
        elif param.fields is not None and isinstance(value, Mapping):  # a nested object: its fields too
            value = _translate(param.fields, value, f"{prefix}{param.name}.", owner)
        out[param.name] = value
    return out
