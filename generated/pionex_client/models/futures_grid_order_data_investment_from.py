from typing import Literal

FuturesGridOrderDataInvestmentFrom = Literal[
    "FUTURE_GRID_BONUS", "LOCK_ACTIVITY", "USER"
]

FUTURES_GRID_ORDER_DATA_INVESTMENT_FROM_VALUES: set[
    FuturesGridOrderDataInvestmentFrom
] = {
    "FUTURE_GRID_BONUS",
    "LOCK_ACTIVITY",
    "USER",
}


def check_futures_grid_order_data_investment_from(
    value: str,
) -> FuturesGridOrderDataInvestmentFrom:
    if value in FUTURES_GRID_ORDER_DATA_INVESTMENT_FROM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_INVESTMENT_FROM_VALUES!r}"
    )
