from typing import Literal

BotFuturesGridCancelBodyCloseSellModel = Literal["TO_QUOTE", "TO_USDT"]

BOT_FUTURES_GRID_CANCEL_BODY_CLOSE_SELL_MODEL_VALUES: set[
    BotFuturesGridCancelBodyCloseSellModel
] = {
    "TO_QUOTE",
    "TO_USDT",
}


def check_bot_futures_grid_cancel_body_close_sell_model(
    value: str,
) -> BotFuturesGridCancelBodyCloseSellModel:
    if value in BOT_FUTURES_GRID_CANCEL_BODY_CLOSE_SELL_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_FUTURES_GRID_CANCEL_BODY_CLOSE_SELL_MODEL_VALUES!r}"
    )
