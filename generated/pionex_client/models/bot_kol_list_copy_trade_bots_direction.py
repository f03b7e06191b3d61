from typing import Literal

BotKolListCopyTradeBotsDirection = Literal["asc", "desc"]

BOT_KOL_LIST_COPY_TRADE_BOTS_DIRECTION_VALUES: set[BotKolListCopyTradeBotsDirection] = {
    "asc",
    "desc",
}


def check_bot_kol_list_copy_trade_bots_direction(
    value: str,
) -> BotKolListCopyTradeBotsDirection:
    if value in BOT_KOL_LIST_COPY_TRADE_BOTS_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_KOL_LIST_COPY_TRADE_BOTS_DIRECTION_VALUES!r}"
    )
