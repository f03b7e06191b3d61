from typing import Literal

FuturesFillFeeType = Literal["LIQUIDATION", "TRADING"]

FUTURES_FILL_FEE_TYPE_VALUES: set[FuturesFillFeeType] = {
    "LIQUIDATION",
    "TRADING",
}


def check_futures_fill_fee_type(value: str) -> FuturesFillFeeType:
    if value in FUTURES_FILL_FEE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_FILL_FEE_TYPE_VALUES!r}"
    )
