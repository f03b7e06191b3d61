from typing import Literal

BotOrderDataLossStopType = Literal[
    "price", "price_limit", "profit_amount", "profit_ratio"
]

BOT_ORDER_DATA_LOSS_STOP_TYPE_VALUES: set[BotOrderDataLossStopType] = {
    "price",
    "price_limit",
    "profit_amount",
    "profit_ratio",
}


def check_bot_order_data_loss_stop_type(value: str) -> BotOrderDataLossStopType:
    if value in BOT_ORDER_DATA_LOSS_STOP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_LOSS_STOP_TYPE_VALUES!r}"
    )
