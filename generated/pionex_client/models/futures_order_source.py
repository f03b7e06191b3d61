from typing import Literal

FuturesOrderSource = Literal["API", "MANUAL", "SYSTEM", "TRIGGER"]

FUTURES_ORDER_SOURCE_VALUES: set[FuturesOrderSource] = {
    "API",
    "MANUAL",
    "SYSTEM",
    "TRIGGER",
}


def check_futures_order_source(value: str) -> FuturesOrderSource:
    if value in FUTURES_ORDER_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_SOURCE_VALUES!r}"
    )
