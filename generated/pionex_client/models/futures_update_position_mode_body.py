from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_update_position_mode_body_position_mode import (
    FuturesUpdatePositionModeBodyPositionMode,
    check_futures_update_position_mode_body_position_mode,
)

T = TypeVar("T", bound="FuturesUpdatePositionModeBody")


@_attrs_define
class FuturesUpdatePositionModeBody:
    """
    Attributes:
        position_mode (FuturesUpdatePositionModeBodyPositionMode): BUYSELL for one net position per pair (one-way),
            OPENCLOSE for a long and a short side by side (hedge).
    """

    position_mode: FuturesUpdatePositionModeBodyPositionMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position_mode: str = self.position_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positionMode": position_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        position_mode = check_futures_update_position_mode_body_position_mode(
            d.pop("positionMode")
        )

        futures_update_position_mode_body = cls(
            position_mode=position_mode,
        )

        futures_update_position_mode_body.additional_properties = d
        return futures_update_position_mode_body

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
