from typing import Literal

KolFilterOptionsTrendListItem = Literal["long", "no_trend", "short"]

KOL_FILTER_OPTIONS_TREND_LIST_ITEM_VALUES: set[KolFilterOptionsTrendListItem] = {
    "long",
    "no_trend",
    "short",
}


def check_kol_filter_options_trend_list_item(
    value: str,
) -> KolFilterOptionsTrendListItem:
    if value in KOL_FILTER_OPTIONS_TREND_LIST_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOL_FILTER_OPTIONS_TREND_LIST_ITEM_VALUES!r}"
    )
