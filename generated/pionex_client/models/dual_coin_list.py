from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dual_coin import DualCoin


T = TypeVar("T", bound="DualCoinList")


@_attrs_define
class DualCoinList:
    """The pairs dual investment is offered on.

    Attributes:
        coins (list[DualCoin] | Unset): One entry per pair and investment currency.
    """

    coins: list[DualCoin] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coins, Unset):
            coins = []
            for coins_item_data in self.coins:
                coins_item = coins_item_data.to_dict()
                coins.append(coins_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coins is not UNSET:
            field_dict["coins"] = coins

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dual_coin import DualCoin

        d = dict(src_dict)
        _coins = d.pop("coins", UNSET)
        coins: list[DualCoin] | Unset = UNSET
        if _coins is not UNSET:
            coins = []
            for coins_item_data in _coins:
                coins_item = DualCoin.from_dict(coins_item_data)

                coins.append(coins_item)

        dual_coin_list = cls(
            coins=coins,
        )

        dual_coin_list.additional_properties = d
        return dual_coin_list

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
