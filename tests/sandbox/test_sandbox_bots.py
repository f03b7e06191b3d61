"""The grid operations and the bot order list over HTTP: every reply validated against the spec,
Pionex's checkParams messages (with their data where Pionex sends some), the list's filters and
pages, the AI strategy's rule, and a grid's whole life through the Python client."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from typing import Any

import pytest

import pionex_wrapper.auth
from pionex_sandbox import DEFAULT_API_SECRET, create_app, running_sandbox
from pionex_sandbox.bots import PAGE_SIZE, Bots
from pionex_sandbox.core.market import STEP_MS, moments
from pionex_sandbox.core.prices import DAY, HOUR
from pionex_sandbox.core.sandbox import TravelClock
from pionex_wrapper import Pionex, PionexError
from tests.sandbox.bot_support import assert_conserved, money
from tests.sandbox.sandbox_support import KEY, READONLY, Api, Clock, open_api, spec_replies

SPOT = "/api/v1/bot/orders/spotGrid"
FUTURES = "/api/v1/bot/orders/futuresGrid"
ORDERS = "/api/v1/bot/orders"
GRID_OPERATIONS = {
    operation_id
    for operation_id, _ in spec_replies().operations.values()
    if operation_id.startswith(("botSpotGrid", "botFuturesGrid")) or operation_id == "botOrdersList"
}


def price(api: Api, symbol: str, t: int | None = None) -> Decimal:
    moment = api.clock.now // STEP_MS * STEP_MS if t is None else t
    return api.sandbox.markets.path(symbol).price(moment)


def span(api: Api, symbol: str, low: str, high: str, tick: str = "0.01") -> tuple[str, str]:
    now = price(api, symbol)
    return str((now * Decimal(high)).quantize(Decimal(tick))), str((now * Decimal(low)).quantize(Decimal(tick)))


def post(api: Api, path: str, body: dict[str, Any], **options: Any) -> Any:
    return api.private("POST", path, body=body, **options)


def spot_body(api: Api, investment: str = "1000", rows: int = 10, **extra: Any) -> dict[str, Any]:
    top, bottom = span(api, "BTC_USDT", "0.98", "1.02")
    data = {"top": top, "bottom": bottom, "row": rows, "gridType": "arithmetic", "quoteTotalInvestment": investment}
    return {"base": "BTC", "quote": "USDT", "buOrderData": {**data, **extra}}


def futures_body(api: Api, trend: str = "long", investment: str = "1000", **extra: Any) -> dict[str, Any]:
    top, bottom = span(api, "BTC_USDT_PERP", "0.98", "1.02", "0.1")
    data = {"top": top, "bottom": bottom, "row": 10, "grid_type": "arithmetic", "trend": trend, "leverage": 5}
    return {"base": "BTC.PERP", "quote": "USDT", "buOrderData": {**data, "quoteInvestment": investment, **extra}}


def to_futures(api: Api, amount: str) -> None:
    body = {"fromAccount": "MAIN", "toAccount": "TRADE", "currency": "USDT", "amount": amount}
    api.ok(api.private("POST", "/api/v1/assets/transfer", body=body))


# -- every operation, as documented -----------------------------------------------------------------


def test_every_grid_operation_answers_as_documented(api: Api) -> None:
    grids_answer_as_documented(api)
    wanted = {(operation_id, status) for operation_id in GRID_OPERATIONS for status in (200, 400, 401)}
    assert wanted <= api.seen


def grids_answer_as_documented(api: Api) -> None:
    """Every grid operation and the bot list: successes, main refusals, and a key without bot permissions;
    each reply validated by ``api``, the account's money conserved throughout."""
    to_futures(api, "20000")
    before = money(api.sandbox, KEY)
    ok, no = 200, 400

    def expect(status: int, response: Any) -> Any:
        assert response.status_code == status, response.json()
        return response.json().get("data")

    # Spot grids: successes.
    created = expect(ok, post(api, f"{SPOT}/create", spot_body(api, note="mine")))
    grid = created["buOrderId"]
    assert created["buOrderType"] == "spot_grid" and created["buOrderData"]["status"] == "running"
    check = {**spot_body(api), "buOrderData": {"top": "70000", "bottom": "60000", "row": 10, "grid_type": "geometric"}}
    check["buOrderData"]["quote_total_investment"] = "500"
    expect(ok, post(api, f"{SPOT}/checkParams", check))
    expect(ok, api.private("GET", f"{SPOT}/order", {"buOrderId": grid}))
    expect(ok, api.private("GET", f"{SPOT}/aiStrategy", {"base": "BTC", "quote": "USDT"}))
    expect(ok, post(api, f"{SPOT}/investIn", {"buOrderId": grid, "quoteInvest": "100"}))
    expect(ok, post(api, f"{SPOT}/adjustParams", {"buOrderId": grid, "row": 12}))
    for _ in range(24):
        api.clock.now += HOUR
        api.get(ORDERS)
    profit = Decimal(api.get(f"{SPOT}/order", buOrderId=grid)["buOrderData"]["gridProfit"])
    assert profit > 0
    taken = expect(
        ok,
        post(api, f"{SPOT}/profit", {"buOrderId": grid, "amount": str(profit.quantize(Decimal("0.01"), ROUND_DOWN))}),
    )
    assert (taken["buOrderId"], taken["coin"], taken["direction"]) == (grid, "USDT", "out")

    # Futures grids: successes.
    made = expect(ok, post(api, f"{FUTURES}/create", futures_body(api)))
    futures = made["buOrderId"]
    assert made["buOrderData"]["trend"] == "long" and Decimal(made["buOrderData"]["position"]) > 0
    checked = {"base": "BTC.PERP", "quote": "USDT", "buOrderData": {**futures_body(api)["buOrderData"]}}
    checked["buOrderData"]["quote_investment"] = checked["buOrderData"].pop("quoteInvestment")
    expect(ok, post(api, f"{FUTURES}/checkParams", checked))
    expect(ok, api.private("GET", f"{FUTURES}/order", {"buOrderId": futures, "lang": "en"}))
    now = str(price(api, "BTC_USDT_PERP"))
    expect(
        ok,
        post(
            api,
            f"{FUTURES}/adjustParams",
            {"buOrderId": futures, "type": "invest_in", "quoteInvestment": 200, "extraMargin": False, "openPrice": now},
        ),
    )
    top, bottom = span(api, "BTC_USDT_PERP", "0.97", "1.03", "0.1")
    expect(
        ok,
        post(
            api,
            f"{FUTURES}/adjustParams",
            {
                "buOrderId": futures,
                "type": "adjust_params",
                "top": top,
                "bottom": bottom,
                "row": 12,
                "extraMargin": True,
                "openPrice": now,
            },
        ),
    )
    expect(
        ok,
        post(
            api,
            f"{FUTURES}/adjustParams",
            {
                "buOrderId": futures,
                "type": "invest_in_trigger",
                "condition": bottom,
                "conditionDirection": "-1",
                "quoteInvestment": "100",
                "extraMargin": False,
                "openPrice": now,
            },
        ),
    )
    reduced = expect(ok, post(api, f"{FUTURES}/reduce", {"buOrderId": futures, "openPrice": now, "reduceNum": 10}))
    assert reduced == {"checkResult": True}
    order = api.get(f"{FUTURES}/order", buOrderId=futures)["buOrderData"]
    assert len(order["investInTriggers"]) == 1 and Decimal(order["profitReduce"]) != 0
    expect(ok, api.private("GET", ORDERS, {"status": "running"}, extra=[("buOrderTypes", "futures_grid")]))
    expect(ok, post(api, f"{FUTURES}/cancel", {"buOrderId": futures, "closeSellModel": "TO_QUOTE"}))
    expect(ok, post(api, f"{SPOT}/cancel", {"buOrderId": grid, "closeSellModel": "TO_QUOTE"}))
    finished = expect(ok, api.private("GET", ORDERS, {"status": "finished"}))["results"]
    assert {entry["buOrderId"] for entry in finished} == {grid, futures}

    # Refusals (400): bad inputs, unknown bots, states that do not allow the operation.
    expect(no, post(api, f"{SPOT}/create", spot_body(api, rows=1)))
    expect(
        no,
        post(
            api,
            f"{SPOT}/checkParams",
            {**check, "buOrderData": {**check["buOrderData"], "quote_total_investment": "1"}},
        ),
    )
    expect(no, api.private("GET", f"{SPOT}/order", {"buOrderId": "404"}))
    expect(no, api.private("GET", f"{SPOT}/aiStrategy", {"base": "BTC", "quote": "EUR"}))
    expect(no, post(api, f"{SPOT}/investIn", {"buOrderId": grid, "quoteInvest": "100"}))
    expect(no, post(api, f"{SPOT}/adjustParams", {"buOrderId": grid, "row": 12}))
    expect(no, post(api, f"{SPOT}/cancel", {"buOrderId": grid}))
    expect(no, post(api, f"{SPOT}/profit", {"buOrderId": grid, "amount": "1"}))
    expect(no, post(api, f"{FUTURES}/create", futures_body(api, trend="sideways")))
    expect(no, post(api, f"{FUTURES}/checkParams", {**checked, "base": "BTC"}))
    expect(no, api.private("GET", f"{FUTURES}/order", {"buOrderId": grid}))
    expect(
        no,
        post(
            api,
            f"{FUTURES}/adjustParams",
            {"buOrderId": futures, "type": "invest_in", "extraMargin": False, "openPrice": now},
        ),
    )
    expect(no, post(api, f"{FUTURES}/reduce", {"buOrderId": futures, "openPrice": now, "reduceNum": 1}))
    expect(no, post(api, f"{FUTURES}/cancel", {"buOrderId": futures}))
    expect(no, api.private("GET", ORDERS, {"pageToken": "not-a-token"}))

    # Authentication (401): the read-only key has neither bot permission.
    for operation_id, (method, path) in ((op_id, key) for key, (op_id, _) in spec_replies().operations.items()):
        if operation_id in GRID_OPERATIONS:
            body = {"buOrderId": grid} if method != "GET" else None
            expect(401, api.private(method, path, body=body, **READONLY))
    assert_conserved(api.sandbox, KEY, before)


