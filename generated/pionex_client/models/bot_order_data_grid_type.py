from typing import Literal

BotOrderDataGridType = Literal["arithmetic", "geometric"]

BOT_ORDER_DATA_GRID_TYPE_VALUES: set[BotOrderDataGridType] = {
    "arithmetic",
    "geometric",
}


def check_bot_order_data_grid_type(value: str) -> BotOrderDataGridType:
    if value in BOT_ORDER_DATA_GRID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_GRID_TYPE_VALUES!r}"
    )
