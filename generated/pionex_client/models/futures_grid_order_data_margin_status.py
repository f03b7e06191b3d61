from typing import Literal

FuturesGridOrderDataMarginStatus = Literal["INSUFFICIENT", "NORMAL"]

FUTURES_GRID_ORDER_DATA_MARGIN_STATUS_VALUES: set[FuturesGridOrderDataMarginStatus] = {
    "INSUFFICIENT",
    "NORMAL",
}


def check_futures_grid_order_data_margin_status(
    value: str,
) -> FuturesGridOrderDataMarginStatus:
    if value in FUTURES_GRID_ORDER_DATA_MARGIN_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_MARGIN_STATUS_VALUES!r}"
    )
