from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookTicker")


@_attrs_define
class BookTicker:
    """Best bid and ask of one pair.

    Attributes:
        symbol (str): Pair name.
        bid_price (str | Unset): Best bid price.
        bid_size (str | Unset): Size offered at the best bid.
        ask_price (str | Unset): Best ask price.
        ask_size (str | Unset): Size offered at the best ask.
        timestamp (int | Unset): Time of the quote, in milliseconds since the epoch. Pionex's spot documentation gives
            it as a string; a string of digits is read as an integer.
    """

    symbol: str
    bid_price: str | Unset = UNSET
    bid_size: str | Unset = UNSET
    ask_price: str | Unset = UNSET
    ask_size: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        bid_price = self.bid_price

        bid_size = self.bid_size

        ask_price = self.ask_price

        ask_size = self.ask_size

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if bid_price is not UNSET:
            field_dict["bidPrice"] = bid_price
        if bid_size is not UNSET:
            field_dict["bidSize"] = bid_size
        if ask_price is not UNSET:
            field_dict["askPrice"] = ask_price
        if ask_size is not UNSET:
            field_dict["askSize"] = ask_size
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        bid_price = d.pop("bidPrice", UNSET)

        bid_size = d.pop("bidSize", UNSET)

        ask_price = d.pop("askPrice", UNSET)

        ask_size = d.pop("askSize", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        book_ticker = cls(
            symbol=symbol,
            bid_price=bid_price,
            bid_size=bid_size,
            ask_price=ask_price,
            ask_size=ask_size,
            timestamp=timestamp,
        )

        book_ticker.additional_properties = d
        return book_ticker

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
