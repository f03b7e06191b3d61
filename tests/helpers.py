"""Shared helpers for the client's tests.

The credentials below are obviously fake: they exist only so that requests can be signed
offline.  Nothing in the test suite talks to the internet.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from functools import reduce
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from pionex_client.facade import MARKETS
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET
from pionex_wrapper import Operation, Param
from pionex_wrapper.operation import Requirement

FAKE_KEY = "test-key-NOT-A-REAL-KEY"
FAKE_SECRET = "test-secret-NOT-A-REAL-SECRET"
ROOT = Path(__file__).parents[1]
EXAMPLES = ROOT / "examples"


def load_example(name: str) -> ModuleType:
    """examples/<name>.py imported as the module ``name``, to call its functions from a test."""
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def run_example(name: str, base_url: str, without: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """examples/<name>.py run as a user runs it, against ``base_url`` with the sandbox's default key
    (and without the environment variables named in ``without``)."""
    env = dict(
        os.environ, PIONEX_BASE_URL=base_url, PIONEX_API_KEY=DEFAULT_API_KEY, PIONEX_API_SECRET=DEFAULT_API_SECRET
    )
    for variable in without:
        env.pop(variable, None)
    script = EXAMPLES / f"{name}.py"
    return subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def run_generator(spec: dict[str, Any], folder: Path) -> subprocess.CompletedProcess[str]:
    """openapi/generate.py run on ``spec`` (written to ``folder``/spec.json), writing ``folder``/out."""
    path = folder / "spec.json"
    path.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    command = [
        sys.executable,
        str(ROOT / "openapi" / "generate.py"),
        "--spec",
        str(path),
        "--output",
        str(folder / "out"),
    ]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def generate(spec: dict[str, Any], folder: Path) -> Path:
    """The packages openapi/generate.py writes from ``spec`` (into ``folder``/out), which it must not refuse."""
    run = run_generator(spec, folder)
    assert run.returncode == 0, run.stdout + run.stderr
    return folder / "out"


def area_of(client: Any, operation: Operation[Any]) -> Any:
    """The client's area object that holds ``operation`` (``client.trade``, ``client.futures.trade``)."""
    return reduce(getattr, (operation.area or operation.tag).split("."), client)


def envelope(data: Any = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"result": True, "timestamp": 1700000000000, **extra}
    if data is not None:
        body["data"] = data
    return body


class Recorder:
    """A MockTransport handler that records every request and answers with ``reply``."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._reply = reply or (lambda request: httpx.Response(200, json=envelope({})))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._reply(request)

    def sync(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def asynchronous(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


SPEC: dict[str, Any] = json.loads((Path(__file__).parents[1] / "openapi" / "pionex.json").read_text(encoding="utf-8"))


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = SPEC
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def minimal_instance(schema: dict[str, Any]) -> Any:
    """The smallest value the spec's schema accepts: required fields only, one item per list."""
    schema = resolve(schema)
    kind = schema.get("type")
    if kind == "object":
        return {name: minimal_instance(schema["properties"][name]) for name in schema.get("required", [])}
    if kind == "array":
        return [minimal_instance(schema["items"])] * max(1, schema.get("minItems", 1))
    if "enum" in schema:
        return schema["enum"][0]
    return {"integer": 1, "boolean": False, "number": 1}.get(str(kind), "1")


def minimal_data(method: str, path: str) -> Any:
    """A minimal valid ``data`` for the success reply of one operation (None if it has none)."""
    reply = SPEC["paths"][path][method.lower()]["responses"]["200"]["content"]["application/json"]["schema"]
    if "allOf" not in reply:
        return None
    return minimal_instance(reply["allOf"][1]["properties"]["data"])


# -- valid arguments --------------------------------------------------------------------------

# Strings tried, in order, as the valid value of a string input: the first its rules accept.
VALID_STRINGS = (
    "BTC_USDT",
    "BTC_USDT_PERP",
    "abc-1",
    "USDT",
    "BTC.PERP",
    "2024-01-15T10:30:00Z",
    "spot_grid",
    "-1",
    "2024-01-15",
    "BTC-USDXO-260401-69000-C-USDT",
)


def accepts(param: Param, text: str) -> bool:
    """Whether the spec's own rules for ``param`` (length, pattern, enum) admit ``text``."""
    if param.enum is not None:
        return text in param.enum
    if param.min_length is not None and len(text) < param.min_length:
        return False
    if param.max_length is not None and len(text) > param.max_length:
        return False
    if param.market is not None and re.search(MARKETS[param.market]["pattern"], text) is None:
        return False
    return param.pattern is None or re.fullmatch(param.pattern, text) is not None


def valid(param: Param) -> Any:
    """A value the spec accepts for ``param``."""
    if param.kind == "array":
        if param.item is not None:  # a list of plain values
            return [valid(param.item)] * (param.min_items or 1)
        assert param.items is not None
        return [valid_item(param)] * (param.min_items or 1)
    if param.kind == "object":
        assert param.fields is not None, f"{param.name}: an object input without fields"
        return valid_fields(param.fields, param.requires)
    if param.enum:
        return param.enum[0]
    if param.kind == "string":
        found = next((s for s in VALID_STRINGS if accepts(param, s)), None)
        assert found is not None, f"{param.name}: add a value its pattern accepts to VALID_STRINGS"
        return found
    if param.kind in ("integer", "time"):  # a time is milliseconds (or an aware datetime)
        wanted = max(param.minimum or 1, 12345)
        return wanted if param.maximum is None else min(wanted, param.maximum)
    if param.kind == "decimal":
        wanted = Decimal("1.5") if param.decimals is None or param.decimals > 0 else Decimal(2)
        wanted = max(wanted, Decimal(param.minimum or 0))
        return str(wanted if param.maximum is None else min(wanted, Decimal(param.maximum)))
    return {"boolean": True}[param.kind]


def valid_item(param: Param) -> dict[str, Any]:
    assert param.items is not None
    return valid_fields(param.items, param.requires)


def without_forbidden(values: dict[str, Any], requires: tuple[Requirement, ...]) -> dict[str, Any]:
    """``values`` minus the inputs the rules forbid together with them (``x-pionex-requires``)."""
    for rule in requires:
        if rule.applies(values, lambda value: value is not None):
            for name in rule.forbid:
                values.pop(name, None)
    return values


def valid_fields(params: tuple[Param, ...], requires: tuple[Requirement, ...]) -> dict[str, Any]:
    """Every field of an object set to a valid value, minus those its rules forbid together."""
    return without_forbidden({p.name: valid(p) for p in params}, requires)


def valid_arguments(operation: Operation[Any]) -> dict[str, Any]:
    """Every input set to a valid value, minus those the operation's rules forbid together."""
    args = without_forbidden({p.name: valid(p) for p in operation.params}, operation.requires)
    params = {p.name: p for p in operation.params}
    for relation in operation.relations:
        if relation.must == "differ" and len({repr(args.get(name)) for name in relation.inputs}) == 1:
            last = params[relation.inputs[-1]]
            assert last.enum is not None and len(last.enum) > 1, f"{operation.operation_id}: pick distinct values"
            args[last.name] = last.enum[1]
    return args
