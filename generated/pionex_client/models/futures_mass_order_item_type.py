from typing import Literal

FuturesMassOrderItemType = Literal["LIMIT"]

FUTURES_MASS_ORDER_ITEM_TYPE_VALUES: set[FuturesMassOrderItemType] = {
    "LIMIT",
}


def check_futures_mass_order_item_type(value: str) -> FuturesMassOrderItemType:
    if value in FUTURES_MASS_ORDER_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_MASS_ORDER_ITEM_TYPE_VALUES!r}"
    )
