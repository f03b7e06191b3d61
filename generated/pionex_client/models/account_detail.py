from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_detail_balance import AccountDetailBalance
    from ..models.account_detail_position import AccountDetailPosition
    from ..models.quote_risk import QuoteRisk


T = TypeVar("T", bound="AccountDetail")


@_attrs_define
class AccountDetail:
    """The futures account at a glance: risk per quote coin, balances and positions.

    Attributes:
        quote_risks (list[QuoteRisk] | Unset): One entry per quote coin.
        balances (list[AccountDetailBalance] | Unset): Cross margin holdings; coins with nothing are left out.
        positions (list[AccountDetailPosition] | Unset): Open positions.
    """

    quote_risks: list[QuoteRisk] | Unset = UNSET
    balances: list[AccountDetailBalance] | Unset = UNSET
    positions: list[AccountDetailPosition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_risks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quote_risks, Unset):
            quote_risks = []
            for quote_risks_item_data in self.quote_risks:
                quote_risks_item = quote_risks_item_data.to_dict()
                quote_risks.append(quote_risks_item)

        balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = []
            for balances_item_data in self.balances:
                balances_item = balances_item_data.to_dict()
                balances.append(balances_item)

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                positions.append(positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quote_risks is not UNSET:
            field_dict["quoteRisks"] = quote_risks
        if balances is not UNSET:
            field_dict["balances"] = balances
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_detail_balance import AccountDetailBalance
        from ..models.account_detail_position import AccountDetailPosition
        from ..models.quote_risk import QuoteRisk

        d = dict(src_dict)
        _quote_risks = d.pop("quoteRisks", UNSET)
        quote_risks: list[QuoteRisk] | Unset = UNSET
        if _quote_risks is not UNSET:
            quote_risks = []
            for quote_risks_item_data in _quote_risks:
                quote_risks_item = QuoteRisk.from_dict(quote_risks_item_data)

                quote_risks.append(quote_risks_item)

        _balances = d.pop("balances", UNSET)
        balances: list[AccountDetailBalance] | Unset = UNSET
        if _balances is not UNSET:
            balances = []
            for balances_item_data in _balances:
                balances_item = AccountDetailBalance.from_dict(balances_item_data)

                balances.append(balances_item)

        _positions = d.pop("positions", UNSET)
        positions: list[AccountDetailPosition] | Unset = UNSET
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:
                positions_item = AccountDetailPosition.from_dict(positions_item_data)

                positions.append(positions_item)

        account_detail = cls(
            quote_risks=quote_risks,
            balances=balances,
            positions=positions,
        )

        account_detail.additional_properties = d
        return account_detail

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
