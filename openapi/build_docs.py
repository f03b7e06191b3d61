"""Write the site's API reference from the operation registry: one Markdown page per area, and an index.

Usage: ``python openapi/build_docs.py OUT`` writes ``OUT/index.md`` and ``OUT/<area>.md`` (``futures.trade.md``)
for the registry importable now (:mod:`pionex_wrapper.registry`), and removes any other ``.md`` file in ``OUT``.

It is also an MkDocs hook (``hooks:`` in ``mkdocs.yml``): before every build it writes the pages into
``docs/reference/`` (generated, ignored by git; a file is rewritten only when its text changes, so
``mkdocs serve`` does not rebuild in a loop) and fills the site's "API reference" navigation entry with
them, so ``make docs`` and ``mkdocs serve`` need no other step.  The pages are plain Markdown on disk,
readable without MkDocs and by any generator that reads ``docs/`` (only the navigation is MkDocs's).

Everything comes from the registry: for each operation its id, how to call it (the named method, sync and
async, ``invoke``, the command line, the MCP tool), route, method, permission, weight, effect, summary and
description, paging and reconciliation, each parameter (name, API name, type, required, values, range,
pattern, default, description; nested fields and list items as dotted rows), the rules between inputs, the
reply model's fields (nested) and the error codes with their exception classes.  Nothing is written for one
operation: an operation added to the spec is here after ``make generate``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REFERENCE = "reference"
"""The folder under the site's ``docs/`` the hook writes into (and the navigation entry it fills)."""
NAV_TITLE = "API reference"


# ---------------------------------------------------------------------------------------------------------
# Markdown helpers


def _cell(text: str) -> str:
    """Prose for one table cell: one line, pipes escaped, no raw HTML."""
    text = " ".join(str(text).split())
    return text.replace("|", "\\|").replace("<", "&lt;")


def _code(value: Any) -> str:
    """``value`` as inline code (a longer fence when it holds backticks); a pipe inside it does not end a
    table cell (Python-Markdown's tables skip code spans), so it is left as it is."""
    text = " ".join(str(value).split())
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def page_name(area: str) -> str:
    """The file of an area's page: ``futures.trade.md``."""
    return f"{area}.md"


def _anchor(operation_id: str) -> str:
    return operation_id


# ---------------------------------------------------------------------------------------------------------
# Parameters and reply fields


def _constraints(param: Any) -> list[str]:
    """What a parameter's value must be, beyond its type, in words (one cell)."""
    parts: list[str] = []
    if param.enum is not None:
        parts.append("one of " + ", ".join(_code(_shown(v)) for v in param.enum))
    if param.minimum is not None or param.maximum is not None:
        low = "" if param.minimum is None else _shown(param.minimum)
        high = "" if param.maximum is None else _shown(param.maximum)
        parts.append(f"{low} to {high}".strip() if low and high else (f"at least {low}" if low else f"at most {high}"))
    if param.min_length is not None or param.max_length is not None:
        parts.append(_range_words("characters", param.min_length, param.max_length))
    if param.min_items is not None or param.max_items is not None:
        parts.append(_range_words("items", param.min_items, param.max_items))
    if param.pattern is not None:
        parts.append("pattern " + _code(param.pattern))
    if param.decimals is not None:
        parts.append(f"at most {param.decimals} decimal places")
    if param.kind == "decimal":
        parts.append("may be negative" if param.signed else "positive")
    if param.json_number:
        parts.append("sent as a JSON number")
    if param.market is not None:
        parts.append(f"a {param.market} pair")
    if param.rule is not None:
        parts.append(f"checked against the pair's trading rules ({param.rule})")
    return parts


