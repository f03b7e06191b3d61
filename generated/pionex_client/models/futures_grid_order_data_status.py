from typing import Literal

FuturesGridOrderDataStatus = Literal[
    "adjust_params",
    "adjust_params_init_grid",
    "adjust_params_open_position",
    "canceled",
    "close_position",
    "condition_lock",
    "destroy_grid",
    "init_grid",
    "lock_currency",
    "open_position",
    "paused",
    "pausing",
    "pre_pause",
    "pre_resume",
    "prepare",
    "resuming",
    "running",
    "unlock_currency",
]

FUTURES_GRID_ORDER_DATA_STATUS_VALUES: set[FuturesGridOrderDataStatus] = {
    "adjust_params",
    "adjust_params_init_grid",
    "adjust_params_open_position",
    "canceled",
    "close_position",
    "condition_lock",
    "destroy_grid",
    "init_grid",
    "lock_currency",
    "open_position",
    "paused",
    "pausing",
    "pre_pause",
    "pre_resume",
    "prepare",
    "resuming",
    "running",
    "unlock_currency",
}


def check_futures_grid_order_data_status(value: str) -> FuturesGridOrderDataStatus:
    if value in FUTURES_GRID_ORDER_DATA_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_STATUS_VALUES!r}"
    )
