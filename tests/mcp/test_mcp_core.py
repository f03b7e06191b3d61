"""Every operation of the registry is a tool of ``pionex-mcp``, made from the registry alone: its
name by the naming rule, its description, input and output JSON Schemas and annotations from the
operation's data; a read answers structured content the official client validates against the
output schema; a refusal is a tool error naming the Pionex code or the refused input.

The walk starts the installed ``pionex-mcp --sandbox`` as a subprocess and calls every read-only
tool through the official MCP client over stdio, against a sandbox on loopback.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import anyio
import mcp_types as types
import pytest
from jsonschema import Draft202012Validator
from mcp import Client, StdioServerParameters

from pionex_cli.app import SANDBOX_API_KEY, SANDBOX_API_SECRET
from pionex_mcp import schema
from pionex_mcp.config import ServerConfig
from pionex_mcp.server import serving
from pionex_sandbox.server import RunningSandbox
from pionex_wrapper import registry
from pionex_wrapper.operation import Operation, Param
from tests.mcp.conftest import sandbox_config, server_command, subprocess_env

READS = [op for op in registry.operations() if op.effect == "read"]


def listed(config: ServerConfig) -> list[types.Tool]:
    async def go() -> list[types.Tool]:
        async with serving(config) as (server, _), Client(server) as client:
            return (await client.list_tools()).tools

    return anyio.run(go)


def session(config: ServerConfig, body: Callable[[Client], Awaitable[Any]]) -> Any:
    """Run ``body`` with an MCP client connected in-process to a server built from ``config``."""

    async def go() -> Any:
        async with serving(config) as (server, _), Client(server) as client:
            return await body(client)

    return anyio.run(go)


def refusal(result: types.CallToolResult) -> dict[str, Any]:
    assert result.is_error, result
    assert isinstance(result.content[0], types.TextContent)
    body: dict[str, Any] = json.loads(result.content[0].text)
    return body


# ---------------------------------------------------------------- the tool list, from the registry


def test_every_operation_is_a_tool_when_writes_and_withdrawals_are_on(
    mcp_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    tools = {t.name: t for t in listed(sandbox_config(mcp_sandbox, tmp_path, "--allow-writes", "--allow-withdrawal"))}
    for op in registry.operations():
        tool = tools[op.tool_name]
        assert schema.TOOL_NAME.fullmatch(tool.name) and len(tool.name) <= 64
        assert tool.description and op.summary.rstrip(".") in tool.description and tool.title == op.summary
        json.dumps(tool.model_dump(mode="json", by_alias=True))  # what goes on the wire is plain JSON
        assert tool.annotations is not None
        assert tool.annotations.read_only_hint is (op.effect == "read")
        assert tool.annotations.destructive_hint is (op.effect in ("destructive", "withdrawal"))
        assert tool.annotations.idempotent_hint is (op.effect == "read")
        Draft202012Validator.check_schema(tool.input_schema)
        assert set(tool.input_schema["properties"]) == {p.wire for p in op.params}
        assert set(tool.input_schema.get("required", [])) == {p.wire for p in op.params if p.required}
        if tool.output_schema is not None:
            Draft202012Validator.check_schema(tool.output_schema)
        if op.effect == "read":
            assert (tool.output_schema is None) == (op.data_type is None)
        else:
            assert tool.output_schema == schema.PREPARED_OUTPUT and "confirm" in tool.description
    assert {"confirm"} <= set(tools) - {op.tool_name for op in registry.operations()}


def test_read_only_by_default_lists_no_write_tool(mcp_sandbox: RunningSandbox, tmp_path: Path) -> None:
    names = {t.name for t in listed(sandbox_config(mcp_sandbox, tmp_path))}
    assert {op.tool_name for op in READS} <= names
    writes = {op.tool_name for op in registry.operations() if op.effect != "read"}
    assert not names & writes and "confirm" not in names
    for tool in listed(sandbox_config(mcp_sandbox, tmp_path)):
        assert tool.annotations is None or tool.annotations.read_only_hint is not False, tool.name


def test_a_read_only_profile_keeps_writes_off_whatever_the_flags_say(
    mcp_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    (tmp_path / "config.toml").write_text(
        '[profiles.look]\napi_key = "sandbox-key-NOT-A-REAL-KEY"\nsecret_key = "sandbox-secret-NOT-A-REAL-SECRET"\n'
        f'base_url = "{mcp_sandbox.base_url}"\nread_only = true\n',
        encoding="utf-8",
    )
    from pionex_mcp.config import from_args

    config = from_args(
        ["--profile", "look", "--allow-writes", "--audit-log", str(tmp_path / "a.jsonl")],
        env={"PIONEX_CONFIG": str(tmp_path / "config.toml")},
    )
    assert config.allow_writes and not config.writes
    names = {t.name for t in listed(config)}
    assert "trade_new_order" not in names and "market_depth" in names


def test_withdrawals_need_their_own_switch(mcp_sandbox: RunningSandbox, tmp_path: Path) -> None:
    withdrawals = {op.tool_name for op in registry.operations() if op.effect == "withdrawal"}
    assert withdrawals  # the spec has one: the walk below would be vacuous without it
    writes_only = {t.name for t in listed(sandbox_config(mcp_sandbox, tmp_path, "--allow-writes"))}
    assert "trade_new_order" in writes_only and not writes_only & withdrawals
    both = {t.name for t in listed(sandbox_config(mcp_sandbox, tmp_path, "--allow-writes", "--allow-withdrawal"))}
    assert withdrawals <= both


def test_modules_select_tools_by_area(mcp_sandbox: RunningSandbox, tmp_path: Path) -> None:
    names = {t.name for t in listed(sandbox_config(mcp_sandbox, tmp_path, "--modules", "market,futures"))}
    expected = {op.tool_name for op in READS if op.words[0] in ("market", "futures")}
    assert expected and expected <= names
    assert not {n for n in names if n.startswith(("trade_", "account_", "bot_", "earn_"))}
    with_writes = {
        t.name for t in listed(sandbox_config(mcp_sandbox, tmp_path, "--modules", "market", "--allow-writes"))
    }
    assert "confirm" in with_writes and "trade_new_order" not in with_writes


# ---------------------------------------------------------------- schemas carry the spec's rules


def _param(op: Operation[Any], wire: str) -> Param:
    return next(p for p in op.params if p.wire == wire)


def test_input_schemas_carry_types_enums_ranges_patterns_and_nested_bodies() -> None:
    depth = registry.operation("getMarketDepth")
    shown = schema.input_schema(depth)
    limit = _param(depth, "limit")
    assert shown["properties"]["limit"]["type"] == "integer"
    assert (shown["properties"]["limit"]["minimum"], shown["properties"]["limit"]["maximum"]) == (
        limit.minimum,
        limit.maximum,
    )
    assert shown["properties"]["symbol"]["pattern"] == _param(depth, "symbol").pattern
    assert shown["required"] == ["symbol"] and shown["additionalProperties"] is False
    klines = schema.input_schema(registry.operation("getKlines"))
    assert klines["properties"]["interval"]["enum"] == list(
        _param(registry.operation("getKlines"), "interval").enum or ()
    )
    order = schema.input_schema(registry.operation("newOrder"))
    assert (
        order["properties"]["price"]["type"] == "string"
        and "exact decimal" in order["properties"]["price"]["description"]
    )
    nested = [op for op in registry.operations() if any(p.kind == "object" and p.fields for p in op.params)]
    assert nested
    for op in nested:
        for param in (p for p in op.params if p.kind == "object" and p.fields):
            body = schema.input_schema(op)["properties"][param.wire]
            assert body["type"] == "object" and set(body["properties"]) == {f.wire for f in param.fields or ()}
            assert set(body.get("required", [])) == {f.wire for f in param.fields or () if f.required}


def test_output_schemas_follow_the_decoded_types_not_the_spec_kind() -> None:
    tickers = schema.output_schema(registry.operation("getTickers"))
    assert tickers is not None
    count = tickers["properties"]["tickers"]["items"]["properties"]["count"]  # a string in the spec, an int decoded
    assert count["type"] == ["integer", "null"]
    depth = schema.output_schema(registry.operation("getMarketDepth"))
    assert depth is not None
    level = depth["properties"]["bids"]["items"]
    assert [item["type"] for item in level["prefixItems"]] == ["string", "string"]


# ---------------------------------------------------------------- results and refusals


def test_a_read_answers_exact_decimals_as_strings(mcp_sandbox: RunningSandbox, tmp_path: Path) -> None:
    async def body(client: Client) -> types.CallToolResult:
        return await client.call_tool("market_depth", {"symbol": "BTC_USDT", "limit": 3})

    result = session(sandbox_config(mcp_sandbox, tmp_path), body)
    assert not result.is_error and result.structured_content is not None
    book = result.structured_content
    assert len(book["bids"]) == 3
    for price, size in book["bids"] + book["asks"]:
        assert isinstance(price, str) and isinstance(size, str) and "E" not in price.upper()
        assert Decimal(price) > 0 and Decimal(size) > 0
    assert isinstance(result.content[0], types.TextContent)
    assert json.loads(result.content[0].text) == book


def test_refusals_are_tool_errors_naming_the_input_or_the_pionex_code(
    mcp_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    async def body(client: Client) -> list[types.CallToolResult]:
        return [
            await client.call_tool("market_depth", {"symbol": "BTC_USDT", "limit": 0}),
            await client.call_tool("market_depth", {"symbol": "NOPE_USDT"}),
            await client.call_tool("market_depth", {"symbol": "BTC_USDT", "bogus": 1}),
            await client.call_tool("trade_new_order", {"symbol": "BTC_USDT"}),
            await client.call_tool("futures_account_get_leverage", {"symbol": "BTC_USDT"}),
        ]

    out_of_range, unknown_pair, unknown_input, unlisted, spot_pair = map(
        refusal, session(sandbox_config(mcp_sandbox, tmp_path), body)
    )
    assert out_of_range["error"] == "InvalidParameterError" and out_of_range["parameter"] == "limit"
    assert unknown_pair["code"] == "MARKET_INVALID_SYMBOL" and unknown_pair["message"]
    assert unknown_input["parameter"] == "bogus"
    assert unlisted["error"] == "UnknownTool" and "writes are off" in unlisted["message"]
    assert spot_pair["parameter"] == "symbol" and "perpetual" in spot_pair["message"]


def test_an_unexpected_failure_is_a_tool_error_without_the_secret(
    mcp_sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = sandbox_config(mcp_sandbox, tmp_path)
    secret = config.profile.secret_key
    assert secret

    async def body(client: Client) -> types.CallToolResult:
        return await client.call_tool("market_tickers", {})

    from pionex_wrapper import AsyncPionex

    async def broken(self: AsyncPionex, *args: object, **kwargs: object) -> None:
        raise RuntimeError(f"boom near {secret}")

    monkeypatch.setattr(AsyncPionex, "invoke", broken)
    shown = refusal(session(config, body))
    assert shown["error"] == "RuntimeError" and "boom" in shown["message"] and secret not in json.dumps(shown)


def test_a_write_tool_prepares_and_its_answer_meets_its_output_schema(
    mcp_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    """The official client validates structured content against the listed output schema: a
    write tool's answer is the prepared summary, not the operation's reply."""

    async def body(client: Client) -> types.CallToolResult:
        await client.list_tools()
        return await client.call_tool("trade_cancel_order", {"symbol": "BTC_USDT", "orderId": 1})

    result = session(sandbox_config(mcp_sandbox, tmp_path, "--allow-writes"), body)
    assert not result.is_error and result.structured_content is not None
    assert result.structured_content["prepared"] is True and result.structured_content["sent"] is False
    assert result.structured_content["token"]


# ---------------------------------------------------------------- the walk, over stdio

SAMPLE: dict[str, Any] = {
    "base": "BTC",
    "quote": "USDT",
    "productIds": "BTC-USDXO-DUAL_BASE-0000001",
    "startTime": "2026-01-01",
    "endTime": "2026-01-31",
}
"""Values for required inputs, by the API's name (never by operation); anything else is read from
the input's schema: its first enum value, its minimum, a pair of its market."""

