"""The command tree: one click command per operation, built from the generated command table.

``make generate`` writes ``generated/pionex_client/cli_commands.json`` from the operation registry
(``openapi/build_cli.py``); this module reads that table (plain JSON, nothing imported) and builds
the groups and commands on demand, so ``pionex --help`` imports neither httpx nor the client.  Only
running a command imports :mod:`pionex_wrapper`.  Nothing here is written for one operation.

How inputs become options (from each input's record in the table):

* every input is ``--flag`` (its python name in kebab-case: ``--client-order-id``); a pair
  (``symbol``) may also be given as the first argument: ``pionex market depth BTC_USDT``;
* ``string``: text, or one of the spec's values (a ``click.Choice``); ``decimal``: a plain decimal
  kept exactly as typed (never a float); ``integer``: whole numbers within the spec's range;
  ``time``: milliseconds since the epoch or an ISO 8601 date/time (UTC unless it says otherwise); ``boolean``: ``--flag/--no-flag``;
* a list of plain values: the flag repeated (``--client-dual-ids a --client-dual-ids b``);
* a nested object (a grid's ``buOrderData``) or a list of objects (a batch's ``orders``): JSON, given
  inline (``--bu-order-data '{"top": "70000", ...}'``), from a file (``@grid.json``) or from stdin
  (``-``); an object's fields may also be given one by one as dotted flags
  (``--bu-order-data.top 70000 --bu-order-data.row 10``), merged over the JSON.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import click

TABLE_NAME = "cli_commands.json"

Entry = dict[str, Any]
"""One operation's record in the command table."""


@functools.cache
def table() -> tuple[Entry, ...]:
    """Every operation's record, from the table the generator wrote (no module of the client imported)."""
    return tuple(_data()["commands"])


def area_help(words: str) -> str:
    """The help of an area (``futures trade``) from the table, or empty."""
    return str(_data().get("areas", {}).get(words, ""))


@functools.cache
def _data() -> dict[str, Any]:
    spec = find_spec("pionex_client")
    if spec is None or not spec.submodule_search_locations:
        raise click.ClickException("the pionex_client package is not installed")
    for location in spec.submodule_search_locations:
        path = Path(location) / TABLE_NAME
        if path.exists():
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return data
    raise click.ClickException(f"{TABLE_NAME} is missing from pionex_client: run `make generate`")


@functools.cache
def tree() -> dict[str, Any]:
    """The command words as nested dicts; a leaf is an operation's record (a dict with ``id``)."""
    root: dict[str, Any] = {}
    for entry in table():
        node = root
        for word in entry["words"][:-1]:
            node = node.setdefault(word, {})
        node[entry["words"][-1]] = {"": entry}
    return root


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


class DecimalText(click.ParamType[str, Any]):
    """A plain decimal, kept as the exact text typed (``0.00000001`` stays ``0.00000001``)."""

    name = "decimal"

    def __init__(self, signed: bool = False) -> None:
        self.signed = signed

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        text = str(value).strip()
        try:
            number = Decimal(text)
        except InvalidOperation:
            self.fail(f"{value!r} is not a decimal number", param, ctx)
        if not number.is_finite() or "e" in text.lower():
            self.fail(f"{value!r}: write the number in plain digits (such as 0.001)", param, ctx)
        if number < 0 and not self.signed:
            self.fail(f"{value!r} must not be negative", param, ctx)
        return text


class TimeMs(click.ParamType[int, Any]):
    """A time in milliseconds since the epoch, or an ISO 8601 date or time (UTC unless it says
    otherwise): ``1767225600000``, ``2026-01-01``, ``2026-01-01T08:00:00+08:00``."""

    name = "time"

    def __init__(self, low: int | None, high: int | None) -> None:
        self.low, self.high = low, high

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            ms = value
        elif str(value).strip().isdigit():
            ms = int(str(value).strip())
        else:
            from datetime import UTC, datetime

            try:
                moment = datetime.fromisoformat(str(value).strip())
            except ValueError:
                self.fail(f"{value!r} is neither milliseconds nor an ISO date (2026-01-01T00:00:00Z)", param, ctx)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            ms = int(moment.timestamp() * 1000)
        if (self.low is not None and ms < self.low) or (self.high is not None and ms > self.high):
            self.fail(f"{ms} is not between {self.low} and {self.high}", param, ctx)
        return ms


