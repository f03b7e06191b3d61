from typing import Literal

FuturesGetHistoryPositionsPositionFlag = Literal["CLOSED", "TAKEOVER"]

FUTURES_GET_HISTORY_POSITIONS_POSITION_FLAG_VALUES: set[
    FuturesGetHistoryPositionsPositionFlag
] = {
    "CLOSED",
    "TAKEOVER",
}


def check_futures_get_history_positions_position_flag(
    value: str,
) -> FuturesGetHistoryPositionsPositionFlag:
    if value in FUTURES_GET_HISTORY_POSITIONS_POSITION_FLAG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GET_HISTORY_POSITIONS_POSITION_FLAG_VALUES!r}"
    )
