from typing import Literal

TransferResultStatus = Literal["COMPLETED", "FAILED", "PROCESSING"]

TRANSFER_RESULT_STATUS_VALUES: set[TransferResultStatus] = {
    "COMPLETED",
    "FAILED",
    "PROCESSING",
}


def check_transfer_result_status(value: str) -> TransferResultStatus:
    if value in TRANSFER_RESULT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_RESULT_STATUS_VALUES!r}"
    )
