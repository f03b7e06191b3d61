from typing import Literal

SpotGridOrderDataGridType = Literal["arithmetic", "geometric"]

SPOT_GRID_ORDER_DATA_GRID_TYPE_VALUES: set[SpotGridOrderDataGridType] = {
    "arithmetic",
    "geometric",
}


def check_spot_grid_order_data_grid_type(value: str) -> SpotGridOrderDataGridType:
    if value in SPOT_GRID_ORDER_DATA_GRID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_ORDER_DATA_GRID_TYPE_VALUES!r}"
    )
