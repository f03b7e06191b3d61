from typing import Literal

FuturesGridCreateOrderDataGridType = Literal["arithmetic", "geometric"]

FUTURES_GRID_CREATE_ORDER_DATA_GRID_TYPE_VALUES: set[
    FuturesGridCreateOrderDataGridType
] = {
    "arithmetic",
    "geometric",
}


def check_futures_grid_create_order_data_grid_type(
    value: str,
) -> FuturesGridCreateOrderDataGridType:
    if value in FUTURES_GRID_CREATE_ORDER_DATA_GRID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_CREATE_ORDER_DATA_GRID_TYPE_VALUES!r}"
    )
