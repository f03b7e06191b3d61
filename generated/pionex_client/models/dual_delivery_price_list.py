from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dual_delivery_price import DualDeliveryPrice


T = TypeVar("T", bound="DualDeliveryPriceList")


@_attrs_define
class DualDeliveryPriceList:
    """Past delivery prices of a pair.

    Attributes:
        prices (list[DualDeliveryPrice] | Unset): One entry per expiry.
    """

    prices: list[DualDeliveryPrice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = []
            for prices_item_data in self.prices:
                prices_item = prices_item_data.to_dict()
                prices.append(prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prices is not UNSET:
            field_dict["prices"] = prices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dual_delivery_price import DualDeliveryPrice

        d = dict(src_dict)
        _prices = d.pop("prices", UNSET)
        prices: list[DualDeliveryPrice] | Unset = UNSET
        if _prices is not UNSET:
            prices = []
            for prices_item_data in _prices:
                prices_item = DualDeliveryPrice.from_dict(prices_item_data)

                prices.append(prices_item)

        dual_delivery_price_list = cls(
            prices=prices,
        )

        dual_delivery_price_list.additional_properties = d
        return dual_delivery_price_list

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
