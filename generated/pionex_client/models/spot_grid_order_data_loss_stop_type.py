from typing import Literal

SpotGridOrderDataLossStopType = Literal[
    "price", "price_limit", "profit_amount", "profit_ratio"
]

SPOT_GRID_ORDER_DATA_LOSS_STOP_TYPE_VALUES: set[SpotGridOrderDataLossStopType] = {
    "price",
    "price_limit",
    "profit_amount",
    "profit_ratio",
}


def check_spot_grid_order_data_loss_stop_type(
    value: str,
) -> SpotGridOrderDataLossStopType:
    if value in SPOT_GRID_ORDER_DATA_LOSS_STOP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_ORDER_DATA_LOSS_STOP_TYPE_VALUES!r}"
    )
