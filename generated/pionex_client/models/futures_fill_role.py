from typing import Literal

FuturesFillRole = Literal["MAKER", "TAKER"]

FUTURES_FILL_ROLE_VALUES: set[FuturesFillRole] = {
    "MAKER",
    "TAKER",
}


def check_futures_fill_role(value: str) -> FuturesFillRole:
    if value in FUTURES_FILL_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_FILL_ROLE_VALUES!r}"
    )
