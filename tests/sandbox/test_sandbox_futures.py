"""USDT-margined futures in the sandbox: transfers, leverage, positions, PnL, fees, funding, liquidation.

Every futures reply goes through :func:`call`, which checks the envelope and the ``data`` against
the reply shapes below.  The shapes are written here from Pionex's documented reply fields
(names, string or number, enums), with no undeclared field allowed; openapi/pionex.json does
not describe the futures operations yet.

The numbers of the lifecycle test are worked out by hand in the comments: the sandbox starts at
the frozen time 1_700_000_000_000 with seed 7, where the mark price of BTC_USDT_PERP is 64672.4.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
from jsonschema import Draft7Validator

from pionex_sandbox import OPERATIONS, READONLY_API_KEY, READONLY_API_SECRET, create_app
from pionex_sandbox.accounts import READ, TRADE, TRANSFER
from pionex_sandbox.futures import FUNDING_INTERVAL_MS, FUTURES_FEE_RATE, Futures
from tests.sandbox.sandbox_support import FROZEN_MS, Api, Clock, open_api

PERP = "BTC_USDT_PERP"
ORDER = "/uapi/v1/trade/order"
MASS = "/uapi/v1/trade/massOrder"
TRANSFER_PATH = "/api/v1/assets/transfer"
POSITIONS = "/uapi/v1/account/positions"
HISTORY = "/uapi/v1/account/historyPositions"
BALANCES = "/uapi/v1/account/balances"
SPOT_BALANCES = "/api/v1/account/balances"
LEVERAGE = "/uapi/v1/account/leverage"
MODE = "/uapi/v1/account/positionMode"
ISOLATED = "/uapi/v1/trade/isolatedMode"
MARGIN = "/uapi/v1/trade/isolateMargin"
FUNDING = "/uapi/v1/trade/fundingFee"
MM = {"key": "mm-key", "secret": "mm-secret"}
"""A second account that provides the other side of the trader's fills."""

FIRST_FUNDING = 1_700_006_400_000
"""The first funding time after FROZEN_MS (2023-11-15 00:00 UTC)."""

# -- reply shapes, from Pionex's documented fields --------------------------------------------------

