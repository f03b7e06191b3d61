from typing import Literal

AccountDetailPositionIsolatedMode = Literal[
    "CROSS", "ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"
]

ACCOUNT_DETAIL_POSITION_ISOLATED_MODE_VALUES: set[AccountDetailPositionIsolatedMode] = {
    "CROSS",
    "ISOLATED_BOTH",
    "ISOLATED_LONG",
    "ISOLATED_SHORT",
}


def check_account_detail_position_isolated_mode(
    value: str,
) -> AccountDetailPositionIsolatedMode:
    if value in ACCOUNT_DETAIL_POSITION_ISOLATED_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACCOUNT_DETAIL_POSITION_ISOLATED_MODE_VALUES!r}"
    )
