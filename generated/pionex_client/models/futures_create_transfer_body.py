from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_create_transfer_body_from_account import (
    FuturesCreateTransferBodyFromAccount,
    check_futures_create_transfer_body_from_account,
)
from ..models.futures_create_transfer_body_to_account import (
    FuturesCreateTransferBodyToAccount,
    check_futures_create_transfer_body_to_account,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesCreateTransferBody")


@_attrs_define
class FuturesCreateTransferBody:
    """
    Attributes:
        from_account (FuturesCreateTransferBodyFromAccount): Account the funds leave.
        to_account (FuturesCreateTransferBodyToAccount): Account the funds go to.
        currency (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example:
            USDT.
        amount (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more
            digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after
            it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states
            for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may
            have, whatever the pair. Example: 0.001.
        client_id (str | Unset): The caller's own identifier of a transfer request, which the exchange uses to drop a
            repeated request. Pionex documents no format for it; the client accepts ASCII letters, digits, hyphens and
            underscores, 1 to 64 characters, which travel unchanged in a query or a body. Example: move-2024-01.
        comment (str | Unset): A short note kept with a transfer: at most 32 characters. Pionex sets only the length;
            the client keeps to ASCII letters, digits and `_ . : / -`, which the exchange reads back unchanged. Example:
            rebalance.
    """

    from_account: FuturesCreateTransferBodyFromAccount
    to_account: FuturesCreateTransferBodyToAccount
    currency: str
    amount: str
    client_id: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_account: str = self.from_account

        to_account: str = self.to_account

        currency = self.currency

        amount = self.amount

        client_id = self.client_id

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromAccount": from_account,
                "toAccount": to_account,
                "currency": currency,
                "amount": amount,
            }
        )
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_account = check_futures_create_transfer_body_from_account(
            d.pop("fromAccount")
        )

        to_account = check_futures_create_transfer_body_to_account(d.pop("toAccount"))

        currency = d.pop("currency")

        amount = d.pop("amount")

        client_id = d.pop("clientId", UNSET)

        comment = d.pop("comment", UNSET)

        futures_create_transfer_body = cls(
            from_account=from_account,
            to_account=to_account,
            currency=currency,
            amount=amount,
            client_id=client_id,
            comment=comment,
        )

        futures_create_transfer_body.additional_properties = d
        return futures_create_transfer_body

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
