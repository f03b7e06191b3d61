from typing import Literal

GetTickersType = Literal["PERP", "SPOT"]

GET_TICKERS_TYPE_VALUES: set[GetTickersType] = {
    "PERP",
    "SPOT",
}


def check_get_tickers_type(value: str) -> GetTickersType:
    if value in GET_TICKERS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TICKERS_TYPE_VALUES!r}"
    )
