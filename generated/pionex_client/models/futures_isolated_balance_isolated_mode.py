from typing import Literal

FuturesIsolatedBalanceIsolatedMode = Literal[
    "ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"
]

FUTURES_ISOLATED_BALANCE_ISOLATED_MODE_VALUES: set[
    FuturesIsolatedBalanceIsolatedMode
] = {
    "ISOLATED_BOTH",
    "ISOLATED_LONG",
    "ISOLATED_SHORT",
}


def check_futures_isolated_balance_isolated_mode(
    value: str,
) -> FuturesIsolatedBalanceIsolatedMode:
    if value in FUTURES_ISOLATED_BALANCE_ISOLATED_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ISOLATED_BALANCE_ISOLATED_MODE_VALUES!r}"
    )
