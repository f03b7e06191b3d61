from typing import Literal

FuturesTransferIsolateMarginBodyDirection = Literal["IN", "OUT"]

FUTURES_TRANSFER_ISOLATE_MARGIN_BODY_DIRECTION_VALUES: set[
    FuturesTransferIsolateMarginBodyDirection
] = {
    "IN",
    "OUT",
}


def check_futures_transfer_isolate_margin_body_direction(
    value: str,
) -> FuturesTransferIsolateMarginBodyDirection:
    if value in FUTURES_TRANSFER_ISOLATE_MARGIN_BODY_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TRANSFER_ISOLATE_MARGIN_BODY_DIRECTION_VALUES!r}"
    )