class JsonValue(click.ParamType[Any, Any]):
    """A JSON value given inline, as ``@file.json``, or as ``-`` (read from stdin)."""

    name = "json"

    def __init__(self, want: type) -> None:
        self.want = want

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        text = value
        if value == "-":
            text = sys.stdin.read()
        elif value.startswith("@"):
            try:
                text = Path(value[1:]).read_text(encoding="utf-8")
            except OSError as error:
                self.fail(f"cannot read {value[1:]}: {error.strerror}", param, ctx)
        try:
            data = json.loads(text, parse_float=str, parse_int=str)
        except json.JSONDecodeError as error:
            self.fail(f"not JSON ({error.msg} at line {error.lineno} column {error.colno})", param, ctx)
        if not isinstance(data, self.want):
            self.fail(f"must be a JSON {'object' if self.want is dict else 'list'}", param, ctx)
        return data


def _scalar_type(record: Entry) -> click.ParamType[Any, Any]:
    kind = record["kind"]
    enum = record.get("enum")
    if enum is not None:
        return click.Choice([str(v) for v in enum])
    if kind == "decimal":
        return DecimalText(record.get("signed", False))
    if kind == "time":
        return TimeMs(record.get("minimum"), record.get("maximum"))
    if kind == "integer":
        low, high = record.get("minimum"), record.get("maximum")
        if low is not None or high is not None:
            return click.IntRange(low, high)
        return click.INT
    return click.STRING


def _help(record: Entry, *, marked: bool = False) -> str:
    """The option's help; ``marked``: click already says ``[required]``."""
    text = str(record.get("description", ""))
    if record.get("default") is not None:
        text += f" [default: {record['default']}]"
    if record.get("required") and not marked:
        text += " [required]"
    return text.strip()


def _typed(record: Entry, value: Any) -> Any:
    """A value from a click option or from JSON as the client takes it (JSON numbers were read as
    text so decimals keep their digits: whole-number inputs become ints again)."""
    kind = record["kind"]
    if value is None:
        return None
    if record.get("enum") is not None and kind == "integer":
        return int(value)
    if kind in ("integer", "time") and isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return value  # the client names the input and refuses it
    if kind == "boolean" and isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if kind == "object" and isinstance(value, Mapping):
        return _typed_object(record.get("fields") or [], value)
    if kind == "array" and isinstance(value, Sequence) and not isinstance(value, str):
        if record.get("items"):
            return [_typed_object(record["items"], v) if isinstance(v, Mapping) else v for v in value]
        if record.get("item"):
            return [_typed(record["item"], v) for v in value]
        return list(value)
    return value


def _typed_object(fields: list[Entry], value: Mapping[str, Any]) -> dict[str, Any]:
    by_key = {f["wire"]: f for f in fields} | {f["name"]: f for f in fields}
    return {k: (_typed(by_key[k], v) if k in by_key else v) for k, v in value.items()}


def _dotted(record: Entry, field: Entry) -> click.Option:
    flag = f"--{record['flag']}.{field['flag']}"
    kind = field["kind"]
    if kind == "boolean":
        return click.Option(
            [flag, f"{record['name']}__{field['name']}"],
            type=click.Choice(["true", "false"]),
            help=_help(field),
        )
    if kind in ("object", "array"):
        return click.Option(
            [flag, f"{record['name']}__{field['name']}"],
            type=JsonValue(dict if kind == "object" else list),
            help=_help(field),
        )
    return click.Option([flag, f"{record['name']}__{field['name']}"], type=_scalar_type(field), help=_help(field))


