"""The grid operations and the bot order list.

They are private: refusals use the ``TRADE_`` codes (``TRADE_PARAMETER_ERROR`` for a bad input,
``TRADE_OPERATION_DENIED`` for an operation the bot's state or the account's money does not allow,
``TRADE_ORDER_NOT_FOUND`` for a ``buOrderId`` the account does not have, ``TRADE_INVALID_SYMBOL``
for a pair the sandbox does not list).

``botOrdersList`` lists the bots of every engine of the sandbox that has bots to list (any
engine with ``listed_bots``: the grids', and the smart copy bots' when that product is there),
newest first (by ``createTime``, then ``buOrderId``), :data:`PAGE_SIZE` to a page.  Its page
tokens are opaque strings (``nextPageToken`` on every page but the last, ``previousPageToken``
on every page but the first); a token is refused if it was not issued by the sandbox.  The
``base`` filter matches a futures grid's ``BTC.PERP`` when given ``BTC`` or ``BTC.PERP``;
``buOrderTypes`` may be repeated (``buOrderTypes=spot_grid&buOrderTypes=futures_grid``) or
comma-separated.
"""

from __future__ import annotations

import base64
import binascii
from typing import Literal

from ..http.params import Call, Data
from ..http.routes import Operations
from . import replies
from .engine import Bots
from .fields import bad, body_of
from .strategy import ai_strategy

PAGE_SIZE = 20
"""Bots on one page of ``botOrdersList``."""

BOT_TYPES = ("futures_grid", "spot_grid", "smart_copy")

OPERATIONS = Operations[Bots]()


# -- the bot order list ---------------------------------------------------------------------------


def _sort_key(entry: dict[str, object]) -> tuple[int, int, str]:
    created = entry.get("createTime")
    ident = str(entry.get("buOrderId", ""))
    return (created if isinstance(created, int) else 0, int(ident) if ident.isdigit() else -1, ident)


def _token(direction: Literal["next", "previous"], entry: dict[str, object]) -> str:
    created, number, ident = _sort_key(entry)
    raw = f"bots|{direction}|{created}|{number}|{ident}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _read_token(token: str) -> tuple[str, tuple[int, int, str]]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        tag, direction, created, number, ident = raw.split("|", 4)
        if tag != "bots" or direction not in ("next", "previous"):
            raise ValueError(raw)
        return direction, (int(created), int(number), ident)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise bad("pageToken is not a token this sandbox gave (use nextPageToken or previousPageToken)") from None


def _types(call: Call) -> set[str]:
    given = [part for value in call.params.values.get("buOrderTypes", []) for part in value.split(",")]
    chosen = {part.strip() for part in given if part.strip()}
    unknown = chosen - set(BOT_TYPES)
    if unknown:
        raise bad(f"buOrderTypes must be among {', '.join(BOT_TYPES)}; not {', '.join(sorted(unknown))}")
    return chosen or set(BOT_TYPES)


@OPERATIONS("botOrdersList")
def bot_orders_list(call: Call, bots: Bots) -> Data:
    status = call.params.choice("status", ("running", "finished"), "running")
    base = call.params.text("base")
    quote = call.params.text("quote")
    token = call.params.text("pageToken")
    types = _types(call)
    found: list[dict[str, object]] = []
    for engine in call.sandbox.engines:
        listed = getattr(engine, "listed_bots", None)
        if listed is not None:
            found.extend(listed(call.trader.api_key, status))
    chosen = [
        entry
        for entry in found
        if entry.get("buOrderType") in types
        and (base is None or str(entry.get("base", "")).upper() in (base.upper(), f"{base.upper()}.PERP"))
        and (quote is None or str(entry.get("quote", "")).upper() == quote.upper())
    ]
    chosen.sort(key=_sort_key, reverse=True)
    start = 0
    if token is not None:
        direction, anchor = _read_token(token)
        keys = [_sort_key(entry) for entry in chosen]
        if direction == "next":
            start = next((i for i, key in enumerate(keys) if key < anchor), len(chosen))
        else:
            end = next((i for i, key in enumerate(keys) if key <= anchor), len(chosen))
            start = max(0, end - PAGE_SIZE)
    page = chosen[start : start + PAGE_SIZE]
    reply: dict[str, object] = {"results": page}
    if page and start + PAGE_SIZE < len(chosen):
        reply["nextPageToken"] = _token("next", page[-1])
    if page and start > 0:
        reply["previousPageToken"] = _token("previous", page[0])
    return reply


