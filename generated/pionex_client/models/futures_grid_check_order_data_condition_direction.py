from typing import Literal

FuturesGridCheckOrderDataConditionDirection = Literal["-1", "1"]

FUTURES_GRID_CHECK_ORDER_DATA_CONDITION_DIRECTION_VALUES: set[
    FuturesGridCheckOrderDataConditionDirection
] = {
    "-1",
    "1",
}


def check_futures_grid_check_order_data_condition_direction(
    value: str,
) -> FuturesGridCheckOrderDataConditionDirection:
    if value in FUTURES_GRID_CHECK_ORDER_DATA_CONDITION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_CHECK_ORDER_DATA_CONDITION_DIRECTION_VALUES!r}"
    )
