from typing import Literal

TransferRecordToAccount = Literal["MAIN", "TRADE"]

TRANSFER_RECORD_TO_ACCOUNT_VALUES: set[TransferRecordToAccount] = {
    "MAIN",
    "TRADE",
}


def check_transfer_record_to_account(value: str) -> TransferRecordToAccount:
    if value in TRANSFER_RECORD_TO_ACCOUNT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_RECORD_TO_ACCOUNT_VALUES!r}"
    )
