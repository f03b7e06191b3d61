from typing import Literal

FuturesGetBookTickerType = Literal["PERP", "SPOT"]

FUTURES_GET_BOOK_TICKER_TYPE_VALUES: set[FuturesGetBookTickerType] = {
    "PERP",
    "SPOT",
}


def check_futures_get_book_ticker_type(value: str) -> FuturesGetBookTickerType:
    if value in FUTURES_GET_BOOK_TICKER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GET_BOOK_TICKER_TYPE_VALUES!r}"
    )
