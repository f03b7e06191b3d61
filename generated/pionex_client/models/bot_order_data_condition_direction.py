from typing import Literal

BotOrderDataConditionDirection = Literal["-1", "1"]

BOT_ORDER_DATA_CONDITION_DIRECTION_VALUES: set[BotOrderDataConditionDirection] = {
    "-1",
    "1",
}


def check_bot_order_data_condition_direction(
    value: str,
) -> BotOrderDataConditionDirection:
    if value in BOT_ORDER_DATA_CONDITION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_CONDITION_DIRECTION_VALUES!r}"
    )
