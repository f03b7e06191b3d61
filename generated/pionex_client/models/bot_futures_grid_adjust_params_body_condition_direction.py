from typing import Literal

BotFuturesGridAdjustParamsBodyConditionDirection = Literal["-1", "1"]

BOT_FUTURES_GRID_ADJUST_PARAMS_BODY_CONDITION_DIRECTION_VALUES: set[
    BotFuturesGridAdjustParamsBodyConditionDirection
] = {
    "-1",
    "1",
}


def check_bot_futures_grid_adjust_params_body_condition_direction(
    value: str,
) -> BotFuturesGridAdjustParamsBodyConditionDirection:
    if value in BOT_FUTURES_GRID_ADJUST_PARAMS_BODY_CONDITION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_FUTURES_GRID_ADJUST_PARAMS_BODY_CONDITION_DIRECTION_VALUES!r}"
    )
