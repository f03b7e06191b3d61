from typing import Literal

SymbolInfoStatus = Literal["OFFLINE", "TRADING"]

SYMBOL_INFO_STATUS_VALUES: set[SymbolInfoStatus] = {
    "OFFLINE",
    "TRADING",
}


def check_symbol_info_status(value: str) -> SymbolInfoStatus:
    if value in SYMBOL_INFO_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYMBOL_INFO_STATUS_VALUES!r}"
    )
