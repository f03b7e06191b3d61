"""The sandbox is built from the spec and its products: routes, permissions and weights come from
the spec, handlers from the products, and nothing of the spec is restated in the sandbox's code."""

from __future__ import annotations

import ast
import copy
import json
from pathlib import Path
from typing import Any

import pytest

from pionex_sandbox import (
    PRODUCTS,
    READONLY_API_KEY,
    READONLY_API_SECRET,
    Engine,
    Operations,
    Product,
    Sandbox,
    create_app,
    sandbox_of,
)
from pionex_sandbox.http.params import Call, Data
from pionex_sandbox.http.routes import load_spec
from tests.sandbox.sandbox_support import SPEC_PATH, Clock, open_api

PACKAGE = Path(__file__).parents[2] / "pionex_sandbox"
PRODUCT_FOLDERS = ("market", "spot", "futures")


class Clockwork(Engine):
    """A product of the test's own: it tells the time and counts who asked."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.asked: list[str] = []


CLOCKWORK = Operations[Clockwork]()


@CLOCKWORK("getServerTime")
def get_server_time(call: Call, clockwork: Clockwork) -> Data:
    return {"serverTime": call.now}


@CLOCKWORK("whoAmI")
def who_am_i(call: Call, clockwork: Clockwork) -> Data:
    clockwork.asked.append(call.trader.name)
    return {"name": call.trader.name, "limit": call.params.whole("limit", default=3, minimum=1, maximum=9)}


def spec_with_new_operations() -> dict[str, Any]:
    spec = copy.deepcopy(json.loads(SPEC_PATH.read_text(encoding="utf-8")))
    spec["paths"]["/api/v1/common/serverTime"] = {
        "get": {"operationId": "getServerTime", "x-pionex-weight": 1, "responses": {"200": {"description": "now"}}}
    }
    private = copy.deepcopy(spec["paths"]["/api/v1/account/balances"]["get"])
    private.update({"operationId": "whoAmI", "x-pionex-weight": 7, "x-pionex-permission": "read"})
    spec["paths"]["/api/v1/account/whoami"] = {"post": private}
    return spec


def test_an_operation_added_to_the_spec_is_served_by_a_product_handler_with_no_other_edit() -> None:
    clock = Clock()
    extra = Product("clockwork", Clockwork, CLOCKWORK)
    app = create_app(clock=clock, spec=spec_with_new_operations(), products=(*PRODUCTS, extra))
    for api in open_api(app, clock):
        assert api.ok(api.public("/api/v1/common/serverTime")) == {"serverTime": clock.now}
        # Its method and permission are the spec's: POST only, signed, with a key that may read.
        answer = api.ok(api.private("POST", "/api/v1/account/whoami", key=READONLY_API_KEY, secret=READONLY_API_SECRET))
        assert answer == {"name": "read-only", "limit": 3}
        assert sandbox_of(app).engine(Clockwork).asked == ["read-only"]
        assert api.send("GET", "/api/v1/account/whoami").json()["code"] == "METHOD_NOT_ALLOWED"
        assert api.send("POST", "/api/v1/account/whoami").json()["code"] == "APIKEY_LOST"
        assert api.ok(api.private("POST", "/api/v1/account/whoami", {"limit": 9}))["limit"] == 9
        assert api.refused(api.private("POST", "/api/v1/account/whoami", {"limit": 10}), 400, "TRADE_PARAMETER_ERROR")
        # The operations every sandbox had are still there.
        assert api.ok(api.public("/api/v1/market/depth", symbol="BTC_USDT", limit=1))["bids"]
    # Its weight is the spec's too: 7, and three public calls of weight 1 fill the IP's budget of 10.
    limited = create_app(clock=clock, spec=spec_with_new_operations(), products=(*PRODUCTS, extra), rate_limits=True)
    for api in open_api(limited, clock):
        api.ok(api.private("POST", "/api/v1/account/whoami"))
        for _ in range(3):
            api.ok(api.public("/api/v1/common/serverTime"))
        over = api.public("/api/v1/common/serverTime")
        assert over.status_code == 429 and "(this one weighs 1, 10 already used)" in over.json()["message"]


def test_an_operation_no_product_answers_is_refused_with_a_code() -> None:
    clock = Clock()
    for api in open_api(create_app(clock=clock, spec=spec_with_new_operations()), clock):
        refused = api.send("GET", "/api/v1/common/serverTime")
        assert refused.status_code == 501
        assert refused.json() == {
            "result": False,
            "code": "NOT_IMPLEMENTED",
            "message": "no product of this sandbox answers getServerTime",
            "timestamp": clock.now,
        }


def test_a_product_answering_an_operation_the_spec_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match="getServerTime, whoAmI"):
        create_app(products=(*PRODUCTS, Product("clockwork", Clockwork, CLOCKWORK)))
    with pytest.raises(ValueError, match="two products answer"):
        create_app(products=(*PRODUCTS, PRODUCTS[1]))


def test_every_operation_of_the_spec_has_a_product_and_the_routes_are_the_specs() -> None:
    spec = load_spec()
    assert spec == json.loads(SPEC_PATH.read_text(encoding="utf-8"))  # the copy shipped with the client
    answered = {operation_id for product in PRODUCTS for operation_id in product.operations}
    operations = {
        (
            operation["operationId"],
            method.upper(),
            path,
            operation.get("x-pionex-permission"),
            operation["x-pionex-weight"],
        )
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    }
    assert {row[0] for row in operations} == answered
    routes = create_app().state.routes
    assert {(r.operation_id, r.method, r.path, r.permission, r.weight) for r in routes} == operations


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _code_strings(tree: ast.AST) -> list[str]:
    """String constants that are not docstrings."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_no_module_of_the_sandbox_restates_a_path_of_the_spec() -> None:
    paths = set(load_spec()["paths"])
    found = []
    for module in _modules():
        for text in _code_strings(ast.parse(module.read_text(encoding="utf-8"))):
            if text in paths or text.startswith(("/api/", "/uapi/")):
                found.append((module.relative_to(PACKAGE).as_posix(), text))
    assert found == []


