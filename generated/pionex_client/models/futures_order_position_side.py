from typing import Literal

FuturesOrderPositionSide = Literal["BOTH", "LONG", "SHORT"]

FUTURES_ORDER_POSITION_SIDE_VALUES: set[FuturesOrderPositionSide] = {
    "BOTH",
    "LONG",
    "SHORT",
}


def check_futures_order_position_side(value: str) -> FuturesOrderPositionSide:
    if value in FUTURES_ORDER_POSITION_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_POSITION_SIDE_VALUES!r}"
    )
