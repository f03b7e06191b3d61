from typing import Literal

BotKolListCopyTradeBotsTrend = Literal["long", "no_trend", "short"]

BOT_KOL_LIST_COPY_TRADE_BOTS_TREND_VALUES: set[BotKolListCopyTradeBotsTrend] = {
    "long",
    "no_trend",
    "short",
}


def check_bot_kol_list_copy_trade_bots_trend(
    value: str,
) -> BotKolListCopyTradeBotsTrend:
    if value in BOT_KOL_LIST_COPY_TRADE_BOTS_TREND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOT_KOL_LIST_COPY_TRADE_BOTS_TREND_VALUES!r}"
    )
