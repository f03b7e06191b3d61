from typing import Literal

BotOrderDataCloseSellModel = Literal["NOT_SELL", "TO_QUOTE", "TO_USDT"]

BOT_ORDER_DATA_CLOSE_SELL_MODEL_VALUES: set[BotOrderDataCloseSellModel] = {
    "NOT_SELL",
    "TO_QUOTE",
    "TO_USDT",
}


def check_bot_order_data_close_sell_model(value: str) -> BotOrderDataCloseSellModel:
    if value in BOT_ORDER_DATA_CLOSE_SELL_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_CLOSE_SELL_MODEL_VALUES!r}"
    )
