from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalancePrice")


@_attrs_define
class BalancePrice:
    """The price of one coin and its change over 24 hours.

    Attributes:
        price_in_usd (str | Unset): Price in USD.
        price_in_btc (str | Unset): Price in BTC.
        change_24_h_in_usd (str | Unset): Change of the USD price over the last 24 hours (may be negative).
        change_24_h_in_btc (str | Unset): Change of the BTC price over the last 24 hours (may be negative).
        full_name (str | Unset): The coin's full name, such as Bitcoin.
    """

    price_in_usd: str | Unset = UNSET
    price_in_btc: str | Unset = UNSET
    change_24_h_in_usd: str | Unset = UNSET
    change_24_h_in_btc: str | Unset = UNSET
    full_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_in_usd = self.price_in_usd

        price_in_btc = self.price_in_btc

        change_24_h_in_usd = self.change_24_h_in_usd

        change_24_h_in_btc = self.change_24_h_in_btc

        full_name = self.full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_in_usd is not UNSET:
            field_dict["priceInUsd"] = price_in_usd
        if price_in_btc is not UNSET:
            field_dict["priceInBtc"] = price_in_btc
        if change_24_h_in_usd is not UNSET:
            field_dict["change24hInUsd"] = change_24_h_in_usd
        if change_24_h_in_btc is not UNSET:
            field_dict["change24hInBtc"] = change_24_h_in_btc
        if full_name is not UNSET:
            field_dict["fullName"] = full_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        price_in_usd = d.pop("priceInUsd", UNSET)

        price_in_btc = d.pop("priceInBtc", UNSET)

        change_24_h_in_usd = d.pop("change24hInUsd", UNSET)

        change_24_h_in_btc = d.pop("change24hInBtc", UNSET)

        full_name = d.pop("fullName", UNSET)

        balance_price = cls(
            price_in_usd=price_in_usd,
            price_in_btc=price_in_btc,
            change_24_h_in_usd=change_24_h_in_usd,
            change_24_h_in_btc=change_24_h_in_btc,
            full_name=full_name,
        )

        balance_price.additional_properties = d
        return balance_price

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
