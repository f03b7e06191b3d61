from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArbitrageProduct")


@_attrs_define
class ArbitrageProduct:
    """One term-arbitrage product. Pionex does not document these fields; the names are the project's choice, every one may
    be absent, and other fields are ignored.

        Attributes:
            product_id (str | Unset): Identifier of the product, to stake into (such as ARB-USDT-30D).
            coin (str | Unset): Coin the product takes and pays: USDT or USDC.
            term_days (int | Unset): Length of the term in days, from the day of a stake.
            apr (str | Unset): Annualised rate of interest as a fraction (0.085 is 8.5% a year).
            min_amount (str | Unset): Smallest amount one stake may have.
            max_amount (str | Unset): Largest amount one stake may have.
            status (str | Unset): Whether the product takes stakes now, such as `OPEN`.
    """

    product_id: str | Unset = UNSET
    coin: str | Unset = UNSET
    term_days: int | Unset = UNSET
    apr: str | Unset = UNSET
    min_amount: str | Unset = UNSET
    max_amount: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        coin = self.coin

        term_days = self.term_days

        apr = self.apr

        min_amount = self.min_amount

        max_amount = self.max_amount

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if coin is not UNSET:
            field_dict["coin"] = coin
        if term_days is not UNSET:
            field_dict["termDays"] = term_days
        if apr is not UNSET:
            field_dict["apr"] = apr
        if min_amount is not UNSET:
            field_dict["minAmount"] = min_amount
        if max_amount is not UNSET:
            field_dict["maxAmount"] = max_amount
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id = d.pop("productId", UNSET)

        coin = d.pop("coin", UNSET)

        term_days = d.pop("termDays", UNSET)

        apr = d.pop("apr", UNSET)

        min_amount = d.pop("minAmount", UNSET)

        max_amount = d.pop("maxAmount", UNSET)

        status = d.pop("status", UNSET)

        arbitrage_product = cls(
            product_id=product_id,
            coin=coin,
            term_days=term_days,
            apr=apr,
            min_amount=min_amount,
            max_amount=max_amount,
            status=status,
        )

        arbitrage_product.additional_properties = d
        return arbitrage_product

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
