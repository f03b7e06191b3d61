from typing import Literal

GetBookTickersType = Literal["PERP", "SPOT"]

GET_BOOK_TICKERS_TYPE_VALUES: set[GetBookTickersType] = {
    "PERP",
    "SPOT",
}


def check_get_book_tickers_type(value: str) -> GetBookTickersType:
    if value in GET_BOOK_TICKERS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BOOK_TICKERS_TYPE_VALUES!r}"
    )
