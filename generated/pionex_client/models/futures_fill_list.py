from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.futures_fill import FuturesFill


T = TypeVar("T", bound="FuturesFillList")


@_attrs_define
class FuturesFillList:
    """A list of the account's futures fills.

    Attributes:
        fills (list[FuturesFill] | Unset): Fills, newest first.
    """

    fills: list[FuturesFill] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fills, Unset):
            fills = []
            for fills_item_data in self.fills:
                fills_item = fills_item_data.to_dict()
                fills.append(fills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fills is not UNSET:
            field_dict["fills"] = fills

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_fill import FuturesFill

        d = dict(src_dict)
        _fills = d.pop("fills", UNSET)
        fills: list[FuturesFill] | Unset = UNSET
        if _fills is not UNSET:
            fills = []
            for fills_item_data in _fills:
                fills_item = FuturesFill.from_dict(fills_item_data)

                fills.append(fills_item)

        futures_fill_list = cls(
            fills=fills,
        )

        futures_fill_list.additional_properties = d
        return futures_fill_list

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