def test_no_product_imports_another() -> None:
    for folder in PRODUCT_FOLDERS:
        for module in sorted((PACKAGE / folder).glob("*.py")):
            for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module:
                    # ``from ..spot import`` is module "spot" at level 2; ``from pionex_sandbox.spot import`` too
                    name = node.module.split(".")[-1] if node.level == 0 else node.module.split(".")[0]
                    relative_sibling = node.level >= 2 and name in PRODUCT_FOLDERS and name != folder
                    absolute_sibling = node.module.startswith("pionex_sandbox.") and any(
                        node.module.startswith(f"pionex_sandbox.{other}")
                        for other in PRODUCT_FOLDERS
                        if other != folder
                    )
                    assert not (relative_sibling or absolute_sibling), f"{folder}/{module.name} imports {node.module}"


def test_no_class_of_the_sandbox_is_over_500_lines() -> None:
    sizes = {
        f"{module.relative_to(PACKAGE).as_posix()}:{node.name}": (node.end_lineno or node.lineno) - node.lineno + 1
        for module in _modules()
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    }
    assert max(sizes.values()) <= 500, sorted(sizes.items(), key=lambda item: -item[1])[:3]


def test_the_rate_limits_are_the_specs() -> None:
    spec = copy.deepcopy(json.loads(SPEC_PATH.read_text(encoding="utf-8")))
    rules = spec["info"]["x-pionex-rate-limits"]
    rules["budgets"] = [{**budget, "weight": 3} if budget["name"] == "ip" else budget for budget in rules["budgets"]]
    rules["banSeconds"] = 5
    clock = Clock()
    for api in open_api(create_app(clock=clock, spec=spec, rate_limits=True), clock):
        for _ in range(3):
            api.ok(api.public("/api/v1/market/depth", symbol="BTC_USDT", limit=1))
        over = api.public("/api/v1/market/depth", symbol="BTC_USDT", limit=1)
        assert over.status_code == 429
        assert "weighing 3 per second" in over.json()["message"] and "banned for 5 seconds" in over.json()["message"]
