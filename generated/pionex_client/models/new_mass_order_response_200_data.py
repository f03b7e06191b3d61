from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_mass_order_response_200_data_order_ids_item import (
        NewMassOrderResponse200DataOrderIdsItem,
    )


T = TypeVar("T", bound="NewMassOrderResponse200Data")


@_attrs_define
class NewMassOrderResponse200Data:
    """
    Attributes:
        order_ids (list[NewMassOrderResponse200DataOrderIdsItem]): One entry per placed order, in request order.
    """

    order_ids: list[NewMassOrderResponse200DataOrderIdsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_ids = []
        for order_ids_item_data in self.order_ids:
            order_ids_item = order_ids_item_data.to_dict()
            order_ids.append(order_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderIds": order_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_mass_order_response_200_data_order_ids_item import (
            NewMassOrderResponse200DataOrderIdsItem,
        )

        d = dict(src_dict)
        order_ids = []
        _order_ids = d.pop("orderIds")
        for order_ids_item_data in _order_ids:
            order_ids_item = NewMassOrderResponse200DataOrderIdsItem.from_dict(
                order_ids_item_data
            )

            order_ids.append(order_ids_item)

        new_mass_order_response_200_data = cls(
            order_ids=order_ids,
        )

        new_mass_order_response_200_data.additional_properties = d
        return new_mass_order_response_200_data

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
