"""The 26 bot operations of Pionex's bot API (issue 18): where the clients reach them, what they
send, what their replies decode to, and which rules between inputs are refused before sending.

The facts below (paths, areas, names, permissions, effects) are carried from Pionex's bot file and
the issue's contract into this test; the sample replies are in tests/bot_samples.py.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

from pionex_sandbox import DEFAULT_API_KEY, READONLY_API_KEY, create_app, sandbox_of
from pionex_sandbox.accounts import BOT_READ, BOT_TRADE, PERMISSIONS, READ, TRADE, TRANSFER
from pionex_wrapper import PermissionDeniedError, Pionex, PionexError
from tests.bot_samples import SAMPLES
from tests.contract import Contract, answering
from tests.helpers import FAKE_KEY, FAKE_SECRET, SPEC, envelope

# (operationId, area, name, method, path, permission, effect): Pionex's "Bot reading" is bot_read,
# "Bot trading" bot_trade, "Enable reading" read.
CONTRACT = [
    ("botOrdersList", "bot.orders", "list", "GET", "/api/v1/bot/orders", "bot_read", "read"),
    ("botFuturesGridGetOrder", "bot.futures_grid", "get_order", "GET", "/api/v1/bot/orders/futuresGrid/order", "bot_read", "read"),
    ("botFuturesGridCreate", "bot.futures_grid", "create", "POST", "/api/v1/bot/orders/futuresGrid/create", "bot_trade", "write"),
    ("botFuturesGridCheckParams", "bot.futures_grid", "check_params", "POST", "/api/v1/bot/orders/futuresGrid/checkParams", "bot_read", "read"),
    ("botFuturesGridAdjustParams", "bot.futures_grid", "adjust_params", "POST", "/api/v1/bot/orders/futuresGrid/adjustParams", "bot_trade", "write"),
    ("botFuturesGridReduce", "bot.futures_grid", "reduce", "POST", "/api/v1/bot/orders/futuresGrid/reduce", "bot_trade", "write"),
    ("botFuturesGridCancel", "bot.futures_grid", "cancel", "POST", "/api/v1/bot/orders/futuresGrid/cancel", "bot_trade", "destructive"),
    ("botSpotGridGetOrder", "bot.spot_grid", "get_order", "GET", "/api/v1/bot/orders/spotGrid/order", "bot_read", "read"),
    ("botSpotGridGetAiStrategy", "bot.spot_grid", "get_ai_strategy", "GET", "/api/v1/bot/orders/spotGrid/aiStrategy", "bot_read", "read"),
    ("botSpotGridCreate", "bot.spot_grid", "create", "POST", "/api/v1/bot/orders/spotGrid/create", "bot_trade", "write"),
    ("botSpotGridCheckParams", "bot.spot_grid", "check_params", "POST", "/api/v1/bot/orders/spotGrid/checkParams", "bot_read", "read"),
    ("botSpotGridAdjustParams", "bot.spot_grid", "adjust_params", "POST", "/api/v1/bot/orders/spotGrid/adjustParams", "bot_trade", "write"),
    ("botSpotGridInvestIn", "bot.spot_grid", "invest_in", "POST", "/api/v1/bot/orders/spotGrid/investIn", "bot_trade", "write"),
    ("botSpotGridCancel", "bot.spot_grid", "cancel", "POST", "/api/v1/bot/orders/spotGrid/cancel", "bot_trade", "destructive"),
    ("botSpotGridExtractProfit", "bot.spot_grid", "extract_profit", "POST", "/api/v1/bot/orders/spotGrid/profit", "bot_trade", "write"),
    ("botSmartCopyGetOrder", "bot.smart_copy", "get_order", "GET", "/api/v1/bot/orders/smartCopy/order", "bot_read", "read"),
    ("botSmartCopyCheckParams", "bot.smart_copy", "check_params", "POST", "/api/v1/bot/orders/smartCopy/checkParams", "bot_read", "read"),
    ("botSmartCopyCreate", "bot.smart_copy", "create", "POST", "/api/v1/bot/orders/smartCopy/create", "bot_trade", "write"),
    ("botSmartCopyCancel", "bot.smart_copy", "cancel", "POST", "/api/v1/bot/orders/smartCopy/cancel", "bot_trade", "destructive"),
    ("botKolListCopyTradeBots", "bot.kol", "list_copy_trade_bots", "GET", "/api/v1/bot/kol/selectCopyTradeList", "bot_read", "read"),
    ("botSignalsPush", "bot.signals", "push", "POST", "/api/v1/bot/signal/listener", "read", "write"),
    ("botSignalsList", "bot.signals", "list", "GET", "/api/v1/bot/signal/userSignal", "bot_read", "read"),
    ("botSignalsCreate", "bot.signals", "create", "POST", "/api/v1/bot/signal/userSignal", "bot_trade", "write"),
    ("botSignalsGet", "bot.signals", "get", "GET", "/api/v1/bot/signal/userSignal/detail", "bot_read", "read"),
    ("botSignalsEdit", "bot.signals", "edit", "POST", "/api/v1/bot/signal/userSignal/edit", "bot_trade", "destructive"),
    ("botSignalsDelete", "bot.signals", "delete", "DELETE", "/api/v1/bot/signal/userSignal/delete", "bot_trade", "destructive"),
]  # fmt: skip
IDS = [row[0] for row in CONTRACT]

SIGNAL = "79899b4d-7f95-4288-97ef-f021e770aa67"
COPY_BOT = "550e8400-e29b-41d4-a716-446655440000"

# A plausible call of each operation, by the Python names of its inputs.
ARGS: dict[str, dict[str, Any]] = {
    "botOrdersList": {"status": "finished", "base": "BTC", "bu_order_types": "spot_grid,futures_grid"},
    "botFuturesGridGetOrder": {"bu_order_id": "2000000001", "lang": "en"},
    "botFuturesGridCreate": {
        "base": "BTC.PERP",
        "quote": "USDT",
        "bu_order_data": {
            "top": "72000.5",
            "bottom": Decimal(58000),
            "row": 500,
            "grid_type": "geometric",
            "trend": "no_trend",
            "leverage": 5,
            "quote_investment": "1000",
            "loss_stop_type": "price_limit",
            "loss_stop": "57500",
            "loss_stop_limit_price": "57000",
            "loss_stop_limit_high_price": "76000",
            "loss_stop_high": "75000",
            "profit_stop_type": "profit_ratio",
            "profit_stop": "0.25",
            "slippage": "0.01",
        },
    },
    "botFuturesGridCheckParams": {
        "base": "BTC.PERP",
        "quote": "USDT",
        "bu_order_data": {
            "top": "72000",
            "bottom": "58000",
            "row": 2,
            "grid_type": "arithmetic",
            "trend": "long",
            "leverage": 3,
            "quote_investment": "100",
            "extra_margin": True,
            "condition": "60000",
            "condition_direction": "-1",
        },
    },
    "botFuturesGridAdjustParams": {
        "bu_order_id": "2000000001",
        "type": "adjust_params",
        "extra_margin": False,
        "open_price": Decimal("65010.40"),
        "bottom": "59000",
        "top": "73000",
        "row": 150,
        "quote_investment": Decimal("100.123456789012345"),
    },
    "botFuturesGridReduce": {"bu_order_id": "2000000001", "open_price": "65010.4", "reduce_num": 3},
    "botFuturesGridCancel": {"bu_order_id": "2000000001", "close_sell_model": "TO_USDT", "close_slippage": "0.02"},
    "botSpotGridGetOrder": {"bu_order_id": "1234567890"},
    "botSpotGridGetAiStrategy": {"base": "BTC", "quote": "USDT"},
    "botSpotGridCreate": {
        "base": "BTC",
        "quote": "USDT",
        "bu_order_data": {
            "top": "50000",
            "bottom": "40000",
            "row": 1000,
            "grid_type": "arithmetic",
            "quote_total_investment": "1000",
            "loss_stop_type": "profit_ratio",
            "loss_stop": "-0.1",
            "loss_stop_delay": 60,
            "close_sell_model": "TO_QUOTE",
        },
    },
    "botSpotGridCheckParams": {
        "base": "BTC",
        "quote": "USDT",
        "bu_order_data": {
            "top": "50000",
            "bottom": "40000",
            "row": 20,
            "grid_type": "geometric",
            "quote_total_investment": "100",
        },
    },
    "botSpotGridAdjustParams": {"bu_order_id": "1234567890", "top": "52000", "bottom": "41000", "row": 30},
    "botSpotGridInvestIn": {"bu_order_id": "1234567890", "quote_invest": "100"},
    "botSpotGridCancel": {"bu_order_id": "1234567890", "close_sell_model": "TO_QUOTE", "slippage": "0.01"},
    "botSpotGridExtractProfit": {"bu_order_id": "1234567890", "amount": "50"},
    "botSmartCopyGetOrder": {"bu_order_id": COPY_BOT},
    "botSmartCopyCheckParams": {"base": "BTC", "quote": "USDT", "leverage": 2, "quote_investment": "500"},
    "botSmartCopyCreate": {
        "base": "BTC",
        "quote": "USDT",
        "bu_order_data": {
            "quote_total_investment": "500",
            "portfolio": [
                {"base": "BTC", "signal_type": SIGNAL, "leverage": 2, "percent": "0.6", "loss_stop_ratio": "-0.2"},
                {"base": "ETH", "signal_type": SIGNAL, "leverage": 1, "percent": "0.4", "profit_stop_ratio": "0.5"},
            ],
        },
    },
    "botSmartCopyCancel": {"bu_order_id": COPY_BOT, "convert_into_earn_coin": True},
    "botKolListCopyTradeBots": {"share_code": "GM2024", "bu_order_type": "futures_grid", "trend": "long", "page": 2},
    "botSignalsPush": {
        "signal_type": SIGNAL,
        "signal_param": "{}",
        "base": "BTC",
        "quote": "USDT",
        "time": "2024-01-15T10:30:00Z",
        "price": "45000.5",
        "data": {"action": "buy", "position_size": "-1", "contracts": "1"},
    },
    "botSignalsList": {},
    "botSignalsCreate": {"title": "RSI-crossover", "description": "RSI(14)-crossover"},
    "botSignalsGet": {"signal_type": SIGNAL},
    "botSignalsEdit": {"signal_type": SIGNAL, "description": "RSI(14)-crossover,v2"},
    "botSignalsDelete": {"signal_type": SIGNAL},
}


CHECKS = Contract(CONTRACT, ARGS, SAMPLES)
method_of = CHECKS.method_of


# -- the contract ------------------------------------------------------------------------------------


def test_the_registry_holds_the_26_bot_operations_of_the_contract() -> None:
    CHECKS.check_registry(lambda op: op.area.startswith("bot."))
    assert len(IDS) == 26
    # the tags a user would guess, each reached as client.bot.<area>
    tags = {t["name"]: t.get("x-pionex-area") for t in SPEC["tags"] if t["name"].startswith("Bot ")}
    assert set(tags.values()) == {row[1] for row in CONTRACT}


def test_the_sandbox_accounts_carry_the_bot_permissions() -> None:
    assert {BOT_READ, BOT_TRADE} == {"bot_read", "bot_trade"} and {BOT_READ, BOT_TRADE} <= PERMISSIONS
    sandbox = sandbox_of(create_app())
    default, readonly = sandbox.account(DEFAULT_API_KEY), sandbox.account(READONLY_API_KEY)
    assert default is not None and readonly is not None
    assert {READ, TRADE, TRANSFER, BOT_READ, BOT_TRADE} <= default.permissions  # and the partner and fund ones
    assert readonly.permissions == {READ}


# -- reachable, sync and async, and what is sent ---------------------------------------------------------


test_reachable_sync_with_its_reply_decoded = CHECKS.reachable_sync_test()
test_reachable_async_with_its_reply_decoded = CHECKS.reachable_async_test()


def body_of(operation_id: str, **changes: Any) -> Any:
    """The JSON body a call of ``operation_id`` with ARGS (and ``changes``) sends."""
    sent: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=envelope(SAMPLES[operation_id]))

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply)) as client:
        method_of(client, operation_id)(**{**ARGS[operation_id], **changes})
    (request,) = sent
    return request


def test_grid_settings_go_out_under_pionex_own_names() -> None:
    """camelCase for the grids (with Pionex's own grid_type in the futures grid), snake_case for the
    checks and smart copy; amounts as strings, a negative stop as "-0.1"."""
    spot = json.loads(body_of("botSpotGridCreate").content)
    assert spot == {
        "base": "BTC",
        "quote": "USDT",
        "buOrderData": {
            "top": "50000",
            "bottom": "40000",
            "row": 1000,
            "gridType": "arithmetic",
            "quoteTotalInvestment": "1000",
            "lossStopType": "profit_ratio",
            "lossStop": "-0.1",
            "lossStopDelay": 60,
            "closeSellModel": "TO_QUOTE",
        },
    }
    futures = json.loads(body_of("botFuturesGridCreate").content)["buOrderData"]
    assert {k: futures[k] for k in ("grid_type", "quoteInvestment", "bottom", "lossStopLimitHighPrice")} == {
        "grid_type": "geometric",
        "quoteInvestment": "1000",
        "bottom": "58000",
        "lossStopLimitHighPrice": "76000",
    }
    check = json.loads(body_of("botFuturesGridCheckParams").content)
    assert check["base"] == "BTC.PERP" and check["buOrderData"]["extra_margin"] is True
    assert check["buOrderData"]["quote_investment"] == "100" and check["buOrderData"]["condition_direction"] == "-1"
    copy = json.loads(body_of("botSmartCopyCreate").content)
    assert copy["bu_order_data"]["portfolio"][0] == {
        "base": "BTC",
        "signal_type": SIGNAL,
        "leverage": 2,
        "percent": "0.6",
        "loss_stop_ratio": "-0.2",
    }
    push = json.loads(body_of("botSignalsPush").content)
    assert push["data"] == {"action": "buy", "position_size": "-1", "contracts": "1"}
    assert push["time"] == "2024-01-15T10:30:00Z"


def test_amounts_pionex_types_as_numbers_go_out_as_exact_json_numbers() -> None:
    request = body_of("botFuturesGridAdjustParams")
    text = request.content.decode()
    assert '"quoteInvestment":100.123456789012345' in text.replace(" ", "")
    assert '"openPrice":65010.40' in text.replace(" ", "")
    body = json.loads(request.content, parse_float=Decimal)
    assert body["quoteInvestment"] == Decimal("100.123456789012345") and body["row"] == 150
    assert body["type"] == "adjust_params" and body["extraMargin"] is False


def test_the_bot_list_filters_by_several_kinds() -> None:
    request = body_of("botOrdersList")
    # one comma-separated value, as Pionex's own tools send it (its file types the input as a list)
    assert request.url.params.get_list("buOrderTypes") == ["spot_grid,futures_grid"]
    assert request.url.params["status"] == "finished" and request.url.params["base"] == "BTC"


# -- replies -----------------------------------------------------------------------------------------------


test_each_sample_fills_every_field_of_its_reply = CHECKS.sample_fills_test()


def test_decoded_bots_read_as_their_kind_says() -> None:
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering(SAMPLES["botOrdersList"])) as client:
        page = client.bot.orders.list()
    futures, spot, copy = page.results
    assert (futures.bu_order_type, spot.bu_order_type, copy.bu_order_type) == (
        "futures_grid",
        "spot_grid",
        "smart_copy",
    )
    assert futures.bu_order_data is not None and futures.bu_order_data.trend == "no_trend"
    assert futures.bu_order_data.loss_stop == Decimal("-0.1") and futures.bu_order_data.leverage == 5
    assert futures.bu_order_data.invest_in_triggers[0].condition_direction == "-1"
    assert futures.bu_order_data.invest_out_triggers[0].reduce_num == 3
    assert spot.bu_order_data is not None and spot.bu_order_data.grid_profit == Decimal("12.0345")
    assert copy.bu_order_data is not None and copy.bu_order_data.portfolio[0].leverage == 2
    assert copy.bu_order_data.round_count_24h == 4
    assert page.next_page_token == "eyJuZXh0IjoxMH0"


def test_values_this_version_does_not_know_are_kept_as_strings() -> None:
    grid = {"buOrderData": {"status": "hibernating", "reasonBy": "moon_landing", "lossStopType": "trailing"}}
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering(grid)) as client:
        found = client.bot.futures_grid.get_order(bu_order_id="1")
    assert found.bu_order_data is not None
    assert (found.bu_order_data.status, found.bu_order_data.reason_by) == ("hibernating", "moon_landing")
    assert found.bu_order_data.loss_stop_type == "trailing"


def test_amounts_sent_as_json_numbers_are_read_exactly() -> None:
    check = {"min_investment": 10.5, "max_investment": 50000, "estimate_fee": 0.0000000001}
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering(check)) as client:
        found = client.bot.futures_grid.check_params(**ARGS["botFuturesGridCheckParams"])
    assert (found.min_investment, found.max_investment) == (Decimal("10.5"), Decimal(50000))
    assert found.estimate_fee == Decimal("1E-10")


def test_a_check_refused_with_data_keeps_the_investment_range() -> None:
    """Pionex's "FailedWithData": a check refused with result false still sends the range."""
    refusal = {
        "result": False,
        "code": "PARAMETER_ERROR",
        "message": "less than min investment",
        "data": {"min_investment": "10.5", "max_investment": "50000", "slippage": "0.01"},
        "timestamp": 1700000000000,
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=refusal))
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=transport) as client, pytest.raises(PionexError) as caught:
        client.bot.spot_grid.check_params(**ARGS["botSpotGridCheckParams"])
    assert caught.value.code == "PARAMETER_ERROR"
    assert caught.value.data == {"min_investment": "10.5", "max_investment": "50000", "slippage": "0.01"}


