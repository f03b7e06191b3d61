"""A made-up group of areas shaped like Pionex's bots, added to a copy of the spec, for the tests of
the machinery the bots need (tests/test_bot_machinery.py): the naming rule for a group of areas,
``x-pionex-requires`` on nested objects and list items with ``present`` and ``in`` conditions,
decimals sent as JSON numbers and signed decimals, paging by token, and a refusal that carries data.

Everything is named ``lab`` (never ``bot``) so that it does not meet the spec's own bot operations,
and its schemas have names of their own: the generator must tell them by their properties.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parents[1]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi" / "pionex.json").read_text(encoding="utf-8"))

SECURITY = [{"PionexKey": [], "PionexSignature": [], "PionexTimestamp": []}]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def replies(data: str | None) -> dict[str, Any]:
    body: list[dict[str, Any]] = [ref("BaseResponse")]
    if data is not None:
        body.append({"type": "object", "properties": {"data": ref(data)}})
    return {
        "200": {"description": "ok", "content": {"application/json": {"schema": {"allOf": body}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
    }


def operation(
    tag: str, operation_id: str, effect: str, permission: str, data: str | None, **extra: Any
) -> dict[str, Any]:
    return {
        "tags": [tag],
        "summary": f"Lab operation {operation_id}",
        "description": "Made up for the machinery's tests.",
        "operationId": operation_id,
        "security": copy.deepcopy(SECURITY),
        "x-pionex-weight": 1,
        "x-pionex-permission": permission,
        "x-pionex-effect": effect,
        "responses": replies(data),
        **extra,
    }


def body(schema: str) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": ref(schema)}}}


def query(name: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "description": f"The {name}.", "schema": schema}


def described(schema: dict[str, Any], about: str) -> dict[str, Any]:
    return {**schema, "description": about}


def lab_schemas() -> dict[str, Any]:
    decimal = ref("DecimalString")
    return {
        # A decimal string that may be negative (a stop threshold): told by its pattern.
        "LabSignedDecimal": {
            "type": "string",
            "format": "decimal",
            "minLength": 1,
            "maxLength": 47,
            "pattern": "^-?[0-9]+(?:\\.[0-9]+)?$",
            "description": "An exact amount that may be negative.",
            "x-pionex-decimals": 15,
        },
        # A decimal sent as a JSON number: told by type number with format decimal.
        "LabDecimalNumber": {
            "type": "number",
            "format": "decimal",
            "description": "An exact positive amount sent as a JSON number.",
            "x-pionex-decimals": 15,
        },
        "LabLeg": {
            "type": "object",
            "description": "One leg of a lab bot (a list item with rules of its own).",
            "required": ["coin"],
            "properties": {
                "coin": {"type": "string", "pattern": "^[A-Z0-9]+$", "description": "The coin."},
                "weight": described(decimal, "Its share."),
                "cap": described(ref("LabDecimalNumber"), "Its most, sent as a number."),
            },
            "x-pionex-requires": [{"when": {"weight": {"present": True}}, "require": ["cap"]}],
        },
        "LabGridData": {
            "type": "object",
            "description": "A lab grid's settings (a nested object with rules of its own).",
            "required": ["top", "bottom", "row"],
            "properties": {
                "top": described(decimal, "Upper price."),
                "bottom": described(decimal, "Lower price."),
                "row": {"type": "integer", "minimum": 2, "maximum": 1000, "description": "Grid rows."},
                "trend": {"type": "string", "enum": ["long", "short", "no_trend"], "description": "Direction."},
                "lossStopType": {
                    "type": "string",
                    "enum": ["price", "profit_ratio", "price_limit"],
                    "description": "How the stop is read.",
                },
                "lossStop": described(ref("LabSignedDecimal"), "The stop."),
                "lossStopHigh": described(decimal, "Upper stop of a neutral grid."),
                "lossStopLimitPrice": described(decimal, "Limit price of a price_limit stop."),
                "quoteInvestment": described(ref("LabDecimalNumber"), "Investment, sent as a number."),
                "investSource": {
                    "type": "string",
                    "enum": ["USER", "FUTURE_GRID_BONUS"],
                    "description": "Where the money comes from.",
                },
                "bonusId": {"type": "string", "pattern": "^[a-z0-9-]+$", "description": "The bonus used."},
                "legs": {"type": "array", "items": ref("LabLeg"), "description": "Its legs."},
            },
            "x-pionex-requires": [
                {"when": {"lossStopType": {"present": True}}, "require": ["lossStop"]},
                {"when": {"lossStop": {"present": True}}, "require": ["lossStopType"]},
                {"when": {"lossStopType": "price_limit"}, "require": ["lossStopLimitPrice"]},
                {"when": {"lossStopType": {"in": ["price", "profit_ratio"]}}, "forbid": ["lossStopLimitPrice"]},
                {"when": {"trend": {"in": ["long", "short"]}}, "forbid": ["lossStopHigh"]},
                {"when": {"investSource": "FUTURE_GRID_BONUS"}, "require": ["bonusId"]},
                {"when": {"bonusId": {"present": True}}, "require": ["investSource"]},
            ],
        },
        "LabCreateRequest": {
            "type": "object",
            "description": "A lab grid to create.",
            "required": ["base", "quote"],
            "properties": {
                "base": {"type": "string", "pattern": "^[A-Z0-9]+$", "description": "Base coin."},
                "quote": {"type": "string", "pattern": "^[A-Z0-9]+$", "description": "Quote coin."},
                "buOrderData": described(ref("LabGridData"), "The grid's settings."),
                "templateId": {"type": "string", "pattern": "^[a-z0-9-]+$", "description": "A saved grid."},
            },
            # Rules on the body's own schema: a saved grid or settings, not both.
            "x-pionex-requires": [{"when": {"templateId": {"present": True}}, "forbid": ["buOrderData"]}],
        },
        "LabAdjustRequest": {
            "type": "object",
            "description": "A lab grid's new settings.",
            "required": ["buOrderId", "quoteInvestment"],
            "properties": {
                "buOrderId": {"type": "string", "pattern": "^[0-9]+$", "description": "The bot."},
                "quoteInvestment": described(ref("LabDecimalNumber"), "Added investment."),
                "openPrice": {
                    "type": "number",
                    "format": "decimal",
                    "minimum": 1,
                    "maximum": 1000000,
                    "x-pionex-decimals": 8,
                    "description": "Price to open at, inline, bounded.",
                },
                "lossStop": described(ref("LabSignedDecimal"), "A new stop."),
                "note": {"type": "string", "pattern": "^[a-z]+$", "description": "A note."},
            },
        },
        "LabCheckRequest": {
            "type": "object",
            "description": "A lab grid to check.",
            "required": ["base", "quote", "quote_investment"],
            "properties": {
                "base": {"type": "string", "pattern": "^[A-Z0-9]+$", "description": "Base coin."},
                "quote": {"type": "string", "pattern": "^[A-Z0-9]+$", "description": "Quote coin."},
                "quote_investment": described(ref("LabDecimalNumber"), "The investment."),
            },
        },
        "LabCheckResult": {
            "type": "object",
            "description": "What a lab grid may take.",
            "properties": {
                "min_investment": described(decimal, "Least investment."),
                "max_investment": described(decimal, "Most investment."),
                "slippage": described(ref("LabDecimalNumber"), "Expected slippage, a number."),
            },
        },
        "LabBotOrder": {
            "type": "object",
            "description": "One lab bot.",
            "properties": {
                "buOrderId": {"type": "string", "description": "Its id."},
                "totalProfit": described(ref("LabDecimalNumber"), "Profit, sent as a JSON number."),
                "stopAt": described(ref("LabSignedDecimal"), "Its stop."),
            },
        },
        "LabBotOrderList": {
            "type": "object",
            "description": "A page of lab bots.",
            "properties": {
                "results": {"type": "array", "items": ref("LabBotOrder"), "description": "The bots."},
                "nextPageToken": {"type": "string", "description": "The next page, if any."},
            },
        },
    }


def lab_spec() -> dict[str, Any]:
    """The spec with a ``lab`` group of four areas and their operations."""
    spec = copy.deepcopy(SPEC)
    spec["tags"] += [
        {"name": "Lab Orders", "description": "Every lab bot.", "x-pionex-area": "lab.orders"},
        {"name": "Lab Spot Grid", "description": "Lab grids.", "x-pionex-area": "lab.spot_grid"},
        {"name": "Lab KOL", "description": "Curated lab bots.", "x-pionex-area": "lab.kol"},
    ]
    spec["components"]["schemas"].update(lab_schemas())
    token = {"type": "string", "pattern": "^[A-Za-z0-9_-]+$"}
    status = {"type": "string", "enum": ["running", "finished"]}
    paths = spec["paths"]
    paths["/api/v1/lab/orders"] = {
        "get": operation(
            "Lab Orders",
            "labOrdersList",
            "read",
            "bot_read",
            "LabBotOrderList",
            parameters=[query("status", status), query("pageToken", token)],
            **{"x-pionex-paginate": {"items": "results", "by": "token", "token": "pageToken", "next": "nextPageToken"}},
        )
    }
    paths["/api/v1/lab/kol/list"] = {
        "get": operation(
            "Lab KOL",
            "labKolListCopyTradeBots",
            "read",
            "bot_read",
            "LabBotOrderList",
            parameters=[
                query("pageToken", token),
                query("limit", {"type": "integer", "minimum": 1, "maximum": 50}),
            ],
            **{
                "x-pionex-paginate": {
                    "items": "results",
                    "by": "token",
                    "token": "pageToken",
                    "next": "nextPageToken",
                    "limit": "limit",
                    "size": 50,
                    "id": "buOrderId",
                }
            },
        )
    }
    paths["/api/v1/lab/spotGrid/order"] = {
        "get": operation(
            "Lab Spot Grid",
            "labSpotGridGetOrder",
            "read",
            "bot_read",
            "LabBotOrder",
            parameters=[query("buOrderId", {"type": "string", "pattern": "^[0-9]+$"}, required=True)],
        )
    }
    paths["/api/v1/lab/spotGrid/create"] = {
        "post": operation(
            "Lab Spot Grid",
            "labSpotGridCreate",
            "write",
            "bot_trade",
            "LabBotOrder",
            requestBody=body("LabCreateRequest"),
        )
    }
    paths["/api/v1/lab/spotGrid/adjustParams"] = {
        "post": operation(
            "Lab Spot Grid",
            "labSpotGridAdjustParams",
            "write",
            "bot_trade",
            None,
            requestBody=body("LabAdjustRequest"),
        )
    }
    # A read sent as POST, as Pionex's checkParams is.
    paths["/api/v1/lab/spotGrid/checkParams"] = {
        "post": operation(
            "Lab Spot Grid",
            "labSpotGridCheckParams",
            "read",
            "bot_read",
            "LabCheckResult",
            requestBody=body("LabCheckRequest"),
        )
    }
    return spec


def lab_earn_schemas() -> dict[str, Any]:
    decimal = ref("DecimalString")
    return {
        "LabRef": {
            "type": "string",
            "minLength": 1,
            "maxLength": 40,
            "pattern": "^[a-z0-9-]{1,40}$",
            "description": "The caller's own id of a subscription.",
        },
        "LabSubscribeRequest": {
            "type": "object",
            "description": "A subscription: in units or in notional, exactly one.",
            "required": ["pool"],
            "properties": {
                "pool": {"type": "string", "pattern": "^[A-Z]{1,8}$", "maxLength": 8, "description": "The pool."},
                "ref": described(ref("LabRef"), "The caller's id."),
                "units": described(decimal, "How many units."),
                "notional": described(decimal, "How much money."),
            },
            "x-pionex-requires": [
                {"when": {"units": {"present": True}}, "forbid": ["notional"]},
                {"when": {"units": {"present": False}}, "require": ["notional"]},
            ],
        },
        "LabSubscribed": {
            "type": "object",
            "description": "A subscription made.",
            "properties": {
                "ref": {"type": "string", "description": "Its id."},
                "status": {"type": "string", "description": "Its state."},
            },
        },
        "LabFindRequest": {
            "type": "object",
            "description": "Subscriptions to find, by the caller's ids.",
            "required": ["refs"],
            "properties": {
                "pool": {"type": "string", "pattern": "^[A-Z]{1,8}$", "maxLength": 8, "description": "The pool."},
                "refs": {"type": "array", "minItems": 1, "maxItems": 5, "items": ref("LabRef"), "description": "Ids."},
            },
        },
        "LabSubscription": {
            "type": "object",
            "description": "A subscription found.",
            "properties": {
                "ref": {"type": "string", "description": "Its id."},
                "status": {"type": "string", "description": "Its state."},
                "units": described(decimal, "Its units."),
            },
        },
        "LabSubscriptionList": {
            "type": "object",
            "description": "Subscriptions found.",
            "properties": {"found": {"type": "array", "items": ref("LabSubscription"), "description": "They."}},
        },
    }


def lab_earn_spec() -> dict[str, Any]:
    """The spec with a ``lab.earn`` area shaped like Pionex's dual investment: a write that takes
    exactly one of two amounts (``{"present": false}``) and is reconciled through a read that takes a
    list of ids (a list of plain values with its items' rules) and answers with a list of records."""
    spec = copy.deepcopy(SPEC)
    spec["tags"].append({"name": "Lab Earn", "description": "Lab earn.", "x-pionex-area": "lab.earn"})
    spec["components"]["schemas"].update(lab_earn_schemas())
    spec["paths"]["/api/v1/lab/earn/subscribe"] = {
        "post": operation(
            "Lab Earn",
            "labEarnSubscribe",
            "write",
            "earn",
            "LabSubscribed",
            requestBody=body("LabSubscribeRequest"),
            **{
                "x-pionex-reconcile": {
                    "lookup": "labEarnFind",
                    "key": "ref",
                    "carry": ["pool"],
                    "lookupKey": "refs",
                    "items": "found",
                }
            },
        )
    }
    spec["paths"]["/api/v1/lab/earn/find"] = {
        "post": operation(
            "Lab Earn", "labEarnFind", "read", "read", "LabSubscriptionList", requestBody=body("LabFindRequest")
        )
    }
    return spec
