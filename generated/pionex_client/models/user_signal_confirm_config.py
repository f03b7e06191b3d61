from typing import Literal

UserSignalConfirmConfig = Literal[0, 1]

USER_SIGNAL_CONFIRM_CONFIG_VALUES: set[UserSignalConfirmConfig] = {
    0,
    1,
}


def check_user_signal_confirm_config(value: int) -> UserSignalConfirmConfig:
    if value in USER_SIGNAL_CONFIRM_CONFIG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_SIGNAL_CONFIRM_CONFIG_VALUES!r}"
    )
