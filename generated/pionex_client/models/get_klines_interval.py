from typing import Literal

GetKlinesInterval = Literal[
    "12H", "15M", "1D", "1m", "1M", "1W", "30M", "4H", "5M", "60M", "8H"
]

GET_KLINES_INTERVAL_VALUES: set[GetKlinesInterval] = {
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


def check_get_klines_interval(value: str) -> GetKlinesInterval:
    if value in GET_KLINES_INTERVAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_KLINES_INTERVAL_VALUES!r}"
    )