# -- rules refused before anything is sent ------------------------------------------------------------------


def spot_grid(**changes: Any) -> dict[str, Any]:
    settings = {
        "top": "50000",
        "bottom": "40000",
        "row": 20,
        "grid_type": "arithmetic",
        "quote_total_investment": "1000",
    }
    return {"base": "BTC", "quote": "USDT", "bu_order_data": {**settings, **changes}}


def futures_grid(**changes: Any) -> dict[str, Any]:
    settings = {
        "top": "72000",
        "bottom": "58000",
        "row": 100,
        "grid_type": "arithmetic",
        "trend": "long",
        "leverage": 5,
        "quote_investment": "1000",
    }
    return {"base": "BTC.PERP", "quote": "USDT", "bu_order_data": {**settings, **changes}}


def adjust(**changes: Any) -> dict[str, Any]:
    base = {"bu_order_id": "2000000001", "extra_margin": False, "open_price": "65000"}
    return {**base, **changes}


REFUSED = [
    # (operation, arguments, the input the refusal names, words of its message)
    ("botSpotGridCreate", spot_grid(row=1001), "bu_order_data.row", "at most 1000"),
    ("botSpotGridCreate", spot_grid(row=1), "bu_order_data.row", "at least 2"),
    ("botSpotGridCreate", spot_grid(loss_stop="-0.1"), "bu_order_data.loss_stop_type", "required"),
    ("botSpotGridCreate", spot_grid(loss_stop_type="price"), "bu_order_data.loss_stop", "required"),
    ("botSpotGridCreate", spot_grid(profit_stop_delay=30), "bu_order_data.profit_stop_type", "required"),
    ("botSpotGridCreate", spot_grid(profit_stop_type="price", profit_stop="-5"), "bu_order_data.profit_stop", ""),
    ("botSpotGridCreate", spot_grid(condition="45000"), "bu_order_data.condition_direction", "required"),
    ("botSpotGridCreate", spot_grid(loss_stop_type="price_limit", loss_stop="1"), "bu_order_data.loss_stop_type", ""),
    ("botSpotGridCreate", spot_grid(slippage="1.5"), "bu_order_data.slippage", "at most 1"),
    ("botSpotGridCheckParams", {**spot_grid(row=1001)}, "bu_order_data.row", "at most 1000"),
    ("botFuturesGridCreate", futures_grid(row=501), "bu_order_data.row", "at most 500"),
    ("botFuturesGridCreate", futures_grid(leverage=101), "bu_order_data.leverage", "at most 100"),
    ("botFuturesGridCreate", futures_grid(loss_stop_high="80000"), "bu_order_data.loss_stop_high", "must not"),
    ("botFuturesGridCreate", futures_grid(trend="short", loss_stop_type="price_limit", loss_stop="75000", loss_stop_limit_price="76000", loss_stop_limit_high_price="80000"), "bu_order_data.loss_stop_limit_high_price", "must not"),
    ("botFuturesGridCreate", futures_grid(loss_stop_type="price", loss_stop="57000", loss_stop_limit_price="56000"), "bu_order_data.loss_stop_limit_price", "must not"),
    ("botFuturesGridCreate", futures_grid(loss_stop_type="price_limit"), "bu_order_data.loss_stop", "required"),
    ("botFuturesGridCreate", futures_grid(loss_stop_type="price_limit", loss_stop="57500"), "bu_order_data.loss_stop_limit_price", "required"),
    ("botFuturesGridCreate", futures_grid(profit_stop_type="price_limit", profit_stop_limit_price="71000"), "bu_order_data.profit_stop", "required"),
    ("botFuturesGridCreate", futures_grid(trend="no_trend", loss_stop_type="price_limit", loss_stop="57500", loss_stop_limit_price="57000", loss_stop_limit_high_price="76000"), "bu_order_data.loss_stop_high", "required"),
    ("botFuturesGridCreate", futures_grid(trend="no_trend", loss_stop_type="price_limit", loss_stop="57500", loss_stop_limit_price="57000", loss_stop_high="75000"), "bu_order_data.loss_stop_limit_high_price", "required when bu_order_data.loss_stop_type=price_limit and bu_order_data.loss_stop_high is given"),
    ("botFuturesGridCreate", futures_grid(loss_stop_limit_price="57000"), "bu_order_data.loss_stop_type", "required"),
    ("botFuturesGridCreate", futures_grid(profit_stop_type="profit_amount"), "bu_order_data.profit_stop", "required"),
    ("botFuturesGridCreate", futures_grid(profit_stop_type="price", profit_stop="80000", profit_stop_limit_price="81000"), "bu_order_data.profit_stop_limit_price", "must not"),
    ("botFuturesGridCreate", futures_grid(bonus_id="b-1"), "bu_order_data.investment_from", "required"),
    ("botFuturesGridCreate", futures_grid(bonus_id="b-1", investment_from="USER"), "bu_order_data.bonus_id", "must not"),
    ("botFuturesGridCreate", futures_grid(investment_from="FUTURE_GRID_BONUS"), "bu_order_data.bonus_id", "required"),
    ("botFuturesGridCreate", futures_grid(condition_direction="1"), "bu_order_data.condition", "required"),
    ("botFuturesGridCreate", {**futures_grid(), "base": "BTC_USDT"}, "base", "PERP"),
    ("botFuturesGridCheckParams", futures_grid(row=501), "bu_order_data.row", "at most 500"),
    ("botFuturesGridAdjustParams", adjust(type="adjust_params", bottom="59000", top="73000"), "row", "required"),
    ("botFuturesGridAdjustParams", adjust(type="adjust_params", row=10, top="73000"), "bottom", "required"),
    ("botFuturesGridAdjustParams", adjust(type="invest_in"), "quote_investment", "required"),
    ("botFuturesGridAdjustParams", adjust(type="invest_in", quote_investment=100, row=10), "row", "must not"),
    ("botFuturesGridAdjustParams", adjust(type="invest_in_trigger", quote_investment=100, condition="60000"), "condition_direction", "required"),
    ("botFuturesGridAdjustParams", adjust(type="adjust_params", bottom="1", top="2", row=3, condition="60000"), "condition", "must not"),
    ("botFuturesGridAdjustParams", adjust(type="invest_in", quote_investment=1.5), "quote_investment", "float"),
    ("botFuturesGridReduce", {"bu_order_id": "1", "open_price": "1", "reduce_num": 1, "condition": "2"}, "condition_direction", "required"),
    ("botSpotGridAdjustParams", {"bu_order_id": "1", "top": "52000"}, "bottom", "required"),
    ("botSmartCopyCheckParams", {**ARGS["botSmartCopyCheckParams"], "signal_param": "{}"}, "signal_type", "required"),
    ("botSmartCopyCheckParams", {**ARGS["botSmartCopyCheckParams"], "leverage": 0}, "leverage", ""),
    ("botSmartCopyCreate", {"base": "BTC", "quote": "USDT", "bu_order_data": {"quote_total_investment": "5", "portfolio": []}}, "bu_order_data.portfolio", "at least 1"),
    ("botSmartCopyCreate", {"base": "BTC", "quote": "USDT", "bu_order_data": {"quote_total_investment": "5", "portfolio": [{"base": "BTC", "signal_type": "s", "leverage": 1, "percent": "2"}]}}, "bu_order_data.portfolio[0].percent", "at most 1"),
    ("botSignalsCreate", {"title": "x" * 101}, "title", "at most 100"),
    ("botSignalsPush", {**ARGS["botSignalsPush"], "time": "2024-01-15 10:30:00"}, "time", ""),
    ("botOrdersList", {"bu_order_types": "spot_grid,grid_v5"}, "bu_order_types", "must match"),
    ("botOrdersList", {"bu_order_types": "spot_grid, futures_grid"}, "bu_order_types", ""),
]  # fmt: skip