OVERRIDES: dict[str, dict[str, Any]] = {
    "bot_futures_grid_check_params": {
        "base": "BTC.PERP",
        "quote": "USDT",
        "buOrderData": {
            "top": "72000",
            "bottom": "58000",
            "row": 2,
            "grid_type": "arithmetic",
            "trend": "long",
            "leverage": 3,
            "quote_investment": "100",
        },
    },
    "bot_spot_grid_check_params": {
        "base": "BTC",
        "quote": "USDT",
        "buOrderData": {
            "top": "50000",
            "bottom": "40000",
            "row": 10,
            "grid_type": "arithmetic",
            "quote_total_investment": "1000",
        },
    },
    "earn_dual_get_index": {"base": "BTC", "quote": "USDXO"},
    "earn_dual_get_open_products": {"base": "BTC", "quote": "USDXO", "type": "DUAL_BASE"},
    "earn_dual_get_prices": {"base": "BTC", "quote": "USDXO", "productIds": "BTC-USDXO-260131-100000-C-USDT"},
}
"""Test data only (the server has nothing per operation): the few reads whose inputs must agree
with one another in ways a schema does not say (a grid's bounds, the dual's quote coin)."""

NOT_FOUND = {
    "bot_futures_grid_get_order": "TRADE_ORDER_NOT_FOUND",
    "bot_smart_copy_get_order": "TRADE_ORDER_NOT_FOUND",
    "bot_spot_grid_get_order": "TRADE_ORDER_NOT_FOUND",
    "futures_trade_fills_by_order_id": "TRADE_ORDER_NOT_FOUND",
    "futures_trade_get_order": "TRADE_ORDER_NOT_FOUND",
    "futures_trade_get_order_by_client_order_id": "TRADE_ORDER_NOT_FOUND",
    "trade_get_order": "TRADE_ORDER_NOT_FOUND",
    "trade_get_order_by_client_order_id": "TRADE_ORDER_NOT_FOUND",
    "bot_kol_list_copy_trade_bots": "TRADE_PARAMETER_ERROR",
    "bot_signals_get": "TRADE_PARAMETER_ERROR",
    "futures_transfer_get": "TRADE_PARAMETER_ERROR",
    "earn_dual_get_prices": "DUAL_PARAMETER_ERROR",
}
"""The reads a fresh sandbox refuses with the exchange's own code, because they look up a record
it does not hold (an order, a bot, a KOL's share code, a signal, a last transfer): the tool reached
the exchange and carried its answer back."""


