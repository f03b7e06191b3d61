from typing import Literal

FuturesGridOrderDataCateType = Literal[
    "FULLY_HEDGING",
    "FUTURE_GRID_COIN_MARGINED",
    "FUTURES_MOON",
    "LEVERAGE_GRID",
    "LOAN_GRID",
]

FUTURES_GRID_ORDER_DATA_CATE_TYPE_VALUES: set[FuturesGridOrderDataCateType] = {
    "FULLY_HEDGING",
    "FUTURE_GRID_COIN_MARGINED",
    "FUTURES_MOON",
    "LEVERAGE_GRID",
    "LOAN_GRID",
}


def check_futures_grid_order_data_cate_type(value: str) -> FuturesGridOrderDataCateType:
    if value in FUTURES_GRID_ORDER_DATA_CATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_CATE_TYPE_VALUES!r}"
    )
