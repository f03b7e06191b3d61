from typing import Literal

SpotGridCheckOrderDataGridType = Literal["arithmetic", "geometric"]

SPOT_GRID_CHECK_ORDER_DATA_GRID_TYPE_VALUES: set[SpotGridCheckOrderDataGridType] = {
    "arithmetic",
    "geometric",
}


def check_spot_grid_check_order_data_grid_type(
    value: str,
) -> SpotGridCheckOrderDataGridType:
    if value in SPOT_GRID_CHECK_ORDER_DATA_GRID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_CHECK_ORDER_DATA_GRID_TYPE_VALUES!r}"
    )
