from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.overview_futures_balance import OverviewFuturesBalance
    from ..models.overview_position import OverviewPosition
    from ..models.quote_risk import QuoteRisk


T = TypeVar("T", bound="FuturesCategory")


@_attrs_define
class FuturesCategory:
    """One category of the futures side.

    Attributes:
        type_ (str | Unset): Category: `futures` in the sandbox; Pionex names no fixed set.
        title (str | Unset): The category's title for display.
        total_in_usdt (str | Unset): Value of the category in USDT: the wallet's balances with the positions' unrealized
            profit.
        risk_state (str | Unset): The account's risk state.
        balances (list[OverviewFuturesBalance] | Unset): The futures wallet's coins, as futures balances reports them.
        positions (list[OverviewPosition] | Unset): The open positions, as futures positions reports them.
        quote_risks (list[QuoteRisk] | Unset): Risk by quote coin.
    """

    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    total_in_usdt: str | Unset = UNSET
    risk_state: str | Unset = UNSET
    balances: list[OverviewFuturesBalance] | Unset = UNSET
    positions: list[OverviewPosition] | Unset = UNSET
    quote_risks: list[QuoteRisk] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        total_in_usdt = self.total_in_usdt

        risk_state = self.risk_state

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

        quote_risks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quote_risks, Unset):
            quote_risks = []
            for quote_risks_item_data in self.quote_risks:
                quote_risks_item = quote_risks_item_data.to_dict()
                quote_risks.append(quote_risks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if total_in_usdt is not UNSET:
            field_dict["totalInUsdt"] = total_in_usdt
        if risk_state is not UNSET:
            field_dict["riskState"] = risk_state
        if balances is not UNSET:
            field_dict["balances"] = balances
        if positions is not UNSET:
            field_dict["positions"] = positions
        if quote_risks is not UNSET:
            field_dict["quoteRisks"] = quote_risks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.overview_futures_balance import OverviewFuturesBalance
        from ..models.overview_position import OverviewPosition
        from ..models.quote_risk import QuoteRisk

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        title = d.pop("title", UNSET)

        total_in_usdt = d.pop("totalInUsdt", UNSET)

        risk_state = d.pop("riskState", UNSET)

        _balances = d.pop("balances", UNSET)
        balances: list[OverviewFuturesBalance] | Unset = UNSET
        if _balances is not UNSET:
            balances = []
            for balances_item_data in _balances:
                balances_item = OverviewFuturesBalance.from_dict(balances_item_data)

                balances.append(balances_item)

        _positions = d.pop("positions", UNSET)
        positions: list[OverviewPosition] | Unset = UNSET
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:
                positions_item = OverviewPosition.from_dict(positions_item_data)

                positions.append(positions_item)

        _quote_risks = d.pop("quoteRisks", UNSET)
        quote_risks: list[QuoteRisk] | Unset = UNSET
        if _quote_risks is not UNSET:
            quote_risks = []
            for quote_risks_item_data in _quote_risks:
                quote_risks_item = QuoteRisk.from_dict(quote_risks_item_data)

                quote_risks.append(quote_risks_item)

        futures_category = cls(
            type_=type_,
            title=title,
            total_in_usdt=total_in_usdt,
            risk_state=risk_state,
            balances=balances,
            positions=positions,
            quote_risks=quote_risks,
        )

        futures_category.additional_properties = d
        return futures_category

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
