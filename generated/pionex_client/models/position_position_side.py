from typing import Literal

PositionPositionSide = Literal["LONG", "SHORT"]

POSITION_POSITION_SIDE_VALUES: set[PositionPositionSide] = {
    "LONG",
    "SHORT",
}


def check_position_position_side(value: str) -> PositionPositionSide:
    if value in POSITION_POSITION_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POSITION_POSITION_SIDE_VALUES!r}"
    )
