from typing import Literal

NewOrderRequestSide = Literal["BUY", "SELL"]

NEW_ORDER_REQUEST_SIDE_VALUES: set[NewOrderRequestSide] = {
    "BUY",
    "SELL",
}


def check_new_order_request_side(value: str) -> NewOrderRequestSide:
    if value in NEW_ORDER_REQUEST_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_ORDER_REQUEST_SIDE_VALUES!r}"
    )
