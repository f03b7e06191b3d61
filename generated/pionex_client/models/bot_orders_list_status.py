from typing import Literal

BotOrdersListStatus = Literal["finished", "running"]

BOT_ORDERS_LIST_STATUS_VALUES: set[BotOrdersListStatus] = {
    "finished",
    "running",
}


def check_bot_orders_list_status(value: str) -> BotOrdersListStatus:
    if value in BOT_ORDERS_LIST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDERS_LIST_STATUS_VALUES!r}"
    )
