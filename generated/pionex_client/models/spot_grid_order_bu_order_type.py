from typing import Literal

SpotGridOrderBuOrderType = Literal["futures_grid", "smart_copy", "spot_grid"]

SPOT_GRID_ORDER_BU_ORDER_TYPE_VALUES: set[SpotGridOrderBuOrderType] = {
    "futures_grid",
    "smart_copy",
    "spot_grid",
}


def check_spot_grid_order_bu_order_type(value: str) -> SpotGridOrderBuOrderType:
    if value in SPOT_GRID_ORDER_BU_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_ORDER_BU_ORDER_TYPE_VALUES!r}"
    )
