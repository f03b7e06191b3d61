"""An operation of the registry as an MCP tool: its name, description, input and output JSON
Schemas and annotations, all read from :class:`~pionex_wrapper.operation.Operation` (nothing
here knows one operation).

* **Name**: :attr:`Operation.tool_name` (the one naming rule: ``market_depth``,
  ``futures_trade_place_order``), which is MCP-safe (``[a-zA-Z0-9_-]``, at most 64 characters).
* **Inputs** are the API's own names (``clientOrderId``), as Pionex documents them and as the
  outputs are keyed.  Money and every
  other decimal is a string of plain decimal digits (a JSON number would go through a float);
  whole numbers and times (ms) are integers.  Types, enums, ranges, lengths, patterns, required
  inputs and nested objects and lists come from the spec.
* **Output**: the reply's ``data`` as an object keyed by the API's field names, decimals as exact
  strings, read from the decoded reply model's types (what is written).  Enums are not enforced
  on output (a value the exchange adds later is passed through, as the client keeps it), and a
  field the exchange may leave out may be null.  A write tool's output is what preparing it
  answers (:data:`PREPARED_OUTPUT`): the operation's reply comes back from ``confirm``.
* **Annotations** come from the registry's effect (``read``/``write``/``destructive``/
  ``withdrawal``), never from the HTTP method (Pionex reads some lists with POST).
"""

from __future__ import annotations

import re
from typing import Any

from pionex_wrapper.operation import Field, Operation, Param, Requirement

TOOL_NAME = re.compile(r"[a-zA-Z0-9_-]{1,64}")
"""What MCP allows as a tool name."""

_DECIMAL_OUT = {"type": "string", "description": "An exact decimal, as a string of digits."}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return {**schema, "type": [kind, "null"]}
    if kind is None:
        return schema
    return {**schema, "type": [*kind, "null"]} if "null" not in kind else schema


def param_schema(param: Param) -> dict[str, Any]:
    """The JSON Schema of one input."""
    schema: dict[str, Any]
    kind = param.kind
    if kind in ("integer", "time"):
        schema = {"type": "integer"}
    elif kind == "boolean":
        schema = {"type": "boolean"}
    elif kind == "object":
        schema = object_schema(param.fields or (), param.requires != ())
    elif kind == "array":
        if param.items is not None:
            item: dict[str, Any] = object_schema(param.items, False)
        elif param.item is not None:
            item = param_schema(param.item)
        else:
            item = {}
        schema = {"type": "array", "items": item}
        if param.min_items is not None:
            schema["minItems"] = param.min_items
        if param.max_items is not None:
            schema["maxItems"] = param.max_items
    else:  # string, decimal
        schema = {"type": "string"}
    if param.enum is not None:
        schema["enum"] = list(param.enum)
    if param.minimum is not None:
        schema["minimum"] = param.minimum
    if param.maximum is not None:
        schema["maximum"] = param.maximum
    if param.min_length is not None and schema.get("type") == "string":
        schema["minLength"] = param.min_length
    if param.max_length is not None and schema.get("type") == "string":
        schema["maxLength"] = param.max_length
    if param.pattern is not None and schema.get("type") == "string":
        schema["pattern"] = param.pattern
    description = param.description
    if kind == "decimal":
        description = f'{description} An exact decimal as a string ("0.001").'.strip()
    elif kind == "time":
        description = f"{description} Milliseconds since the epoch.".strip()
    if description:
        schema["description"] = description
    if param.default is not None:
        schema["default"] = param.default
    return schema


def object_schema(params: tuple[Param, ...] | list[Param], _rules: bool) -> dict[str, Any]:
    """An object whose properties are ``params`` (under their wire names)."""
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {p.wire: param_schema(p) for p in params},
        "additionalProperties": False,
    }
    required = [p.wire for p in params if p.required]
    if required:
        schema["required"] = required
    return schema


def input_schema(operation: Operation[Any]) -> dict[str, Any]:
    """The tool's input schema: an object of the operation's inputs under the API's names.

    Rules between inputs (``x-pionex-requires``, ``x-pionex-relations``) are not in the schema
    but in the description, in words (:func:`rules`); the client checks them when the tool is
    called and names the input it refuses."""
    return object_schema(operation.params, bool(operation.requires))


_SCALARS: dict[str, dict[str, Any]] = {
    "Decimal": _DECIMAL_OUT,
    "int": {"type": "integer"},
    "bool": {"type": "boolean"},
    "str": {"type": "string"},
}


def _type_schema(python_type: str, fields: tuple[Field, ...]) -> dict[str, Any]:
    """The JSON Schema of a value of the reply model's ``python_type`` (``Decimal``, ``list[Order]``,
    ``Side | UnknownValue``, ``dict[str, BalancePrice]``...) as :mod:`pionex_mcp.results` writes it;
    ``fields``: the model's fields, when it is one."""
    python_type = python_type.strip()
    if python_type in _SCALARS:
        return dict(_SCALARS[python_type])
    if python_type.endswith("| UnknownValue"):  # an enum: a value the exchange adds later is passed through
        return {"type": "string"}
    if python_type.startswith("list[") and python_type.endswith("]"):
        return {"type": "array", "items": _type_schema(python_type[5:-1], fields)}
    if python_type.startswith("tuple[") and python_type.endswith("]"):
        members = [_type_schema(member, ()) for member in python_type[6:-1].split(",")]
        return {"type": "array", "prefixItems": members, "minItems": len(members), "maxItems": len(members)}
    if python_type.startswith("dict[str,") and python_type.endswith("]"):
        inner = python_type[len("dict[str,") : -1]
        return {"type": "object", "additionalProperties": _type_schema(inner, fields) if fields else {}}
    if fields:  # a reply model
        return reply_schema(fields)
    return {}  # a model the registry does not describe: anything


