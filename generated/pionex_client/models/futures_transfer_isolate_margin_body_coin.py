from typing import Literal

FuturesTransferIsolateMarginBodyCoin = Literal["BTC", "USDT"]

FUTURES_TRANSFER_ISOLATE_MARGIN_BODY_COIN_VALUES: set[
    FuturesTransferIsolateMarginBodyCoin
] = {
    "BTC",
    "USDT",
}


def check_futures_transfer_isolate_margin_body_coin(
    value: str,
) -> FuturesTransferIsolateMarginBodyCoin:
    if value in FUTURES_TRANSFER_ISOLATE_MARGIN_BODY_COIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TRANSFER_ISOLATE_MARGIN_BODY_COIN_VALUES!r}"
    )
