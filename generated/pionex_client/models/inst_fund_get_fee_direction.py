from typing import Literal

InstFundGetFeeDirection = Literal["withdraw"]

INST_FUND_GET_FEE_DIRECTION_VALUES: set[InstFundGetFeeDirection] = {
    "withdraw",
}


def check_inst_fund_get_fee_direction(value: str) -> InstFundGetFeeDirection:
    if value in INST_FUND_GET_FEE_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INST_FUND_GET_FEE_DIRECTION_VALUES!r}"
    )
