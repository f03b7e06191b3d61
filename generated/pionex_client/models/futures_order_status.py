from typing import Literal

FuturesOrderStatus = Literal["CLOSED", "OPEN"]

FUTURES_ORDER_STATUS_VALUES: set[FuturesOrderStatus] = {
    "CLOSED",
    "OPEN",
}


def check_futures_order_status(value: str) -> FuturesOrderStatus:
    if value in FUTURES_ORDER_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_STATUS_VALUES!r}"
    )
