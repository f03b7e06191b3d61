from typing import Literal

BotOrderDataCloseOrderType = Literal["limit", "limit_high", "market"]

BOT_ORDER_DATA_CLOSE_ORDER_TYPE_VALUES: set[BotOrderDataCloseOrderType] = {
    "limit",
    "limit_high",
    "market",
}


def check_bot_order_data_close_order_type(value: str) -> BotOrderDataCloseOrderType:
    if value in BOT_ORDER_DATA_CLOSE_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_CLOSE_ORDER_TYPE_VALUES!r}"
    )
