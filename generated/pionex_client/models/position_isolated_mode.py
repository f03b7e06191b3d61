from typing import Literal

PositionIsolatedMode = Literal[
    "CROSS", "ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"
]

POSITION_ISOLATED_MODE_VALUES: set[PositionIsolatedMode] = {
    "CROSS",
    "ISOLATED_BOTH",
    "ISOLATED_LONG",
    "ISOLATED_SHORT",
}


def check_position_isolated_mode(value: str) -> PositionIsolatedMode:
    if value in POSITION_ISOLATED_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POSITION_ISOLATED_MODE_VALUES!r}"
    )
