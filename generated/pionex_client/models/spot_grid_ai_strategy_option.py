from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotGridAiStrategyOption")


@_attrs_define
class SpotGridAiStrategyOption:
    """A suggested spot grid, fitted over one past period.

    Attributes:
        period (int | Unset): Days of price history the suggestion was fitted over (7, 14, 30...).
        annualized (str | Unset): Return over that period, annualised.
        total_apr (str | Unset): Total yearly rate over that period.
        high (str | Unset): Suggested upper end of the range.
        low (str | Unset): Suggested lower end of the range.
        grid_count (int | Unset): Suggested number of grid levels.
        max_draw_down (str | Unset): Largest drop from a peak over that period.
        volatility (str | Unset): Volatility over that period.
        suitability_min (int | Unset): Lowest suitability score.
        suitability_max (int | Unset): Highest suitability score.
    """

    period: int | Unset = UNSET
    annualized: str | Unset = UNSET
    total_apr: str | Unset = UNSET
    high: str | Unset = UNSET
    low: str | Unset = UNSET
    grid_count: int | Unset = UNSET
    max_draw_down: str | Unset = UNSET
    volatility: str | Unset = UNSET
    suitability_min: int | Unset = UNSET
    suitability_max: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        annualized = self.annualized

        total_apr = self.total_apr

        high = self.high

        low = self.low

        grid_count = self.grid_count

        max_draw_down = self.max_draw_down

        volatility = self.volatility

        suitability_min = self.suitability_min

        suitability_max = self.suitability_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period is not UNSET:
            field_dict["period"] = period
        if annualized is not UNSET:
            field_dict["annualized"] = annualized
        if total_apr is not UNSET:
            field_dict["totalApr"] = total_apr
        if high is not UNSET:
            field_dict["high"] = high
        if low is not UNSET:
            field_dict["low"] = low
        if grid_count is not UNSET:
            field_dict["gridCount"] = grid_count
        if max_draw_down is not UNSET:
            field_dict["maxDrawDown"] = max_draw_down
        if volatility is not UNSET:
            field_dict["volatility"] = volatility
        if suitability_min is not UNSET:
            field_dict["suitabilityMin"] = suitability_min
        if suitability_max is not UNSET:
            field_dict["suitabilityMax"] = suitability_max

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        period = d.pop("period", UNSET)

        annualized = d.pop("annualized", UNSET)

        total_apr = d.pop("totalApr", UNSET)

        high = d.pop("high", UNSET)

        low = d.pop("low", UNSET)

        grid_count = d.pop("gridCount", UNSET)

        max_draw_down = d.pop("maxDrawDown", UNSET)

        volatility = d.pop("volatility", UNSET)

        suitability_min = d.pop("suitabilityMin", UNSET)

        suitability_max = d.pop("suitabilityMax", UNSET)

        spot_grid_ai_strategy_option = cls(
            period=period,
            annualized=annualized,
            total_apr=total_apr,
            high=high,
            low=low,
            grid_count=grid_count,
            max_draw_down=max_draw_down,
            volatility=volatility,
            suitability_min=suitability_min,
            suitability_max=suitability_max,
        )

        spot_grid_ai_strategy_option.additional_properties = d
        return spot_grid_ai_strategy_option

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
