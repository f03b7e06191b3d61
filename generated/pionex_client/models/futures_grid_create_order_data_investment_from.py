from typing import Literal

FuturesGridCreateOrderDataInvestmentFrom = Literal["FUTURE_GRID_BONUS", "USER"]

FUTURES_GRID_CREATE_ORDER_DATA_INVESTMENT_FROM_VALUES: set[
    FuturesGridCreateOrderDataInvestmentFrom
] = {
    "FUTURE_GRID_BONUS",
    "USER",
}


def check_futures_grid_create_order_data_investment_from(
    value: str,
) -> FuturesGridCreateOrderDataInvestmentFrom:
    if value in FUTURES_GRID_CREATE_ORDER_DATA_INVESTMENT_FROM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_CREATE_ORDER_DATA_INVESTMENT_FROM_VALUES!r}"
    )
