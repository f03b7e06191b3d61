from typing import Literal

FuturesGridOrderDataRiskStatus = Literal[
    "HOLDING", "LIQUIDATION", "TAKEOVER", "TRADING"
]

FUTURES_GRID_ORDER_DATA_RISK_STATUS_VALUES: set[FuturesGridOrderDataRiskStatus] = {
    "HOLDING",
    "LIQUIDATION",
    "TAKEOVER",
    "TRADING",
}


def check_futures_grid_order_data_risk_status(
    value: str,
) -> FuturesGridOrderDataRiskStatus:
    if value in FUTURES_GRID_ORDER_DATA_RISK_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_RISK_STATUS_VALUES!r}"
    )
