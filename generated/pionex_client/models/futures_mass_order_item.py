from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_mass_order_item_position_side import (
    FuturesMassOrderItemPositionSide,
    check_futures_mass_order_item_position_side,
)
from ..models.futures_mass_order_item_side import (
    FuturesMassOrderItemSide,
    check_futures_mass_order_item_side,
)
from ..models.futures_mass_order_item_type import (
    FuturesMassOrderItemType,
    check_futures_mass_order_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesMassOrderItem")


@_attrs_define
class FuturesMassOrderItem:
    """One LIMIT order of a futures bulk placement.

    Attributes:
        side (FuturesMassOrderItemSide): BUY or SELL.
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
        type_ (FuturesMassOrderItemType): Only LIMIT orders can be placed in bulk.
        client_order_id (str | Unset): The caller's own identifier for an order: ASCII letters, digits and hyphens, 1 to
            64 characters, unique per account. Example: my-order-1.
        position_side (FuturesMassOrderItemPositionSide | Unset): Position the order acts on (LONG or SHORT in hedge
            mode).
        reduce_only (bool | Unset): Only shrink a position; must stay false in hedge mode. Default: False.
    """

    side: FuturesMassOrderItemSide
    size: str
    price: str
    type_: FuturesMassOrderItemType
    client_order_id: str | Unset = UNSET
    position_side: FuturesMassOrderItemPositionSide | Unset = UNSET
    reduce_only: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        side: str = self.side

        size = self.size

        price = self.price

        type_: str = self.type_

        client_order_id = self.client_order_id

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side

        reduce_only = self.reduce_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "side": side,
                "size": size,
                "price": price,
                "type": type_,
            }
        )
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side
        if reduce_only is not UNSET:
            field_dict["reduceOnly"] = reduce_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        side = check_futures_mass_order_item_side(d.pop("side"))

        size = d.pop("size")

        price = d.pop("price")

        type_ = check_futures_mass_order_item_type(d.pop("type"))

        client_order_id = d.pop("clientOrderId", UNSET)

        _position_side = d.pop("positionSide", UNSET)
        position_side: FuturesMassOrderItemPositionSide | Unset
        if isinstance(_position_side, Unset):
            position_side = UNSET
        else:
            position_side = check_futures_mass_order_item_position_side(_position_side)

        reduce_only = d.pop("reduceOnly", UNSET)

        futures_mass_order_item = cls(
            side=side,
            size=size,
            price=price,
            type_=type_,
            client_order_id=client_order_id,
            position_side=position_side,
            reduce_only=reduce_only,
        )

        futures_mass_order_item.additional_properties = d
        return futures_mass_order_item

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
