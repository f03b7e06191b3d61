from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kol_filter_options_trend_list_item import (
    KolFilterOptionsTrendListItem,
    check_kol_filter_options_trend_list_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KolFilterOptions")


@_attrs_define
class KolFilterOptions:
    """The values the provider's bots can be filtered by.

    Attributes:
        symbol_list (list[str] | Unset): Pairs that can be asked for.
        leverage_list (list[int] | Unset): Leverages that can be asked for.
        trend_list (list[KolFilterOptionsTrendListItem] | Unset): Grid directions that can be asked for.
    """

    symbol_list: list[str] | Unset = UNSET
    leverage_list: list[int] | Unset = UNSET
    trend_list: list[KolFilterOptionsTrendListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol_list: list[str] | Unset = UNSET
        if not isinstance(self.symbol_list, Unset):
            symbol_list = self.symbol_list

        leverage_list: list[int] | Unset = UNSET
        if not isinstance(self.leverage_list, Unset):
            leverage_list = self.leverage_list

        trend_list: list[str] | Unset = UNSET
        if not isinstance(self.trend_list, Unset):
            trend_list = []
            for trend_list_item_data in self.trend_list:
                trend_list_item: str = trend_list_item_data
                trend_list.append(trend_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol_list is not UNSET:
            field_dict["symbolList"] = symbol_list
        if leverage_list is not UNSET:
            field_dict["leverageList"] = leverage_list
        if trend_list is not UNSET:
            field_dict["trendList"] = trend_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol_list = cast(list[str], d.pop("symbolList", UNSET))

        leverage_list = cast(list[int], d.pop("leverageList", UNSET))

        _trend_list = d.pop("trendList", UNSET)
        trend_list: list[KolFilterOptionsTrendListItem] | Unset = UNSET
        if _trend_list is not UNSET:
            trend_list = []
            for trend_list_item_data in _trend_list:
                trend_list_item = check_kol_filter_options_trend_list_item(
                    trend_list_item_data
                )

                trend_list.append(trend_list_item)

        kol_filter_options = cls(
            symbol_list=symbol_list,
            leverage_list=leverage_list,
            trend_list=trend_list,
        )

        kol_filter_options.additional_properties = d
        return kol_filter_options

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
