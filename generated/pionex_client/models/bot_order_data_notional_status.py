from typing import Literal

BotOrderDataNotionalStatus = Literal["NORMAL", "NOTIONAL_LIMIT"]

BOT_ORDER_DATA_NOTIONAL_STATUS_VALUES: set[BotOrderDataNotionalStatus] = {
    "NORMAL",
    "NOTIONAL_LIMIT",
}


def check_bot_order_data_notional_status(value: str) -> BotOrderDataNotionalStatus:
    if value in BOT_ORDER_DATA_NOTIONAL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_NOTIONAL_STATUS_VALUES!r}"
    )
