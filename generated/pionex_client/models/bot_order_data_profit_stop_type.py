from typing import Literal

BotOrderDataProfitStopType = Literal[
    "price", "price_limit", "profit_amount", "profit_ratio"
]

BOT_ORDER_DATA_PROFIT_STOP_TYPE_VALUES: set[BotOrderDataProfitStopType] = {
    "price",
    "price_limit",
    "profit_amount",
    "profit_ratio",
}


def check_bot_order_data_profit_stop_type(value: str) -> BotOrderDataProfitStopType:
    if value in BOT_ORDER_DATA_PROFIT_STOP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_PROFIT_STOP_TYPE_VALUES!r}"
    )
