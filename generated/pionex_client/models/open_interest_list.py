from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_interest import OpenInterest


T = TypeVar("T", bound="OpenInterestList")


@_attrs_define
class OpenInterestList:
    """Open interest, one entry per perpetual pair.

    Attributes:
        open_interests (list[OpenInterest] | Unset): Ordered by pair name.
    """

    open_interests: list[OpenInterest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_interests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.open_interests, Unset):
            open_interests = []
            for open_interests_item_data in self.open_interests:
                open_interests_item = open_interests_item_data.to_dict()
                open_interests.append(open_interests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_interests is not UNSET:
            field_dict["openInterests"] = open_interests

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.open_interest import OpenInterest

        d = dict(src_dict)
        _open_interests = d.pop("openInterests", UNSET)
        open_interests: list[OpenInterest] | Unset = UNSET
        if _open_interests is not UNSET:
            open_interests = []
            for open_interests_item_data in _open_interests:
                open_interests_item = OpenInterest.from_dict(open_interests_item_data)

                open_interests.append(open_interests_item)

        open_interest_list = cls(
            open_interests=open_interests,
        )

        open_interest_list.additional_properties = d
        return open_interest_list

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
