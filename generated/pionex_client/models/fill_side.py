from typing import Literal

FillSide = Literal["BUY", "SELL"]

FILL_SIDE_VALUES: set[FillSide] = {
    "BUY",
    "SELL",
}


def check_fill_side(value: str) -> FillSide:
    if value in FILL_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILL_SIDE_VALUES!r}")
