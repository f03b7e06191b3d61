from typing import Literal

BotKolListCopyTradeBotsBuOrderType = Literal["futures_grid", "smart_copy", "spot_grid"]

BOT_KOL_LIST_COPY_TRADE_BOTS_BU_ORDER_TYPE_VALUES: set[
    BotKolListCopyTradeBotsBuOrderType
] = {
    "futures_grid",
    "smart_copy",
    "spot_grid",
}


def check_bot_kol_list_copy_trade_bots_bu_order_type(
    value: str,
) -> BotKolListCopyTradeBotsBuOrderType:
    if value in BOT_KOL_LIST_COPY_TRADE_BOTS_BU_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_KOL_LIST_COPY_TRADE_BOTS_BU_ORDER_TYPE_VALUES!r}"
    )
