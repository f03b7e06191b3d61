from typing import Literal

FuturesMassOrderItemPositionSide = Literal["BOTH", "LONG", "SHORT"]

FUTURES_MASS_ORDER_ITEM_POSITION_SIDE_VALUES: set[FuturesMassOrderItemPositionSide] = {
    "BOTH",
    "LONG",
    "SHORT",
}


def check_futures_mass_order_item_position_side(
    value: str,
) -> FuturesMassOrderItemPositionSide:
    if value in FUTURES_MASS_ORDER_ITEM_POSITION_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_MASS_ORDER_ITEM_POSITION_SIDE_VALUES!r}"
    )
