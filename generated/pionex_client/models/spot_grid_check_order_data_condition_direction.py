from typing import Literal

SpotGridCheckOrderDataConditionDirection = Literal["-1", "1"]

SPOT_GRID_CHECK_ORDER_DATA_CONDITION_DIRECTION_VALUES: set[
    SpotGridCheckOrderDataConditionDirection
] = {
    "-1",
    "1",
}


def check_spot_grid_check_order_data_condition_direction(
    value: str,
) -> SpotGridCheckOrderDataConditionDirection:
    if value in SPOT_GRID_CHECK_ORDER_DATA_CONDITION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_CHECK_ORDER_DATA_CONDITION_DIRECTION_VALUES!r}"
    )
