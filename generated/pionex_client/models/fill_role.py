from typing import Literal

FillRole = Literal["MAKER", "TAKER"]

FILL_ROLE_VALUES: set[FillRole] = {
    "MAKER",
    "TAKER",
}


def check_fill_role(value: str) -> FillRole:
    if value in FILL_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILL_ROLE_VALUES!r}")
