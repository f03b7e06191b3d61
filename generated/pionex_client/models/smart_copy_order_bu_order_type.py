from typing import Literal

SmartCopyOrderBuOrderType = Literal["futures_grid", "smart_copy", "spot_grid"]

SMART_COPY_ORDER_BU_ORDER_TYPE_VALUES: set[SmartCopyOrderBuOrderType] = {
    "futures_grid",
    "smart_copy",
    "spot_grid",
}


def check_smart_copy_order_bu_order_type(value: str) -> SmartCopyOrderBuOrderType:
    if value in SMART_COPY_ORDER_BU_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMART_COPY_ORDER_BU_ORDER_TYPE_VALUES!r}"
    )
