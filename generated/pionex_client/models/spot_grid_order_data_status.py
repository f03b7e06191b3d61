from typing import Literal

SpotGridOrderDataStatus = Literal[
    "canceled",
    "destroy_grid",
    "init_grid",
    "lock_currency",
    "prepare",
    "running",
    "unlock_currency",
]

SPOT_GRID_ORDER_DATA_STATUS_VALUES: set[SpotGridOrderDataStatus] = {
    "canceled",
    "destroy_grid",
    "init_grid",
    "lock_currency",
    "prepare",
    "running",
    "unlock_currency",
}


def check_spot_grid_order_data_status(value: str) -> SpotGridOrderDataStatus:
    if value in SPOT_GRID_ORDER_DATA_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_ORDER_DATA_STATUS_VALUES!r}"
    )
