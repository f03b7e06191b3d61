from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DualDeliveryPrice")


@_attrs_define
class DualDeliveryPrice:
    """The index recorded at one expiry.

    Attributes:
        delivery (str | Unset): The delivery price: the index at the moment of expiry.
        date (str | Unset): Day of the expiry, YYYY-MM-DD.
        delivery_time (int | Unset): Moment of the expiry, in milliseconds.
    """

    delivery: str | Unset = UNSET
    date: str | Unset = UNSET
    delivery_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery = self.delivery

        date = self.date

        delivery_time = self.delivery_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if date is not UNSET:
            field_dict["date"] = date
        if delivery_time is not UNSET:
            field_dict["deliveryTime"] = delivery_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        delivery = d.pop("delivery", UNSET)

        date = d.pop("date", UNSET)

        delivery_time = d.pop("deliveryTime", UNSET)

        dual_delivery_price = cls(
            delivery=delivery,
            date=date,
            delivery_time=delivery_time,
        )

        dual_delivery_price.additional_properties = d
        return dual_delivery_price

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
