from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_category import BalanceCategory


T = TypeVar("T", bound="BotAccountBalances")


@_attrs_define
class BotAccountBalances:
    """The spot side of the account (Pionex's bot account): spot coins and bots.

    Attributes:
        total_in_usdt (str | Unset): Value of the spot side in USDT.
        detail (list[BalanceCategory] | Unset): The spot side by category.
    """

    total_in_usdt: str | Unset = UNSET
    detail: list[BalanceCategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_in_usdt = self.total_in_usdt

        detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = []
            for detail_item_data in self.detail:
                detail_item = detail_item_data.to_dict()
                detail.append(detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_in_usdt is not UNSET:
            field_dict["totalInUsdt"] = total_in_usdt
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.balance_category import BalanceCategory

        d = dict(src_dict)
        total_in_usdt = d.pop("totalInUsdt", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: list[BalanceCategory] | Unset = UNSET
        if _detail is not UNSET:
            detail = []
            for detail_item_data in _detail:
                detail_item = BalanceCategory.from_dict(detail_item_data)

                detail.append(detail_item)

        bot_account_balances = cls(
            total_in_usdt=total_in_usdt,
            detail=detail,
        )

        bot_account_balances.additional_properties = d
        return bot_account_balances

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
