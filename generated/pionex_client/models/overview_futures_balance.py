from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OverviewFuturesBalance")


@_attrs_define
class OverviewFuturesBalance:
    """A coin of the futures wallet in the overview: the fields of futures balances, none required (Pionex leaves the
    overview's lines open).

        Attributes:
            coin (str | Unset): Coin name.
            free (str | Unset): Amount that can be used now (8 decimal places).
            frozen (str | Unset): Amount held by open orders (8 decimal places).
            debts (str | Unset): Amount owed in this coin.
    """

    coin: str | Unset = UNSET
    free: str | Unset = UNSET
    frozen: str | Unset = UNSET
    debts: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        free = self.free

        frozen = self.frozen

        debts = self.debts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coin is not UNSET:
            field_dict["coin"] = coin
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
        coin = d.pop("coin", UNSET)

        free = d.pop("free", UNSET)

        frozen = d.pop("frozen", UNSET)

        debts = d.pop("debts", UNSET)

        overview_futures_balance = cls(
            coin=coin,
            free=free,
            frozen=frozen,
            debts=debts,
        )

        overview_futures_balance.additional_properties = d
        return overview_futures_balance

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