# -- spot grids ------------------------------------------------------------------------------------


def _bu_order_id(call: Call) -> str:
    value = call.params.text("buOrderId", required=True)
    assert value is not None
    return value


@OPERATIONS("botSpotGridGetOrder")
def spot_grid_get_order(call: Call, bots: Bots) -> Data:
    return replies.spot_order(bots, bots.spot(call.trader.api_key, _bu_order_id(call)))


@OPERATIONS("botSpotGridGetAiStrategy")
def spot_grid_get_ai_strategy(call: Call, bots: Bots) -> Data:
    base = call.params.text("base", required=True)
    quote = call.params.text("quote", required=True)
    return ai_strategy(bots, base, quote, call.now)


@OPERATIONS("botSpotGridCreate")
def spot_grid_create(call: Call, bots: Bots) -> Data:
    bot = bots.create_spot(call.trader.api_key, body_of(call.body), call.now)
    return replies.spot_order(bots, bot)


@OPERATIONS("botSpotGridCheckParams")
def spot_grid_check_params(call: Call, bots: Bots) -> Data:
    return bots.check_spot(body_of(call.body), call.now)


@OPERATIONS("botSpotGridAdjustParams")
def spot_grid_adjust_params(call: Call, bots: Bots) -> Data:
    return {"action_id": bots.adjust_spot(call.trader.api_key, body_of(call.body), call.now)}


@OPERATIONS("botSpotGridInvestIn")
def spot_grid_invest_in(call: Call, bots: Bots) -> Data:
    return {"action_id": bots.invest_spot(call.trader.api_key, body_of(call.body), call.now)}


@OPERATIONS("botSpotGridCancel")
def spot_grid_cancel(call: Call, bots: Bots) -> Data:
    bots.cancel_spot(call.trader.api_key, body_of(call.body), call.now)
    return None


@OPERATIONS("botSpotGridExtractProfit")
def spot_grid_extract_profit(call: Call, bots: Bots) -> Data:
    fields = body_of(call.body)
    transfer = bots.extract_profit(call.trader.api_key, fields, call.now)
    return replies.transfer_record(bots.spot(call.trader.api_key, fields.get("buOrderId")), transfer)


# -- futures grids -------------------------------------------------------------------------------------


@OPERATIONS("botFuturesGridGetOrder")
def futures_grid_get_order(call: Call, bots: Bots) -> Data:
    call.params.text("lang")
    return replies.futures_order(bots, bots.futures(call.trader.api_key, _bu_order_id(call)))


@OPERATIONS("botFuturesGridCreate")
def futures_grid_create(call: Call, bots: Bots) -> Data:
    bot = bots.create_futures(call.trader.api_key, body_of(call.body), call.now)
    return {"buOrderId": bot.bu_order_id, "buOrderData": replies.futures_data(bots, bot)}


@OPERATIONS("botFuturesGridCheckParams")
def futures_grid_check_params(call: Call, bots: Bots) -> Data:
    return bots.check_futures(body_of(call.body), call.now)


@OPERATIONS("botFuturesGridAdjustParams")
def futures_grid_adjust_params(call: Call, bots: Bots) -> Data:
    bots.adjust_futures(call.trader.api_key, body_of(call.body), call.now)
    return None


@OPERATIONS("botFuturesGridReduce")
def futures_grid_reduce(call: Call, bots: Bots) -> Data:
    return bots.reduce_futures(call.trader.api_key, body_of(call.body), call.now)


@OPERATIONS("botFuturesGridCancel")
def futures_grid_cancel(call: Call, bots: Bots) -> Data:
    bots.cancel_futures(call.trader.api_key, body_of(call.body), call.now)
    return None
