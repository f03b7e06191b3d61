from typing import Literal

BotOrderBuOrderType = Literal["futures_grid", "smart_copy", "spot_grid"]

BOT_ORDER_BU_ORDER_TYPE_VALUES: set[BotOrderBuOrderType] = {
    "futures_grid",
    "smart_copy",
    "spot_grid",
}


def check_bot_order_bu_order_type(value: str) -> BotOrderBuOrderType:
    if value in BOT_ORDER_BU_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_BU_ORDER_TYPE_VALUES!r}"
    )
