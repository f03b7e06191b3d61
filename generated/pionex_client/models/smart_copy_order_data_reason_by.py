from typing import Literal

SmartCopyOrderDataReasonBy = Literal[
    "create_failed",
    "force_liquidation",
    "loss_stop",
    "not_enough_balance",
    "not_enough_balance_when_lock",
    "profit_stop",
    "user_cancel",
]

SMART_COPY_ORDER_DATA_REASON_BY_VALUES: set[SmartCopyOrderDataReasonBy] = {
    "create_failed",
    "force_liquidation",
    "loss_stop",
    "not_enough_balance",
    "not_enough_balance_when_lock",
    "profit_stop",
    "user_cancel",
}


def check_smart_copy_order_data_reason_by(value: str) -> SmartCopyOrderDataReasonBy:
    if value in SMART_COPY_ORDER_DATA_REASON_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMART_COPY_ORDER_DATA_REASON_BY_VALUES!r}"
    )
