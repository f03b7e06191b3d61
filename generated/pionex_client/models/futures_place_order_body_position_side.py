from typing import Literal

FuturesPlaceOrderBodyPositionSide = Literal["BOTH", "LONG", "SHORT"]

FUTURES_PLACE_ORDER_BODY_POSITION_SIDE_VALUES: set[
    FuturesPlaceOrderBodyPositionSide
] = {
    "BOTH",
    "LONG",
    "SHORT",
}


def check_futures_place_order_body_position_side(
    value: str,
) -> FuturesPlaceOrderBodyPositionSide:
    if value in FUTURES_PLACE_ORDER_BODY_POSITION_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLACE_ORDER_BODY_POSITION_SIDE_VALUES!r}"
    )
