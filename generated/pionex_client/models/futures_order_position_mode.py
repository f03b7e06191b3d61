from typing import Literal

FuturesOrderPositionMode = Literal["BUYSELL", "OPENCLOSE"]

FUTURES_ORDER_POSITION_MODE_VALUES: set[FuturesOrderPositionMode] = {
    "BUYSELL",
    "OPENCLOSE",
}


def check_futures_order_position_mode(value: str) -> FuturesOrderPositionMode:
    if value in FUTURES_ORDER_POSITION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_POSITION_MODE_VALUES!r}"
    )
