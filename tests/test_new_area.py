"""A new area in the spec reaches the clients after `make generate`, with no other edit.

The spec is copied, given an area it does not have (one public and one private operation,
a reply model with money, an id and a named enum, and an error code of its own), and generated
into a temporary folder.  The repository's own ``pionex_wrapper``, unchanged, then reaches
the new operations, decodes their replies, maps the new error code to its class, and mypy
--strict types user code against them.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import generate

ROOT = Path(__file__).parents[1]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi" / "pionex.json").read_text(encoding="utf-8"))


def spec_with_a_new_area() -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    balances = spec["paths"]["/api/v1/account/balances"]["get"]
    symbol = next(p for p in spec["paths"]["/api/v1/market/depth"]["get"]["parameters"] if p["name"] == "symbol")
    spec["tags"].append({"name": "Probe", "description": "A made-up area that only this test adds."})
    spec["paths"]["/api/v1/probe/gadgets"] = {
        "get": {
            "tags": ["Probe"],
            "summary": "List gadgets",
            "description": "Made up.",
            "operationId": "getGadgets",
            "x-pionex-weight": 2,
            "x-pionex-effect": "read",
            "parameters": [copy.deepcopy(symbol)],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {
                                "allOf": [
                                    {"$ref": "#/components/schemas/BaseResponse"},
                                    {
                                        "type": "object",
                                        "properties": {"data": {"$ref": "#/components/schemas/GadgetList"}},
                                    },
                                ]
                            }
                        }
                    },
                },
                "400": {"$ref": "#/components/responses/BadRequest"},
            },
        },
    }
    spec["paths"]["/api/v1/probe/gadget"] = {
        "post": {
            "tags": ["Probe"],
            "summary": "Break a gadget",
            "description": "Made up.",
            "operationId": "newGadget",
            "x-pionex-weight": 1,
            "x-pionex-permission": "trade",
            "x-pionex-effect": "destructive",
            "security": copy.deepcopy(balances["security"]),
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["symbol"],
                            "properties": {"symbol": copy.deepcopy(symbol["schema"])},
                        }
                    }
                },
            },
            "responses": copy.deepcopy(balances["responses"]),
        }
    }
    # A read sent as POST (as Pionex's bots' checkParams is): its effect is what the spec says.
    check = copy.deepcopy(spec["paths"]["/api/v1/probe/gadget"]["post"])
    check.update(
        operationId="checkGadget", summary="Check a gadget", **{"x-pionex-effect": "read", "x-pionex-alias": "check"}
    )
    spec["paths"]["/api/v1/probe/gadgetCheck"] = {"post": check}
    schemas = spec["components"]["schemas"]
    schemas["GadgetList"] = {
        "type": "object",
        "description": "Gadgets.",
        "x-pionex-model": "Gadgets",
        "properties": {"gadgets": {"type": "array", "items": {"$ref": "#/components/schemas/Gadget"}}},
    }
    schemas["Gadget"] = {
        "type": "object",
        "description": "One gadget.",
        "properties": {
            "id": {"type": "integer", "format": "int64", "description": "Its id."},
            "price": {"type": "string", "format": "decimal", "description": "Its price."},
            "kind": {
                "type": "string",
                "enum": ["SMALL", "LARGE"],
                "x-pionex-enum": "GadgetKind",
                "description": "Its kind.",
            },
        },
    }
    code = schemas["ErrorResponse"]["properties"]["code"]
    code["enum"].append("PROBE_GADGET_BROKEN")
    code["x-pionex-errors"]["PROBE_GADGET_BROKEN"] = {
        "class": "GadgetBrokenError",
        "base": "ParameterError",
        "description": "The gadget is broken.",
    }
    return spec


USER_SCRIPT = """
import asyncio
import typing
from decimal import Decimal

import httpx

import pionex_wrapper
from pionex_wrapper import OPERATIONS, AsyncPionex, Pionex


