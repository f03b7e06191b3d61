from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.placed_order import PlacedOrder


T = TypeVar("T", bound="PlacedOrders")


@_attrs_define
class PlacedOrders:
    """The identifiers of the orders a mass order placed.

    Attributes:
        order_ids (list[PlacedOrder]): One entry per placed order, in the order of the request's items; an entry that
            cannot be read refuses the whole reply rather than shift the others.
    """

    order_ids: list[PlacedOrder]
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
        from ..models.placed_order import PlacedOrder

        d = dict(src_dict)
        order_ids = []
        _order_ids = d.pop("orderIds")
        for order_ids_item_data in _order_ids:
            order_ids_item = PlacedOrder.from_dict(order_ids_item_data)

            order_ids.append(order_ids_item)

        placed_orders = cls(
            order_ids=order_ids,
        )

        placed_orders.additional_properties = d
        return placed_orders

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
