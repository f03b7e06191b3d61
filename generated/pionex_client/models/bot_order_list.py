from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_order import BotOrder


T = TypeVar("T", bound="BotOrderList")


@_attrs_define
class BotOrderList:
    """One page of the account's bots.

    Attributes:
        next_page_token (str | Unset): Token that fetches the next page; absent or empty on the last page.
        previous_page_token (str | Unset): Token that fetches the previous page.
        results (list[BotOrder] | Unset): The bots of this page.
    """

    next_page_token: str | Unset = UNSET
    previous_page_token: str | Unset = UNSET
    results: list[BotOrder] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page_token = self.next_page_token

        previous_page_token = self.previous_page_token

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if previous_page_token is not UNSET:
            field_dict["previousPageToken"] = previous_page_token
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bot_order import BotOrder

        d = dict(src_dict)
        next_page_token = d.pop("nextPageToken", UNSET)

        previous_page_token = d.pop("previousPageToken", UNSET)

        _results = d.pop("results", UNSET)
        results: list[BotOrder] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = BotOrder.from_dict(results_item_data)

                results.append(results_item)

        bot_order_list = cls(
            next_page_token=next_page_token,
            previous_page_token=previous_page_token,
            results=results,
        )

        bot_order_list.additional_properties = d
        return bot_order_list

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
