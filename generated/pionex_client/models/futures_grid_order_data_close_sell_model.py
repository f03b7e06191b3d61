from typing import Literal

FuturesGridOrderDataCloseSellModel = Literal["NOT_SELL", "TO_QUOTE", "TO_USDT"]

FUTURES_GRID_ORDER_DATA_CLOSE_SELL_MODEL_VALUES: set[
    FuturesGridOrderDataCloseSellModel
] = {
    "NOT_SELL",
    "TO_QUOTE",
    "TO_USDT",
}


def check_futures_grid_order_data_close_sell_model(
    value: str,
) -> FuturesGridOrderDataCloseSellModel:
    if value in FUTURES_GRID_ORDER_DATA_CLOSE_SELL_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GRID_ORDER_DATA_CLOSE_SELL_MODEL_VALUES!r}"
    )
