from typing import Literal

FuturesGridOrderDataReasonBy = Literal[
    "create_failed",
    "force_liquidation",
    "loss_stop",
    "not_enough_balance",
    "not_enough_balance_when_lock",
    "profit_stop",
    "user_cancel",
]

FUTURES_GRID_ORDER_DATA_REASON_BY_VALUES: set[FuturesGridOrderDataReasonBy] = {
    "create_failed",
    "force_liquidation",
    "loss_stop",
    "not_enough_balance",
    "not_enough_balance_when_lock",
    "profit_stop",
    "user_cancel",
}


def check_futures_grid_order_data_reason_by(value: str) -> FuturesGridOrderDataReasonBy:
    if value in FUTURES_GRID_ORDER_DATA_REASON_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_REASON_BY_VALUES!r}"
    )
