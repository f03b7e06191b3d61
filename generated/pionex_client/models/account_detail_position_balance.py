from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountDetailPositionBalance")


@_attrs_define
class AccountDetailPositionBalance:
    """Holdings of one coin in an isolated position's margin.

    Attributes:
        coin (str): Coin name.
        total_initial_margin (str | Unset): Initial margin this isolated margin holds.
        transferable (str | Unset): Amount that can be traded with or moved out.
        free (str | Unset): Amount that can be used now.
        frozen (str | Unset): Amount held by open orders.
        debts (str | Unset): Amount owed in this coin.
    """

    coin: str
    total_initial_margin: str | Unset = UNSET
    transferable: str | Unset = UNSET
    free: str | Unset = UNSET
    frozen: str | Unset = UNSET
    debts: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        total_initial_margin = self.total_initial_margin

        transferable = self.transferable

        free = self.free

        frozen = self.frozen

        debts = self.debts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
            }
        )
        if total_initial_margin is not UNSET:
            field_dict["totalInitialMargin"] = total_initial_margin
        if transferable is not UNSET:
            field_dict["transferable"] = transferable
        if free is not UNSET:
            field_dict["free"] = free
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if debts is not UNSET:
            field_dict["debts"] = debts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coin = d.pop("coin")

        total_initial_margin = d.pop("totalInitialMargin", UNSET)

        transferable = d.pop("transferable", UNSET)

        free = d.pop("free", UNSET)

        frozen = d.pop("frozen", UNSET)

        debts = d.pop("debts", UNSET)

        account_detail_position_balance = cls(
            coin=coin,
            total_initial_margin=total_initial_margin,
            transferable=transferable,
            free=free,
            frozen=frozen,
            debts=debts,
        )

        account_detail_position_balance.additional_properties = d
        return account_detail_position_balance

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
