from typing import Literal

HistoryPositionIsolatedMode = Literal[
    "CROSS", "ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"
]

HISTORY_POSITION_ISOLATED_MODE_VALUES: set[HistoryPositionIsolatedMode] = {
    "CROSS",
    "ISOLATED_BOTH",
    "ISOLATED_LONG",
    "ISOLATED_SHORT",
}


def check_history_position_isolated_mode(value: str) -> HistoryPositionIsolatedMode:
    if value in HISTORY_POSITION_ISOLATED_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HISTORY_POSITION_ISOLATED_MODE_VALUES!r}"
    )