DEC: dict[str, Any] = {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$"}
INT: dict[str, Any] = {"type": "integer"}
STR: dict[str, Any] = {"type": "string"}
BOOL: dict[str, Any] = {"type": "boolean"}


def enum(*values: str) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


def arr(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


def obj(required: dict[str, Any], optional: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {**required, **(optional or {})},
        "required": list(required),
        "additionalProperties": False,
    }


MARGIN_MODE = enum("CROSS", "ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT")
SIDE = enum("BUY", "SELL")
POSITION_FIELDS: dict[str, Any] = {
    "positionId": STR,
    "symbol": STR,
    "isolatedMode": MARGIN_MODE,
    "riskState": STR,
    "positionSide": enum("LONG", "SHORT"),
    "netSize": DEC,
    "avgPrice": DEC,
    "unrealizedPnL": DEC,
    "sizeLong": DEC,
    "sizeShort": DEC,
    "amountLong": DEC,
    "amountShort": DEC,
    "amountSettled": DEC,
    "markPrice": DEC,
    "initialMargin": DEC,
    "maintMargin": DEC,
    "liquidationPrice": DEC,
    "leverage": DEC,
    "sizeLiquidated": DEC,
    "amountLiquidated": DEC,
}
BALANCE = obj({"coin": STR, "free": DEC, "frozen": DEC, "debts": DEC})
ORDER_SHAPE = obj(
    {
        "orderId": INT,
        "symbol": STR,
        "type": enum("LIMIT", "MARKET_QTY", "IOC", "FOK", "POSTONLY"),
        "positionMode": enum("BUYSELL", "OPENCLOSE"),
        "isolatedMode": MARGIN_MODE,
        "side": SIDE,
        "positionSide": enum("BOTH", "LONG", "SHORT"),
        "origSize": DEC,
        "size": DEC,
        "filledSize": DEC,
        "filledAmount": DEC,
        "status": enum("OPEN", "CLOSED"),
        "reduceOnly": BOOL,
        "source": enum("MANUAL", "API", "SYSTEM", "TRIGGER"),
        "createTime": INT,
        "updateTime": INT,
    },
    {"price": DEC, "amount": DEC, "clientOrderId": STR},
)
FILL_SHAPE = obj(
    {
        "id": INT,
        "orderId": INT,
        "symbol": STR,
        "side": SIDE,
        "role": enum("TAKER", "MAKER"),
        "price": DEC,
        "size": DEC,
        "fee": DEC,
        "feeCoin": STR,
        "feeType": enum("TRADING", "LIQUIDATION"),
        "timestamp": INT,
    }
)
TRANSFER_SHAPE = obj(
    {
        "transferId": STR,
        "fromAccount": enum("MAIN", "TRADE"),
        "toAccount": enum("MAIN", "TRADE"),
        "currency": STR,
        "amount": DEC,
        "status": enum("COMPLETED", "PROCESSING", "FAILED"),
        "reason": enum("USER_MANUAL", "OPENAPI"),
        "timestamp": INT,
    },
    {"clientId": STR, "comment": STR},
)
PRICE_KLINE = obj({"time": STR, "open": DEC, "close": DEC, "high": DEC, "low": DEC})

SHAPES: dict[str, dict[str, Any] | None] = {
    "futuresGetRiskTable": obj(
        {
            "symbols": arr(
                obj(
                    {
                        "symbol": STR,
                        "rows": arr(
                            obj(
                                {
                                    "rowNum": INT,
                                    "notionalLimit": DEC,
                                    "maxLeverage": DEC,
                                    "maintMarginRatio": DEC,
                                    "quickDeduction": DEC,
                                }
                            )
                        ),
                    }
                )
            )
        }
    ),
    "futuresGetAccountBalances": obj(
        {
            "balances": arr(BALANCE),
            "isolates": arr(obj({"symbol": STR, "isolatedMode": MARGIN_MODE, "balances": arr(BALANCE)})),
        }
    ),
    "futuresGetPositions": obj({"positions": arr(obj({**POSITION_FIELDS, "createTime": INT, "updateTime": INT}))}),
    "futuresGetHistoryPositions": obj(
        {
            "positions": arr(
                obj(
                    {
                        "positionId": STR,
                        "symbol": STR,
                        "isolatedMode": MARGIN_MODE,
                        "positionSide": enum("LONG", "SHORT"),
                        "sizeLong": DEC,
                        "sizeShort": DEC,
                        "amountLong": DEC,
                        "amountShort": DEC,
                        "amountSettled": DEC,
                        "leverage": DEC,
                        "sizeLiquidated": DEC,
                        "amountLiquidated": DEC,
                        "sizeTakeover": DEC,
                        "createTime": INT,
                        "updateTime": INT,
                    }
                )
            )
        }
    ),
    "futuresGetAccountDetail": obj(
        {
            "quoteRisks": arr(obj({"quote": STR, "riskState": STR})),
            "balances": arr(
                obj(
                    {
                        "coin": STR,
                        "assets": DEC,
                        "free": DEC,
                        "frozen": DEC,
                        "transferable": DEC,
                        "available": DEC,
                        "unrealizedPnL": DEC,
                        "totalInitialMargin": DEC,
                        "debts": DEC,
                    }
                )
            ),
            "positions": arr(
                obj(
                    {**POSITION_FIELDS, "createdTime": INT, "updatedTime": INT},
                    {
                        "balances": arr(
                            obj(
                                {
                                    "totalInitialMargin": DEC,
                                    "transferable": DEC,
                                    "coin": STR,
                                    "free": DEC,
                                    "frozen": DEC,
                                    "debts": DEC,
                                }
                            )
                        )
                    },
                )
            ),
        }
    ),
    "futuresTransferIsolateMargin": None,
    "futuresGetLeverage": obj({"symbol": STR, "leverage": DEC}),
    "futuresUpdateLeverage": obj({"symbol": STR, "leverage": DEC}),
    "futuresGetPositionMode": obj({"positionMode": enum("BUYSELL", "OPENCLOSE")}),
    "futuresUpdatePositionMode": None,
    "futuresGetIsolatedMode": obj({"symbol": STR, "isolatedMode": enum("CROSS", "ISOLATED")}),
    "futuresUpdateIsolatedMode": None,
    "futuresCreateTransfer": obj({"transferId": STR, "status": enum("COMPLETED", "PROCESSING", "FAILED")}),
    "futuresGetTransfer": TRANSFER_SHAPE,
    "futuresGetTransfers": obj({"records": arr(TRANSFER_SHAPE)}),
    "futuresPlaceOrder": obj({"orderId": INT}),
    "futuresGetOrder": ORDER_SHAPE,
    "futuresCancelOrder": None,
    "futuresBatchPlaceOrders": obj({"orderIds": arr(obj({"orderId": INT}, {"clientOrderId": STR}))}),
    "futuresGetOrderByClientOrderId": ORDER_SHAPE,
    "futuresGetOpenOrders": obj({"orders": arr(ORDER_SHAPE)}),
    "futuresGetHistoryOrders": obj({"orders": arr(ORDER_SHAPE)}),
    "futuresGetFills": obj({"fills": arr(FILL_SHAPE)}),
    "futuresGetFillsByOrderId": obj({"fills": arr(FILL_SHAPE)}),
    "futuresCancelAllOrders": None,
    "futuresGetFundingFees": obj(
        {
            "fundings": arr(
                obj(
                    {
                        "symbol": STR,
                        "isolatedMode": enum("CROSS", "ISOLATED"),
                        "fundingFee": DEC,
                        "fundingCoin": STR,
                        "timestamp": INT,
                        "fundingRate": DEC,
                    }
                )
            )
        }
    ),
    "futuresGetBookTicker": obj(
        {
            "tickers": arr(
                obj(
                    {"symbol": STR, "timestamp": INT},
                    {"bidPrice": DEC, "bidSize": DEC, "askPrice": DEC, "askSize": DEC},
                )
            )
        }
    ),
    "futuresGetIndexKlines": obj({"klines": arr(PRICE_KLINE)}),
    "futuresGetMarkKlines": obj({"klines": arr(PRICE_KLINE)}),
    "futuresGetFundingRates": obj({"symbol": STR, "rates": arr(obj({"fundingRate": DEC, "fundingTime": INT}))}),
    "futuresGetIndexes": obj(
        {
            "indexes": arr(
                obj(
                    {
                        "symbol": STR,
                        "indexPrice": DEC,
                        "markPrice": DEC,
                        "nextFundingRate": DEC,
                        "nextFundingTime": INT,
                        "updateTime": INT,
                    }
                )
            )
        }
    ),
    "futuresGetOpenInterests": obj({"openInterests": arr(obj({"symbol": STR, "openInterest": DEC}))}),
}
"""The ``data`` of every futures operation's success (None: the reply has no ``data``)."""

FUTURES_IDS = {op.operation_id for op in OPERATIONS if op.operation_id.startswith("futures")}
BY_ROUTE = {(op.method, op.path): op for op in OPERATIONS if op.operation_id in FUTURES_IDS}
ERROR_CODES = {
    "APIKEY_LOST",
    "SIGNATURE_LOST",
    "INVALID_APIKEY",
    "INVALID_SIGNATURE",
    "INVALID_TIMESTAMP",
    "PERMISSION_DENIED",
    "TRADE_INVALID_SYMBOL",
    "TRADE_PARAMETER_ERROR",
    "TRADE_OPERATION_DENIED",
    "TRADE_ORDER_NOT_FOUND",
    "MARKET_INVALID_SYMBOL",
    "MARKET_PARAMETER_ERROR",
    "MARKET_INVALID_TIME",
}
SEEN: set[str] = set()


def check_reply(method: str, path: str, response: httpx.Response) -> Any:
    """Check the envelope (and, on success, the data's shape); the data."""
    payload = response.json()
    op = BY_ROUTE[(method, path)]
    assert isinstance(payload.get("timestamp"), int)
    if payload["result"] is True:
        assert response.status_code == 200
        shape = SHAPES[op.operation_id]
        if shape is None:
            assert set(payload) == {"result", "timestamp"}, payload
            return None
        assert set(payload) == {"result", "data", "timestamp"}
        Draft7Validator(shape).validate(payload["data"])
        SEEN.add(op.operation_id)
        return payload["data"]
    assert set(payload) == {"result", "code", "message", "timestamp"}, payload
    assert payload["code"] in ERROR_CODES and response.status_code in (400, 401)
    return None


def send(
    api: Api, method: str, path: str, params: dict[str, object] | None = None, body: object = None, **who: Any
) -> httpx.Response:
    op = BY_ROUTE[(method, path)]
    if op.permission is None:
        response = api.public(path, **(params or {}))
    else:
        response = api.private(method, path, params, body, **who)
    check_reply(method, path, response)
    return response


def call(
    api: Api, method: str, path: str, params: dict[str, object] | None = None, body: object = None, **who: Any
) -> Any:
    response = send(api, method, path, params, body, **who)
    payload = response.json()
    assert response.status_code == 200 and payload["result"] is True, payload
    if SHAPES[BY_ROUTE[(method, path)].operation_id] is None:
        SEEN.add(BY_ROUTE[(method, path)].operation_id)
    return payload.get("data")


def refused(
    api: Api,
    status: int,
    code: str,
    method: str,
    path: str,
    params: dict[str, object] | None = None,
    body: object = None,
    **who: Any,
) -> str:
    response = send(api, method, path, params, body, **who)
    payload = response.json()
    assert response.status_code == status and payload["result"] is False and payload["code"] == code, payload
    return str(payload["message"])


# -- helpers --------------------------------------------------------------------------------------


def empty_book(api: Api, symbol: str = PERP) -> None:
    """Take the synthetic liquidity off both sides, so fills happen only between sandbox orders."""
    market = api.sandbox.markets[symbol]
    for side in (market.bids, market.asks):
        for level in side.top(len(side)):
            side.discard(level.price)


def add_maker(api: Api, usdt: str = "50000") -> None:
    api.sandbox.add_account("mm", MM["key"], MM["secret"], (READ, TRADE, TRANSFER), {"USDT": Decimal(100000)})
    transfer_in(api, usdt, **MM)


def transfer_in(api: Api, amount: str, **who: Any) -> str:
    body = {"fromAccount": "MAIN", "toAccount": "TRADE", "currency": "USDT", "amount": amount}
    return str(call(api, "POST", TRANSFER_PATH, body=body, **who)["transferId"])


def place(api: Api, **fields: object) -> int:
    who = fields.pop("who", {})
    assert isinstance(who, dict)
    return int(call(api, "POST", ORDER, body={"symbol": PERP, **fields}, **who)["orderId"])


def usdt(api: Api) -> tuple[Decimal, Decimal]:
    balances = call(api, "GET", BALANCES)["balances"]
    assert [entry["coin"] for entry in balances] == ["USDT"] and balances[0]["debts"] == "0.00000000"
    return Decimal(balances[0]["free"]), Decimal(balances[0]["frozen"])


def spot_usdt(api: Api) -> Decimal:
    entries = api.ok(api.private("GET", SPOT_BALANCES))["balances"]
    return next(Decimal(entry["free"]) for entry in entries if entry["coin"] == "USDT")


def positions(api: Api, **who: Any) -> list[dict[str, Any]]:
    return list(call(api, "GET", POSITIONS, {"symbol": PERP}, **who)["positions"])


def consistent(api: Api) -> None:
    assert api.sandbox.audit() == []


# -- the whole life of a position, to the last decimal ----------------------------------------------------------


def test_open_hold_fund_and_close_adds_up_exactly(still_api: Api) -> None:
    api = still_api  # the book must stay as this test leaves it while the clock moves
    empty_book(api)
    add_maker(api)
    assert call(api, "GET", "/api/v1/market/indexes", {"symbol": PERP})["indexes"][0]["markPrice"] == "64672.4"

    # Transfer 10000 USDT from the spot account (MAIN) to the futures account (TRADE).
    assert spot_usdt(api) == Decimal(100000)
    transfer_in(api, "10000")
    assert spot_usdt(api) == Decimal(90000)
    assert usdt(api) == (Decimal(10000), Decimal(0))
    assert call(api, "GET", LEVERAGE, {"symbol": PERP}) == {"symbol": PERP, "leverage": "5"}
    assert call(api, "POST", LEVERAGE, body={"symbol": PERP, "leverage": "10"}) == {"symbol": PERP, "leverage": "10"}

    # Open: buy 0.2 at 64000 (limit) and 0.1 at 64300 (market), both from the maker's resting sells.
    place(api, who=MM, side="SELL", type="LIMIT", size="0.2", price="64000")
    first = place(api, side="BUY", type="LIMIT", size="0.2", price="64000", clientOrderId="open-1")
    place(api, who=MM, side="SELL", type="LIMIT", size="0.1", price="64300")
    second = place(api, side="BUY", type="MARKET_QTY", size="0.1")
    # fees: 0.2 x 64000 x 0.0005 = 6.4 and 0.1 x 64300 x 0.0005 = 3.215
    fills = call(api, "GET", "/uapi/v1/trade/fills", {"symbol": PERP})["fills"]
    assert [(f["orderId"], f["price"], f["size"], f["fee"], f["role"]) for f in fills] == [
        (second, "64300.0", "0.1000", "3.21500000", "TAKER"),
        (first, "64000.0", "0.2000", "6.40000000", "TAKER"),
    ]
    (position,) = positions(api)
    # entry: (12800 + 6430) / 0.3 = 64100; unrealized at mark 64672.4: 0.3 x 64672.4 - 19230 = 171.72
    assert position["netSize"] == "0.3000" and position["positionSide"] == "LONG"
    assert position["avgPrice"] == "64100.00000000"
    assert position["unrealizedPnL"] == "171.72000000"
    assert position["initialMargin"] == "1923.00000000"  # 19230 / 10
    assert position["maintMargin"] == "97.00860000"  # 0.3 x 64672.4 x 0.005 (tier 1)
    assert (position["sizeLong"], position["amountLong"]) == ("0.3000", "-19230.00000000")
    assert position["leverage"] == "10" and position["isolatedMode"] == "CROSS"
    # wallet 10000 - 6.4 - 3.215 = 9990.385, of which the 1923 initial margin is frozen
    assert usdt(api) == (Decimal("8067.385"), Decimal(1923))

    # The first funding time: mark 64715.2, rate -0.00011783, so the long receives
    # 0.3 x 64715.2 x 0.00011783 = 2.2876176048 -> 2.28761760.
    api.clock.now = FIRST_FUNDING
    rates = call(api, "GET", "/api/v1/market/fundingRates", {"symbol": PERP})
    assert rates["rates"] == [{"fundingRate": "-0.00011783", "fundingTime": FIRST_FUNDING}]
    (funding,) = call(api, "GET", FUNDING, {"symbol": PERP})["fundings"]
    assert funding == {
        "symbol": PERP,
        "isolatedMode": "CROSS",
        "fundingFee": "2.28761760",
        "fundingCoin": "USDT",
        "timestamp": FIRST_FUNDING,
        "fundingRate": "-0.00011783",
    }
    assert usdt(api) == (Decimal("8069.6726176"), Decimal(1923))

    # Close: sell 0.3 at 65000 into the maker's bid, reduce-only.  Realized (65000 - 64100) x 0.3 = 270,
    # fee 19500 x 0.0005 = 9.75.
    api.clock.now += 60_000
    place(api, who=MM, side="BUY", type="LIMIT", size="0.3", price="65000")
    close = place(api, side="SELL", type="MARKET_QTY", size="0.5", reduceOnly=True)
    closed = call(api, "GET", ORDER, {"symbol": PERP, "orderId": close})
    assert (closed["origSize"], closed["size"], closed["filledSize"]) == ("0.5000", "0.3000", "0.3000")
    assert closed["reduceOnly"] is True and closed["status"] == "CLOSED" and "price" not in closed
    assert positions(api) == []
    (history,) = call(api, "GET", HISTORY, {"symbol": PERP})["positions"]
    assert history["sizeLong"] == "0.3000" and history["sizeShort"] == "-0.3000"
    assert (history["amountLong"], history["amountShort"]) == ("-19230.00000000", "19500.00000000")
    assert history["amountSettled"] == "-270.00000000" and history["sizeTakeover"] == "0.0000"
    assert call(api, "GET", HISTORY, {"positionFlag": "TAKEOVER"})["positions"] == []

    # 10000 - 6.4 - 3.215 + 2.2876176 + 270 - 9.75 = 10252.9226176, all of it free again.
    expected = Decimal(10000) - Decimal("6.4") - Decimal("3.215") + Decimal("2.2876176") + 270 - Decimal("9.75")
    assert expected == Decimal("10252.9226176")
    assert usdt(api) == (expected, Decimal(0))
    out = {"fromAccount": "TRADE", "toAccount": "MAIN", "currency": "USDT", "amount": "10252.9226176"}
    call(api, "POST", TRANSFER_PATH, body=out)
    assert usdt(api) == (Decimal(0), Decimal(0))
    assert spot_usdt(api) == Decimal("100252.9226176")
    records = call(api, "GET", "/api/v1/assets/transfers")["records"]
    assert [(r["fromAccount"], r["amount"]) for r in records] == [
        ("TRADE", "10252.92261760"),
        ("MAIN", "10000.00000000"),
    ]
    consistent(api)


def test_entry_price_is_size_weighted_and_partial_closes_realize_their_share(api: Api) -> None:
    empty_book(api)
    add_maker(api)
    transfer_in(api, "20000")
    for price, size in (("64000", "0.1"), ("64600", "0.2")):
        place(api, who=MM, side="SELL", type="LIMIT", size=size, price=price)
        place(api, side="BUY", type="LIMIT", size=size, price=price)
    # (6400 + 12920) / 0.3 = 64400
    assert positions(api)[0]["avgPrice"] == "64400.00000000"
    free_before = usdt(api)[0] + usdt(api)[1]
    place(api, who=MM, side="BUY", type="LIMIT", size="0.1", price="64900")
    place(api, side="SELL", type="LIMIT", size="0.1", price="64900")
    # realized (64900 - 64400) x 0.1 = 50, fee 6490 x 0.0005 = 3.245; the entry price stays 64400
    (position,) = positions(api)
    assert position["netSize"] == "0.2000" and position["avgPrice"] == "64400.00000000"
    assert position["amountSettled"] == "-50.00000000"
    assert sum(usdt(api)) == free_before + 50 - Decimal("3.245")
    consistent(api)


def test_one_way_mode_flips_a_position_through_zero(api: Api) -> None:
    empty_book(api)
    add_maker(api)
    transfer_in(api, "20000")
    place(api, who=MM, side="SELL", type="LIMIT", size="0.1", price="64000")
    place(api, side="BUY", type="LIMIT", size="0.1", price="64000")
    place(api, who=MM, side="BUY", type="LIMIT", size="0.3", price="64500")
    place(api, side="SELL", type="LIMIT", size="0.3", price="64500")
    (position,) = positions(api)
    assert position["positionSide"] == "SHORT" and position["netSize"] == "-0.2000"
    assert position["avgPrice"] == "64500.00000000"
    (history,) = call(api, "GET", HISTORY)["positions"]
    assert history["amountSettled"] == "-50.00000000"  # (64500 - 64000) x 0.1
    consistent(api)


# -- modes ------------------------------------------------------------------------------------------------


def test_hedge_mode_holds_a_long_and_a_short_at_once(api: Api) -> None:
    empty_book(api)
    add_maker(api)
    transfer_in(api, "20000")
    assert call(api, "GET", MODE) == {"positionMode": "BUYSELL"}
    call(api, "POST", MODE, body={"positionMode": "OPENCLOSE"})
    assert call(api, "GET", MODE) == {"positionMode": "OPENCLOSE"}
    refused(
        api,
        400,
        "TRADE_PARAMETER_ERROR",
        "POST",
        ORDER,
        body={"symbol": PERP, "side": "BUY", "type": "LIMIT", "size": "0.1", "price": "64000"},
    )
    refused(
        api,
        400,
        "TRADE_PARAMETER_ERROR",
        "POST",
        ORDER,
        body={
            "symbol": PERP,
            "side": "BUY",
            "positionSide": "LONG",
            "type": "LIMIT",
            "size": "0.1",
            "price": "64000",
            "reduceOnly": True,
        },
    )

    place(api, who=MM, side="SELL", type="LIMIT", size="0.1", price="64000")
    place(api, side="BUY", positionSide="LONG", type="LIMIT", size="0.1", price="64000")
    place(api, who=MM, side="BUY", type="LIMIT", size="0.2", price="64100")
    place(api, side="SELL", positionSide="SHORT", type="LIMIT", size="0.2", price="64100")
    held = {p["positionSide"]: (p["netSize"], p["avgPrice"]) for p in positions(api)}
    assert held == {"LONG": ("0.1000", "64000.00000000"), "SHORT": ("-0.2000", "64100.00000000")}

    # A close may not be larger than the position it closes.
    refused(
        api,
        400,
        "TRADE_OPERATION_DENIED",
        "POST",
        ORDER,
        body={"symbol": PERP, "side": "SELL", "positionSide": "LONG", "type": "LIMIT", "size": "0.2", "price": "65000"},
    )
    refused(api, 400, "TRADE_OPERATION_DENIED", "POST", MODE, body={"positionMode": "BUYSELL"})
    place(api, who=MM, side="BUY", type="LIMIT", size="0.1", price="64200")
    order_id = place(api, side="SELL", positionSide="LONG", type="LIMIT", size="0.1", price="64200")
    assert call(api, "GET", ORDER, {"symbol": PERP, "orderId": order_id})["positionMode"] == "OPENCLOSE"
    held = {p["positionSide"]: p["netSize"] for p in positions(api)}
    assert held == {"SHORT": "-0.2000"}
    consistent(api)


def test_isolated_margin_moves_in_and_out_of_the_position(api: Api) -> None:
    empty_book(api)
    add_maker(api)
    transfer_in(api, "10000")
    assert call(api, "GET", ISOLATED, {"symbol": PERP}) == {"symbol": PERP, "isolatedMode": "CROSS"}
    call(api, "POST", ISOLATED, body={"symbol": PERP, "isolatedMode": "ISOLATED"})
    assert call(api, "GET", ISOLATED, {"symbol": PERP}) == {"symbol": PERP, "isolatedMode": "ISOLATED"}
    call(api, "POST", LEVERAGE, body={"symbol": PERP, "leverage": "10"})
    place(api, who=MM, side="SELL", type="LIMIT", size="0.1", price="64000")
    place(api, side="BUY", type="LIMIT", size="0.1", price="64000")
    # margin 6400 / 10 = 640 leaves the wallet; the fee 3.2 is paid from it
    data = call(api, "GET", BALANCES)
    assert data["balances"][0]["free"] == "9356.80000000" and data["balances"][0]["frozen"] == "0.00000000"
    assert data["isolates"] == [
        {
            "symbol": PERP,
            "isolatedMode": "ISOLATED_BOTH",
            "balances": [{"coin": "USDT", "free": "640.00000000", "frozen": "0.00000000", "debts": "0.00000000"}],
        }
    ]
    move = {"symbol": PERP, "isolatedMode": "ISOLATED_BOTH", "coin": "USDT"}
    call(api, "POST", MARGIN, body={**move, "clientId": "m1", "direction": "IN", "amount": "100"})
    refused(
        api,
        400,
        "TRADE_OPERATION_DENIED",
        "POST",
        MARGIN,
        body={**move, "clientId": "m2", "direction": "OUT", "amount": "150"},
    )
    refused(
        api,
        400,
        "TRADE_PARAMETER_ERROR",
        "POST",
        MARGIN,
        body={**move, "clientId": "m1", "direction": "OUT", "amount": "1"},
    )
    refused(
        api,
        400,
        "TRADE_OPERATION_DENIED",
        "POST",
        MARGIN,
        body={**move, "isolatedMode": "ISOLATED_LONG", "clientId": "m3", "direction": "IN", "amount": "1"},
    )
    call(api, "POST", MARGIN, body={**move, "clientId": "m4", "direction": "OUT", "amount": "40"})
    (position,) = positions(api)
    assert position["isolatedMode"] == "ISOLATED_BOTH"
    detail = call(api, "GET", "/uapi/v1/account/detail")
    assert detail["positions"][0]["balances"][0]["free"] == "700.00000000"
    assert usdt(api)[0] == Decimal("9296.8")
    refused(api, 400, "TRADE_OPERATION_DENIED", "POST", ISOLATED, body={"symbol": PERP, "isolatedMode": "CROSS"})
    # Closing gives back the 700 of margin with the realized PnL (64500 - 64000) x 0.1 = 50, less fee 3.225.
    place(api, who=MM, side="BUY", type="LIMIT", size="0.1", price="64500")
    place(api, side="SELL", type="LIMIT", size="0.1", price="64500")
    assert usdt(api) == (Decimal("9296.8") + 700 + 50 - Decimal("3.225"), Decimal(0))
    assert call(api, "GET", BALANCES)["isolates"] == []
    consistent(api)


def test_orders_hold_margin_and_cancel_gives_it_back(api: Api) -> None:
    transfer_in(api, "5000")
    order_id = place(api, side="BUY", type="LIMIT", size="0.1", price="60000", clientOrderId="rest-1")
    assert usdt(api) == (Decimal(3800), Decimal(1200))  # 0.1 x 60000 / 5
    by_client = call(api, "GET", "/uapi/v1/trade/orderByClientOrderId", {"symbol": PERP, "clientOrderId": "rest-1"})
    assert by_client["orderId"] == order_id and by_client["status"] == "OPEN" and by_client["price"] == "60000.0"
    assert [o["orderId"] for o in call(api, "GET", "/uapi/v1/trade/openOrders", {"symbol": PERP})["orders"]] == [
        order_id
    ]
    refused(
        api,
        400,
        "TRADE_PARAMETER_ERROR",
        "POST",
        ORDER,
        body={
            "symbol": PERP,
            "side": "BUY",
            "type": "LIMIT",
            "size": "0.1",
            "price": "60000",
            "clientOrderId": "rest-1",
        },
    )
    refused(
        api,
        400,
        "TRADE_OPERATION_DENIED",
        "POST",
        ORDER,
        body={"symbol": PERP, "side": "BUY", "type": "LIMIT", "size": "0.4", "price": "60000"},
    )
    call(api, "DELETE", ORDER, body={"symbol": PERP, "orderId": order_id})
    assert usdt(api) == (Decimal(5000), Decimal(0))
    refused(api, 400, "TRADE_OPERATION_DENIED", "DELETE", ORDER, body={"symbol": PERP, "orderId": order_id})
    refused(api, 400, "TRADE_ORDER_NOT_FOUND", "DELETE", ORDER, body={"symbol": PERP, "orderId": 12345})
    batch = {
        "symbol": PERP,
        "orders": [{"side": "BUY", "type": "LIMIT", "size": "0.01", "price": str(60000 + i)} for i in range(3)],
    }
    placed = call(api, "POST", MASS, body=batch)["orderIds"]
    assert len(placed) == 3 and len(call(api, "GET", "/uapi/v1/trade/openOrders")["orders"]) == 3
    call(api, "DELETE", "/uapi/v1/trade/allOrders", body={"symbol": PERP})
    assert call(api, "GET", "/uapi/v1/trade/openOrders")["orders"] == []
    history = call(api, "GET", "/uapi/v1/trade/historyOrders", {"symbol": PERP})["orders"]
    assert len(history) == 4 and {o["status"] for o in history} == {"CLOSED"}
    assert usdt(api) == (Decimal(5000), Decimal(0))
    consistent(api)


def test_reduce_only_never_opens_or_grows_a_position(api: Api) -> None:
    empty_book(api)
    add_maker(api)
    transfer_in(api, "10000")
    refused(
        api,
        400,
        "TRADE_OPERATION_DENIED",
        "POST",
        ORDER,
        body={"symbol": PERP, "side": "SELL", "type": "LIMIT", "size": "0.1", "price": "65000", "reduceOnly": True},
    )
    place(api, who=MM, side="SELL", type="LIMIT", size="0.1", price="64000")
    place(api, side="BUY", type="LIMIT", size="0.1", price="64000")
    refused(
        api,
        400,
        "TRADE_OPERATION_DENIED",
        "POST",
        ORDER,
        body={"symbol": PERP, "side": "BUY", "type": "LIMIT", "size": "0.1", "price": "64000", "reduceOnly": True},
    )
    resting = place(api, side="SELL", type="LIMIT", size="0.3", price="65000", reduceOnly=True)
    order = call(api, "GET", ORDER, {"symbol": PERP, "orderId": resting})
    assert (order["origSize"], order["size"], order["status"]) == ("0.3000", "0.1000", "OPEN")
    # Another close empties the position: the resting reduce-only order can no longer reduce anything.
    place(api, who=MM, side="BUY", type="LIMIT", size="0.1", price="64100")
    place(api, side="SELL", type="MARKET_QTY", size="0.1")
    assert call(api, "GET", ORDER, {"symbol": PERP, "orderId": resting})["status"] == "CLOSED"
    assert positions(api) == []
    consistent(api)


# -- funding and liquidation ------------------------------------------------------------------------------


def test_funding_is_charged_at_every_funding_time_the_clock_passes(api: Api) -> None:
    empty_book(api)
    add_maker(api)
    transfer_in(api, "10000")
    place(api, who=MM, side="BUY", type="LIMIT", size="0.1", price="64000")
    place(api, side="SELL", type="LIMIT", size="0.1", price="64000")
    before = sum(usdt(api))
    api.clock.now = FIRST_FUNDING - 1
    assert call(api, "GET", FUNDING)["fundings"] == []
    api.clock.now = FIRST_FUNDING + 2 * FUNDING_INTERVAL_MS + 5
    fundings = call(api, "GET", FUNDING)["fundings"]
    times = [FIRST_FUNDING + 2 * FUNDING_INTERVAL_MS, FIRST_FUNDING + FUNDING_INTERVAL_MS, FIRST_FUNDING]
    assert [f["timestamp"] for f in fundings] == times
    futures = api.sandbox.engine(Futures)
    for record in fundings:
        moment = record["timestamp"]
        rate = futures.funding_rate(PERP, moment)
        # a short receives size x mark x rate when the rate is positive, pays when negative
        expected = (Decimal("0.1") * futures.mark_price(PERP, moment) * rate).quantize(Decimal("0.00000001"))
        assert (Decimal(record["fundingRate"]), Decimal(record["fundingFee"])) == (rate, expected)
    assert sum(usdt(api)) == before + sum(Decimal(f["fundingFee"]) for f in fundings)
    assert len(call(api, "GET", FUNDING, {"startTime": FIRST_FUNDING + 1, "limit": 5})["fundings"]) == 2
    rates = call(api, "GET", "/api/v1/market/fundingRates", {"symbol": PERP, "limit": 3})["rates"]
    assert [(r["fundingTime"], r["fundingRate"]) for r in rates] == [
        (f["timestamp"], f["fundingRate"]) for f in fundings
    ]


def test_an_isolated_position_whose_margin_runs_out_is_liquidated_at_the_mark(api: Api) -> None:
    empty_book(api)
    add_maker(api)
    transfer_in(api, "1000")
    call(api, "POST", ISOLATED, body={"symbol": PERP, "isolatedMode": "ISOLATED"})
    call(api, "POST", LEVERAGE, body={"symbol": PERP, "leverage": "100"})
    place(api, who=MM, side="BUY", type="LIMIT", size="0.5", price="64000")
    place(api, side="SELL", type="LIMIT", size="0.5", price="64000")
    # Short 0.5 at 64000 with 320 of margin, fee 16; at the mark 64672.4 the loss is 336.2 > 320 - maintenance.
    assert positions(api) == []
    (history,) = call(api, "GET", HISTORY, {"positionFlag": "TAKEOVER"})["positions"]
    assert history["sizeLiquidated"] == "0.5000" and history["amountLiquidated"] == "-32336.20000000"
    assert history["sizeTakeover"] == "0.5000" and history["isolatedMode"] == "ISOLATED_BOTH"
    fills = call(api, "GET", "/uapi/v1/trade/fills", {"symbol": PERP})["fills"]
    liquidation = fills[0]
    # fee 0.5 x 64672.4 x 0.005 = 161.681
    assert (liquidation["feeType"], liquidation["price"], liquidation["fee"]) == (
        "LIQUIDATION",
        "64672.4",
        "161.68100000",
    )
    order = call(api, "GET", ORDER, {"symbol": PERP, "orderId": liquidation["orderId"]})
    assert order["source"] == "SYSTEM" and order["side"] == "BUY"
    # The wallet keeps 1000 - 16 - 320; the margin (and no more) is lost.
    assert usdt(api) == (Decimal(664), Decimal(0))
    consistent(api)


def test_a_cross_account_is_liquidated_when_the_mark_moves_against_it(api: Api) -> None:
    empty_book(api)
    add_maker(api)
    transfer_in(api, "400")
    call(api, "POST", LEVERAGE, body={"symbol": PERP, "leverage": "50"})
    mark = Decimal(call(api, "GET", "/api/v1/market/indexes")["indexes"][0]["markPrice"])
    price = str(mark.quantize(Decimal(1)))
    place(api, who=MM, side="SELL", type="LIMIT", size="0.2", price=price)
    place(api, side="BUY", type="LIMIT", size="0.2", price=price)
    (position,) = positions(api)
    liquidation_price = Decimal(position["liquidationPrice"])
    assert Decimal(0) < liquidation_price < mark
    futures = api.sandbox.engine(Futures)
    moment = api.clock.now
    while futures.mark_price(PERP, moment) > liquidation_price - 50:
        moment += 60_000
        assert moment < api.clock.now + 90 * 24 * 3_600_000, "the mark never fell that far"
    api.clock.now = moment
    assert positions(api) == []
    (history,) = call(api, "GET", HISTORY)["positions"]
    assert history["sizeLiquidated"] == "-0.2000"
    assert call(api, "GET", "/uapi/v1/trade/fills", {"symbol": PERP})["fills"][0]["feeType"] == "LIQUIDATION"
    assert usdt(api)[0] >= 0
    consistent(api)


# -- refusals and authentication --------------------------------------------------------------------------


def test_refusals_use_pionexs_codes(api: Api) -> None:
    transfer_in(api, "1000")
    base = {"symbol": PERP, "side": "BUY", "type": "LIMIT", "size": "0.01", "price": "64000"}
    cases: list[tuple[str, dict[str, object]]] = [
        ("TRADE_INVALID_SYMBOL", {**base, "symbol": "BTC_USDT"}),
        ("TRADE_INVALID_SYMBOL", {**base, "symbol": "NOPE_PERP"}),
        ("TRADE_OPERATION_DENIED", {**base, "symbol": "ETH_USDT_PERP", "price": "3200"}),
        ("TRADE_PARAMETER_ERROR", {**base, "size": "0.00001"}),
        ("TRADE_PARAMETER_ERROR", {**base, "price": "64000.05"}),
        ("TRADE_PARAMETER_ERROR", {**base, "price": "80000"}),
        ("TRADE_PARAMETER_ERROR", {**base, "type": "MARKET"}),
        ("TRADE_PARAMETER_ERROR", {**base, "type": "MARKET_QTY"}),
        ("TRADE_PARAMETER_ERROR", {**base, "positionSide": "LONG"}),
        ("TRADE_PARAMETER_ERROR", {**base, "size": 0.01}),
        ("TRADE_PARAMETER_ERROR", {**base, "size": "0.0001", "price": "49000"}),  # 4.9 USDT < minNotional 5
        ("TRADE_OPERATION_DENIED", {**base, "size": "1"}),
    ]
    for code, body in cases:
        refused(api, 400, code, "POST", ORDER, body=body)
    refused(api, 400, "TRADE_PARAMETER_ERROR", "POST", LEVERAGE, body={"symbol": PERP, "leverage": "101"})
    refused(api, 400, "TRADE_PARAMETER_ERROR", "POST", LEVERAGE, body={"symbol": PERP, "leverage": 10})
    refused(api, 400, "TRADE_ORDER_NOT_FOUND", "GET", ORDER, {"symbol": PERP, "orderId": 99})
    refused(api, 400, "TRADE_INVALID_SYMBOL", "GET", POSITIONS, {"symbol": "BTC_USDT"})
    too_much = {"fromAccount": "TRADE", "toAccount": "MAIN", "currency": "USDT", "amount": "1000.00000001"}
    refused(api, 400, "TRADE_OPERATION_DENIED", "POST", TRANSFER_PATH, body=too_much)
    refused(
        api, 400, "TRADE_PARAMETER_ERROR", "POST", TRANSFER_PATH, body={**too_much, "currency": "BTC", "amount": "1"}
    )
    refused(api, 400, "TRADE_PARAMETER_ERROR", "POST", TRANSFER_PATH, body={**too_much, "toAccount": "TRADE"})
    refused(api, 400, "MARKET_INVALID_SYMBOL", "GET", "/api/v1/market/indexes", {"symbol": "BTC_USDT"})
    refused(api, 400, "MARKET_PARAMETER_ERROR", "GET", "/api/v1/market/markKlines", {"symbol": PERP, "interval": "2M"})
    refused(api, 400, "MARKET_PARAMETER_ERROR", "GET", "/api/v1/market/fundingRates", {"symbol": PERP, "limit": 501})
    assert api.sandbox.engine(Futures).orders == {}


def test_transfers_are_found_by_client_id_and_refused_twice(api: Api) -> None:
    body = {
        "fromAccount": "MAIN",
        "toAccount": "TRADE",
        "currency": "USDT",
        "amount": "12.5",
        "clientId": "t-1",
        "comment": "first",
    }
    created = call(api, "POST", TRANSFER_PATH, body=body)
    assert created["status"] == "COMPLETED"
    record = call(api, "GET", TRANSFER_PATH, {"clientId": "t-1"})
    assert record == {
        "transferId": created["transferId"],
        "fromAccount": "MAIN",
        "toAccount": "TRADE",
        "currency": "USDT",
        "amount": "12.50000000",
        "clientId": "t-1",
        "status": "COMPLETED",
        "reason": "OPENAPI",
        "comment": "first",
        "timestamp": FROZEN_MS,
    }
    refused(api, 400, "TRADE_PARAMETER_ERROR", "POST", TRANSFER_PATH, body=body)
    refused(api, 400, "TRADE_PARAMETER_ERROR", "GET", TRANSFER_PATH, {"clientId": "t-2"})
    assert spot_usdt(api) == Decimal("99987.5")
    # clientId is optional (as in Pionex's file): without it, the newest transfer.
    assert call(api, "GET", TRANSFER_PATH) == record
    back = call(
        api, "POST", TRANSFER_PATH, body={**body, "fromAccount": "TRADE", "toAccount": "MAIN", "clientId": "t-3"}
    )
    assert call(api, "GET", TRANSFER_PATH)["transferId"] == back["transferId"]


def test_the_transfer_lookup_without_a_client_id_needs_a_transfer(api: Api) -> None:
    message = refused(api, 400, "TRADE_PARAMETER_ERROR", "GET", TRANSFER_PATH)
    assert "no transfer" in message


def test_futures_operations_need_the_right_key_permission(api: Api) -> None:
    readonly: dict[str, Any] = {"key": READONLY_API_KEY, "secret": READONLY_API_SECRET}
    api.sandbox.add_account("no-transfer", "nt-key", "nt-secret", (READ, TRADE), {"USDT": Decimal(10)})
    call(api, "GET", BALANCES, **readonly)
    refused(api, 401, "PERMISSION_DENIED", "POST", ORDER, body={"symbol": PERP}, **readonly)
    body = {"fromAccount": "MAIN", "toAccount": "TRADE", "currency": "USDT", "amount": "1"}
    message = refused(api, 401, "PERMISSION_DENIED", "POST", TRANSFER_PATH, body=body, key="nt-key", secret="nt-secret")
    assert "transfer" in message
    refused(api, 401, "APIKEY_LOST", "GET", POSITIONS, key=None)
    refused(api, 401, "INVALID_SIGNATURE", "GET", POSITIONS, sign_with="wrong")
    refused(api, 401, "INVALID_TIMESTAMP", "GET", POSITIONS, timestamp=FROZEN_MS - 60_000)
    permissions = {op.operation_id: op.permission for op in OPERATIONS if op.operation_id in FUTURES_IDS}
    assert permissions["futuresCreateTransfer"] == "transfer"
    assert {i for i, p in permissions.items() if p == "trade"} == {
        "futuresPlaceOrder",
        "futuresCancelOrder",
        "futuresBatchPlaceOrders",
        "futuresCancelAllOrders",
        "futuresTransferIsolateMargin",
        "futuresUpdateLeverage",
        "futuresUpdatePositionMode",
        "futuresUpdateIsolatedMode",
    }
    public = {i for i, p in permissions.items() if p is None}
    assert public == {
        "futuresGetRiskTable",
        "futuresGetBookTicker",
        "futuresGetIndexKlines",
        "futuresGetMarkKlines",
        "futuresGetFundingRates",
        "futuresGetIndexes",
        "futuresGetOpenInterests",
    }


# -- market data and coverage -----------------------------------------------------------------------------


def test_market_data_of_perpetual_pairs(api: Api) -> None:
    table = call(api, "GET", "/api/v1/common/riskTable", {"symbol": PERP})["symbols"]
    rows = table[0]["rows"]
    assert rows[0] == {
        "rowNum": 1,
        "notionalLimit": "50000",
        "maxLeverage": "100",
        "maintMarginRatio": "0.005",
        "quickDeduction": "0",
    }
    assert rows[1]["quickDeduction"] == "250"  # 50000 x (0.01 - 0.005)
    assert len(call(api, "GET", "/api/v1/common/riskTable")["symbols"]) == 2
    (index,) = call(api, "GET", "/api/v1/market/indexes", {"symbol": PERP})["indexes"]
    assert index == {
        "symbol": PERP,
        "indexPrice": "64695.0",
        "markPrice": "64672.4",
        "nextFundingRate": "-0.00024933",
        "nextFundingTime": FIRST_FUNDING,
        "updateTime": FROZEN_MS,
    }
    marks = call(api, "GET", "/api/v1/market/markKlines", {"symbol": PERP, "interval": "1M", "limit": 3})["klines"]
    assert [k["time"] for k in marks] == [str(FROZEN_MS - 20_000 - 60_000 * i) for i in range(3)]
    assert marks[0]["open"] == api.sandbox.engine(Futures).mark_price(PERP, FROZEN_MS - 20_000).to_eng_string()
    indexes = call(api, "GET", "/api/v1/market/indexKlines", {"symbol": PERP, "interval": "1D", "limit": 2})["klines"]
    assert len(indexes) == 2 and all(Decimal(k["low"]) <= Decimal(k["high"]) for k in indexes)
    tickers = call(api, "GET", "/api/v1/market/bookTicker")["tickers"]
    assert [t["symbol"] for t in tickers] == ["BTC_USDT_PERP", "ETH_USDT_PERP"]
    spot = call(api, "GET", "/api/v1/market/bookTicker", {"type": "SPOT"})["tickers"]
    assert [t["symbol"] for t in spot] == ["BTC_USDT", "ETH_BTC", "ETH_USDT", "SOL_USDT"]
    interests = call(api, "GET", "/api/v1/market/openInterests")["openInterests"]
    assert [i["symbol"] for i in interests] == ["BTC_USDT_PERP", "ETH_USDT_PERP"]


def test_the_shared_market_operations_serve_perpetual_pairs(api: Api) -> None:
    symbols = api.ok(api.public("/api/v1/common/symbols", type="PERP"))["symbols"]
    assert {s["symbol"] for s in symbols} == {"BTC_USDT_PERP", "ETH_USDT_PERP"}
    assert all(s["contractType"] == "PERPETUAL" for s in symbols)
    tickers = api.ok(api.public("/api/v1/market/tickers", type="PERP"))["tickers"]
    assert [t["symbol"] for t in tickers] == ["BTC_USDT_PERP", "ETH_USDT_PERP"]
    assert api.ok(api.public("/api/v1/market/depth", symbol=PERP, limit=5))["bids"]
    assert api.ok(api.public("/api/v1/market/klines", symbol=PERP, interval="5M", limit=2))["klines"]
    # futures fills land on the perpetual pair's public tape
    transfer_in(api, "5000")
    place(api, side="BUY", type="MARKET_QTY", size="0.01")
    trades = api.ok(api.public("/api/v1/market/trades", symbol=PERP, limit=10))["trades"]
    assert trades[0]["side"] == "BUY" and trades[0]["timestamp"] == FROZEN_MS and trades[0]["size"] == "0.0100"


def test_every_futures_operation_answers(api: Api) -> None:
    SEEN.clear()
    empty_book(api)
    add_maker(api)
    transfer_in(api, "10000")
    test_market_data_of_perpetual_pairs(api)
    call(api, "GET", "/api/v1/market/fundingRates", {"symbol": PERP})
    call(api, "GET", MODE)
    call(api, "POST", MODE, body={"positionMode": "BUYSELL"})
    call(api, "GET", ISOLATED, {"symbol": PERP})
    call(api, "POST", ISOLATED, body={"symbol": PERP, "isolatedMode": "ISOLATED"})
    call(api, "GET", LEVERAGE, {"symbol": PERP})
    call(api, "POST", LEVERAGE, body={"symbol": PERP, "leverage": "20"})
    place(api, who=MM, side="SELL", type="LIMIT", size="0.1", price="64000")
    order_id = place(api, side="BUY", type="LIMIT", size="0.1", price="64000", clientOrderId="c-1")
    call(api, "GET", ORDER, {"symbol": PERP, "orderId": order_id})
    call(api, "GET", "/uapi/v1/trade/orderByClientOrderId", {"symbol": PERP, "clientOrderId": "c-1"})
    call(api, "GET", "/uapi/v1/trade/fillsByOrderId", {"symbol": PERP, "orderId": order_id})
    call(api, "GET", "/uapi/v1/trade/fills", {"symbol": PERP})
    move = {
        "symbol": PERP,
        "isolatedMode": "ISOLATED_BOTH",
        "coin": "USDT",
        "direction": "IN",
        "amount": "5",
        "clientId": "i",
    }
    call(api, "POST", MARGIN, body=move)
    call(api, "GET", BALANCES)
    call(api, "GET", POSITIONS)
    call(api, "GET", "/uapi/v1/account/detail")
    rest = call(
        api,
        "POST",
        MASS,
        body={
            "symbol": PERP,
            "orders": [{"side": "BUY", "type": "LIMIT", "size": "0.01", "price": "63000", "clientOrderId": "b-1"}],
        },
    )
    call(api, "GET", "/uapi/v1/trade/openOrders", {"symbol": PERP})
    call(api, "DELETE", ORDER, body={"symbol": PERP, "orderId": rest["orderIds"][0]["orderId"]})
    call(api, "DELETE", "/uapi/v1/trade/allOrders", body={"symbol": PERP})
    call(api, "GET", "/uapi/v1/trade/historyOrders")
    api.clock.now = FIRST_FUNDING
    call(api, "GET", FUNDING)
    place(api, who=MM, side="BUY", type="LIMIT", size="0.1", price="64500")
    place(api, side="SELL", type="LIMIT", size="0.1", price="64500", reduceOnly=True)
    call(api, "GET", HISTORY)
    call(
        api,
        "POST",
        TRANSFER_PATH,
        body={"fromAccount": "TRADE", "toAccount": "MAIN", "currency": "USDT", "amount": "1", "clientId": "x"},
    )
    call(api, "GET", TRANSFER_PATH, {"clientId": "x"})
    call(api, "GET", "/api/v1/assets/transfers", {"limit": 1})
    assert SEEN == FUTURES_IDS
    assert len(FUTURES_IDS) == 32
    consistent(api)


def test_fee_rate_is_the_documented_constant() -> None:
    assert FUTURES_FEE_RATE == Decimal("0.0005")


def test_ioc_fok_and_post_only_orders(api: Api) -> None:
    empty_book(api)
    add_maker(api)
    transfer_in(api, "10000")
    place(api, who=MM, side="SELL", type="LIMIT", size="0.1", price="64000")
    # FOK for more than the book holds: closed at once, nothing filled, no margin held.
    fok = place(api, side="BUY", type="FOK", size="0.2", price="64000")
    assert call(api, "GET", ORDER, {"symbol": PERP, "orderId": fok})["filledSize"] == "0.0000"
    assert call(api, "GET", ORDER, {"symbol": PERP, "orderId": fok})["status"] == "CLOSED"
    # POSTONLY that would take liquidity: closed without a fill.
    post = place(api, side="BUY", type="POSTONLY", size="0.1", price="64000")
    assert call(api, "GET", ORDER, {"symbol": PERP, "orderId": post})["status"] == "CLOSED"
    assert usdt(api) == (Decimal(10000), Decimal(0))
    # IOC takes what there is and drops the rest.
    ioc = place(api, side="BUY", type="IOC", size="0.3", price="64000")
    order = call(api, "GET", ORDER, {"symbol": PERP, "orderId": ioc})
    assert (order["filledSize"], order["status"], order["type"]) == ("0.1000", "CLOSED", "IOC")
    # POSTONLY that rests: a maker order.
    resting = place(api, side="BUY", type="POSTONLY", size="0.1", price="63000")
    assert call(api, "GET", ORDER, {"symbol": PERP, "orderId": resting})["status"] == "OPEN"
    place(api, who=MM, side="SELL", type="MARKET_QTY", size="0.1")
    fills = call(api, "GET", "/uapi/v1/trade/fillsByOrderId", {"symbol": PERP, "orderId": resting})["fills"]
    assert [(f["role"], f["price"]) for f in fills] == [("MAKER", "63000.0")]
    assert positions(api)[0]["netSize"] == "0.2000"
    consistent(api)


def test_a_closed_short_is_recorded_as_short(api: Api) -> None:
    empty_book(api)
    add_maker(api)
    transfer_in(api, "10000")
    place(api, who=MM, side="BUY", type="LIMIT", size="0.1", price="64000")
    place(api, side="SELL", type="LIMIT", size="0.1", price="64000")
    place(api, who=MM, side="SELL", type="LIMIT", size="0.1", price="63900")
    place(api, side="BUY", type="LIMIT", size="0.1", price="63900")
    (history,) = call(api, "GET", HISTORY)["positions"]
    # a short closed 100 lower: +10 realized
    assert history["positionSide"] == "SHORT" and history["amountSettled"] == "-10.00000000"


def test_replies_are_reproducible_on_a_frozen_clock() -> None:
    def run() -> list[bytes]:
        clock = Clock()
        bodies: list[bytes] = []
        for api in open_api(create_app(seed=7, clock=clock), clock):
            transfer_in(api, "5000")
            place(api, side="BUY", type="MARKET_QTY", size="0.01")
            api.clock.now = FIRST_FUNDING + 1
            for path in (POSITIONS, BALANCES, FUNDING, "/uapi/v1/account/detail"):
                bodies.append(api.private("GET", path).content)
            bodies.append(api.public("/api/v1/market/indexes").content)
        return bodies

    assert run() == run()


def test_batches_are_all_or_nothing_and_leverage_follows_the_risk_tiers(api: Api) -> None:
    transfer_in(api, "3000")
    batch = {
        "symbol": PERP,
        "orders": [
            {"side": "BUY", "type": "LIMIT", "size": "0.1", "price": "60000", "clientOrderId": "b-1"},
            {"side": "BUY", "type": "LIMIT", "size": "0.2", "price": "60000"},  # 1200 + 2400 > 3000
        ],
    }
    message = refused(api, 400, "TRADE_OPERATION_DENIED", "POST", MASS, body=batch)
    assert message.startswith("orders[1]:")
    assert api.sandbox.engine(Futures).orders == {}
    batch["orders"] = [{**batch["orders"][0], "type": "MARKET_QTY"}]
    refused(api, 400, "TRADE_PARAMETER_ERROR", "POST", MASS, body=batch)
    # At leverage 100 a position may hold at most 50000 USDT of notional (tier 1).
    call(api, "POST", LEVERAGE, body={"symbol": PERP, "leverage": "100"})
    big = {"symbol": PERP, "side": "BUY", "type": "LIMIT", "size": "0.8", "price": "64000"}
    assert "risk limit" in refused(api, 400, "TRADE_OPERATION_DENIED", "POST", ORDER, body=big)
    place(api, side="BUY", type="LIMIT", size="0.7", price="60000")  # 42000 USDT, margin 420
    refused(api, 400, "TRADE_OPERATION_DENIED", "POST", LEVERAGE, body={"symbol": PERP, "leverage": "50"})
    consistent(api)


def test_hedge_mode_isolated_positions_have_their_own_margin(api: Api) -> None:
    empty_book(api)
    add_maker(api)
    transfer_in(api, "10000")
    call(api, "POST", MODE, body={"positionMode": "OPENCLOSE"})
    call(api, "POST", ISOLATED, body={"symbol": PERP, "isolatedMode": "ISOLATED"})
    place(api, who=MM, side="SELL", type="LIMIT", size="0.1", price="64000")
    place(api, side="BUY", positionSide="LONG", type="LIMIT", size="0.1", price="64000")
    place(api, who=MM, side="BUY", type="LIMIT", size="0.1", price="64000")
    place(api, side="SELL", positionSide="SHORT", type="LIMIT", size="0.1", price="64000")
    isolates = {entry["isolatedMode"]: entry["balances"][0]["free"] for entry in call(api, "GET", BALANCES)["isolates"]}
    assert isolates == {"ISOLATED_LONG": "1280.00000000", "ISOLATED_SHORT": "1280.00000000"}  # 6400 / 5 each
    move = {"symbol": PERP, "coin": "USDT", "direction": "IN", "amount": "20"}
    call(api, "POST", MARGIN, body={**move, "isolatedMode": "ISOLATED_SHORT", "clientId": "s"})
    refused(
        api,
        400,
        "TRADE_OPERATION_DENIED",
        "POST",
        MARGIN,
        body={**move, "isolatedMode": "ISOLATED_BOTH", "clientId": "b"},
    )
    isolates = {entry["isolatedMode"]: entry["balances"][0]["free"] for entry in call(api, "GET", BALANCES)["isolates"]}
    assert isolates == {"ISOLATED_LONG": "1280.00000000", "ISOLATED_SHORT": "1300.00000000"}
    # 10000 - 2 x 1280 - 2 x 3.2 fees - 20
    assert usdt(api) == (Decimal("7413.6"), Decimal(0))
    consistent(api)
