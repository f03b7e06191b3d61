from typing import Literal

FuturesGridReduceResultReason = Literal[
    "LOSS_GTE_INVESTMENT",
    "POSITION_TOO_SMALL",
    "REDUCE_TOO_MUCH",
    "REDUCE_TOO_SMALL",
    "SYMBOL_MAINTENANCE",
]

FUTURES_GRID_REDUCE_RESULT_REASON_VALUES: set[FuturesGridReduceResultReason] = {
    "LOSS_GTE_INVESTMENT",
    "POSITION_TOO_SMALL",
    "REDUCE_TOO_MUCH",
    "REDUCE_TOO_SMALL",
    "SYMBOL_MAINTENANCE",
}


def check_futures_grid_reduce_result_reason(
    value: str,
) -> FuturesGridReduceResultReason:
    if value in FUTURES_GRID_REDUCE_RESULT_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_REDUCE_RESULT_REASON_VALUES!r}"
    )
