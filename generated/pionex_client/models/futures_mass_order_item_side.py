from typing import Literal

FuturesMassOrderItemSide = Literal["BUY", "SELL"]

FUTURES_MASS_ORDER_ITEM_SIDE_VALUES: set[FuturesMassOrderItemSide] = {
    "BUY",
    "SELL",
}


def check_futures_mass_order_item_side(value: str) -> FuturesMassOrderItemSide:
    if value in FUTURES_MASS_ORDER_ITEM_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_MASS_ORDER_ITEM_SIDE_VALUES!r}"
    )