def _options(entry: Entry) -> list[click.Parameter]:
    params: list[click.Parameter] = []
    for record in entry["params"]:
        if record.get("positional"):
            params.append(
                click.Argument(["positional_" + record["name"]], required=False, metavar=record["flag"].upper())
            )
    for record in entry["params"]:
        kind, flag, dest = record["kind"], "--" + record["flag"], record["name"]
        required = bool(record.get("required")) and not record.get("positional")
        if kind == "boolean":
            params.append(
                click.Option(
                    [f"{flag}/--no-{record['flag']}", dest],
                    default=None,
                    required=required,
                    help=_help(record, marked=required),
                )
            )
        elif kind == "object":
            params.append(
                click.Option(
                    [flag, dest],
                    type=JsonValue(dict),
                    help=_help(record) + " JSON, @FILE or - (stdin).",
                    metavar="JSON",
                )
            )
            params.extend(_dotted(record, field) for field in record.get("fields") or [])
        elif kind == "array" and record.get("items"):
            params.append(
                click.Option(
                    [flag, dest],
                    type=JsonValue(list),
                    required=required,
                    metavar="JSON",
                    help=_help(record, marked=required) + " A JSON list of objects, @FILE or - (stdin).",
                )
            )
        elif kind == "array":
            item = record.get("item") or {"kind": "string"}
            params.append(
                click.Option(
                    [flag, dest],
                    type=_scalar_type(item),
                    multiple=True,
                    required=required,
                    help=_help(record, marked=required) + " Repeat the flag for each value.",
                )
            )
        else:
            params.append(
                click.Option(
                    [flag, dest], type=_scalar_type(record), required=required, help=_help(record, marked=required)
                )
            )
    return params


def gather(entry: Entry, values: Mapping[str, Any]) -> dict[str, Any]:
    """The command's inputs under the API's wire names, from click's parsed ``values`` (only those given)."""
    arguments: dict[str, Any] = {}
    for record in entry["params"]:
        name = record["name"]
        value = values.get(name)
        if record.get("positional"):
            given = values.get("positional_" + name)
            if given is not None and value is not None and given != value:
                raise click.UsageError(f"the {record['flag']} is given twice ({given} and --{record['flag']} {value})")
            value = value if value is not None else given
        if record["kind"] == "object":
            dotted = {
                field["wire"]: values[f"{name}__{field['name']}"]
                for field in record.get("fields") or []
                if values.get(f"{name}__{field['name']}") is not None
            }
            if dotted:
                value = {**(value or {}), **dotted}
            if value is None and record.get("required"):
                raise click.UsageError(f"Missing option '--{record['flag']}' (JSON, @FILE, - or its dotted flags).")
        if value is None or (isinstance(value, tuple) and not value):
            if record.get("required") and record.get("positional"):
                raise click.UsageError(f"Missing argument '{record['flag'].upper()}' (or --{record['flag']}).")
            continue
        arguments[record["wire"]] = _typed(record, value)
    return arguments


def make_command(entry: Entry, run: Callable[[Entry, dict[str, Any]], None]) -> click.Command:
    """The click command of one operation; ``run(entry, arguments)`` sends it."""

    def callback(**values: Any) -> None:
        run(entry, gather(entry, values))

    effect = entry["effect"]
    marks = [] if effect == "read" else [f"Effect: {effect} (asks for confirmation; --dry-run shows the request)."]
    if entry.get("permission"):
        marks.append(f"Key permission: {entry['permission']}.")
    else:
        marks.append("Public: no key needed.")
    marks.append(f"Operation: {entry['id']}.")
    text = "\n\n".join(part for part in (entry["summary"], entry["description"], " ".join(marks)) if part)
    return click.Command(
        entry["words"][-1],
        params=_options(entry),
        callback=callback,
        help=text,
        short_help=_first_line(entry["summary"] or entry["description"]),
    )


class OperationGroup(click.Group):
    """A group of the command tree (an area), whose subcommands are built when asked for."""

    def __init__(
        self, name: str, node: dict[str, Any], run: Callable[[Entry, dict[str, Any]], None], words: str = "", **kw: Any
    ):
        super().__init__(name, **kw)
        self.node = node
        self.run = run
        self.words = words
        """The group's command words under ``pionex`` (empty for the root)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.node) + super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        child = self.node.get(cmd_name)
        if child is None:
            return super().get_command(ctx, cmd_name)
        if "" in child:
            return make_command(child[""], self.run)
        words = f"{self.words} {cmd_name}".strip()
        return OperationGroup(cmd_name, child, self.run, words=words, help=_area_help(words, child))


def _area_help(words: str, node: dict[str, Any]) -> str:
    return area_help(words) or f"The {words} operations."
