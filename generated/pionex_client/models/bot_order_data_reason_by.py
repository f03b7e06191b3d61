from typing import Literal

BotOrderDataReasonBy = Literal[
    "create_failed",
    "force_liquidation",
    "loss_stop",
    "not_enough_balance",
    "not_enough_balance_when_lock",
    "profit_stop",
    "user_cancel",
]

BOT_ORDER_DATA_REASON_BY_VALUES: set[BotOrderDataReasonBy] = {
    "create_failed",
    "force_liquidation",
    "loss_stop",
    "not_enough_balance",
    "not_enough_balance_when_lock",
    "profit_stop",
    "user_cancel",
}


def check_bot_order_data_reason_by(value: str) -> BotOrderDataReasonBy:
    if value in BOT_ORDER_DATA_REASON_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_REASON_BY_VALUES!r}"
    )
