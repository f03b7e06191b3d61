from typing import Literal

FuturesUpdateIsolatedModeBodyIsolatedMode = Literal["CROSS", "ISOLATED"]

FUTURES_UPDATE_ISOLATED_MODE_BODY_ISOLATED_MODE_VALUES: set[
    FuturesUpdateIsolatedModeBodyIsolatedMode
] = {
    "CROSS",
    "ISOLATED",
}


def check_futures_update_isolated_mode_body_isolated_mode(
    value: str,
) -> FuturesUpdateIsolatedModeBodyIsolatedMode:
    if value in FUTURES_UPDATE_ISOLATED_MODE_BODY_ISOLATED_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_UPDATE_ISOLATED_MODE_BODY_ISOLATED_MODE_VALUES!r}"
    )
