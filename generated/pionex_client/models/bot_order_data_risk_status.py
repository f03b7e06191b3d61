from typing import Literal

BotOrderDataRiskStatus = Literal["HOLDING", "LIQUIDATION", "TAKEOVER", "TRADING"]

BOT_ORDER_DATA_RISK_STATUS_VALUES: set[BotOrderDataRiskStatus] = {
    "HOLDING",
    "LIQUIDATION",
    "TAKEOVER",
    "TRADING",
}


def check_bot_order_data_risk_status(value: str) -> BotOrderDataRiskStatus:
    if value in BOT_ORDER_DATA_RISK_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_ORDER_DATA_RISK_STATUS_VALUES!r}"
    )
