from typing import Literal

DualProductType = Literal["DUAL_BASE", "DUAL_CURRENCY"]

DUAL_PRODUCT_TYPE_VALUES: set[DualProductType] = {
    "DUAL_BASE",
    "DUAL_CURRENCY",
}


def check_dual_product_type(value: str) -> DualProductType:
    if value in DUAL_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DUAL_PRODUCT_TYPE_VALUES!r}"
    )
