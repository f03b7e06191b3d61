from typing import Literal

FuturesCreateTransferBodyFromAccount = Literal["MAIN", "TRADE"]

FUTURES_CREATE_TRANSFER_BODY_FROM_ACCOUNT_VALUES: set[
    FuturesCreateTransferBodyFromAccount
] = {
    "MAIN",
    "TRADE",
}


def check_futures_create_transfer_body_from_account(
    value: str,
) -> FuturesCreateTransferBodyFromAccount:
    if value in FUTURES_CREATE_TRANSFER_BODY_FROM_ACCOUNT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_CREATE_TRANSFER_BODY_FROM_ACCOUNT_VALUES!r}"
    )
