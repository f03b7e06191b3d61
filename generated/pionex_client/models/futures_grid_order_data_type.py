from typing import Literal

FuturesGridOrderDataType = Literal["adjust_params", "invest_in", "invest_in_trigger"]

FUTURES_GRID_ORDER_DATA_TYPE_VALUES: set[FuturesGridOrderDataType] = {
    "adjust_params",
    "invest_in",
    "invest_in_trigger",
}


def check_futures_grid_order_data_type(value: str) -> FuturesGridOrderDataType:
    if value in FUTURES_GRID_ORDER_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_TYPE_VALUES!r}"
    )
