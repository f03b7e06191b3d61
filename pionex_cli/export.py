"""``pionex export KIND --from ... --to ...``: a paged list operation's whole history to a CSV file
(or Parquet), oldest first, resumable.

KIND is a name of :data:`KINDS` (``fills``, ``orders``, ``klines``, ``funding``, ``transfers``) or
any operation of the registry that pages by time (``futuresGetFills``...); nothing is written per
operation: the operation's :class:`~pionex_wrapper.operation.Paging` says how to read it, its reply
model names the columns.

How it is read, in bounded memory: the range ``[--from, --to]`` is cut into windows (``--window``,
a day by default), taken oldest first.  Each window is read whole through ``client.paginate``
(newest first, every request an ordinary call: rate limits, retries, checks; no record twice or
missing at a page edge), its records sorted oldest first (by time, then id), and appended to the
file, which is flushed; then the progress file next to the output (``FILE.progress.json``) records
that the window is done.  Memory holds one window's records at most: narrow ``--window`` for a
dense history.

Resuming: an export that stops (Ctrl-C, a network error) leaves the rows written so far and the
progress file.  ``--resume`` with the same arguments continues at the first window not done; rows of
that window already in the file (written before the stop) are recognised by their id (or by the
whole row, for records without one) and not written again; a line cut short is dropped.  The
progress file is removed once the export is complete.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING, Any

import click

from .session import Session

if TYPE_CHECKING:
    from pionex_wrapper.operation import Operation

KINDS: dict[str, tuple[str, str]] = {
    "fills": ("getFills", "spot fills (--symbol)"),
    "orders": ("getAllOrders", "spot orders (--symbol)"),
    "klines": ("getKlines", "candles (--symbol, --param interval=1M)"),
    "funding": ("futuresGetFundingFees", "futures funding fees"),
    "transfers": ("futuresGetTransfers", "futures transfers"),
}
"""The history each KIND names: an operation id of the registry that pages by time, and what it is."""

PROGRESS_SUFFIX = ".progress.json"
DAY_MS = 86_400_000
_UNITS = {"ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000, "d": DAY_MS}


def parse_moment(text: str, name: str) -> int:
    """Milliseconds since the epoch from ``text``: an integer (ms), ``now``, or an ISO date or date
    and time (UTC unless it says its zone)."""
    value = text.strip()
    if value.lower() == "now":
        return int(datetime.now(UTC).timestamp() * 1000)
    if re.fullmatch(r"\d+", value):
        return int(value)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{text!r}: give milliseconds, an ISO date (2024-01-31) or time, or now", param_hint=name
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def parse_duration(text: str) -> int:
    """A duration in milliseconds: ``500ms``, ``30s``, ``15m``, ``6h``, ``1d`` (a number alone: ms)."""
    found = re.fullmatch(r"\s*(\d+)\s*(ms|s|m|h|d)?\s*", text)
    if not found or int(found.group(1)) < 1:
        raise click.BadParameter(f"{text!r}: give a positive duration such as 6h, 1d, 30m", param_hint="--window")
    return int(found.group(1)) * _UNITS[found.group(2) or "ms"]


def windows(start: int, end: int, size: int) -> list[tuple[int, int]]:
    """``[start, end]`` cut into inclusive windows of ``size`` ms, oldest first."""
    out = []
    low = start
    while low <= end:
        high = min(end, low + size - 1)
        out.append((low, high))
        low = high + 1
    return out


def _fields(operation: Operation[Any]) -> list[Any]:
    """The fields (msgspec's) of one record of the operation's list, from its reply model."""
    import msgspec

    assert operation.paging is not None and operation.data_type is not None
    reply = msgspec.inspect.type_info(operation.data_type)
    assert isinstance(reply, msgspec.inspect.StructType)
    for field in reply.fields:
        if field.name == operation.paging.items:
            kind = field.type
            while isinstance(kind, msgspec.inspect.UnionType):  # list[Item] | None
                kind = next(t for t in kind.types if not isinstance(t, msgspec.inspect.NoneType))
            item = getattr(kind, "item_type", None)
            if isinstance(item, msgspec.inspect.StructType):
                return list(item.fields)
    raise click.ClickException(f"{operation.operation_id}: the records of its reply have no named fields")


def _columns(operation: Operation[Any]) -> list[str]:
    """The API's field names of one record (the CSV's header)."""
    return [field.encode_name for field in _fields(operation)]


def _encode(operation: Operation[Any], attribute: str | None) -> str | None:
    """The API's name of a record field, from its attribute name."""
    if attribute is None:
        return None
    return next((f.encode_name for f in _fields(operation) if f.name == attribute), attribute)


