from typing import Literal

BotOrderDataCateType = Literal[
    "FULLY_HEDGING",
    "FUTURE_GRID_COIN_MARGINED",
    "FUTURES_MOON",
    "LEVERAGE_GRID",
    "LOAN_GRID",
]

BOT_ORDER_DATA_CATE_TYPE_VALUES: set[BotOrderDataCateType] = {
    "FULLY_HEDGING",
    "FUTURE_GRID_COIN_MARGINED",
    "FUTURES_MOON",
    "LEVERAGE_GRID",
    "LOAN_GRID",
}


def check_bot_order_data_cate_type(value: str) -> BotOrderDataCateType:
    if value in BOT_ORDER_DATA_CATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_CATE_TYPE_VALUES!r}"
    )
