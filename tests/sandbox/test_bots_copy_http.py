"""Smart copy, user signals and the KOL lists over HTTP: every reply validated against the spec
(openapi/pionex.json), the permissions the spec gives them, and a signal bot's life through the
Python client, sync and async, adding up to the last decimal.

The copy product is installed beside the default ones here (``COPY_PRODUCT``);
:func:`copy_operations_answer_as_documented` is written so that the schema test of every operation
can call it once the product is among the default ones.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

import pionex_wrapper.auth
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, PRODUCTS, create_app, running_sandbox
from pionex_sandbox.bots.copy_handlers import COPY_OPERATIONS, COPY_PRODUCT
from pionex_sandbox.bots.copying import Copying
from pionex_sandbox.bots.kol import SHARE_CODES
from pionex_sandbox.core.prices import DAY, HOUR
from pionex_sandbox.core.sandbox import TravelClock
from pionex_wrapper import AsyncPionex, Pionex, PionexError
from tests.sandbox.copy_support import bought, price_at
from tests.sandbox.sandbox_support import READONLY, Api, Clock, open_api, spec_replies

SMART = "/api/v1/bot/orders/smartCopy"
SIGNALS = "/api/v1/bot/signal/userSignal"
LISTENER = "/api/v1/bot/signal/listener"
KOL = "/api/v1/bot/kol/selectCopyTradeList"
COPY_IDS = set(COPY_OPERATIONS)


def copy_app(clock: Clock, **options: Any) -> Starlette:
    """A sandbox with the copy product (the default ones, with it added unless it is one of them)."""
    products = PRODUCTS if COPY_PRODUCT in PRODUCTS else (*PRODUCTS, COPY_PRODUCT)
    return create_app(seed=7, clock=clock, products=products, **options)


@pytest.fixture
def api(clock: Clock) -> Iterator[Api]:
    yield from open_api(copy_app(clock), clock)


def expect(status: int, response: httpx.Response) -> Any:
    assert response.status_code == status, response.json()
    return response.json().get("data")


def push_body(signal_type: str, action: str = "buy", position_size: str = "1", base: str = "BTC") -> dict[str, Any]:
    return {
        "signalType": signal_type,
        "signalParam": "{}",
        "base": base,
        "quote": "USDT",
        "time": "2024-01-15T10:30:00Z",
        "price": "45000.5",
        "data": {"action": action, "position_size": position_size, "contracts": "1"},
    }


def copy_operations_answer_as_documented(api: Api, readonly: dict[str, Any]) -> None:
    """Every smart copy, signal and KOL operation: a success and its main refusals, each validated by ``api``."""
    ok, no, denied = 200, 400, 401
    signal = expect(ok, api.private("POST", SIGNALS, body={"title": "schema", "description": "every reply"}))
    signal_type = signal["signalType"]
    query = {"signalType": signal_type}
    expect(ok, api.private("GET", SIGNALS))
    expect(ok, api.private("GET", f"{SIGNALS}/detail", query))
    expect(ok, api.private("POST", f"{SIGNALS}/edit", query, body={"title": "renamed"}))
    check = {"base": "BTC", "quote": "USDT", "leverage": 1, "quote_investment": "500", "signal_type": signal_type}
    assert expect(ok, api.private("POST", f"{SMART}/checkParams", body=check))["result"] is True
    item = {"base": "BTC", "signal_type": signal_type, "leverage": 1, "profit_stop_ratio": "0.5"}
    create = {"base": "BTC", "quote": "USDT", "bu_order_data": {"quote_total_investment": "500", "portfolio": [item]}}
    bot_id = expect(ok, api.private("POST", f"{SMART}/create", body=create))["bu_order_id"]
    expect(ok, api.private("POST", LISTENER, body=push_body(signal_type)))
    expect(ok, api.private("GET", f"{SMART}/order", {"buOrderId": bot_id, "lang": "en"}))
    expect(ok, api.private("GET", KOL, {"shareCode": SHARE_CODES[0], "buOrderType": "futures_grid", "limit": 3}))
    refusal = api.private("DELETE", f"{SIGNALS}/delete", query)
    assert refusal.json()["data"] == {"cnt": 1}
    api.refused(refusal, no, "SIGNAL_HAS_UNCLOSED_ORDERS")
    assert expect(ok, api.private("POST", f"{SMART}/cancel", body={"bu_order_id": bot_id, "close_note": "x"})) == {
        "success": True
    }
    expect(ok, api.private("GET", f"{SMART}/order", {"buOrderId": bot_id}))

    # Refusals of the parameters (400).
    expect(no, api.private("POST", f"{SMART}/checkParams", body={**check, "base": "NOPE"}))
    expect(no, api.private("POST", f"{SMART}/create", body={**create, "bu_order_data": {"portfolio": [item]}}))
    expect(no, api.private("POST", f"{SMART}/cancel", body={"bu_order_id": bot_id}))
    expect(no, api.private("GET", f"{SMART}/order", {"buOrderId": "1"}))
    expect(no, api.private("GET", KOL, {"shareCode": "NOPE", "buOrderType": "spot_grid"}))
    expect(no, api.private("POST", LISTENER, body=push_body("not-a-signal")))
    expect(no, api.private("GET", SIGNALS, {"pageToken": "nope"}))
    expect(no, api.private("POST", SIGNALS, body={"title": ""}))
    expect(no, api.private("GET", f"{SIGNALS}/detail", {"signalType": "nope"}))
    expect(no, api.private("POST", f"{SIGNALS}/edit", query, body={}))
    expect(ok, api.private("DELETE", f"{SIGNALS}/delete", query))
    expect(no, api.private("DELETE", f"{SIGNALS}/delete", query))

    # Authentication and permission (401): the read-only key may push (read) but not use the bots.
    for (method, path), (operation_id, operation) in spec_replies().operations.items():
        if operation_id not in COPY_IDS:
            continue
        body = {} if method != "GET" else None
        expect(denied, api.private(method, path, body=body, key=None))
        if operation["x-pionex-permission"] != "read":
            refused = api.private(method, path, body=body, **readonly)
            api.refused(refused, denied, "PERMISSION_DENIED")
    expect(no, api.private("POST", LISTENER, body=push_body(signal_type), **readonly))  # not its signal


def test_every_copy_operation_answers_as_documented(api: Api) -> None:
    copy_operations_answer_as_documented(api, READONLY)
    documented = {
        (operation_id, int(status))
        for operation_id, operation in spec_replies().operations.values()
        if operation_id in COPY_IDS
        for status in operation["responses"]
        if status != "429"
    }
    assert len(COPY_IDS) == 11 and {operation_id for operation_id, _ in documented} == COPY_IDS
    assert {seen for seen in api.seen if seen[0] in COPY_IDS} == documented
    assert api.sandbox.audit() == []


def test_the_spec_has_every_copy_operation_the_product_answers() -> None:
    spec_ids = {operation_id for operation_id, _ in spec_replies().operations.values()}
    assert COPY_IDS <= spec_ids
    expected = {
        "botSmartCopyGetOrder",
        "botSmartCopyCheckParams",
        "botSmartCopyCreate",
        "botSmartCopyCancel",
        "botKolListCopyTradeBots",
        "botSignalsPush",
        "botSignalsList",
        "botSignalsCreate",
        "botSignalsGet",
        "botSignalsEdit",
        "botSignalsDelete",
    }
    assert expected == COPY_IDS


def test_a_signal_bots_life_through_the_client_adds_up_to_the_last_decimal(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    monkeypatch.setattr(pionex_wrapper.auth, "now_ms", clock)
    with (
        running_sandbox(app=copy_app(clock)) as sandbox,
        Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=sandbox.base_url) as client,
    ):
        before = {row.coin: row.free for row in client.account.get_balances().balances}
        # The client sends no string with a space (see the report): names here have none.
        signal = client.bot.signals.create(title="breakout", description="a-test-strategy")
        assert signal.signal_type is not None and signal.confirm_config == 0
        ident = signal.signal_type
        check = client.bot.smart_copy.check_params(
            base="BTC", quote="USDT", leverage=1, quote_investment=Decimal(2500), signal_type=ident
        )
        assert check.result is True and check.max_leverage == 1
        created = client.bot.smart_copy.create(
            base="BTC",
            quote="USDT",
            note="follows-breakout",
            bu_order_data={
                "quote_total_investment": Decimal(2500),
                "portfolio": [{"base": "BTC", "signal_type": ident, "leverage": 1}],
            },
        )
        bot_id = created.bu_order_id
        assert bot_id is not None

        pushes = [
            (HOUR, "buy", "0.4"),
            (3 * HOUR + 500, "buy", "1"),
            (2 * HOUR, "sell", "0.5"),
            (5 * HOUR, "sell", "-1"),
        ]
        for step, action, position in pushes:
            clock.now += step
            client.bot.signals.push(
                signal_type=ident,
                signal_param="{}",
                base="BTC",
                quote="USDT",
                time="2024-01-15T10:30:00Z",
                price=Decimal("45000.5"),
                data={"action": action, "position_size": position, "contracts": Decimal(1)},
            )
        order = client.bot.smart_copy.get_order(bu_order_id=bot_id)
        data = order.bu_order_data
        assert data is not None and order.status == "running" and order.note == "follows-breakout"
        (entry,) = data.portfolio
        assert (
            entry.round_count == 1
            and entry.current_base_amount is not None
            and entry.current_base_amount < Decimal("0.000001")
        )
        engine = sandbox.app.state.sandbox.engine(Copying)
        trades = list(engine.bots[bot_id].items[0].trades)
        assert [trade.side for trade in trades] == ["buy", "buy", "sell", "sell"]
        assert [trade.price for trade in trades] == [
            price_at("BTC_USDT", moment) for moment in (trade.time for trade in trades)
        ]
        assert client.bot.signals.get(signal_type=ident).confirm_config == 1

        with pytest.raises(PionexError) as refused:
            client.bot.signals.delete(signal_type=ident)
        assert refused.value.code == "SIGNAL_HAS_UNCLOSED_ORDERS" and refused.value.data == {"cnt": 1}

        clock.now += HOUR
        assert client.bot.smart_copy.cancel(bu_order_id=bot_id, close_note="enough").success is True
        final = client.bot.smart_copy.get_order(bu_order_id=bot_id)
        closed = final.bu_order_data
        assert closed is not None and final.status == "finished" and closed.reason_by == "user_cancel"
        (entry,) = closed.portfolio
        assert closed.closed_quote_amount is not None and entry.closed_base_amount is not None
        assert entry.closed_price is not None and closed.profit is not None
        after = {row.coin: row.free for row in client.account.get_balances().balances}
        client.bot.signals.delete(signal_type=ident)
        assert client.bot.signals.list().signals == []

    # What the spot holdings got back, to the last decimal: the quote the bot returned, and its dust
    # of BTC; the bot's profit is exactly that, the dust valued at the close price.
    assert after["USDT"] == before["USDT"] - 2500 + closed.closed_quote_amount
    assert after["BTC"] == before["BTC"] + entry.closed_base_amount
    assert closed.profit == closed.closed_quote_amount - 2500 + entry.closed_base_amount * entry.closed_price
    assert sandbox.app.state.sandbox.audit() == []


def test_the_async_client_pages_signals_and_reads_the_kol_lists() -> None:
    clock = Clock()
    app = copy_app(clock)

    async def run() -> None:
        transport = httpx.ASGITransport(app=app)
        async with AsyncPionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, transport=transport) as client:
            made = [(await client.bot.signals.create(title=f"s{index}")).signal_type for index in range(23)]
            first = await client.bot.signals.list()
            assert len(first.signals) == 20 and first.page_token
            second = await client.bot.signals.list(page_token=first.page_token)
            assert second.page_token == ""
            assert [signal.signal_type for signal in first.signals + second.signals] == made
            assert [signal.signal_type async for signal in client.paginate("botSignalsList")] == made
            await client.bot.signals.edit(signal_type=made[0], description="edited")
            assert (await client.bot.signals.get(signal_type=made[0])).description == "edited"

            page = await client.bot.kol.list_copy_trade_bots(
                share_code=SHARE_CODES[2], bu_order_type="futures_grid", sort="rota", direction="asc", limit=5
            )
            assert page.kol_info is not None and page.kol_info.share_code == SHARE_CODES[2]
            rotas = [entry.bu_order_data.rota for entry in page.results if entry.bu_order_data is not None]
            known = [rota for rota in rotas if rota is not None]
            assert len(known) == 5 and known == sorted(known)
            assert page.has_more is True and len(page.top_results) == 2

    clock.now = pionex_wrapper.auth.now_ms()
    asyncio.run(run())


def test_time_travel_moves_a_bots_stop_along() -> None:
    clock = Clock()
    app = copy_app(clock, time_travel=True)
    for api in open_api(app, clock):
        start = clock.now
        # Half in at the start; a stop loss halfway between that and the lowest price of the next two days.
        lowest = min(price_at("BTC_USDT", start + hour * HOUR) for hour in range(1, 49))
        price, size, cost, fee = bought("BTC_USDT", Decimal(500), start)
        ratio = ((1000 - cost + (size - fee) * (price + lowest) / 2 - 1000) / 1000).quantize(Decimal("0.000001"))
        assert -1 < ratio < 0
        signal_type = api.ok(api.private("POST", SIGNALS, body={"title": "t"}))["signalType"]
        item = {"base": "BTC", "signal_type": signal_type, "leverage": 1, "loss_stop_ratio": str(ratio)}
        body = {
            "base": "BTC",
            "quote": "USDT",
            "bu_order_data": {"quote_total_investment": "1000", "portfolio": [item]},
        }
        bot_id = api.ok(api.private("POST", f"{SMART}/create", body=body))["bu_order_id"]
        api.ok(api.private("POST", LISTENER, body=push_body(signal_type, position_size="0.5")))
        travel = api.sandbox.clock
        assert isinstance(travel, TravelClock)
        travel.advance(2 * DAY)  # the sandbox moves two days at once; requests are still signed with today's time
        order = api.get(f"{SMART}/order", buOrderId=bot_id)
        assert order["status"] == "finished" and order["buOrderData"]["reasonBy"] == "loss_stop"
        assert start < order["closeTime"] <= start + 2 * DAY == api.sandbox.now()
        assert api.sandbox.audit() == []
