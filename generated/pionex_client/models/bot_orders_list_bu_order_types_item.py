from typing import Literal

BotOrdersListBuOrderTypesItem = Literal["futures_grid", "smart_copy", "spot_grid"]

BOT_ORDERS_LIST_BU_ORDER_TYPES_ITEM_VALUES: set[BotOrdersListBuOrderTypesItem] = {
    "futures_grid",
    "smart_copy",
    "spot_grid",
}


def check_bot_orders_list_bu_order_types_item(
    value: str,
) -> BotOrdersListBuOrderTypesItem:
    if value in BOT_ORDERS_LIST_BU_ORDER_TYPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDERS_LIST_BU_ORDER_TYPES_ITEM_VALUES!r}"
    )
