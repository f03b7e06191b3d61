from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.futures_balance import FuturesBalance
    from ..models.futures_isolated_balance import FuturesIsolatedBalance


T = TypeVar("T", bound="FuturesBalanceList")


@_attrs_define
class FuturesBalanceList:
    """Balances of the futures account.

    Attributes:
        balances (list[FuturesBalance] | Unset): Cross margin holdings, one entry per coin.
        isolates (list[FuturesIsolatedBalance] | Unset): Isolated margins, one entry per isolated position.
    """

    balances: list[FuturesBalance] | Unset = UNSET
    isolates: list[FuturesIsolatedBalance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = []
            for balances_item_data in self.balances:
                balances_item = balances_item_data.to_dict()
                balances.append(balances_item)

        isolates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.isolates, Unset):
            isolates = []
            for isolates_item_data in self.isolates:
                isolates_item = isolates_item_data.to_dict()
                isolates.append(isolates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balances is not UNSET:
            field_dict["balances"] = balances
        if isolates is not UNSET:
            field_dict["isolates"] = isolates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_balance import FuturesBalance
        from ..models.futures_isolated_balance import FuturesIsolatedBalance

        d = dict(src_dict)
        _balances = d.pop("balances", UNSET)
        balances: list[FuturesBalance] | Unset = UNSET
        if _balances is not UNSET:
            balances = []
            for balances_item_data in _balances:
                balances_item = FuturesBalance.from_dict(balances_item_data)

                balances.append(balances_item)

        _isolates = d.pop("isolates", UNSET)
        isolates: list[FuturesIsolatedBalance] | Unset = UNSET
        if _isolates is not UNSET:
            isolates = []
            for isolates_item_data in _isolates:
                isolates_item = FuturesIsolatedBalance.from_dict(isolates_item_data)

                isolates.append(isolates_item)

        futures_balance_list = cls(
            balances=balances,
            isolates=isolates,
        )

        futures_balance_list.additional_properties = d
        return futures_balance_list

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
