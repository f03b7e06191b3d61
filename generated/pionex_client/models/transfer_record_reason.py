from typing import Literal

TransferRecordReason = Literal["OPENAPI", "USER_MANUAL"]

TRANSFER_RECORD_REASON_VALUES: set[TransferRecordReason] = {
    "OPENAPI",
    "USER_MANUAL",
}


def check_transfer_record_reason(value: str) -> TransferRecordReason:
    if value in TRANSFER_RECORD_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_RECORD_REASON_VALUES!r}"
    )
