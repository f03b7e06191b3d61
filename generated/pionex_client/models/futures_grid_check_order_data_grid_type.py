from typing import Literal

FuturesGridCheckOrderDataGridType = Literal["arithmetic", "geometric"]

FUTURES_GRID_CHECK_ORDER_DATA_GRID_TYPE_VALUES: set[
    FuturesGridCheckOrderDataGridType
] = {
    "arithmetic",
    "geometric",
}


def check_futures_grid_check_order_data_grid_type(
    value: str,
) -> FuturesGridCheckOrderDataGridType:
    if value in FUTURES_GRID_CHECK_ORDER_DATA_GRID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_CHECK_ORDER_DATA_GRID_TYPE_VALUES!r}"
    )
