from typing import Literal

BotOrderDataTradeType = Literal["futures", "spot"]

BOT_ORDER_DATA_TRADE_TYPE_VALUES: set[BotOrderDataTradeType] = {
    "futures",
    "spot",
}


def check_bot_order_data_trade_type(value: str) -> BotOrderDataTradeType:
    if value in BOT_ORDER_DATA_TRADE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_TRADE_TYPE_VALUES!r}"
    )
