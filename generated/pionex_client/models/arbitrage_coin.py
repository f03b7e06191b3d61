from typing import Literal

ArbitrageCoin = Literal["USDC", "USDT"]

ARBITRAGE_COIN_VALUES: set[ArbitrageCoin] = {
    "USDC",
    "USDT",
}


def check_arbitrage_coin(value: str) -> ArbitrageCoin:
    if value in ARBITRAGE_COIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARBITRAGE_COIN_VALUES!r}"
    )
