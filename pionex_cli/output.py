"""How a command's result is shown: a table (a terminal), JSON (``--json``, and any pipe), CSV (``--csv``).

Every reply model is a msgspec Struct, converted generically (nothing per operation):

* keys are the API's own field names as Pionex documents them (``orderId``, ``filledSize``), the
  same in the table, the JSON and the CSV, so a script can use Pionex's documentation;
* money and every other decimal is written with its exact digits, as a string in JSON
  (``"0.00000001"``, never a float or an exponent); whole numbers and times (ms) stay numbers;
* a reply holding one list of records (orders, fills, klines) is shown as that list's rows (the
  other fields of the reply are shown above a table and left out of CSV); any other reply as one
  row per field (a table) or one object (JSON) / one row (CSV);
* in a table, decimal columns are right-aligned so the digits line up.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .session import OutputFormat


def plain(value: Any) -> Any:
    """``value`` (a reply model, a list of them, a Decimal...) as JSON-ready builtins, decimals kept
    as :class:`~decimal.Decimal`."""
    import msgspec

    return msgspec.to_builtins(value, builtin_types=(Decimal,))


def decimal_text(value: Decimal) -> str:
    """A decimal's exact digits in plain notation (``1E-8`` is ``0.00000001``)."""
    text = format(value, "f")
    return "0" if text in ("-0", "") else text


def json_ready(value: Any) -> Any:
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dict):
        return {k: json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_ready(v) for v in value]
    return value


def to_json(value: Any) -> str:
    """The JSON text of a converted result (decimals as exact strings)."""
    return json.dumps(json_ready(value), ensure_ascii=False, indent=2)


def rows_of(value: Any) -> tuple[list[dict[str, Any]] | None, dict[str, Any]]:
    """The list of records a result holds (None if it holds no single list of objects), and the
    rest of it (its other fields)."""
    if isinstance(value, list):
        return [v if isinstance(v, dict) else {"value": v} for v in value], {}
    if not isinstance(value, dict):
        return None, {"value": value}
    lists = [k for k, v in value.items() if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)]
    if len(lists) == 1:
        key = lists[0]
        return value[key], {k: v for k, v in value.items() if k != key}
    empty = [k for k, v in value.items() if isinstance(v, list) and not v]
    if (
        not lists
        and len(empty) == 1
        and all(not isinstance(v, (list, dict)) for k, v in value.items() if k != empty[0])
    ):
        return [], {k: v for k, v in value.items() if k != empty[0]}
    return None, value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(json_ready(value), ensure_ascii=False, separators=(",", ":"))
    return str(value)


cell = _cell
"""One value as a CSV cell: decimals with their exact digits, nested values as compact JSON."""


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    return columns


def to_csv(value: Any) -> str:
    """CSV of a result: the rows of its list, or one row of its fields."""
    rows, rest = rows_of(value)
    if rows is None:
        rows = [rest]
    buffer = io.StringIO()
    columns = _columns(rows)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def render_table(value: Any, file: IO[str], *, terminal: bool, width: int | None = None) -> None:
    """A rich table of a result on ``file`` (colours only on a terminal).

    A reply with one list of records is that list's rows (its other fields above, as field/value
    rows); a reply with several lists (a book's ``bids`` and ``asks``) is one titled table per list;
    anything else is one field/value row per field."""
    from rich.console import Console

    console = Console(file=file, force_terminal=terminal, no_color=not terminal, width=width, highlight=False)
    rows, rest = rows_of(value)
    if rows is not None:
        if rest:
            console.print(_key_values(rest))
        console.print(_rows_table(rows) if rows else "(no records)")
        return
    lists = {k: v for k, v in rest.items() if isinstance(v, list) and v}
    scalars = {k: v for k, v in rest.items() if k not in lists}
    if scalars:
        console.print(_key_values(scalars))
    for key, items in lists.items():
        console.print(_rows_table([_row(item) for item in items], title=key))


def _row(item: Any) -> dict[str, Any]:
    if isinstance(item, dict):
        return item
    if isinstance(item, (list, tuple)):
        return {str(i + 1): v for i, v in enumerate(item)}
    return {"value": item}


def _rows_table(rows: list[dict[str, Any]], title: str | None = None) -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    columns = _columns(rows)
    for column in columns:
        values = [r.get(column) for r in rows if r.get(column) is not None]
        numeric = bool(values) and all(isinstance(v, (Decimal, int)) and not isinstance(v, bool) for v in values)
        table.add_column(column, justify="right" if numeric else "left", no_wrap=numeric)
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    return table


def _key_values(value: dict[str, Any]) -> Any:
    from rich.table import Table

    table = Table(show_header=True)
    table.add_column("field")
    table.add_column("value", justify="right")
    for key, item in value.items():
        table.add_row(key, _cell(item))
    return table


def emit(result: Any, fmt: OutputFormat, path: str | None) -> None:
    """Write ``result`` (a reply model, a list, or None) in ``fmt`` to stdout, or to ``path``."""
    value = plain(result)
    if path is not None:
        with open(path, "w", encoding="utf-8", newline="") as file:
            _write(value, fmt, file, terminal=False)
        return
    stream = sys.stdout
    _write(value, fmt, stream, terminal=fmt == "table" and stream.isatty())
    stream.flush()


def _write(value: Any, fmt: OutputFormat, file: IO[str], *, terminal: bool) -> None:
    if value is None and fmt != "json":
        file.write("done\n" if fmt == "table" else "")
        return
    if fmt == "json":
        file.write(to_json(value) + "\n")
    elif fmt == "csv":
        file.write(to_csv(value))
    else:
        render_table(value, file, terminal=terminal)
