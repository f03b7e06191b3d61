from typing import Literal

OverviewPositionPositionSide = Literal["LONG", "SHORT"]

OVERVIEW_POSITION_POSITION_SIDE_VALUES: set[OverviewPositionPositionSide] = {
    "LONG",
    "SHORT",
}


def check_overview_position_position_side(value: str) -> OverviewPositionPositionSide:
    if value in OVERVIEW_POSITION_POSITION_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OVERVIEW_POSITION_POSITION_SIDE_VALUES!r}"
    )
