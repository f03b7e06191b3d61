from typing import Literal

FuturesGridCreateOrderDataTrend = Literal["long", "no_trend", "short"]

FUTURES_GRID_CREATE_ORDER_DATA_TREND_VALUES: set[FuturesGridCreateOrderDataTrend] = {
    "long",
    "no_trend",
    "short",
}


def check_futures_grid_create_order_data_trend(
    value: str,
) -> FuturesGridCreateOrderDataTrend:
    if value in FUTURES_GRID_CREATE_ORDER_DATA_TREND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_CREATE_ORDER_DATA_TREND_VALUES!r}"
    )
