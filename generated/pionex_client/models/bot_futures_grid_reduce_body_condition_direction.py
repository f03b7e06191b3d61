from typing import Literal

BotFuturesGridReduceBodyConditionDirection = Literal["-1", "1"]

BOT_FUTURES_GRID_REDUCE_BODY_CONDITION_DIRECTION_VALUES: set[
    BotFuturesGridReduceBodyConditionDirection
] = {
    "-1",
    "1",
}


def check_bot_futures_grid_reduce_body_condition_direction(
    value: str,
) -> BotFuturesGridReduceBodyConditionDirection:
    if value in BOT_FUTURES_GRID_REDUCE_BODY_CONDITION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_FUTURES_GRID_REDUCE_BODY_CONDITION_DIRECTION_VALUES!r}"
    )
