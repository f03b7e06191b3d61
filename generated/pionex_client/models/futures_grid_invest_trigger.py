from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_grid_invest_trigger_condition_direction import (
    FuturesGridInvestTriggerConditionDirection,
    check_futures_grid_invest_trigger_condition_direction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesGridInvestTrigger")


@_attrs_define
class FuturesGridInvestTrigger:
    """An investment a futures grid makes when the price reaches a level.

    Attributes:
        condition (str | Unset): Price that triggers the investment.
        condition_direction (FuturesGridInvestTriggerConditionDirection | Unset): Which way the price must cross it:
            `-1` falling to it, `1` rising to it.
        quote_investment (str | Unset): Amount invested when triggered.
        extra_margin_amount (str | Unset): Extra margin added when triggered.
        add_time (int | Unset): When the trigger was set, in milliseconds since the epoch.
        invest_coin (str | Unset): Coin invested (the quote coin).
    """

    condition: str | Unset = UNSET
    condition_direction: FuturesGridInvestTriggerConditionDirection | Unset = UNSET
    quote_investment: str | Unset = UNSET
    extra_margin_amount: str | Unset = UNSET
    add_time: int | Unset = UNSET
    invest_coin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        condition_direction: str | Unset = UNSET
        if not isinstance(self.condition_direction, Unset):
            condition_direction = self.condition_direction

        quote_investment = self.quote_investment

        extra_margin_amount = self.extra_margin_amount

        add_time = self.add_time

        invest_coin = self.invest_coin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition is not UNSET:
            field_dict["condition"] = condition
        if condition_direction is not UNSET:
            field_dict["conditionDirection"] = condition_direction
        if quote_investment is not UNSET:
            field_dict["quoteInvestment"] = quote_investment
        if extra_margin_amount is not UNSET:
            field_dict["extraMarginAmount"] = extra_margin_amount
        if add_time is not UNSET:
            field_dict["addTime"] = add_time
        if invest_coin is not UNSET:
            field_dict["investCoin"] = invest_coin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        condition = d.pop("condition", UNSET)

        _condition_direction = d.pop("conditionDirection", UNSET)
        condition_direction: FuturesGridInvestTriggerConditionDirection | Unset
        if isinstance(_condition_direction, Unset):
            condition_direction = UNSET
        else:
            condition_direction = check_futures_grid_invest_trigger_condition_direction(
                _condition_direction
            )

        quote_investment = d.pop("quoteInvestment", UNSET)

        extra_margin_amount = d.pop("extraMarginAmount", UNSET)

        add_time = d.pop("addTime", UNSET)

        invest_coin = d.pop("investCoin", UNSET)

        futures_grid_invest_trigger = cls(
            condition=condition,
            condition_direction=condition_direction,
            quote_investment=quote_investment,
            extra_margin_amount=extra_margin_amount,
            add_time=add_time,
            invest_coin=invest_coin,
        )

        futures_grid_invest_trigger.additional_properties = d
        return futures_grid_invest_trigger

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
