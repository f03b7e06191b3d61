from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesBalance")


@_attrs_define
class FuturesBalance:
    """Holdings of one coin in the futures account.

    Attributes:
        coin (str): Coin name.
        free (str | Unset): Amount that can be used now (8 decimal places).
        frozen (str | Unset): Amount held by open orders (8 decimal places).
        debts (str | Unset): Amount owed in this coin.
    """

    coin: str
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
        field_dict.update(
            {
                "coin": coin,
            }
        )
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

        free = d.pop("free", UNSET)

        frozen = d.pop("frozen", UNSET)

        debts = d.pop("debts", UNSET)

        futures_balance = cls(
            coin=coin,
            free=free,
            frozen=frozen,
            debts=debts,
        )

        futures_balance.additional_properties = d
        return futures_balance

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
