from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dual_product_list import DualProductList


T = TypeVar("T", bound="EarnDualGetOpenProductsResponse200")


@_attrs_define
class EarnDualGetOpenProductsResponse200:
    """
    Attributes:
        result (bool): true when the request succeeded.
        timestamp (int | Unset): Server time of the reply, in milliseconds since the epoch.
        data (DualProductList | Unset): Open products of a pair and side.
    """

    result: bool
    timestamp: int | Unset = UNSET
    data: DualProductList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        timestamp = self.timestamp

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dual_product_list import DualProductList

        d = dict(src_dict)
        result = d.pop("result")

        timestamp = d.pop("timestamp", UNSET)

        _data = d.pop("data", UNSET)
        data: DualProductList | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = DualProductList.from_dict(_data)

        earn_dual_get_open_products_response_200 = cls(
            result=result,
            timestamp=timestamp,
            data=data,
        )

        earn_dual_get_open_products_response_200.additional_properties = d
        return earn_dual_get_open_products_response_200

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