def sample(param: Param, schema_of: dict[str, Any]) -> Any:
    if param.wire in SAMPLE and param.kind != "time":
        return SAMPLE[param.wire]
    if param.enum:
        return param.enum[0]
    if param.kind == "object":
        return {f.wire: sample(f, {}) for f in param.fields or () if f.required}
    if param.kind == "array":
        return [sample(param.item, {}) if param.item is not None else "x"]
    if param.kind in ("integer", "time"):
        return max(param.minimum or 1, 1_767_225_600_000 if param.kind == "time" else 1)
    if param.kind == "boolean":
        return False
    if param.wire == "symbol" or param.rule == "symbol":
        return "BTC_USDT_PERP" if param.market == "PERP" else "BTC_USDT"
    if param.kind == "decimal":
        return "1"
    return "x" * max(param.min_length or 1, 1)


def arguments(op: Operation[Any]) -> dict[str, Any]:
    if op.tool_name in OVERRIDES:
        return OVERRIDES[op.tool_name]
    return {p.wire: sample(p, {}) for p in op.params if p.required}


def test_the_walk_calls_every_read_only_tool_over_stdio(mcp_sandbox: RunningSandbox, tmp_path: Path) -> None:
    params = StdioServerParameters(
        command=server_command()[0],
        args=[*server_command()[1:], "--sandbox", "--audit-log", str(tmp_path / "audit.jsonl")],
        env=subprocess_env(mcp_sandbox, tmp_path),
    )

    async def walk() -> tuple[list[types.Tool], dict[str, types.CallToolResult]]:
        answers: dict[str, types.CallToolResult] = {}
        async with Client(params, read_timeout_seconds=30) as client:
            tools = (await client.list_tools()).tools
            for op in READS:
                # the client validates a success's structured content against the listed output schema
                answers[op.tool_name] = await client.call_tool(op.tool_name, arguments(op))
        return tools, answers

    tools, answers = anyio.run(walk)
    operations = {op.tool_name for op in registry.operations()}
    assert {t.name for t in tools} & operations == {op.tool_name for op in READS}  # read-only: every read, no write
    for tool in tools:  # the others (live tools) are read-only too
        assert tool.annotations is not None and tool.annotations.read_only_hint is True, tool.name
    failed = {name: refusal(result) for name, result in answers.items() if result.is_error}
    assert {name: body.get("code") for name, body in failed.items()} == NOT_FOUND, failed
    for body in failed.values():
        assert "parameter" not in body and body["message"]
    succeeded = {name for name, result in answers.items() if not result.is_error}
    assert len(succeeded) + len(failed) == len(READS)
    assert {"market_depth", "account_balances", "futures_account_positions", "wallet_get_balances_full"} <= succeeded
    for name in succeeded:
        assert isinstance(answers[name].structured_content, dict), name
    for result in answers.values():  # the sandbox's key and secret are in the server's hands, never in an answer
        text = json.dumps(result.model_dump(mode="json"))
        assert SANDBOX_API_SECRET not in text and SANDBOX_API_KEY not in text


