from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.kline import Kline


T = TypeVar("T", bound="GetKlinesResponse200Data")


@_attrs_define
class GetKlinesResponse200Data:
    """
    Attributes:
        klines (list[Kline]):
    """

    klines: list[Kline]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        klines = []
        for klines_item_data in self.klines:
            klines_item = klines_item_data.to_dict()
            klines.append(klines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "klines": klines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kline import Kline

        d = dict(src_dict)
        klines = []
        _klines = d.pop("klines")
        for klines_item_data in _klines:
            klines_item = Kline.from_dict(klines_item_data)

            klines.append(klines_item)

        get_klines_response_200_data = cls(
            klines=klines,
        )

        get_klines_response_200_data.additional_properties = d
        return get_klines_response_200_data

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
