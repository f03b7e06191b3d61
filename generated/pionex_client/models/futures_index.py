from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesIndex")


@_attrs_define
class FuturesIndex:
    """Index price, mark price and coming funding of one perpetual pair.

    Attributes:
        symbol (str): Perpetual pair name.
        index_price (str | Unset): Index price.
        mark_price (str | Unset): Mark price.
        next_funding_rate (str | Unset): Estimated rate of the next funding.
        next_funding_time (int | Unset): Time of the next funding, in milliseconds since the epoch.
        update_time (int | Unset): Last change, in milliseconds since the epoch.
    """

    symbol: str
    index_price: str | Unset = UNSET
    mark_price: str | Unset = UNSET
    next_funding_rate: str | Unset = UNSET
    next_funding_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        index_price = self.index_price

        mark_price = self.mark_price

        next_funding_rate = self.next_funding_rate

        next_funding_time = self.next_funding_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if index_price is not UNSET:
            field_dict["indexPrice"] = index_price
        if mark_price is not UNSET:
            field_dict["markPrice"] = mark_price
        if next_funding_rate is not UNSET:
            field_dict["nextFundingRate"] = next_funding_rate
        if next_funding_time is not UNSET:
            field_dict["nextFundingTime"] = next_funding_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        index_price = d.pop("indexPrice", UNSET)

        mark_price = d.pop("markPrice", UNSET)

        next_funding_rate = d.pop("nextFundingRate", UNSET)

        next_funding_time = d.pop("nextFundingTime", UNSET)

        update_time = d.pop("updateTime", UNSET)

        futures_index = cls(
            symbol=symbol,
            index_price=index_price,
            mark_price=mark_price,
            next_funding_rate=next_funding_rate,
            next_funding_time=next_funding_time,
            update_time=update_time,
        )

        futures_index.additional_properties = d
        return futures_index

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
