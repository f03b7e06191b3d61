from typing import Literal

OrderSource = Literal["API", "MANUAL"]

ORDER_SOURCE_VALUES: set[OrderSource] = {
    "API",
    "MANUAL",
}


def check_order_source(value: str) -> OrderSource:
    if value in ORDER_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_SOURCE_VALUES!r}"
    )
