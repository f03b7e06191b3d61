"""An empty string where a reply has an amount, a number, a flag or an object reads as "not given".

Pionex's services may write ``""`` for a value they have not set (a bot's profit before its first
fill, say); read strictly, one such field made the whole reply unreadable.  Text fields keep
their ``""``; a value that is neither blank nor readable is still an error naming its place.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from pionex_wrapper import Pionex, ResponseDecodeError

from .helpers import FAKE_KEY, FAKE_SECRET


def client_answering(data: Any) -> Pionex:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"result": True, "data": data, "timestamp": 1_700_000_000_000})

    return Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(answer), max_retries=0, sync_clock=False)


def test_blank_amounts_numbers_and_flags_in_a_nested_object_read_as_absent() -> None:
    reply = {
        "buOrderId": "42",
        "note": "",
        "buOrderData": {
            "buOrderId": "42",
            "top": "110",
            "gridProfit": "",
            "row": "",
            "profitAutoReinvest": "",
            "realizedProfit": "1.50",
            "reasonBy": "",
        },
    }
    with client_answering(reply) as client:
        order = client.bot.spot_grid.get_order(bu_order_id="42")
    data = order.bu_order_data
    assert data is not None
    assert (data.grid_profit, data.row, data.profit_auto_reinvest) == (None, None, None)
    assert data.top == Decimal(110) and data.realized_profit == Decimal("1.50")
    assert order.note == "" and data.reason_by == ""  # text stays text


def test_blank_values_in_list_items_read_as_absent_and_keep_the_item() -> None:
    with client_answering({"balances": [{"coin": "BTC", "free": "", "frozen": "0.5"}]}) as client:
        (balance,) = client.account.get_balances().balances
    assert (balance.coin, balance.free, balance.frozen) == ("BTC", None, Decimal("0.5"))
    with client_answering({"tickers": [{"symbol": "BTC_USDT", "time": "", "close": "5.1"}]}) as client:
        (ticker,) = client.market.get_tickers().tickers
    assert (ticker.symbol, ticker.time, ticker.close) == ("BTC_USDT", None, Decimal("5.1"))


def test_a_value_that_is_not_blank_and_not_a_number_still_names_its_place() -> None:
    with client_answering({"buOrderId": "42", "buOrderData": {"gridProfit": "lots"}}) as client:
        with pytest.raises(ResponseDecodeError, match="gridProfit"):
            client.bot.spot_grid.get_order(bu_order_id="42")
