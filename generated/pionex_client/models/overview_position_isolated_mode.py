from typing import Literal

OverviewPositionIsolatedMode = Literal[
    "CROSS", "ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"
]

OVERVIEW_POSITION_ISOLATED_MODE_VALUES: set[OverviewPositionIsolatedMode] = {
    "CROSS",
    "ISOLATED_BOTH",
    "ISOLATED_LONG",
    "ISOLATED_SHORT",
}


def check_overview_position_isolated_mode(value: str) -> OverviewPositionIsolatedMode:
    if value in OVERVIEW_POSITION_ISOLATED_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OVERVIEW_POSITION_ISOLATED_MODE_VALUES!r}"
    )
