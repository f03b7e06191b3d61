from typing import Literal

EarnDualGetOpenProductsQuote = Literal["USDC", "USDT", "USDXO"]

EARN_DUAL_GET_OPEN_PRODUCTS_QUOTE_VALUES: set[EarnDualGetOpenProductsQuote] = {
    "USDC",
    "USDT",
    "USDXO",
}


def check_earn_dual_get_open_products_quote(value: str) -> EarnDualGetOpenProductsQuote:
    if value in EARN_DUAL_GET_OPEN_PRODUCTS_QUOTE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EARN_DUAL_GET_OPEN_PRODUCTS_QUOTE_VALUES!r}"
    )
