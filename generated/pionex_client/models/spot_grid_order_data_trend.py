from typing import Literal

SpotGridOrderDataTrend = Literal["long", "no_trend", "short"]

SPOT_GRID_ORDER_DATA_TREND_VALUES: set[SpotGridOrderDataTrend] = {
    "long",
    "no_trend",
    "short",
}


def check_spot_grid_order_data_trend(value: str) -> SpotGridOrderDataTrend:
    if value in SPOT_GRID_ORDER_DATA_TREND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_ORDER_DATA_TREND_VALUES!r}"
    )
