from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ticker")


@_attrs_define
class Ticker:
    """Rolling 24-hour statistics of one pair.

    Attributes:
        symbol (str): Pair name.
        time (int | Unset): Time of the statistics, in milliseconds since the epoch.
        open_ (str | Unset): Price 24 hours ago.
        close (str | Unset): Latest price.
        high (str | Unset): Highest price in the window.
        low (str | Unset): Lowest price in the window.
        volume (str | Unset): Base coin traded in the window.
        amount (str | Unset): Quote coin traded in the window.
        count (str | Unset): Number of trades in the window: a whole number that Pionex's spot documentation sends as a
            string (its futures documentation as an integer). The client reads either as an int.
    """

    symbol: str
    time: int | Unset = UNSET
    open_: str | Unset = UNSET
    close: str | Unset = UNSET
    high: str | Unset = UNSET
    low: str | Unset = UNSET
    volume: str | Unset = UNSET
    amount: str | Unset = UNSET
    count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        time = self.time

        open_ = self.open_

        close = self.close

        high = self.high

        low = self.low

        volume = self.volume

        amount = self.amount

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if time is not UNSET:
            field_dict["time"] = time
        if open_ is not UNSET:
            field_dict["open"] = open_
        if close is not UNSET:
            field_dict["close"] = close
        if high is not UNSET:
            field_dict["high"] = high
        if low is not UNSET:
            field_dict["low"] = low
        if volume is not UNSET:
            field_dict["volume"] = volume
        if amount is not UNSET:
            field_dict["amount"] = amount
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        time = d.pop("time", UNSET)

        open_ = d.pop("open", UNSET)

        close = d.pop("close", UNSET)

        high = d.pop("high", UNSET)

        low = d.pop("low", UNSET)

        volume = d.pop("volume", UNSET)

        amount = d.pop("amount", UNSET)

        count = d.pop("count", UNSET)

        ticker = cls(
            symbol=symbol,
            time=time,
            open_=open_,
            close=close,
            high=high,
            low=low,
            volume=volume,
            amount=amount,
            count=count,
        )

        ticker.additional_properties = d
        return ticker

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
