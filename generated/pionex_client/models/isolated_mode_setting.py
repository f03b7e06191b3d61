from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.isolated_mode_setting_isolated_mode import (
    IsolatedModeSettingIsolatedMode,
    check_isolated_mode_setting_isolated_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IsolatedModeSetting")


@_attrs_define
class IsolatedModeSetting:
    """The margin mode of one perpetual pair.

    Attributes:
        symbol (str | Unset): Perpetual pair name.
        isolated_mode (IsolatedModeSettingIsolatedMode | Unset): CROSS shares the account's margin; ISOLATED gives the
            pair its own.
    """

    symbol: str | Unset = UNSET
    isolated_mode: IsolatedModeSettingIsolatedMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        isolated_mode: str | Unset = UNSET
        if not isinstance(self.isolated_mode, Unset):
            isolated_mode = self.isolated_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if isolated_mode is not UNSET:
            field_dict["isolatedMode"] = isolated_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)

        _isolated_mode = d.pop("isolatedMode", UNSET)
        isolated_mode: IsolatedModeSettingIsolatedMode | Unset
        if isinstance(_isolated_mode, Unset):
            isolated_mode = UNSET
        else:
            isolated_mode = check_isolated_mode_setting_isolated_mode(_isolated_mode)

        isolated_mode_setting = cls(
            symbol=symbol,
            isolated_mode=isolated_mode,
        )

        isolated_mode_setting.additional_properties = d
        return isolated_mode_setting

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