# -- checkParams ------------------------------------------------------------------------------------------


SPOT_MESSAGES = [
    ({"top": "7e4"}, "number invalid: 7e4", False),
    ({"top": "1234567890123456"}, "number int too long: 1234567890123456", False),
    ({"bottom": "60000.1234567890123456"}, "number decimal too long: 60000.1234567890123456", False),
    ({"quote_total_investment": "-5"}, "invalid quote total investment", False),
    ({"bottom": "70000"}, "bottom must be less than top", False),
    ({"row": 1001}, "row must be between 2 and 1000", False),
    ({"grid_type": "fibonacci"}, "invalid grid_type", False),
    ({"bottom": "69999.50", "row": 100}, "grid price duplicated: reduce row or widen range", True),
    (
        {"quote_total_investment": "500.123"},
        "quote_total_investment not match quote precision: max 2 decimal places",
        True,
    ),
    ({"quote_total_investment": "0"}, "less than min investment", True),
    ({"quote_total_investment": "1"}, "less than min investment", True),
    ({"bottom": "69990", "row": 2}, "grid profit per volume less than 0", True),
]


@pytest.mark.parametrize(("change", "message", "with_data"), SPOT_MESSAGES)
def test_spot_check_params_refuses_with_pionexs_messages(
    api: Api, change: dict[str, Any], message: str, with_data: bool
) -> None:
    data = {
        "top": "70000",
        "bottom": "60000",
        "row": 10,
        "grid_type": "arithmetic",
        "quote_total_investment": "500",
        **change,
    }
    response = post(api, f"{SPOT}/checkParams", {"base": "BTC", "quote": "USDT", "buOrderData": data})
    assert api.refused(response, 400, "TRADE_PARAMETER_ERROR") == message
    payload = response.json()
    if with_data:
        assert set(payload["data"]) == {"min_investment", "max_investment", "slippage"}
        assert Decimal(payload["data"]["min_investment"]) < Decimal(payload["data"]["max_investment"])
    else:
        assert "data" not in payload


