from typing import Literal

EarnDualGetDeliveryPricesQuote = Literal["USDC", "USDT", "USDXO"]

EARN_DUAL_GET_DELIVERY_PRICES_QUOTE_VALUES: set[EarnDualGetDeliveryPricesQuote] = {
    "USDC",
    "USDT",
    "USDXO",
}


def check_earn_dual_get_delivery_prices_quote(
    value: str,
) -> EarnDualGetDeliveryPricesQuote:
    if value in EARN_DUAL_GET_DELIVERY_PRICES_QUOTE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EARN_DUAL_GET_DELIVERY_PRICES_QUOTE_VALUES!r}"
    )
