from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstFundWithdrawal")


@_attrs_define
class InstFundWithdrawal:
    """A fiat withdrawal.

    Attributes:
        id (str | Unset): Identifier of the withdrawal.
        withdraw_account_id (str | Unset): The bound account it went to.
        channel (str | Unset): Channel it went through.
        amount (str | Unset): Total amount taken from the account, fee included.
        fee (str | Unset): The fee.
        net_amount (str | Unset): What reaches the bank account: amount minus fee.
        currency (str | Unset): Currency of the withdrawal.
        status (str | Unset): State of the withdrawal, such as `processing` or `completed`.
        create_time (int | Unset): When it was asked for, in milliseconds.
    """

    id: str | Unset = UNSET
    withdraw_account_id: str | Unset = UNSET
    channel: str | Unset = UNSET
    amount: str | Unset = UNSET
    fee: str | Unset = UNSET
    net_amount: str | Unset = UNSET
    currency: str | Unset = UNSET
    status: str | Unset = UNSET
    create_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        withdraw_account_id = self.withdraw_account_id

        channel = self.channel

        amount = self.amount

        fee = self.fee

        net_amount = self.net_amount

        currency = self.currency

        status = self.status

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if withdraw_account_id is not UNSET:
            field_dict["withdrawAccountId"] = withdraw_account_id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if amount is not UNSET:
            field_dict["amount"] = amount
        if fee is not UNSET:
            field_dict["fee"] = fee
        if net_amount is not UNSET:
            field_dict["netAmount"] = net_amount
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

        withdraw_account_id = d.pop("withdrawAccountId", UNSET)

        channel = d.pop("channel", UNSET)

        amount = d.pop("amount", UNSET)

        fee = d.pop("fee", UNSET)

        net_amount = d.pop("netAmount", UNSET)

        currency = d.pop("currency", UNSET)

        status = d.pop("status", UNSET)

        create_time = d.pop("createTime", UNSET)

        inst_fund_withdrawal = cls(
            id=id,
            withdraw_account_id=withdraw_account_id,
            channel=channel,
            amount=amount,
            fee=fee,
            net_amount=net_amount,
            currency=currency,
            status=status,
            create_time=create_time,
        )

        inst_fund_withdrawal.additional_properties = d
        return inst_fund_withdrawal

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
