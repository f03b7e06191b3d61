from typing import Literal

FuturesUpdatePositionModeBodyPositionMode = Literal["BUYSELL", "OPENCLOSE"]

FUTURES_UPDATE_POSITION_MODE_BODY_POSITION_MODE_VALUES: set[
    FuturesUpdatePositionModeBodyPositionMode
] = {
    "BUYSELL",
    "OPENCLOSE",
}


def check_futures_update_position_mode_body_position_mode(
    value: str,
) -> FuturesUpdatePositionModeBodyPositionMode:
    if value in FUTURES_UPDATE_POSITION_MODE_BODY_POSITION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_UPDATE_POSITION_MODE_BODY_POSITION_MODE_VALUES!r}"
    )
