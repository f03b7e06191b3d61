from typing import Literal

FuturesGridCreateOrderDataProfitStopType = Literal[
    "price", "price_limit", "profit_amount", "profit_ratio"
]

FUTURES_GRID_CREATE_ORDER_DATA_PROFIT_STOP_TYPE_VALUES: set[
    FuturesGridCreateOrderDataProfitStopType
] = {
    "price",
    "price_limit",
    "profit_amount",
    "profit_ratio",
}


def check_futures_grid_create_order_data_profit_stop_type(
    value: str,
) -> FuturesGridCreateOrderDataProfitStopType:
    if value in FUTURES_GRID_CREATE_ORDER_DATA_PROFIT_STOP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_CREATE_ORDER_DATA_PROFIT_STOP_TYPE_VALUES!r}"
    )