def test_spot_check_params_estimates_match_what_create_then_does(api: Api) -> None:
    top, bottom = span(api, "BTC_USDT", "0.98", "1.02")
    data = {"top": top, "bottom": bottom, "row": 10, "grid_type": "arithmetic", "quote_total_investment": "1000"}
    estimate = api.ok(post(api, f"{SPOT}/checkParams", {"base": "BTC", "quote": "USDT", "buOrderData": data}))
    low, high = Decimal(estimate["min_investment"]), Decimal(estimate["max_investment"])
    assert Decimal(10) < low < Decimal(1000) < high
    # The minimum is exact: a cent less is refused, the minimum itself accepted.
    below = {**data, "quote_total_investment": str(low - Decimal("0.01"))}
    refused = post(api, f"{SPOT}/checkParams", {"base": "BTC", "quote": "USDT", "buOrderData": below})
    assert api.refused(refused, 400, "TRADE_PARAMETER_ERROR") == "less than min investment"
    api.ok(
        post(
            api,
            f"{SPOT}/checkParams",
            {"base": "BTC", "quote": "USDT", "buOrderData": {**data, "quote_total_investment": str(low)}},
        )
    )
    created = api.ok(post(api, f"{SPOT}/create", spot_body(api, "1000")))["buOrderData"]
    assert created["perVolume"] == estimate["estimate_per_volume"]
    assert Decimal(created["totalFeeInQuote"]) == Decimal(estimate["estimate_fee"]) > 0
    assert Decimal(estimate["slippage"]) == Decimal("0.0001")