def _range_words(unit: str, low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"{low} to {high} {unit}"
    if low is not None:
        return f"at least {low} {unit}"
    return f"at most {high} {unit}"


def _type(param: Any) -> str:
    kind = str(param.kind)
    if kind == "decimal":
        return "decimal (`Money`: `Decimal`, `int` or `str`)"
    if kind == "array" and param.items is not None:
        return "list of objects"
    if kind == "array" and param.item is not None:
        return f"list of {param.item.kind}"
    return kind


def _param_rows(params: Sequence[Any], prefix: str = "", wire_prefix: str = "") -> Iterable[str]:
    for param in params:
        name = f"{prefix}{param.name}"
        wire = f"{wire_prefix}{param.wire}"
        default = "" if param.default is None else _code(_shown(param.default))
        constraints = _constraints(param)
        if param.item is not None:
            constraints += [f"each item: {c}" for c in _constraints(param.item)]
        yield (
            f"| {_code(name)} | {_code(wire)} | {_type(param)} | {'yes' if param.required else ''} "
            f"| {'; '.join(constraints)} | {default} | {_cell(param.description)} |"
        )
        if param.fields is not None:
            yield from _param_rows(param.fields, f"{name}.", f"{wire}.")
        if param.items is not None:
            yield from _param_rows(param.items, f"{name}[].", f"{wire}[].")


def _field_rows(fields: Sequence[Any], prefix: str = "", wire_prefix: str = "") -> Iterable[str]:
    for field in fields:
        name = f"{prefix}{field.name}"
        wire = f"{wire_prefix}{field.wire}"
        values = "" if field.enum is None else ", ".join(_code(_shown(v)) for v in field.enum)
        yield (
            f"| {_code(name)} | {_code(wire)} | {_code(field.type)} | {'yes' if field.required else ''} "
            f"| {values} | {_cell(field.description)} |"
        )
        if field.fields:
            nested = "[]." if field.kind == "array" else "."
            yield from _field_rows(field.fields, f"{name}{nested}", f"{wire}{nested}")


def _rules(op: Any) -> list[str]:
    """The rules between inputs (``x-pionex-requires``, ``x-pionex-relations``), in words, one per line."""
    lines: list[str] = []
    for requirement in op.requires:
        lines.append(_requirement(requirement, ""))
    for param in _walk(op.params):
        path, found = param
        for requirement in found.requires:
            each = "each item of " if found.items is not None else ""
            lines.append(f"in {each}{_code(path)}: " + _requirement(requirement, ""))
    for relation in op.relations:
        names = ", ".join(_code(name) for name in relation.inputs)
        words = "must not all be the same" if relation.must == "differ" else "must be in this order (equal allowed)"
        lines.append(f"{names} {words}")
    return lines


def _walk(params: Sequence[Any], prefix: str = "") -> Iterable[tuple[str, Any]]:
    for param in params:
        path = f"{prefix}{param.name}"
        yield path, param
        if param.fields is not None:
            yield from _walk(param.fields, f"{path}.")
        if param.items is not None:
            yield from _walk(param.items, f"{path}[].")


def _requirement(requirement: Any, prefix: str) -> str:
    said: list[str] = []
    if requirement.require:
        said.append("requires " + ", ".join(_code(prefix + name) for name in requirement.require))
    if requirement.forbid:
        said.append("forbids " + ", ".join(_code(prefix + name) for name in requirement.forbid))
    return f"when {_cell(requirement.condition(prefix))}: " + " and ".join(said)


# ---------------------------------------------------------------------------------------------------------
# Pages


def _area_of(op: Any) -> str:
    return str(op.area or op.tag)


def _how_to_call(op: Any, area: str) -> list[str]:
    example = ", ".join(f"{p.name}=..." for p in op.params if p.required)
    by_id = ", ".join(f'"{p.wire}": ...' for p in op.params if p.required)
    return [
        f"| Python | {_code(f'client.{area}.{op.name}({example})')} (on `AsyncPionex`: `await` it) |",
        f"| by id | {_code(f'client.invoke({op.operation_id!r}, {{{by_id}}})'.replace(chr(39), chr(34)))} |",
        f"| command line | {_code('pionex ' + op.command)} |",
        f"| MCP tool | {_code(op.tool_name)} |",
    ]


def operation_section(op: Any, error_classes: dict[str, str]) -> str:
    """The Markdown of one operation (a level-2 section of its area's page)."""
    area = _area_of(op)
    lines = [f"## {_code(op.name)} {{#{_anchor(op.operation_id)}}}", ""]
    if op.summary:
        lines += [f"**{op.summary.rstrip('.')}.**", ""]
    if op.description:
        lines += [op.description.replace("<", "&lt;"), ""]
    permission = _code(op.permission) if op.permission is not None else "none (public)"
    lines += [f"| operation id | {_code(op.operation_id)} |", "| --- | --- |"]
    lines += _how_to_call(op, area)
    lines += [
        f"| route | {_code(f'{op.method.upper()} {op.path}')} |",
        f"| permission | {permission} |",
        f"| weight | {op.weight} |",
        f"| effect | {_code(op.effect)} |",
    ]
    if op.paging is not None:
        lines.append(
            f"| pages | by {op.paging.by}: {_code(f'client.paginate({op.operation_id!r}, ...)'.replace(chr(39), chr(34)))} |"
        )
    if op.reconcile is not None:
        lines.append(
            f"| a lost reply | looked up by {_code(op.reconcile.key)} with {_code(op.reconcile.lookup)}, "
            "never sent twice blindly |"
        )
    lines.append("")

    lines += ["### Parameters", ""]
    if op.params:
        lines += [
            "| name | API name | type | required | values | default | description |",
            "| --- | --- | --- | --- | --- | --- | --- |",
            *_param_rows(op.params),
            "",
        ]
    else:
        lines += ["None.", ""]
    rules = _rules(op)
    if rules:
        lines += ["Rules between inputs, checked before sending:", "", *(f"- {rule}" for rule in rules), ""]

    model = getattr(op.data_type, "__name__", None)
    lines += [f"### Reply: {_code(model)}" if model else "### Reply", ""]
    if op.reply:
        lines += [
            "| field | API name | type | required | values | description |",
            "| --- | --- | --- | --- | --- | --- |",
            *_field_rows(op.reply),
            "",
        ]
    else:
        lines += ["No data: a successful reply carries none.", ""]

    lines += ["### Errors", ""]
    if op.errors:
        lines += ["| code | raised as |", "| --- | --- |"]
        lines += [f"| {_code(code)} | {_code(error_classes.get(code, 'PionexError'))} |" for code in op.errors]
        lines.append("")
    else:
        lines += ["No Pionex error code is listed for it.", ""]
    lines += [
        "Refused before sending, whatever the operation: `InvalidParameterError` (see [Errors](../guides/errors.md)).",
        "",
    ]
    return "\n".join(lines)


def _area_title(area: str) -> str:
    return f"client.{area}"


def pages() -> dict[str, str]:
    """Every page of the reference, by file name: ``index.md`` and one per area, in the registry's order."""
    sys.path.insert(0, str(HERE))
    try:
        import build_cli
    finally:
        sys.path.remove(str(HERE))
    from pionex_wrapper import registry  # first: the facade's modules import the wrapper

    # isort: split
    from pionex_client import facade
    from pionex_client.facade.errors import ERROR_CLASSES

    error_classes = {code: cls.__name__ for code, cls in ERROR_CLASSES.items()}
    by_area: dict[str, list[Any]] = {}
    for op in registry.operations():
        by_area.setdefault(_area_of(op), []).append(op)
    helps = build_cli._areas(facade, {tuple(area.split(".")) for area in by_area})

    out: dict[str, str] = {}
    index = [
        "# API reference",
        "",
        (
            f"Every operation of the spec, {len(registry.operations())} in {len(by_area)} areas, generated from the "
            "operation registry (`pionex_wrapper.registry`) when the site is built: nothing here is written by hand. "
            "Each operation is reached in four ways, all checked, rate-limited and retried alike: its method "
            "(`client.<area>.<method>`), `client.invoke(id, arguments)`, the `pionex` command and the MCP tool."
        ),
        "",
        "| area | operation | id | route | permission | weight | effect | summary |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for area, ops in by_area.items():
        help_text = helps.get(area.replace("_", "-").replace(".", " "), "")
        body = [f"# {_code(_area_title(area))}", ""]
        if help_text:
            body += [help_text.replace("<", "&lt;"), ""]
        body += ["| operation | id | route | effect | summary |", "| --- | --- | --- | --- | --- |"]
        for op in ops:
            link = f"[{_code(op.name)}](#{_anchor(op.operation_id)})"
            route = _code(f"{op.method.upper()} {op.path}")
            body.append(f"| {link} | {_code(op.operation_id)} | {route} | {op.effect} | {_cell(op.summary)} |")
            permission = _code(op.permission) if op.permission is not None else "public"
            index.append(
                f"| {_code(area)} | [{_code(op.name)}]({page_name(area)}#{_anchor(op.operation_id)}) "
                f"| {_code(op.operation_id)} | {route} | {permission} | {op.weight} | {op.effect} "
                f"| {_cell(op.summary)} |"
            )
        body.append("")
        body += [operation_section(op, error_classes) for op in ops]
        out[page_name(area)] = "\n".join(body).rstrip("\n") + "\n"
    index.append("")
    return {"index.md": "\n".join(index), **out}


def write(out: Path) -> dict[str, str]:
    """Write :func:`pages` into ``out`` (created if needed), rewriting only files whose text changed and
    removing any other ``.md`` file there; returns the pages."""
    written = pages()
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.md"):
        if stale.name not in written:
            stale.unlink()
    for name, text in written.items():
        target = out / name
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
    return written


def nav(written: dict[str, str]) -> list[Any]:
    """The navigation of the reference: the index, then each area, grouped by its first word (``futures``)."""
    entries: list[Any] = [{"Overview": f"{REFERENCE}/index.md"}]
    groups: dict[str, list[Any]] = {}
    for name in written:
        if name == "index.md":
            continue
        area = name.removesuffix(".md")
        head, _, rest = area.partition(".")
        if rest:
            if head not in groups:
                groups[head] = []
                entries.append({f"client.{head}": groups[head]})
            groups[head].append({rest: f"{REFERENCE}/{name}"})
        else:
            entries.append({f"client.{area}": f"{REFERENCE}/{name}"})
    return entries


# ---------------------------------------------------------------------------------------------------------
# The MkDocs hook


def on_config(config: Any) -> Any:
    """Write the reference into the site's docs folder and put its pages under the navigation entry
    titled :data:`NAV_TITLE` (which ``mkdocs.yml`` declares, pointing at ``reference/index.md``)."""
    written = write(Path(config["docs_dir"]) / REFERENCE)
    entries = nav(written)
    found = False
    for position, item in enumerate(config["nav"] or []):
        if isinstance(item, dict) and NAV_TITLE in item:
            config["nav"][position] = {NAV_TITLE: entries}
            found = True
    if not found:
        raise SystemExit(f"mkdocs.yml's nav needs an entry {NAV_TITLE!r} for the generated reference")
    return config


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    write(Path(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
