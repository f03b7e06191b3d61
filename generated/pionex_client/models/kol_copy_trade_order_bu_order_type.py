from typing import Literal

KolCopyTradeOrderBuOrderType = Literal["futures_grid", "smart_copy", "spot_grid"]

KOL_COPY_TRADE_ORDER_BU_ORDER_TYPE_VALUES: set[KolCopyTradeOrderBuOrderType] = {
    "futures_grid",
    "smart_copy",
    "spot_grid",
}


def check_kol_copy_trade_order_bu_order_type(
    value: str,
) -> KolCopyTradeOrderBuOrderType:
    if value in KOL_COPY_TRADE_ORDER_BU_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOL_COPY_TRADE_ORDER_BU_ORDER_TYPE_VALUES!r}"
    )
