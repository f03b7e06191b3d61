from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.position_mode_setting_position_mode import (
    PositionModeSettingPositionMode,
    check_position_mode_setting_position_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PositionModeSetting")


@_attrs_define
class PositionModeSetting:
    """How the futures account holds positions.

    Attributes:
        position_mode (PositionModeSettingPositionMode | Unset): BUYSELL: one net position per pair (one-way);
            OPENCLOSE: a long and a short position side by side (hedge).
    """

    position_mode: PositionModeSettingPositionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position_mode: str | Unset = UNSET
        if not isinstance(self.position_mode, Unset):
            position_mode = self.position_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position_mode is not UNSET:
            field_dict["positionMode"] = position_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _position_mode = d.pop("positionMode", UNSET)
        position_mode: PositionModeSettingPositionMode | Unset
        if isinstance(_position_mode, Unset):
            position_mode = UNSET
        else:
            position_mode = check_position_mode_setting_position_mode(_position_mode)

        position_mode_setting = cls(
            position_mode=position_mode,
        )

        position_mode_setting.additional_properties = d
        return position_mode_setting

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
