from typing import Literal

FuturesGridReduceTriggerConditionDirection = Literal["-1", "1"]

FUTURES_GRID_REDUCE_TRIGGER_CONDITION_DIRECTION_VALUES: set[
    FuturesGridReduceTriggerConditionDirection
] = {
    "-1",
    "1",
}


def check_futures_grid_reduce_trigger_condition_direction(
    value: str,
) -> FuturesGridReduceTriggerConditionDirection:
    if value in FUTURES_GRID_REDUCE_TRIGGER_CONDITION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_REDUCE_TRIGGER_CONDITION_DIRECTION_VALUES!r}"
    )
