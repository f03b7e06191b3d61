from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingRate")


@_attrs_define
class FundingRate:
    """One funding rate that was applied.

    Attributes:
        funding_rate (str | Unset): The rate.
        funding_time (int | Unset): When it was applied, in milliseconds since the epoch.
    """

    funding_rate: str | Unset = UNSET
    funding_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funding_rate = self.funding_rate

        funding_time = self.funding_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if funding_rate is not UNSET:
            field_dict["fundingRate"] = funding_rate
        if funding_time is not UNSET:
            field_dict["fundingTime"] = funding_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        funding_rate = d.pop("fundingRate", UNSET)

        funding_time = d.pop("fundingTime", UNSET)

        funding_rate = cls(
            funding_rate=funding_rate,
            funding_time=funding_time,
        )

        funding_rate.additional_properties = d
        return funding_rate

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
