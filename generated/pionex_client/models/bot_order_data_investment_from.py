from typing import Literal

BotOrderDataInvestmentFrom = Literal["FUTURE_GRID_BONUS", "LOCK_ACTIVITY", "USER"]

BOT_ORDER_DATA_INVESTMENT_FROM_VALUES: set[BotOrderDataInvestmentFrom] = {
    "FUTURE_GRID_BONUS",
    "LOCK_ACTIVITY",
    "USER",
}


def check_bot_order_data_investment_from(value: str) -> BotOrderDataInvestmentFrom:
    if value in BOT_ORDER_DATA_INVESTMENT_FROM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_INVESTMENT_FROM_VALUES!r}"
    )