def _operation(kind: str) -> Operation[Any]:
    from pionex_wrapper import InvalidParameterError, registry

    try:
        operation = registry.operation(KINDS[kind][0] if kind in KINDS else kind)
    except InvalidParameterError as error:
        raise click.BadParameter(f"{error.message} (kinds: {', '.join(KINDS)})", param_hint="KIND") from None
    if operation.paging is None or operation.paging.by != "time":
        raise click.BadParameter(
            f"{operation.operation_id} is not a list paged by time (kinds: {', '.join(KINDS)})", param_hint="KIND"
        )
    return operation


def _time_of(record: Any, operation: Operation[Any]) -> int:
    assert operation.paging is not None and operation.paging.time is not None
    value = getattr(record, operation.paging.time)
    assert isinstance(value, int)
    return value


class _Writer:
    """CSV rows appended to a file (or stdout)."""

    def __init__(self, file: IO[str], columns: list[str]) -> None:
        import csv

        self.file = file
        self.columns = columns
        self.csv = csv.writer(file, lineterminator="\n")

    def header(self) -> None:
        self.csv.writerow(self.columns)

    def row(self, values: dict[str, Any]) -> list[str]:
        from .output import cell

        cells = [cell(values.get(c)) for c in self.columns]
        self.csv.writerow(cells)
        return cells


