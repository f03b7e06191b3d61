from typing import Literal

BotOrderDataTrend = Literal["long", "no_trend", "short"]

BOT_ORDER_DATA_TREND_VALUES: set[BotOrderDataTrend] = {
    "long",
    "no_trend",
    "short",
}


def check_bot_order_data_trend(value: str) -> BotOrderDataTrend:
    if value in BOT_ORDER_DATA_TREND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_TREND_VALUES!r}"
    )
