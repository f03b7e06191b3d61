from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DualBalance")


@_attrs_define
class DualBalance:
    """What the account holds in dual investment in one coin (for one base coin, unless merged).

    Attributes:
        base (str | Unset): Base coin of the investments this line belongs to.
        coin (str | Unset): Coin held.
        free (str | Unset): Available: settled and not yet collected.
        frozen (str | Unset): Held in investments still running.
        update_time (int | Unset): When the line last changed, in milliseconds.
    """

    base: str | Unset = UNSET
    coin: str | Unset = UNSET
    free: str | Unset = UNSET
    frozen: str | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        coin = self.coin

        free = self.free

        frozen = self.frozen

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if coin is not UNSET:
            field_dict["coin"] = coin
        if free is not UNSET:
            field_dict["free"] = free
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base = d.pop("base", UNSET)

        coin = d.pop("coin", UNSET)

        free = d.pop("free", UNSET)

        frozen = d.pop("frozen", UNSET)

        update_time = d.pop("updateTime", UNSET)

        dual_balance = cls(
            base=base,
            coin=coin,
            free=free,
            frozen=frozen,
            update_time=update_time,
        )

        dual_balance.additional_properties = d
        return dual_balance

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
