from typing import Literal

HistoryPositionPositionSide = Literal["LONG", "SHORT"]

HISTORY_POSITION_POSITION_SIDE_VALUES: set[HistoryPositionPositionSide] = {
    "LONG",
    "SHORT",
}


def check_history_position_position_side(value: str) -> HistoryPositionPositionSide:
    if value in HISTORY_POSITION_POSITION_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HISTORY_POSITION_POSITION_SIDE_VALUES!r}"
    )
