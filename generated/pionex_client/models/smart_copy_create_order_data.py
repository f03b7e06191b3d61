from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smart_copy_portfolio_entry import SmartCopyPortfolioEntry


T = TypeVar("T", bound="SmartCopyCreateOrderData")


@_attrs_define
class SmartCopyCreateOrderData:
    """The settings of a new smart copy bot (names in snake_case, as this operation takes them).

    Attributes:
        quote_total_investment (str): An exact positive amount in plain decimal notation: digits, then optionally a
            point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the
            point and 15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the
            only limit it states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the
            most any amount may have, whatever the pair. Example: 0.001.
        portfolio (list[SmartCopyPortfolioEntry]): The coins to trade, at least one.
        compound (bool | Unset): Reinvest profits. Default: False.
        profit_stop_maker (bool | Unset): Take profit with maker orders. Default: False.
    """

    quote_total_investment: str
    portfolio: list[SmartCopyPortfolioEntry]
    compound: bool | Unset = False
    profit_stop_maker: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_total_investment = self.quote_total_investment

        portfolio = []
        for portfolio_item_data in self.portfolio:
            portfolio_item = portfolio_item_data.to_dict()
            portfolio.append(portfolio_item)

        compound = self.compound

        profit_stop_maker = self.profit_stop_maker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quote_total_investment": quote_total_investment,
                "portfolio": portfolio,
            }
        )
        if compound is not UNSET:
            field_dict["compound"] = compound
        if profit_stop_maker is not UNSET:
            field_dict["profit_stop_maker"] = profit_stop_maker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.smart_copy_portfolio_entry import SmartCopyPortfolioEntry

        d = dict(src_dict)
        quote_total_investment = d.pop("quote_total_investment")

        portfolio = []
        _portfolio = d.pop("portfolio")
        for portfolio_item_data in _portfolio:
            portfolio_item = SmartCopyPortfolioEntry.from_dict(portfolio_item_data)

            portfolio.append(portfolio_item)

        compound = d.pop("compound", UNSET)

        profit_stop_maker = d.pop("profit_stop_maker", UNSET)

        smart_copy_create_order_data = cls(
            quote_total_investment=quote_total_investment,
            portfolio=portfolio,
            compound=compound,
            profit_stop_maker=profit_stop_maker,
        )

        smart_copy_create_order_data.additional_properties = d
        return smart_copy_create_order_data

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
