from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstFundCreateWithdrawBody")


@_attrs_define
class InstFundCreateWithdrawBody:
    """The withdrawal: which bound account, how much, and optionally the channel.

    Attributes:
        withdraw_account_id (str): Identifier of a bound withdraw account (from getWithdrawAccounts).
        amount (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more
            digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after
            it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states
            for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may
            have, whatever the pair. Example: 0.001.
        channel (str | Unset): Channel to send it through; the account's default channel when left out.
    """

    withdraw_account_id: str
    amount: str
    channel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        withdraw_account_id = self.withdraw_account_id

        amount = self.amount

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "withdrawAccountId": withdraw_account_id,
                "amount": amount,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        withdraw_account_id = d.pop("withdrawAccountId")

        amount = d.pop("amount")

        channel = d.pop("channel", UNSET)

        inst_fund_create_withdraw_body = cls(
            withdraw_account_id=withdraw_account_id,
            amount=amount,
            channel=channel,
        )

        inst_fund_create_withdraw_body.additional_properties = d
        return inst_fund_create_withdraw_body

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
