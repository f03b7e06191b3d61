from typing import Literal

FuturesGridCreateOrderDataConditionDirection = Literal["-1", "1"]

FUTURES_GRID_CREATE_ORDER_DATA_CONDITION_DIRECTION_VALUES: set[
    FuturesGridCreateOrderDataConditionDirection
] = {
    "-1",
    "1",
}


def check_futures_grid_create_order_data_condition_direction(
    value: str,
) -> FuturesGridCreateOrderDataConditionDirection:
    if value in FUTURES_GRID_CREATE_ORDER_DATA_CONDITION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_CREATE_ORDER_DATA_CONDITION_DIRECTION_VALUES!r}"
    )
