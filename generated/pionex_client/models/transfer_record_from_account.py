from typing import Literal

TransferRecordFromAccount = Literal["MAIN", "TRADE"]

TRANSFER_RECORD_FROM_ACCOUNT_VALUES: set[TransferRecordFromAccount] = {
    "MAIN",
    "TRADE",
}


def check_transfer_record_from_account(value: str) -> TransferRecordFromAccount:
    if value in TRANSFER_RECORD_FROM_ACCOUNT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_RECORD_FROM_ACCOUNT_VALUES!r}"
    )
