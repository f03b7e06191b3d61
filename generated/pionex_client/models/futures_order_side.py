from typing import Literal

FuturesOrderSide = Literal["BUY", "SELL"]

FUTURES_ORDER_SIDE_VALUES: set[FuturesOrderSide] = {
    "BUY",
    "SELL",
}


def check_futures_order_side(value: str) -> FuturesOrderSide:
    if value in FUTURES_ORDER_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_SIDE_VALUES!r}"
    )
