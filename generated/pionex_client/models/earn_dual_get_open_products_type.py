from typing import Literal

EarnDualGetOpenProductsType = Literal["DUAL_BASE", "DUAL_CURRENCY"]

EARN_DUAL_GET_OPEN_PRODUCTS_TYPE_VALUES: set[EarnDualGetOpenProductsType] = {
    "DUAL_BASE",
    "DUAL_CURRENCY",
}


def check_earn_dual_get_open_products_type(value: str) -> EarnDualGetOpenProductsType:
    if value in EARN_DUAL_GET_OPEN_PRODUCTS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EARN_DUAL_GET_OPEN_PRODUCTS_TYPE_VALUES!r}"
    )
