from typing import Literal

FuturesGetTransfersStatus = Literal["ALL", "COMPLETED", "FAILED", "PROCESSING"]

FUTURES_GET_TRANSFERS_STATUS_VALUES: set[FuturesGetTransfersStatus] = {
    "ALL",
    "COMPLETED",
    "FAILED",
    "PROCESSING",
}


def check_futures_get_transfers_status(value: str) -> FuturesGetTransfersStatus:
    if value in FUTURES_GET_TRANSFERS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GET_TRANSFERS_STATUS_VALUES!r}"
    )
