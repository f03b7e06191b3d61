from typing import Literal

GetSymbolsStatus = Literal["ALL", "OFFLINE", "TRADING"]

GET_SYMBOLS_STATUS_VALUES: set[GetSymbolsStatus] = {
    "ALL",
    "OFFLINE",
    "TRADING",
}


def check_get_symbols_status(value: str) -> GetSymbolsStatus:
    if value in GET_SYMBOLS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SYMBOLS_STATUS_VALUES!r}"
    )
