from typing import Literal

BotSpotGridCancelBodyCloseSellModel = Literal["NOT_SELL", "TO_QUOTE", "TO_USDT"]

BOT_SPOT_GRID_CANCEL_BODY_CLOSE_SELL_MODEL_VALUES: set[
    BotSpotGridCancelBodyCloseSellModel
] = {
    "NOT_SELL",
    "TO_QUOTE",
    "TO_USDT",
}


def check_bot_spot_grid_cancel_body_close_sell_model(
    value: str,
) -> BotSpotGridCancelBodyCloseSellModel:
    if value in BOT_SPOT_GRID_CANCEL_BODY_CLOSE_SELL_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_SPOT_GRID_CANCEL_BODY_CLOSE_SELL_MODEL_VALUES!r}"
    )
