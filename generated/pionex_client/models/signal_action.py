from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_action_action import SignalActionAction, check_signal_action_action
from ..models.signal_action_direction import (
    SignalActionDirection,
    check_signal_action_direction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignalAction")


@_attrs_define
class SignalAction:
    """What a signal asks the bots that follow it to do.

    Attributes:
        action (SignalActionAction): `buy` or `sell`.
        position_size (str): Position the strategy holds after the action, as a ratio or an amount in plain decimal
            notation: negative when short, 0 when flat (so a string, not an amount the client checks as one).
        contracts (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more
            digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after
            it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states
            for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may
            have, whatever the pair. Example: 0.001.
        direction (SignalActionDirection | Unset): Direction the action concerns, as a hint.
    """

    action: SignalActionAction
    position_size: str
    contracts: str
    direction: SignalActionDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        position_size = self.position_size

        contracts = self.contracts

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "position_size": position_size,
                "contracts": contracts,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = check_signal_action_action(d.pop("action"))

        position_size = d.pop("position_size")

        contracts = d.pop("contracts")

        _direction = d.pop("direction", UNSET)
        direction: SignalActionDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = check_signal_action_direction(_direction)

        signal_action = cls(
            action=action,
            position_size=position_size,
            contracts=contracts,
            direction=direction,
        )

        signal_action.additional_properties = d
        return signal_action

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
