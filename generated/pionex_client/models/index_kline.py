from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndexKline")


@_attrs_define
class IndexKline:
    """One candlestick of an index or mark price (no volume).

    Attributes:
        time (str | Unset): Start of the candle, in milliseconds since the epoch. Pionex documents it as a string here
            (an integer in trade candles); the client reads either as an int.
        open_ (str | Unset): First price in the candle.
        close (str | Unset): Last price in the candle.
        high (str | Unset): Highest price in the candle.
        low (str | Unset): Lowest price in the candle.
    """

    time: str | Unset = UNSET
    open_: str | Unset = UNSET
    close: str | Unset = UNSET
    high: str | Unset = UNSET
    low: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        open_ = self.open_

        close = self.close

        high = self.high

        low = self.low

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        time = d.pop("time", UNSET)

        open_ = d.pop("open", UNSET)

        close = d.pop("close", UNSET)

        high = d.pop("high", UNSET)

        low = d.pop("low", UNSET)

        index_kline = cls(
            time=time,
            open_=open_,
            close=close,
            high=high,
            low=low,
        )

        index_kline.additional_properties = d
        return index_kline

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
