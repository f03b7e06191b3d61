from typing import Literal

BotOrderDataMarginStatus = Literal["INSUFFICIENT", "NORMAL"]

BOT_ORDER_DATA_MARGIN_STATUS_VALUES: set[BotOrderDataMarginStatus] = {
    "INSUFFICIENT",
    "NORMAL",
}


def check_bot_order_data_margin_status(value: str) -> BotOrderDataMarginStatus:
    if value in BOT_ORDER_DATA_MARGIN_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_MARGIN_STATUS_VALUES!r}"
    )
