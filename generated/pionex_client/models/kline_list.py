from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kline import Kline


T = TypeVar("T", bound="KlineList")


@_attrs_define
class KlineList:
    """Candlesticks of one pair.

    Attributes:
        klines (list[Kline] | Unset): The candles, one per interval.
    """

    klines: list[Kline] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        klines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.klines, Unset):
            klines = []
            for klines_item_data in self.klines:
                klines_item = klines_item_data.to_dict()
                klines.append(klines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if klines is not UNSET:
            field_dict["klines"] = klines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kline import Kline

        d = dict(src_dict)
        _klines = d.pop("klines", UNSET)
        klines: list[Kline] | Unset = UNSET
        if _klines is not UNSET:
            klines = []
            for klines_item_data in _klines:
                klines_item = Kline.from_dict(klines_item_data)

                klines.append(klines_item)

        kline_list = cls(
            klines=klines,
        )

        kline_list.additional_properties = d
        return kline_list

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