def reply(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/api/v1/probe/gadgets":
        assert "PIONEX-SIGNATURE" not in request.headers
        gadgets = [{"id": "5", "price": "1.25", "kind": "HUGE"}, {"id": 6, "price": 2}]
        return httpx.Response(200, json={"result": True, "data": {"gadgets": gadgets}, "timestamp": 77})
    assert "PIONEX-SIGNATURE" in request.headers
    return httpx.Response(400, json={"result": False, "code": "PROBE_GADGET_BROKEN", "message": "broken"})


with Pionex("key-NOT-REAL", "secret-NOT-REAL", transport=httpx.MockTransport(reply)) as client:
    got = client.probe.get_gadgets(symbol="BTC_USDT")
    assert type(got) is pionex_wrapper.Gadgets, type(got)
    assert [(g.id, g.price, g.kind) for g in got.gadgets] == [(5, Decimal("1.25"), "HUGE"), (6, Decimal(2), None)]
    assert typing.get_args(pionex_wrapper.GadgetKind) == ("SMALL", "LARGE")
    try:
        client.probe.new_gadget(symbol="BTC_USDT")
    except pionex_wrapper.GadgetBrokenError as error:
        assert isinstance(error, pionex_wrapper.ParameterError) and error.code == "PROBE_GADGET_BROKEN"
    else:
        raise AssertionError("no error")
    assert client.with_raw_response.probe.get_gadgets(symbol="BTC_USDT").server_time == 77


async def main() -> None:
    async with AsyncPionex(transport=httpx.MockTransport(reply)) as client:
        assert len((await client.probe.get_gadgets(symbol="ETH_USDT")).gadgets) == 2

asyncio.run(main())
ops = {op.operation_id: op for op in OPERATIONS}
assert ops["getGadgets"].weight == 2 and not ops["getGadgets"].private
assert ops["newGadget"].permission == "trade"
assert (ops["checkGadget"].method, ops["checkGadget"].effect, ops["checkGadget"].command) == ("POST", "read", "probe check")
assert (ops["newGadget"].effect, ops["getGadgets"].effect) == ("destructive", "read")
assert [f.name for f in ops["getGadgets"].reply] == ["gadgets"]
assert [(f.name, f.enum) for f in ops["getGadgets"].reply[0].fields][2] == ("kind", ("SMALL", "LARGE"))
from pionex_wrapper import registry
assert registry.find("probe check") is ops["checkGadget"]
with Pionex(transport=httpx.MockTransport(reply)) as client:
    by_id = client.invoke("getGadgets", {"symbol": "BTC_USDT"})
    assert type(by_id) is pionex_wrapper.Gadgets and len(by_id.gadgets) == 2
print("NEW AREA REACHED")
"""

TYPED_USER_CODE = """
from decimal import Decimal
from pionex_wrapper import GadgetBrokenError, GadgetKind, Gadgets, Pionex, UnknownValue

with Pionex() as client:
    gadgets: Gadgets = client.probe.get_gadgets(symbol="BTC_USDT")
    price: Decimal | None = gadgets.gadgets[0].price
    kind: GadgetKind | UnknownValue | None = gadgets.gadgets[0].kind
    client.probe.get_gadgets(symbl="BTC_USDT")
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = generate(spec_with_a_new_area(), tmp_path_factory.mktemp("new-area"))
    assert (out / "pionex_client" / "facade" / "probe.py").exists()
    return out


def test_new_area_is_reached_decoded_and_its_errors_mapped(generated: Path, tmp_path: Path) -> None:
    script = tmp_path / "use_new_area.py"
    script.write_text(USER_SCRIPT, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(generated), str(ROOT)]))
    run = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "NEW AREA REACHED" in run.stdout


def test_new_area_is_typed_for_mypy(generated: Path, tmp_path: Path) -> None:
    from mypy import api

    config = tmp_path / "mypy.ini"
    config.write_text(
        textwrap.dedent(
            f"""
            [mypy]
            strict = True
            mypy_path = {generated}:{ROOT}
            [mypy-pionex_client.*]
            ignore_errors = True
            """
        ),
        encoding="utf-8",
    )
    code = tmp_path / "user_code.py"
    code.write_text(TYPED_USER_CODE, encoding="utf-8")
    out, err, status = api.run(["--config-file", str(config), "--cache-dir", str(tmp_path / "cache"), str(code)])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1 and len(errors) == 1, out + err
    assert "user_code.py:9:" in errors[0] and 'Unexpected keyword argument "symbl"' in errors[0]
