from typing import Literal

FuturesGetMarkKlinesInterval = Literal[
    "12H", "15M", "1D", "1m", "1M", "1W", "30M", "4H", "5M", "60M", "8H"
]

FUTURES_GET_MARK_KLINES_INTERVAL_VALUES: set[FuturesGetMarkKlinesInterval] = {
    "12H",
    "15M",
    "1D",
    "1m",
    "1M",
    "1W",
    "30M",
    "4H",
    "5M",
    "60M",
    "8H",
}


def check_futures_get_mark_klines_interval(value: str) -> FuturesGetMarkKlinesInterval:
    if value in FUTURES_GET_MARK_KLINES_INTERVAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_GET_MARK_KLINES_INTERVAL_VALUES!r}"
    )
