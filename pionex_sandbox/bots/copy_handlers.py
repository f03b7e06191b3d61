"""The smart-copy, user-signal and KOL operations, and the product that serves them.

Bodies are read as Pionex's file spells them (snake_case for smart copy, camelCase for the
signal listener), by the bots' one body reader (:class:`~pionex_sandbox.bots.fields.Reader`), strictly:
numbers are JSON numbers or decimal strings, a JSON number 0 counts as not given but a string
``"0"`` is a value, and a refusal names the field by its path (``bu_order_data.portfolio[0].leverage``).
The rules the operations follow are in
:mod:`~pionex_sandbox.bots.copying`, :mod:`~pionex_sandbox.bots.signals` and
:mod:`~pionex_sandbox.bots.kol`.

A signal cannot be deleted while running bots follow it: the refusal is Pionex's
``SIGNAL_HAS_UNCLOSED_ORDERS`` with the number of those bots in ``data.cnt``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal, cast

from ..errors import ApiError
from ..http.params import Call, Data
from ..http.routes import Operations
from ..product import Product
from .copying import Copying, CreateRequest, ItemRequest
from .fields import Reader, bad, body_of
from .kol import DEFAULT_LIMIT, MAX_LIMIT, Query
from .signals import PRICE_MAX, SIGNAL_PARAM_MAX, SIGNAL_TYPE_MAX, Action, PushRequest

COPY_OPERATIONS = Operations[Copying]()

MAX_LEVERAGE_FIELD = 100
"""The largest leverage a request may name (the sandbox's bots then take 1 only)."""


def _required(value: str | None) -> str:
    assert value is not None
    return value


# -- smart copy ------------------------------------------------------------------------------------------


@COPY_OPERATIONS("botSmartCopyGetOrder")
def get_order(call: Call, copying: Copying) -> Data:
    bot_id = _required(call.params.text("buOrderId", required=True))
    call.params.text("lang")  # the sandbox answers in one language
    return copying.order_reply(copying.find(call.trader.api_key, bot_id), call.now)


@COPY_OPERATIONS("botSmartCopyCheckParams")
def check_params(call: Call, copying: Copying) -> Data:
    body = Reader(body_of(call.body))
    base = _required(body.text("base", required=True))
    quote = _required(body.text("quote", required=True))
    signal_type = body.text("signal_type", maximum=SIGNAL_TYPE_MAX)
    if body.text("signal_param", maximum=SIGNAL_PARAM_MAX) is not None and signal_type is None:
        raise bad("signal_param needs signal_type")
    leverage = body.integer("leverage", required=True, maximum=MAX_LEVERAGE_FIELD)
    investment = body.number("quote_investment", required=True, sign="positive")
    assert leverage is not None and investment is not None
    return copying.check_params(call.trader.api_key, base, quote, leverage, investment, signal_type, call.now)


def _item(reader: Reader) -> ItemRequest:
    leverage = reader.integer("leverage", required=True, maximum=MAX_LEVERAGE_FIELD)
    assert leverage is not None
    return ItemRequest(
        base=_required(reader.text("base", required=True)),
        signal_type=_required(reader.text("signal_type", required=True)),
        leverage=leverage,
        signal_param=reader.text("signal_param", maximum=SIGNAL_PARAM_MAX),
        percent=reader.number("percent", sign="positive"),
        profit_stop=reader.number("profit_stop_ratio"),
        loss_stop=reader.number("loss_stop_ratio"),
    )


@COPY_OPERATIONS("botSmartCopyCreate")
def create(call: Call, copying: Copying) -> Data:
    body = Reader(body_of(call.body))
    data = body.object("bu_order_data")
    investment = data.number("quote_total_investment", required=True, sign="positive")
    assert investment is not None
    request = CreateRequest(
        base=_required(body.text("base", required=True)),
        quote=_required(body.text("quote", required=True)),
        investment=investment,
        items=tuple(_item(item) for item in data.objects("portfolio")),
        key_id=body.text("key_id"),
        note=body.text("note", empty=True) or "",
        copy_from=body.text("copy_from", empty=True) or "",
        copy_type=body.text("copy_type", empty=True) or "",
        compound=data.boolean("compound"),
        profit_stop_maker=data.boolean("profit_stop_maker"),
    )
    bot = copying.create(call.trader.api_key, request, call.now)
    return {"bu_order_id": bot.bot_id}


@COPY_OPERATIONS("botSmartCopyCancel")
def cancel(call: Call, copying: Copying) -> Data:
    body = Reader(body_of(call.body))
    bot_id = _required(body.text("bu_order_id", required=True))
    close_note = body.text("close_note", empty=True) or ""
    convert = body.boolean("convert_into_earn_coin")
    copying.cancel(call.trader.api_key, bot_id, close_note, convert, call.now)
    return {"success": True}


# -- KOL ---------------------------------------------------------------------------------------------------


@COPY_OPERATIONS("botKolListCopyTradeBots")
def list_copy_trade_bots(call: Call, copying: Copying) -> Data:
    params = call.params
    direction = params.text("direction")
    if direction is not None and direction not in ("asc", "desc"):
        raise bad("direction must be one of asc, desc")
    params.text("pageToken")  # the reply carries no token: pages go by page and limit
    query = Query(
        share_code=_required(params.text("shareCode", required=True)),
        bu_order_type=_required(params.text("buOrderType", required=True)),
        symbol=params.text("symbol"),
        trend=params.text("trend"),
        leverage=params.integer("leverage", minimum=1, maximum=MAX_LEVERAGE_FIELD),
        sort=params.text("sort") or "rank",
        direction=cast("Literal['asc', 'desc'] | None", direction),
        page=params.whole("page", default=1, minimum=1),
        limit=params.whole("limit", default=DEFAULT_LIMIT, minimum=1, maximum=MAX_LIMIT),
    )
    return copying.kols.reply(query, call.now)


# -- signals -----------------------------------------------------------------------------------------------


@COPY_OPERATIONS("botSignalsPush")
def push(call: Call, copying: Copying) -> Data:
    body = Reader(body_of(call.body))
    signal_type = _required(body.text("signalType", required=True, maximum=SIGNAL_TYPE_MAX, ascii_only=True))
    signal_param = _required(body.text("signalParam", required=True, maximum=SIGNAL_PARAM_MAX, ascii_only=True))
    base = _required(body.text("base", required=True))
    quote = _required(body.text("quote", required=True))
    time = _required(body.text("time", required=True))
    try:
        fired = datetime.fromisoformat(time.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        fired = None
    if fired is None or fired.tzinfo is None or "T" not in time.upper():
        raise bad('time must be an RFC 3339 date and time with its time zone, such as "2024-01-15T10:30:00Z"')
    raw_price = body.fields.get("price")
    if isinstance(raw_price, str) and (len(raw_price) > PRICE_MAX or not raw_price.isascii()):
        raise bad(f"price must be at most {PRICE_MAX} ASCII characters")
    price = body.number("price", required=True, sign="positive")
    data = body.object("data")
    action = data.choice("action", ("buy", "sell"), required=True)
    position_size = data.number("position_size", required=True)
    assert position_size is not None and price is not None
    direction = data.choice("direction", ("long", "short"))
    contracts = data.number("contracts", required=True, sign="not negative")
    assert contracts is not None
    request = PushRequest(
        signal_type=signal_type,
        signal_param=signal_param,
        base=base,
        quote=quote,
        time=time,
        price=price,
        action=cast(Action, action),
        position_size=position_size,
        contracts=contracts,
        direction=direction,
    )
    copying.push(call.trader.api_key, request, call.now)
    return None


@COPY_OPERATIONS("botSignalsList")
def list_signals(call: Call, copying: Copying) -> Data:
    signals, following = copying.signals.page(call.trader.api_key, call.params.text("pageToken"))
    return {"pageToken": following, "signals": [copying.signals.reply(signal) for signal in signals]}


@COPY_OPERATIONS("botSignalsCreate")
def create_signal(call: Call, copying: Copying) -> Data:
    body = Reader(body_of(call.body))
    title = _required(body.text("title", required=True))
    description = body.text("description", empty=True)
    signal = copying.signals.create(call.trader.api_key, title, description, call.now)
    return copying.signals.reply(signal)


@COPY_OPERATIONS("botSignalsGet")
def get_signal(call: Call, copying: Copying) -> Data:
    signal_type = _required(call.params.text("signalType", required=True))
    return copying.signals.reply(copying.signals.find(call.trader.api_key, signal_type))


@COPY_OPERATIONS("botSignalsEdit")
def edit_signal(call: Call, copying: Copying) -> Data:
    signal_type = _required(call.params.text("signalType", required=True))
    body = Reader(body_of(call.body))
    title = body.text("title", empty=True)
    description = body.text("description", empty=True)
    copying.signals.edit(call.trader.api_key, signal_type, title, description)
    return None


@COPY_OPERATIONS("botSignalsDelete")
def delete_signal(call: Call, copying: Copying) -> Data:
    signal_type = _required(call.params.text("signalType", required=True))
    signal = copying.signals.find(call.trader.api_key, signal_type)
    followers = copying.following(signal)
    if followers:
        raise ApiError(
            400,
            "SIGNAL_HAS_UNCLOSED_ORDERS",
            f"{len(followers)} running bot(s) follow this signal: cancel them first",
            data={"cnt": len(followers)},
        )
    copying.signals.delete(signal)
    return None


COPY_PRODUCT = Product("bot copy", Copying, COPY_OPERATIONS)
"""Smart-copy bots, user signals and the KOL lists, as a product of the sandbox."""
