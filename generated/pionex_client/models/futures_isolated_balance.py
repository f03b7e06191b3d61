from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_isolated_balance_isolated_mode import (
    FuturesIsolatedBalanceIsolatedMode,
    check_futures_isolated_balance_isolated_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.futures_balance import FuturesBalance


T = TypeVar("T", bound="FuturesIsolatedBalance")


@_attrs_define
class FuturesIsolatedBalance:
    """The margin set aside for one isolated position.

    Attributes:
        symbol (str): Perpetual pair name.
        isolated_mode (FuturesIsolatedBalanceIsolatedMode | Unset): Which isolated margin this is: for a one-way
            position, or the long or the short side of a hedged one.
        balances (list[FuturesBalance] | Unset): Holdings of each coin in this margin.
    """

    symbol: str
    isolated_mode: FuturesIsolatedBalanceIsolatedMode | Unset = UNSET
    balances: list[FuturesBalance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        isolated_mode: str | Unset = UNSET
        if not isinstance(self.isolated_mode, Unset):
            isolated_mode = self.isolated_mode

        balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = []
            for balances_item_data in self.balances:
                balances_item = balances_item_data.to_dict()
                balances.append(balances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if isolated_mode is not UNSET:
            field_dict["isolatedMode"] = isolated_mode
        if balances is not UNSET:
            field_dict["balances"] = balances

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_balance import FuturesBalance

        d = dict(src_dict)
        symbol = d.pop("symbol")

        _isolated_mode = d.pop("isolatedMode", UNSET)
        isolated_mode: FuturesIsolatedBalanceIsolatedMode | Unset
        if isinstance(_isolated_mode, Unset):
            isolated_mode = UNSET
        else:
            isolated_mode = check_futures_isolated_balance_isolated_mode(_isolated_mode)

        _balances = d.pop("balances", UNSET)
        balances: list[FuturesBalance] | Unset = UNSET
        if _balances is not UNSET:
            balances = []
            for balances_item_data in _balances:
                balances_item = FuturesBalance.from_dict(balances_item_data)

                balances.append(balances_item)

        futures_isolated_balance = cls(
            symbol=symbol,
            isolated_mode=isolated_mode,
            balances=balances,
        )

        futures_isolated_balance.additional_properties = d
        return futures_isolated_balance

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
