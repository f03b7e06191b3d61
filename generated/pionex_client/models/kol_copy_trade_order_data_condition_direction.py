from typing import Literal

KolCopyTradeOrderDataConditionDirection = Literal["-1", "1"]

KOL_COPY_TRADE_ORDER_DATA_CONDITION_DIRECTION_VALUES: set[
    KolCopyTradeOrderDataConditionDirection
] = {
    "-1",
    "1",
}


def check_kol_copy_trade_order_data_condition_direction(
    value: str,
) -> KolCopyTradeOrderDataConditionDirection:
    if value in KOL_COPY_TRADE_ORDER_DATA_CONDITION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOL_COPY_TRADE_ORDER_DATA_CONDITION_DIRECTION_VALUES!r}"
    )
