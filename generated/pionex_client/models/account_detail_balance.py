from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountDetailBalance")


@_attrs_define
class AccountDetailBalance:
    """Cross margin holdings of one coin, with what they support.

    Attributes:
        coin (str): Coin name.
        assets (str | Unset): Total holdings: free + frozen.
        free (str | Unset): Amount that can be used now.
        frozen (str | Unset): Amount held by open orders.
        transferable (str | Unset): Amount that can be moved out for spot trading.
        available (str | Unset): Margin still available for new orders.
        unrealized_pn_l (str | Unset): Unrealized profit or loss of the cross positions.
        total_initial_margin (str | Unset): Initial margin used by the cross positions.
        debts (str | Unset): Amount owed in this coin.
    """

    coin: str
    assets: str | Unset = UNSET
    free: str | Unset = UNSET
    frozen: str | Unset = UNSET
    transferable: str | Unset = UNSET
    available: str | Unset = UNSET
    unrealized_pn_l: str | Unset = UNSET
    total_initial_margin: str | Unset = UNSET
    debts: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        assets = self.assets

        free = self.free

        frozen = self.frozen

        transferable = self.transferable

        available = self.available

        unrealized_pn_l = self.unrealized_pn_l

        total_initial_margin = self.total_initial_margin

        debts = self.debts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
            }
        )
        if assets is not UNSET:
            field_dict["assets"] = assets
        if free is not UNSET:
            field_dict["free"] = free
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if transferable is not UNSET:
            field_dict["transferable"] = transferable
        if available is not UNSET:
            field_dict["available"] = available
        if unrealized_pn_l is not UNSET:
            field_dict["unrealizedPnL"] = unrealized_pn_l
        if total_initial_margin is not UNSET:
            field_dict["totalInitialMargin"] = total_initial_margin
        if debts is not UNSET:
            field_dict["debts"] = debts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coin = d.pop("coin")

        assets = d.pop("assets", UNSET)

        free = d.pop("free", UNSET)

        frozen = d.pop("frozen", UNSET)

        transferable = d.pop("transferable", UNSET)

        available = d.pop("available", UNSET)

        unrealized_pn_l = d.pop("unrealizedPnL", UNSET)

        total_initial_margin = d.pop("totalInitialMargin", UNSET)

        debts = d.pop("debts", UNSET)

        account_detail_balance = cls(
            coin=coin,
            assets=assets,
            free=free,
            frozen=frozen,
            transferable=transferable,
            available=available,
            unrealized_pn_l=unrealized_pn_l,
            total_initial_margin=total_initial_margin,
            debts=debts,
        )

        account_detail_balance.additional_properties = d
        return account_detail_balance

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
