from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketDepth")


@_attrs_define
class MarketDepth:
    """A snapshot of one pair's order book.

    Attributes:
        bids (list[list[str]] | Unset): Buy side, best (highest) price first.
        asks (list[list[str]] | Unset): Sell side, best (lowest) price first.
        update_time (int | Unset): When the book was last updated, in milliseconds since the epoch.
    """

    bids: list[list[str]] | Unset = UNSET
    asks: list[list[str]] | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bids: list[list[str]] | Unset = UNSET
        if not isinstance(self.bids, Unset):
            bids = []
            for bids_item_data in self.bids:
                bids_item = bids_item_data

                bids.append(bids_item)

        asks: list[list[str]] | Unset = UNSET
        if not isinstance(self.asks, Unset):
            asks = []
            for asks_item_data in self.asks:
                asks_item = asks_item_data

                asks.append(asks_item)

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bids is not UNSET:
            field_dict["bids"] = bids
        if asks is not UNSET:
            field_dict["asks"] = asks
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _bids = d.pop("bids", UNSET)
        bids: list[list[str]] | Unset = UNSET
        if _bids is not UNSET:
            bids = []
            for bids_item_data in _bids:
                bids_item = cast(list[str], bids_item_data)

                bids.append(bids_item)

        _asks = d.pop("asks", UNSET)
        asks: list[list[str]] | Unset = UNSET
        if _asks is not UNSET:
            asks = []
            for asks_item_data in _asks:
                asks_item = cast(list[str], asks_item_data)

                asks.append(asks_item)

        update_time = d.pop("updateTime", UNSET)

        market_depth = cls(
            bids=bids,
            asks=asks,
            update_time=update_time,
        )

        market_depth.additional_properties = d
        return market_depth

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
