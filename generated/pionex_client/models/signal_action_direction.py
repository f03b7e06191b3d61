from typing import Literal

SignalActionDirection = Literal["long", "short"]

SIGNAL_ACTION_DIRECTION_VALUES: set[SignalActionDirection] = {
    "long",
    "short",
}


def check_signal_action_direction(value: str) -> SignalActionDirection:
    if value in SIGNAL_ACTION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGNAL_ACTION_DIRECTION_VALUES!r}"
    )
