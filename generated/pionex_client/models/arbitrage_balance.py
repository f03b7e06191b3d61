from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArbitrageBalance")


@_attrs_define
class ArbitrageBalance:
    """One stake still earning. Pionex does not document these fields; the names are the project's choice, every one may be
    absent, and other fields are ignored.

        Attributes:
            product_id (str | Unset): The product staked into.
            coin (str | Unset): Coin staked.
            amount (str | Unset): Principal still staked.
            interest (str | Unset): Interest accrued on it and not yet paid out.
            apr (str | Unset): The product's annualised rate as a fraction.
            start_time (int | Unset): When the stake was made, in milliseconds.
            end_time (int | Unset): When its term ends and it is paid back, in milliseconds.
            status (str | Unset): State of the stake, such as `EARNING`.
            txid (str | Unset): Identifier of the stake's transaction (the stake's reply's txid).
    """

    product_id: str | Unset = UNSET
    coin: str | Unset = UNSET
    amount: str | Unset = UNSET
    interest: str | Unset = UNSET
    apr: str | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    status: str | Unset = UNSET
    txid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        coin = self.coin

        amount = self.amount

        interest = self.interest

        apr = self.apr

        start_time = self.start_time

        end_time = self.end_time

        status = self.status

        txid = self.txid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if coin is not UNSET:
            field_dict["coin"] = coin
        if amount is not UNSET:
            field_dict["amount"] = amount
        if interest is not UNSET:
            field_dict["interest"] = interest
        if apr is not UNSET:
            field_dict["apr"] = apr
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if txid is not UNSET:
            field_dict["txid"] = txid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id = d.pop("productId", UNSET)

        coin = d.pop("coin", UNSET)

        amount = d.pop("amount", UNSET)

        interest = d.pop("interest", UNSET)

        apr = d.pop("apr", UNSET)

        start_time = d.pop("startTime", UNSET)

        end_time = d.pop("endTime", UNSET)

        status = d.pop("status", UNSET)

        txid = d.pop("txid", UNSET)

        arbitrage_balance = cls(
            product_id=product_id,
            coin=coin,
            amount=amount,
            interest=interest,
            apr=apr,
            start_time=start_time,
            end_time=end_time,
            status=status,
            txid=txid,
        )

        arbitrage_balance.additional_properties = d
        return arbitrage_balance

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
