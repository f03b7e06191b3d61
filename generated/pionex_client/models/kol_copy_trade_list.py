from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kol_copy_trade_order import KolCopyTradeOrder
    from ..models.kol_filter_options import KolFilterOptions
    from ..models.kol_info import KolInfo


T = TypeVar("T", bound="KolCopyTradeList")


@_attrs_define
class KolCopyTradeList:
    """One page of a provider's curated bots, with the provider and the filters available.

    Attributes:
        total (int | Unset): How many bots match.
        page (int | Unset): Number of this page.
        has_more (bool | Unset): True when more pages follow.
        filter_options (KolFilterOptions | Unset): The values the provider's bots can be filtered by.
        kol_info (KolInfo | Unset): Who the provider is.
        results (list[KolCopyTradeOrder] | Unset): Curated bots of this page.
        top_results (list[KolCopyTradeOrder] | Unset): Pinned bots.
    """

    total: int | Unset = UNSET
    page: int | Unset = UNSET
    has_more: bool | Unset = UNSET
    filter_options: KolFilterOptions | Unset = UNSET
    kol_info: KolInfo | Unset = UNSET
    results: list[KolCopyTradeOrder] | Unset = UNSET
    top_results: list[KolCopyTradeOrder] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        has_more = self.has_more

        filter_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_options, Unset):
            filter_options = self.filter_options.to_dict()

        kol_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kol_info, Unset):
            kol_info = self.kol_info.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        top_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_results, Unset):
            top_results = []
            for top_results_item_data in self.top_results:
                top_results_item = top_results_item_data.to_dict()
                top_results.append(top_results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if filter_options is not UNSET:
            field_dict["filterOptions"] = filter_options
        if kol_info is not UNSET:
            field_dict["kolInfo"] = kol_info
        if results is not UNSET:
            field_dict["results"] = results
        if top_results is not UNSET:
            field_dict["topResults"] = top_results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kol_copy_trade_order import KolCopyTradeOrder
        from ..models.kol_filter_options import KolFilterOptions
        from ..models.kol_info import KolInfo

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        page = d.pop("page", UNSET)

        has_more = d.pop("hasMore", UNSET)

        _filter_options = d.pop("filterOptions", UNSET)
        filter_options: KolFilterOptions | Unset
        if isinstance(_filter_options, Unset):
            filter_options = UNSET
        else:
            filter_options = KolFilterOptions.from_dict(_filter_options)

        _kol_info = d.pop("kolInfo", UNSET)
        kol_info: KolInfo | Unset
        if isinstance(_kol_info, Unset):
            kol_info = UNSET
        else:
            kol_info = KolInfo.from_dict(_kol_info)

        _results = d.pop("results", UNSET)
        results: list[KolCopyTradeOrder] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = KolCopyTradeOrder.from_dict(results_item_data)

                results.append(results_item)

        _top_results = d.pop("topResults", UNSET)
        top_results: list[KolCopyTradeOrder] | Unset = UNSET
        if _top_results is not UNSET:
            top_results = []
            for top_results_item_data in _top_results:
                top_results_item = KolCopyTradeOrder.from_dict(top_results_item_data)

                top_results.append(top_results_item)

        kol_copy_trade_list = cls(
            total=total,
            page=page,
            has_more=has_more,
            filter_options=filter_options,
            kol_info=kol_info,
            results=results,
            top_results=top_results,
        )

        kol_copy_trade_list.additional_properties = d
        return kol_copy_trade_list

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
