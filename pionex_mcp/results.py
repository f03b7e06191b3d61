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
from typing import Any

import mcp_types as types

from pionex_cli.output import json_ready, plain


def jsonable(value: Any) -> Any:
    """``value`` (a reply model, a list, a Decimal...) as JSON builtins, decimals as exact strings."""
    return json_ready(plain(value))


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
