from typing import Literal

MassOrderItemSide = Literal["BUY", "SELL"]

MASS_ORDER_ITEM_SIDE_VALUES: set[MassOrderItemSide] = {
    "BUY",
    "SELL",
}


def check_mass_order_item_side(value: str) -> MassOrderItemSide:
    if value in MASS_ORDER_ITEM_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MASS_ORDER_ITEM_SIDE_VALUES!r}"
    )
