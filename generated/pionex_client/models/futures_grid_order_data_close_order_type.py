from typing import Literal

FuturesGridOrderDataCloseOrderType = Literal["limit", "limit_high", "market"]

FUTURES_GRID_ORDER_DATA_CLOSE_ORDER_TYPE_VALUES: set[
    FuturesGridOrderDataCloseOrderType
] = {
    "limit",
    "limit_high",
    "market",
}


def check_futures_grid_order_data_close_order_type(
    value: str,
) -> FuturesGridOrderDataCloseOrderType:
    if value in FUTURES_GRID_ORDER_DATA_CLOSE_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_CLOSE_ORDER_TYPE_VALUES!r}"
    )