def field_schema(field: Field) -> dict[str, Any]:
    """The JSON Schema of one reply field, as :mod:`pionex_mcp.results` writes it: read from the
    Python type of the decoded model (what is written), not the spec's kind (a whole number the
    spec types as a string is decoded, and written, as an integer)."""
    schema = _type_schema(field.type, field.fields)
    if field.description:
        schema["description"] = field.description
    return schema if field.required else _nullable(schema)


def reply_schema(fields: tuple[Field, ...]) -> dict[str, Any]:
    """An object whose properties are ``fields`` (extra properties allowed: the exchange may add)."""
    return {
        "type": "object",
        "properties": {f.wire: field_schema(f) for f in fields},
        "additionalProperties": True,
    }


PREPARED_OUTPUT: dict[str, Any] = {
    "type": "object",
    "description": "A write prepared, not sent: a plain summary and the single-use token for the confirm tool.",
    "properties": {
        "prepared": {"type": "boolean", "const": True},
        "sent": {"type": "boolean", "const": False},
        "tool": {"type": "string"},
        "effect": {"type": "string", "enum": ["write", "destructive", "withdrawal"]},
        "token": {"type": "string"},
    },
    "required": ["prepared", "sent", "token"],
    "additionalProperties": True,
}
"""The output schema of every write tool: calling one prepares the write (see
:mod:`pionex_mcp.guard`); the operation's own reply comes back from ``confirm``."""


def output_schema(operation: Operation[Any]) -> dict[str, Any] | None:
    """The tool's output schema: for a read, the reply's ``data`` (None when a success carries no
    data); for a write, what preparing it answers (:data:`PREPARED_OUTPUT`)."""
    if operation.effect != "read":
        return PREPARED_OUTPUT
    if operation.data_type is None:
        return None
    return reply_schema(operation.reply)


def tool_annotations(operation: Operation[Any]) -> dict[str, Any]:
    """MCP tool annotations from the registry's effect: a read is read-only and idempotent; a
    write is additive; a destructive change or a withdrawal is destructive.  Every Pionex tool
    talks to the exchange (open world)."""
    effect = operation.effect
    return {
        "title": operation.summary or operation.tool_name,
        "read_only_hint": effect == "read",
        "destructive_hint": effect in ("destructive", "withdrawal"),
        "idempotent_hint": effect == "read",
        "open_world_hint": True,
    }


def _rule_text(requirement: Requirement, wire: dict[str, str], prefix: str = "") -> str:
    """One ``x-pionex-requires`` rule in words, under the API's names: ``When type=LIMIT: give size,
    price; leave out amount.``"""
    names = {name: prefix + wire.get(name, name) for name, _ in requirement.when}
    when = " and ".join(condition.describe(names[name]) for name, condition in requirement.when)
    parts = []
    if requirement.require:
        parts.append("give " + ", ".join(prefix + wire.get(n, n) for n in requirement.require))
    if requirement.forbid:
        parts.append("leave out " + ", ".join(prefix + wire.get(n, n) for n in requirement.forbid))
    return f"When {when}: {'; '.join(parts)}."


_RELATION = {"differ": "must not all be the same", "ordered": "must be in that order (each no later than the next)"}


def rules(operation: Operation[Any]) -> list[str]:
    """The rules between inputs the schema cannot carry (``x-pionex-requires``, ``x-pionex-relations``,
    on the operation and inside its object inputs), in words; the client checks them at each call."""
    wire = {p.name: p.wire for p in operation.params}
    out = [_rule_text(r, wire) for r in operation.requires]
    out += [
        f"{', '.join(wire.get(n, n) for n in relation.inputs)} {_RELATION.get(relation.must, relation.must)}."
        for relation in operation.relations
    ]
    for param in operation.params:
        inner = {f.name: f.wire for f in param.fields or param.items or ()}
        out += [_rule_text(r, inner, f"{param.wire}.") for r in param.requires]
    return out


def description(operation: Operation[Any]) -> str:
    """The tool's description: what it does, the rules between its inputs, then what it needs and
    what calling it does."""
    parts = [operation.summary.rstrip(".") + "." if operation.summary else operation.tool_name]
    if operation.description:
        parts.append(operation.description)
    parts.extend(rules(operation))
    if operation.permission is None:
        parts.append("Public: needs no API key.")
    else:
        parts.append(f"Needs an API key with the {operation.permission!r} permission.")
    if operation.effect != "read":
        parts.append(
            f"Changes the account ({operation.effect}): calling this tool only prepares it and returns a "
            "summary and a token; nothing is sent until the `confirm` tool is called with that token."
        )
    return " ".join(parts)
