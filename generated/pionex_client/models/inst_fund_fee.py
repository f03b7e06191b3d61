from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstFundFee")


@_attrs_define
class InstFundFee:
    """The cost of a withdrawal.

    Attributes:
        total_amount (str | Unset): The amount asked about, fee included.
        fee (str | Unset): The fee.
        net_amount (str | Unset): What would reach the bank account: total amount minus fee.
    """

    total_amount: str | Unset = UNSET
    fee: str | Unset = UNSET
    net_amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        fee = self.fee

        net_amount = self.net_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if fee is not UNSET:
            field_dict["fee"] = fee
        if net_amount is not UNSET:
            field_dict["netAmount"] = net_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_amount = d.pop("totalAmount", UNSET)

        fee = d.pop("fee", UNSET)

        net_amount = d.pop("netAmount", UNSET)

        inst_fund_fee = cls(
            total_amount=total_amount,
            fee=fee,
            net_amount=net_amount,
        )

        inst_fund_fee.additional_properties = d
        return inst_fund_fee

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
