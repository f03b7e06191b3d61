from typing import Literal

SignalActionAction = Literal["buy", "sell"]

SIGNAL_ACTION_ACTION_VALUES: set[SignalActionAction] = {
    "buy",
    "sell",
}


def check_signal_action_action(value: str) -> SignalActionAction:
    if value in SIGNAL_ACTION_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGNAL_ACTION_ACTION_VALUES!r}"
    )
