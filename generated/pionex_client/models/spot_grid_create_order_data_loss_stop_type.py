from typing import Literal

SpotGridCreateOrderDataLossStopType = Literal["price", "profit_amount", "profit_ratio"]

SPOT_GRID_CREATE_ORDER_DATA_LOSS_STOP_TYPE_VALUES: set[
    SpotGridCreateOrderDataLossStopType
] = {
    "price",
    "profit_amount",
    "profit_ratio",
}


def check_spot_grid_create_order_data_loss_stop_type(
    value: str,
) -> SpotGridCreateOrderDataLossStopType:
    if value in SPOT_GRID_CREATE_ORDER_DATA_LOSS_STOP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_CREATE_ORDER_DATA_LOSS_STOP_TYPE_VALUES!r}"
    )
