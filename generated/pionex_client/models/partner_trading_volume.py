from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_trading_stat import PartnerTradingStat


T = TypeVar("T", bound="PartnerTradingVolume")


@_attrs_define
class PartnerTradingVolume:
    """Trading volume of the partner's users.

    Attributes:
        total (int | Unset): How many users the list holds.
        list_ (list[PartnerTradingStat] | Unset): One entry per user.
    """

    total: int | Unset = UNSET
    list_: list[PartnerTradingStat] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = []
            for list_item_data in self.list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if list_ is not UNSET:
            field_dict["list"] = list_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partner_trading_stat import PartnerTradingStat

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        _list_ = d.pop("list", UNSET)
        list_: list[PartnerTradingStat] | Unset = UNSET
        if _list_ is not UNSET:
            list_ = []
            for list_item_data in _list_:
                list_item = PartnerTradingStat.from_dict(list_item_data)

                list_.append(list_item)

        partner_trading_volume = cls(
            total=total,
            list_=list_,
        )

        partner_trading_volume.additional_properties = d
        return partner_trading_volume

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
