from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Kline")


@_attrs_define
class Kline:
    """One candlestick.

    Attributes:
        time (int): Start of the candle, in milliseconds since the epoch.
        open_ (str): First price in the candle.
        close (str): Last price in the candle.
        high (str): Highest price in the candle.
        low (str): Lowest price in the candle.
        volume (str): Base coin traded in the candle.
    """

    time: int
    open_: str
    close: str
    high: str
    low: str
    volume: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        open_ = self.open_

        close = self.close

        high = self.high

        low = self.low

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "open": open_,
                "close": close,
                "high": high,
                "low": low,
                "volume": volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        time = d.pop("time")

        open_ = d.pop("open")

        close = d.pop("close")

        high = d.pop("high")

        low = d.pop("low")

        volume = d.pop("volume")

        kline = cls(
            time=time,
            open_=open_,
            close=close,
            high=high,
            low=low,
            volume=volume,
        )

        kline.additional_properties = d
        return kline

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
