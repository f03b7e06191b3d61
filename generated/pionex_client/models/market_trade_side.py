from typing import Literal

MarketTradeSide = Literal["BUY", "SELL"]

MARKET_TRADE_SIDE_VALUES: set[MarketTradeSide] = {
    "BUY",
    "SELL",
}


def check_market_trade_side(value: str) -> MarketTradeSide:
    if value in MARKET_TRADE_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARKET_TRADE_SIDE_VALUES!r}"
    )
