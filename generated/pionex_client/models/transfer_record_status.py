from typing import Literal

TransferRecordStatus = Literal["COMPLETED", "FAILED", "PROCESSING"]

TRANSFER_RECORD_STATUS_VALUES: set[TransferRecordStatus] = {
    "COMPLETED",
    "FAILED",
    "PROCESSING",
}


def check_transfer_record_status(value: str) -> TransferRecordStatus:
    if value in TRANSFER_RECORD_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_RECORD_STATUS_VALUES!r}"
    )
