from typing import Literal

FuturesGridOrderDataGridType = Literal["arithmetic", "geometric"]

FUTURES_GRID_ORDER_DATA_GRID_TYPE_VALUES: set[FuturesGridOrderDataGridType] = {
    "arithmetic",
    "geometric",
}


def check_futures_grid_order_data_grid_type(value: str) -> FuturesGridOrderDataGridType:
    if value in FUTURES_GRID_ORDER_DATA_GRID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_GRID_TYPE_VALUES!r}"
    )