FUTURES_MESSAGES = [
    ({"base": "BTC"}, {}, "base should end with .PERP", False),
    ({}, {"trend": "up"}, "invalid trend", False),
    ({}, {"grid_type": "log"}, "invalid grid_type", False),
    ({}, {"bottom": "-1"}, "bottom must greater than 0", False),
    ({}, {"top": "50000"}, "top must greater than bottom", False),
    ({}, {"top": "9000000"}, "top must less or equal than max:", False),
    ({}, {"top": "70000.05"}, "top not match quote precision", False),
    ({}, {"bottom": "60000.05"}, "bottom not match quote precision", False),
    ({}, {"row": 1}, "row must greater than 1", False),
    ({}, {"row": 501}, "row must less than 501", False),
    ({}, {"leverage": 101}, "invalid leverage", False),
    ({}, {"extra_margin_amount": "-3"}, "extra_margin_amount should greater than or equal 0", False),
    ({}, {"condition_direction": "2"}, "invalid condition_direction", False),
    (
        {},
        {"quote_investment": "500.123456789"},
        "quote_investment not match spending precision: max 8 decimal places",
        True,
    ),
    (
        {},
        {"extra_margin_amount": "1.123456789"},
        "extra_margin_amount not match spending precision: max 8 decimal places",
        True,
    ),
    ({}, {"bottom": "69950", "row": 5}, "grid profit per volume less than 0", True),
    ({}, {"quote_investment": "0"}, "less than min investment", True),
]


@pytest.mark.parametrize(("outer", "change", "message", "with_data"), FUTURES_MESSAGES)
def test_futures_check_params_refuses_with_pionexs_messages(
    api: Api, outer: dict[str, Any], change: dict[str, Any], message: str, with_data: bool
) -> None:
    data = {"top": "70000", "bottom": "60000", "row": 10, "grid_type": "arithmetic", "trend": "no_trend", "leverage": 5}
    body = {"base": "BTC.PERP", "quote": "USDT", **outer, "buOrderData": {**data, "quote_investment": "500", **change}}
    response = post(api, f"{FUTURES}/checkParams", body)
    assert api.refused(response, 400, "TRADE_PARAMETER_ERROR").startswith(message)
    assert ("data" in response.json()) == with_data


def test_futures_check_params_splits_the_investment_when_asked_and_estimates_liquidation(api: Api) -> None:
    top, bottom = span(api, "BTC_USDT_PERP", "0.97", "1.03", "0.1")
    data = {"top": top, "bottom": bottom, "row": 10, "grid_type": "arithmetic", "trend": "long", "leverage": 10}
    manual = api.ok(
        post(
            api,
            f"{FUTURES}/checkParams",
            {
                "base": "BTC.PERP",
                "quote": "USDT",
                "buOrderData": {**data, "quote_investment": "1000", "extra_margin_amount": "100"},
            },
        )
    )
    split = api.ok(
        post(
            api,
            f"{FUTURES}/checkParams",
            {
                "base": "BTC.PERP",
                "quote": "USDT",
                "buOrderData": {**data, "quote_investment": "1000", "extra_margin": True},
            },
        )
    )
    assert (manual["estimate_investment"], manual["estimate_extra_margin"]) == ("1000.00000000", "100.00000000")
    assert (split["estimate_investment"], split["estimate_extra_margin"]) == ("800.00000000", "200.00000000")
    assert Decimal(split["min_investment"]) == (Decimal(manual["min_investment"]) / Decimal("0.8")).quantize(
        Decimal("0.00000001"), "ROUND_CEILING"
    )
    assert manual["estimate_liquidation_price_up"] == "0.0"  # a long grid has no upward risk
    assert Decimal(manual["estimate_liquidation_price_down"]) < Decimal(bottom)
    parts = sum(
        Decimal(manual[name])
        for name in ("estimate_position_occupy_margin", "estimate_order_occupy_margin", "estimate_fee")
    )
    assert parts <= Decimal(1000) and Decimal(manual["estimate_position"]) > 0
    # More extra margin pushes the estimated liquidation price further away.
    more = api.ok(
        post(
            api,
            f"{FUTURES}/checkParams",
            {
                "base": "BTC.PERP",
                "quote": "USDT",
                "buOrderData": {**data, "quote_investment": "1000", "extra_margin_amount": "500"},
            },
        )
    )
    assert Decimal(more["estimate_liquidation_price_down"]) < Decimal(manual["estimate_liquidation_price_down"])


