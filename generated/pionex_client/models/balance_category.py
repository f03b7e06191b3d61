from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_entry import BalanceEntry


T = TypeVar("T", bound="BalanceCategory")


@_attrs_define
class BalanceCategory:
    """One category of the spot side: the spot coins, the bots, or one kind of earn product (dual investment, term
    arbitrage).

        Attributes:
            type_ (str | Unset): Category: in the sandbox `spot`, `bot`, and for each earn product the account holds money
                in `dual` or `arbitrage`; Pionex names no fixed set.
            title (str | Unset): The category's title for display.
            total_in_usdt (str | Unset): Value of the category in USDT.
            list_ (list[BalanceEntry] | Unset): The category's lines.
            has_more (bool | Unset): Whether the category has more lines than the reply lists.
            count (int | Unset): How many lines the category has in all.
    """

    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    total_in_usdt: str | Unset = UNSET
    list_: list[BalanceEntry] | Unset = UNSET
    has_more: bool | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        total_in_usdt = self.total_in_usdt

        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = []
            for list_item_data in self.list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        has_more = self.has_more

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if total_in_usdt is not UNSET:
            field_dict["totalInUsdt"] = total_in_usdt
        if list_ is not UNSET:
            field_dict["list"] = list_
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.balance_entry import BalanceEntry

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        title = d.pop("title", UNSET)

        total_in_usdt = d.pop("totalInUsdt", UNSET)

        _list_ = d.pop("list", UNSET)
        list_: list[BalanceEntry] | Unset = UNSET
        if _list_ is not UNSET:
            list_ = []
            for list_item_data in _list_:
                list_item = BalanceEntry.from_dict(list_item_data)

                list_.append(list_item)

        has_more = d.pop("hasMore", UNSET)

        count = d.pop("count", UNSET)

        balance_category = cls(
            type_=type_,
            title=title,
            total_in_usdt=total_in_usdt,
            list_=list_,
            has_more=has_more,
            count=count,
        )

        balance_category.additional_properties = d
        return balance_category

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
