from typing import Literal

KolCopyTradeOrderDataTrend = Literal["long", "no_trend", "short"]

KOL_COPY_TRADE_ORDER_DATA_TREND_VALUES: set[KolCopyTradeOrderDataTrend] = {
    "long",
    "no_trend",
    "short",
}


def check_kol_copy_trade_order_data_trend(value: str) -> KolCopyTradeOrderDataTrend:
    if value in KOL_COPY_TRADE_ORDER_DATA_TREND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOL_COPY_TRADE_ORDER_DATA_TREND_VALUES!r}"
    )
