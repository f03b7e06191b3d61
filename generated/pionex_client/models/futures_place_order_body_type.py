from typing import Literal

FuturesPlaceOrderBodyType = Literal["FOK", "IOC", "LIMIT", "MARKET_QTY", "POSTONLY"]

FUTURES_PLACE_ORDER_BODY_TYPE_VALUES: set[FuturesPlaceOrderBodyType] = {
    "FOK",
    "IOC",
    "LIMIT",
    "MARKET_QTY",
    "POSTONLY",
}


def check_futures_place_order_body_type(value: str) -> FuturesPlaceOrderBodyType:
    if value in FUTURES_PLACE_ORDER_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLACE_ORDER_BODY_TYPE_VALUES!r}"
    )
