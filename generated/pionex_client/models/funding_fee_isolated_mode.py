from typing import Literal

FundingFeeIsolatedMode = Literal["CROSS", "ISOLATED"]

FUNDING_FEE_ISOLATED_MODE_VALUES: set[FundingFeeIsolatedMode] = {
    "CROSS",
    "ISOLATED",
}


def check_funding_fee_isolated_mode(value: str) -> FundingFeeIsolatedMode:
    if value in FUNDING_FEE_ISOLATED_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNDING_FEE_ISOLATED_MODE_VALUES!r}"
    )
