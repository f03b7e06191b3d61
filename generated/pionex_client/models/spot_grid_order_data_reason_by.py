from typing import Literal

SpotGridOrderDataReasonBy = Literal[
    "create_failed",
    "force_liquidation",
    "loss_stop",
    "not_enough_balance",
    "not_enough_balance_when_lock",
    "profit_stop",
    "user_cancel",
]

SPOT_GRID_ORDER_DATA_REASON_BY_VALUES: set[SpotGridOrderDataReasonBy] = {
    "create_failed",
    "force_liquidation",
    "loss_stop",
    "not_enough_balance",
    "not_enough_balance_when_lock",
    "profit_stop",
    "user_cancel",
}


def check_spot_grid_order_data_reason_by(value: str) -> SpotGridOrderDataReasonBy:
    if value in SPOT_GRID_ORDER_DATA_REASON_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_ORDER_DATA_REASON_BY_VALUES!r}"
    )
