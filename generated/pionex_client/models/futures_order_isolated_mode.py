from typing import Literal

FuturesOrderIsolatedMode = Literal[
    "CROSS", "ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"
]

FUTURES_ORDER_ISOLATED_MODE_VALUES: set[FuturesOrderIsolatedMode] = {
    "CROSS",
    "ISOLATED_BOTH",
    "ISOLATED_LONG",
    "ISOLATED_SHORT",
}


def check_futures_order_isolated_mode(value: str) -> FuturesOrderIsolatedMode:
    if value in FUTURES_ORDER_ISOLATED_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_ISOLATED_MODE_VALUES!r}"
    )
