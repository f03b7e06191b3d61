from typing import Literal

FuturesGridOrderDataTrend = Literal["long", "no_trend", "short"]

FUTURES_GRID_ORDER_DATA_TREND_VALUES: set[FuturesGridOrderDataTrend] = {
    "long",
    "no_trend",
    "short",
}


def check_futures_grid_order_data_trend(value: str) -> FuturesGridOrderDataTrend:
    if value in FUTURES_GRID_ORDER_DATA_TREND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_TREND_VALUES!r}"
    )
