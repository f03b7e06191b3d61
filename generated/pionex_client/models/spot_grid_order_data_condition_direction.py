from typing import Literal

SpotGridOrderDataConditionDirection = Literal["-1", "1"]

SPOT_GRID_ORDER_DATA_CONDITION_DIRECTION_VALUES: set[
    SpotGridOrderDataConditionDirection
] = {
    "-1",
    "1",
}


def check_spot_grid_order_data_condition_direction(
    value: str,
) -> SpotGridOrderDataConditionDirection:
    if value in SPOT_GRID_ORDER_DATA_CONDITION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_ORDER_DATA_CONDITION_DIRECTION_VALUES!r}"
    )
