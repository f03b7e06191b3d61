from typing import Literal

SpotGridCreateOrderDataGridType = Literal["arithmetic", "geometric"]

SPOT_GRID_CREATE_ORDER_DATA_GRID_TYPE_VALUES: set[SpotGridCreateOrderDataGridType] = {
    "arithmetic",
    "geometric",
}


def check_spot_grid_create_order_data_grid_type(
    value: str,
) -> SpotGridCreateOrderDataGridType:
    if value in SPOT_GRID_CREATE_ORDER_DATA_GRID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_CREATE_ORDER_DATA_GRID_TYPE_VALUES!r}"
    )
