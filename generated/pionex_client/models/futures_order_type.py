from typing import Literal

FuturesOrderType = Literal["FOK", "IOC", "LIMIT", "MARKET_QTY", "POSTONLY"]

FUTURES_ORDER_TYPE_VALUES: set[FuturesOrderType] = {
    "FOK",
    "IOC",
    "LIMIT",
    "MARKET_QTY",
    "POSTONLY",
}


def check_futures_order_type(value: str) -> FuturesOrderType:
    if value in FUTURES_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_TYPE_VALUES!r}"
    )
