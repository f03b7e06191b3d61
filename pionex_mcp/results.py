"""What a tool call returns: a reply as structured content, a refusal as a tool error.

* A success is the reply's ``data`` converted generically (the command line's conversion:
  :func:`pionex_cli.output.plain`): keys are the API's field names, every decimal an exact string
  (``"0.00000001"``, never a float or an exponent), whole numbers and times numbers.  The same
  JSON goes in the text content for clients that do not read structured content.  A success with
  no data is ``{}``.
* A refusal is a tool error (``isError``) whose text is a JSON object: ``error`` (the class),
  ``message``, and ``code`` (Pionex's, when the exchange refused), ``parameter`` (the refused input,
  when the client refused before sending) or ``outcome`` (``unknown`` when the network failed and a
  write may or may not have been made).  No key, secret or signature is ever in it: the client's
  errors never hold them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import mcp_types as types

from pionex_cli.output import json_ready, plain

if TYPE_CHECKING:
    from pionex_wrapper.operation import Param


def _given(value: Any) -> bool:
    from pionex_client import Unset
    from pionex_wrapper.operation import NotGiven

    return not isinstance(value, (Unset, NotGiven))


def _without_unset(value: Any) -> Any:
    """``value`` with every input left unset (``UNSET``, ``NOT_GIVEN``) taken out of its dicts and lists."""
    if isinstance(value, Mapping):
        return {k: _without_unset(v) for k, v in value.items() if _given(v)}
    if isinstance(value, (list, tuple)):
        return [_without_unset(v) for v in value if _given(v)]
    return value


def jsonable(value: Any) -> Any:
    """``value`` (a reply model, a list, a Decimal, checked arguments...) as JSON builtins, decimals
    as exact strings, inputs left unset left out."""
    return json_ready(plain(_without_unset(value)))


def wire_arguments(params: Sequence[Param], arguments: Mapping[str, Any]) -> dict[str, Any]:
    """Checked arguments (:attr:`PreparedRequest.arguments`, under the method's names, nested
    bodies too) under the API's names, as an agent gave them and the request carries them; inputs
    left unset left out.  For a summary an agent reads back."""
    by_name = {p.name: p for p in params}
    shown: dict[str, Any] = {}
    for name, value in arguments.items():
        if not _given(value):
            continue
        param = by_name.get(name)
        if param is None:
            shown[name] = value
            continue
        inner = param.fields or param.items
        if inner and isinstance(value, Mapping):
            value = wire_arguments(inner, value)
        elif inner and isinstance(value, (list, tuple)):
            value = [wire_arguments(inner, v) if isinstance(v, Mapping) else v for v in value]
        shown[param.wire] = value
    return shown


def success(value: Any) -> types.CallToolResult:
    """A tool's result for a reply whose ``data`` is ``value`` (None: no data)."""
    data = {} if value is None else jsonable(value)
    if not isinstance(data, dict):
        data = {"result": data}
    return types.CallToolResult(
        content=[types.TextContent(text=json.dumps(data, ensure_ascii=False))],
        structured_content=data,
    )


def error(error: BaseException, *, hide: tuple[str | None, ...] = ()) -> types.CallToolResult:
    """A tool error for ``error`` (a :class:`~pionex_wrapper.errors.PionexError`, or any other
    exception, shown by its class and message only).  ``hide``: strings that must not show (the
    profile's key and secret), each replaced by ``<redacted>`` wherever it appears in the message;
    the client's own errors never hold them, this is for an unexpected exception's text."""
    from pionex_wrapper.errors import InvalidParameterError, PionexConnectionError, PionexError

    body: dict[str, Any] = {"error": type(error).__name__}
    if isinstance(error, PionexError):
        body["message"] = error.message
        if error.code:
            body["code"] = error.code
        if isinstance(error, InvalidParameterError):
            body["parameter"] = error.parameter
        if isinstance(error, PionexConnectionError):
            body["outcome"] = "unknown"
        if error.data is not None:
            body["data"] = jsonable(error.data)
    else:
        body["message"] = str(error) or "an unexpected error of the server"
    for secret in hide:
        if secret and secret in body["message"]:
            body["message"] = body["message"].replace(secret, "<redacted>")
    return refusal(body)


def refusal(body: dict[str, Any]) -> types.CallToolResult:
    """A tool error whose text is ``body`` as JSON."""
    return types.CallToolResult(
        content=[types.TextContent(text=json.dumps(body, ensure_ascii=False))],
        is_error=True,
    )
