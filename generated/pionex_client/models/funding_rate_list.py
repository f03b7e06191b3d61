from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_rate import FundingRate


T = TypeVar("T", bound="FundingRateList")


@_attrs_define
class FundingRateList:
    """Past funding rates of one perpetual pair.

    Attributes:
        symbol (str | Unset): Perpetual pair name.
        rates (list[FundingRate] | Unset): Most recent first.
    """

    symbol: str | Unset = UNSET
    rates: list[FundingRate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = []
            for rates_item_data in self.rates:
                rates_item = rates_item_data.to_dict()
                rates.append(rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if rates is not UNSET:
            field_dict["rates"] = rates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.funding_rate import FundingRate

        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)

        _rates = d.pop("rates", UNSET)
        rates: list[FundingRate] | Unset = UNSET
        if _rates is not UNSET:
            rates = []
            for rates_item_data in _rates:
                rates_item = FundingRate.from_dict(rates_item_data)

                rates.append(rates_item)

        funding_rate_list = cls(
            symbol=symbol,
            rates=rates,
        )

        funding_rate_list.additional_properties = d
        return funding_rate_list

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
