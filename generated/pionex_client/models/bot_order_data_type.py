from typing import Literal

BotOrderDataType = Literal["adjust_params", "invest_in", "invest_in_trigger"]

BOT_ORDER_DATA_TYPE_VALUES: set[BotOrderDataType] = {
    "adjust_params",
    "invest_in",
    "invest_in_trigger",
}


def check_bot_order_data_type(value: str) -> BotOrderDataType:
    if value in BOT_ORDER_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_TYPE_VALUES!r}"
    )
