from typing import Literal

FuturesGridCreateOrderDataCateType = Literal[
    "FULLY_HEDGING", "FUTURE_GRID_COIN_MARGINED", "LEVERAGE_GRID", "LOAN_GRID"
]

FUTURES_GRID_CREATE_ORDER_DATA_CATE_TYPE_VALUES: set[
    FuturesGridCreateOrderDataCateType
] = {
    "FULLY_HEDGING",
    "FUTURE_GRID_COIN_MARGINED",
    "LEVERAGE_GRID",
    "LOAN_GRID",
}


def check_futures_grid_create_order_data_cate_type(
    value: str,
) -> FuturesGridCreateOrderDataCateType:
    if value in FUTURES_GRID_CREATE_ORDER_DATA_CATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_CREATE_ORDER_DATA_CATE_TYPE_VALUES!r}"
    )
