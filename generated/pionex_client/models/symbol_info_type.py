from typing import Literal

SymbolInfoType = Literal["PERP", "SPOT"]

SYMBOL_INFO_TYPE_VALUES: set[SymbolInfoType] = {
    "PERP",
    "SPOT",
}


def check_symbol_info_type(value: str) -> SymbolInfoType:
    if value in SYMBOL_INFO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYMBOL_INFO_TYPE_VALUES!r}"
    )
