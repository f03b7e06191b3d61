from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DualCoin")


@_attrs_define
class DualCoin:
    """One pair dual investment is offered on, seen from one investment currency.

    Attributes:
        base (str | Unset): Base coin, such as BTC.
        quote (str | Unset): Quote of the pair: USDT, USDC, USD or USDXO.
        currency (str | Unset): Investment currency: the coin a DUAL_CURRENCY investment is made in.
        base_precision (int | Unset): Most decimal places of an amount in the base coin.
        currency_precision (int | Unset): Most decimal places of an amount in the investment currency.
        base_min (str | Unset): Least one may invest in the base coin.
        currency_min (str | Unset): Least one may invest in the investment currency.
        base_max (str | Unset): Most one may invest in the base coin.
        currency_max (str | Unset): Most one may invest in the investment currency.
    """

    base: str | Unset = UNSET
    quote: str | Unset = UNSET
    currency: str | Unset = UNSET
    base_precision: int | Unset = UNSET
    currency_precision: int | Unset = UNSET
    base_min: str | Unset = UNSET
    currency_min: str | Unset = UNSET
    base_max: str | Unset = UNSET
    currency_max: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        quote = self.quote

        currency = self.currency

        base_precision = self.base_precision

        currency_precision = self.currency_precision

        base_min = self.base_min

        currency_min = self.currency_min

        base_max = self.base_max

        currency_max = self.currency_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if quote is not UNSET:
            field_dict["quote"] = quote
        if currency is not UNSET:
            field_dict["currency"] = currency
        if base_precision is not UNSET:
            field_dict["basePrecision"] = base_precision
        if currency_precision is not UNSET:
            field_dict["currencyPrecision"] = currency_precision
        if base_min is not UNSET:
            field_dict["baseMin"] = base_min
        if currency_min is not UNSET:
            field_dict["currencyMin"] = currency_min
        if base_max is not UNSET:
            field_dict["baseMax"] = base_max
        if currency_max is not UNSET:
            field_dict["currencyMax"] = currency_max

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base = d.pop("base", UNSET)

        quote = d.pop("quote", UNSET)

        currency = d.pop("currency", UNSET)

        base_precision = d.pop("basePrecision", UNSET)

        currency_precision = d.pop("currencyPrecision", UNSET)

        base_min = d.pop("baseMin", UNSET)

        currency_min = d.pop("currencyMin", UNSET)

        base_max = d.pop("baseMax", UNSET)

        currency_max = d.pop("currencyMax", UNSET)

        dual_coin = cls(
            base=base,
            quote=quote,
            currency=currency,
            base_precision=base_precision,
            currency_precision=currency_precision,
            base_min=base_min,
            currency_min=currency_min,
            base_max=base_max,
            currency_max=currency_max,
        )

        dual_coin.additional_properties = d
        return dual_coin

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
