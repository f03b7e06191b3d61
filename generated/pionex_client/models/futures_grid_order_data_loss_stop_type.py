from typing import Literal

FuturesGridOrderDataLossStopType = Literal[
    "price", "price_limit", "profit_amount", "profit_ratio"
]

FUTURES_GRID_ORDER_DATA_LOSS_STOP_TYPE_VALUES: set[FuturesGridOrderDataLossStopType] = {
    "price",
    "price_limit",
    "profit_amount",
    "profit_ratio",
}


def check_futures_grid_order_data_loss_stop_type(
    value: str,
) -> FuturesGridOrderDataLossStopType:
    if value in FUTURES_GRID_ORDER_DATA_LOSS_STOP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_LOSS_STOP_TYPE_VALUES!r}"
    )
