from typing import Literal

FuturesGridOrderDataNotionalStatus = Literal["NORMAL", "NOTIONAL_LIMIT"]

FUTURES_GRID_ORDER_DATA_NOTIONAL_STATUS_VALUES: set[
    FuturesGridOrderDataNotionalStatus
] = {
    "NORMAL",
    "NOTIONAL_LIMIT",
}


def check_futures_grid_order_data_notional_status(
    value: str,
) -> FuturesGridOrderDataNotionalStatus:
    if value in FUTURES_GRID_ORDER_DATA_NOTIONAL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_NOTIONAL_STATUS_VALUES!r}"
    )
