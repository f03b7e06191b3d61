from typing import Literal

NewOrderRequestType = Literal["LIMIT", "MARKET"]

NEW_ORDER_REQUEST_TYPE_VALUES: set[NewOrderRequestType] = {
    "LIMIT",
    "MARKET",
}


def check_new_order_request_type(value: str) -> NewOrderRequestType:
    if value in NEW_ORDER_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_ORDER_REQUEST_TYPE_VALUES!r}"
    )
