from typing import Literal

SmartCopyOrderDataTradeType = Literal["futures", "spot"]

SMART_COPY_ORDER_DATA_TRADE_TYPE_VALUES: set[SmartCopyOrderDataTradeType] = {
    "futures",
    "spot",
}


def check_smart_copy_order_data_trade_type(value: str) -> SmartCopyOrderDataTradeType:
    if value in SMART_COPY_ORDER_DATA_TRADE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMART_COPY_ORDER_DATA_TRADE_TYPE_VALUES!r}"
    )
