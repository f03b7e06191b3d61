from typing import Literal

FuturesFillSide = Literal["BUY", "SELL"]

FUTURES_FILL_SIDE_VALUES: set[FuturesFillSide] = {
    "BUY",
    "SELL",
}


def check_futures_fill_side(value: str) -> FuturesFillSide:
    if value in FUTURES_FILL_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_FILL_SIDE_VALUES!r}"
    )
