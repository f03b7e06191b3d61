from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.futures_grid_order_data import FuturesGridOrderData


T = TypeVar("T", bound="FuturesGridCreated")


@_attrs_define
class FuturesGridCreated:
    """A futures grid just created.

    Attributes:
        bu_order_id (str | Unset): Identifier the exchange gave the bot.
        bu_order_data (FuturesGridOrderData | Unset): The settings and state of a futures grid.
    """

    bu_order_id: str | Unset = UNSET
    bu_order_data: FuturesGridOrderData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bu_order_id = self.bu_order_id

        bu_order_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bu_order_data, Unset):
            bu_order_data = self.bu_order_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bu_order_id is not UNSET:
            field_dict["buOrderId"] = bu_order_id
        if bu_order_data is not UNSET:
            field_dict["buOrderData"] = bu_order_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_grid_order_data import FuturesGridOrderData

        d = dict(src_dict)
        bu_order_id = d.pop("buOrderId", UNSET)

        _bu_order_data = d.pop("buOrderData", UNSET)
        bu_order_data: FuturesGridOrderData | Unset
        if isinstance(_bu_order_data, Unset):
            bu_order_data = UNSET
        else:
            bu_order_data = FuturesGridOrderData.from_dict(_bu_order_data)

        futures_grid_created = cls(
            bu_order_id=bu_order_id,
            bu_order_data=bu_order_data,
        )

        futures_grid_created.additional_properties = d
        return futures_grid_created

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
