from typing import Literal

SpotGridOrderDataCloseSellModel = Literal["NOT_SELL", "TO_QUOTE", "TO_USDT"]

SPOT_GRID_ORDER_DATA_CLOSE_SELL_MODEL_VALUES: set[SpotGridOrderDataCloseSellModel] = {
    "NOT_SELL",
    "TO_QUOTE",
    "TO_USDT",
}


def check_spot_grid_order_data_close_sell_model(
    value: str,
) -> SpotGridOrderDataCloseSellModel:
    if value in SPOT_GRID_ORDER_DATA_CLOSE_SELL_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_GRID_ORDER_DATA_CLOSE_SELL_MODEL_VALUES!r}"
    )