test_rules_between_inputs_are_refused_before_sending = CHECKS.refused_test(REFUSED)


ACCEPTED = [
    # what the rules allow: a neutral grid's upper stops, a bonus with its id, stops with their types
    ("botFuturesGridCreate", futures_grid(trend="no_trend", loss_stop_high="80000")),
    ("botFuturesGridCreate", futures_grid(investment_from="FUTURE_GRID_BONUS", bonus_id="b-1")),
    ("botFuturesGridCreate", futures_grid(loss_stop_type="profit_ratio", loss_stop="-0.2", loss_stop_delay=5)),
    ("botFuturesGridAdjustParams", adjust(type="invest_in", quote_investment=Decimal("0.5"))),
    ("botFuturesGridAdjustParams", adjust(type="invest_in_trigger", quote_investment=100, condition="60000", condition_direction="-1")),
    ("botSpotGridCreate", spot_grid(row=2, profit_stop_type="profit_amount", profit_stop="100", condition="45000", condition_direction="1")),
    ("botSpotGridAdjustParams", {"bu_order_id": "1", "quote_invest": "10"}),
]  # fmt: skip


@pytest.mark.parametrize(("operation_id", "arguments"), ACCEPTED)
def test_what_the_rules_allow_is_sent(operation_id: str, arguments: dict[str, Any]) -> None:
    sent: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=envelope(SAMPLES[operation_id]))

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply)) as client:
        method_of(client, operation_id)(**arguments)
    assert len(sent) == 1


# -- permissions, as the sandbox enforces them ----------------------------------------------------------


def test_the_read_only_key_is_refused_every_bot_operation_but_the_signal_push() -> None:
    """The sandbox checks a key's permission before any product answers: a key with only the read
    permission gets PERMISSION_DENIED from every operation that needs bot_read or bot_trade, and is
    let through (to whatever the operation then answers) by the push, which needs read."""
    CHECKS.check_permissions_over_sandbox(let_through=PermissionDeniedError)
