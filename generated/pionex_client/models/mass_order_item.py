from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mass_order_item_side import MassOrderItemSide, check_mass_order_item_side
from ..models.mass_order_item_type import MassOrderItemType, check_mass_order_item_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="MassOrderItem")


@_attrs_define
class MassOrderItem:
    """One order of a bulk placement.

    Attributes:
        side (MassOrderItemSide): BUY or SELL.
        type_ (MassOrderItemType): Only LIMIT orders can be placed in bulk.
        size (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more digits
            (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after it.
            Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states for a
            number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may have,
            whatever the pair. Example: 0.001.
        price (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more digits
            (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after it.
            Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states for a
            number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may have,
            whatever the pair. Example: 0.001.
        client_order_id (str | Unset): The caller's own identifier for an order: ASCII letters, digits and hyphens, 1 to
            64 characters, unique per account. Example: my-order-1.
    """

    side: MassOrderItemSide
    type_: MassOrderItemType
    size: str
    price: str
    client_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        side: str = self.side

        type_: str = self.type_

        size = self.size

        price = self.price

        client_order_id = self.client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "side": side,
                "type": type_,
                "size": size,
                "price": price,
            }
        )
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        side = check_mass_order_item_side(d.pop("side"))

        type_ = check_mass_order_item_type(d.pop("type"))

        size = d.pop("size")

        price = d.pop("price")

        client_order_id = d.pop("clientOrderId", UNSET)

        mass_order_item = cls(
            side=side,
            type_=type_,
            size=size,
            price=price,
            client_order_id=client_order_id,
        )

        mass_order_item.additional_properties = d
        return mass_order_item

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
