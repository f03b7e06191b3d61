from typing import Literal

EarnDualGetPricesQuote = Literal["USDC", "USDT", "USDXO"]

EARN_DUAL_GET_PRICES_QUOTE_VALUES: set[EarnDualGetPricesQuote] = {
    "USDC",
    "USDT",
    "USDXO",
}


def check_earn_dual_get_prices_quote(value: str) -> EarnDualGetPricesQuote:
    if value in EARN_DUAL_GET_PRICES_QUOTE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EARN_DUAL_GET_PRICES_QUOTE_VALUES!r}"
    )
