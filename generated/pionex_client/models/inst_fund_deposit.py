from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstFundDeposit")


@_attrs_define
class InstFundDeposit:
    """A fiat deposit.

    Attributes:
        id (str | Unset): Identifier of the deposit.
        amount (str | Unset): Amount received.
        currency (str | Unset): Currency of the deposit.
        status (str | Unset): State of the deposit, such as `completed`.
        create_time (int | Unset): When it arrived, in milliseconds.
    """

    id: str | Unset = UNSET
    amount: str | Unset = UNSET
    currency: str | Unset = UNSET
    status: str | Unset = UNSET
    create_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        status = self.status

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["createTime"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        status = d.pop("status", UNSET)

        create_time = d.pop("createTime", UNSET)

        inst_fund_deposit = cls(
            id=id,
            amount=amount,
            currency=currency,
            status=status,
            create_time=create_time,
        )

        inst_fund_deposit.additional_properties = d
        return inst_fund_deposit

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
