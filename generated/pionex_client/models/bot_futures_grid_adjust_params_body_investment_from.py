from typing import Literal

BotFuturesGridAdjustParamsBodyInvestmentFrom = Literal["LOCK_ACTIVITY", "USER"]

BOT_FUTURES_GRID_ADJUST_PARAMS_BODY_INVESTMENT_FROM_VALUES: set[
    BotFuturesGridAdjustParamsBodyInvestmentFrom
] = {
    "LOCK_ACTIVITY",
    "USER",
}


def check_bot_futures_grid_adjust_params_body_investment_from(
    value: str,
) -> BotFuturesGridAdjustParamsBodyInvestmentFrom:
    if value in BOT_FUTURES_GRID_ADJUST_PARAMS_BODY_INVESTMENT_FROM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_FUTURES_GRID_ADJUST_PARAMS_BODY_INVESTMENT_FROM_VALUES!r}"
    )
