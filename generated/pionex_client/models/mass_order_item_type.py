from typing import Literal

MassOrderItemType = Literal["LIMIT"]

MASS_ORDER_ITEM_TYPE_VALUES: set[MassOrderItemType] = {
    "LIMIT",
}


def check_mass_order_item_type(value: str) -> MassOrderItemType:
    if value in MASS_ORDER_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MASS_ORDER_ITEM_TYPE_VALUES!r}"
    )
