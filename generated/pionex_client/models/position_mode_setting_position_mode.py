from typing import Literal

PositionModeSettingPositionMode = Literal["BUYSELL", "OPENCLOSE"]

POSITION_MODE_SETTING_POSITION_MODE_VALUES: set[PositionModeSettingPositionMode] = {
    "BUYSELL",
    "OPENCLOSE",
}


def check_position_mode_setting_position_mode(
    value: str,
) -> PositionModeSettingPositionMode:
    if value in POSITION_MODE_SETTING_POSITION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POSITION_MODE_SETTING_POSITION_MODE_VALUES!r}"
    )
