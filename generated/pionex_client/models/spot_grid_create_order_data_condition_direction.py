from typing import Literal

SpotGridCreateOrderDataConditionDirection = Literal["-1", "1"]

SPOT_GRID_CREATE_ORDER_DATA_CONDITION_DIRECTION_VALUES: set[
    SpotGridCreateOrderDataConditionDirection
] = {
    "-1",
    "1",
}


def check_spot_grid_create_order_data_condition_direction(
    value: str,
) -> SpotGridCreateOrderDataConditionDirection:
    if value in SPOT_GRID_CREATE_ORDER_DATA_CONDITION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_CREATE_ORDER_DATA_CONDITION_DIRECTION_VALUES!r}"
    )