# -- the AI strategy -------------------------------------------------------------------------------------------


def test_the_ai_strategy_spans_the_last_weeks_prices_with_half_percent_rows(api: Api) -> None:
    strategy = api.get(f"{SPOT}/aiStrategy", base="BTC", quote="USDT")
    now = api.clock.now
    hourly = [price(api, "BTC_USDT", hour) for hour in range((now - 7 * DAY) // HOUR * HOUR + HOUR, now, HOUR)]
    low, high = Decimal(strategy["low"]), Decimal(strategy["high"])
    assert low <= min(hourly) and max(hourly) <= high
    lowest, highest = min(hourly + [price(api, "BTC_USDT")]), max(hourly + [price(api, "BTC_USDT")])
    if highest < lowest * Decimal("1.02"):  # a quiet week: 1 % either side of its middle
        middle = (lowest + highest) / 2
        lowest, highest = middle * Decimal("0.99"), middle * Decimal("1.01")
    assert (low, high) == (
        lowest.quantize(Decimal("0.01"), "ROUND_FLOOR"),
        highest.quantize(Decimal("0.01"), "ROUND_CEILING"),
    )
    assert strategy["gridCount"] == int((high / low).ln() / Decimal("1.005").ln())
    assert [option["period"] for option in strategy["options"]] == [7, 14, 30]
    wider = strategy["options"][2]
    assert Decimal(wider["low"]) <= low and Decimal(wider["high"]) >= high
    assert Decimal(strategy["volatility"]) == ((high - low) / low).quantize(Decimal("0.0001"))
    assert api.get(f"{SPOT}/aiStrategy", base="BTC", quote="USDT") == strategy  # the clock did not move


# -- the bot order list -------------------------------------------------------------------------------------------


def test_the_bot_list_pages_filters_and_tells_running_from_finished(api: Api) -> None:
    to_futures(api, "20000")
    before = money(api.sandbox, KEY)
    spot = [
        api.ok(post(api, f"{SPOT}/create", spot_body(api, "100", rows=5)))["buOrderId"] for _ in range(PAGE_SIZE + 3)
    ]
    api.clock.now += 1
    sol_top, sol_bottom = span(api, "SOL_USDT", "0.95", "1.05", "0.001")
    sol = api.ok(
        post(
            api,
            f"{SPOT}/create",
            {
                "base": "SOL",
                "quote": "USDT",
                "buOrderData": {
                    "top": sol_top,
                    "bottom": sol_bottom,
                    "row": 5,
                    "gridType": "geometric",
                    "quoteTotalInvestment": "200",
                },
            },
        )
    )["buOrderId"]
    futures = api.ok(post(api, f"{FUTURES}/create", futures_body(api, "no_trend")))["buOrderId"]
    newest_first = [futures, sol, *reversed(spot)]

    first = api.get(ORDERS)
    assert [entry["buOrderId"] for entry in first["results"]] == newest_first[:PAGE_SIZE]
    assert "previousPageToken" not in first and first["nextPageToken"]
    second = api.get(ORDERS, pageToken=first["nextPageToken"])
    assert [entry["buOrderId"] for entry in second["results"]] == newest_first[PAGE_SIZE:]
    assert "nextPageToken" not in second
    back = api.get(ORDERS, pageToken=second["previousPageToken"])
    assert back["results"] == first["results"]

    def ids(**params: Any) -> list[str]:
        return [entry["buOrderId"] for entry in api.get(ORDERS, **params)["results"]]

    assert ids(base="SOL") == [sol]
    assert ids(base="BTC", quote="USDT")[:2] == [futures, spot[-1]]  # BTC matches the futures grid's BTC.PERP
    entries = api.ok(
        api.private("GET", ORDERS, extra=[("buOrderTypes", "futures_grid"), ("buOrderTypes", "smart_copy")])
    )
    assert [entry["buOrderId"] for entry in entries["results"]] == [futures]
    assert ids(buOrderTypes="spot_grid,futures_grid") == newest_first[:PAGE_SIZE]
    assert ids(status="finished") == []
    api.ok(post(api, f"{SPOT}/cancel", {"buOrderId": sol}))
    assert ids(status="finished") == [sol] and sol not in ids(base="SOL")
    (listed,) = api.get(ORDERS, status="finished")["results"]
    assert listed["status"] == "finished" and listed["buOrderData"]["status"] == "canceled"
    assert listed["closeTime"] == api.clock.now and listed["buOrderData"]["reasonBy"] == "user_cancel"
    api.refused(api.private("GET", ORDERS, extra=[("buOrderTypes", "dca")]), 400, "TRADE_PARAMETER_ERROR")
    assert_conserved(api.sandbox, KEY, before)


# -- a grid's life through the client --------------------------------------------------------------------------------


def test_a_spot_grids_life_through_the_client_adds_up_to_the_last_decimal(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    monkeypatch.setattr(pionex_wrapper.auth, "now_ms", clock)
    with (
        running_sandbox(seed=7, clock=clock) as sandbox,
        Pionex(KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url) as client,
    ):
        balances = {row.coin: row.free for row in client.account.get_balances().balances}
        now = sandbox.app.state.sandbox.markets.path("BTC_USDT").price(clock.now // STEP_MS * STEP_MS)
        top, bottom = (
            (now * Decimal("1.015")).quantize(Decimal("0.01")),
            (now * Decimal("0.985")).quantize(Decimal("0.01")),
        )
        check = client.bot.spot_grid.check_params(
            base="BTC",
            quote="USDT",
            bu_order_data={
                "top": top,
                "bottom": bottom,
                "row": 20,
                "grid_type": "arithmetic",
                "quote_total_investment": Decimal(2000),
            },
        )
        assert check.min_investment is not None and check.min_investment < 2000
        with pytest.raises(PionexError) as refused:
            client.bot.spot_grid.check_params(
                base="BTC",
                quote="USDT",
                bu_order_data={
                    "top": top,
                    "bottom": bottom,
                    "row": 20,
                    "grid_type": "arithmetic",
                    "quote_total_investment": Decimal(1),
                },
            )
        assert refused.value.data is not None and Decimal(refused.value.data["min_investment"]) == check.min_investment
        bot = client.bot.spot_grid.create(
            base="BTC",
            quote="USDT",
            bu_order_data={
                "top": top,
                "bottom": bottom,
                "row": 20,
                "grid_type": "arithmetic",
                "quote_total_investment": Decimal(2000),
            },
        )
        ident = bot.bu_order_id
        assert ident is not None
        clock.now += DAY
        grid = client.bot.spot_grid.get_order(bu_order_id=ident).bu_order_data
        assert grid is not None and grid.grid_profit is not None and grid.grid_profit > 0
        taken = grid.grid_profit.quantize(Decimal("0.01"), ROUND_DOWN)
        client.bot.spot_grid.extract_profit(bu_order_id=ident, amount=taken)
        client.bot.spot_grid.cancel(bu_order_id=ident, close_sell_model="TO_QUOTE")
        final = client.bot.spot_grid.get_order(bu_order_id=ident).bu_order_data
        assert final is not None and final.realized_profit is not None and final.status == "canceled"
        after = {row.coin: row.free for row in client.account.get_balances().balances}
        listed = client.bot.orders.list(status="finished").results
        assert [entry.bu_order_id for entry in listed or []] == [ident]
    assert after["USDT"] == balances["USDT"] + final.realized_profit
    assert after["BTC"] == balances["BTC"]
    assert sandbox.app.state.sandbox.engine(Bots).audit() == []


def test_time_travel_moves_a_grid_through_a_day_at_once() -> None:
    clock = Clock()
    app = create_app(seed=7, clock=clock, time_travel=True)
    for api in open_api(app, clock):
        grid = api.ok(post(api, f"{SPOT}/create", spot_body(api, "2000", rows=20)))["buOrderId"]
        travel = api.sandbox.clock
        assert isinstance(travel, TravelClock)
        travel.advance(DAY)
        order = api.get(f"{SPOT}/order", buOrderId=grid)["buOrderData"]
        bot = api.sandbox.engine(Bots).bots[grid]
        assert Decimal(order["gridProfit"]) == bot.grid_profit > 0
        assert max(fill.time for fill in bot.fills) > clock.now + DAY - 2 * HOUR


def test_waiting_stopped_and_liquidated_grids_reply_as_documented(api: Api) -> None:
    to_futures(api, "5000")
    before = money(api.sandbox, KEY)
    now = price(api, "BTC_USDT_PERP")
    below = str((now * Decimal("0.999")).quantize(Decimal("0.1")))
    waiting = api.ok(
        post(api, f"{FUTURES}/create", futures_body(api, "short", condition=below, conditionDirection="-1"))
    )
    assert waiting["buOrderData"]["status"] == "condition_lock" and "position" in waiting["buOrderData"]
    spot_waiting = api.ok(
        post(api, f"{SPOT}/create", spot_body(api, condition=str(price(api, "BTC_USDT") * 2), conditionDirection="1"))
    )
    assert spot_waiting["buOrderData"]["status"] == "lock_currency" and "perVolume" not in spot_waiting["buOrderData"]
    bottom, top = (now * Decimal("1.001")).quantize(Decimal("0.1")), (now * Decimal("1.01")).quantize(Decimal("0.1"))
    data = {
        "top": str(top),
        "bottom": str(bottom),
        "row": 5,
        "grid_type": "arithmetic",
        "trend": "long",
        "leverage": 100,
    }
    risky = api.ok(
        post(
            api,
            f"{FUTURES}/create",
            {"base": "BTC.PERP", "quote": "USDT", "buOrderData": {**data, "quoteInvestment": "300"}},
        )
    )
    stopped = api.ok(
        post(
            api,
            f"{SPOT}/create",
            spot_body(api, lossStopType="profit_ratio", lossStop="-0.0001", closeSellModel="TO_USDT"),
        )
    )
    for _ in range(48):
        api.clock.now += HOUR
        order = api.get(f"{FUTURES}/order", buOrderId=risky["buOrderId"])["buOrderData"]
        if order["status"] == "canceled":
            break
    assert (order["reasonBy"], order["riskStatus"], order["liquidationTriggered"]) == (
        "force_liquidation",
        "LIQUIDATION",
        True,
    )
    assert Decimal(order["liquidationFee"]) > 0 and order["position"] == "0.0000"
    assert Decimal(order["unlockQuoteAmount"]) < 300
    assert api.get(f"{FUTURES}/order", buOrderId=waiting["buOrderId"])["buOrderData"]["status"] == "running"
    stop = api.get(f"{SPOT}/order", buOrderId=stopped["buOrderId"])
    assert (stop["status"], stop["buOrderData"]["reasonBy"], stop["buOrderData"]["closeSellModel"]) == (
        "finished",
        "loss_stop",
        "TO_USDT",
    )
    listed = api.get(ORDERS, status="finished")["results"]
    assert {entry["buOrderId"] for entry in listed} == {risky["buOrderId"], stopped["buOrderId"]}
    assert_conserved(api.sandbox, KEY, before)


def test_neutral_grids_price_limit_stops_over_http_wait_for_their_limit_and_reply_as_documented(api: Api) -> None:
    to_futures(api, "5000")
    before = money(api.sandbox, KEY)
    perp, tenth = "BTC_USDT_PERP", Decimal("0.1")
    start = price(api, perp)
    hours = [(api.clock.now // HOUR + hour) * HOUR for hour in range(1, 37)]
    path = [price(api, perp, hour) for hour in hours]
    # The lower bot's stop-loss: triggered where the price first goes beneath the first day's low,
    # its limit sell at the trigger itself (so it waits for the price to come back up).
    low = min(path[:24]) - tenth
    # The upper bot's: just under the first half-day's high, its limit buy a little above; its grid's
    # top just under that, so that the price opens a short on its way there.
    high = max(path[:12]) - 20
    high_limit = high + 10
    top, bottom = span(api, perp, "0.99", "1.01", "0.1")
    data = {"top": top, "bottom": bottom, "row": 10, "grid_type": "arithmetic", "trend": "no_trend", "leverage": 5}

    def create(upper_top: Decimal | None = None, **stops: str) -> dict[str, Any]:
        grid = {**data, "top": str(upper_top)} if upper_top is not None else data
        body = {"base": "BTC.PERP", "quote": "USDT", "buOrderData": {**grid, "quoteInvestment": "1500", **stops}}
        return dict(api.ok(post(api, f"{FUTURES}/create", body)))

    far_low, far_high = str((start * Decimal("0.9")).quantize(tenth)), str((start * Decimal("1.1")).quantize(tenth))
    message = api.refused(
        post(
            api,
            f"{FUTURES}/create",
            {
                "base": "BTC.PERP",
                "quote": "USDT",
                "buOrderData": {
                    **data,
                    "quoteInvestment": "1500",
                    "lossStopType": "price_limit",
                    "lossStop": far_low,
                    "lossStopLimitPrice": far_low,
                    "lossStopHigh": str(high),
                    "lossStopLimitHighPrice": str(high - 1),
                },
            },
        ),
        400,
        "TRADE_PARAMETER_ERROR",
    )
    assert message.startswith(f"lossStopLimitHighPrice must be at or above lossStopHigh {high}")
    lower = create(
        lossStopType="price_limit",
        lossStop=str(low),
        lossStopLimitPrice=str(low),
        lossStopHigh=far_high,
        lossStopLimitHighPrice=far_high,
    )
    upper = create(
        high - 1,
        lossStopType="price_limit",
        lossStop=far_low,
        lossStopLimitPrice=far_low,
        lossStopHigh=str(high),
        lossStopLimitHighPrice=str(high_limit),
    )
    shown = lower["buOrderData"]
    assert {name: shown[name] for name in ("lossStopType", "lossStop", "lossStopLimitPrice", "lossStopHigh")} == {
        "lossStopType": "price_limit",
        "lossStop": str(low),
        "lossStopLimitPrice": str(low),
        "lossStopHigh": far_high,
    }
    assert shown["lossStopLimitHighPrice"] == far_high and "closeOrderType" not in shown
    upper_levels = api.sandbox.engine(Bots).bots[upper["buOrderId"]].levels
    assert start <= upper_levels[-2]  # its top interval opens a short when the price reaches the top

    acted: list[int] = []
    replies: list[tuple[int, dict[str, Any]]] = []
    for _ in range(36):
        acted += [moment for moment, _ in moments(api.clock.now, api.clock.now + HOUR)]
        api.clock.now += HOUR
        replies.append((api.clock.now, api.get(f"{FUTURES}/order", buOrderId=lower["buOrderId"])))
    upper_now = api.get(f"{FUTURES}/order", buOrderId=upper["buOrderId"])

    # Worked out plainly from the path at the moments the sandbox acted at.
    fired = next(moment for moment in acted if price(api, perp, moment) <= low)
    filled = next(moment for moment in acted if moment > fired and price(api, perp, moment) >= low)
    high_fired = next(moment for moment in acted if price(api, perp, moment) >= high)
    assert price(api, perp, high_fired) <= high_limit  # the upper bot's buy fills at once
    waiting = [reply for now, reply in replies if fired <= now < filled]
    assert waiting  # some replies came while the lower bot's limit order waited
    for reply in waiting:
        assert reply["status"] == "running"
        assert {name: reply["buOrderData"][name] for name in ("status", "reasonBy", "closeOrderType")} == {
            "status": "close_position",
            "reasonBy": "loss_stop",
            "closeOrderType": "limit",
        }
        assert Decimal(reply["buOrderData"]["position"]) > 0
    engine = api.sandbox.engine(Bots)
    for bot_id, reply, side, at, when, kind in (
        (lower["buOrderId"], replies[-1][1], "SELL", low, filled, "limit"),
        (upper["buOrderId"], upper_now, "BUY", high_limit, high_fired, "limit_high"),
    ):
        bot = engine.bots[bot_id]
        closing = bot.fills[-1]
        assert (closing.kind, closing.side, closing.time, closing.price) == ("limit", side, when, at)
        assert reply["status"] == "finished" and reply["buOrderData"]["status"] == "canceled"
        assert (reply["buOrderData"]["reasonBy"], reply["buOrderData"]["closeOrderType"]) == ("loss_stop", kind)
        assert Decimal(reply["buOrderData"]["closedBaseAmount"]) == closing.size > 0
    assert_conserved(api.sandbox, KEY, before)
