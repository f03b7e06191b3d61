from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DualIndex")


@_attrs_define
class DualIndex:
    """The index price of a pair.

    Attributes:
        index (str | Unset): Index price now.
        base (str | Unset): Base coin.
        quote (str | Unset): Quote of the pair.
        update_time (int | Unset): When the index was last set, in milliseconds.
    """

    index: str | Unset = UNSET
    base: str | Unset = UNSET
    quote: str | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        base = self.base

        quote = self.quote

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if base is not UNSET:
            field_dict["base"] = base
        if quote is not UNSET:
            field_dict["quote"] = quote
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        base = d.pop("base", UNSET)

        quote = d.pop("quote", UNSET)

        update_time = d.pop("updateTime", UNSET)

        dual_index = cls(
            index=index,
            base=base,
            quote=quote,
            update_time=update_time,
        )

        dual_index.additional_properties = d
        return dual_index

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
