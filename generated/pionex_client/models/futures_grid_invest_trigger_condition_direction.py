from typing import Literal

FuturesGridInvestTriggerConditionDirection = Literal["-1", "1"]

FUTURES_GRID_INVEST_TRIGGER_CONDITION_DIRECTION_VALUES: set[
    FuturesGridInvestTriggerConditionDirection
] = {
    "-1",
    "1",
}


def check_futures_grid_invest_trigger_condition_direction(
    value: str,
) -> FuturesGridInvestTriggerConditionDirection:
    if value in FUTURES_GRID_INVEST_TRIGGER_CONDITION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_INVEST_TRIGGER_CONDITION_DIRECTION_VALUES!r}"
    )
