from typing import Literal

GetSymbolsType = Literal["PERP", "SPOT"]

GET_SYMBOLS_TYPE_VALUES: set[GetSymbolsType] = {
    "PERP",
    "SPOT",
}


def check_get_symbols_type(value: str) -> GetSymbolsType:
    if value in GET_SYMBOLS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SYMBOLS_TYPE_VALUES!r}"
    )
