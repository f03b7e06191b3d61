from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstFundWithdrawAccount")


@_attrs_define
class InstFundWithdrawAccount:
    """A bank account bound for withdrawals.

    Attributes:
        withdraw_account_id (str | Unset): Identifier to pass to createWithdraw.
        bank_name (str | Unset): The bank.
        account_name (str | Unset): Holder of the bank account.
        account_number (str | Unset): Account number, masked but for its last digits.
        currency (str | Unset): Currency the bank account takes.
        status (str | Unset): State of the binding, such as `active`.
    """

    withdraw_account_id: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    account_name: str | Unset = UNSET
    account_number: str | Unset = UNSET
    currency: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        withdraw_account_id = self.withdraw_account_id

        bank_name = self.bank_name

        account_name = self.account_name

        account_number = self.account_number

        currency = self.currency

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if withdraw_account_id is not UNSET:
            field_dict["withdrawAccountId"] = withdraw_account_id
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        withdraw_account_id = d.pop("withdrawAccountId", UNSET)

        bank_name = d.pop("bankName", UNSET)

        account_name = d.pop("accountName", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        currency = d.pop("currency", UNSET)

        status = d.pop("status", UNSET)

        inst_fund_withdraw_account = cls(
            withdraw_account_id=withdraw_account_id,
            bank_name=bank_name,
            account_name=account_name,
            account_number=account_number,
            currency=currency,
            status=status,
        )

        inst_fund_withdraw_account.additional_properties = d
        return inst_fund_withdraw_account

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
