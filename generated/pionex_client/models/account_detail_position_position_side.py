from typing import Literal

AccountDetailPositionPositionSide = Literal["LONG", "SHORT"]

ACCOUNT_DETAIL_POSITION_POSITION_SIDE_VALUES: set[AccountDetailPositionPositionSide] = {
    "LONG",
    "SHORT",
}


def check_account_detail_position_position_side(
    value: str,
) -> AccountDetailPositionPositionSide:
    if value in ACCOUNT_DETAIL_POSITION_POSITION_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACCOUNT_DETAIL_POSITION_POSITION_SIDE_VALUES!r}"
    )
