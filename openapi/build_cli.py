"""Write ``cli_commands.json``: the command table the ``pionex`` command line is built from.

Usage: ``python openapi/build_cli.py OUT`` where ``OUT`` is a freshly generated ``pionex_client``
package (``generate.py`` runs it with ``OUT``'s parent first on ``PYTHONPATH``, so the registry read
here is the one just generated).  Everything comes from the operation registry
(:mod:`pionex_wrapper.registry`): nothing is written for one operation.

The table holds each area's help (``areas``: the facade's docstring of the property reaching it), and,
for every operation: its command ``words`` (the naming rule, kebab-case), its
``id``, where the client has it (the facade ``module`` listing it in ``OPERATIONS``, the dotted
``area`` and the ``method`` there: a command imports that one area, not all), ``summary`` and ``description`` (help text), ``effect``, ``permission``, whether it pages
(``paging``), and its ``params``: python ``name``, ``wire`` name, CLI ``flag`` (kebab-case of the
python name), ``kind``, ``required``, ``enum``, ranges, ``pattern``, ``description``, ``default``,
the ``fields`` of a nested object and the ``items`` of a list of objects (each a param record
itself).  Only keys whose value is set are written, so the file stays small.

The positional rule: an operation's ``symbol`` input (the pair) may also be given as the command's
first argument, without its flag (``pionex market depth BTC_USDT``); it is marked
``"positional": true``.  No other input is positional.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

POSITIONAL = "symbol"
"""The one input a command takes as an optional positional argument as well as a flag."""

TABLE = "cli_commands.json"


def _param(param: Any, *, top: bool) -> dict[str, Any]:
    record: dict[str, Any] = {
        "name": param.name,
        "wire": param.wire,
        "flag": param.name.replace("_", "-"),
        "kind": param.kind,
    }
    if param.required:
        record["required"] = True
    if top and param.name == POSITIONAL and param.kind == "string":
        record["positional"] = True
    for key in ("minimum", "maximum", "min_length", "max_length", "pattern", "min_items", "max_items", "default"):
        value = getattr(param, key)
        if value is not None:
            record[key] = value
    if param.enum is not None:
        record["enum"] = list(param.enum)
    if param.signed:
        record["signed"] = True
    if param.description:
        record["description"] = param.description
    if param.fields is not None:
        record["fields"] = [_param(field, top=False) for field in param.fields]
    if param.items is not None:
        record["items"] = [_param(field, top=False) for field in param.items]
    if param.item is not None:
        record["item"] = _param(param.item, top=False)
    return record


def table() -> dict[str, Any]:
    """The command table of the registry importable now."""
    import importlib

    from pionex_client import facade
    from pionex_wrapper import registry

    module_of: dict[str, str] = {}  # where a command finds its operation without importing every area
    for module in facade.AREAS:
        for found in importlib.import_module(f"pionex_client.facade.{module}").OPERATIONS:
            module_of[found.operation_id] = module
    commands: list[dict[str, Any]] = []
    for op in registry.operations():
        entry: dict[str, Any] = {
            "words": op.command.split(" "),
            "id": op.operation_id,
            "module": module_of[op.operation_id],
            "area": op.area or op.tag,
            "method": op.name,
            "summary": op.summary,
            "description": op.description,
            "effect": op.effect,
        }
        if op.permission is not None:
            entry["permission"] = op.permission
        if op.paging is not None:
            entry["paging"] = True
        entry["params"] = [_param(p, top=True) for p in op.params]
        commands.append(entry)
    _check_tree(commands)
    return {"areas": _areas(facade, {tuple(c["area"].split(".")) for c in commands}), "commands": commands}


def _areas(facade: Any, paths: set[tuple[str, ...]]) -> dict[str, str]:
    """Each area's and area group's help (the facade's docstring of the property that reaches it),
    by its command words: ``{"futures trade": "Placing, cancelling ...", "futures": ...}``."""
    helps: dict[str, str] = {}
    for path in sorted(paths):
        holder: Any = facade.Areas
        for depth, part in enumerate(path):
            prop = getattr(holder, part, None)
            func = getattr(prop, "func", None)
            if func is None:
                break
            words = " ".join(p.replace("_", "-") for p in path[: depth + 1])
            helps[words] = " ".join((func.__doc__ or "").split())
            returned = func.__annotations__.get("return")
            holder = getattr(facade, returned, None) if isinstance(returned, str) else returned
    return helps


def _check_tree(commands: list[dict[str, Any]]) -> None:
    """Refuse a table where a word is both a command and a group, or two operations share words."""
    leaves = {tuple(c["words"]) for c in commands}
    if len(leaves) != len(commands):
        raise SystemExit("two operations have the same command words")
    for words in leaves:
        for cut in range(1, len(words)):
            if words[:cut] in leaves:
                raise SystemExit(f"{' '.join(words[:cut])} is both a command and a group")


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    text = json.dumps(table(), ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
    (out / TABLE).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
