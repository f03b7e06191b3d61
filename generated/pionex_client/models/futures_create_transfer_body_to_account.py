from typing import Literal

FuturesCreateTransferBodyToAccount = Literal["MAIN", "TRADE"]

FUTURES_CREATE_TRANSFER_BODY_TO_ACCOUNT_VALUES: set[
    FuturesCreateTransferBodyToAccount
] = {
    "MAIN",
    "TRADE",
}


def check_futures_create_transfer_body_to_account(
    value: str,
) -> FuturesCreateTransferBodyToAccount:
    if value in FUTURES_CREATE_TRANSFER_BODY_TO_ACCOUNT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_CREATE_TRANSFER_BODY_TO_ACCOUNT_VALUES!r}"
    )
