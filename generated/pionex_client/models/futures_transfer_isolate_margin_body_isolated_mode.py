from typing import Literal

FuturesTransferIsolateMarginBodyIsolatedMode = Literal[
    "ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"
]

FUTURES_TRANSFER_ISOLATE_MARGIN_BODY_ISOLATED_MODE_VALUES: set[
    FuturesTransferIsolateMarginBodyIsolatedMode
] = {
    "ISOLATED_BOTH",
    "ISOLATED_LONG",
    "ISOLATED_SHORT",
}


def check_futures_transfer_isolate_margin_body_isolated_mode(
    value: str,
) -> FuturesTransferIsolateMarginBodyIsolatedMode:
    if value in FUTURES_TRANSFER_ISOLATE_MARGIN_BODY_ISOLATED_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TRANSFER_ISOLATE_MARGIN_BODY_ISOLATED_MODE_VALUES!r}"
    )