def _tail_keys(path: str, columns: list[str], id_column: str | None, time_column: str, since: int) -> set[Any]:
    """Keys of the rows of ``path`` at or after ``since`` (the window being written when the export
    stopped), after dropping a last line cut short."""
    _cut_partial_line(path)
    import csv

    keys: set[Any] = set()
    with open(path, encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        header = next(reader, None)
        if header is None:  # stopped before the header was written
            with open(path, "w", encoding="utf-8", newline="") as out:
                _Writer(out, columns).header()
            return keys
        if header != columns:
            raise click.ClickException(f"{path}: its header is not this export's columns: cannot resume it")
        at = columns.index(time_column)
        ident = None if id_column is None else columns.index(id_column)
        for cells in reader:
            if cells and int(cells[at]) >= since:
                keys.add(tuple(cells) if ident is None else cells[ident])
    return keys


def _cut_partial_line(path: str) -> None:
    """Drop the end of ``path`` after its last newline (a row cut short), reading backward by blocks."""
    with open(path, "rb+") as raw:
        end = raw.seek(0, os.SEEK_END)
        position = end
        while position > 0:
            start = max(0, position - 65536)
            raw.seek(start)
            block = raw.read(position - start)
            at = block.rfind(b"\n")
            if at >= 0:
                position = start + at + 1
                break
            position = start
        if position != end:
            raw.truncate(position)


def _on_terminal() -> bool:
    return sys.stderr.isatty()


def _progress_bar(total: int) -> Any:
    """A rich progress bar on stderr when it is a terminal (None otherwise)."""
    if not _on_terminal():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("exporting"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%  {task.fields[rows]} rows"),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=False,
    )
    progress.add_task("export", total=total, rows=0)
    return progress


def _records(session: Session, operation: Operation[Any], arguments: dict[str, Any], low: int, high: int) -> list[Any]:
    """Every record of ``[low, high]`` (ms, both included), oldest first."""
    assert operation.paging is not None
    end = high if operation.paging.end_inclusive else high + 1
    records = list(session.client().paginate(operation.operation_id, arguments, start_time=low, end_time=end))
    identity = operation.paging.id
    records.reverse()  # newest first -> oldest first; then a stable sort by time (and id)

    def order(record: Any) -> tuple[int, ...]:
        ident = getattr(record, identity) if identity else None
        return (_time_of(record, operation), ident) if isinstance(ident, int) else (_time_of(record, operation),)

    records.sort(key=order)
    return records


@click.command("export")
@click.argument("kind", metavar="KIND")
@click.option("--from", "start", required=True, metavar="WHEN", help="Start (ms, ISO date/time in UTC, or now).")
@click.option("--to", "end", default="now", show_default=True, metavar="WHEN", help="End, included.")
@click.option("--symbol", metavar="SYMBOL", help="The pair (BTC_USDT, BTC_USDT_PERP), where the operation takes one.")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Another input of the operation, by its API name (--param interval=1M for klines).",
)
@click.option(
    "--output",
    "-o",
    "output_path",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="The file to write (stdout if omitted: no resuming then). FILE.parquet: Parquet (needs pyarrow).",
)
@click.option("--window", default="1d", show_default=True, metavar="DURATION", help="Time read per step (6h, 1d...).")
@click.option("--resume", is_flag=True, help="Continue an export that stopped, from its progress file.")
@click.pass_context
def export(
    ctx: click.Context,
    kind: str,
    start: str,
    end: str,
    symbol: str | None,
    params: tuple[str, ...],
    output_path: str | None,
    window: str,
    resume: bool,
) -> None:
    """Export a history to CSV (or Parquet), oldest first, over any range.

    \b
    KIND is one of:
    {kinds}
    or any operation id of a list paged by time (futuresGetFills, futuresGetHistoryOrders...).

    The range is read window by window (--window), each through the client's paging (no record
    twice or missing, rate limits and retries as for any call). With --output FILE, an export that
    stops leaves the rows written and FILE.progress.json; run it again with --resume to continue.
    """
    session = ctx.find_object(Session)
    assert session is not None
    low, high = parse_moment(start, "--from"), parse_moment(end, "--to")
    if low > high:
        raise click.BadParameter("--from is after --to", param_hint="--from")
    size = parse_duration(window)
    path = output_path or session.output_path
    parquet = path is not None and path.lower().endswith(".parquet")
    if parquet:
        try:
            import pyarrow  # type: ignore[import-not-found, import-untyped, unused-ignore]  # noqa: F401
        except ImportError:
            raise click.ClickException("Parquet output needs pyarrow (pip install pyarrow); or write CSV") from None
    if resume and path is None:
        raise click.UsageError("--resume needs --output FILE")
    arguments: dict[str, Any] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{item!r}: give NAME=VALUE", param_hint="--param")
        arguments[name] = value
    if symbol is not None:
        arguments["symbol"] = symbol
    operation = _operation(kind)
    session.ready()
    job = {
        "operation": operation.operation_id,
        "arguments": arguments,
        "given": [start, end],  # as typed: --to now (the default) means the first run's now
        "from": low,
        "to": high,
        "window": size,
    }
    csv_path = None if path is None else (path + ".part.csv" if parquet else path)
    if path is None:
        _export(session, operation, job, sys.stdout, 0, set(), None)
        return
    assert csv_path is not None
    progress_path = path + PROGRESS_SUFFIX
    columns = _columns(operation)
    keys: set[Any] = set()
    if resume:
        try:
            with open(progress_path, encoding="utf-8") as file:
                saved = json.load(file)
        except FileNotFoundError:
            raise click.ClickException(f"no export to resume: {progress_path} does not exist") from None
        before = saved.get("job") or {}
        if before.get("given") == job["given"]:  # the range the first run resolved (its "now")
            job["from"], job["to"] = before.get("from"), before.get("to")
        if before != job:
            raise click.ClickException(f"{progress_path} is an export of other arguments: {saved.get('job')}")
        done = int(saved["done"])
        if os.path.exists(csv_path):
            assert operation.paging is not None and operation.paging.time is not None
            keys = _tail_keys(
                csv_path,
                columns,
                _encode(operation, operation.paging.id),
                _encode(operation, operation.paging.time) or operation.paging.time,
                done + 1,
            )
            out = open(csv_path, "a", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
        else:
            out = open(csv_path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            _Writer(out, columns).header()
        first = done + 1
    else:
        if os.path.exists(progress_path):
            raise click.ClickException(
                f"{progress_path} exists: an export there stopped; continue it with --resume, or remove it"
            )
        out = open(csv_path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        _Writer(out, columns).header()
        out.flush()
        first = low
        _save(progress_path, job, low - 1)
    from pionex_wrapper import InvalidParameterError  # the client is loaded by now (the operation)

    try:
        with out:
            _export(session, operation, job, out, first, keys, progress_path)
    except InvalidParameterError:
        # The client refused the request before sending it (a missing or bad input): nothing of this
        # export exists, and a corrected command must not find a progress file in its way.
        if not resume:
            for leftover in (progress_path, csv_path):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(leftover)
        raise
    if parquet:
        _to_parquet(csv_path, path, columns)
        os.remove(csv_path)
    os.remove(progress_path)


def _save(progress_path: str, job: dict[str, Any], done: int) -> None:
    """Record that every window up to ``done`` (ms, included) is in the file (replaced atomically)."""
    staging = progress_path + ".tmp"
    with open(staging, "w", encoding="utf-8") as file:
        json.dump({"job": job, "done": done}, file)
    os.replace(staging, progress_path)


def _export(
    session: Session,
    operation: Operation[Any],
    job: dict[str, Any],
    out: IO[str],
    first: int,
    keys: set[Any],
    progress_path: str | None,
) -> None:
    from pionex_wrapper import InvalidParameterError

    from .output import plain

    columns = _columns(operation)
    writer = _Writer(out, columns)
    if progress_path is None:
        writer.header()
        first = job["from"]
    identity = _encode(operation, operation.paging.id if operation.paging else None)
    ident = None if identity is None else columns.index(identity)
    steps = windows(first, job["to"], job["window"]) if first <= job["to"] else []
    bar = _progress_bar(job["to"] - job["from"] + 1)
    written = 0
    try:
        if bar is not None:
            bar.start()
            bar.update(bar.task_ids[0], completed=first - job["from"])
        for low, high in steps:
            for record in _records(session, operation, job["arguments"], low, high):
                values = plain(record)
                if keys:
                    from .output import cell

                    cells = [cell(values.get(c)) for c in columns]
                    if (tuple(cells) if ident is None else cells[ident]) in keys:
                        continue
                writer.row(values)
                written += 1
            keys = set()
            out.flush()
            if progress_path is not None:
                os.fsync(out.fileno())
                _save(progress_path, job, high)
            if bar is not None:
                bar.update(bar.task_ids[0], completed=high - job["from"] + 1, rows=written)
    except BaseException as error:
        if progress_path is not None and not isinstance(error, InvalidParameterError):
            click.echo(
                f"export stopped: {written} rows written this run; the same command with --resume continues it",
                err=True,
            )
        raise
    finally:
        if bar is not None:
            bar.stop()
    if progress_path is not None:
        click.echo(f"exported {written} rows", err=True)


def _to_parquet(csv_path: str, path: str, columns: list[str]) -> None:
    """The CSV staged next to ``path`` as Parquet, read in blocks (every column as text: decimals keep
    their exact digits)."""
    import pyarrow as pa  # type: ignore[import-not-found, import-untyped, unused-ignore]
    import pyarrow.csv as pacsv  # type: ignore[import-not-found, import-untyped, unused-ignore]
    import pyarrow.parquet as pq  # type: ignore[import-not-found, import-untyped, unused-ignore]

    options = pacsv.ConvertOptions(column_types={c: pa.string() for c in columns}, strings_can_be_null=False)
    reader = pacsv.open_csv(csv_path, convert_options=options)
    with pq.ParquetWriter(path, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)


assert export.help is not None
export.help = export.help.replace(
    "{kinds}", "\n    ".join(f"  {kind:<10} {op}: {what}" for kind, (op, what) in KINDS.items())
)
