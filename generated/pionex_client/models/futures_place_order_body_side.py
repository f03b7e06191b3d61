from typing import Literal

FuturesPlaceOrderBodySide = Literal["BUY", "SELL"]

FUTURES_PLACE_ORDER_BODY_SIDE_VALUES: set[FuturesPlaceOrderBodySide] = {
    "BUY",
    "SELL",
}


def check_futures_place_order_body_side(value: str) -> FuturesPlaceOrderBodySide:
    if value in FUTURES_PLACE_ORDER_BODY_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLACE_ORDER_BODY_SIDE_VALUES!r}"
    )
