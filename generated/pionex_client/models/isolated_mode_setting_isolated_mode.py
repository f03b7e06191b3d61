from typing import Literal

IsolatedModeSettingIsolatedMode = Literal["CROSS", "ISOLATED"]

ISOLATED_MODE_SETTING_ISOLATED_MODE_VALUES: set[IsolatedModeSettingIsolatedMode] = {
    "CROSS",
    "ISOLATED",
}


def check_isolated_mode_setting_isolated_mode(
    value: str,
) -> IsolatedModeSettingIsolatedMode:
    if value in ISOLATED_MODE_SETTING_ISOLATED_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ISOLATED_MODE_SETTING_ISOLATED_MODE_VALUES!r}"
    )