def test_rules_between_inputs_are_in_the_description_under_the_api_s_names() -> None:
    order = schema.description(registry.operation("newOrder"))
    assert "When type=LIMIT: give size, price; leave out amount." in order
    grid = schema.description(registry.operation("botSpotGridCreate"))
    assert "When buOrderData.lossStop is given: give buOrderData.lossStopType." in grid
    fills = schema.description(registry.operation("getFills"))
    assert "startTime, endTime must be in that order" in fills


def test_a_nested_body_goes_in_under_the_api_s_names(mcp_sandbox: RunningSandbox, tmp_path: Path) -> None:
    grid = {"top": "50000", "bottom": "40000", "row": 10, "gridType": "arithmetic", "quoteTotalInvestment": "1000"}

    async def body(client: Client) -> list[types.CallToolResult]:
        return [
            await client.call_tool("bot_spot_grid_create", {"base": "BTC", "quote": "USDT", "buOrderData": grid}),
            await client.call_tool(
                "bot_spot_grid_create", {"base": "BTC", "quote": "USDT", "buOrderData": {**grid, "row": 0}}
            ),
        ]

    prepared, refused = session(sandbox_config(mcp_sandbox, tmp_path, "--allow-writes"), body)
    assert not prepared.is_error and prepared.structured_content is not None
    assert "buOrderData" in json.dumps(prepared.structured_content) and prepared.structured_content["token"]
    assert "row" in refusal(refused)["parameter"]


def test_checked_arguments_read_back_under_the_api_s_names_without_unset_inputs() -> None:
    from pionex_mcp import results
    from pionex_wrapper import Pionex

    op = registry.operation("botSpotGridCreate")
    grid = {"top": "50000", "bottom": "40000", "row": 10, "gridType": "arithmetic", "quoteTotalInvestment": "1000"}
    with Pionex("sandbox-key-NOT-A-REAL-KEY", "sandbox-secret-NOT-A-REAL-SECRET", base_url="http://127.0.0.1:9") as c:
        prepared = c.prepare(op.operation_id, {"base": "BTC", "quote": "USDT", "buOrderData": grid})
    shown = results.jsonable(results.wire_arguments(op.params, prepared.arguments))
    assert shown == {"base": "BTC", "quote": "USDT", "buOrderData": grid}
