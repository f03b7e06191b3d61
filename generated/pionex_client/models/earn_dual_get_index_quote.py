from typing import Literal

EarnDualGetIndexQuote = Literal["USDC", "USDT", "USDXO"]

EARN_DUAL_GET_INDEX_QUOTE_VALUES: set[EarnDualGetIndexQuote] = {
    "USDC",
    "USDT",
    "USDXO",
}


def check_earn_dual_get_index_quote(value: str) -> EarnDualGetIndexQuote:
    if value in EARN_DUAL_GET_INDEX_QUOTE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EARN_DUAL_GET_INDEX_QUOTE_VALUES!r}"
    )
