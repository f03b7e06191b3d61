from typing import Literal

FuturesGridCheckOrderDataTrend = Literal["long", "no_trend", "short"]

FUTURES_GRID_CHECK_ORDER_DATA_TREND_VALUES: set[FuturesGridCheckOrderDataTrend] = {
    "long",
    "no_trend",
    "short",
}


def check_futures_grid_check_order_data_trend(
    value: str,
) -> FuturesGridCheckOrderDataTrend:
    if value in FUTURES_GRID_CHECK_ORDER_DATA_TREND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_CHECK_ORDER_DATA_TREND_VALUES!r}"
    )
