from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DualPrice")


@_attrs_define
class DualPrice:
    """Whether a product can be invested in now, and at which yield.

    Attributes:
        product_id (str | Unset): The product's id.
        can_invest (bool | Unset): Whether it takes new investments now.
        profit (str | Unset): Annualised yield (0.0215 is 2.15% a year): pass it unchanged to earnDualInvest. Absent
            (sent empty) when the product cannot be invested in.
        base_size (str | Unset): Amount of the base coin per unit. Absent (sent empty) when the product cannot be
            invested in.
        update_time (int | Unset): When the yield was last set, in milliseconds (0 when the product cannot be invested
            in).
    """

    product_id: str | Unset = UNSET
    can_invest: bool | Unset = UNSET
    profit: str | Unset = UNSET
    base_size: str | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        can_invest = self.can_invest

        profit = self.profit

        base_size = self.base_size

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if can_invest is not UNSET:
            field_dict["canInvest"] = can_invest
        if profit is not UNSET:
            field_dict["profit"] = profit
        if base_size is not UNSET:
            field_dict["baseSize"] = base_size
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id = d.pop("productId", UNSET)

        can_invest = d.pop("canInvest", UNSET)

        profit = d.pop("profit", UNSET)

        base_size = d.pop("baseSize", UNSET)

        update_time = d.pop("updateTime", UNSET)

        dual_price = cls(
            product_id=product_id,
            can_invest=can_invest,
            profit=profit,
            base_size=base_size,
            update_time=update_time,
        )

        dual_price.additional_properties = d
        return dual_price

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
