from typing import Literal

BotFuturesGridAdjustParamsBodyType = Literal[
    "adjust_params", "invest_in", "invest_in_trigger"
]

BOT_FUTURES_GRID_ADJUST_PARAMS_BODY_TYPE_VALUES: set[
    BotFuturesGridAdjustParamsBodyType
] = {
    "adjust_params",
    "invest_in",
    "invest_in_trigger",
}


def check_bot_futures_grid_adjust_params_body_type(
    value: str,
) -> BotFuturesGridAdjustParamsBodyType:
    if value in BOT_FUTURES_GRID_ADJUST_PARAMS_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_FUTURES_GRID_ADJUST_PARAMS_BODY_TYPE_VALUES!r}"
    )
